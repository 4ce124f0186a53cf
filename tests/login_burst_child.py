"""Child process for tests/test_login_burst.py: one login attempt, started when the parent
writes a line on stdin (so that every child attempts at the same moment).

    python -m tests.login_burst_child URL NAME PASSWORD

Prints ``ok`` or ``refused <French message>``.
"""

from __future__ import annotations

import sys

from sav_desktop.domain.accounts import AuthenticationError
from sav_desktop.services.desk import Desk
from sav_desktop.store.db import open_database


def main(url: str, name: str, password: str) -> int:
    db = open_database(url)
    try:
        print("ready", flush=True)
        sys.stdin.readline()
        try:
            Desk.login(db, name, password)
        except AuthenticationError as exc:
            print(f"refused {exc}", flush=True)
            return 0
        print("ok", flush=True)
        return 0
    finally:
        db.dispose()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
