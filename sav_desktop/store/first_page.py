"""The few reads the desk's start makes with bare ``sqlite3``, before SQLAlchemy is loaded.

Importing SQLAlchemy alone takes longer than a whole bare Qt window to start and paint (README,
performance): on a plain local SQLite base whose schema is current, the start reads here the
account, the device list's first page and whether an administrator can sign in
(services.first_page decides what they mean). Each read is one snapshot; it never writes, and
answers None when the base is not plainly a current local SQLite file or on any SQLite error:
the start then opens the base the usual way, which says what is wrong in French. The page's
statement is the one services.assets builds for the first page (same columns, joins and
order; tests/test_first_page.py compares the rows).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .locate import newest_migration_id, plain_sqlite_file, resolve_url

FIRST_PAGE_SQL = (
    "SELECT assets.id, coalesce(assets.asset_tag, '') AS asset_tag, assets.serial, assets.model_code, assets.status, "
    "customers.practice_name, contracts.kind, contracts.number "
    "FROM assets "
    "LEFT OUTER JOIN contract_lines ON contract_lines.asset_id = assets.id AND contract_lines.removed_on IS NULL "
    "LEFT OUTER JOIN contracts ON contracts.id = contract_lines.contract_id "
    "LEFT OUTER JOIN customers ON customers.id = contracts.customer_id "
    "ORDER BY assets.id DESC LIMIT {limit:d}"
)

#: (role, active, locked_until set) of an account, as stored.
AccountRow = tuple[str, bool, bool]


@contextmanager
def _current_base(url: str | None) -> Iterator[tuple[str, sqlite3.Connection] | None]:
    """A read snapshot of a plain local SQLite base whose schema is the newest migration's,
    else None (then nothing here applies)."""
    resolved = resolve_url(url)
    path = plain_sqlite_file(resolved)
    if path is None or not path.is_file():
        yield None
        return
    try:
        conn = sqlite3.connect(path.resolve().as_uri(), uri=True, timeout=1.0)
    except sqlite3.Error:
        yield None
        return
    try:
        try:
            conn.execute("BEGIN")  # one snapshot for everything read
            stored = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            stored = None
        yield (resolved, conn) if stored is not None and stored[0] == newest_migration_id() else None
    finally:
        conn.close()


def start_rows(url: str | None, user_name: str, limit: int) -> tuple[str, AccountRow | None, list[tuple[Any, ...]]] | None:
    """(the resolved URL, the account's row or None, the list's first ``limit`` rows), read in
    one snapshot; None when the base is not a current local SQLite file or on an error."""
    with _current_base(url) as base:
        if base is None:
            return None
        resolved, conn = base
        try:
            user = conn.execute("SELECT role, active, locked_until FROM users WHERE name = ?", (user_name,)).fetchone()
            account = None if user is None else (str(user[0]), bool(user[1]), user[2] is not None)
            rows = list(conn.execute(FIRST_PAGE_SQL.format(limit=int(limit))))
        except sqlite3.Error:
            return None
        return resolved, account, rows


def admins_with_password(url: str | None, role: str) -> int | None:
    """How many active accounts of ``role`` have a password (None: not a current local base)."""
    with _current_base(url) as base:
        if base is None:
            return None
        try:
            row = base[1].execute(
                "SELECT count(*) FROM users WHERE role = ? AND active = 1 AND password_hash IS NOT NULL", (role,)
            ).fetchone()
        except sqlite3.Error:
            return None
        return int(row[0]) if row else 0


__all__ = ["FIRST_PAGE_SQL", "AccountRow", "admins_with_password", "start_rows"]
