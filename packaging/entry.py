"""Entry point of the bundle (both executables): absolute imports only, as PyInstaller runs
this file as a top-level script, outside any package."""

import sys

from sav_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
