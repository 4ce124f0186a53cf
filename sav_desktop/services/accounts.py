"""Accounts: first administrator, login (argon2, lock after failures), user management.

Permissions are checked here, in the services, from the acting user's role as stored
(``require``): the GUI hiding a button is a convenience, not the protection.
Every account event is audited: creation, role change, disabling, password reset,
failed login, lock.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from collections.abc import Callable
from typing import Any

from sqlalchemy import DateTime, bindparam, case, func, literal, null, select, update

from ..domain.accounts import (
    IDLE_LOCK_SETTING,
    LOCK_DURATION,
    MAX_FAILED_LOGINS,
    NAME_MAX_LENGTH,
    AuthenticationError,
    Permission,
    PermissionDeniedError,
    allows,
    is_locked,
    parse_idle_minutes,
    password_problems,
    password_rule_message,
)
from ..domain.audit_chain import password_fingerprint
from ..domain.permissions import permission_for
from ..domain.enums import ROLE_LABELS, Role
from ..domain.errors import NotFoundError, ValidationError
from ..domain.validators import text_problem
from ..store.models import Setting, User
from . import compiled
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
    problem = text_problem(name) if isinstance(name, str) else "texte attendu"
    if problem:
        raise ValidationError.single("utilisateur", problem)
    name = " ".join(unicodedata.normalize("NFC", name).split())
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


@dataclass(frozen=True)
class _AccountFacts:
    name: str
    active: bool
    locked_until: datetime | None
    role: str


def _account_facts_statement() -> Any:
    return select(User.name, User.active, User.locked_until, User.role).where(User.name == bindparam("name"))


def _account_facts(uow: UnitOfWork, name: str) -> _AccountFacts | None:
    """What a permission check reads of an account: one row as SQL text on the unit of work's
    cursor (services.compiled; every desk call checks, and SQLAlchemy's execution layers cost
    several times the read), its time column converted as SQLAlchemy would."""
    uow.flush_changes()  # what this unit of work changed of the account counts
    conn = uow.connection()
    rows = compiled.fetch(conn, ("account-facts",), _account_facts_statement, {"name": name})
    if not rows:
        return None
    got_name, active, locked_until, role = rows[0]
    if locked_until is not None and not isinstance(locked_until, datetime):
        convert = User.__table__.c.locked_until.type.dialect_impl(conn.dialect).result_processor(conn.dialect, None)
        locked_until = convert(locked_until) if convert is not None else locked_until
    return _AccountFacts(got_name, bool(active), locked_until, role)


def require(uow: UnitOfWork, permission: Permission) -> Role:
    """The acting user's role, read again from the database each time, or a French refusal:
    AuthenticationError for a disabled or locked account (an open session stops working at
    its next call), PermissionDeniedError for an unknown account or a role without it."""
    user = _account_facts(uow, uow.user_name) if uow.user_name else None
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
              before=before, after={"role": Role.ADMIN.value, "active": True,
                                    "password_fingerprint": password_fingerprint(user.password_hash)})


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


def _claim_attempt(uow: UnitOfWork, user_id: int, now: datetime) -> tuple[int, datetime | None] | None:
    """Count one login attempt before the password is checked, atomically and in its own
    committed transaction, so that a parallel burst of attempts (several processes or
    stations) gets at most MAX_FAILED_LOGINS tries before the lock.

    Returns (attempts in a row, locked until) once counted, or None when the account is
    locked already (nothing counted: the attempt is refused without checking the password).
    A lock that has expired starts the count again. A successful login resets the count.
    """
    when = DateTime(timezone=True)
    expired = (User.locked_until.is_not(None)) & (User.locked_until <= literal(now, when))
    count = case((expired, literal(1)), else_=func.coalesce(User.failed_logins, 0) + 1)
    until = case(
        (count >= MAX_FAILED_LOGINS, literal(now + LOCK_DURATION, when)),
        else_=null(),
    )
    stmt = (
        update(User)
        .where(User.id == user_id, (User.locked_until.is_(None)) | (User.locked_until <= literal(now, when)))
        .values(failed_logins=count, locked_until=until)
        .returning(User.failed_logins, User.locked_until)
    )
    # On SQLite the UPDATE is the transaction's first statement: it waits for the write lock
    # (busy timeout) instead of failing on a stale snapshot; on PostgreSQL it locks the row.
    with uow.db.engine.begin() as conn:
        restore = _patient(conn)
        try:
            row = conn.execute(stmt).first()
        finally:
            restore()
    if row is None:
        return None
    return int(row[0]), _aware(row[1])


_LOGIN_COLUMNS = ("id", "name", "role", "active", "password_hash", "locked_until")


def _login_row(uow: UnitOfWork, name: str) -> Any:
    """The few columns a login reads (Core, so that it also works on a base whose other
    columns are not migrated yet, as ``db upgrade`` needs), in a short read of its own."""
    c = User.__table__.c
    with uow.db.engine.connect() as conn:
        return conn.execute(select(*(c[n] for n in _LOGIN_COLUMNS)).where(c.name == name)).first()


# A burst of logins on one SQLite file queues for the write lock: a sign-in waits longer
# than an ordinary save rather than failing (PostgreSQL locks rows and waits anyway).
LOGIN_BUSY_TIMEOUT_MS = 60_000


def _patient(conn: Any) -> Callable[[], None]:
    """Raise the connection's busy timeout for the login; returns what puts it back."""
    if conn.dialect.name != "sqlite":
        return lambda: None
    raw = conn.connection.dbapi_connection
    before = int(raw.execute("PRAGMA busy_timeout").fetchone()[0])
    raw.execute(f"PRAGMA busy_timeout = {LOGIN_BUSY_TIMEOUT_MS}")
    return lambda: raw.execute(f"PRAGMA busy_timeout = {before}")


