"""Issue 10, point 1: the services are the only door. Every use case of the domain's table x
every role (and disabled, locked, unknown accounts): each refusal is a French
PermissionDeniedError / AuthenticationError with nothing written (every table's row count
and the audit trail unchanged); each allowed combination is not refused by the check.
And every public Desk method is covered by the table (introspection) and really checks."""

from __future__ import annotations

import importlib
import inspect
import itertools
import pkgutil
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text, update

from sav_desktop.domain.accounts import (
    ROLE_PERMISSIONS,
    USE_CASES,
    AuthenticationError,
    Permission,
    PermissionDeniedError,
    permission_for,
)
from sav_desktop.domain.enums import AssetStatus, Role
from sav_desktop.domain.errors import SavError
from sav_desktop.services import accounts, assets, diagnostics, tickets, trust  # noqa: F401 (diagnostics: its use cases)
from sav_desktop.services.desk import DESK_USE_CASES, SESSION_METHODS, Desk
from sav_desktop.services.permissions import REGISTRY
from sav_desktop.services.uow import UnitOfWork
from sav_desktop.services.users import ensure_user
from sav_desktop.store.db import Database, open_database
from sav_desktop.store.models import Base, User

# The Desk loads its services on first use (services.lazy): every service module is imported
# here, so that each use case decorated anywhere is in REGISTRY before the table is walked.
import sav_desktop.services as _services  # noqa: E402

for _module in pkgutil.iter_modules(_services.__path__):
    importlib.import_module(f"{_services.__name__}.{_module.name}")

NOW = datetime(2026, 3, 16, 9, 30, tzinfo=timezone.utc)

# account -> role (None: not a usable account)
ACCOUNTS: dict[str, Role] = {"Alice Admin": Role.ADMIN, "Chloé Accueil": Role.ACCUEIL, "Bruno Atelier": Role.TECHNICIEN}
DISABLED, LOCKED, UNKNOWN = "Denis Désactivé", "Lucie Verrouillée", "Mallory Inconnu"


def clock() -> datetime:
    return NOW


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("matrix") / "sav.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with UnitOfWork(db, "Alice Admin", clock) as uow:  # the explicit trusted path: provisioning
        for name, role in ACCOUNTS.items():
            ensure_user(uow, name, role)
        ensure_user(uow, DISABLED, Role.TECHNICIEN)
        ensure_user(uow, LOCKED, Role.ADMIN)
        uow.commit()
    with db.engine.begin() as conn:
        conn.execute(update(User).where(User.name == DISABLED).values(active=False))
        conn.execute(update(User).where(User.name == LOCKED).values(locked_until=max(NOW, datetime.now(timezone.utc)) + timedelta(days=1),
                                                                     failed_logins=5))
    yield db
    db.dispose()


def snapshot(db: Database) -> dict[str, int]:
    """Row count of every table (the audit trail included)."""
    with db.engine.connect() as conn:
        return {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0) for t in Base.metadata.sorted_tables}


# --- how each use case is run ----------------------------------------------------------------


def _service_call(name: str) -> Callable[[Database, str, Path], object]:
    fn = REGISTRY[name][0]

    def call(db: Database, user: str, tmp: Path) -> object:
        with UnitOfWork(db, user, clock) as uow:
            result = fn(uow)  # no arguments: the check comes first, then a TypeError
            uow.commit()
            return result

    return call


def _scrap(db: Database, user: str, tmp: Path) -> object:
    with UnitOfWork(db, user, clock) as uow:
        assets.set_status(uow, 999_999, AssetStatus.SCRAPPED, "rebut")
        uow.commit()
    return None


_counter = itertools.count()

SPECIAL: dict[str, Callable[[Database, str, Path], object]] = {
    "asset.scrap": _scrap,
    "backup.create": lambda db, user, tmp: trust.backup_database(db, tmp / f"b{next(_counter)}.sqlite3", user),
    "export.all": lambda db, user, tmp: trust.export_database(db, tmp / f"e{next(_counter)}", user),
    "export.customer": lambda db, user, tmp: trust.export_customer(db, 999_999, tmp / f"c{next(_counter)}", user),
    # the restore replaces the file: its check (services.trust.authorize_restore) is asked here
    "restore.run": lambda db, user, tmp: trust._authorize(db, user, "restore.run"),
}


def invoker(name: str) -> Callable[[Database, str, Path], object]:
    return SPECIAL[name] if name in SPECIAL else _service_call(name)


