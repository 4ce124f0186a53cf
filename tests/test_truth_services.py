"""Issue 13 through the services (real SQLite file): call times kept in the desk's time zone
(R-46 Decision) and impossible facts refused naming the field (R-90)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal as D
from pathlib import Path

import pytest

from sav_desktop.domain.coverage import Decision, IncidentKind
from sav_desktop.domain.enums import ContractKind
from sav_desktop.domain.errors import ValidationError
from sav_desktop.domain.records import AssetInput
from sav_desktop.services import assets, checkin, losses, tickets

from .workflow_support import World

TODAY = date(2025, 6, 10)  # a Tuesday; Pentecost Monday was 09/06


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path, TODAY)


def _rental(world: World, signed: date = date(2024, 3, 1), **kw: object) -> int:
    customer = world.customer()
    asset = world.asset("MOVE5000_WIFI", signed)
    world.contract(ContractKind.RENTAL, customer, (asset,), signed_on=signed, deposit=D("300.00"), **kw)
    return asset


@pytest.mark.parametrize(
    ("reported_at", "stored", "deadline"),
    [
        (datetime(2025, 6, 10, 10, 30, tzinfo=timezone.utc), datetime(2025, 6, 10, 12, 30), date(2025, 6, 13)),
        (datetime(2025, 6, 10, 8, 30, tzinfo=timezone.utc), datetime(2025, 6, 10, 10, 30), date(2025, 6, 12)),
        (datetime(2025, 6, 10, 10, 30), datetime(2025, 6, 10, 10, 30), date(2025, 6, 12)),  # already desk time
        (datetime(2025, 6, 10, 5, 30, tzinfo=timezone(timedelta(hours=-4))), datetime(2025, 6, 10, 11, 30),
         date(2025, 6, 13)),
    ],
    ids=["R46-utc-10h30-is-12h30-paris", "R46-utc-8h30-is-10h30-paris", "R46-naive-is-desk-time",
         "R46-new-york-offset"],
)
def test_R46_ticket_call_time_stored_in_paris_time(world: World, reported_at: datetime, stored: datetime,
                                                   deadline: date) -> None:
    asset = _rental(world)
    tid = world.run(lambda u: tickets.open_ticket(u, asset, "écran noir", reported_at))
    world.run(lambda u: tickets.start_diagnosis(u, tid))
    result = world.run(lambda u: tickets.record_diagnosis(u, tid, True))
    assert result.decision is Decision.COVERED_EXCHANGE and result.deadline == deadline
    assert world.read(lambda u: tickets.ticket_view(u, tid)).reported_at.replace(tzinfo=None) == stored


def test_R46_loss_report_time_stored_in_paris_time(world: World) -> None:
    asset = _rental(world)
    loss_id = world.run(lambda u: losses.declare_loss(
        u, asset, IncidentKind.THEFT, TODAY, datetime(2025, 6, 10, 9, 15, tzinfo=timezone.utc), "vol du véhicule"))
    view = world.read(lambda u: losses.loss_view(u, loss_id))
    assert view.reported_at.replace(tzinfo=None) == datetime(2025, 6, 10, 11, 15)


def test_R90_call_before_the_contract_signature_is_refused(world: World) -> None:
    asset = _rental(world, signed=date(2025, 6, 1))
    with pytest.raises(ValidationError) as err:
        world.run(lambda u: tickets.open_ticket(u, asset, "écran noir", datetime(2025, 5, 30, 10, 0)))
    assert [(p.field, p.rule) for p in err.value.problems] == [("reported_at", "R-90")]


def test_R90_return_before_the_contract_signature_is_refused(world: World) -> None:
    asset = _rental(world, signed=date(2025, 6, 1), ended_on=date(2025, 6, 5))
    with pytest.raises(ValidationError) as err:
        world.run(lambda u: checkin.check_in_rental(u, asset, returned_on=date(2025, 5, 31)))
    assert ("returned_on", "R-90") in [(p.field, p.rule) for p in err.value.problems]


def test_R90_commissioning_in_the_future_is_refused(world: World) -> None:
    with pytest.raises(ValidationError) as err:
        world.run(lambda u: assets.register_asset(u, AssetInput("NEO", "SN-FUTUR", in_service_on=date(2025, 6, 11))))
    assert [(p.field, p.rule) for p in err.value.problems] == [("in_service_on", "R-90")]


@pytest.mark.parametrize(
    ("kw", "field"),
    [({"delivered_on": date(2024, 2, 28)}, "delivered_on"), ({"ended_on": date(2024, 2, 1)}, "ended_on")],
    ids=["R90-delivered-before-signature", "R90-ended-before-signature"],
)
def test_R90_contract_dates_before_signature_are_refused(world: World, kw: dict[str, date], field: str) -> None:
    customer = world.customer()
    asset = world.asset("MOVE5000_WIFI", date(2024, 3, 1))
    with pytest.raises(ValidationError) as err:
        world.contract(ContractKind.RENTAL, customer, (asset,), signed_on=date(2024, 3, 1), **kw)
    assert (field, "R-90") in [(p.field, p.rule) for p in err.value.problems]
