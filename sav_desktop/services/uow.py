"""Unit of work: one session, one transaction, the audit trail written in the same transaction."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..domain.audit_chain import entry_hash, normalize_at
from ..domain.errors import BusyError, ConflictError, SavError, ValidationError
from ..store import audit_guard
from ..store.audit_chain import AppendStart, KeyMismatchError, begin_append
from ..store.constraints import unique_rule_for
from ..store.db import Database
from ..store.models import AuditEntry
from .clock import Clock, utc_now  # re-exported: the services import them from here

_log = logging.getLogger("sav_desktop.uow")


# What a version conflict on each versioned table is about, for the French message.
_STALE_SUBJECTS = {
    "customers": "Le client", "assets": "Le matériel", "contracts": "Le contrat",
    "catalogue_items": "L'article du catalogue", "tickets": "Le dossier", "loss_declarations": "La déclaration",
}
_LOCKED = ("database is locked", "database table is locked", "database is busy")
# PostgreSQL: lock wait past lock_timeout, deadlock, serialization failure (SQLSTATE).
_PG_BUSY = {"55P03", "40P01", "40001"}

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Editing:
    """The record a use case is saving over a version the form loaded (for the message)."""

    what: str
    key: str
    entity: str
    entity_id: str


def _stale_table(exc: StaleDataError) -> str | None:
    match = re.search(r"table '(\w+)'", str(exc))
    return match.group(1) if match else None


def is_busy(exc: BaseException) -> bool:
    """The database stayed locked by another station (SQLite past its busy timeout,
    PostgreSQL lock timeout / deadlock / serialization failure)."""
    if not isinstance(exc, DBAPIError):
        return False
    orig = exc.orig
    if getattr(orig, "sqlstate", None) in _PG_BUSY:
        return True
    return isinstance(exc, OperationalError) and any(t in str(orig).lower() for t in _LOCKED)


def key_state_known(db: Database) -> bool:
    return db.audit is not None and db.audit_key is not None


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
    """``with UnitOfWork(db, "Marie") as uow: ...; uow.commit()``; leaving without commit rolls back.

    ``write`` (the default): on SQLite the transaction begins ``BEGIN IMMEDIATE``, taking the
    write lock at once (waiting up to the busy timeout), so that what it read cannot go
    stale before it writes. Pure reads pass ``write=False`` (a deferred transaction, never
    blocking another station). Database refusals leave the ``with`` block as French errors:
    a version conflict (ConflictError naming who saved first and when), a uniqueness
    constraint (ValidationError naming the field), a lock held too long (BusyError).
    """

    def __init__(self, db: Database, user_name: str, clock: Clock = utc_now, *, write: bool = True) -> None:
        self.db = db
        self.user_name = user_name
        self.clock = clock
        self.write = write
        self._session: Session | None = None
        self._connection: Connection | None = None  # a read's own (services.uow.connection)
        self._generation = 0  # of the read's connection (store.db.ReadConnections)
        self._open = False
        self._chain_head: str | None = None  # hash of the last audit entry, once locked
        self._append: AppendStart | None = None  # where this transaction's entries started
        self._entries: list[AuditEntry] = []
        self._editing: dict[str, _Editing] = {}  # table name -> the record being saved

    @property
    def session(self) -> Session:
        if self._session is None:
            if not self._open:
                raise RuntimeError("unit of work used outside its 'with' block")
            if self._connection is not None:
                # A read that began on its connection: the session joins its transaction.
                self._session = self.db.session_factory(bind=self._connection)
            else:
                # store.db's "begin" hook reads the option: BEGIN IMMEDIATE for writes on SQLite.
                self._session = self.db.session_factory(execution_options={"sav_write": self.write})
        return self._session

    def connection(self) -> Connection:
        """The connection of this unit of work's transaction, for Core statements. A read
        that needs no ORM object (the search, the permission check) runs on a plain
        connection: an ORM session costs more to open and close than the search's
        statements take (a session made later joins that connection's transaction)."""
        if self._session is not None or self.write:
            return self.session.connection()
        if self._connection is None:
            if not self._open:
                raise RuntimeError("unit of work used outside its 'with' block")
            conn, self._generation = self.db.reads.take()  # (store.db.ReadConnections)
            try:
                conn.begin()
            except BaseException:
                self.db.reads.give_back(conn, self._generation, clean=False)
                raise
            self._connection = conn
        return self._connection

    def __enter__(self) -> "UnitOfWork":
        self._open = True
        if self.write:
            _ = self.session  # a write's session (and its transaction) from the start
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session, connection = self._session, self._connection
        translated: SavError | None = None
        try:
            if session is not None and session.in_transaction():
                session.rollback()
            if exc is not None and not isinstance(exc, SavError):
                translated = self._translate(exc)
        finally:
            try:
                if session is not None:
                    session.close()
            finally:
                if connection is not None:  # its transaction rolls back (a read writes nothing)
                    self.db.reads.give_back(connection, self._generation, clean=exc is None)
            self._session = None
            self._connection = None
            self._open = False
            self._chain_head = None
            self._append = None
            self._entries = []
            self._editing = {}
        if translated is not None:
            raise translated from exc

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return self.clock().astimezone().date()

    # --- versions and conflicts

    def expect_version(
        self, table: str, current: int, expected: int, *, what: str, key: str, entity: str, entity_id: object
    ) -> None:
        """Refuse a save based on an older version than the stored one (ConflictError naming
        who changed the record and when, from the audit trail). Remembered for the flush: if
        another station commits between this check and the UPDATE, the version column refuses
        it and the same message is given."""
        editing = _Editing(what, key, entity, str(entity_id))
        self._editing[table] = editing
        if isinstance(expected, bool) or not isinstance(expected, int) or current != expected:
            raise self._conflict_for(editing)

    def conflict(self, what: str, key: str, entity: str, entity_id: object) -> ConflictError:
        """The French refusal of a save over a record changed meanwhile, naming who and when."""
        return self._conflict_for(_Editing(what, key, entity, str(entity_id)))

    def serialize(self) -> None:
        """Take the audit trail's lock now, before reading what a check compares: until the
        end of this transaction no other station's audited change can slip in between
        (PostgreSQL; on SQLite a write unit of work holds the write lock already)."""
        if self._chain_head is None:
            session = self.session
            key = self.db.audit_key
            with session.no_autoflush:
                state = self.db.audit
                try:
                    self._append = begin_append(session.connection(), key, bool(getattr(state, "keyed", False)))
                except KeyMismatchError as exc:
                    raise SavError(audit_guard.key_problem_message(str(exc), key)) from exc
                self._chain_head = self._append.head

    def _conflict_for(self, editing: _Editing) -> ConflictError:
        by: str | None = None
        at: datetime | None = None
        try:
            row = self.session.execute(
                select(AuditEntry.user_name, AuditEntry.at)
                .where(AuditEntry.entity == editing.entity, AuditEntry.entity_id == editing.entity_id)
                .order_by(AuditEntry.id.desc())
                .limit(1)
            ).first()
            if row is not None:
                by = row[0] or None
                at = normalize_at(row[1]).astimezone() if row[1] is not None else None
        except DBAPIError:  # the message still says what to do
            log.warning("conflict: audit trail not readable", exc_info=True)
        return ConflictError(editing.what, editing.key, by, at, today=self.today())

    def _translate(self, exc: BaseException) -> SavError | None:
        """A database refusal as the French error the user sees (None: not one of ours)."""
        if isinstance(exc, StaleDataError):
            table = _stale_table(exc)
            editing = self._editing.get(table or "")
            if editing is None:
                return ConflictError(_STALE_SUBJECTS.get(table or "", "L'enregistrement"), "")
            if self._session is not None and self._session.in_transaction():
                self._session.rollback()
            return self._conflict_for(editing)
        if isinstance(exc, IntegrityError):
            rule = unique_rule_for(exc)
            if rule is not None:
                # The user reads the field in French; support reads the database's own text.
                log.warning("save refused by the database (%s): %s", rule.field, exc.orig)
                return ValidationError.single(rule.field, rule.message)
            log.error("save refused by the database: %s", exc.orig)
            return ValidationError.single("enregistrement", "refusé par la base (donnée incohérente) : "
                                          "vérifiez la saisie ; le détail est dans le journal")
        if is_busy(exc):
            return BusyError()
        return None

    def _refused(self, exc: Exception) -> SavError | None:
        if self.session.in_transaction():
            self.session.rollback()
        return self._translate(exc)

    def flush_changes(self) -> None:
        """Flush what this unit of work changed, if anything (a later read of the same rows
        through ``connection()`` then sees it); nothing to do for a read without a session."""
        session = self._session
        if session is not None and (session.new or session.dirty or session.deleted):
            self.flush()

    def flush(self) -> None:
        try:
            self.session.flush()
        except (StaleDataError, DBAPIError) as exc:
            translated = self._refused(exc)
            if translated is None:
                raise
            raise translated from exc

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
        except (StaleDataError, DBAPIError) as exc:
            translated = self._refused(exc)
            if translated is None:
                raise
            raise translated from exc
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
        self.serialize()
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
        assert prev is not None  # serialize() read the head
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
