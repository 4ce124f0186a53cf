"""Trust use cases: audit chain verification, backups and restores."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from ..domain.accounts import AuthenticationError, Permission, PermissionDeniedError
from ..domain.enums import Role
from ..domain.errors import SavError
from ..store.audit_chain import VerifyReport, verify_chain
from ..store.backup import BackupError, BackupInfo, backup_accounts, backup_sqlite, check_backup, restore_sqlite
from ..store.db import Database, current_revision, open_database, sqlite_path
from ..store.exchange import ExportSummary, export_customer_to, export_to, load, read_export
from . import accounts
from .uow import UnitOfWork, run, utc_now


def _authorize(db: Database, user_name: str, use_case: str) -> None:
    """The signed-in account must hold ``use_case``'s permission (domain table), read now."""
    with UnitOfWork(db, user_name, utc_now) as uow:
        accounts.authorize(uow, use_case)


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
    _authorize(db, user_name, "backup.create")
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


def _current_database(url: str) -> Database | None:
    """The database a restore would replace, when it exists and opens (None otherwise)."""
    path = sqlite_path(url)
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        return open_database(url)
    except (SavError, DBAPIError):
        return None  # damaged: the very reason for restoring


def restore_requires_password(url: str, backup: Path) -> bool:
    """Whether restoring asks for an administrator's password (the backup is checked first).

    The current database's administrators decide; when it is missing, damaged or has no
    administrator with a password yet, the backup's administrators do; when neither has one,
    there is no account to protect and the restore needs no password.
    """
    check_backup(backup)
    current = _current_database(url)
    if current is not None:
        try:
            with UnitOfWork(current, "", utc_now) as uow:
                if not accounts.needs_first_admin(uow):
                    return True
        finally:
            current.dispose()
    return any(r == Role.ADMIN.value and a and h for _n, r, a, h in backup_accounts(backup))


def authorize_restore(url: str, backup: Path, user_name: str, password: str | None) -> None:
    """PermissionDeniedError / AuthenticationError (French) unless an administrator restores."""
    check_backup(backup)
    current = _current_database(url)
    if current is not None:
        try:
            with UnitOfWork(current, user_name, utc_now) as uow:
                if not accounts.needs_first_admin(uow):
                    if password is None:
                        raise AuthenticationError("restauration réservée à un administrateur : mot de passe requis")
                    accounts.login_or_raise(uow, user_name, password)
                    with UnitOfWork(current, user_name, utc_now) as check:
                        accounts.require(check, Permission.RESTORE)
                    return
        finally:
            current.dispose()
    admins = {n: h for n, r, a, h in backup_accounts(backup) if r == Role.ADMIN.value and a and h}
    if not admins:
        return  # no administrator anywhere yet: nothing to protect
    if user_name not in admins:
        raise PermissionDeniedError(Permission.RESTORE, None, user_name)
    if password is None or not accounts.verify_hash(admins[user_name], password):
        raise AuthenticationError("mot de passe incorrect (compte administrateur de la sauvegarde)")


def restore_database(url: str, backup: Path, user_name: str, password: str | None = None) -> RestoreResult:
    """Replace the SQLite database by a backup (checked first; the current base kept aside),
    bring it to the current schema and record the restore in its audit trail.

    Administrators only (authorize_restore): the password is needed once accounts have one.
    """
    path = sqlite_path(url)
    if path is None:
        raise BackupError(PG_BACKUP_HINT)
    authorize_restore(url, backup, user_name, password)
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
    _authorize(db, user_name, "export.all")
    with db.engine.connect() as conn, conn.begin():
        summary = export_to(conn, current_revision(db.engine) or "", out)
    total = sum(summary.rows.values())
    run(db, user_name, lambda u: u.audit(
        "database", "export", "export", f"Export complet écrit dans {summary.directory} ({total} lignes)",
        after={"directory": str(summary.directory), "rows": summary.rows},
    ))
    return summary


def export_customer(db: Database, customer_id: int, out: Path, user_name: str) -> ExportSummary:
    """One customer's records and timelines (right of access), one consistent read, audited."""
    _authorize(db, user_name, "export.customer")
    with db.engine.connect() as conn, conn.begin():
        summary = export_customer_to(conn, current_revision(db.engine) or "", out, customer_id)
    total = sum(summary.rows.values())
    run(db, user_name, lambda u: u.audit(
        "customer", customer_id, "export",
        f"Export des données du client (droit d'accès) écrit dans {summary.directory} ({total} lignes)",
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
