"""SQLite backups: online and consistent (sqlite3 backup API), checked, and restored safely.

PostgreSQL is backed up with its own tools (README: ``pg_dump -Fc`` / ``pg_restore``).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from ..domain.errors import SavError
from .db import alembic_config, copy_aside
from .files import owner_only, partial_name, private_file

SQLITE_HEADER = b"SQLite format 3\x00"
# How long a restore waits for another station's write transaction to end before saying so.
RESTORE_BUSY_MS = 10_000
BUSY_MESSAGE = (
    "une autre station enregistre en ce moment dans la base : restauration impossible pour l'instant, "
    "réessayez dans un moment (la base actuelle n'a pas changé)"
)
REQUIRED_TABLES = ("alembic_version", "audit_log")


class BackupError(SavError):
    """A backup that cannot be made, read or restored (French message). Nothing was changed."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str
    size: int


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def _connect_readonly(path: Path) -> sqlite3.Connection:
    # immutable: never writes next to the file (no journal, no -shm), never waits on locks.
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, isolation_level=None)


def check_backup(path: Path) -> BackupInfo:
    """Refuse anything that is not a complete, sound SAV Desktop backup; return its revision."""
    if not path.is_file():
        raise BackupError(f"sauvegarde introuvable : {path}")
    size = path.stat().st_size
    with path.open("rb") as f:
        header = f.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise BackupError(f"{path} n'est pas une sauvegarde SAV Desktop (fichier SQLite attendu)")
    try:
        conn = _connect_readonly(path)
        try:
            page_size, = conn.execute("PRAGMA page_size").fetchone()
            page_count, = conn.execute("PRAGMA page_count").fetchone()
            if size < page_size * page_count:
                raise BackupError(f"sauvegarde tronquée : {path} ({size} octets sur {page_size * page_count} attendus)")
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
            if problems != ["ok"]:
                raise BackupError(f"sauvegarde endommagée : {path} ({'; '.join(problems)})")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = [t for t in REQUIRED_TABLES if t not in tables]
            if missing:
                raise BackupError(f"{path} n'est pas une sauvegarde SAV Desktop (tables absentes : {', '.join(missing)})")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"sauvegarde illisible ou endommagée : {path} ({exc})") from exc
    if row is None:
        raise BackupError(f"{path} n'est pas une sauvegarde SAV Desktop (version du schéma absente)")
    return BackupInfo(path, str(row[0]), size)


def _is_busy(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def ensure_no_writer(target: Path) -> None:
    """BackupError (French) when another station holds a write transaction on the base (it is
    waited for RESTORE_BUSY_MS first); nothing is written."""
    if not target.is_file() or target.stat().st_size == 0:
        return
    conn = sqlite3.connect(str(target), timeout=RESTORE_BUSY_MS / 1000, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(RESTORE_BUSY_MS)}")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):
            raise BackupError(BUSY_MESSAGE) from exc
        raise BackupError(f"base actuelle illisible : {target} ; restauration non faite") from exc
    finally:
        conn.close()


def _known_revision(revision: str, url: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config(url)).get_revision(revision) is not None
    except CommandError:
        return False


def backup_sqlite(source: Path, out: Path) -> BackupInfo:
    """Copy the live database into ``out`` (written aside, checked, then renamed into place)."""
    if not source.is_file():
        raise BackupError(f"base de données introuvable : {source}")
    out = out.resolve()
    if out == source.resolve():
        raise BackupError("la sauvegarde ne peut pas remplacer la base elle-même")
    if not out.parent.is_dir():
        raise BackupError(f"dossier de destination introuvable : {out.parent}")
    partial = partial_name(out)
    partial.unlink(missing_ok=True)
    private_file(partial)  # owner-only from the first byte
    try:
        src = _connect(source)
        try:
            dst = sqlite3.connect(str(partial), isolation_level=None)
            try:
                src.backup(dst)  # one step: a consistent snapshot, even while stations write
                dst.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        info = check_backup(partial)
        os.replace(partial, out)
        owner_only(out)
    except sqlite3.Error as exc:
        raise BackupError(f"sauvegarde impossible : {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return BackupInfo(out, info.revision, info.size)


def restore_sqlite(backup: Path, target: Path, url: str) -> Path | None:
    """Replace the database at ``target`` with ``backup``; the current one is copied aside first.

    Returns the path of that copy (None when there was no database). The backup is fully
    checked before anything is touched.
    """
    info = check_backup(backup)
    if not _known_revision(info.revision, url):
        raise BackupError(
            f"sauvegarde faite par une version plus récente de SAV Desktop (schéma {info.revision}) : "
            "mettez à jour l'application avant de la restaurer"
        )
    ensure_no_writer(target)
    aside: Path | None = None
    if target.is_file() and target.stat().st_size > 0:
        try:
            aside = copy_aside(target, "restauration")
        except sqlite3.Error as exc:
            raise BackupError(BUSY_MESSAGE if _is_busy(exc) else
                              "copie de la base actuelle impossible : restauration non faite") from exc
    else:
        for suffix in ("-wal", "-shm"):  # leftovers of a deleted database
            Path(str(target) + suffix).unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    private_file(target)
    try:
        src = _connect_readonly(backup)
        try:
            dst = _connect(target)
            try:
                src.backup(dst)  # one step: the other stations see the old or the new database
                problems = [r[0] for r in dst.execute("PRAGMA integrity_check(5)")]
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        reason = BUSY_MESSAGE if _is_busy(exc) else f"restauration impossible : {exc}"
        raise BackupError(reason + (f" (base précédente conservée : {aside})" if aside else "")) from exc
    if problems != ["ok"]:
        raise BackupError(f"base restaurée endommagée ({'; '.join(problems)}) ; base précédente : {aside}")
    return aside


def backup_accounts(path: Path) -> list[tuple[str, str, bool, str | None]]:
    """(name, role, active, password hash) of the accounts a checked backup holds; an older
    backup, from before passwords, gives no hash."""
    conn = _connect_readonly(path)
    try:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(users)")}
        if "password_hash" not in columns:
            return [(str(n), str(r), bool(a), None) for n, r, a in conn.execute("SELECT name, role, active FROM users")]
        return [(str(n), str(r), bool(a), h) for n, r, a, h in
                conn.execute("SELECT name, role, active, password_hash FROM users")]
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"sauvegarde illisible : {path} ({exc})") from exc
    finally:
        conn.close()
