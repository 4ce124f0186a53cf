# Shared by scripts/run.sh and scripts/test.sh (sourced, not run).
VENV="${SAV_VENV:-$PWD/.venv}"
PYTHON="${PYTHON:-python3}"

ensure_venv() {
    if [ ! -x "$VENV/bin/python" ]; then
        echo "Création de l'environnement Python ($VENV)…"
        "$PYTHON" -m venv "$VENV"
        "$VENV/bin/python" -m pip install -q --upgrade pip
    fi
}

is_debian_root() {
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && [ -f /etc/debian_version ]
}

# Debian packages the tests (and the GUI offscreen) need.
SYSTEM_PACKAGES=(
    postgresql
    pcscd libpcsclite-dev vsmartcard-vpcd pcsc-tools swig
    poppler-utils
    libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
)

# What Qt's xcb platform needs to open a window on a Debian desktop (Qt >= 6.5 refuses to
# start without libxcb-cursor0), and its fonts.
QT_RUNTIME_PACKAGES=(
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
    libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
)

install_system_packages() {
    install_debian_packages "${SYSTEM_PACKAGES[@]}"
}

install_qt_runtime() {
    install_debian_packages "${QT_RUNTIME_PACKAGES[@]}"
}

install_debian_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installation des paquets système : ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

install_python_packages() {
    local extras="${1:-}"
    local spec="."
    # pyscard builds from source on Linux: only when its build needs are there.
    if command -v swig >/dev/null 2>&1 && [ -e /usr/include/PCSC/winscard.h ]; then
        extras="${extras:+$extras,}pcsc"
    fi
    [ -n "$extras" ] && spec=".[$extras]"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$spec"
}

start_postgresql() {
    local ver
    ver=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1)
    if [ -z "$ver" ]; then
        echo "PostgreSQL absent : les tests PostgreSQL seront ignorés." >&2
        return 0
    fi
    if ! pg_ctlcluster "$ver" main status >/dev/null 2>&1; then
        pg_ctlcluster "$ver" main start
    fi
    su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL' >/dev/null
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sav') THEN
    CREATE ROLE sav LOGIN PASSWORD 'sav' CREATEDB;
  END IF;
END $$;
SQL
    su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='sav_test'\"" | grep -q 1 \
        || su postgres -c "createdb -O sav sav_test"
    export SAV_TEST_DATABASE_URL="postgresql+psycopg://sav:sav@127.0.0.1:5432/sav_test"
}
