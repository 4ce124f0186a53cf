"""Accounts (issue 7): first administrator, argon2 passwords with a complexity rule, lock after
repeated failures, least-privilege roles enforced in the services, audited account events,
``sav-desktop users`` and an administrator-only restore."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, update

from sav_desktop.cli import main
from sav_desktop.domain.accounts import (
    MAX_FAILED_LOGINS,
    ROLE_PERMISSIONS,
    AuthenticationError,
    Permission,
    PermissionDeniedError,
    password_problems,
)
from sav_desktop.domain.enums import Role
from sav_desktop.domain.errors import ValidationError
from sav_desktop.services import accounts
from sav_desktop.services.desk import Desk
from sav_desktop.services.trust import backup_database, restore_database, verify_audit
from sav_desktop.services.uow import UnitOfWork
from sav_desktop.store.db import Database, open_database
from sav_desktop.store.models import AuditEntry, User

from .conftest import FIXED_NOW

GOOD = "Vitale-2026!"
OTHER = "Carte+Cps-77"


class Clock:
    def __init__(self) -> None:
        self.now = FIXED_NOW

    def __call__(self) -> datetime:
        return self.now


def audit_actions(db: Database) -> list[tuple[str, str, str]]:
    with db.session_factory() as s:
        return [(e.entity, e.entity_id, e.action) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


@pytest.fixture
def admin_db(db: Database) -> Database:
    Desk.create_first_admin(db, "Alice Martin", GOOD)
    return db


# --- domain rules --------------------------------------------------------------------------


@pytest.mark.parametrize("password, missing", [
    ("court1!A", "au moins 10 caractères"),
    ("toutminuscule1!", "une majuscule"),
    ("TOUTMAJUSCULE1!", "une minuscule"),
    ("SansChiffre!!", "un chiffre"),
    ("SansSpecial123", "un caractère spécial"),
])
def test_password_rule_names_what_is_missing(password: str, missing: str) -> None:
    assert any(missing in p for p in password_problems(password))


def test_password_rule_accepts_a_strong_one_and_refuses_the_account_name() -> None:
    assert password_problems(GOOD, "Alice") == []
    assert "ne pas contenir le nom du compte" in password_problems("Alice-2026!x", "alice")


def test_least_privilege_table() -> None:
    accueil = ROLE_PERMISSIONS[Role.ACCUEIL]
    assert Permission.CHECK_IN in accueil and Permission.PRINT_LABELS in accueil
    for p in (Permission.MANAGE_TARIFFS, Permission.DELETE, Permission.MANAGE_USERS, Permission.RESTORE,
              Permission.MANAGE_CATALOGUE):
        assert p not in accueil and p not in ROLE_PERMISSIONS[Role.TECHNICIEN]
    assert ROLE_PERMISSIONS[Role.ADMIN] == frozenset(Permission)


# --- first start, login, lock --------------------------------------------------------------


def test_first_start_creates_the_admin_then_login_works(db: Database) -> None:
    assert Desk.needs_first_admin(db)
    with pytest.raises(ValidationError, match="mot de passe trop faible"):
        Desk.create_first_admin(db, "Alice Martin", "faible")
    Desk.create_first_admin(db, "Alice Martin", GOOD)
    assert not Desk.needs_first_admin(db)
    with pytest.raises(PermissionDeniedError):  # only once
        Desk.create_first_admin(db, "Intrus", GOOD)
    desk = Desk.login(db, "Alice Martin", GOOD)
    assert desk.role is Role.ADMIN and desk.can(Permission.RESTORE)
    with db.session_factory() as s:
        user = s.scalar(select(User).where(User.name == "Alice Martin"))
        assert user is not None and user.password_hash and user.password_hash.startswith("$argon2id$")
        assert GOOD not in user.password_hash
    assert ("user", "Alice Martin", "create_admin") in audit_actions(db)


def test_first_start_turns_an_existing_account_without_password_into_the_admin(sqlite_db: Database) -> None:
    Desk.trusted(sqlite_db, "Ancien")  # trusted path of earlier versions: account without password
    Desk.trusted(sqlite_db, "Second")
    assert Desk.needs_first_admin(sqlite_db)
    with pytest.raises(AuthenticationError, match="pas encore de mot de passe"):
        Desk.login(sqlite_db, "Second", GOOD)
    Desk.create_first_admin(sqlite_db, "Second", GOOD)
    assert Desk.login(sqlite_db, "Second", GOOD).role is Role.ADMIN


def test_wrong_password_and_unknown_name_give_the_same_french_message(admin_db: Database) -> None:
    with pytest.raises(AuthenticationError, match="nom de compte ou mot de passe incorrect"):
        Desk.login(admin_db, "Alice Martin", "Mauvais-mot2!")
    with pytest.raises(AuthenticationError, match="nom de compte ou mot de passe incorrect"):
        Desk.login(admin_db, "Personne", GOOD)
    actions = audit_actions(admin_db)
    assert ("user", "Alice Martin", "login_failed") in actions and ("user", "Personne", "login_failed") in actions
    assert verify_audit(admin_db).ok


def test_lock_after_repeated_failures_then_unlock_after_the_delay(sqlite_db: Database) -> None:
    clock = Clock()
    Desk.create_first_admin(sqlite_db, "Alice Martin", GOOD, clock)
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationError, match="incorrect"):
            Desk.login(sqlite_db, "Alice Martin", "Mauvais-mot2!", clock)
    with pytest.raises(AuthenticationError, match="verrouillé"):
        Desk.login(sqlite_db, "Alice Martin", "Mauvais-mot2!", clock)
    # Even the right password is refused while locked.
    clock.now += timedelta(minutes=5)
    with pytest.raises(AuthenticationError, match="verrouillé"):
        Desk.login(sqlite_db, "Alice Martin", GOOD, clock)
    clock.now += timedelta(minutes=15)
    desk = Desk.login(sqlite_db, "Alice Martin", GOOD, clock)
    assert desk.list_users()[0].failed_logins == 0
    actions = [a for e, n, a in audit_actions(sqlite_db) if n == "Alice Martin"]
    assert actions.count("login_failed") == MAX_FAILED_LOGINS and actions.count("lock") == 1
    assert "login_refused" in actions


def test_admin_reset_unlocks_a_locked_account(admin_db: Database) -> None:
    admin = Desk.login(admin_db, "Alice Martin", GOOD)
    admin.add_user("Bruno", Role.TECHNICIEN, OTHER)
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError):
            Desk.login(admin_db, "Bruno", "Mauvais-mot2!")
    assert [u.locked for u in admin.list_users() if u.name == "Bruno"] == [True]
    admin.reset_password("Bruno", "Nouveau-Mot9?")
    assert Desk.login(admin_db, "Bruno", "Nouveau-Mot9?").role is Role.TECHNICIEN


def test_needs_rehash_updates_an_old_hash_at_login(sqlite_db: Database) -> None:
    from argon2 import PasswordHasher

    Desk.create_first_admin(sqlite_db, "Alice Martin", GOOD)
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash(GOOD)
    with sqlite_db.engine.begin() as conn:
        conn.execute(update(User).values(password_hash=weak))
    Desk.login(sqlite_db, "Alice Martin", GOOD)
    with sqlite_db.session_factory() as s:
        stored = s.scalar(select(User.password_hash))
    assert stored != weak and stored is not None and not accounts._hasher.check_needs_rehash(stored)


def test_disabled_account_cannot_login(admin_db: Database) -> None:
    admin = Desk.login(admin_db, "Alice Martin", GOOD)
    admin.add_user("Chloé", Role.ACCUEIL, OTHER)
    admin.disable_user("Chloé")
    with pytest.raises(AuthenticationError, match="désactivé"):
        Desk.login(admin_db, "Chloé", OTHER)
    admin.enable_user("Chloé")
    assert Desk.login(admin_db, "Chloé", OTHER).role is Role.ACCUEIL


# --- permissions ---------------------------------------------------------------------------


def test_only_admin_manages_users_and_roles_are_audited(admin_db: Database) -> None:
    admin = Desk.login(admin_db, "Alice Martin", GOOD)
    admin.add_user("Chloé", Role.ACCUEIL, OTHER)
    admin.add_user("Bruno", Role.TECHNICIEN, OTHER)
    accueil = Desk.login(admin_db, "Chloé", OTHER)
    tech = Desk.login(admin_db, "Bruno", OTHER)
    before = audit_actions(admin_db)
    for desk in (accueil, tech):
        with pytest.raises(PermissionDeniedError, match="action réservée.*gérer les comptes"):
            desk.add_user("Intrus", Role.ADMIN, GOOD)
        with pytest.raises(PermissionDeniedError):
            desk.list_users()
        with pytest.raises(PermissionDeniedError):
            desk.reset_password("Alice Martin", "Piratage-123!")
        with pytest.raises(PermissionDeniedError, match="réglages"):
            desk.set_idle_lock_minutes(0)
        for p in (Permission.MANAGE_TARIFFS, Permission.MANAGE_CATALOGUE, Permission.DELETE, Permission.RESTORE):
            assert not desk.can(p)
            with pytest.raises(PermissionDeniedError):
                desk.require(p)
    assert audit_actions(admin_db) == before  # refused: nothing written
    assert accueil.can(Permission.CHECK_IN) and accueil.can(Permission.PRINT_LABELS)
    admin.set_user_role("Bruno", Role.ADMIN)
    assert tech.can(Permission.MANAGE_USERS)  # the stored role counts, checked at each call
    assert ("user", "Bruno", "role") in audit_actions(admin_db)


def test_last_admin_is_kept(admin_db: Database) -> None:
    admin = Desk.login(admin_db, "Alice Martin", GOOD)
    with pytest.raises(ValidationError, match="au moins un administrateur"):
        admin.set_user_role("Alice Martin", Role.TECHNICIEN)
    with pytest.raises(ValidationError, match="propre compte"):
        admin.disable_user("Alice Martin")


def test_account_names_and_passwords_are_checked(admin_db: Database) -> None:
    admin = Desk.login(admin_db, "Alice Martin", GOOD)
    with pytest.raises(ValidationError, match="trop long"):
        admin.add_user("x" * 500, Role.ACCUEIL, OTHER)
    with pytest.raises(ValidationError, match="existe déjà"):
        admin.add_user("Alice Martin", Role.ACCUEIL, OTHER)
    with pytest.raises(ValidationError, match="trop faible"):
        admin.add_user("Denis", Role.ACCUEIL, "motdepasse")
    with pytest.raises(AuthenticationError):
        Desk.login(admin_db, "y" * 10_000, GOOD)


def test_idle_lock_setting_and_unlock(admin_db: Database) -> None:
    admin = Desk.login(admin_db, "Alice Martin", GOOD)
    assert admin.idle_lock_minutes() == 10
    admin.set_idle_lock_minutes(3)
    assert admin.idle_lock_minutes() == 3
    with pytest.raises(ValidationError):
        admin.set_idle_lock_minutes(-1)
    admin.unlock(GOOD)
    with pytest.raises(AuthenticationError):
        admin.unlock("Mauvais-mot2!")


def test_change_own_password(admin_db: Database) -> None:
    admin = Desk.login(admin_db, "Alice Martin", GOOD)
    with pytest.raises(AuthenticationError, match="actuel incorrect"):
        admin.change_password("Mauvais-mot2!", OTHER)
    admin.change_password(GOOD, OTHER)
    Desk.login(admin_db, "Alice Martin", OTHER)


def test_trusted_local_path_is_explicit(sqlite_db: Database) -> None:
    """Desk.trusted(db, name) (tests, demo, tools) provisions the account without a password;
    a name alone (Desk(db, name), Desk.for_user) never creates one (issue 10)."""
    first = Desk.trusted(sqlite_db, "Marie Lefort")
    assert first.role is Role.ADMIN and Desk.trusted(sqlite_db, "Paul").role is Role.TECHNICIEN
    with pytest.raises(AuthenticationError, match="compte inconnu"):
        Desk.for_user(sqlite_db, "Mallory")
    with pytest.raises(AuthenticationError, match="compte inconnu"):
        Desk(sqlite_db, "Mallory")
    assert [u.name for u in first.list_users()] == ["Marie Lefort", "Paul"]


# --- command line --------------------------------------------------------------------------


def test_cli_users(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'u.sqlite3'}"
    monkeypatch.setenv("SAV_NEW_PASSWORD", GOOD)
    assert main(["--database", url, "users", "add", "--admin", "Alice Martin"]) == 0
    assert "premier démarrage" in capsys.readouterr().out
    monkeypatch.setenv("SAV_PASSWORD", "Mauvais-mot2!")
    monkeypatch.setenv("SAV_NEW_PASSWORD", OTHER)
    assert main(["--database", url, "--user", "Alice Martin", "users", "add", "Chloé", "--role", "accueil"]) == 2
    assert "incorrect" in capsys.readouterr().err
    monkeypatch.setenv("SAV_PASSWORD", GOOD)
    assert main(["--database", url, "--user", "Alice Martin", "users", "add", "Chloé", "--role", "accueil"]) == 0
    assert main(["--database", url, "--user", "Alice Martin", "users", "add", "Bruno"]) == 0
    monkeypatch.setenv("SAV_NEW_PASSWORD", "faible")
    assert main(["--database", url, "--user", "Alice Martin", "users", "add", "Denis"]) == 2
    assert "mot de passe trop faible" in capsys.readouterr().err
    assert main(["--database", url, "--user", "Alice Martin", "users", "disable", "Bruno"]) == 0
    monkeypatch.setenv("SAV_NEW_PASSWORD", "Encore-Un-9!")
    assert main(["--database", url, "--user", "Alice Martin", "users", "reset-password", "Chloé"]) == 0
    capsys.readouterr()
    assert main(["--database", url, "--user", "Alice Martin", "users", "list"]) == 0
    listing = capsys.readouterr().out
    assert "Alice Martin\tAdministrateur\tactif" in listing
    assert "Bruno\tTechnicien\tdésactivé" in listing and "Chloé\tAccueil\tactif" in listing
    monkeypatch.setenv("SAV_PASSWORD", "Encore-Un-9!")
    assert main(["--database", url, "--user", "Chloé", "users", "list"]) == 2
    assert "action réservée" in capsys.readouterr().err


def test_restore_requires_an_admin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'base.sqlite3'}"
    db = open_database(url)
    Desk.create_first_admin(db, "Alice Martin", GOOD)
    admin = Desk.login(db, "Alice Martin", GOOD)
    admin.add_user("Chloé", Role.ACCUEIL, OTHER)
    out = tmp_path / "sav.sqlite3"
    backup_database(db, out, "Alice Martin")
    db.dispose()

    with pytest.raises(AuthenticationError, match="mot de passe requis"):
        restore_database(url, out, "Alice Martin")
    with pytest.raises(PermissionDeniedError, match="restaurer"):
        restore_database(url, out, "Chloé", OTHER)
    monkeypatch.setenv("SAV_PASSWORD", "Mauvais-mot2!")
    assert main(["--database", url, "--user", "Alice Martin", "restore", str(out)]) == 2
    assert "incorrect" in capsys.readouterr().err
    assert not list(tmp_path.glob("*avant-restauration*"))  # nothing done
    monkeypatch.setenv("SAV_PASSWORD", GOOD)
    assert main(["--database", url, "--user", "Alice Martin", "restore", str(out)]) == 0
    assert "Base restaurée" in capsys.readouterr().out

    # Database lost: the backup's administrators decide.
    for p in tmp_path.glob("base.sqlite3*"):
        p.unlink()
    with pytest.raises(PermissionDeniedError):
        restore_database(url, out, "Chloé", OTHER)
    with pytest.raises(AuthenticationError):
        restore_database(url, out, "Alice Martin", "Mauvais-mot2!")
    assert restore_database(url, out, "Alice Martin", GOOD).aside is None


def test_unit_of_work_require_reads_the_stored_role(admin_db: Database) -> None:
    with UnitOfWork(admin_db, "Alice Martin") as uow:
        assert accounts.require(uow, Permission.MANAGE_USERS) is Role.ADMIN
    with UnitOfWork(admin_db, "Inconnu") as uow, pytest.raises(PermissionDeniedError, match="ce compte"):
        accounts.require(uow, Permission.CHECK_IN)


def test_account_lock_time_is_stored_in_utc(sqlite_db: Database) -> None:
    clock = Clock()
    clock.now = datetime(2026, 3, 16, 23, 50, tzinfo=timezone.utc)
    Desk.create_first_admin(sqlite_db, "Alice Martin", GOOD, clock)
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError):
            Desk.login(sqlite_db, "Alice Martin", "Mauvais-mot2!", clock)
    clock.now += timedelta(minutes=16)
    Desk.login(sqlite_db, "Alice Martin", GOOD, clock)
