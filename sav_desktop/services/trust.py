"""Trust use cases: audit chain verification, backups and restores."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError

from ..domain.accounts import AuthenticationError, Permission, PermissionDeniedError
from ..domain.enums import Role
from ..domain.errors import SavError
from ..store import audit_guard, audit_key
from ..store.audit_chain import VerifyReport, anchor_problem, missing_triggers, verify_chain
from ..store.audit_state import StateDifference, state_differences
from ..store.backup import (
    BUSY_MESSAGE,
    BackupError,
    BackupInfo,
    backup_accounts,
    backup_sqlite,
    check_backup,
    ensure_no_writer,
    restore_sqlite,
)
from ..store.backup_check import backup_head, backup_problems, write_manifest
from ..store.db import Database, current_revision, open_database, sqlite_path
from ..store.exchange import ExportSummary, export_customer_to, export_to, load, read_export
from . import accounts
from .permissions import use_case
from .uow import UnitOfWork, run, utc_now


def _authorize(db: Database, user_name: str, use_case: str) -> None:
    """The signed-in account must hold ``use_case``'s permission (domain table), read now."""
    with UnitOfWork(db, user_name, utc_now) as uow:
        accounts.authorize(uow, use_case)


def verify_audit(db: Database) -> VerifyReport:
    """Walk the whole audit trail; the report names the first broken link, if any."""
    with db.engine.connect() as conn:
        return verify_chain(conn, db.audit_key)


@dataclass(frozen=True)
class AuditCheck:
    """Everything ``audit verify`` checks (see the README, section Sauvegardes)."""

    chain: VerifyReport
    anchor_problem: str | None  # the base is behind the head kept outside it
    triggers_restored: tuple[str, ...]  # missing at this open, re-created
    triggers_missing: tuple[str, ...]  # missing and not re-created (no right to)
    differences: tuple[StateDifference, ...] | None  # --state: records changed outside the app
    anchored: bool = True  # this station has an anchor for this base

    @property
    def ok(self) -> bool:
        return (self.chain.ok and self.anchor_problem is None and not self.triggers_restored
                and not self.triggers_missing and not self.differences)


def check_audit(db: Database, state: bool = False) -> AuditCheck:
    """The chain with the key, the anchor, the append-only triggers, and (``state``) the records."""
    found = db.audit
    with db.engine.connect() as conn:
        chain = verify_chain(conn, found.key if found is not None else None)
        if found is not None and found.key_problem:
            chain = VerifyReport(chain.checked, chain.broken, chain.keyed_from, chain.forged,
                                 found.key_problem, chain.head)
        kept = audit_key.read_anchor(db.url)
        anchor = anchor_problem(conn, kept)
        missing = tuple(missing_triggers(conn))
        differences = tuple(state_differences(conn)) if state else None
    return AuditCheck(
        chain, anchor,
        tuple(found.triggers_restored) if found is not None else (),
        missing, differences, kept is not None,
    )


# --- The audit key ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditKeySummary:
    key_id: str | None  # the key's public name (never the key)
    where: str  # French: keyring or file


@use_case("settings.audit_key")
def audit_key_summary(uow: UnitOfWork) -> AuditKeySummary:
    """Which audit key this station signs with, and where it keeps it (administrators)."""
    from ..domain.audit_chain import key_id

    accounts.require(uow, Permission.MANAGE_SETTINGS)
    key = uow.db.audit_key
    return AuditKeySummary(key_id(key) if key else None, audit_key.key_location())


@use_case("settings.audit_key")
def reveal_audit_key(uow: UnitOfWork) -> str:
    """The key itself, to copy it to another PostgreSQL station (administrators; audited)."""
    accounts.require(uow, Permission.MANAGE_SETTINGS)
    key = uow.db.audit_key
    if key is None:
        raise SavError("ce poste n'a pas de clé d'audit pour cette base")
    uow.audit("audit", "key", "key_shown", "Clé d'audit affichée (pour la saisir sur un autre poste)")
    return key.hex()


def save_station_audit_key(text: str) -> str:
    """Keep the key an administrator typed on this station (before the base can open); where."""
    return audit_key.save_key(audit_key.parse_key(text))


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
    # The head of the copy's audit trail, signed, next to it: a cut tail is refused at restore.
    write_manifest(info.path, info.revision, backup_head(info.path), db.audit_key)
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


