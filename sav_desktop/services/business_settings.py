"""Business settings shared by every desk station, in one place for the administration page:
the desk phone printed on labels, Alsace-Moselle holidays (R-01 *setting*), the idle lock,
the automatic backup folder and count.

Stored in the ``settings`` table through ``accounts.set_setting`` (MANAGE_SETTINGS, each
change audited with its before/after). ``save_settings`` checks every field first and
writes only what changed, in the caller's single transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.accounts import IDLE_LOCK_SETTING, MAX_IDLE_LOCK_MINUTES, Permission
from ..domain.errors import Collector, ValidationError
from ..domain.identifiers import validate_phone
from ..domain.validators import clean_text_into
from . import accounts, auto_backup
from .accounts import require
from .labels import DESK_PHONE_KEY, desk_phone
from .calendar_settings import ALSACE_MOSELLE_SETTING, alsace_moselle
from .uow import UnitOfWork
from .permissions import use_case

__all__ = ["ALSACE_MOSELLE_SETTING", "BusinessSettings", "alsace_moselle", "read_settings", "save_settings"]


@dataclass(frozen=True)
class BusinessSettings:
    desk_phone: str  # "" : no phone on labels
    alsace_moselle: bool
    idle_lock_minutes: int  # 0: never
    backup_folder: str  # "" : the default folder
    backup_count: int
    default_backup_folder: str  # shown as the placeholder


@use_case("settings.read")
def read_settings(uow: UnitOfWork) -> BusinessSettings:
    backup = auto_backup.read_settings(uow)
    configured = accounts.get_setting(uow, auto_backup.FOLDER_SETTING) or ""
    return BusinessSettings(
        desk_phone=desk_phone(uow),
        alsace_moselle=alsace_moselle(uow),
        idle_lock_minutes=accounts.idle_lock_minutes(uow),
        backup_folder=configured,
        backup_count=backup.count,
        default_backup_folder=str(auto_backup.default_folder()),
    )


@use_case("settings.update")
def set_desk_phone(uow: UnitOfWork, phone: str) -> str:
    """The desk's number (printed on labels), normalised; empty: no number."""
    text = (phone or "").strip()
    value = validate_phone(text, "telephone_sav") if text else ""
    accounts.set_setting(uow, DESK_PHONE_KEY, value,
                         f"Téléphone du SAV : {value}" if value else "Téléphone du SAV effacé")
    return value


@use_case("settings.update")
def set_alsace_moselle(uow: UnitOfWork, on: bool) -> None:
    accounts.set_setting(uow, ALSACE_MOSELLE_SETTING, "1" if on else "0",
                         "Jours fériés d'Alsace-Moselle pris en compte" if on
                         else "Jours fériés d'Alsace-Moselle non pris en compte (métropole)")


@use_case("settings.update")
def save_settings(
    uow: UnitOfWork,
    *,
    desk_phone: str,
    alsace_moselle: bool,
    idle_lock_minutes: int,
    backup_folder: str,
    backup_count: int,
    expected: BusinessSettings | None = None,
) -> BusinessSettings:
    """Every field checked first (all problems at once, fields ``telephone_sav``,
    ``verrouillage``, ``sauvegarde.dossier``, ``sauvegarde.nombre``); then only what changed
    is written, each change audited. Returns the settings as saved.

    ``expected``: the settings as the form loaded them. Only the fields the user changed
    are written (another administrator's change to another field is kept), and a field that
    both changed is refused (ConflictError naming who changed it and when): never a silent
    overwrite."""
    require(uow, Permission.MANAGE_SETTINGS)
    col = Collector()
    phone = clean_text_into(col, desk_phone, "telephone_sav", max_length=DESK_PHONE_MAX)
    if phone:
        try:
            phone = validate_phone(phone, "telephone_sav")
        except ValidationError as exc:
            col.problems.extend(exc.problems)
    if isinstance(idle_lock_minutes, bool) or not isinstance(idle_lock_minutes, int) \
            or not 0 <= idle_lock_minutes <= MAX_IDLE_LOCK_MINUTES:
        col.add("verrouillage", f"durée d'inactivité hors limites (0 à {MAX_IDLE_LOCK_MINUTES} minutes)")
    folder_text = clean_text_into(col, backup_folder, "sauvegarde.dossier", max_length=BACKUP_FOLDER_MAX)
    folder = Path(folder_text).expanduser() if folder_text else None
    if folder is not None and not folder.is_absolute():
        col.add("sauvegarde.dossier", "chemin complet du dossier attendu (ex. D:\\Sauvegardes\\SAV)")
    if isinstance(backup_count, bool) or not isinstance(backup_count, int) \
            or not 1 <= backup_count <= auto_backup.MAX_COUNT:
        col.add("sauvegarde.nombre", f"nombre de sauvegardes gardées : de 1 à {auto_backup.MAX_COUNT}")
    col.check()
    uow.serialize()  # PostgreSQL: no other administrator's save between this read and the writes
    current = read_settings(uow)
    wanted: dict[str, Any] = {
        "desk_phone": phone, "alsace_moselle": alsace_moselle, "idle_lock_minutes": idle_lock_minutes,
        "backup_folder": str(folder or ""), "backup_count": backup_count,
    }
    if expected is not None:
        loaded = {name: getattr(expected, name) for name in wanted}
        for name, value in wanted.items():
            stored = getattr(current, name)
            if value == loaded[name]:
                wanted[name] = stored  # not changed in this form: keep what is stored now
            elif stored != loaded[name]:  # changed here and by someone else meanwhile
                raise uow.conflict("Le réglage", _SETTING_LABELS[name], "setting", _SETTING_KEYS[name])
    if wanted["desk_phone"] != current.desk_phone:
        set_desk_phone(uow, str(wanted["desk_phone"]))
    if wanted["alsace_moselle"] != current.alsace_moselle:
        set_alsace_moselle(uow, bool(wanted["alsace_moselle"]))
    if wanted["idle_lock_minutes"] != current.idle_lock_minutes:
        accounts.set_idle_lock_minutes(uow, int(wanted["idle_lock_minutes"]))
    if wanted["backup_folder"] != current.backup_folder or wanted["backup_count"] != current.backup_count:
        chosen = str(wanted["backup_folder"])
        auto_backup.set_settings(uow, Path(chosen) if chosen else None, int(wanted["backup_count"]))
    return read_settings(uow)


#: The lengths the settings form allows (its widgets' maxLength).
DESK_PHONE_MAX = 30
BACKUP_FOLDER_MAX = 1000

_SETTING_LABELS = {
    "desk_phone": "« téléphone du SAV »", "alsace_moselle": "« calendrier d'Alsace-Moselle »",
    "idle_lock_minutes": "« verrouillage après inactivité »", "backup_folder": "« dossier des sauvegardes »",
    "backup_count": "« sauvegardes gardées »",
}
_SETTING_KEYS = {
    "desk_phone": DESK_PHONE_KEY, "alsace_moselle": ALSACE_MOSELLE_SETTING,
    "idle_lock_minutes": IDLE_LOCK_SETTING, "backup_folder": auto_backup.FOLDER_SETTING,
    "backup_count": auto_backup.COUNT_SETTING,
}
