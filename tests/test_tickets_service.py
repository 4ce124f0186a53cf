"""Tickets through the services on a real SQLite file: exchange swap (R-46, R-12), workshop
(R-72, R-30, R-60), refusals that write nothing, steps on the asset timeline."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from sav_desktop.domain.coverage import Decision, Incident, IncidentKind, assess, under_warranty
from sav_desktop.domain.enums import AssetStatus, ContractKind, OptionName
from sav_desktop.domain.errors import TransitionError, ValidationError
from sav_desktop.domain.tickets import TicketState
from sav_desktop.services import assets, tickets
from sav_desktop.store.models import ContractLine, ContractLineAccessory, OptionSubscription

from .workflow_support import World, option

SIGNED = date(2025, 1, 6)
DELIVERED = date(2025, 1, 10)
TODAY = date(2025, 3, 7)  # a Friday
CALL = datetime(2025, 3, 7, 9, 30)  # before 11:00: J = Friday, J+2 = Tuesday 11/03


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path, TODAY)


def _sale_with_exchange(world: World) -> tuple[int, int, int]:
    customer = world.customer()
    faulty = world.asset()
    contract = world.contract(
        ContractKind.SALE, customer, (faulty,), signed_on=SIGNED, delivered_on=DELIVERED,
        options=(option(OptionName.ECHANGE_STANDARD, SIGNED, faulty),),
    )
    return customer, faulty, contract


def _status(world: World, asset_id: int) -> str:
    return world.read(lambda u: assets.asset_detail(u, asset_id).status)


def test_standard_exchange_swaps_the_line_and_inherits_the_warranty_R46_R12(world: World) -> None:
    _, faulty, contract = _sale_with_exchange(world)
    socle = world.item("SOCLE_CABLE", "Câble socle", "12.500")
    world.line_accessory(faulty, socle, 2)
    spare = world.asset()
    tid = world.run(lambda u: tickets.open_ticket(u, faulty, "écran noir", CALL))
    world.run(lambda u: tickets.start_diagnosis(u, tid))
    result = world.run(lambda u: tickets.record_diagnosis(u, tid, True, "ne s'allume plus"))
    assert result.decision is Decision.COVERED_EXCHANGE
    view = world.read(lambda u: tickets.ticket_view(u, tid))
    assert view.exchange_deadline == date(2025, 3, 11)  # J+2 business days
    assert set(view.allowed_actions) == {"SHIP_REPLACEMENT", "ISSUE_RMA"}

    world.run(lambda u: tickets.ship_replacement(u, tid, spare))

    def lines(u):  # type: ignore[no-untyped-def]
        return u.session.execute(
            select(ContractLine.asset_id, ContractLine.added_on, ContractLine.removed_on, ContractLine.id)
            .where(ContractLine.contract_id == contract).order_by(ContractLine.id)
        ).all()

    rows = world.read(lines)
    assert [(r.asset_id, r.added_on, r.removed_on) for r in rows] == [
        (faulty, DELIVERED, TODAY),  # the old line is closed, kept for history
        (spare, TODAY, None),  # the replacement takes its place
    ]
    accs = world.read(lambda u: u.session.execute(
        select(ContractLineAccessory.item_id, ContractLineAccessory.quantity)
        .where(ContractLineAccessory.line_id == rows[1].id)).all())
    assert [tuple(a) for a in accs] == [(socle, 2)]
    opt_assets = world.read(lambda u: u.session.scalars(
        select(OptionSubscription.asset_id).where(OptionSubscription.contract_id == contract)).all())
    assert opt_assets == [spare]  # the option follows the device on the line
    assert _status(world, spare) == AssetStatus.SOLD.value
    assert _status(world, faulty) == AssetStatus.AT_CUSTOMER_EXCHANGE.value

    # warranty computed from the contract's delivery date: same end for both devices.
    detail = world.read(lambda u: assets.asset_detail(u, spare))
    assert detail.contract is not None and detail.contract.id == contract
    assert detail.warranty_end == date(2026, 1, 9)

    def replacement_case(u):  # type: ignore[no-untyped-def]
        from sav_desktop.store.models import Asset, Contract

        return tickets.coverage_case(
            u, u.session.get(Asset, spare), u.session.get(Contract, contract),
            Incident(IncidentKind.FAULT, manufacturing_defect=True), date(2026, 1, 9))

    case = world.read(replacement_case)
    assert under_warranty(case.contract, date(2026, 1, 9)) and not under_warranty(case.contract, date(2026, 1, 10))
    assert case.options and assess(case).decision is Decision.COVERED_EXCHANGE  # option inherited too

    world.run(lambda u: tickets.receive_faulty(u, tid))
    assert _status(world, faulty) == AssetStatus.IN_REPAIR.value  # the repair pool
    world.run(lambda u: tickets.close(u, tid))
    assert world.read(lambda u: tickets.ticket_view(u, tid)).state == TicketState.CLOSED.value

    faulty_timeline = [e.summary for e in world.read(lambda u: assets.timeline(u, faulty))]
    assert any("ouvert" in s for s in faulty_timeline)
    assert any("expédié" in s and "11/03/2025" in s for s in faulty_timeline)
    assert any("Clos" in s for s in faulty_timeline)
    spare_timeline = [e.summary for e in world.read(lambda u: assets.timeline(u, spare))]
    assert any("R-12" in s for s in spare_timeline)
    assert world.read(lambda u: [t.number for t in tickets.tickets_of_asset(u, spare)])


def test_exchange_refused_without_benefit_writes_nothing_R46(world: World) -> None:
    customer = world.customer()
    faulty = world.asset()
    world.contract(ContractKind.SALE, customer, (faulty,), signed_on=SIGNED, delivered_on=DELIVERED)
    spare = world.asset()
    tid = world.run(lambda u: tickets.open_ticket(u, faulty, "ne lit plus les cartes", CALL))
    world.run(lambda u: tickets.start_diagnosis(u, tid))
    result = world.run(lambda u: tickets.record_diagnosis(u, tid, True))
    assert result.decision is not Decision.COVERED_EXCHANGE
    before = world.audit_count()
    with pytest.raises(TransitionError) as caught:
        world.run(lambda u: tickets.ship_replacement(u, tid, spare))
    assert caught.value.rule == "R-46" and "échange standard" in str(caught.value)
    assert world.audit_count() == before
    assert _status(world, spare) == AssetStatus.IN_STOCK.value
    assert world.read(lambda u: tickets.ticket_view(u, tid)).state == TicketState.REMOTE_DIAGNOSIS.value


def test_replacement_must_be_identical_and_in_stock_R46(world: World) -> None:
    customer, faulty, _ = _sale_with_exchange(world)
    other_model = world.asset("IWL250")
    tid = world.run(lambda u: tickets.open_ticket(u, faulty, "panne", CALL))
    world.run(lambda u: tickets.start_diagnosis(u, tid))
    world.run(lambda u: tickets.record_diagnosis(u, tid, True))
    with pytest.raises(ValidationError) as caught:
        world.run(lambda u: tickets.ship_replacement(u, tid, other_model))
    assert caught.value.problems[0].field == "replacement_asset_id" and caught.value.problems[0].rule == "R-46"
    sold = world.asset()
    world.contract(ContractKind.SALE, customer, (sold,), signed_on=SIGNED)
    with pytest.raises(ValidationError, match="n'est pas en stock"):
        world.run(lambda u: tickets.ship_replacement(u, tid, sold))
    with pytest.raises(ValidationError, match="ne peut être l'appareil en panne"):
        world.run(lambda u: tickets.ship_replacement(u, tid, faulty))


def _to_inspected(world: World, faulty: int, **inspection: object) -> int:
    tid = world.run(lambda u: tickets.open_ticket(u, faulty, "écran fissuré", CALL))
    world.run(lambda u: tickets.start_diagnosis(u, tid))
    world.run(lambda u: tickets.record_diagnosis(u, tid, True))
    rma = world.run(lambda u: tickets.issue_rma(u, tid))
    assert rma.startswith("RMA2025-")
    world.run(lambda u: tickets.receive_device(u, tid))
    assert _status(world, faulty) == AssetStatus.IN_REPAIR.value
    world.run(lambda u: tickets.inspect(u, tid, **inspection))  # type: ignore[arg-type]
    return tid


def test_workshop_refused_quote_bills_analysis_only_R60(world: World) -> None:
    customer = world.customer()
    faulty = world.asset()
    world.contract(ContractKind.SALE, customer, (faulty,), signed_on=date(2023, 1, 2), delivered_on=date(2023, 1, 5))
    tid = _to_inspected(world, faulty, exclusions=["BREAKAGE"])
    result = world.run(lambda u: tickets.decide(u, tid))
    assert result.decision is Decision.BILLED_REPAIR
    view = world.read(lambda u: tickets.ticket_view(u, tid))
    assert [(c.code, c.amount_ht) for c in view.charges] == [
        ("ANALYSIS", Decimal("87.083")), ("REPAIR_MOVE5000", Decimal("352.917"))]
    assert view.total_ht == Decimal("440.000") and view.total_ttc == Decimal("528.00")
    assert view.allowed_actions == ("DRAW_QUOTE",)
    with pytest.raises(TransitionError) as caught:
        world.run(lambda u: tickets.send_to_maker(u, tid))
    assert caught.value.rule == "R-60"
    world.run(lambda u: tickets.draw_quote(u, tid))
    refused = world.run(lambda u: tickets.refuse_quote(u, tid))
    assert refused.decision is Decision.BILLED_ANALYSIS and refused.total_ht == Decimal("87.083")
    view = world.read(lambda u: tickets.ticket_view(u, tid))
    assert [c.code for c in view.charges] == ["ANALYSIS"] and view.tariff_name == "01/2025"
    world.run(lambda u: tickets.return_to_customer(u, tid))
    assert _status(world, faulty) == AssetStatus.SOLD.value
    world.run(lambda u: tickets.close(u, tid))
    summaries = [e.summary for e in world.read(lambda u: assets.timeline(u, faulty))]
    for text in ("RMA2025-", "BREAKAGE", "Devis établi", "Devis refusé", "Rendu au client", "Clos"):
        assert any(text in s for s in summaries), text


def test_workshop_accepted_quote_goes_to_the_maker_and_back(world: World) -> None:
    customer = world.customer()
    faulty = world.asset("IWL250")
    world.contract(ContractKind.SALE, customer, (faulty,), signed_on=date(2023, 1, 2))
    tid = _to_inspected(world, faulty, seal_intact=True)
    assert world.run(lambda u: tickets.decide(u, tid)).decision is Decision.BILLED_REPAIR
    world.run(lambda u: tickets.draw_quote(u, tid))
    world.run(lambda u: tickets.accept_quote(u, tid))
    world.run(lambda u: tickets.send_to_maker(u, tid))
    assert _status(world, faulty) == AssetStatus.AT_MANUFACTURER.value
    world.run(lambda u: tickets.receive_from_maker(u, tid))
    assert _status(world, faulty) == AssetStatus.IN_REPAIR.value
    world.run(lambda u: tickets.return_to_customer(u, tid))
    world.run(lambda u: tickets.close(u, tid))
    view = world.read(lambda u: tickets.ticket_view(u, tid))
    assert view.state == "CLOSED" and view.total_ht == Decimal("366.666")  # 87.083 + 279.583
    assert view.allowed_actions == ()


def test_covered_under_warranty_goes_straight_to_the_maker_R10(world: World) -> None:
    customer = world.customer()
    faulty = world.asset()
    world.contract(ContractKind.SALE, customer, (faulty,), signed_on=SIGNED, delivered_on=DELIVERED)
    tid = _to_inspected(world, faulty, manufacturing_defect=True)
    assert world.run(lambda u: tickets.decide(u, tid)).decision is Decision.COVERED_WARRANTY
    assert world.read(lambda u: tickets.ticket_view(u, tid)).allowed_actions == ("SEND_TO_MAKER",)
    with pytest.raises(TransitionError, match="constructeur"):
        world.run(lambda u: tickets.draw_quote(u, tid))


def test_seal_broken_is_an_exclusion_and_unknown_codes_are_refused_R30(world: World) -> None:
    customer = world.customer()
    faulty = world.asset()
    world.contract(ContractKind.SALE, customer, (faulty,), signed_on=SIGNED, delivered_on=DELIVERED)
    tid = world.run(lambda u: tickets.open_ticket(u, faulty, "panne", CALL))
    world.run(lambda u: tickets.start_diagnosis(u, tid))
    world.run(lambda u: tickets.record_diagnosis(u, tid, True))
    world.run(lambda u: tickets.issue_rma(u, tid))
    world.run(lambda u: tickets.receive_device(u, tid))
    with pytest.raises(ValidationError) as caught:
        world.run(lambda u: tickets.inspect(u, tid, exclusions=["NOPE"]))
    assert caught.value.problems[0].field == "exclusions[0]" and caught.value.problems[0].rule == "R-30"
    world.run(lambda u: tickets.inspect(u, tid, seal_intact=False))
    assert world.read(lambda u: tickets.ticket_view(u, tid)).exclusions == ("SEAL_BROKEN",)
    # warranty never covers a non-damage exclusion: quote path
    assert world.run(lambda u: tickets.decide(u, tid)).decision is Decision.BILLED_REPAIR


def test_no_reception_without_rma_R72_and_nothing_written(world: World) -> None:
    _, faulty, _ = _sale_with_exchange(world)
    tid = world.run(lambda u: tickets.open_ticket(u, faulty, "panne", CALL))
    world.run(lambda u: tickets.start_diagnosis(u, tid))
    before = world.audit_count()
    with pytest.raises(TransitionError) as caught:
        world.run(lambda u: tickets.receive_device(u, tid))
    assert caught.value.rule == "R-72"
    assert world.audit_count() == before
    assert _status(world, faulty) == AssetStatus.SOLD.value


def test_no_fault_closes_after_diagnosis_R47(world: World) -> None:
    _, faulty, _ = _sale_with_exchange(world)
    tid = world.run(lambda u: tickets.open_ticket(u, faulty, "ne sait pas s'en servir", CALL))
    world.run(lambda u: tickets.start_diagnosis(u, tid))
    result = world.run(lambda u: tickets.record_diagnosis(u, tid, False))
    assert result.decision is Decision.BILLED_UNJUSTIFIED
    with pytest.raises(TransitionError):
        world.run(lambda u: tickets.issue_rma(u, tid))
    world.run(lambda u: tickets.close(u, tid))
    # a new ticket may be opened once the previous one is closed
    assert world.run(lambda u: tickets.open_ticket(u, faulty, "autre panne", CALL + timedelta(days=3)))


def test_open_ticket_refusals(world: World) -> None:
    in_stock = world.asset()
    with pytest.raises(ValidationError) as caught:
        world.run(lambda u: tickets.open_ticket(u, in_stock, "", CALL))
    assert set(caught.value.fields) == {"problem", "asset_id"}
    _, faulty, _ = _sale_with_exchange(world)
    world.run(lambda u: tickets.open_ticket(u, faulty, "panne", CALL))
    with pytest.raises(ValidationError, match="déjà ouvert"):
        world.run(lambda u: tickets.open_ticket(u, faulty, "encore", CALL))


def test_record_diagnosis_only_during_diagnosis(world: World) -> None:
    _, faulty, _ = _sale_with_exchange(world)
    tid = world.run(lambda u: tickets.open_ticket(u, faulty, "panne", CALL))
    with pytest.raises(TransitionError, match="Diagnostic à distance"):
        world.run(lambda u: tickets.record_diagnosis(u, tid, True))


def test_desk_facade_runs_each_step_in_its_own_transaction(world: World) -> None:
    from sav_desktop.services.desk import Desk

    _, faulty, _ = _sale_with_exchange(world)
    desk = Desk.trusted(world.db, "Marie", world.clock)
    tid = desk.open_ticket(faulty, "panne", CALL)
    desk.ticket_step(tid, tickets.start_diagnosis)
    with pytest.raises(TransitionError, match="R-72"):
        desk.ticket_step(tid, tickets.receive_device)
    assert desk.ticket(tid).state == TicketState.REMOTE_DIAGNOSIS.value
    desk.ticket_step(tid, tickets.record_diagnosis, True)
    assert desk.ticket(tid).exchange_deadline == date(2025, 3, 11)
    assert [t.id for t in desk.tickets_of_asset(faulty)] == [tid]
