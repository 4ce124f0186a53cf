"""SERENITE benefits are recorded and given back to the coverage engine: one covered damage
per 12 months (R-44), one free battery per 2 years (R-45). (A rental check-in comes after the
rental's end, when SERENITE has ended with it: its damage is never a SERENITE benefit.)"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from sav_desktop.domain.coverage import BenefitEvent, Decision
from sav_desktop.domain.enums import ContractKind, OptionName
from sav_desktop.services import benefits, tickets

from .workflow_support import World, option

SIGNED = date(2024, 1, 8)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path, date(2025, 3, 7))


def _serenite_rental(world: World, **kw: object) -> tuple[int, int]:
    customer = world.customer()
    a = world.asset("MOVE5000_WIFI", SIGNED)
    contract = world.contract(ContractKind.RENTAL, customer, (a,), signed_on=SIGNED, deposit=Decimal("300.000"),
                              options=(option(OptionName.SERENITE, SIGNED),), **kw)
    return a, contract


def _damage_ticket(world: World, asset: int) -> tuple[int, Decision]:
    call = datetime.combine(world.today, datetime.min.time()).replace(hour=9)
    tid = world.run(lambda u: tickets.open_ticket(u, asset, "écran cassé", call))
    world.run(lambda u: tickets.start_diagnosis(u, tid))
    world.run(lambda u: tickets.record_diagnosis(u, tid, True))
    world.run(lambda u: tickets.issue_rma(u, tid))
    world.run(lambda u: tickets.receive_device(u, tid))
    world.run(lambda u: tickets.inspect(u, tid, exclusions=["BREAKAGE"]))
    return tid, world.run(lambda u: tickets.decide(u, tid)).decision


def _finish(world: World, tid: int, decision: Decision) -> None:
    if decision is Decision.COVERED_SERENITE:
        world.run(lambda u: tickets.send_to_maker(u, tid))
        world.run(lambda u: tickets.receive_from_maker(u, tid))
    else:
        world.run(lambda u: tickets.draw_quote(u, tid))
        world.run(lambda u: tickets.refuse_quote(u, tid))
    world.run(lambda u: tickets.return_to_customer(u, tid))
    world.run(lambda u: tickets.close(u, tid))


def test_R44_one_covered_damage_per_12_months_across_tickets(world: World) -> None:
    asset, contract = _serenite_rental(world)
    first, decision = _damage_ticket(world, asset)
    assert decision is Decision.COVERED_SERENITE
    history = world.read(lambda u: benefits.history_of(u, asset, contract))
    assert [(h.event, h.on) for h in history] == [(BenefitEvent.SERENITE_DAMAGE_COVERED, date(2025, 3, 7))]
    _finish(world, first, decision)

    world.today = date(2025, 9, 1)
    second, decision = _damage_ticket(world, asset)
    assert decision is Decision.BILLED_REPAIR  # R-44 used on 07/03/2025: billed
    view = world.read(lambda u: tickets.ticket_view(u, second))
    assert "R-44" in view.rules and "R-63" in view.rules and "07/03/2025" in view.decision_why
    assert view.total_ht == Decimal("440.000")
    _finish(world, second, decision)
    assert len(world.read(lambda u: benefits.history_of(u, asset, contract))) == 1  # a billed one is not recorded

    world.today = date(2026, 3, 9)  # 12 months after 07/03/2025 have passed
    third, decision = _damage_ticket(world, asset)
    assert decision is Decision.COVERED_SERENITE
    assert len(world.read(lambda u: benefits.history_of(u, asset, contract))) == 2


def test_R45_one_free_battery_every_2_years(world: World) -> None:
    asset, contract = _serenite_rental(world)
    assert world.run(lambda u: benefits.request_battery(u, asset)).decision is Decision.FREE_BATTERY
    again = world.run(lambda u: benefits.request_battery(u, asset))
    assert again.decision is Decision.NOT_COVERED and "07/03/2027" in again.why
    world.today = date(2027, 3, 8)
    assert world.run(lambda u: benefits.request_battery(u, asset)).decision is Decision.FREE_BATTERY
    events = [h.event for h in world.read(lambda u: benefits.history_of(u, asset, contract))]
    assert events == [BenefitEvent.SERENITE_BATTERY_SENT, BenefitEvent.SERENITE_BATTERY_SENT]


def test_history_follows_the_replacement_of_a_standard_exchange(world: World) -> None:
    asset, contract = _serenite_rental(world)
    tid, decision = _damage_ticket(world, asset)
    _finish(world, tid, decision)
    world.today = date(2025, 5, 5)
    t2 = world.run(lambda u: tickets.open_ticket(u, asset, "ne s'allume plus", datetime(2025, 5, 5, 9, 0)))
    world.run(lambda u: tickets.start_diagnosis(u, t2))
    world.run(lambda u: tickets.record_diagnosis(u, t2, True))
    spare = world.asset("MOVE5000_WIFI", SIGNED)
    world.run(lambda u: tickets.ship_replacement(u, t2, spare))
    history = world.read(lambda u: benefits.history_of(u, spare, contract))
    assert [h.on for h in history] == [date(2025, 3, 7)]