def test_every_use_case_can_be_run_and_every_checked_function_is_in_the_table() -> None:
    runnable = set(REGISTRY) | set(SPECIAL)
    assert set(USE_CASES) == runnable, set(USE_CASES) ^ runnable
    for name in REGISTRY:
        assert permission_for(name) in Permission


def test_roles_hold_what_the_decision_says() -> None:
    p = Permission
    assert ROLE_PERMISSIONS[Role.ACCUEIL] == {p.READ, p.CHECK_IN, p.PRINT_LABELS, p.EDIT_RECORDS}
    assert ROLE_PERMISSIONS[Role.TECHNICIEN] == ROLE_PERMISSIONS[Role.ACCUEIL] | {p.REPAIR, p.WIPE}
    assert ROLE_PERMISSIONS[Role.ADMIN] == set(Permission)


def _is_refusal(exc: BaseException) -> bool:
    return isinstance(exc, (PermissionDeniedError, AuthenticationError))


def _french(exc: BaseException) -> None:
    message = str(exc)
    assert message and ("action réservée" in message or "compte" in message), message
    if isinstance(exc, PermissionDeniedError):
        assert "demandez à un administrateur" in message


@pytest.mark.parametrize("use_case", sorted(USE_CASES))
def test_every_use_case_for_every_account(base: Database, tmp_path: Path, use_case: str) -> None:
    run = invoker(use_case)
    needed = permission_for(use_case)
    for user, role in [*ACCOUNTS.items(), (DISABLED, None), (LOCKED, None), (UNKNOWN, None)]:
        allowed = role is not None and needed in ROLE_PERMISSIONS[role]
        if use_case == "asset.scrap" and role is not None:  # a status change first, then the scrap
            allowed = allowed and Permission.EDIT_RECORDS in ROLE_PERMISSIONS[role]
        before = snapshot(base)
        try:
            run(base, user, tmp_path)
        except SavError as exc:
            if _is_refusal(exc):
                assert not allowed, f"{use_case} refused to {user}: {exc}"
                _french(exc)
                assert snapshot(base) == before, f"{use_case} by {user} wrote something"
                continue
        except (TypeError, ValueError, AttributeError, OSError):
            pass  # past the check: the arguments given were not a real request
        assert allowed, f"{use_case} was not refused to {user}"


def test_disabled_and_locked_refusals_say_why(base: Database, tmp_path: Path) -> None:
    with pytest.raises(AuthenticationError, match="compte désactivé"):
        invoker("asset.search")(base, DISABLED, tmp_path)
    with pytest.raises(AuthenticationError, match="verrouillé"):
        invoker("asset.search")(base, LOCKED, tmp_path)
    with pytest.raises(PermissionDeniedError, match="ce compte ne permet pas"):
        invoker("asset.search")(base, UNKNOWN, tmp_path)


# --- the Desk facade ----------------------------------------------------------------------------


def _public_methods() -> set[str]:
    return {n for n, _ in inspect.getmembers(Desk) if not n.startswith("_")}


def test_every_public_desk_method_is_covered_by_the_table() -> None:
    methods = _public_methods()
    assert methods == set(DESK_USE_CASES) | SESSION_METHODS, methods ^ (set(DESK_USE_CASES) | SESSION_METHODS)
    assert not set(DESK_USE_CASES) & SESSION_METHODS
    for method, names in DESK_USE_CASES.items():
        assert names and all(n in USE_CASES for n in names), method


