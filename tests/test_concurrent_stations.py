"""Several desk stations at the same moment, each a real process with its own connections,
on one SQLite file and on the PostgreSQL base: every save lands or is refused in French
(never a traceback, never "database is locked"), no change is lost, and what must be unique
is held by the database itself. Also: migration 0007 on a base that already holds duplicates.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from sav_desktop.domain.enums import ItemKind, Role
from sav_desktop.domain.errors import ValidationError
from sav_desktop.domain.records import search_key
from sav_desktop.services import catalogue, users
from sav_desktop.services.trust import verify_audit
from sav_desktop.services.uow import run
from sav_desktop.store.db import Database, alembic_config, make_engine, open_database
from sav_desktop.store.models import Asset, AuditEntry, CatalogueItem, Customer

from . import concurrent_workers as workers
from .conftest import customer_input, valid_iccid, valid_siret

STATIONS = 6
RAW_DB_TEXT = ("sqlite3", "OperationalError", "IntegrityError", "psycopg", "Traceback", "database is locked",
               "UNIQUE constraint", "duplicate key")


def _french(message: str) -> None:
    assert not any(raw in message for raw in RAW_DB_TEXT), message


@pytest.fixture
def url(db_url: str) -> str:
    """A migrated base with one administrator account per station."""
    return _with_stations(db_url)


def _with_stations(db_url: str) -> str:
    db = open_database(db_url)
    try:
        for i in range(STATIONS):
            run(db, f"Poste {i}", lambda u, i=i: users.ensure_user(u, f"Poste {i}", Role.ADMIN))
    finally:
        db.dispose()
    return db_url


def _stations(url: str, target: Callable[..., None], per_station: list[tuple[Any, ...]]) -> list[list[Any]]:
    """Start one process per station, all released together; their outcomes, by station."""
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(len(per_station))
    results = ctx.Queue()
    procs = [ctx.Process(target=target, args=(url, barrier, results, i, *args)) for i, args in enumerate(per_station)]
    for p in procs:
        p.start()
    got = dict(results.get(timeout=600) for _ in procs)
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0
    outcomes = [got[i] for i in range(len(per_station))]
    for station in outcomes:
        for o in station:
            assert o[0] != "crash", o[1]
            if o[0] == "refused":
                _french(o[2])
    return outcomes


def _count(url: str, column: Any, *where: Any) -> int:
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            return int(conn.scalar(select(func.count(column)).where(*where)) or 0)
    finally:
        db.dispose()


def test_120_concurrent_customer_creations_land_or_are_refused_in_french(url: str) -> None:
    per = 120 // STATIONS
    outcomes = [o for station in _stations(url, workers.create_customers, [(per,)] * STATIONS) for o in station]
    assert len(outcomes) == 120
    landed = [o for o in outcomes if o[0] == "ok"]
    refused = [o for o in outcomes if o[0] == "refused"]
    assert len(landed) + len(refused) == 120
    for o in refused:  # only "busy, try again" may refuse a valid new customer
        assert o[2] == "la base est occupée par un autre poste, réessayez"
    assert _count(url, Customer.id) == len(landed) and len({o[1] for o in landed}) == len(landed)
    # Writers wait for each other (BEGIN IMMEDIATE within the busy timeout on SQLite, row and
    # audit locks on PostgreSQL): on an ordinary day at the desk, none is even refused.
    assert len(landed) == 120, refused[:3]
    db = open_database(url)
    try:
        assert verify_audit(db).ok  # one unforked chain: every creation audited in its transaction
    finally:
        db.dispose()


def test_two_admins_changing_one_price_one_lands_the_other_is_told(url: str) -> None:
    db = open_database(url)
    try:
        item_id = run(db, "Poste 0", lambda u: catalogue.add_item(u, "BATT_M5", "Batterie MOVE/5000",
                                                                   ItemKind.CONSUMABLE, "39.900"))
        version = run(db, "Poste 0", lambda u: catalogue.get_item(u, item_id)).version
    finally:
        db.dispose()
    prices = ["41.500", "44.000"]
    outcomes = [s[0] for s in _stations(url, workers.change_price, [(item_id, version, p) for p in prices])]
    landed = [i for i, o in enumerate(outcomes) if o[0] == "ok"]
    assert len(landed) == 1, outcomes
    winner, loser = landed[0], 1 - landed[0]
    kind, message = outcomes[loser][1], outcomes[loser][2]
    assert kind == "ConflictError"
    assert message.startswith(f"L'article BATT_M5 a été modifié entre-temps par Poste {winner} à "), message
    assert "rechargez" in message
    db = open_database(url)
    try:
        item = run(db, "Poste 0", lambda u: catalogue.get_item(u, item_id))
        assert item.price_ht == Decimal(prices[winner]) and item.version == version + 1  # no change lost
        with db.engine.connect() as conn:
            updates = conn.execute(select(AuditEntry.user_name, AuditEntry.summary).where(
                AuditEntry.entity == "catalogue_item", AuditEntry.action == "update")).all()
        assert [u for u, _ in updates] == [f"Poste {winner}"]
        assert prices[winner] in updates[0][1]
    finally:
        db.dispose()


def test_same_siret_from_two_stations_exactly_one_saved(url: str) -> None:
    outcomes = [s[0] for s in _stations(url, workers.create_customer_siret, [(77,), (77,)])]
    assert sorted(o[0] for o in outcomes) == ["ok", "refused"], outcomes
    refusal = next(o for o in outcomes if o[0] == "refused")
    assert refusal[1] == "ValidationError" and refusal[3] == ["siret"], refusal
    assert "SIRET" in refusal[2]
    assert _count(url, Customer.id, Customer.siret == valid_siret(77)) == 1


def test_same_iccid_from_two_stations_exactly_one_saved(url: str) -> None:
    outcomes = [s[0] for s in _stations(url, workers.register_iccid, [(55,), (55,)])]
    assert sorted(o[0] for o in outcomes) == ["ok", "refused"], outcomes
    refusal = next(o for o in outcomes if o[0] == "refused")
    assert refusal[1] == "ValidationError" and refusal[3] == ["iccid"], refusal
    assert "ICCID" in refusal[2]
    assert _count(url, Asset.id, Asset.iccid == valid_iccid(55)) == 1


def test_the_database_itself_refuses_a_duplicate_naming_the_field(url: str) -> None:
    """Past the services' own check (as a station racing it would be): the constraint holds,
    and its refusal names the field in French."""
    db = open_database(url)
    try:
        run(db, "Poste 0", lambda u: u.session.add(Customer(
            practice_name="A", search_name="A", siret=valid_siret(9), created_at=datetime.now(timezone.utc))))

        def duplicate(u: Any) -> None:
            u.session.add(Customer(practice_name="B", search_name="B", siret=valid_siret(9),
                                   created_at=datetime.now(timezone.utc)))
            u.flush()

        with pytest.raises(ValidationError) as info:
            run(db, "Poste 0", duplicate)
        assert info.value.fields == ["siret"]
        assert str(info.value) == "siret: ce SIRET est déjà celui d'un autre client"
        with db.engine.connect() as conn:
            assert conn.scalar(select(func.count(Customer.id))) == 1
    finally:
        db.dispose()


def test_a_base_locked_past_the_wait_is_refused_in_french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite's busy timeout (one file shared by the stations); PostgreSQL's lock waits are
    the lock_timeout of the conflict and preview tests."""
    url = _with_stations(f"sqlite:///{tmp_path / 'occupee.sqlite3'}")
    path = url.removeprefix("sqlite:///")
    holder = sqlite3.connect(path, isolation_level=None)
    monkeypatch.setenv("SAV_BUSY_TIMEOUT_MS", "300")  # read by the station process at start
    try:
        holder.execute("BEGIN IMMEDIATE")  # another station writing, and not letting go
        [[outcome]] = _stations(url, workers.create_customers, [(1,)])
    finally:
        holder.rollback()
        holder.close()
    assert outcome[:3] == ("refused", "BusyError", "la base est occupée par un autre poste, réessayez")
    assert _count(url, Customer.id) == 0


