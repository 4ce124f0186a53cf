"""Trust use cases: audit chain verification, backups and restores."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..store.audit_chain import VerifyReport, verify_chain
from ..store.backup import BackupError, BackupInfo, backup_sqlite, restore_sqlite
from ..store.db import Database, current_revision, open_database, sqlite_path
from ..store.exchange import ExportSummary, export_to, load, read_export
from .uow import run


def verify_audit(db: Database) -> VerifyReport:
    """Walk the whole audit trail; the report names the first broken link, if any."""
    with db.engine.connect() as conn:
        return verify_chain(conn)


# --- Backups -------------------------------------------------------------------------------

PG_BACKUP_HINT = (
    "base PostgreSQL : sauvegardez-la avec pg_dump -Fc et restaurez-la avec pg_restore "
    "(voir le README, section Sauvegardes)"
)


def backup_database(db: Database, out: Path, user_name: str) -> BackupInfo:
    """An online, checked copy of the SQLite database; the backup is recorded in the audit trail."""
    path = sqlite_path(db.url)
    if path is None:
        raise BackupError(PG_BACKUP_HINT)
    info = backup_sqlite(path, out)
    run(db, user_name, lambda u: u.audit(
        "database", "sqlite", "backup", f"Sauvegarde créée : {info.path}",
        after={"file": str(info.path), "size": info.size, "revision": info.revision},
    ))
    return info


@dataclass(frozen=True)
class RestoreResult:
    backup: Path
    aside: Path | None
    revision: str


def restore_database(url: str, backup: Path, user_name: str) -> RestoreResult:
    """Replace the SQLite database by a backup (checked first; the current base kept aside),
    bring it to the current schema and record the restore in its audit trail."""
    path = sqlite_path(url)
    if path is None:
        raise BackupError(PG_BACKUP_HINT)
    aside = restore_sqlite(backup, path, url)
    db = open_database(url)  # applies the migrations a backup from an older version lacks
    try:
        revision = current_revision(db.engine) or ""
        run(db, user_name, lambda u: u.audit(
            "database", "sqlite", "restore",
            f"Base restaurée depuis {backup}" + (f" ; base précédente conservée : {aside}" if aside else ""),
            after={"file": str(backup), "aside": str(aside) if aside else None},
        ))
    finally:
        db.dispose()
    return RestoreResult(backup, aside, revision)


# --- Export and import ---------------------------------------------------------------------


def export_database(db: Database, out: Path, user_name: str) -> ExportSummary:
    """Every table as CSV + JSON with schema.json (one consistent read), then audited."""
    with db.engine.connect() as conn, conn.begin():
        summary = export_to(conn, current_revision(db.engine) or "", out)
    total = sum(summary.rows.values())
    run(db, user_name, lambda u: u.audit(
        "database", "export", "export", f"Export complet écrit dans {summary.directory} ({total} lignes)",
        after={"directory": str(summary.directory), "rows": summary.rows},
    ))
    return summary


def import_database(db: Database, directory: Path) -> dict[str, int]:
    """Load an export into an empty database, all or nothing.

    The imported audit trail is the history; the load itself adds no entry, so that
    export -> import -> export gives identical files.
    """
    data = read_export(directory, current_revision(db.engine) or "")
    with db.engine.begin() as conn:
        return load(conn, data)
