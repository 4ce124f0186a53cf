"""Unit of work: one session, one transaction, the audit trail written in the same transaction."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from datetime import date, datetime, timezone
from decimal import Decimal
from enum import Enum
from types import TracebackType
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..domain.audit_chain import entry_hash, normalize_at
from ..domain.errors import ConflictError, SavError, ValidationError
from ..store import audit_guard
from ..store.audit_chain import AppendStart, KeyMismatchError, begin_append
from ..store.db import Database
from ..store.models import AuditEntry

Clock = Callable[[], datetime]
_log = logging.getLogger("sav_desktop.uow")


# What a version conflict on each versioned table is about, for the French message.
_STALE_SUBJECTS = {"customers": "Le client", "assets": "Le matériel", "contracts": "Le contrat"}


def _conflict(exc: StaleDataError) -> ConflictError:
    """A save refused by the version check (another station saved first)."""
    match = re.search(r"table '(\w+)'", str(exc))
    what = _STALE_SUBJECTS.get(match.group(1), "L'enregistrement") if match else "L'enregistrement"
    return ConflictError(what, "")


def key_state_known(db: Database) -> bool:
    return db.audit is not None and db.audit_key is not None


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def to_json(data: dict[str, Any] | None) -> str | None:
    if data is None:
        return None
    return json.dumps(_jsonable(data), ensure_ascii=False, sort_keys=True)


class UnitOfWork:
    """``with UnitOfWork(db, "Marie") as uow: ...; uow.commit()``; leaving without commit rolls back."""

    def __init__(self, db: Database, user_name: str, clock: Clock = utc_now) -> None:
        self.db = db
        self.user_name = user_name
        self.clock = clock
        self._session: Session | None = None
        self._chain_head: str | None = None  # hash of the last audit entry, once locked
        self._append: AppendStart | None = None  # where this transaction's entries started
        self._entries: list[AuditEntry] = []

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its 'with' block")
        return self._session

    def __enter__(self) -> "UnitOfWork":
        self._session = self.db.session_factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            if session.in_transaction():
                session.rollback()
        finally:
            session.close()
            self._session = None
            self._chain_head = None
            self._append = None
            self._entries = []

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return self.clock().astimezone().date()

    def flush(self) -> None:
        try:
            self.session.flush()
        except StaleDataError as exc:
            raise _conflict(exc) from exc

    def commit(self) -> None:
        # The chain lock ends with the transaction: the next one reads the head again.
        self._chain_head = None
        start, entries = self._append, self._entries
        self._append, self._entries = None, []
        try:
            if entries:
                self.session.flush()
            new = (int(entries[-1].id), str(entries[-1].hash)) if entries else None
            self.session.commit()
        except StaleDataError as exc:
            self.session.rollback()
            raise _conflict(exc) from exc
        except IntegrityError as exc:
            self.session.rollback()
            # The raw text goes to the support log only; the user gets a French sentence.
            _log.warning("enregistrement refusé par la base : %s", exc.orig)
            raise ValidationError.single(
                "enregistrement", "refusé par la base (une valeur en double ou une référence manquante) : "
                "rien n'a été enregistré"
            ) from exc
        if start is not None and key_state_known(self.db):
            self.db.audit.keyed = True  # the marker is committed now (written by begin_append if needed)
        if start is not None and new is not None:
            # The head, kept outside the base too (store.audit_key anchor): a cut tail shows.
            audit_guard.advance_anchor(self.db, start.before, added=start.added + len(entries), new=new)

    def audit(
        self,
        entity: str,
        entity_id: object,
        action: str,
        summary: str,
        *,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        asset_id: int | None = None,
    ) -> None:
        """Record who changed what, when; shown on the asset's timeline when asset_id is set.

        The entry is chained to the previous one (domain.audit_chain); the chain is locked
        until the end of this transaction so that two stations cannot fork it.
        """
        session = self.session
        key = self.db.audit_key
        if self._chain_head is None:
            with session.no_autoflush:
                state = self.db.audit
                try:
                    self._append = begin_append(session.connection(), key, bool(getattr(state, "keyed", False)))
                except KeyMismatchError as exc:
                    raise SavError(audit_guard.key_problem_message(str(exc), key)) from exc
                self._chain_head = self._append.head
        fields: dict[str, Any] = {
            "at": normalize_at(self.now()),
            "user_name": self.user_name,
            "entity": entity,
            "entity_id": str(entity_id),
            "action": action,
            "summary": summary,
            "before_json": to_json(before),
            "after_json": to_json(after),
            "asset_id": asset_id,
        }
        prev = self._chain_head
        self._chain_head = entry_hash(prev, fields, key)
        entry = AuditEntry(prev_hash=prev, hash=self._chain_head, **fields)
        session.add(entry)
        self._entries.append(entry)


def run(db: Database, user_name: str, fn: Callable[[UnitOfWork], Any], clock: Clock = utc_now) -> Any:
    """Run one use case in its own transaction and commit it."""
    with UnitOfWork(db, user_name, clock) as uow:
        result = fn(uow)
        uow.commit()
        return result


__all__ = ["UnitOfWork", "run", "utc_now", "SavError"]
