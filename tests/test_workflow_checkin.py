"""Rental check-in: accessories (R-52), damage through the engine (R-63), late return (R-51),
deposit settlement arithmetic (R-50), line closed and device to the workshop (R-80)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from sav_desktop.domain.checkin import (
    AccessoryCheck,
    Settlement,
    missing_accessory_charges,
    returned_exclusions,
    settle_deposit,
    total_ht,
)
from sav_desktop.domain.enums import AssetStatus, ContractKind, DepositState
from sav_desktop.domain.errors import ValidationError
from sav_desktop.domain.money import money, ttc
from sav_desktop.services import assets, checkin, contracts
from sav_desktop.store.models import ContractLine

from .workflow_support import World

D = Decimal

# --- pure arithmetic -------------------------------------------------------------------------


def test_R52_missing_accessories_at_catalogue_price() -> None:
    checks = [
        AccessoryCheck("SOCLE", "Socle de charge", 1, 0, D("45.000")),
        AccessoryCheck("CABLE", "Câble USB", 3, 1, D("8.333")),
        AccessoryCheck("PAPER", "Rouleau papier", 2, 2, D("1.250")),
    ]
    lines = missing_accessory_charges(checks)
    assert [(c.code, c.quantity, c.amount_ht, c.rule) for c in lines] == [
        ("SOCLE", 1, D("45.000"), "R-52"), ("CABLE", 2, D("16.666"), "R-52")]
    assert total_ht(lines) == D("61.666")
    assert total_ht([]) == D("0.000")


@pytest.mark.parametrize(
    ("deposit", "charges", "settlement", "kept", "refund", "balance_ttc"),
    [
        pytest.param("500.00", "0", Settlement.REFUND, "0.00", "500.00", "0.00", id="R50-nothing-due-all-back"),
        pytest.param("600.00", "485.000", Settlement.PARTIAL_DEDUCTION, "582.00", "18.00", "0.00",
                     id="R50-ttc-kept-rest-refunded"),
        pytest.param("582.00", "485.000", Settlement.PARTIAL_DEDUCTION, "582.00", "0.00", "0.00",
                     id="R50-ttc-equals-deposit"),
        # HT would say 485.000 <= 500: the reseller is owed 582.00 TTC, so 82.00 TTC is billed.
        pytest.param("500.00", "485.000", Settlement.BALANCE_BILLED, "500.00", "0.00", "82.00",
                     id="R50-compared-ttc-not-ht"),
        pytest.param("300.00", "395.666", Settlement.BALANCE_BILLED, "300.00", "0.00", "174.80",
                     id="R50-decision-example-474.80-ttc"),
        pytest.param("0", "87.083", Settlement.BALANCE_BILLED, "0.00", "0.00", "104.50", id="R50-no-deposit"),
        pytest.param("0", "0", Settlement.REFUND, "0.00", "0.00", "0.00", id="R50-nothing"),
    ],
)
def test_R50_deposit_settlement(
    deposit: str, charges: str, settlement: Settlement, kept: str, refund: str, balance_ttc: str
) -> None:
    s = settle_deposit(D(deposit), D(charges))
    assert s.settlement is settlement
    assert (s.kept, s.refund, s.balance_ttc) == (D(kept), D(refund), D(balance_ttc))
    assert all(isinstance(v, Decimal) for v in (s.kept, s.refund, s.balance_ttc, s.charges_ttc))
    assert all(v.as_tuple().exponent == -2 for v in (s.deposit, s.kept, s.refund, s.balance_ttc))  # euros
    assert "(R-50)" in s.why and " HT remboursé" not in s.why
    assert f"{D(deposit):.2f}".replace(".", ",") in s.why.replace("\u202f", "").replace("\u00a0", " ")


money_st = st.integers(min_value=0, max_value=10_000_000).map(lambda n: Decimal(n) / 1000)
euros_st = st.integers(min_value=0, max_value=1_000_000).map(lambda n: Decimal(n) / 100)


@given(deposit=euros_st, charges=money_st)
def test_R50_settlement_balances_exactly(deposit: Decimal, charges: Decimal) -> None:
    s = settle_deposit(deposit, charges)
    assert s.charges_ttc == ttc(money(charges))
    assert s.kept + s.refund == s.deposit == deposit  # the deposit is fully accounted for
    assert s.kept + s.balance_ttc == s.charges_ttc  # the charges TTC are fully paid
    assert min(s.refund, s.balance_ttc) == 0  # never both a refund and a bill


def test_seal_broken_is_an_exclusion() -> None:
    assert returned_exclusions(False, ["BREAKAGE", "BREAKAGE"]) == ("BREAKAGE", "SEAL_BROKEN")
    assert returned_exclusions(True, []) == ()


# --- the service on SQLite -------------------------------------------------------------------

TODAY = date(2025, 3, 7)
ENDED = date(2025, 2, 28)  # return by 28/03/2025 (a Friday)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path, TODAY)


def _rental(world: World, deposit: str, devices: int = 1) -> tuple[list[int], int, int, int]:
    customer = world.customer()
    ids = [world.asset("MOVE5000_WIFI", date(2024, 6, 1)) for _ in range(devices)]
    contract = world.contract(ContractKind.RENTAL, customer, tuple(ids), signed_on=date(2024, 6, 1),
                              ended_on=ENDED, deposit=D(deposit))
    socle = world.item("SOCLE_MOVE_CHARGE", "Socle de charge MOVE/5000", "45.000")
    cable = world.item("CABLE_USB", "Câble USB", "8.333")
    for a in ids:
        world.line_accessory(a, socle)
        world.line_accessory(a, cable, 2)
    return ids, contract, socle, cable


def test_missing_socle_and_broken_screen_partial_deduction(world: World) -> None:
    (asset,), contract, socle, _ = _rental(world, "600.00")
    view = world.run(lambda u: checkin.check_in_rental(u, asset, accessories_returned={socle: 0},
                                                       damage=["BREAKAGE"]))
    assert [(c.code, c.quantity, c.amount_ht, c.rule) for c in view.charges] == [
        ("SOCLE_MOVE_CHARGE", 1, D("45.000"), "R-52"),
        ("ANALYSIS", 1, D("87.083"), "R-63"),
        ("REPAIR_MOVE5000", 1, D("352.917"), "R-63"),
    ]
    assert view.total_ht == D("485.000") and view.total_ttc == D("582.00")
    s = view.settlement
    assert s.settlement is Settlement.PARTIAL_DEDUCTION
    # R-50 Decision: 485.000 HT = 582.00 TTC kept from the 600.00 deposit, 18.00 paid back.
    assert (s.charges_ttc, s.kept, s.refund, s.balance_ttc) == (D("582.00"), D("582.00"), D("18.00"), D("0.00"))
    assert not view.late and view.return_deadline == date(2025, 3, 28)
    assert "R-63" in view.why and "R-52" in view.why and "R-50" in view.why
    # effects: line closed, device in the workshop, deposit partly kept, timeline entry
    removed = world.read(lambda u: u.session.scalar(select(ContractLine.removed_on)
                                                    .where(ContractLine.asset_id == asset)))
    assert removed == TODAY
    assert world.read(lambda u: assets.asset_detail(u, asset).status) == AssetStatus.IN_REPAIR.value
    assert world.read(lambda u: contracts.get_contract(u, contract).deposit_state) == DepositState.PARTLY_KEPT.value
    summaries = [e.summary for e in world.read(lambda u: assets.timeline(u, asset))]
    assert any("Retour de location" in s and "485.000" in s for s in summaries)
    # CYCLE-2: a damaged device is repaired (or scrapped) before anything else
    with pytest.raises(ValidationError, match="CYCLE-2"):
        world.run(lambda u: assets.set_status(u, asset, AssetStatus.IN_STOCK))
    world.run(lambda u: assets.set_status(u, asset, AssetStatus.TO_WIPE, "écran remplacé"))
    # not back to stock before the wipe
    with pytest.raises(ValidationError, match="R-80"):
        world.run(lambda u: assets.set_status(u, asset, AssetStatus.IN_STOCK))


def test_balance_billed_when_the_deposit_is_short(world: World) -> None:
    (asset,), _, socle, _ = _rental(world, "300.00")
    view = world.run(lambda u: checkin.check_in_rental(u, asset, accessories_returned={socle: 0},
                                                       damage=["BREAKAGE"]))
    s = view.settlement
    assert s.settlement is Settlement.BALANCE_BILLED
    assert (s.kept, s.refund, s.balance_ttc) == (D("300.00"), D("0.00"), D("282.00"))  # 582.00 TTC - 300.00


def test_complete_return_refunds_everything(world: World) -> None:
    (asset,), contract, _, _ = _rental(world, "500.000")
    view = world.run(lambda u: checkin.check_in_rental(u, asset))
    assert view.charges == () and view.settlement.settlement is Settlement.REFUND
    assert view.settlement.refund == D("500.00")
    assert world.read(lambda u: contracts.get_contract(u, contract).deposit_state) == DepositState.REFUNDED.value


def test_torn_seal_is_billed_R30_R63(world: World) -> None:
    (asset,), _, _, _ = _rental(world, "500.000")
    view = world.run(lambda u: checkin.check_in_rental(u, asset, seal_intact=False))
    assert view.exclusions == ("SEAL_BROKEN",)
    assert view.total_ht == D("440.000")


def test_late_return_billed_at_replacement_price_R51_R61(world: World) -> None:
    world.today = date(2025, 4, 1)
    (asset,), _, _, cable = _rental(world, "500.000")
    view = world.run(lambda u: checkin.check_in_rental(u, asset, accessories_returned={cable: 1},
                                                       damage=["BREAKAGE"]))
    assert view.late and view.return_deadline == date(2025, 3, 28)
    assert [(c.code, c.amount_ht, c.rule) for c in view.charges] == [
        ("CABLE_USB", D("8.333"), "R-52"), ("MOVE5000_WIFI", D("644.417"), "R-51")]  # < 2 years
    # 652.750 HT = 783.30 TTC against the 500.00 deposit (R-50 Decision)
    assert view.settlement.balance_ttc == D("283.30")
    assert "les dommages ne s'y ajoutent pas" in view.why


def test_two_devices_settle_at_the_last_return(world: World) -> None:
    (a, b), contract, socle, _ = _rental(world, "100.000", devices=2)
    first = world.run(lambda u: checkin.check_in_rental(u, a, accessories_returned={socle: 0}))
    assert first.settlement.settlement is Settlement.PENDING
    assert world.read(lambda u: contracts.get_contract(u, contract).deposit_state) == DepositState.HELD.value
    second = world.run(lambda u: checkin.check_in_rental(u, b, accessories_returned={socle: 0}))
    s = second.settlement
    assert s.settlement is Settlement.BALANCE_BILLED and s.charges_ht == D("90.000")
    assert s.charges_ttc == D("108.00") and s.refund == D("0.00") and s.balance_ttc == D("8.00")


def test_check_in_refusals_write_nothing(world: World) -> None:
    (asset,), _, socle, _ = _rental(world, "500.000")
    before = world.audit_count()
    with pytest.raises(ValidationError) as caught:
        world.run(lambda u: checkin.check_in_rental(u, asset, accessories_returned={socle: 2, 999: 0},
                                                    damage=["NOPE"], returned_on=date(2025, 3, 8)))
    assert set(caught.value.fields) == {f"accessories[{socle}]", "accessories[999]", "damage[0]", "returned_on"}
    assert world.audit_count() == before
    customer = world.customer()
    sold = world.asset()
    world.contract(ContractKind.SALE, customer, (sold,), signed_on=date(2024, 6, 1))
    with pytest.raises(ValidationError, match="aucune location en cours"):
        world.run(lambda u: checkin.check_in_rental(u, sold))
    running = world.asset("MOVE5000_WIFI", date(2024, 6, 1))
    world.contract(ContractKind.RENTAL, customer, (running,), signed_on=date(2024, 6, 1))
    with pytest.raises(ValidationError) as caught:
        world.run(lambda u: checkin.check_in_rental(u, running))
    assert caught.value.problems[0].rule == "R-51"