def _patient_session(uow: UnitOfWork) -> None:
    """Same for the session's connection, put back by login_or_raise after its commit."""
    restorers = uow.session.info.setdefault("restore_busy_timeout", [])
    if not restorers:
        restorers.append(_patient(uow.session.connection()))


def _start_write(uow: UnitOfWork, user_id: int | None) -> None:
    """Begin the session's transaction with a write, so that on SQLite it waits for the write
    lock (busy timeout) rather than reading first and failing on a stale snapshot."""
    _patient_session(uow)
    target = -1 if user_id is None else user_id  # no row: the write lock all the same
    uow.session.execute(update(User).where(User.id == target).values(failed_logins=User.failed_logins)
                        .execution_options(synchronize_session=False))


def authenticate(uow: UnitOfWork, name: str, password: str) -> LoginOutcome:
    """Check a name and password. Every attempt is counted before the password is checked
    (``_claim_attempt``, atomic); the account locks for a while after MAX_FAILED_LOGINS in a
    row; failures, refusals and the lock are audited. A success resets the count (and
    rehashes the password when the argon2 parameters have changed).

    A login begins its unit of work: a read transaction opened before is ended first (its
    snapshot would be stale once the attempt is counted)."""
    if uow.session.in_transaction():
        uow.session.rollback()
    name = " ".join((name or "").split())[:NAME_MAX_LENGTH]
    now = uow.now()
    user = _login_row(uow, name) if name else None
    if user is None or user.password_hash is None:
        try:
            _hasher.verify(_dummy_hash(), password)
        except VerificationError:
            pass
        if user is not None:
            return LoginOutcome(None, f"le compte {name} n'a pas encore de mot de passe : "
                                      "demandez à un administrateur de le définir")
        if name:
            _start_write(uow, None)
            uow.audit("user", name[:40], "login_failed", f"Connexion refusée : compte inconnu « {name} »")
        return LoginOutcome(None, _WRONG)
    if not user.active:
        _start_write(uow, user.id)
        uow.audit("user", name, "login_refused", f"Connexion refusée : compte désactivé ({name})")
        return LoginOutcome(None, "compte désactivé : adressez-vous à un administrateur")
    claimed = _claim_attempt(uow, user.id, now)
    if claimed is None:
        current = _login_row(uow, name)
        until_now = (_aware(current.locked_until) if current is not None else None) or now
        _start_write(uow, user.id)
        uow.audit("user", name, "login_refused", f"Connexion refusée : compte verrouillé ({name})")
        return LoginOutcome(None, _locked_message(until_now))
    attempts, locked_until = claimed
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        _start_write(uow, user.id)
        uow.audit("user", name, "login_failed",
                  f"Mot de passe incorrect pour {name} ({attempts} échec(s) de suite)",
                  after={"failed_logins": attempts})
        if locked_until is not None:
            uow.audit("user", name, "lock",
                      f"Compte {name} verrouillé après {MAX_FAILED_LOGINS} échecs de connexion",
                      after={"locked_until": locked_until})
            return LoginOutcome(None, _locked_message(locked_until))
        return LoginOutcome(None, _WRONG)
    values: dict[str, Any] = {"failed_logins": 0, "locked_until": None, "last_login_at": now}
    if _hasher.check_needs_rehash(user.password_hash):
        values["password_hash"] = hash_password(password)
        uow.audit("user", name, "password_rehash", f"Empreinte du mot de passe de {name} renouvelée (paramètres argon2)",
                  after={"password_fingerprint": password_fingerprint(values["password_hash"])})
    _patient_session(uow)
    uow.session.execute(update(User).where(User.id == user.id).values(**values)
                        .execution_options(synchronize_session=False))
    return LoginOutcome(Role(user.role))