# --- migration 0007 on an existing base -------------------------------------------------------


def test_migration_0007_dedupes_existing_duplicates_without_losing_them(db_url: str) -> None:
    from alembic import command

    engine = make_engine(db_url)
    cfg = alembic_config(db_url)
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
        conn.commit()
        now = datetime(2026, 1, 5, tzinfo=timezone.utc)
        for name in ("Cabinet Alpha", "Cabinet Beta", "Cabinet Gamma"):
            conn.execute(Customer.__table__.insert().values(
                practice_name=name, search_name=search_key(name), siret=valid_siret(5), address="", postal_code="",
                city="", notes="note existante" if name.endswith("Beta") else "", created_at=now, version=1))
        for serial in ("M5G0001", "M5G0002"):
            conn.execute(Asset.__table__.insert().values(
                model_code="MOVE5000_4G", serial=serial, status="IN_STOCK", firmware_version="",
                iccid=valid_iccid(3), notes="", created_at=now, version=1))
        conn.commit()
    engine.dispose()

    db = open_database(db_url)  # the pending migrations, 0007 included
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(select(Customer.id, Customer.siret, Customer.notes, Customer.version)
                                .order_by(Customer.id)).all()
            devices = conn.execute(select(Asset.id, Asset.iccid, Asset.notes).order_by(Asset.id)).all()
            trail = conn.execute(select(AuditEntry.user_name, AuditEntry.entity, AuditEntry.action)
                                 .where(AuditEntry.action != "chain_keyed")).all()  # the keyed segment's marker
        first = rows[0].id
        assert [r.siret for r in rows] == [valid_siret(5), None, None]
        assert rows[1].notes.startswith("note existante\n[migration 0007] SIRET " + valid_siret(5))
        assert f"client n° {first}" in rows[2].notes and rows[2].version == 2
        assert [d.iccid for d in devices] == [valid_iccid(3), None]
        assert valid_iccid(3) in devices[1].notes
        assert sorted(trail) == [("migration 0007", "asset", "dedupe")] + [("migration 0007", "customer", "dedupe")] * 2
        assert verify_audit(db).ok
        # From now on the database refuses a duplicate.
        with pytest.raises(ValidationError) as info:
            run(db, "x", lambda u: (u.session.add(Customer(practice_name="D", search_name="D", siret=valid_siret(5),
                                                          created_at=now)), u.flush()))
        assert info.value.fields == ["siret"]
    finally:
        db.dispose()


def test_catalogue_items_carry_a_version(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'v.sqlite3'}")
    try:
        run(db, "Admin", lambda u: users.ensure_user(u, "Admin", Role.ADMIN))
        item_id = run(db, "Admin", lambda u: catalogue.add_item(u, "PSU", "Bloc", ItemKind.ACCESSORY, "10"))
        run(db, "Admin", lambda u: catalogue.update_item(u, item_id, "Bloc secteur", "12", 1))
        with db.engine.connect() as conn:
            assert conn.scalar(select(CatalogueItem.version).where(CatalogueItem.id == item_id)) == 2
    finally:
        db.dispose()
