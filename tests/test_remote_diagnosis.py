"""The remote diagnosis records what happened (defect or damage with its R-30 codes, repairable,
fault before the option R-48, questionnaire refused R-47) and the ticket shows the coverage
engine's decision for those facts, never a default standard exchange."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sav_desktop.domain.coverage import Decision
from sav_desktop.domain.enums import ContractKind, OptionName
from sav_desktop.domain.errors import ValidationError
from sav_desktop.domain.tickets import DiagnosisKind, RemoteDiagnosis
from sav_desktop.services import tickets
from sav_desktop.ui.main_window import MainWindow
from sav_desktop.ui.tickets_view import DiagnosisDialog, TicketsPanel, install_tickets
from tests.conftest import customer_input
from tests.gui_workflow_support import driven

from .workflow_support import World, option

SIGNED = date(2025, 1, 6)
TODAY = date(2025, 3, 7)
CALL = datetime(2025, 3, 7, 9, 30)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path, TODAY)


def _ticket(world: World, with_option: bool = True) -> int:
    customer = world.customer()
    asset = world.asset()
    options = (option(OptionName.ECHANGE_STANDARD, SIGNED, asset),) if with_option else ()
    world.contract(ContractKind.SALE, customer, (asset,), signed_on=SIGNED, delivered_on=SIGNED,
                   software_service="Logiciel", options=options)
    tid = world.run(lambda u: tickets.open_ticket(u, asset, "écran cassé", CALL))
    world.run(lambda u: tickets.start_diagnosis(u, tid))
    return tid


def test_a_broken_screen_is_a_damage_not_a_standard_exchange(world: World) -> None:
    tid = _ticket(world)
    facts = RemoteDiagnosis(DiagnosisKind.DAMAGE, exclusions=("BREAKAGE",))
    result = world.run(lambda u: tickets.record_diagnosis(u, tid, facts=facts))
    assert result.decision is not Decision.COVERED_EXCHANGE
    view = world.read(lambda u: tickets.ticket_view(u, tid))
    assert view.decision == result.decision.value and view.exchange_deadline is None
    assert "SHIP_REPLACEMENT" not in view.allowed_actions and "ISSUE_RMA" in view.allowed_actions
    assert view.exclusions == ("BREAKAGE",) and view.diagnosis_kind == "DAMAGE"
    assert "R-30" in view.rules or "R-60" in view.rules


def test_a_defect_gets_the_exchange_and_a_refused_questionnaire_is_R47(world: World) -> None:
    tid = _ticket(world)
    result = world.run(lambda u: tickets.record_diagnosis(u, tid, facts=RemoteDiagnosis(DiagnosisKind.DEFECT)))
    assert result.decision is Decision.COVERED_EXCHANGE
    tid2 = _ticket(world)
    refused = RemoteDiagnosis(DiagnosisKind.DEFECT, questionnaire_refused=True)
    result = world.run(lambda u: tickets.record_diagnosis(u, tid2, facts=refused))
    assert result.decision is Decision.BILLED_UNJUSTIFIED and "R-47" in result.rules
    view = world.read(lambda u: tickets.ticket_view(u, tid2))
    assert view.questionnaire_refused and view.hardware_fault is False and "CLOSE" in view.allowed_actions


def test_a_fault_before_the_option_is_R48_and_impossible_facts_are_refused(world: World) -> None:
    tid = _ticket(world)
    predates = RemoteDiagnosis(DiagnosisKind.DEFECT, predates_option=True)
    result = world.run(lambda u: tickets.record_diagnosis(u, tid, facts=predates))
    assert result.decision is not Decision.COVERED_EXCHANGE and "R-48" in result.rules
    no_option = _ticket(world, with_option=False)
    before = world.audit_count()
    with pytest.raises(ValidationError) as caught:
        world.run(lambda u: tickets.record_diagnosis(u, no_option, facts=predates))
    assert caught.value.problems[0].field == "predates_option" and caught.value.problems[0].rule == "R-48"
    with pytest.raises(ValidationError) as caught:  # a damage without its code
        world.run(lambda u: tickets.record_diagnosis(u, no_option, facts=RemoteDiagnosis(DiagnosisKind.DAMAGE)))
    assert caught.value.problems[0].rule == "R-30"
    assert world.audit_count() == before


# --------------------------------------------------------------------------- the GUI


@pytest.fixture
def window(qtbot, sqlite_desk):
    w = MainWindow(sqlite_desk)
    install_tickets(w)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_the_dialog_chooses_nothing_in_advance_and_the_ticket_shows_the_engines_decision(
        qtbot, window, sqlite_desk, monkeypatch):
    from sav_desktop.domain.records import AssetInput, ContractInput, OptionInput

    desk = sqlite_desk
    customer = desk.create_customer(customer_input("Cabinet Vendu", 9))
    ref = desk.register_asset(AssetInput("MOVE5000_WIFI", "SOLD77777", in_service_on=date(2026, 1, 12)))
    desk.create_contract(ContractInput(
        ContractKind.SALE, customer, date(2026, 1, 12), (ref.id,), delivered_on=date(2026, 1, 12),
        software_service="Logiciel de facturation",
        options=(OptionInput(name=OptionName.ECHANGE_STANDARD, subscribed_on=date(2026, 1, 12), asset_id=ref.id),),
    ))
    window.open_asset(ref.id)
    panel = window.tickets_panel
    assert isinstance(panel, TicketsPanel)
    tid = desk.open_ticket(ref.id, "écran cassé", datetime(2026, 3, 16, 9, 30))
    desk.ticket_step(tid, tickets.start_diagnosis)
    panel.load(ref.id, keep=tid)
    assert not panel.charges_box.isVisible()  # no decision before the facts

    seen: list[DiagnosisDialog] = []

    def nothing(d: DiagnosisDialog) -> None:
        assert not any(rb.isChecked() for rb in d.kinds.values())
        assert not d.exclusions.isEnabled()

    monkeypatch.setattr(DiagnosisDialog, "ask", driven(DiagnosisDialog, nothing, seen))
    qtbot.mouseClick(panel.action_buttons["RECORD_DIAGNOSIS"], Qt.MouseButton.LeftButton)
    assert seen and "choisissez ce que le diagnostic a constaté" in seen[0].errors["diagnosis_kind"].text()
    assert desk.tickets_of_asset(ref.id)[0].decision is None  # nothing written

    def damage(d: DiagnosisDialog) -> None:
        qtbot.mouseClick(d.kind_damage, Qt.MouseButton.LeftButton)
        assert d.exclusions.isEnabled()
        d.set_checked({"BREAKAGE"})

    monkeypatch.setattr(DiagnosisDialog, "ask", driven(DiagnosisDialog, damage))
    qtbot.mouseClick(panel.action_buttons["RECORD_DIAGNOSIS"], Qt.MouseButton.LeftButton)
    text = panel.charges_label.text()
    assert "Pris en charge : échange standard" not in text and "Aucun frais" not in text
    assert text.startswith("Facturé : analyse et réparation") and "R-30" in text and "R-60" in text
    assert "SHIP_REPLACEMENT" not in panel.action_buttons and "ISSUE_RMA" in panel.action_buttons
    assert "Dommage" in panel.info_label.text()
