"""Issue 10, point 5: one coverage fact-builder (services.coverage_facts) for the "Prise en
charge" tab, the tickets, the check-in, the losses and the battery requests: the tab and the
ticket decide alike on the same device and day, after a covered SERENITE damage too (R-44,
12 months). Previews (check-in charges, loss price) write nothing and take no audit lock: a
preview at one station runs while another station's transaction holds the chain lock."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from sav_desktop.domain.coverage import BenefitEvent, Decision, Incident, IncidentKind
from sav_desktop.domain.enums import ContractKind, OptionName
from sav_desktop.domain.records import AssetInput, ContractInput, CustomerInput, OptionInput
from sav_desktop.services import assets, contracts, customers, tickets
from sav_desktop.services.desk import Desk
from sav_desktop.services.uow import UnitOfWork
from sav_desktop.services.users import ensure_user
from sav_desktop.store.db import Database, open_database
from sav_desktop.store.models import AuditEntry, Base

from .workflow_support import World, option

SIGNED = date(2024, 1, 8)


def _serenite_rental(world: World) -> int:
    customer = world.customer()
    asset = world.asset("MOVE5000_WIFI", SIGNED)
    world.contract(ContractKind.RENTAL, customer, (asset,), signed_on=SIGNED, deposit=Decimal("300.00"),
                   options=(option(OptionName.SERENITE, SIGNED),))
    return asset


def _call(world: World) -> datetime:
    return datetime.combine(world.today, datetime.min.time()).replace(hour=9)


def _ticket_decision(world: World, asset: int) -> Decision:
    """A damage ticket through the workshop to the engine's decision, then closed."""
    tid = world.run(lambda u: tickets.open_ticket(u, asset, "écran cassé", _call(world)))
    for step in (tickets.start_diagnosis,):
        world.run(lambda u: step(u, tid))
    world.run(lambda u: tickets.record_diagnosis(u, tid, True))
    world.run(lambda u: tickets.issue_rma(u, tid))
    world.run(lambda u: tickets.receive_device(u, tid))
    world.run(lambda u: tickets.inspect(u, tid, exclusions=["BREAKAGE"]))
    decision = world.run(lambda u: tickets.decide(u, tid)).decision
    if decision is Decision.COVERED_SERENITE:
        world.run(lambda u: tickets.send_to_maker(u, tid))
        world.run(lambda u: tickets.receive_from_maker(u, tid))
    else:
        world.run(lambda u: tickets.draw_quote(u, tid))
        world.run(lambda u: tickets.refuse_quote(u, tid))
    world.run(lambda u: tickets.return_to_customer(u, tid))
    world.run(lambda u: tickets.close(u, tid))
    return decision


def _tab_decision(qtbot, world: World, asset: int) -> Decision:  # type: ignore[no-untyped-def]
    """What the device sheet's "Prise en charge" tab decides for the same damage, today."""
    from sav_desktop.ui.main_window import MainWindow

    desk = Desk(world.db, "Marie", clock=world.clock)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    view = window.detail_view
    view.show_detail(desk.asset_detail(asset))
    assert view.tabs.isTabEnabled(view.coverage_tab)
    view.coverage.set_incident(Incident(IncidentKind.DAMAGE, reported_at=_call(world), exclusions=("BREAKAGE",)))
    result = view.coverage.result()
    assert result is not None
    return result.decision


