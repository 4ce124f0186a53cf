"""The audit hash chain on the database side: serialized appends, bulk sealing, verification,
the keyed segment's marker, the head, and the append-only triggers."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..domain.audit_chain import (
    GENESIS, MARKER_ACTION, MARKER_ENTITY, BrokenLink, check_entry, entry_hash, is_marker, key_id,
    marker_key_id, seal_problem,
)
from .audit_key import Head
from .models import AuditEntry

SYSTEM_USER = "système"  # who the entries the application writes by itself are from

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


def seal_rows(head: str, rows: Iterable[dict[str, Any]], key: bytes | None = None) -> str:
    """Set prev_hash/hash on dict rows about to be bulk-inserted, in order; returns the new head.

    ``key``: the audit key once the base's chain is keyed (see begin_append)."""
    for row in rows:
        row["prev_hash"] = head
        head = row["hash"] = entry_hash(head, row, key)
    return head


def _execute(conn: Connection | Session, stmt: Any) -> Any:
    return conn.execute(stmt)


def head_entry(conn: Connection | Session) -> tuple[int, str] | None:
    """(id, hash) of the last entry, None when the trail is empty."""
    row = _execute(conn, select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    if row is None:
        return None
    return int(row[0]), str(row[1] or GENESIS)


def chain_head_full(conn: Connection | Session) -> Head | None:
    """The head with the number of entries and the marker's hash (for verify, backups, anchors)."""
    last = head_entry(conn)
    if last is None:
        return None
    count = int(_execute(conn, select(func.count(AuditEntry.id))).scalar() or 0)
    return Head(last[0], count, last[1], marker_hash(conn))


def marker_hash(conn: Connection | Session) -> str | None:
    row = _execute(conn, select(AuditEntry.hash)
                   .where(AuditEntry.entity == MARKER_ENTITY, AuditEntry.action == MARKER_ACTION)
                   .order_by(AuditEntry.id).limit(1)).first()
    return str(row[0]) if row is not None and row[0] else None


def keyed_marker(conn: Connection | Session) -> tuple[int, str | None] | None:
    """(id, key id) of the marker that opens the keyed segment, None when the chain has none."""
    row = _execute(conn, select(AuditEntry.id, AuditEntry.after_json)
                   .where(AuditEntry.entity == MARKER_ENTITY, AuditEntry.action == MARKER_ACTION)
                   .order_by(AuditEntry.id).limit(1)).first()
    if row is None:
        return None
    return int(row[0]), marker_key_id({"after_json": row[1]})


class KeyMismatchError(Exception):
    """The base's chain is signed with another key than this station's."""


def marker_fields(key: bytes, at: datetime | None = None) -> dict[str, Any]:
    return {
        "at": at or datetime.now(timezone.utc),
        "user_name": SYSTEM_USER,
        "entity": MARKER_ENTITY,
        "entity_id": "chain",
        "action": MARKER_ACTION,
        "summary": ("Journal d'audit signé : les entrées suivantes sont chaînées par HMAC-SHA256 "
                    "avec la clé d'audit de l'installation (gardée hors de la base)"),
        "before_json": None,
        "after_json": json.dumps({"algorithm": "HMAC-SHA256", "key_id": key_id(key)}, sort_keys=True),
        "asset_id": None,
    }


def append_entry(conn: Connection, head: str, fields: dict[str, Any], key: bytes | None) -> tuple[int, str]:
    """Insert one sealed entry after ``head`` (the chain is locked by the caller)."""
    row = dict(fields)
    row["prev_hash"] = head
    row["hash"] = entry_hash(head, row, key)
    new_id = conn.execute(insert(AuditEntry).values(**row).returning(AuditEntry.id)).scalar_one()
    return int(new_id), row["hash"]


@dataclass(frozen=True)
class AppendStart:
    head: str  # the hash the next entry chains to
    before: tuple[int, str] | None  # (id, hash) of the last entry before this transaction
    added: int  # entries begin_append wrote itself (the marker)


def begin_append(conn: Connection, key: bytes | None, keyed: bool = False) -> AppendStart:
    """Lock the chain and return its head; with a key, open the keyed segment first when the
    base has none yet (KeyMismatchError when it has one signed with another key).

    ``keyed``: the caller knows the marker is there, signed with this key (checked at open)."""
    lock_chain(conn)
    before = head_entry(conn)
    head = before[1] if before is not None else GENESIS
    added = 0
    if key is not None and not keyed:
        marker = keyed_marker(conn)
        if marker is None:
            _id, head = append_entry(conn, head, marker_fields(key), key)
            added = 1
        elif marker[1] != key_id(key):
            raise KeyMismatchError(marker[1])
    return AppendStart(head, before, added)


@dataclass(frozen=True)
class VerifyReport:
    checked: int
    broken: BrokenLink | None
    keyed_from: int | None = None  # id of the marker that opens the keyed segment
    forged: tuple[BrokenLink, ...] = ()  # entries whose own signature is wrong (after the break too)
    key_problem: str | None = None  # no key, or another key than the base's (French)
    head: Head | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.broken is None and not self.forged and self.key_problem is None


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


MAX_FORGED = 50


def verify_chain(conn: Connection, key: bytes | None = None, batch: int = 5000) -> VerifyReport:
    """Walk the trail in id order: the first entry that breaks the chain, and every entry of
    the keyed segment whose own signature is wrong (forged or changed), up to MAX_FORGED.

    Before the marker, entries are checked with the public SHA-256; from the marker on, with
    the key (without it, or with another key, the keyed segment cannot be checked: key_problem).
    """
    expected = GENESIS
    checked = 0
    broken: BrokenLink | None = None
    forged: list[BrokenLink] = []
    keyed_from: int | None = None
    key_problem: str | None = None
    signing: bytes | None = None
    last: tuple[int, str] | None = None
    marker_seen: str | None = None
    count = 0
    for row in _iter_entries(conn, batch):
        count += 1
        entry_id = int(row["id"])
        last = (entry_id, str(row["hash"] or ""))
        if keyed_from is None and is_marker(row) and row["prev_hash"] and row["hash"]:
            keyed_from = entry_id
            marker_seen = str(row["hash"])
            named = marker_key_id(row)
            if key is None:
                key_problem = ("ce poste n'a pas la clé d'audit : la partie signée du journal "
                               f"(depuis l'entrée n° {entry_id}) ne peut pas être vérifiée")
            elif named != key_id(key):
                key_problem = (f"le journal est signé avec une autre clé d'audit (identifiant {named}, "
                               f"celle de ce poste : {key_id(key)}) : saisissez la clé de cette base "
                               "(sav-desktop audit key --set)")
            else:
                signing = key
        if key_problem is not None:
            if broken is None:
                # Without the right key, only the links can still be followed.
                if row["prev_hash"] != expected:
                    broken = BrokenLink(entry_id, check_entry(expected, row["prev_hash"], row["hash"], row, None) or "")
                else:
                    checked += 1
            expected = str(row["hash"] or "")
            continue
        if broken is None:
            reason = check_entry(expected, row["prev_hash"], row["hash"], row, signing)
            if reason is not None:
                broken = BrokenLink(entry_id, reason)
                if signing is not None and len(forged) < MAX_FORGED:
                    own = seal_problem(row["prev_hash"], row["hash"], row, signing)
                    if own is not None:
                        forged.append(BrokenLink(entry_id, own))
            else:
                checked += 1
        elif signing is not None and len(forged) < MAX_FORGED:
            own = seal_problem(row["prev_hash"], row["hash"], row, signing)
            if own is not None:
                forged.append(BrokenLink(entry_id, own))
        expected = str(row["hash"] or "")
    head = Head(last[0], count, last[1], marker_seen) if last is not None else None
    return VerifyReport(checked, broken, keyed_from, tuple(forged), key_problem, head)


def is_other_base(conn: Connection, anchor: Head) -> bool:
    """Whether the anchor is about another base that was at this address (re-created): a base
    whose signed segment opens with another marker, or a brand-new base (no entry, no account)."""
    from .models import User

    marker = marker_hash(conn)
    if marker is not None:
        return anchor.marker is not None and marker != anchor.marker
    if head_entry(conn) is None:
        return not conn.execute(select(func.count(User.id))).scalar()
    return False


def anchor_problem(conn: Connection, anchor: Head | None) -> str | None:
    """Why the base does not hold the head kept outside it (French), None when it does.

    The base may be ahead of the anchor (other stations wrote since), never behind it: the
    anchor's last entry must still be there, with the same hash and as many entries up to it.
    An anchor about another base once at this address (is_other_base) is no problem.
    """
    if anchor is None or is_other_base(conn, anchor):
        return None
    row = conn.execute(select(AuditEntry.hash).where(AuditEntry.id == anchor.last_id)).first()
    count = int(conn.execute(select(func.count(AuditEntry.id)).where(AuditEntry.id <= anchor.last_id)).scalar() or 0)
    if row is not None and str(row[0]) == anchor.hash and count == anchor.count:
        return None
    last = head_entry(conn)
    total = int(conn.execute(select(func.count(AuditEntry.id))).scalar() or 0)
    what = f"{total} entrées, la dernière n° {last[0]}" if last else "aucune entrée"
    if row is None:
        return (f"queue du journal tronquée : l'ancre gardée hors de la base indique {anchor.count} entrées "
                f"jusqu'à l'entrée n° {anchor.last_id}, la base n'a que {what}")
    return (f"journal réécrit ou tronqué : l'ancre gardée hors de la base indique {anchor.count} entrées "
            f"jusqu'à l'entrée n° {anchor.last_id} (empreinte {anchor.hash[:12]}…), la base a {what} "
            f"et l'entrée n° {anchor.last_id} y a une autre empreinte ou d'autres entrées avant elle")


# --- append-only triggers ------------------------------------------------------------------

REFUSED = "journal d''audit : modification interdite (ajout seul)"

_SQLITE_TRIGGERS = {
    f"audit_log_no_{event.lower()}": (
        f"CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
        f"BEGIN SELECT RAISE(ABORT, '{REFUSED}'); END"
    )
    for event in ("UPDATE", "DELETE")
}
_PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN RAISE EXCEPTION '{REFUSED}'; END $$"
)
_PG_TRIGGERS = {
    "audit_log_no_change": ("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
                            "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"),
    "audit_log_no_truncate": ("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                              "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"),
}


def expected_triggers(dialect: str) -> dict[str, str]:
    return dict(_PG_TRIGGERS if dialect == "postgresql" else _SQLITE_TRIGGERS)


def present_triggers(conn: Connection) -> set[str]:
    if conn.dialect.name == "postgresql":
        rows = conn.exec_driver_sql(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal")
    else:
        rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")
    return {str(r[0]) for r in rows}


def missing_triggers(conn: Connection) -> list[str]:
    present = present_triggers(conn)
    return [name for name in expected_triggers(conn.dialect.name) if name not in present]


def create_triggers(conn: Connection, names: Iterable[str]) -> None:
    ddl = expected_triggers(conn.dialect.name)
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(_PG_FUNCTION)
    for name in names:
        conn.exec_driver_sql(ddl[name])
