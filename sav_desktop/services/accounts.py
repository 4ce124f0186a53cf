"""Accounts: first administrator, login (argon2, lock after failures), user management.

Permissions are checked here, in the services, from the acting user's role as stored
(``require``): the GUI hiding a button is a convenience, not the protection.
Every account event is audited: creation, role change, disabling, password reset,
failed login, lock.
"""

from __future__ import annotations

import functools

from dataclasses import dataclass
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from ..domain.accounts import (
    IDLE_LOCK_SETTING,
    MAX_FAILED_LOGINS,
    NAME_MAX_LENGTH,
    AuthenticationError,
    Permission,
    PermissionDeniedError,
    allows,
    is_locked,
    lock_after_failure,
    parse_idle_minutes,
    password_problems,
    password_rule_message,
)
from ..domain.permissions import permission_for
from ..domain.enums import ROLE_LABELS, Role
from ..domain.errors import NotFoundError, ValidationError
from ..store.models import Setting, User
from .permissions import use_case
from .uow import UnitOfWork

_hasher = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """Verified against when the name is unknown, so that a wrong name costs as long as a
    wrong password. Made on first use: hashing is slow by design, start-up must not pay it."""
    return _hasher.hash("compte inconnu")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_hash(password_hash: str, password: str) -> bool:
    try:
        return bool(_hasher.verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def _aware(value: datetime | None) -> datetime | None:
    """SQLite gives datetimes back without their zone: the application stores UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


def clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError.single("utilisateur", "nom du compte obligatoire")
    if len(name) > NAME_MAX_LENGTH:
        raise ValidationError.single("utilisateur", f"nom du compte trop long ({NAME_MAX_LENGTH} caractères au plus)")
    return name


def check_password(password: str, user_name: str) -> None:
    problems = password_problems(password, user_name)
    if problems:
        raise ValidationError.single("mot_de_passe", password_rule_message(problems))


def _find(uow: UnitOfWork, name: str) -> User | None:
    return uow.session.scalar(select(User).where(User.name == name))


def _get(uow: UnitOfWork, name: str) -> User:
    user = _find(uow, name)
    if user is None:
        raise NotFoundError("Compte", name)
    return user


# --- permissions ---------------------------------------------------------------------------


def role_of(uow: UnitOfWork, name: str) -> Role | None:
    """The stored role of an active account (None: no such active account)."""
    user = _find(uow, name)
    if user is None or not user.active:
        return None
    return Role(user.role)


def require(uow: UnitOfWork, permission: Permission) -> Role:
    """The acting user's role, read again from the database each time, or a French refusal:
    AuthenticationError for a disabled or locked account (an open session stops working at
    its next call), PermissionDeniedError for an unknown account or a role without it."""
    user = _find(uow, uow.user_name) if uow.user_name else None
    if user is None:
        raise PermissionDeniedError(permission, None, uow.user_name)
    if not user.active:
        raise AuthenticationError(f"compte désactivé ({user.name}) : adressez-vous à un administrateur")
    locked_until = _aware(user.locked_until)
    if is_locked(locked_until, uow.now()):
        assert locked_until is not None
        raise AuthenticationError(_locked_message(locked_until))
    role = Role(user.role)
    if not allows(role, permission):
        raise PermissionDeniedError(permission, role, uow.user_name)
    return role


def session_role(uow: UnitOfWork) -> Role:
    """The role of the account a session opens for (``uow.user_name``): AuthenticationError
    (French) when it is unknown, disabled or locked. Opening a session never creates one."""
    if not uow.user_name or _find(uow, uow.user_name) is None:
        raise AuthenticationError(f"compte inconnu « {uow.user_name} » : connectez-vous avec un compte existant")
    return require(uow, Permission.READ)


def authorize(uow: UnitOfWork, use_case: str) -> Role:
    """``require`` the permission the domain table gives ``use_case`` (domain.permissions)."""
    return require(uow, permission_for(use_case))


# --- first start ---------------------------------------------------------------------------


def needs_first_admin(uow: UnitOfWork) -> bool:
    """True while no active administrator has a password: the first start must create one."""
    count = uow.session.scalar(
        select(func.count(User.id)).where(
            User.role == Role.ADMIN.value, User.active.is_(True), User.password_hash.is_not(None)
        )
    )
    return not count


def create_first_admin(uow: UnitOfWork, name: str, password: str) -> None:
    """The first start: the administrator account (an existing account without password,
    from before accounts had passwords, becomes that administrator)."""
    name = clean_name(name)
    if not needs_first_admin(uow):
        raise PermissionDeniedError(Permission.MANAGE_USERS, None, name)
    check_password(password, name)
    user = _find(uow, name)
    if user is None:
        user = User(name=name, role=Role.ADMIN.value, active=True, created_at=uow.now(), failed_logins=0)
        uow.session.add(user)
        before = None
    else:
        before = {"role": user.role, "active": user.active}
        user.role, user.active, user.failed_logins, user.locked_until = Role.ADMIN.value, True, 0, None
    user.password_hash = hash_password(password)
    uow.flush()
    uow.audit("user", name, "create_admin", f"Premier démarrage : compte administrateur créé pour {name}",
              before=before, after={"role": Role.ADMIN.value, "active": True})


# --- login ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoginOutcome:
    """The result of one login attempt; the caller commits (failures count too), then raises."""

    role: Role | None
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.role is not None


_WRONG = "nom de compte ou mot de passe incorrect"


def authenticate(uow: UnitOfWork, name: str, password: str) -> LoginOutcome:
    """Check a name and password. Failed attempts are counted and audited; the account locks
    for a while after MAX_FAILED_LOGINS in a row. A success resets the count (and rehashes
    the password when the argon2 parameters have changed)."""
    name = " ".join((name or "").split())[:NAME_MAX_LENGTH]
    now = uow.now()
    user = _find(uow, name) if name else None
    if user is None or user.password_hash is None:
        try:
            _hasher.verify(_dummy_hash(), password)
        except VerificationError:
            pass
        if user is not None:
            return LoginOutcome(None, f"le compte {name} n'a pas encore de mot de passe : "
                                      "demandez à un administrateur de le définir")
        if name:
            uow.audit("user", name[:40], "login_failed", f"Connexion refusée : compte inconnu « {name} »")
        return LoginOutcome(None, _WRONG)
    if not user.active:
        uow.audit("user", name, "login_refused", f"Connexion refusée : compte désactivé ({name})")
        return LoginOutcome(None, "compte désactivé : adressez-vous à un administrateur")
    locked_until = _aware(user.locked_until)
    if is_locked(locked_until, now):
        assert locked_until is not None
        uow.audit("user", name, "login_refused", f"Connexion refusée : compte verrouillé ({name})")
        return LoginOutcome(None, _locked_message(locked_until))
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_logins = (0 if locked_until is not None else user.failed_logins or 0) + 1
        user.locked_until = lock_after_failure(user.failed_logins, now)
        uow.audit("user", name, "login_failed",
                  f"Mot de passe incorrect pour {name} ({user.failed_logins} échec(s) de suite)",
                  after={"failed_logins": user.failed_logins})
        if user.locked_until is not None:
            uow.audit("user", name, "lock",
                      f"Compte {name} verrouillé après {MAX_FAILED_LOGINS} échecs de connexion",
                      after={"locked_until": user.locked_until})
            return LoginOutcome(None, _locked_message(user.locked_until))
        return LoginOutcome(None, _WRONG)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.failed_logins, user.locked_until, user.last_login_at = 0, None, now
    uow.flush()
    return LoginOutcome(Role(user.role))


def _locked_message(until: datetime) -> str:
    local = until.astimezone()
    return (f"compte verrouillé après {MAX_FAILED_LOGINS} échecs de connexion, "
            f"jusqu'à {local:%H:%M} (ou déverrouillé par un administrateur)")


def login_or_raise(uow: UnitOfWork, name: str, password: str) -> Role:
    """authenticate() then commit, whatever the outcome; AuthenticationError on a refusal."""
    outcome = authenticate(uow, name, password)
    uow.commit()
    if outcome.role is None:
        raise AuthenticationError(outcome.message)
    return outcome.role


# --- user management (administrators) ------------------------------------------------------


@dataclass(frozen=True)
class UserView:
    name: str
    role: Role
    active: bool
    has_password: bool
    locked: bool
    failed_logins: int
    last_login_at: datetime | None

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]


@use_case("account.list")
def list_users(uow: UnitOfWork) -> list[UserView]:
    require(uow, Permission.MANAGE_USERS)
    now = uow.now()
    return [
        UserView(u.name, Role(u.role), bool(u.active), u.password_hash is not None,
                 is_locked(_aware(u.locked_until), now), int(u.failed_logins or 0), _aware(u.last_login_at))
        for u in uow.session.scalars(select(User).order_by(User.name))
    ]


@use_case("account.add")
def add_user(uow: UnitOfWork, name: str, role: Role, password: str) -> None:
    require(uow, Permission.MANAGE_USERS)
    name = clean_name(name)
    check_password(password, name)
    if _find(uow, name) is not None:
        raise ValidationError.single("utilisateur", f"un compte nommé {name} existe déjà")
    uow.session.add(User(name=name, role=role.value, active=True, created_at=uow.now(),
                         password_hash=hash_password(password), failed_logins=0))
    uow.flush()
    uow.audit("user", name, "create", f"Compte créé : {name} ({ROLE_LABELS[role]})", after={"role": role.value})


def _active_admins(uow: UnitOfWork) -> int:
    return int(uow.session.scalar(
        select(func.count(User.id)).where(User.role == Role.ADMIN.value, User.active.is_(True))
    ) or 0)


def _keep_an_admin(uow: UnitOfWork, user: User) -> None:
    if user.role == Role.ADMIN.value and user.active and _active_admins(uow) <= 1:
        raise ValidationError.single("utilisateur", "il faut garder au moins un administrateur actif")


@use_case("account.set_role")
def set_role(uow: UnitOfWork, name: str, role: Role) -> None:
    require(uow, Permission.MANAGE_USERS)
    user = _get(uow, clean_name(name))
    if user.role == role.value:
        return
    if role is not Role.ADMIN:
        _keep_an_admin(uow, user)
    before = user.role
    user.role = role.value
    uow.flush()
    uow.audit("user", user.name, "role", f"Rôle de {user.name} : {ROLE_LABELS[Role(before)]} → {ROLE_LABELS[role]}",
              before={"role": before}, after={"role": role.value})


@use_case("account.disable")
def disable_user(uow: UnitOfWork, name: str) -> None:
    require(uow, Permission.MANAGE_USERS)
    user = _get(uow, clean_name(name))
    if not user.active:
        return
    if user.name == uow.user_name:
        raise ValidationError.single("utilisateur", "vous ne pouvez pas désactiver votre propre compte")
    _keep_an_admin(uow, user)
    user.active = False
    uow.flush()
    uow.audit("user", user.name, "disable", f"Compte désactivé : {user.name}",
              before={"active": True}, after={"active": False})


@use_case("account.enable")
def enable_user(uow: UnitOfWork, name: str) -> None:
    require(uow, Permission.MANAGE_USERS)
    user = _get(uow, clean_name(name))
    if user.active:
        return
    user.active = True
    uow.flush()
    uow.audit("user", user.name, "enable", f"Compte réactivé : {user.name}",
              before={"active": False}, after={"active": True})


@use_case("account.reset_password")
def reset_password(uow: UnitOfWork, name: str, password: str) -> None:
    """An administrator sets a new password for an account (which also unlocks it)."""
    require(uow, Permission.MANAGE_USERS)
    user = _get(uow, clean_name(name))
    check_password(password, user.name)
    user.password_hash = hash_password(password)
    user.failed_logins, user.locked_until = 0, None
    uow.flush()
    uow.audit("user", user.name, "reset_password", f"Mot de passe de {user.name} réinitialisé (compte déverrouillé)")


@use_case("account.change_own_password")
def change_own_password(uow: UnitOfWork, old_password: str, new_password: str) -> None:
    """The signed-in user changes their password (the current one is asked again)."""
    user = _get(uow, uow.user_name)
    try:
        _hasher.verify(user.password_hash or _dummy_hash(), old_password)
        if user.password_hash is None:
            raise VerificationError()
    except (VerificationError, InvalidHashError) as exc:
        raise AuthenticationError("mot de passe actuel incorrect") from exc
    check_password(new_password, user.name)
    user.password_hash = hash_password(new_password)
    uow.flush()
    uow.audit("user", user.name, "change_password", f"{user.name} a changé son mot de passe")


# --- settings ------------------------------------------------------------------------------


def get_setting(uow: UnitOfWork, key: str) -> str | None:
    return uow.session.scalar(select(Setting.value).where(Setting.key == key))


@use_case("settings.update")
def set_setting(uow: UnitOfWork, key: str, value: str, summary: str) -> None:
    """A business setting shared by every station (administrators only), audited."""
    require(uow, Permission.MANAGE_SETTINGS)
    row = uow.session.get(Setting, key)
    before = row.value if row is not None else None
    if row is None:
        uow.session.add(Setting(key=key, value=value))
    else:
        row.value = value
    uow.flush()
    uow.audit("setting", key, "set", summary, before={"value": before}, after={"value": value})


@use_case("settings.read")
def idle_lock_minutes(uow: UnitOfWork) -> int:
    return parse_idle_minutes(get_setting(uow, IDLE_LOCK_SETTING))


@use_case("settings.update")
def set_idle_lock_minutes(uow: UnitOfWork, minutes: int) -> None:
    if minutes != parse_idle_minutes(str(minutes)):
        raise ValidationError.single("verrouillage", "durée d'inactivité hors limites (0 à 1440 minutes)")
    set_setting(uow, IDLE_LOCK_SETTING, str(minutes),
                f"Verrouillage après inactivité : {minutes} min" if minutes else "Verrouillage après inactivité désactivé")
