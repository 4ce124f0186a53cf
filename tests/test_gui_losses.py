"""Perte, vol, destruction from the device sheet (pytest-qt, offscreen): a theft declared on a
demo-like rental with the replacement price by age shown before confirming (R-61) and rent
going on said (R-53), closing refused until the police complaint is recorded (R-62), the
statement PDF read back; refusals in French next to their field, nothing written."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from sav_desktop.domain.identifiers import label_text
from sav_desktop.store.models import AuditEntry
from sav_desktop.ui import losses_view
from sav_desktop.ui.app import build_main_window
from sav_desktop.ui.loss_screens import render_loss_screens
from sav_desktop.ui.losses_view import (
    ComplaintDialog,
    LetterDialog,
    LossDeclarationDialog,
    LossesPanel,
    install_losses,
)
from sav_desktop.ui.main_window import MainWindow
from sav_desktop.ui.screens import _save
from sav_desktop.ui.tickets_view import install_tickets
from tests.gui_workflow_support import driven, rental, sale_out_of_warranty
from tests.test_documents_pdf import pdf_text


@pytest.fixture
def window(qtbot, sqlite_desk):
    w = MainWindow(sqlite_desk)
    install_tickets(w)
    install_losses(w)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def confirmations(monkeypatch) -> list[str]:
    """forms.confirm answers Yes and keeps what it was asked."""
    asked: list[str] = []
    monkeypatch.setattr(losses_view.forms, "confirm", lambda _p, _t, text: (asked.append(text), True)[1])
    return asked


def panel_of(window: MainWindow) -> LossesPanel:
    panel = window.losses_panel
    assert isinstance(panel, LossesPanel)
    return panel


def click(qtbot, panel: LossesPanel, key: str) -> None:
    button = panel.buttons[key]
    assert button.isEnabled(), f"{key} grisé : {button.toolTip()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def timeline_texts(window: MainWindow) -> list[str]:
    t = window.detail_view.timeline
    return [t.item(r, 2).text() for r in range(t.rowCount())]


def test_theft_on_a_rental_from_declaration_to_closed_and_pdf(qtbot, window, sqlite_desk, monkeypatch,
                                                              confirmations, tmp_path: Path):
    desk = sqlite_desk
    r = rental(desk, 1)  # MOVE/5000 Wi-Fi in service on 10/03/2025: less than 2 years on the event day
    panel = panel_of(window)
    window.open_scan(label_text(r.tag, r.serial))
    assert window.actions["declare_loss"].shortcut().toString() == "Ctrl+Shift+P"

    shown: list[LossDeclarationDialog] = []

    def fill(d: LossDeclarationDialog) -> None:
        assert "Choisissez la nature" in d.price_label.text()
        assert "R-53" in d.findChild(type(d.price_label), "lossRent").text()  # a rental: rent goes on
        d.set_kind("theft")
        d.event_on.setText("14/03/2026")
        d.event_on.editingFinished.emit()
        d.reported_at.setText("16/03/2026 09:15")
        d.reported_at.editingFinished.emit()
        d.circumstances.insertPlainText("Vol dans le vehicule du praticien")
        price = d.price_label.text()  # before confirming: the price by age and why
        assert "moins de 2 ans" in price and "R-61" in price and "Total :" in price and "HT" in price

    monkeypatch.setattr(LossDeclarationDialog, "ask", driven(LossDeclarationDialog, fill, shown))
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert shown and shown[0].result_value is not None
    assert window.detail_view.tabs.currentWidget() is panel
    loss = panel.loss
    assert loss is not None and loss.kind == "theft" and loss.state == "OPEN"
    assert len(confirmations) == 1  # asked before declaring
    asked = confirmations[0]
    assert "statut « Volé »" in asked and "R-61" in asked and "R-53" in asked
    assert "moins de 2 ans" in loss.why
    # the sheet, the list and the timeline show it at once
    assert window.detail_view.values["status"].text() == "Volé"
    assert any("Vol déclaré" in s and loss.number in s for s in timeline_texts(window))
    assert panel.rent_label.isVisible() and "le loyer n'est pas suspendu (R-53)" in panel.rent_label.text()
    assert "obligatoire pour clore (R-62)" in panel.info_label.text()
    assert panel.list.rowCount() == 1 and panel.list.item(0, 3).text() == "En cours (pièces attendues)"

    click(qtbot, panel, "close")  # no complaint yet: refused, in French, nothing written
    assert panel.error_label.isVisible()
    assert "ne peut être close sans la référence du dépôt de plainte (R-62)" in panel.error_label.text()
    assert desk.loss(loss.id).state == "OPEN"

    monkeypatch.setattr(LetterDialog, "ask", driven(LetterDialog, lambda d: (
        d.sent_on.setText("16/03/2026"), d.reference.setText("1A 234 567 8901 2"))))
    click(qtbot, panel, "letter")
    assert "Lettre recommandée : n° 1A 234 567 8901 2, envoyée le 16/03/2026" in panel.info_label.text()
    click(qtbot, panel, "close")  # the letter alone is not enough
    assert "R-62" in panel.error_label.text() and desk.loss(loss.id).state == "OPEN"

    monkeypatch.setattr(ComplaintDialog, "ask", driven(ComplaintDialog, lambda d: (
        d.reference.setText("PV 2026/00042"), d.filed_on.setText("14/03/2026"),
        d.police_office.setText("Commissariat de Lyon 3e"))))
    click(qtbot, panel, "complaint")
    assert "Plainte : n° PV 2026/00042 du 14/03/2026, Commissariat de Lyon 3e" in panel.info_label.text()
    assert panel.loss.can_close
    click(qtbot, panel, "close")
    assert panel.loss.state == "CLOSED" and "Clos" in panel.state_label.text()
    assert not panel.error_label.isVisible()
    assert not panel.buttons["letter"].isEnabled() and not panel.buttons["close"].isEnabled()
    assert any("clos" in s and loss.number in s for s in timeline_texts(window))
    assert len(confirmations) == 4  # each close was asked first

    out = tmp_path / "vol.pdf"
    monkeypatch.setattr(panel, "ask_pdf_path", lambda suggested: (suggested.startswith("declaration-"), str(out))[1])
    click(qtbot, panel, "pdf")
    assert str(out) in panel.note_label.text()
    text = pdf_text(out)
    view = desk.loss(loss.id)
    for expected in ("Déclaration de vol de matériel", loss.number, "14/03/2026", "16/03/2026 09:15",
                     "PV 2026/00042 (14/03/2026, Commissariat de Lyon 3e)", "moins de 2 ans", "R-53",
                     "Prix de remplacement (R-61)"):
        assert expected in text, expected
    # the amount in French format (decimal comma, euro sign), the same as on the sheet
    assert view.total_ht == Decimal("644.417")
    assert "Total HT 644,417 €" in text and "TVA 20 % 128,88 €" in text and "Total TTC 773,30 €" in text
    assert "644,417\u00a0€ HT" in panel.price_label.text() and "773,30\u00a0€ TTC" in panel.price_label.text()


def test_refusals_next_to_the_field_and_no_means_nothing_written(qtbot, window, sqlite_desk, monkeypatch):
    desk = sqlite_desk
    r = rental(desk, 2)
    _contract, sold = sale_out_of_warranty(desk, 3)
    window.open_asset(r.asset_id)
    detail = desk.asset_detail(r.asset_id)
    dialog = LossDeclarationDialog(desk, detail, window)
    qtbot.addWidget(dialog)
    dialog.on_save_clicked()  # no kind chosen
    assert "choisissez la nature" in dialog.errors["kind"].text()
    dialog.set_kind("loss")
    dialog.event_on.setText("20/03/2026")  # after today
    dialog.on_save_clicked()
    assert "date de l'événement dans le futur" in dialog.errors["event_on"].text()
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.event_on.setText("15/03/2026")
    monkeypatch.setattr(losses_view.forms, "confirm", lambda *_a: False)  # the desk answers No
    dialog.on_save_clicked()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert desk.losses_of_asset(r.asset_id) == [] and desk.asset_detail(r.asset_id).status == "RENTED"

    sold_dialog = LossDeclarationDialog(desk, desk.asset_detail(sold), window)  # sold: nothing billed, no rent
    qtbot.addWidget(sold_dialog)
    sold_dialog.set_kind("destruction")
    assert sold_dialog.findChild(type(sold_dialog.price_label), "lossRent") is None
    assert "Rien n'est facturé" in sold_dialog.price_label.text()


def test_screenshots_show_a_preview_and_write_nothing(qtbot, sqlite_desk, tmp_path: Path):
    desk = sqlite_desk
    r = rental(desk, 4)

    def audit_count() -> int:
        with desk.unit_of_work() as uow:
            return int(uow.session.scalar(select(func.count(AuditEntry.id))) or 0)

    before = audit_count()
    window = build_main_window(desk)
    qtbot.addWidget(window)
    written = render_loss_screens(QApplication.instance(), desk, window, tmp_path, _save)
    assert [p.name for p in written] == ["50-sinistre-declaration.png", "51-sinistres.png"]
    assert all(p.stat().st_size > 10_000 for p in written)
    assert audit_count() == before
    assert desk.losses_of_asset(r.asset_id) == [] and desk.asset_detail(r.asset_id).status == "RENTED"
