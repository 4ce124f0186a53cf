"""Dossiers SAV driven from the main window only (pytest-qt, offscreen): a demo rental from
"call received" to "closed" by standard exchange (R-46, R-12), a sold device through the
workshop with a refused quote (R-72, R-30, R-60), refusals shown in French."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from sav_desktop.domain.enums import AssetStatus
from sav_desktop.domain.identifiers import label_text
from sav_desktop.ui import tickets_view
from sav_desktop.ui.main_window import MainWindow
from sav_desktop.ui.tickets_view import (
    DiagnosisDialog,
    InspectionDialog,
    NewTicketDialog,
    ReplacementDialog,
    TicketsPanel,
    install_tickets,
)
from tests.gui_workflow_support import driven, rental, sale_out_of_warranty, stock


@pytest.fixture
def window(qtbot, sqlite_desk):
    w = MainWindow(sqlite_desk)
    install_tickets(w)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def panel_of(window: MainWindow) -> TicketsPanel:
    panel = window.tickets_panel
    assert isinstance(panel, TicketsPanel)
    return panel


def click_step(qtbot, panel: TicketsPanel, key: str) -> None:
    assert key in panel.action_buttons, f"{key} absent : {sorted(panel.action_buttons)}"
    qtbot.mouseClick(panel.action_buttons[key], Qt.MouseButton.LeftButton)


def steps(panel: TicketsPanel) -> set[str]:
    return set(panel.action_buttons)


def status_text(window: MainWindow) -> str:
    return window.detail_view.values["status"].text()


def timeline_texts(window: MainWindow) -> list[str]:
    t = window.detail_view.timeline
    return [t.item(r, 2).text() for r in range(t.rowCount())]


def open_ticket_with_ctrl_d(qtbot, window: MainWindow, monkeypatch, problem: str) -> None:
    def fill(d: NewTicketDialog) -> None:
        d.problem.insertPlainText(problem)  # QTest types ASCII only
        d.reported_at.setText("16/03/2026 09:30")  # a Monday before 11:00: J = that day

    monkeypatch.setattr(NewTicketDialog, "ask", driven(NewTicketDialog, fill))
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)


def test_rental_by_standard_exchange_from_call_to_closed(qtbot, window, sqlite_desk, monkeypatch):
    desk = sqlite_desk
    r = rental(desk, 1)
    spare = stock(desk, "SPARE00001")
    stock(desk, "OTHER00001", model="NEO")  # another model: never offered
    panel = panel_of(window)
    monkeypatch.setattr(tickets_view.forms, "confirm", lambda *a: True)

    window.open_scan(label_text(r.tag, r.serial))
    open_ticket_with_ctrl_d(qtbot, window, monkeypatch, "Le terminal ne s'allume plus")
    assert window.detail_view.tabs.currentWidget() is panel
    assert panel.ticket is not None and panel.ticket.state == "CALL_RECEIVED"
    assert "Appel reçu" in panel.state_label.text()
    assert steps(panel) == {"START_DIAGNOSIS"}
    assert any("ouvert" in s for s in timeline_texts(window))  # the sheet's timeline shows it

    click_step(qtbot, panel, "START_DIAGNOSIS")
    assert steps(panel) == {"RECORD_DIAGNOSIS"}
    assert "enregistrez d'abord le résultat du diagnostic" in panel.blocked_label.text()

    monkeypatch.setattr(DiagnosisDialog, "ask", driven(DiagnosisDialog, lambda d: d.fault_yes.setChecked(True)))
    click_step(qtbot, panel, "RECORD_DIAGNOSIS")
    assert steps(panel) == {"RECORD_DIAGNOSIS", "SHIP_REPLACEMENT", "ISSUE_RMA"}
    assert panel.deadline_label.isVisible()
    assert "18/03/2026" in panel.deadline_label.text() and "R-46" in panel.deadline_label.text()
    assert "Pris en charge : échange standard" in panel.charges_label.text()

    offered: list[ReplacementDialog] = []

    def choose(d: ReplacementDialog) -> None:
        labels = [d.stock.item(i).text() for i in range(d.stock.count())]
        assert len(labels) == 1 and spare.serial in labels[0]  # same model only
        d.stock.setCurrentRow(-1)
        qtbot.keyClicks(d.scan, spare.asset_tag)  # scanned
        qtbot.keyClick(d.scan, Qt.Key.Key_Return)
        assert d.stock.currentItem() is not None and spare.serial in d.stock.currentItem().text()

    monkeypatch.setattr(ReplacementDialog, "ask", driven(ReplacementDialog, choose, offered))
    click_step(qtbot, panel, "SHIP_REPLACEMENT")
    assert offered and offered[0].result_value == spare.id
    assert panel.ticket.state == "REPLACEMENT_SHIPPED"
    assert steps(panel) == {"RECEIVE_FAULTY"}
    assert "18/03/2026" in panel.deadline_label.text()
    assert spare.asset_tag in panel.info_label.text()
    assert status_text(window) == "Chez le client (échange)"  # the sheet was refreshed
    assert desk.asset_detail(spare.id).status == AssetStatus.RENTED.value
    assert desk.asset_detail(spare.id).contract.id == r.contract_id  # the swap

    click_step(qtbot, panel, "RECEIVE_FAULTY")
    assert status_text(window) == "En réparation"
    assert steps(panel) == {"CLOSE"}
    click_step(qtbot, panel, "CLOSE")
    assert panel.ticket.state == "CLOSED"
    assert steps(panel) == set()
    assert "Clos" in panel.state_label.text()
    history = [panel.history.item(i, 2).text() for i in range(panel.history.rowCount())]
    assert len(history) >= 6 and all(panel.ticket.number in h for h in history)
    assert any("Clos" in s for s in timeline_texts(window))
    assert panel.list.rowCount() == 1


def test_workshop_with_a_refused_quote(qtbot, window, sqlite_desk, monkeypatch, tmp_path):
    desk = sqlite_desk
    _contract, asset_id = sale_out_of_warranty(desk, 2)
    panel = panel_of(window)
    answers: list[bool] = []

    def confirm(_parent, _title, text):
        answers.append(True)
        return True

    monkeypatch.setattr(tickets_view.forms, "confirm", confirm)
    window.open_asset(asset_id)
    open_ticket_with_ctrl_d(qtbot, window, monkeypatch, "Écran fissuré après une chute")
    click_step(qtbot, panel, "START_DIAGNOSIS")
    monkeypatch.setattr(DiagnosisDialog, "ask", driven(DiagnosisDialog, lambda d: d.fault_yes.setChecked(True)))
    click_step(qtbot, panel, "RECORD_DIAGNOSIS")
    # a sale without option: no standard exchange, the reason is said
    assert "SHIP_REPLACEMENT" not in steps(panel)
    assert "échange standard" in panel.blocked_label.text()
    assert not panel.deadline_label.isVisible()

    click_step(qtbot, panel, "ISSUE_RMA")
    assert panel.ticket.rma_number and panel.ticket.rma_number in panel.info_label.text()
    assert steps(panel) == {"RECEIVE_DEVICE"}
    click_step(qtbot, panel, "RECEIVE_DEVICE")
    assert status_text(window) == "En réparation"

    def inspect(d: InspectionDialog) -> None:
        labels = [d.exclusions.item(i).text() for i in range(d.exclusions.count())]
        assert any("écran ou connecteur cassé" in t and "(dommage)" in t for t in labels)
        d.set_checked({"BREAKAGE"})
        assert d.repairable.isChecked()

    monkeypatch.setattr(InspectionDialog, "ask", driven(InspectionDialog, inspect))
    click_step(qtbot, panel, "INSPECT")
    assert "Choc, chute" in panel.info_label.text()
    click_step(qtbot, panel, "DECIDE")
    charges = panel.charges_label.text()
    assert "Facturé : analyse et réparation" in charges
    assert "HT" in charges and "TTC" in charges and "Règles" in charges
    assert steps(panel) == {"DRAW_QUOTE"}
    assert "un devis doit être établi et accepté d'abord (R-60)" in panel.blocked_label.text()
    click_step(qtbot, panel, "DRAW_QUOTE")
    assert steps(panel) == {"ACCEPT_QUOTE", "REFUSE_QUOTE", "QUOTE_PDF"}
    quote = tmp_path / "devis.pdf"
    monkeypatch.setattr(panel, "ask_pdf_path", lambda suggested: str(quote))
    click_step(qtbot, panel, "QUOTE_PDF")
    assert quote.exists() and "Devis enregistré" in panel.note_label.text()
    text = re.sub(r"[\s\u00a0\u202f]+", " ", "\n".join(p.extract_text() for p in PdfReader(str(quote)).pages))
    assert "Devis" in text and "bon pour accord" in text.lower() and "87,083 €" in text
    click_step(qtbot, panel, "REFUSE_QUOTE")
    assert answers  # asked first
    t = panel.ticket
    assert t.state == "QUOTE_REFUSED"
    assert [c.code for c in t.charges] == ["ANALYSIS"]  # analysis only
    assert "Facturé : analyse seule" in panel.charges_label.text()
    assert steps(panel) == {"RETURN_TO_CUSTOMER"}
    click_step(qtbot, panel, "RETURN_TO_CUSTOMER")
    assert status_text(window) == "Vendu"
    click_step(qtbot, panel, "CLOSE")
    assert panel.ticket.state == "CLOSED"
    assert t.total_ttc == (t.total_ht * Decimal("1.2")).quantize(Decimal("0.01"))


def test_a_refused_step_says_why_in_french_and_changes_nothing(qtbot, window, sqlite_desk, monkeypatch):
    desk = sqlite_desk
    r = rental(desk, 3)
    other = stock(desk, "NEO0000001", model="NEO")
    window.open_asset(r.asset_id)
    open_ticket_with_ctrl_d(qtbot, window, monkeypatch, "Lecteur bloqué")
    panel = panel_of(window)
    click_step(qtbot, panel, "START_DIAGNOSIS")
    monkeypatch.setattr(DiagnosisDialog, "ask", driven(DiagnosisDialog, lambda d: d.fault_yes.setChecked(True)))
    click_step(qtbot, panel, "RECORD_DIAGNOSIS")
    # Another station closed the diagnosis meanwhile: the button is stale, the step refused.
    from sav_desktop.services import tickets

    desk.ticket_step(panel.ticket.id, tickets.issue_rma)
    before = len(desk.asset_detail(r.asset_id).timeline)
    # The device of another model, scanned in the dialog, is refused by the dialog itself.
    dialog = ReplacementDialog(desk, panel.ticket, panel)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.scan, other.serial)
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert "appareil identique" in dialog.errors["scan"].text()
    dialog.close()
    panel.run_step("ISSUE_RMA")  # the stale button
    assert panel.error_label.isVisible()
    assert panel.error_label.text().startswith("Refusé : impossible de délivrer un accord de retour")
    assert panel.ticket.state == "RMA_ISSUED"  # reloaded
    assert len(desk.asset_detail(r.asset_id).timeline) == before  # nothing written
    assert len(timeline_texts(window)) == before  # and the sheet shows the other station's step


def test_new_ticket_refused_without_a_problem_shows_it_by_the_field(qtbot, window, sqlite_desk):
    r = rental(sqlite_desk, 4)
    dialog = NewTicketDialog(sqlite_desk, r.asset_id, "MOVE", window)
    qtbot.addWidget(dialog)
    dialog.on_save_clicked()
    assert dialog.errors["problem"].isVisibleTo(dialog)
    assert "décrivez le problème" in dialog.errors["problem"].text()
    assert sqlite_desk.tickets_of_asset(r.asset_id) == []


def test_ctrl_d_without_a_device_says_so(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(NewTicketDialog, "ask", lambda *a: asked.append(a))
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    action = window.actions["new_ticket"]
    assert not action.isEnabled() and asked == []  # no device shown: nothing to open a ticket on
    assert "ouvrez d'abord un matériel" in action.toolTip()


def test_exchange_deadline_past_is_flagged(qtbot, window, sqlite_desk, monkeypatch):
    r = rental(sqlite_desk, 5)
    desk = sqlite_desk
    from datetime import datetime

    tid = desk.open_ticket(r.asset_id, "Panne", datetime(2026, 3, 10, 9, 0))  # J+2 = 12/03
    from sav_desktop.services import tickets

    desk.ticket_step(tid, tickets.start_diagnosis)
    desk.ticket_step(tid, tickets.record_diagnosis, True)
    window.open_asset(r.asset_id)
    panel = panel_of(window)
    assert panel.ticket is not None and panel.ticket.exchange_deadline == date(2026, 3, 12)
    assert "DÉPASSÉE" in panel.deadline_label.text()
