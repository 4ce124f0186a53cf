"""Today's desk on a real SQLite file: exchanges past J+2 (R-46), devices at the maker for
more than 3 months (R-60), ended rentals not back (R-51), carence ending this week (R-42),
warranties ending without an option (R-10, R-40, R-43)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from sav_desktop.domain.enums import AssetStatus, ContractKind, OptionName
from sav_desktop.services import assets, checkin, contracts, tickets
from sav_desktop.services.desk import Desk
from sav_desktop.services.today import Severity, TodayItem, TodayKind
from sav_desktop.store.models import OptionSubscription

from .workflow_support import World, option

TODAY = date(2025, 3, 12)  # a Wednesday: the week runs Monday 10/03 to Sunday 16/03


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path, TODAY)


def _today(world: World) -> list[TodayItem]:
    return list(Desk.trusted(world.db, "Julie Moreau", clock=world.clock).today_desk().items)


def _of(items: list[TodayItem], kind: TodayKind) -> dict[int, TodayItem]:
    return {i.asset_id: i for i in items if i.kind is kind}


def _exchange(world: World, customer: int, call: datetime) -> tuple[int, int]:
    faulty = world.asset()
    world.contract(ContractKind.SALE, customer, (faulty,), signed_on=date(2025, 1, 6), delivered_on=date(2025, 1, 10),
                   options=(option(OptionName.ECHANGE_STANDARD, date(2025, 1, 6), faulty),))
    tid = world.run(lambda u: tickets.open_ticket(u, faulty, "ne s'allume plus", call))
    world.run(lambda u: tickets.start_diagnosis(u, tid))
    world.run(lambda u: tickets.record_diagnosis(u, tid, True))
    return faulty, tid


def test_R46_exchanges_past_J_plus_2(world: World) -> None:
    customer = world.customer()
    late, late_ticket = _exchange(world, customer, datetime(2025, 3, 6, 9, 30))  # J+2 = Monday 10/03
    shipped, shipped_ticket = _exchange(world, customer, datetime(2025, 3, 6, 10, 0))
    spare = world.asset()
    world.run(lambda u: tickets.ship_replacement(u, shipped_ticket, spare, date(2025, 3, 7)))
    on_time, _ = _exchange(world, customer, datetime(2025, 3, 11, 9, 0))  # J+2 = 13/03
    found = _of(_today(world), TodayKind.EXCHANGE_LATE)
    assert set(found) == {late, shipped}
    assert found[late].severity is Severity.URGENT and found[late].ticket_id == late_ticket
    assert "10/03/2025" in found[late].sentence and "pas encore expédié" in found[late].sentence
    assert found[late].rule == "R-46" and found[late].asset_tag
    assert found[shipped].severity is Severity.WARNING and "à relancer" in found[shipped].sentence
    assert on_time not in found


def _at_maker(world: World, customer: int, sent_on: date) -> int:
    faulty = world.asset()
    world.contract(ContractKind.SALE, customer, (faulty,), signed_on=date(2024, 6, 3), delivered_on=date(2024, 6, 5))
    tid = world.run(lambda u: tickets.open_ticket(u, faulty, "lecteur de carte HS", datetime(2024, 11, 4, 9, 0)))
    world.run(lambda u: tickets.start_diagnosis(u, tid))
    world.run(lambda u: tickets.record_diagnosis(u, tid, True))
    world.run(lambda u: tickets.issue_rma(u, tid))
    world.run(lambda u: tickets.receive_device(u, tid))
    world.run(lambda u: tickets.inspect(u, tid, manufacturing_defect=True))
    world.run(lambda u: tickets.decide(u, tid))
    world.run(lambda u: tickets.send_to_maker(u, tid, sent_on))
    return faulty


def test_R60_at_the_maker_for_more_than_3_months(world: World) -> None:
    customer = world.customer()
    long_ago = _at_maker(world, customer, date(2024, 12, 1))  # 3 months on 01/03/2025
    exactly = _at_maker(world, customer, date(2024, 12, 12))  # 3 months today: not more
    found = _of(_today(world), TodayKind.AT_MAKER_TOO_LONG)
    assert set(found) == {long_ago}
    assert exactly not in found
    item = found[long_ago]
    assert item.rule == "R-60" and item.due == date(2025, 3, 1)
    assert "depuis le 01/12/2024" in item.sentence and "3 mois" in item.sentence


def _ended_rental(world: World, customer: int, ended: date) -> int:
    a = world.asset("MOVE5000_WIFI", date(2024, 1, 15))
    world.contract(ContractKind.RENTAL, customer, (a,), signed_on=date(2024, 1, 15), ended_on=ended,
                   deposit=Decimal("200.000"))
    return a


def test_R51_rentals_ended_not_back(world: World) -> None:
    customer = world.customer()
    closed = _ended_rental(world, customer, date(2025, 2, 10))  # deadline Monday 10/03: passed
    closing = _ended_rental(world, customer, date(2025, 2, 17))  # deadline 17/03: within 7 days
    later = _ended_rental(world, customer, date(2025, 2, 25))  # deadline 25/03: not yet
    lost = _ended_rental(world, customer, date(2025, 2, 3))
    world.run(lambda u: assets.set_status(u, lost, AssetStatus.LOST, "déclaré perdu"))
    back = _ended_rental(world, customer, date(2025, 2, 4))
    world.run(lambda u: checkin.check_in_rental(u, back))
    running = world.asset()
    world.contract(ContractKind.RENTAL, customer, (running,), signed_on=date(2024, 1, 15))
    found = _of(_today(world), TodayKind.RETURN_DUE)
    assert set(found) == {closed, closing}
    assert found[closed].severity is Severity.URGENT and found[closed].due == date(2025, 3, 10)
    assert "dépassé depuis le 10/03/2025" in found[closed].sentence and "R-61" in found[closed].sentence
    assert found[closing].severity is Severity.WARNING
    assert "au plus tard le 17/03/2025 (dans 5 jours, R-51)" in found[closing].sentence
    assert later not in found and lost not in found and back not in found


def test_R42_carence_ending_this_week(world: World) -> None:
    customer = world.customer()
    sold, sold_later, at_signature = world.asset(), world.asset(), world.asset()
    signed = date(2024, 12, 2)
    world.contract(ContractKind.SALE, customer, (sold, sold_later, at_signature), signed_on=signed,
                   delivered_on=date(2024, 12, 4), options=(
                       option(OptionName.CONFORT, date(2024, 12, 13), sold),  # in force Thursday 13/03
                       option(OptionName.SERENITE, date(2024, 12, 20), sold_later),  # 20/03: next week
                       option(OptionName.ECHANGE_STANDARD, signed, at_signature),  # in force at once
                   ))
    rented = world.asset("MOVE5000_WIFI", date(2024, 9, 2))
    world.contract(ContractKind.RENTAL, customer, (rented,), signed_on=date(2024, 9, 2),
                   options=(option(OptionName.SERENITE, date(2024, 12, 10)),))  # Monday 10/03, contract-wide
    found = _of(_today(world), TodayKind.CARENCE_ENDS)
    assert set(found) == {sold, rented}
    assert found[sold].due == date(2025, 3, 13) and found[sold].severity is Severity.INFO
    assert "Maintenance CONFORT souscrite le 13/12/2024" in found[sold].sentence
    assert "jeudi 13/03/2025 (R-42)" in found[sold].sentence
    assert found[rented].due == date(2025, 3, 10) and found[rented].asset_tag


def test_R10_warranty_ending_without_option(world: World) -> None:
    customer = world.customer()
    bare, covered, ended_option, far = world.asset(), world.asset(), world.asset(), world.asset()
    world.contract(ContractKind.SALE, customer, (bare,), signed_on=date(2024, 3, 15), delivered_on=date(2024, 3, 20))
    world.contract(ContractKind.SALE, customer, (covered,), signed_on=date(2024, 3, 25), delivered_on=date(2024, 4, 1),
                   options=(option(OptionName.ECHANGE_STANDARD, date(2024, 3, 25), covered),))
    world.contract(ContractKind.SALE, customer, (ended_option,), signed_on=date(2024, 3, 25),
                   options=(option(OptionName.ECHANGE_STANDARD, date(2024, 3, 25), ended_option),))
    world.contract(ContractKind.SALE, customer, (far,), signed_on=date(2024, 5, 2))
    oid = world.read(lambda u: u.session.scalar(
        select(OptionSubscription.id).where(OptionSubscription.asset_id == ended_option)))
    assert oid is not None
    world.run(lambda u: contracts.terminate_option(u, oid, date(2025, 1, 6)))
    found = _of(_today(world), TodayKind.WARRANTY_ENDS)
    assert set(found) == {bare, ended_option}
    item = found[bare]
    assert item.due == date(2025, 3, 19) and item.rule == "R-40"
    assert "Garantie constructeur jusqu'au 19/03/2025 (dans 7 jours, R-10)" in item.sentence
    assert "fermée depuis le 16/06/2024" in item.sentence  # 15/03/2024 + 3 months, inclusive
    assert found[ended_option].rule == "R-43" and "résiliée" in found[ended_option].sentence


def test_items_sorted_most_urgent_first(world: World) -> None:
    customer = world.customer()
    _ended_rental(world, customer, date(2025, 2, 17))
    _ended_rental(world, customer, date(2025, 2, 10))
    world.contract(ContractKind.SALE, customer, (world.asset(),), signed_on=date(2024, 3, 15),
                   delivered_on=date(2024, 3, 20))
    view = Desk.trusted(world.db, "Julie Moreau", clock=world.clock).today_desk()
    assert view.today == TODAY
    assert [i.severity for i in view.items] == [Severity.URGENT, Severity.WARNING, Severity.INFO]
    assert view.count(TodayKind.RETURN_DUE) == 2 and view.count(TodayKind.WARRANTY_ENDS) == 1
