"""Two desk stations on one database: the second, stale save is refused in French, never a
silent overwrite. Each station has its own engine (its own connections), as two PCs would."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from sav_desktop.domain.enums import AssetStatus
from sav_desktop.domain.errors import ConflictError
from sav_desktop.domain.records import AssetInput, CustomerInput
from sav_desktop.services import assets, customers
from sav_desktop.services.trust import verify_audit
from sav_desktop.services.users import ensure_user
from sav_desktop.services.uow import UnitOfWork, run
from sav_desktop.store.db import Database, open_database
from sav_desktop.store.models import AuditEntry, Customer

from .trust_fixtures import any_url, pg_url, pg_url_factory  # noqa: F401

pytestmark = pytest.mark.postgres


def _accounts(db: Database) -> None:
    """The stations' accounts (the services check them, issue 10): Marie first, administrator."""
    run(db, "Marie", lambda u: (ensure_user(u, "Marie"), ensure_user(u, "Karim")))


@pytest.fixture
def stations(any_url: str) -> Iterator[tuple[Database, Database]]:
    a = open_database(any_url)
    b = open_database(any_url, migrate=False)
    _accounts(a)
    try:
        yield a, b
    finally:
        a.dispose()
        b.dispose()


@pytest.fixture
def pg_stations(pg_url: str) -> Iterator[tuple[Database, Database]]:
    a = open_database(pg_url)
    b = open_database(pg_url, migrate=False)
    try:
        yield a, b
    finally:
        a.dispose()
        b.dispose()


def _customer(db: Database) -> int:
    return int(run(db, "Marie", lambda u: customers.create_customer(
        u, CustomerInput("Cabinet du Dr Martin", city="Lyon", postal_code="69003"))))


def _updates(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        return list(conn.scalars(select(AuditEntry.user_name).where(AuditEntry.action == "update").order_by(AuditEntry.id)))


def test_stale_customer_save_is_refused(stations: tuple[Database, Database]) -> None:
    a, b = stations
    cid = _customer(a)
    seen_a = run(a, "Marie", lambda u: customers.get_customer(u, cid))
    seen_b = run(b, "Karim", lambda u: customers.get_customer(u, cid))
    run(a, "Marie", lambda u: customers.update_customer(
        u, cid, CustomerInput("Cabinet du Dr Martin", city="Villeurbanne", postal_code="69100"), seen_a.version))
    with pytest.raises(ConflictError) as err:
        run(b, "Karim", lambda u: customers.update_customer(
            u, cid, CustomerInput("Cabinet du Dr Martin", city="Bron", postal_code="69500"), seen_b.version))
    # Who saved first and when, from the audit trail; what to do.
    assert re.match(r"^Le client Cabinet du Dr Martin a été modifié entre-temps par Marie à \d\d:\d\d : rechargez",
                    str(err.value)), str(err.value)
    assert err.value.by == "Marie"
    fresh = run(b, "Karim", lambda u: customers.get_customer(u, cid))  # what the form shows again
    assert fresh.city == "Villeurbanne" and fresh.version == seen_b.version + 1
    assert _updates(a) == ["Marie"]
    assert verify_audit(a).ok


def test_stale_asset_save_is_refused(stations: tuple[Database, Database]) -> None:
    a, b = stations
    ref = run(a, "Marie", lambda u: assets.register_asset(u, AssetInput("IWL250", "IWL25010000001")))
    version = run(a, "Marie", lambda u: assets.asset_detail(u, ref.id)).version
    run(a, "Marie", lambda u: assets.update_asset(
        u, ref.id, AssetInput("IWL250", "IWL25010000001", AssetStatus.IN_STOCK, firmware_version="9.1"), version))
    with pytest.raises(ConflictError, match=f"Le matériel {ref.asset_tag} a été modifié entre-temps par Marie à "):
        run(b, "Karim", lambda u: assets.update_asset(
            u, ref.id, AssetInput("IWL250", "IWL25010000001", AssetStatus.IN_STOCK, firmware_version="7.0"), version))
    assert run(b, "Karim", lambda u: assets.asset_detail(u, ref.id)).firmware_version == "9.1"


def test_concurrent_saves_on_postgresql(pg_stations: tuple[Database, Database]) -> None:
    """B read version 1 and passed its check; A commits first; B's UPDATE ... WHERE version = 1
    then matches nothing: refused by the version column, B's whole transaction rolled back."""
    a, b = pg_stations
    _accounts(a)
    cid = _customer(a)
    with UnitOfWork(b, "Karim") as ub:
        held = ub.session.get(Customer, cid)  # station B has the form open on version 1
        assert held is not None and held.version == 1  # (kept referenced: the identity map is weak)
        run(a, "Marie", lambda u: customers.update_customer(
            u, cid, CustomerInput("Cabinet du Dr Martin", city="Villeurbanne"), 1))
        with pytest.raises(ConflictError, match="^Le client Cabinet du Dr Martin a été modifié entre-temps par Marie à "):
            customers.update_customer(ub, cid, CustomerInput("Cabinet du Dr Martin", city="Bron"), 1)
            ub.commit()
    fresh = run(b, "Karim", lambda u: customers.get_customer(u, cid))
    assert fresh.city == "Villeurbanne" and fresh.version == 2
    assert _updates(a) == ["Marie"]
    assert verify_audit(a).ok


def test_two_stations_appending_keep_one_chain(pg_stations: tuple[Database, Database]) -> None:
    """B's append waits for A's open transaction (advisory lock), then chains after A's entry."""
    import threading

    a, b = pg_stations
    run(a, "Marie", lambda u: u.audit("asset", 1, "note", "avant"))
    with UnitOfWork(a, "Marie") as ua:
        ua.audit("asset", 1, "note", "A, transaction ouverte")  # holds the chain lock
        done = threading.Event()

        def station_b() -> None:
            run(b, "Karim", lambda u: u.audit("asset", 1, "note", "B"))
            done.set()

        t = threading.Thread(target=station_b)
        t.start()
        assert not done.wait(0.5)  # B waits for A's lock
        ua.commit()
        t.join(10)
    assert done.is_set()
    with a.engine.connect() as conn:
        summaries = list(conn.scalars(select(AuditEntry.summary).order_by(AuditEntry.id)))
        assert conn.scalar(select(func.count(func.distinct(AuditEntry.prev_hash)))) == 4
    assert summaries[1:] == ["avant", "A, transaction ouverte", "B"]  # after the keyed-chain marker
    assert verify_audit(a).ok