@pytest.mark.gui
def test_tab_and_ticket_agree_before_and_after_a_covered_damage(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    world = World(tmp_path, date(2025, 3, 7))
    asset = _serenite_rental(world)
    assert _tab_decision(qtbot, world, asset) is Decision.COVERED_SERENITE
    assert _ticket_decision(world, asset) is Decision.COVERED_SERENITE  # R-44 used on 07/03/2025

    world.today = date(2025, 9, 1)  # six months later: within R-44's 12 months
    facts = Desk(world.db, "Marie", clock=world.clock).coverage_facts(asset)
    assert facts is not None and [(h.event, h.on) for h in facts.history] == [
        (BenefitEvent.SERENITE_DAMAGE_COVERED, date(2025, 3, 7))]
    tab = _tab_decision(qtbot, world, asset)
    ticket = _ticket_decision(world, asset)
    assert tab is ticket is Decision.BILLED_REPAIR

    world.today = date(2026, 3, 9)  # the 12 months have passed: covered again, in both
    assert _tab_decision(qtbot, world, asset) is _ticket_decision(world, asset) is Decision.COVERED_SERENITE


def test_facts_are_those_the_engine_gets_everywhere(tmp_path: Path) -> None:
    """The same facts object decides the battery request and the loss price as the services do."""
    world = World(tmp_path, date(2025, 3, 7))
    asset = _serenite_rental(world)
    desk = Desk(world.db, "Marie", clock=world.clock)
    facts = desk.coverage_facts(asset)
    assert facts is not None and facts.options[0].name is OptionName.SERENITE and facts.today == world.today
    expected = facts.assess(Incident(IncidentKind.BATTERY_REQUEST))
    assert desk.request_battery(asset).decision is expected.decision is Decision.FREE_BATTERY
    again = desk.coverage_facts(asset)
    assert again is not None and [h.event for h in again.history] == [BenefitEvent.SERENITE_BATTERY_SENT]
    loss = facts.assess(Incident(IncidentKind.THEFT), date(2025, 3, 1))
    preview = desk.preview_loss(asset, "theft", date(2025, 3, 1))
    assert (preview.decision, preview.total_ht) == (loss.decision.value, loss.total_ht)
    unknown = world.asset("PCSC_READER", SIGNED)  # in stock, on no contract
    assert desk.coverage_facts(unknown) is None


# --- previews never block another station -------------------------------------------------------


def _counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0) for t in Base.metadata.sorted_tables}


NOW = datetime(2025, 6, 16, 10, 0, tzinfo=timezone.utc)


def _clock() -> datetime:
    return NOW


def _rental(db: Database) -> int:
    with UnitOfWork(db, "Marie", _clock) as uow:
        ensure_user(uow, "Marie")
        cid = customers.create_customer(uow, CustomerInput("Cabinet Dupont", city="Lyon", postal_code="69003"))
        asset = assets.register_asset(uow, AssetInput("MOVE5000_4G", "SN00000042", in_service_on=date(2024, 6, 3))).id
        contracts.create_contract(uow, ContractInput(
            ContractKind.RENTAL, cid, date(2024, 6, 3), (asset,), ended_on=date(2025, 6, 13),
            deposit=Decimal("300.00"), insurer="MACSF", policy_number="POL-1",
            software_service="Logiciel de facturation",
            options=(OptionInput(OptionName.SERENITE, date(2024, 6, 3)),)))
        uow.commit()
    return asset


def test_previews_run_while_another_station_holds_the_audit_lock(db_url: str) -> None:
    """Station A has written an audit entry, its transaction open (it holds the chain lock, and
    on SQLite the write lock); station B's previews answer at once and write nothing. Station
    B's real declaration, by contrast, has to wait for that lock (refused here, after the
    short lock timeout B is given)."""
    station_a = open_database(db_url)
    station_b = open_database(db_url, migrate=False)
    if station_b.engine.dialect.name == "postgresql":
        @event.listens_for(station_b.engine, "connect")
        def _short_wait(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            with dbapi_conn.cursor() as cur:
                cur.execute("SET lock_timeout = '2s'")
            dbapi_conn.commit()

        station_b.engine.dispose()  # connections opened before the listener would wait forever
    try:
        asset = _rental(station_a)
        desk_b = Desk(station_b, "Marie", clock=_clock)
        with UnitOfWork(station_a, "Marie", _clock) as held:
            held.audit("asset", asset, "note", "station A : transaction ouverte")
            held.flush()  # the entry is written: the chain (and SQLite's write) lock is A's
            before = _counts(station_b)
            check_in = desk_b.preview_check_in(asset, seal_intact=False)
            loss = desk_b.preview_loss(asset, "theft", date(2025, 6, 10))
            assert check_in.id == 0 and check_in.total_ht > 0 and check_in.charges
            assert loss.id == 0 and loss.total_ht > 0 and loss.charges
            assert _counts(station_b) == before
            with pytest.raises(Exception):  # the real declaration needs the lock A holds
                desk_b.declare_loss(asset, "theft", date(2025, 6, 10))
            held.commit()
        assert _counts(station_a)[AuditEntry.__tablename__] == before[AuditEntry.__tablename__] + 1
        assert desk_b.losses_of_asset(asset) == []
    finally:
        station_b.dispose()
        station_a.dispose()
