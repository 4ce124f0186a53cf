"""Child processes for tests/test_restore_safety.py.

    python -m tests.restore_child aside URL BACKUP   # restore; blocks just after the copy aside
                                                     # has started (first page written)
    python -m tests.restore_child hold URL           # another station: holds a write transaction

Each prints ``midway ...`` / ``holding`` and blocks on stdin until the parent kills it (or,
for ``hold``, writes a line: then it rolls back and exits).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any


def _block(message: str) -> None:
    print(message, flush=True)
    sys.stdin.readline()  # the parent kills us here
    sys.exit(3)


class _SlowCopy:
    """sqlite3 as store.db.copy_aside sees it: its backup goes one page at a time and blocks
    after the first one (the copy has started, it is not complete)."""

    def __init__(self, real: Any) -> None:
        self._real = real

    def connect(self, *args: Any, **kwargs: Any) -> "_Conn":
        return _Conn(self._real.connect(*args, **kwargs))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


class _Conn:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def backup(self, target: "_Conn", **_: Any) -> None:
        def progress(_status: int, remaining: int, total: int) -> None:
            _block(f"midway aside copy ({total - remaining}/{total} pages)")

        self.conn.backup(target.conn, pages=1, progress=progress)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)


def restore_killed_during_aside(url: str, backup: str) -> None:
    from sav_desktop.services.trust import restore_database
    from sav_desktop.store import db as db_module

    db_module.sqlite3 = _SlowCopy(sqlite3)  # type: ignore[assignment]
    restore_database(url, Path(backup), "Marie Lefort")
    _block("restore finished")  # too late: the test fails


def hold_write_transaction(url: str) -> None:
    from sav_desktop.store.db import sqlite_path

    path = sqlite_path(url)
    assert path is not None
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE settings SET value = value")
    print("holding", flush=True)
    sys.stdin.readline()
    conn.execute("ROLLBACK")
    conn.close()


if __name__ == "__main__":
    if sys.argv[1] == "aside":
        restore_killed_during_aside(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "hold":
        hold_write_transaction(sys.argv[2])
    else:
        raise SystemExit(f"unknown mode {sys.argv[1]}")
