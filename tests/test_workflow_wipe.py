"""R-80: a returned terminal cannot go back to stock before its data wipe is recorded."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from sav_desktop.domain.enums import AssetStatus, ContractKind, OptionName
from sav_desktop.domain.errors import ValidationError
from sav_desktop.domain.wipe import release_refusal
from sav_desktop.services import assets, checkin, lifecycle, tickets, wipes

from .workflow_support import World, option

TODAY = date(2025, 3, 7)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path, TODAY)


def _exchanged_faulty(world: World) -> int:
    customer = world.customer()
    faulty = world.asset()
    signed = date(2025, 1, 6)
    world.contract(ContractKind.SALE, customer, (faulty,), signed_on=signed,
                   options=(option(OptionName.ECHANGE_STANDARD, signed, faulty),))
    spare = world.asset()
    tid = world.run(lambda u: tickets.open_ticket(u, faulty, "panne", datetime(2025, 3, 5, 9, 0)))
    world.run(lambda u: tickets.start_diagnosis(u, tid))
    world.run(lambda u: tickets.record_diagnosis(u, tid, True))
    world.run(lambda u: tickets.ship_replacement(u, tid, spare, date(2025, 3, 5)))
    world.run(lambda u: tickets.receive_faulty(u, tid, date(2025, 3, 6)))
    return faulty


def test_R80_returned_terminal_needs_a_wipe_before_stock(world: World) -> None:
    faulty = _exchanged_faulty(world)
    assert world.read(lambda u: assets.asset_detail(u, faulty).status) == AssetStatus.IN_REPAIR.value
    before = world.audit_count()
    with pytest.raises(ValidationError) as caught:  # CYCLE-2: the fault is repaired first
        world.run(lambda u: assets.set_status(u, faulty, AssetStatus.IN_STOCK))
    assert caught.value.problems[0].rule == "CYCLE-2"
    world.run(lambda u: lifecycle.step(u, faulty, AssetStatus.TO_WIPE, "réparé"))
    with pytest.raises(ValidationError) as caught:
        world.run(lambda u: lifecycle.step(u, faulty, AssetStatus.IN_STOCK))
    problem = caught.value.problems[0]
    assert problem.field == "status" and problem.rule == "R-80"
    assert "effacement" in problem.message and "06/03/2025" in problem.message
    assert world.audit_count() == before + 1  # the repair step only
    # a wipe dated before the return does not count
    world.run(lambda u: wipes.record_wipe(u, faulty, "Effacement usine", "Paul", date(2025, 3, 4)))
    with pytest.raises(ValidationError):
        world.run(lambda u: assets.set_status(u, faulty, AssetStatus.IN_STOCK))
    world.run(lambda u: wipes.record_wipe(u, faulty, "Réinitialisation usine + contrôle", "Paul"))
    world.run(lambda u: assets.set_status(u, faulty, AssetStatus.IN_STOCK, "réparé"))
    assert world.read(lambda u: assets.asset_detail(u, faulty).status) == AssetStatus.IN_STOCK.value
    summaries = [e.summary for e in world.read(lambda u: assets.timeline(u, faulty))]
    assert any("Données effacées le 07/03/2025 par Paul" in s and "(R-80)" in s for s in summaries)


def test_a_rented_device_never_goes_straight_to_stock(world: World) -> None:
    customer = world.customer()
    rented = world.asset()
    world.contract(ContractKind.RENTAL, customer, (rented,), signed_on=date(2024, 1, 2))
    world.run(lambda u: wipes.record_wipe(u, rented, "Effacement usine", "Paul"))
    with pytest.raises(ValidationError) as caught:
        world.run(lambda u: assets.set_status(u, rented, AssetStatus.IN_STOCK))
    assert caught.value.problems[0].rule == "CYCLE-3" and "À effacer" in caught.value.problems[0].message
    with pytest.raises(ValidationError) as caught:  # the return is the check-in's, not a bare status change
        world.run(lambda u: lifecycle.step(u, rented, AssetStatus.TO_WIPE))
    assert caught.value.problems[0].rule == "CYCLE-1" and "Ctrl+R" in caught.value.problems[0].message


def test_R80_never_delivered_or_not_a_terminal_needs_no_wipe(world: World) -> None:
    new = world.asset()
    world.run(lambda u: lifecycle.step(u, new, AssetStatus.IN_REPAIR, "défaut au déballage"))
    world.run(lambda u: lifecycle.step(u, new, AssetStatus.TO_WIPE, "réparé"))
    world.run(lambda u: lifecycle.step(u, new, AssetStatus.IN_STOCK))  # never left: nothing to wipe
    customer = world.customer()
    socle = world.asset("SOCLE_MOVE5000")
    world.contract(ContractKind.RENTAL, customer, (socle,), signed_on=date(2024, 1, 2), ended_on=date(2025, 3, 1))
    world.run(lambda u: checkin.check_in_rental(u, socle))
    assert world.read(lambda u: assets.asset_detail(u, socle).status) == AssetStatus.TO_WIPE.value
    world.run(lambda u: lifecycle.step(u, socle, AssetStatus.IN_STOCK))  # holds no patient data


def test_record_wipe_requires_method_and_operator(world: World) -> None:
    asset = world.asset()
    with pytest.raises(ValidationError) as caught:
        world.run(lambda u: wipes.record_wipe(u, asset, " ", ""))
    assert set(caught.value.fields) == {"method", "operator"}
    assert {p.rule for p in caught.value.problems} == {"R-80"}
    with pytest.raises(ValidationError) as caught:
        world.run(lambda u: wipes.record_wipe(u, asset, "Effacement", "Paul", date(2025, 3, 8)))
    assert caught.value.fields == ["wiped_on"]


@pytest.mark.parametrize(
    ("old", "returned", "wiped", "refused"),
    [
        (AssetStatus.IN_REPAIR, date(2025, 3, 1), None, True),
        (AssetStatus.IN_REPAIR, date(2025, 3, 1), date(2025, 3, 1), False),  # same day counts
        (AssetStatus.IN_REPAIR, date(2025, 3, 1), date(2025, 2, 28), True),
        (AssetStatus.IN_REPAIR, None, None, False),
        (AssetStatus.RENTED, None, date(2025, 3, 6), True),  # the return is today
        (AssetStatus.RENTED, None, TODAY, False),
    ],
)
def test_R80_release_refusal_table(old: AssetStatus, returned: date | None, wiped: date | None, refused: bool) -> None:
    error = release_refusal(is_terminal=True, old=old, new=AssetStatus.IN_STOCK, last_return_on=returned,
                            last_wipe_on=wiped, today=TODAY)
    assert (error is not None) is refused
    assert release_refusal(is_terminal=True, old=old, new=AssetStatus.SCRAPPED, last_return_on=returned,
                           last_wipe_on=None, today=TODAY) is None