def validate_backup(backup: Path, url: str) -> BackupInfo:
    """Refuse (BackupError, French) a backup the application could not have made: bad file or
    integrity (check_backup), another schema than the migrations make at its revision, an
    audit chain that does not verify with the key, a head that is not its manifest's."""
    from ..store.backup import _known_revision

    info = check_backup(backup)
    if not _known_revision(info.revision, url):
        raise BackupError(
            f"sauvegarde faite par une version plus récente de SAV Desktop (schéma {info.revision}) : "
            "mettez à jour l'application avant de la restaurer"
        )
    problems = backup_problems(backup, info.revision, audit_key.load_key())
    if problems:
        raise BackupError(f"restauration refusée, la base actuelle n'a pas été modifiée — {backup} : "
                          + " ; ".join(problems))
    return info


def restore_requires_password(url: str, backup: Path) -> bool:
    """Whether restoring asks for an administrator's password (the backup is checked first).

    The current database's administrators decide; when it is missing, damaged or has no
    administrator with a password yet, the backup's administrators do; when neither has one,
    there is no account to protect and the restore needs no password.
    """
    validate_backup(backup, url)
    current = _current_database(url)
    if current is not None:
        try:
            with UnitOfWork(current, "", utc_now, write=False) as uow:
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
                    with UnitOfWork(current, user_name, utc_now, write=False) as check:
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
    ensure_no_writer(path)  # another station writing: said in French before anything is done
    validate_backup(backup, url)
    try:
        authorize_restore(url, backup, user_name, password)
    except OperationalError as exc:
        if "locked" in str(exc).lower():
            raise BackupError(BUSY_MESSAGE) from exc
        raise
    aside = restore_sqlite(backup, path, url)
    # The restored base is behind this station's anchor by design: the anchor follows it.
    audit_key.anchor_path(url).unlink(missing_ok=True)
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
    """Every table as CSV + JSON with schema.json (one consistent read), then audited with
    who, where and what (tables and row counts). Administrators only (Permission.EXPORT)."""
    _authorize(db, user_name, "export.all")
    with db.engine.connect() as conn, conn.begin():
        summary = export_to(conn, current_revision(db.engine) or "", out)
    total = sum(summary.rows.values())
    run(db, user_name, lambda u: u.audit(
        "database", "export", "export",
        f"Export complet par {user_name} écrit dans {summary.directory} ({len(summary.rows)} tables, {total} lignes)",
        after={"directory": str(summary.directory), "rows": summary.rows, "exported_by": user_name},
    ))
    return summary


def export_customer(db: Database, customer_id: int, out: Path, user_name: str) -> ExportSummary:
    """One customer's records and timelines (right of access), one consistent read, audited
    with who asked, where and what was written (tables, row counts, files)."""
    _authorize(db, user_name, "export.customer")
    with db.engine.connect() as conn, conn.begin():
        summary = export_customer_to(conn, current_revision(db.engine) or "", out, customer_id)
    total = sum(summary.rows.values())
    run(db, user_name, lambda u: u.audit(
        "customer", customer_id, "export",
        f"Export des données du client (droit d'accès) demandé par {user_name}, "
        f"écrit dans {summary.directory} ({total} lignes)",
        after={"directory": str(summary.directory), "rows": summary.rows, "requested_by": user_name,
               "files": sorted(p.name for p in summary.directory.iterdir())},
    ))
    return summary


def import_target_is_new(db: Database) -> bool:
    """Whether the base holds no business data and no account yet (an import may then run
    without signing in: it is the base's creation)."""
    from ..store.exchange import check_empty

    with db.engine.connect() as conn:
        try:
            check_empty(conn)
        except SavError:
            return False
    return True


def import_database(db: Database, directory: Path) -> dict[str, int]:
    """Load an export into an empty database, all or nothing.

    The imported audit trail is the history; the load itself adds no entry, so that
    export -> import -> export gives identical files.
    """
    data = read_export(directory, current_revision(db.engine) or "")
    with db.engine.begin() as conn:
        counts = load(conn, data, db.audit_key)
    audit_guard.reset_anchor(db)
    return counts