def _locked_message(until: datetime) -> str:
    local = until.astimezone()
    return (f"compte verrouillé après {MAX_FAILED_LOGINS} échecs de connexion, "
            f"jusqu'à {local:%H:%M} (ou déverrouillé par un administrateur)")


def login_or_raise(uow: UnitOfWork, name: str, password: str) -> Role:
    """authenticate() then commit, whatever the outcome; AuthenticationError on a refusal."""
    outcome = authenticate(uow, name, password)
    try:
        uow.commit()
    finally:
        for restore in uow.session.info.pop("restore_busy_timeout", []):
            restore()
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
    new_hash = hash_password(password)
    uow.session.add(User(name=name, role=role.value, active=True, created_at=uow.now(),
                         password_hash=new_hash, failed_logins=0))
    uow.flush()
    uow.audit("user", name, "create", f"Compte créé : {name} ({ROLE_LABELS[role]})",
              after={"role": role.value, "active": True, "password_fingerprint": password_fingerprint(new_hash)})


def _active_admins(uow: UnitOfWork) -> int:
    return int(uow.session.scalar(
        select(func.count(User.id)).where(User.role == Role.ADMIN.value, User.active.is_(True))
    ) or 0)


def _keep_an_admin(uow: UnitOfWork, user: User) -> None:
    if user.role == Role.ADMIN.value and user.active and _active_admins(uow) <= 1:
        raise ValidationError.single("utilisateur", "il faut garder au moins un administrateur actif")


@use_case("account.set_role")
def set_role(uow: UnitOfWork, name: str, role: Role, expected: Role | None = None) -> None:
    """``expected``: the role the form showed; ConflictError (naming who changed it and when)
    if another administrator changed it meanwhile."""
    require(uow, Permission.MANAGE_USERS)
    user = _get(uow, clean_name(name))
    if expected is not None and user.role != Role(expected).value:
        raise uow.conflict("Le compte", user.name, "user", user.name)
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
    uow.audit("user", user.name, "reset_password", f"Mot de passe de {user.name} réinitialisé (compte déverrouillé)",
              after={"password_fingerprint": password_fingerprint(user.password_hash)})


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
    uow.audit("user", user.name, "change_password", f"{user.name} a changé son mot de passe",
              after={"password_fingerprint": password_fingerprint(user.password_hash)})


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
