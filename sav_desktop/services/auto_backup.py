"""Automatic daily backup of the SQLite database, with rotation (settings: folder, count).

Done at GUI start (in a worker) when the newest automatic backup is older than a day, or by
``sav-desktop backup --auto``. Each new backup is integrity-checked (store.backup), and so are
the kept ones at each rotation: a damaged one is renamed ``.endommagee`` and no longer counts.
Skipped on PostgreSQL (pg_dump, see the README) and when $SAV_NO_AUTO_BACKUP is set (tests).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from ..domain.errors import ValidationError
from ..store.backup import BackupError, BackupInfo, check_backup
from ..store.backup_check import manifest_path
from ..store.db import Database, default_data_dir, sqlite_path
from ..store.files import private_dir
from . import accounts
from .trust import backup_database
from .uow import UnitOfWork, utc_now
from .permissions import use_case

NO_AUTO_ENV = "SAV_NO_AUTO_BACKUP"
FOLDER_SETTING = "backup.folder"
COUNT_SETTING = "backup.count"
DEFAULT_COUNT = 7
MAX_COUNT = 365
EVERY = timedelta(days=1)
PREFIX = "sav-desktop-auto-"
SUFFIX = ".sqlite3"
DAMAGED_SUFFIX = ".endommagee"
_NAME = re.compile(re.escape(PREFIX) + r"(\d{8}-\d{6})" + re.escape(SUFFIX) + "$")


def default_folder() -> Path:
    """A folder the desk can see and find: "Documents/SAV Desktop/Sauvegardes", not the
    hidden application-data folder (the settings show it; an administrator should point it
    to another disk or a network share)."""
    from platformdirs import user_documents_dir

    return Path(user_documents_dir()) / "SAV Desktop" / "Sauvegardes"


@dataclass(frozen=True)
class AutoBackupSettings:
    folder: Path
    count: int


@dataclass
class AutoBackupResult:
    info: BackupInfo | None = None
    removed: list[Path] = field(default_factory=list)
    damaged: list[Path] = field(default_factory=list)
    skipped: str = ""  # French reason when nothing was done

    @property
    def message(self) -> str:
        if self.info is None:
            return self.skipped
        text = f"Sauvegarde automatique vérifiée : {self.info.path}"
        if self.damaged:
            text += f" ; sauvegardes endommagées écartées : {', '.join(p.name for p in self.damaged)}"
        return text


def _parse_count(value: str | None) -> int:
    try:
        count = int(value) if value is not None else DEFAULT_COUNT
    except ValueError:
        return DEFAULT_COUNT
    return max(1, min(count, MAX_COUNT))


def read_settings(uow: UnitOfWork) -> AutoBackupSettings:
    folder = accounts.get_setting(uow, FOLDER_SETTING)
    return AutoBackupSettings(Path(folder) if folder else default_folder(),
                              _parse_count(accounts.get_setting(uow, COUNT_SETTING)))


@use_case("settings.update")
def set_settings(uow: UnitOfWork, folder: Path | None, count: int) -> None:
    """Administrators only (MANAGE_SETTINGS); folder None: the default one."""
    if not 1 <= count <= MAX_COUNT:
        raise ValidationError.single("sauvegarde.nombre", f"nombre de sauvegardes gardées : de 1 à {MAX_COUNT}")
    if folder is not None and not folder.is_absolute():
        raise ValidationError.single("sauvegarde.dossier", "chemin complet du dossier attendu")
    accounts.set_setting(uow, FOLDER_SETTING, str(folder) if folder else "",
                         f"Dossier des sauvegardes automatiques : {folder or default_folder()}")
    accounts.set_setting(uow, COUNT_SETTING, str(count), f"Sauvegardes automatiques gardées : {count}")


def backups_in(folder: Path) -> list[tuple[datetime, Path]]:
    """The automatic backups in the folder, newest first (date from the file name, UTC)."""
    found = []
    if folder.is_dir():
        for p in folder.iterdir():
            m = _NAME.match(p.name)
            if m and p.is_file():
                found.append((datetime.strptime(m.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=timezone.utc), p))
    return sorted(found, reverse=True)


def _skip_reason(db: Database) -> str:
    if os.environ.get(NO_AUTO_ENV):
        return f"sauvegarde automatique désactivée (${NO_AUTO_ENV})"
    if sqlite_path(db.url) is None:
        return "sauvegarde automatique : base PostgreSQL, sauvegardée par pg_dump (voir le README)"
    return ""


def is_due(db: Database, now: datetime | None = None) -> bool:
    """Whether the automatic backup should run now (SQLite, not disabled, last one > 1 day old)."""
    if _skip_reason(db):
        return False
    now = now or utc_now()
    with UnitOfWork(db, "", utc_now, write=False) as uow:
        settings = read_settings(uow)
    found = backups_in(settings.folder)
    return not found or now - found[0][0] >= EVERY


def rotate(folder: Path, count: int) -> tuple[list[Path], list[Path]]:
    """Keep the ``count`` newest sound backups; check each, set damaged ones aside.
    Returns (removed, damaged)."""
    removed: list[Path] = []
    damaged: list[Path] = []
    kept = 0
    for _at, path in backups_in(folder):
        try:
            check_backup(path)
        except BackupError:
            aside = path.with_name(path.name + DAMAGED_SUFFIX)
            os.replace(path, aside)
            damaged.append(aside)
            continue
        if kept < count:
            kept += 1
        else:
            path.unlink()
            manifest_path(path).unlink(missing_ok=True)  # its signed head goes with it
            removed.append(path)
    return removed, damaged


def run_auto_backup(db: Database, user_name: str, now: datetime | None = None, *, force: bool = False) -> AutoBackupResult:
    """Make today's automatic backup if due (or ``force``), then rotate. BackupError (French)
    when it cannot be made; nothing else is changed then."""
    reason = _skip_reason(db)
    if reason:
        return AutoBackupResult(skipped=reason)
    now = now or utc_now()
    if not force and not is_due(db, now):
        return AutoBackupResult(skipped="sauvegarde automatique déjà faite depuis moins d'un jour")
    with UnitOfWork(db, user_name, utc_now, write=False) as uow:
        settings = read_settings(uow)
    try:
        private_dir(settings.folder)  # owner-only when the app creates it
    except OSError as exc:
        raise BackupError(f"dossier des sauvegardes inutilisable : {settings.folder} ({exc.strerror})") from exc
    out = settings.folder / f"{PREFIX}{now.astimezone(timezone.utc):%Y%m%d-%H%M%S}{SUFFIX}"
    info = backup_database(db, out, user_name)
    removed, damaged = rotate(settings.folder, settings.count)
    return AutoBackupResult(info, removed, damaged)
