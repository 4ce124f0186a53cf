"""Opening the database: URL resolution, SQLite pragmas, migrations applied at start."""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import SavError
# Re-exported: where the base is and its newest migration, without SQLAlchemy (store.locate).
from .locate import ENV_URL as ENV_URL
from .locate import MIGRATIONS_DIR as MIGRATIONS_DIR
from .locate import default_data_dir as default_data_dir
from .locate import newest_migration_id as newest_migration_id
from .locate import normalize_url as normalize_url
from .locate import resolve_url as resolve_url

#: How long a write waits for another station's (SQLite), then "la base est occupée".
BUSY_TIMEOUT_MS = int(os.environ.get("SAV_BUSY_TIMEOUT_MS", "10000"))


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Order matters (ECOSYSTEM.md): busy_timeout, then WAL, then foreign keys.
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def make_engine(url: str) -> Engine:
    url = normalize_url(url)
    path = sqlite_path(url)
    if path is not None:
        from .files import owner_only, private_dir, private_file

        # Owner-only: the file (SQLite gives its -wal and -shm the file's mode) and the
        # folders made for it; an existing base from an earlier version is tightened.
        private_dir(path.parent)
        private_file(path)
        for suffix in ("-wal", "-shm"):
            owner_only(Path(f"{path}{suffix}"))
        # hide_parameters: a database error's text (logged) never carries the values written
        # (names, card data, password hashes).
        engine = create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_on_connect)
        # Let SQLAlchemy's transactions really begin (pysqlite defers BEGIN otherwise).
        # A unit of work that writes (execution option ``sav_write``, services.uow) takes the
        # write lock at once: BEGIN IMMEDIATE waits for another station's write (busy
        # timeout) instead of failing later, when what it read went stale (WAL snapshot).
        # Reads stay deferred and never wait.
        # Straight on the driver's connection: every unit of work begins, each read of the
        # desk included, and SQLAlchemy's execution layers cost several times SQLite's BEGIN.
        # An error is raised as SQLAlchemy would (the hook runs outside its own translation).
        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            immediate = conn.get_execution_options().get("sav_write", False)
            statement = "BEGIN IMMEDIATE" if immediate else "BEGIN"
            try:
                conn.connection.dbapi_connection.execute(statement)
            except sqlite3.Error as exc:
                raise DBAPIError.instance(statement, (), exc, sqlite3.Error) from exc

        @event.listens_for(engine, "connect")
        def _no_autobegin(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None

        return engine
    connect_args: dict[str, Any] = {}
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        # A lock another station holds (a row being saved, the audit trail's, a migration's
        # table lock) is waited for as long as on SQLite, then "la base est occupée"
        # (services.uow), instead of for ever. Set with the connection (libpq's options).
        given = parsed.query.get("options")
        own = f"-c lock_timeout={int(BUSY_TIMEOUT_MS)}"
        connect_args["options"] = f"{given} {own}" if isinstance(given, str) and given else own
    return create_engine(url, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args)


class ReadConnections:
    """Connections kept for the reads' transactions between reads, on a local SQLite base.

    A read's unit of work runs on a plain connection (services.uow). Taking it from the pool
    and giving it back costs twice what its transaction costs to begin and end (SQLAlchemy's
    connection, the pool's checkout, checkin and reset: 0.40 against 0.20 ms on this
    machine, as a keystroke meets it after a pause), more than the search's statements take
    at the median. A read that ended cleanly leaves its connection here, its transaction
    rolled back (the next read begins a new one: a new snapshot); the next read takes it.
    A read that failed closes its connection. PostgreSQL keeps the pool's road, whose
    pre-ping finds a connection the server dropped. ``close_all`` (Database.dispose) closes
    the kept ones; one in use meanwhile is closed when its read ends."""

    KEEP = 4  # at most: the background helper's threads and the GUI thread

    def __init__(self, engine: Engine, keep: bool) -> None:
        self._engine = engine
        self._keep = keep
        self._lock = threading.Lock()
        self._idle: list[Any] = []
        self._generation = 0

    def take(self) -> tuple[Any, int]:
        """A connection (not in a transaction) and the generation to give it back with."""
        with self._lock:
            generation = self._generation
            if self._idle:
                return self._idle.pop(), generation
        return self._engine.connect().execution_options(sav_write=False), generation

    def give_back(self, conn: Any, generation: int, clean: bool) -> None:
        """End the read's transaction; keep the connection for the next read if it ended
        cleanly, else close it."""
        if clean and self._keep and not conn.closed and not conn.invalidated:
            try:
                conn.rollback()
            except Exception:  # noqa: BLE001 - a connection that cannot roll back is closed
                pass
            else:
                with self._lock:
                    if generation == self._generation and len(self._idle) < self.KEEP:
                        self._idle.append(conn)
                        return
        conn.close()  # its transaction rolls back (a read writes nothing)

    def close_all(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
            self._generation += 1
        for conn in idle:
            conn.close()

    @property
    def kept(self) -> int:
        return len(self._idle)


@dataclass
class Database:
    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    has_name_index: bool = False  # SQLite trigram index of customer names (store.search_index)
    # What opening found for the audit trail (store.audit_guard): key, triggers, anchor.
    audit: Any = None
    # Estimates the search plans with (services.assets: table sizes), read again now and then.
    estimates: dict[str, Any] = field(default_factory=dict)
    # The reads' connections kept between reads (local SQLite; made in __post_init__).
    reads: ReadConnections = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # (a file: an in-memory base's pool gives each thread its own connection)
        self.reads = ReadConnections(self.engine, keep=sqlite_path(self.url) is not None)

    @property
    def audit_key(self) -> bytes | None:
        return getattr(self.audit, "key", None)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.reads.close_all()
        self.engine.dispose()


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(url: str) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(url)).get_current_head()


def _stored_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except Exception:  # no table yet: a new database
        return None


def copy_aside(path: Path, tag: str) -> Path:
    """A consistent copy of a live SQLite file (backup API), next to it, owner-only.

    Written under a temporary name and renamed once complete: a kill midway leaves no
    incomplete copy under the final name (only a ``.partiel`` file, removed by the next copy).
    """
    from .files import owner_only, partial_name, private_file

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.avant-{tag}-{stamp}{path.suffix}")
    partial = partial_name(target)
    for leftover in path.parent.glob(f"{path.stem}.avant-*{path.suffix}{partial.suffix}"):
        leftover.unlink(missing_ok=True)  # a copy interrupted earlier (never complete)
    private_file(partial)
    try:
        src = sqlite3.connect(str(path))
        try:
            dst = sqlite3.connect(str(partial))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    owner_only(target)
    return target


def upgrade(engine: Engine, url: str) -> Path | None:
    """Apply pending migrations; a SQLite file holding data is copied aside first.

    Returns the path of the copy, if one was made.
    """
    stored = _stored_revision(engine)
    if stored is not None and stored == newest_migration_id():
        return None
    from alembic import command

    head = head_revision(url)
    current = current_revision(engine)
    if current == head:
        return None
    copy: Path | None = None
    path = sqlite_path(url)
    if path is not None and path.exists() and path.stat().st_size > 0:
        has_tables = bool(inspect(engine).get_table_names())
        if has_tables:
            copy = copy_aside(path, current or "base")
    cfg = alembic_config(url)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            # Batch migrations copy and drop tables: with foreign keys on, the drop would
            # cascade into child rows. Off for the migration, outside any transaction.
            sqlite_foreign_keys(conn, False)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
        if engine.dialect.name == "sqlite":
            sqlite_foreign_keys(conn, True)
    return copy


def sqlite_foreign_keys(conn: Any, on: bool) -> None:
    """Foreign keys on or off for this SQLite connection. The PRAGMA is a no-op inside a
    transaction, and the "begin" hook above makes SQLAlchemy's transactions real: so it goes
    to the driver's connection directly, outside any transaction."""
    conn.connection.driver_connection.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")


class DatabaseOpenError(SavError):
    """The database cannot be opened: damaged or not a SAV Desktop database (French message)."""


class AuditKeyOpenError(DatabaseOpenError):
    """This station has no audit key for this base, or another one: the administrator enters
    the base's key once (``sav-desktop audit key --set``, or the dialog at start)."""


_SQLITE_HEADER = b"SQLite format 3\x00"


def check_sqlite_file(path: Path) -> None:
    """Refuse, in French, a file that is not a readable SQLite database (nothing is written)."""
    if not path.is_file() or path.stat().st_size == 0:
        return  # a new database
    with path.open("rb") as f:
        header = f.read(100)
    if len(header) < 100 or not header.startswith(_SQLITE_HEADER):
        raise DatabaseOpenError(
            f"le fichier {path} n'est pas une base SAV Desktop ou il est endommagé : "
            "restaurez la dernière sauvegarde (sav-desktop restore) ou choisissez un autre fichier"
        )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(
            f"la base {path} est endommagée et ne peut pas être ouverte ({exc}) : "
            "restaurez la dernière sauvegarde (sav-desktop restore)"
        ) from exc


def open_database(url: str | None = None, *, migrate: bool = True, require_key: bool = True) -> Database:
    """Open (and by default migrate) the database; the audit guard runs (store.audit_guard).

    ``require_key=False``: open even when this station cannot sign the base's audit trail
    (``audit verify`` reports it); otherwise that is refused with a French message.
    """
    url = resolve_url(url)
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path)
    engine = make_engine(url)
    if migrate:
        try:
            upgrade(engine, url)
        except DBAPIError as exc:
            engine.dispose()
            if path is None:
                if getattr(exc.orig, "sqlstate", None) == "42501":  # insufficient privilege
                    raise DatabaseOpenError(
                        "la base PostgreSQL a des migrations à appliquer et le rôle de l'application n'en a "
                        "pas le droit : l'administrateur lance « sav-desktop --database <URL du rôle "
                        "propriétaire> db upgrade » (voir le README, section Sauvegardes)"
                    ) from exc
                raise
            import logging

            logging.getLogger("sav_desktop.db").warning("ouverture de %s impossible : %s", path, exc.orig)
            raise DatabaseOpenError(
                f"la base {path} est endommagée (détail dans le journal) : "
                "restaurez la dernière sauvegarde (sav-desktop restore)"
            ) from exc
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    from . import search_index

    indexed = False
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            indexed = search_index.present(conn)
        if not indexed and migrate:
            # Derived data, like SQLite's statistics: made once, then kept by triggers.
            with engine.begin() as conn:
                search_index.install(conn)
            indexed = True
    db = Database(url=url, engine=engine, session_factory=factory, has_name_index=indexed)
    from . import audit_guard

    try:
        db.audit = audit_guard.guard(db, repair=migrate)
    except BaseException:
        engine.dispose()
        raise
    if require_key and db.audit.key_problem is not None:
        engine.dispose()
        raise AuditKeyOpenError(db.audit.key_problem)
    return db
