#!/usr/bin/env bash
# Install what is needed and run the whole test suite.
#   ./scripts/test.sh [pytest arguments]
# As root on Debian it also installs and starts the system parts the tests need
# (PostgreSQL, pcscd + vpcd, poppler, Qt's runtime libraries) and builds the PyInstaller
# bundle to check it; elsewhere the tests needing them skip with a reason.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

ensure_venv
if is_debian_root; then
    install_system_packages
    install_qt_runtime
fi
# "bundle": PyInstaller, for the bundle check (tests/test_packaging.py).
install_python_packages test,bundle
if is_debian_root; then
    start_postgresql   # exports SAV_TEST_DATABASE_URL
fi
export QT_QPA_PLATFORM=offscreen
set +e
"$VENV/bin/python" -m pytest "$@"
status=$?
set -e
# pytest's 5 means "no test collected": that is a failure for us too.
exit $status
