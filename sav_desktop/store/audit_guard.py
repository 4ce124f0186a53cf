"""What opening a database does for the audit trail, and what it found.

* the station's audit key is loaded (created on the first start of an installation); a base
  signed with another key, or a signed base on a station without the key, is refused;
* a base whose trail is not keyed yet gets its keyed segment (a marker entry) now: the
  entries already there keep their public SHA-256 chain, which cannot be re-signed because
  the trail is append-only (decision: no rewrite, the keyed segment starts at the head);
* the append-only triggers are checked and the missing ones re-created (log + audit entry);
* the head kept outside the base (the anchor) is compared with the base.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from ..domain.audit_chain import key_id
from ..domain.errors import SavError
from . import audit_key
from .audit_chain import (
    SYSTEM_USER, KeyMismatchError, anchor_problem, append_entry, begin_append, chain_head_full,
    create_triggers, head_entry, is_other_base, keyed_marker, marker_hash, missing_triggers,
)
from .audit_key import Head
from .models import AuditEntry

if TYPE_CHECKING:
    from .db import Database

log = logging.getLogger(__name__)


@dataclass
class AuditState:
    """What the audit guard found when the database was opened."""

    key: bytes | None = field(default=None, repr=False)
    key_problem: str | None = None  # French: why this station cannot sign this base
    triggers_restored: list[str] = field(default_factory=list)
    triggers_missing: list[str] = field(default_factory=list)  # could not be re-created
    anchor_problem: str | None = None
    keyed: bool = False  # the base's chain has its marker (no need to look again at each save)


def key_problem_message(named: str | None, key: bytes | None) -> str:
    if key is None:
        return (f"ce poste n'a pas la clé d'audit de cette base (identifiant {named}) : l'administrateur "
                "la copie depuis un poste qui l'a (sav-desktop audit key --show) et la saisit ici une fois "
                "(sav-desktop audit key --set)")
    return (f"cette base est signée avec une autre clé d'audit (identifiant {named}, celle de ce poste : "
            f"{key_id(key)}) : saisissez la clé de cette base (sav-desktop audit key --set)")


def _key_for(conn: Connection, marker: tuple[int, str | None] | None) -> tuple[bytes | None, str | None]:
    key = audit_key.load_key()
    if marker is None:
        return key or audit_key.load_or_create_key(), None
    if key is None or key_id(key) != marker[1]:
        return None, key_problem_message(marker[1], key)
    return key, None


def guard(db: "Database", *, repair: bool) -> AuditState:
    """Run the checks on an opened (and migrated) database; ``repair``: fix what can be fixed."""
    state = AuditState()
    try:
        with db.engine.connect() as conn:
            marker = keyed_marker(conn)
            state.keyed = marker is not None
            state.key, state.key_problem = _key_for(conn, marker)
            state.anchor_problem = anchor_problem(conn, audit_key.read_anchor(db.url))
            missing = missing_triggers(conn)
            has_entries = head_entry(conn) is not None
    except DBAPIError:
        if repair:
            raise
        return state  # not migrated yet: no audit trail to guard
    if state.anchor_problem:
        log.error("journal d'audit : %s", state.anchor_problem)
    if missing and repair:
        try:
            with db.engine.begin() as conn:
                create_triggers(conn, missing)
            state.triggers_restored = missing
            log.warning("journal d'audit : déclencheurs d'ajout seul absents, recréés : %s", ", ".join(missing))
        except DBAPIError as exc:
            state.triggers_missing = missing
            log.error("journal d'audit : déclencheurs d'ajout seul absents (%s) et non recréés : %s",
                      ", ".join(missing), exc.orig)
    elif missing:
        state.triggers_missing = missing
    if not repair or state.key_problem is not None:
        return state
    if state.triggers_restored or (has_entries and marker is None):
        try:
            with db.engine.begin() as conn:
                start = begin_append(conn, state.key)
                state.keyed = state.key is not None
                if state.triggers_restored:
                    append_entry(conn, start.head, {
                        "at": datetime.now(timezone.utc), "user_name": SYSTEM_USER, "entity": "audit",
                        "entity_id": "triggers", "action": "triggers_restored",
                        "summary": ("Déclencheurs d'ajout seul du journal d'audit absents à l'ouverture "
                                    f"(supprimés hors de l'application), recréés : {', '.join(state.triggers_restored)}"),
                        "before_json": None, "after_json": None, "asset_id": None,
                    }, state.key)
        except KeyMismatchError as exc:
            state.key, state.key_problem = None, key_problem_message(str(exc), state.key)
            return state
        advance_anchor(db, None, state.anchor_problem is None)
    return state


def advance_anchor(db: "Database", before: tuple[int, str] | None, trusted: bool | None = None, added: int = 0,
                   new: tuple[int, str] | None = None) -> None:
    """Move this station's anchor to the base's head after a write.

    Fast path: the anchor was at ``before`` (the head this transaction started from), so the
    new head is ``new`` with ``added`` more entries. Otherwise the anchor is moved only when
    the base still holds it (another station wrote in between); a base behind its anchor keeps
    the anchor where it is, so that the truncation stays visible.
    """
    anchor = audit_key.read_anchor(db.url)
    if anchor is not None and before is not None and new is not None \
            and (anchor.last_id, anchor.hash) == before and anchor.marker is not None:
        audit_key.write_anchor(db.url, Head(new[0], anchor.count + added, new[1], anchor.marker))
        return
    with db.engine.connect() as conn:
        if anchor is None or is_other_base(conn, anchor):
            head = chain_head_full(conn)
        else:
            # Cheap per save: the anchor's own entry still there with its hash (the full count
            # check is made at open and by verify); the entries since are counted by id range.
            row = conn.execute(select(AuditEntry.hash).where(AuditEntry.id == anchor.last_id)).first()
            if trusted is False or row is None or str(row[0]) != anchor.hash:
                log.error("journal d'audit en retard sur son ancre : ancre non déplacée (sav-desktop audit verify)")
                return
            last = head_entry(conn)
            since = int(conn.execute(select(func.count(AuditEntry.id)).where(AuditEntry.id > anchor.last_id)).scalar() or 0)
            head = Head(last[0], anchor.count + since, last[1], anchor.marker or marker_hash(conn)) if last else None
    if head is not None:
        audit_key.write_anchor(db.url, head)


def reset_anchor(db: "Database") -> None:
    """After a restore or an import: the anchor follows the base that replaced the old one."""
    with db.engine.connect() as conn:
        head = chain_head_full(conn)
    if head is not None:
        audit_key.write_anchor(db.url, head)
    else:
        audit_key.anchor_path(db.url).unlink(missing_ok=True)


class AuditKeyRefused(SavError):
    """This station cannot sign this base's audit trail (French message)."""