def _dummy_args(method: str) -> tuple[list[Any], dict[str, Any]]:
    if method == "ticket_step":
        return [1, tickets.inspect], {}
    sig = inspect.signature(getattr(Desk, method))
    args = [None for p in list(sig.parameters.values())[1:]
            if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    return args, {}


def _call(desk: Desk, method: str, tmp: Path) -> None:
    args, kwargs = _dummy_args(method)
    if method.startswith("write_"):
        args[-1] = tmp / f"{method}.pdf"
    getattr(desk, method)(*args, **kwargs)


def test_a_disabled_technicians_open_session_stops_at_its_next_call(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 's.sqlite3'}")
    try:
        admin = Desk.trusted(db, "Alice Admin", clock)
        tech = Desk.trusted(db, "Bruno Atelier", clock, Role.TECHNICIEN)
        assert tech.role is Role.TECHNICIEN and tech.count_assets() == 0
        admin.disable_user("Bruno Atelier")
        before = snapshot(db)
        for method in sorted(DESK_USE_CASES):
            with pytest.raises(AuthenticationError, match="compte désactivé"):
                _call(tech, method, tmp_path)
        assert snapshot(db) == before
        assert not tech.can(Permission.READ)
        admin.enable_user("Bruno Atelier")
        assert tech.count_assets() == 0  # enabled again: the same session works again
    finally:
        db.dispose()


def test_each_desk_method_refuses_a_role_without_its_permission(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    try:
        Desk.trusted(db, "Alice Admin", clock)
        desks = {role: Desk.trusted(db, f"Compte {role.value}", clock, role) for role in (Role.ACCUEIL, Role.TECHNICIEN)}
        checked = 0
        for method, names in sorted(DESK_USE_CASES.items()):
            needed = {permission_for(n) for n in names}
            for role, desk in desks.items():
                if needed & ROLE_PERMISSIONS[role]:
                    continue  # holds (one of) them: the matrix above proves the allowed side
                before = snapshot(db)
                with pytest.raises(PermissionDeniedError) as caught:
                    _call(desk, method, tmp_path)
                _french(caught.value)
                assert snapshot(db) == before, method
                checked += 1
        assert checked >= 20  # the administration, scrap, wipe (accueil) and workshop methods
    finally:
        db.dispose()


def test_ticket_step_accepts_only_a_checked_ticket_use_case(desk: Desk) -> None:
    with pytest.raises(SavError, match="étape de dossier SAV inconnue"):
        desk.ticket_step(1, lambda uow, ticket_id: assets.set_status(uow, 1, AssetStatus.SCRAPPED))
    with pytest.raises(SavError, match="étape de dossier SAV inconnue"):
        desk.ticket_step(1, accounts.list_users)


def test_a_name_alone_opens_no_session(sqlite_db: Database) -> None:
    Desk.trusted(sqlite_db, "Alice Admin", clock)
    before = snapshot(sqlite_db)
    with pytest.raises(AuthenticationError, match="compte inconnu"):
        Desk(sqlite_db, "Quelquun")
    with pytest.raises(AuthenticationError, match="compte inconnu"):
        Desk.for_user(sqlite_db, "Quelquun")
    assert snapshot(sqlite_db) == before
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("select count(*) from users where name = 'Quelquun'")).scalar() == 0


def test_a_benefit_is_recorded_only_inside_a_checked_use_case(base: Database) -> None:
    from sav_desktop.domain.coverage import CoverageResult, Decision
    from sav_desktop.services import benefits

    from decimal import Decimal

    granted = CoverageResult(Decision.FREE_BATTERY, (), Decimal(0), Decimal(0), None, ("R-45",), "", "")
    before = snapshot(base)
    with UnitOfWork(base, "Alice Admin", clock) as uow, pytest.raises(PermissionDeniedError):
        benefits.record_benefit(uow, 1, 1, granted, NOW.date())
    assert snapshot(base) == before


def test_the_reception_cannot_scrap_wipe_or_run_the_workshop(tmp_path: Path) -> None:
    """What issue 10 found: an accueil account scrapping a device, recording a data wipe (R-80),
    running a workshop step of a ticket through the services. All refused, nothing written."""
    from sav_desktop.domain.records import AssetInput

    db = open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    try:
        admin = Desk.trusted(db, "Alice Admin", clock)
        accueil = Desk.trusted(db, "Chloé Accueil", clock, Role.ACCUEIL)
        ref = accueil.register_asset(AssetInput("PCSC_READER", "DSC000777"))  # the reception's work
        before = snapshot(db)
        with pytest.raises(PermissionDeniedError, match="mettre un matériel au rebut"):
            accueil.set_asset_status(ref.id, AssetStatus.SCRAPPED, "rebut")
        with pytest.raises(PermissionDeniedError, match="effacement des données"):
            accueil.record_wipe(ref.id, "réinitialisation usine", "Chloé")
        with pytest.raises(PermissionDeniedError, match="traiter les réparations"):
            accueil.ticket_step(1, tickets.inspect)
        assert snapshot(db) == before and accueil.asset_detail(ref.id).status == AssetStatus.IN_STOCK.value
        admin.set_asset_status(ref.id, AssetStatus.SCRAPPED, "rebut")  # the administrator may
        assert accueil.asset_detail(ref.id).status == AssetStatus.SCRAPPED.value
    finally:
        db.dispose()
