"""The audit hash chain on the database side: serialized appends, bulk sealing, verification."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..domain.audit_chain import GENESIS, BrokenLink, check_entry, entry_hash
from .models import AuditEntry

# Any constant: the key of the transaction-level advisory lock that serializes appends.
PG_CHAIN_LOCK_KEY = 0x5A7_A0D17


def lock_chain(conn: Connection | Session) -> None:
    """Until the end of the transaction, no other station appends to the chain.

    PostgreSQL: a transaction-level advisory lock. SQLite: a write transaction is exclusive
    already, and a transaction that read a stale chain head cannot commit (WAL snapshot check).
    """
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    if bind.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(PG_CHAIN_LOCK_KEY)))


def chain_head(conn: Connection | Session) -> str:
    """The hash of the last entry (GENESIS when the trail is empty)."""
    last = conn.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    if last is None:
        return GENESIS
    return str(last[0] or GENESIS)


def seal_rows(head: str, rows: Iterable[dict[str, Any]]) -> str:
    """Set prev_hash/hash on dict rows about to be bulk-inserted, in order; returns the new head."""
    for row in rows:
        row["prev_hash"] = head
        head = row["hash"] = entry_hash(head, row)
    return head


@dataclass(frozen=True)
class VerifyReport:
    checked: int
    broken: BrokenLink | None

    @property
    def ok(self) -> bool:
        return self.broken is None


def _iter_entries(conn: Connection, batch: int) -> Iterator[dict[str, Any]]:
    last_id = None
    table = AuditEntry.__table__
    while True:
        stmt = select(table).order_by(table.c.id).limit(batch)
        if last_id is not None:
            stmt = stmt.where(table.c.id > last_id)
        rows = conn.execute(stmt).mappings().all()
        if not rows:
            return
        for r in rows:
            yield dict(r)
        last_id = rows[-1]["id"]


def verify_chain(conn: Connection, batch: int = 5000) -> VerifyReport:
    """Walk the trail in id order; stop at the first entry that breaks the chain."""
    expected = GENESIS
    checked = 0
    for row in _iter_entries(conn, batch):
        reason = check_entry(expected, row["prev_hash"], row["hash"], row)
        if reason is not None:
            return VerifyReport(checked, BrokenLink(int(row["id"]), reason))
        expected = row["hash"]
        checked += 1
    return VerifyReport(checked, None)
