#!/usr/bin/env bash
# Install what is needed and start the app on an embedded SQLite database with demo data.
#   ./scripts/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

ensure_venv
if is_debian_root; then
    install_qt_runtime   # libxcb-cursor0 and friends: Qt's window does not open without them
fi
install_python_packages
DB_FILE="${SAV_DEMO_DB:-$PWD/.venv/sav-demo.sqlite3}"
export SAV_DATABASE_URL="sqlite:///$DB_FILE"
if [ ! -s "$DB_FILE" ]; then
    echo "Création de la base de démonstration ($DB_FILE)…"
    "$VENV/bin/sav-desktop" demo --assets 2000
fi
exec "$VENV/bin/sav-desktop" "$@"
