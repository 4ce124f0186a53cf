#!/usr/bin/env bash
# Build the one-folder bundle (PyInstaller) into dist/sav-desktop/ and print its size.
#   ./scripts/bundle.sh
# On Windows, run the same steps from packaging/README.md (then the Inno Setup installer).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

ensure_venv
if ! "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
    echo "Le bundle se construit avec Python 3.11 (packaging/constraints.txt) : $("$VENV/bin/python" -V)" >&2
    exit 2
fi
# The pinned versions of packaging/constraints.txt (reproducible bundle).
export PIP_CONSTRAINT="$PWD/packaging/constraints.txt"
install_python_packages bundle
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/sav-desktop.spec
size=$(du -sm dist/sav-desktop | cut -f1)
echo "Bundle : dist/sav-desktop (${size} Mo)"
