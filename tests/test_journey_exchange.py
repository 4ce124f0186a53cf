"""A standard exchange through the real main window (pytest-qt, offscreen): a sold terminal with
the Échange Standard option breaks down, the remote diagnosis finds a defect, an identical
terminal is shipped (R-46), the faulty one comes back and no longer stays "En réparation": the
workshop queue repairs it, it cannot reach the stock before its wipe (R-80), then it is wiped
and back in stock, ready to be an exchange unit itself.

Statuses walked: En stock, Vendu, Chez le client (échange), En réparation, À effacer, En stock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sav_desktop.domain.enums import AssetStatus
from sav_desktop.ui import tickets_view, workshop_page
from sav_desktop.ui.tickets_view import DiagnosisDialog, NewTicketDialog, ReplacementDialog, TicketsPanel
from sav_desktop.ui.workshop_page import StepDialog, WipeDialog
from tests.gui_workflow_support import driven
from tests.journey_support import (
    press,
    create_contract,
    create_customer,
    driven_dialog,
    make_window,
    press_enter_on,
    register_device,
    sheet_status,
    status_of,
    workshop_row,
)

S = AssetStatus


def click_step(qtbot, panel: TicketsPanel, key: str) -> None:
    assert key in panel.action_buttons, f"{key} absent : {sorted(panel.action_buttons)}"
    qtbot.mouseClick(panel.action_buttons[key], Qt.MouseButton.LeftButton)


def test_an_exchange_where_the_faulty_unit_ends_wiped_in_stock(qtbot, sqlite_desk, monkeypatch):
    desk = sqlite_desk  # the clock: Monday 16/03/2026 09:30 UTC
    window = make_window(qtbot, desk)
    monkeypatch.setattr(tickets_view.forms, "confirm", lambda *a: True)
    monkeypatch.setattr(workshop_page.forms, "confirm", lambda *a: True)

    spare = register_device(qtbot, window, monkeypatch, "SPARE000001")
    faulty = register_device(qtbot, window, monkeypatch, "FAULT000001")
    tag = desk.asset_detail(faulty).asset_tag
    create_customer(qtbot, window, monkeypatch, "Cabinet Muller", 3)
    create_contract(qtbot, window, monkeypatch, rental=False, customer="Cabinet Muller", tag=tag,
                    signed="02/03/2026", option="ECHANGE_STANDARD")
    window.open_asset(faulty)
    assert sheet_status(window) == "Vendu"
    assert "Échange Standard" in window.detail_view.values["options"].text()

    # --- the call (Ctrl+D), the remote diagnosis: a defect of the terminal
    def call(d: NewTicketDialog) -> None:
        d.problem.insertPlainText("Le terminal ne lit plus les cartes")
        d.reported_at.setText("16/03/2026 09:30")

    monkeypatch.setattr(NewTicketDialog, "ask", driven(NewTicketDialog, call))
    press(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    panel = window.tickets_panel
    assert isinstance(panel, TicketsPanel) and panel.ticket is not None, window.statusBar().currentMessage()
    click_step(qtbot, panel, "START_DIAGNOSIS")
    assert not panel.charges_box.isVisible()  # no decision before the facts

    def defect(d: DiagnosisDialog) -> None:
        qtbot.mouseClick(d.kind_defect, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(DiagnosisDialog, "ask", driven_dialog(DiagnosisDialog, defect))
    click_step(qtbot, panel, "RECORD_DIAGNOSIS")
    assert "Pris en charge : échange standard" in panel.charges_label.text()
    assert "R-46" in panel.deadline_label.text()

    # --- the identical terminal from stock is shipped; the faulty one is awaited
    def choose(d: ReplacementDialog) -> None:
        qtbot.keyClicks(d.scan, desk.asset_detail(spare).asset_tag)
        qtbot.keyClick(d.scan, Qt.Key.Key_Return)

    monkeypatch.setattr(ReplacementDialog, "ask", driven_dialog(ReplacementDialog, choose))
    click_step(qtbot, panel, "SHIP_REPLACEMENT")
    assert status_of(window, faulty) is S.AT_CUSTOMER_EXCHANGE and sheet_status(window) == "Chez le client (échange)"
    assert status_of(window, spare) is S.SOLD
    click_step(qtbot, panel, "RECEIVE_FAULTY")
    click_step(qtbot, panel, "CLOSE")
    assert panel.ticket.state == "CLOSED"
    assert status_of(window, faulty) is S.IN_REPAIR

    # --- the workshop queue holds it: repaired, then the wipe comes before the stock
    press(qtbot, window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    page = window.workshop_page
    assert window.tabs.currentWidget() is page
    _, row = workshop_row(window, faulty)
    assert row is not None and row.waiting_label == "Réparation" and row.ticket_id is None

    def repaired(d: StepDialog) -> None:
        assert d.chosen() is not None and d.chosen().target == S.TO_WIPE.value  # the row's step, chosen
        assert tag in d.current.text()  # the dialog names the device it acts on
        qtbot.keyClicks(d.reason, "lecteur de cartes remplace")

    monkeypatch.setattr(StepDialog, "ask", driven_dialog(StepDialog, repaired))
    press_enter_on(qtbot, window, faulty)
    assert status_of(window, faulty) is S.TO_WIPE

    # straight to stock from the device sheet (Ctrl+Shift+M): refused, R-80, nothing changed
    window.tabs.setCurrentIndex(0)
    window.open_asset(faulty)
    refused: list[StepDialog] = []

    def to_stock(d: StepDialog) -> None:
        d.choices.setCurrentRow([e.target for e in d.exits].index(S.IN_STOCK.value))

    monkeypatch.setattr(StepDialog, "ask", driven(StepDialog, to_stock, refused))
    press(qtbot, window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert refused and "R-80" in refused[0].errors["status"].text()
    assert status_of(window, faulty) is S.TO_WIPE

    press(qtbot, window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    _, row = workshop_row(window, faulty)
    assert row.waiting_label == "Effacement des données"
    monkeypatch.setattr(WipeDialog, "ask", driven_dialog(WipeDialog, lambda d: None))
    press_enter_on(qtbot, window, faulty)
    _, row = workshop_row(window, faulty)
    assert row.waiting_label == "Remise en stock"
    monkeypatch.setattr(StepDialog, "ask", driven_dialog(StepDialog, lambda d: None))
    press_enter_on(qtbot, window, faulty)
    assert status_of(window, faulty) is S.IN_STOCK
    assert workshop_row(window, faulty) == (None, None)
    window.tabs.setCurrentIndex(0)
    window.open_asset(faulty)
    assert sheet_status(window) == "En stock"
    timeline = [window.detail_view.timeline.item(i, 2).text() for i in range(window.detail_view.timeline.rowCount())]
    assert any("Chez le client (échange) → En réparation" in t for t in timeline)
    assert any("À effacer → En stock" in t for t in timeline)
