"""The device list's first page, read with bare ``sqlite3`` before SQLAlchemy is loaded.

Importing SQLAlchemy alone takes longer than a whole bare Qt window to start and paint (README,
performance): a start on a local SQLite base reads here what the first paint shows (the
account's role, the list's first page) and the window paints it while the database code
loads (services.desk.Desk.starting opens it right after the paint).

It reads, never writes, and answers None whenever anything is not plainly as expected (not
a plain SQLite file, a migration to apply, an account disabled, locked or without the
search's permission, any SQLite error): the start then takes the full road, which says
what is wrong in French. The statement is the one services.assets builds for the first page
(same columns, joins and order; tests/test_first_page.py compares the rows).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ..domain.accounts import allows
from ..domain.enums import Role
from ..domain.permissions import permission_for
from ..services.views import PAGE_SIZE, AssetRow
from .locate import newest_migration_id, plain_sqlite_file, resolve_url

FIRST_PAGE_SQL = (
    "SELECT assets.id, assets.asset_tag, assets.serial, assets.model_code, assets.status, "
    "customers.practice_name, contracts.kind, contracts.number "
    "FROM assets "
    "LEFT OUTER JOIN contract_lines ON contract_lines.asset_id = assets.id AND contract_lines.removed_on IS NULL "
    "LEFT OUTER JOIN contracts ON contracts.id = contract_lines.contract_id "
    "LEFT OUTER JOIN customers ON customers.id = contracts.customer_id "
    "ORDER BY assets.id DESC LIMIT {limit:d}"
)


@dataclass(frozen=True)
class FirstPage:
    url: str
    user_name: str
    role: str
    limit: int
    rows: tuple[AssetRow, ...]


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


def read_first_page(url: str | None, user_name: str, limit: int = PAGE_SIZE) -> FirstPage | None:
    """What the device list's first paint shows, or None (then open the database as usual)."""
    if not user_name:
        return None
    with _current_base(url) as base:
        if base is None:
            return None
        resolved, conn = base
        try:
            user = conn.execute(
                "SELECT role, active, locked_until FROM users WHERE name = ?", (user_name,)).fetchone()
            if user is None or not user[1] or user[2] is not None:
                return None  # unknown, disabled or (ever) locked: the full road decides and says why
            try:
                role = Role(user[0])
            except ValueError:
                return None
            if not allows(role, permission_for("asset.search")):
                return None
            rows = tuple(
                AssetRow(r[0], r[1] or "", r[2], r[3], r[4], r[5], r[6], r[7])
                for r in conn.execute(FIRST_PAGE_SQL.format(limit=int(limit)))
            )
        except sqlite3.Error:
            return None
        return FirstPage(url=resolved, user_name=user_name, role=role.value, limit=int(limit), rows=rows)


def sign_in_ready(url: str | None) -> bool:
    """Whether the sign-in dialog can open before the database does (the GUI's start): a
    current local SQLite base that has its administrator (no first start to make). The
    database then opens in a worker while the user types (cli.gui)."""
    with _current_base(url) as base:
        if base is None:
            return False
        try:
            row = base[1].execute(
                "SELECT count(*) FROM users WHERE role = ? AND active = 1 AND password_hash IS NOT NULL",
                (Role.ADMIN.value,)).fetchone()
        except sqlite3.Error:
            return False
        return bool(row and row[0])


__all__ = ["FIRST_PAGE_SQL", "FirstPage", "read_first_page", "sign_in_ready"]
