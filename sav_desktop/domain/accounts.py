"""Accounts: who may do what (least privilege), the password rule, the lock policy.

Pure rules: hashing lives in services.accounts (argon2), storage in store.models.User.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from .enums import ROLE_LABELS, Role
from .errors import SavError

# Lock after this many failed logins in a row, for this long (issue 7).
MAX_FAILED_LOGINS = 5
LOCK_DURATION = timedelta(minutes=15)
# Idle session lock: the GUI asks the password again after this many minutes (0: never).
IDLE_LOCK_SETTING = "session.idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
MAX_IDLE_LOCK_MINUTES = 24 * 60

PASSWORD_MIN_LENGTH = 10
PASSWORD_MAX_LENGTH = 256
NAME_MAX_LENGTH = 80


class Permission(StrEnum):
    """What a use case needs; each role holds only what its work requires."""

    CHECK_IN = "check_in"  # register devices, rental returns, open tickets
    PRINT_LABELS = "print_labels"
    REPAIR = "repair"  # workshop steps, diagnosis, data wipes
    EDIT_RECORDS = "edit_records"  # customers, contracts, devices
    DELETE = "delete"  # deletions, scrapping
    MANAGE_TARIFFS = "manage_tariffs"
    MANAGE_CATALOGUE = "manage_catalogue"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    RESTORE = "restore"
    # issue 10: every use case needs one (domain.permissions.USE_CASES)
    READ = "read"  # see devices, customers, contracts, tickets, documents
    WIPE = "wipe"  # record a data wipe
    SCRAP = "scrap"  # scrap a device (status SCRAPPED)
    EXPORT = "export"  # export every customer's data, or one customer's (right of access)


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.CHECK_IN: "enregistrer les prises en charge",
    Permission.PRINT_LABELS: "imprimer les étiquettes",
    Permission.REPAIR: "traiter les réparations",
    Permission.EDIT_RECORDS: "modifier les fiches",
    Permission.DELETE: "supprimer",
    Permission.MANAGE_TARIFFS: "modifier les tarifs",
    Permission.MANAGE_CATALOGUE: "modifier le catalogue",
    Permission.MANAGE_USERS: "gérer les comptes",
    Permission.MANAGE_SETTINGS: "modifier les réglages",
    Permission.RESTORE: "restaurer une sauvegarde",
    Permission.READ: "consulter les fiches",
    Permission.WIPE: "enregistrer un effacement des données",
    Permission.SCRAP: "mettre un matériel au rebut",
    Permission.EXPORT: "exporter les données",
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ACCUEIL: frozenset({Permission.READ, Permission.CHECK_IN, Permission.PRINT_LABELS, Permission.EDIT_RECORDS}),
    Role.TECHNICIEN: frozenset(
        {Permission.READ, Permission.CHECK_IN, Permission.PRINT_LABELS, Permission.EDIT_RECORDS, Permission.REPAIR,
         Permission.WIPE}
    ),
    Role.ADMIN: frozenset(Permission),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


class PermissionDeniedError(SavError):
    """The signed-in user's role does not allow this (French message). Nothing was written."""

    def __init__(self, permission: Permission, role: Role | None, user: str = "") -> None:
        self.permission = permission
        self.role = role
        self.user = user
        who = f"le rôle « {ROLE_LABELS[role]} »" if role is not None else "ce compte"
        super().__init__(
            f"action réservée : {who} ne permet pas de {PERMISSION_LABELS[permission]} "
            "(demandez à un administrateur)"
        )


class AuthenticationError(SavError):
    """A login refused: wrong name or password, locked or disabled account (French message)."""


# The table of every use case and the permission it needs (issue 10), and the roles'
# decisions, live in domain.permissions; re-exported here (lazily: it imports Permission).
_FROM_PERMISSIONS = frozenset({"USE_CASES", "UnknownUseCaseError", "permission_for"})


def __getattr__(name: str) -> object:
    if name in _FROM_PERMISSIONS:
        from . import permissions

        return getattr(permissions, name)
    raise AttributeError(name)


def password_problems(password: str, user_name: str = "") -> list[str]:
    """Why a new password is refused (French), empty when it is acceptable.

    Rule: at least 10 characters, with a lower-case letter, an upper-case letter, a digit
    and another character; not containing the account name.
    """
    problems: list[str] = []
    if len(password) < PASSWORD_MIN_LENGTH:
        problems.append(f"au moins {PASSWORD_MIN_LENGTH} caractères")
    if len(password) > PASSWORD_MAX_LENGTH:
        problems.append(f"au plus {PASSWORD_MAX_LENGTH} caractères")
    if not any(c.islower() for c in password):
        problems.append("une minuscule")
    if not any(c.isupper() for c in password):
        problems.append("une majuscule")
    if not any(c.isdigit() for c in password):
        problems.append("un chiffre")
    if not any(not c.isalnum() for c in password):
        problems.append("un caractère spécial (ponctuation, espace…)")
    name = user_name.strip().casefold()
    if len(name) >= 3 and name in password.casefold():
        problems.append("ne pas contenir le nom du compte")
    return problems


def password_rule_message(problems: list[str]) -> str:
    return "mot de passe trop faible : il faut " + ", ".join(problems)


def lock_after_failure(failures: int, now: datetime) -> datetime | None:
    """When the account unlocks after ``failures`` failed logins in a row (None: not locked)."""
    if failures >= MAX_FAILED_LOGINS:
        return now + LOCK_DURATION
    return None


def is_locked(locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is not None and now < locked_until


def parse_idle_minutes(value: str | None) -> int:
    """The idle lock setting as stored (text), bounded; a bad value gives the default."""
    try:
        minutes = int(str(value).strip()) if value is not None else DEFAULT_IDLE_LOCK_MINUTES
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES
    return max(0, min(minutes, MAX_IDLE_LOCK_MINUTES))
