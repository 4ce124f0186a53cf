"""Retour de location wizard driven from the main window (pytest-qt, offscreen): a demo rental
returned without its socle and with a broken screen gives the right charges (R-52, R-63) and
deposit settlement (R-50); the receipt PDF read back shows them; back to stock only after the
wipe (R-80)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pypdf import PdfReader

from sav_desktop.domain.checkin import Settlement
from sav_desktop.domain.enums import AssetStatus
from sav_desktop.domain.identifiers import label_text
from sav_desktop.ui import checkin_wizard
from sav_desktop.ui.checkin_wizard import CheckInWizard, install_checkin
from sav_desktop.ui.main_window import MainWindow
from tests.gui_workflow_support import rental

ENDED = date(2026, 3, 2)  # the clock is 16/03/2026: within the month of R-51


@pytest.fixture
def window(qtbot, sqlite_desk):
    w = MainWindow(sqlite_desk)
    install_checkin(w)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return re.sub(r"[\s\u00a0\u202f]+", " ", unicodedata.normalize("NFKC", text))


def open_wizard(qtbot, window: MainWindow) -> CheckInWizard:
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    wizard = window.checkin_wizard
    assert isinstance(wizard, CheckInWizard)
    qtbot.waitExposed(wizard)
    return wizard


def next_page(qtbot, wizard: CheckInWizard) -> None:
    button = wizard.button(QWizard.WizardButton.CommitButton if wizard.currentPage().isCommitPage()
                           else QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_missing_socle_and_broken_screen_charges_settlement_receipt_and_wipe(
        qtbot, window, sqlite_desk, monkeypatch, tmp_path):
    desk = sqlite_desk
    r = rental(desk, 1, ended_on=ENDED, deposit="300.00")
    asked: list[str] = []
    monkeypatch.setattr(checkin_wizard.forms, "confirm", lambda _p, _t, text: asked.append(text) or True)

    wizard = open_wizard(qtbot, window)
    assert wizard.currentPage() is wizard.scan_page
    qtbot.keyClicks(wizard.scan_page.scan, label_text(r.tag, r.serial))
    qtbot.keyClick(wizard.scan_page.scan, Qt.Key.Key_Return)  # the scanner's Enter: next page
    assert wizard.currentPage() is wizard.rental_page
    summary = wizard.rental_page.summary.text()
    assert "Cabinet infirmier n° 1" in summary and "02/03/2026" in summary
    assert "Retour au plus tard le 02/04/2026 (R-51)" in summary
    assert "Socle de charge x1" in summary
    assert "Dépôt de garantie : 300,00\u00a0€, sans TVA (R-50)" in summary and "HT (R-50)" not in summary
    next_page(qtbot, wizard)

    page = wizard.checklist_page
    assert wizard.currentPage() is page
    socle = page.accessory_widgets[r.socle_item]
    assert socle.isChecked()  # present unless unticked
    socle.setFocus()
    qtbot.keyClick(socle, Qt.Key.Key_Space)  # the socle is missing
    assert not socle.isChecked()
    assert page.seal.isChecked()
    page.set_damage({"BREAKAGE"})  # broken screen
    assert not page.diagnostic_button.isVisible()  # no diagnostics page in this window
    next_page(qtbot, wizard)

    charges = wizard.charges_page
    assert wizard.currentPage() is charges
    rows = [[charges.table.item(r_, c).text() for c in range(5)] for r_ in range(charges.table.rowCount())]
    assert [(row[0], row[3].replace("\u202f", " "), row[4]) for row in rows] == [
        ("Socle de charge manquant(e)", "79,000\u00a0€", "R-52"),
        ("Analyse et tests du matériel", "87,083\u00a0€", "R-63"),
        ("Forfait réparation terminaux MOVE/5000", "352,917\u00a0€", "R-63"),
    ]
    assert "519,000" in charges.totals.text() and "622,80" in charges.totals.text()
    # a preview: nothing written (the rental has ended: « Retour attendu », R-51)
    assert desk.asset_detail(r.asset_id).status == AssetStatus.AWAITING_RETURN.value
    next_page(qtbot, wizard)  # Valider le retour (asked first)
    assert asked and r.tag in asked[0]

    settle = wizard.settlement_page
    assert wizard.currentPage() is settle
    view = wizard.result_view
    assert view is not None and view.settlement.settlement is Settlement.BALANCE_BILLED
    # R-50 Decision: 519.000 HT = 622.80 TTC against the 300.00 deposit: kept, 322.80 TTC billed.
    assert str(view.total_ht) == "519.000" and str(view.settlement.balance_ttc) == "322.80"
    assert settle.headline.text() == "Dépôt de garantie retenu, solde facturé"
    assert settle.values["deposit"].text() == "300,00\u00a0€"  # euros, never "HT"
    assert "519,000" in settle.values["charges"].text() and "622,80" in settle.values["charges"].text()
    assert settle.values["deducted"].text() == "300,00\u00a0€"
    assert settle.values["refund"].text() == "0,00\u00a0€"
    assert settle.values["balance"].text() == "322,80\u00a0€ TTC"
    assert "322,80" in settle.why.text() and "474,80" not in settle.why.text()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible() or \
        not wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # committed: no way back
    assert window.detail_view.values["status"].text() == "En réparation"  # the sheet followed

    assert settle.receipt_button.isEnabled()
    pdf = tmp_path / "recu.pdf"
    monkeypatch.setattr(wizard, "ask_receipt_path", lambda suggested: str(pdf))
    qtbot.mouseClick(settle.receipt_button, Qt.MouseButton.LeftButton)
    assert pdf.exists() and "Reçu enregistré" in settle.receipt_note.text()
    text = pdf_text(pdf)
    assert "Socle de charge" in text and "79,000 €" in text
    assert "Choc, chute, brûlure, écran ou connecteur cassé" in text
    assert "519,000 €" in text and "Total TTC 622,80 €" in text
    assert "Dépôt de garantie versé (sans TVA) 300,00 €" in text
    assert "Frais TTC imputés sur le dépôt 622,80 € TTC" in text
    assert "Retenue sur le dépôt 300,00 €" in text and "Remboursement au client 0,00 €" in text
    assert "Solde facturé 322,80 € TTC" in text
    assert "300,00 € HT" not in text and "300,000 € HT" not in text
    assert "R-50" in text and "R-52" in text
    next_page(qtbot, wizard)

    status = wizard.status_page
    assert wizard.currentPage() is status
    assert "En réparation" in status.status.text()
    # CYCLE-2: a cracked screen is repaired before anything else: no way to the stock from here
    assert status.workshop_note.isVisible() and "atelier" in status.workshop_note.text()
    assert not status.stock_button.isEnabled()
    assert status.operator.text() == desk.user_name
    qtbot.mouseClick(status.wipe_button, Qt.MouseButton.LeftButton)
    assert "Effacement enregistré" in status.message.text()
    assert desk.asset_detail(r.asset_id).status == AssetStatus.IN_REPAIR.value
    assert not status.stock_button.isEnabled()
    timeline = [window.detail_view.timeline.item(i, 2).text() for i in range(window.detail_view.timeline.rowCount())]
    assert any("Retour de location" in t for t in timeline) and any("effacées" in t for t in timeline)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    # an escaped or finished wizard: scanning the device again says where it is
    wizard = open_wizard(qtbot, window)
    wizard.scan_page.scan.setText(r.serial)
    qtbot.keyClick(wizard.scan_page.scan, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.scan_page
    assert "déjà enregistré" in wizard.scan_page.error.text() and "atelier" in wizard.scan_page.error.text()


def test_complete_return_refunds_the_deposit_and_cancel_writes_nothing(qtbot, window, sqlite_desk, monkeypatch):
    desk = sqlite_desk
    r = rental(desk, 2, ended_on=ENDED, deposit="200.000")
    window.open_asset(r.asset_id)
    wizard = open_wizard(qtbot, window)
    assert wizard.scan_page.scan.text() == r.tag  # the device shown
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.charges_page.table.rowCount() == 0
    assert "remboursé en totalité (R-50)" in wizard.charges_page.why.text()
    monkeypatch.setattr(checkin_wizard.forms, "confirm", lambda *a: False)
    next_page(qtbot, wizard)  # the desk says no
    assert wizard.currentPage() is wizard.charges_page
    assert desk.asset_detail(r.asset_id).status == AssetStatus.AWAITING_RETURN.value  # nothing written
    monkeypatch.setattr(checkin_wizard.forms, "confirm", lambda *a: True)
    next_page(qtbot, wizard)
    assert wizard.result_view.settlement.settlement is Settlement.REFUND
    assert wizard.settlement_page.values["refund"].text() == "200,00\u00a0€"
    next_page(qtbot, wizard)
    status = wizard.status_page
    assert "À effacer" in status.status.text() and not status.workshop_note.isVisible()
    qtbot.mouseClick(status.stock_button, Qt.MouseButton.LeftButton)
    assert "Refusé" in status.message.text() and "R-80" in status.message.text()
    assert desk.asset_detail(r.asset_id).status == AssetStatus.TO_WIPE.value
    qtbot.mouseClick(status.wipe_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(status.stock_button, Qt.MouseButton.LeftButton)
    assert desk.asset_detail(r.asset_id).status == AssetStatus.IN_STOCK.value
    assert "En stock" in status.status.text()
    assert window.detail_view.values["status"].text() == "En stock"


def test_scan_of_a_device_not_on_a_rental_is_refused_in_french(qtbot, window, sqlite_desk):
    from sav_desktop.domain.records import AssetInput

    ref = sqlite_desk.register_asset(AssetInput("NEO", "NEO0000042"))
    wizard = open_wizard(qtbot, window)
    qtbot.keyClicks(wizard.scan_page.scan, "ZZZZZZZZ")
    qtbot.keyClick(wizard.scan_page.scan, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.scan_page
    assert "Aucun matériel ne correspond" in wizard.scan_page.error.text()
    wizard.scan_page.scan.setText(ref.serial)
    qtbot.keyClick(wizard.scan_page.scan, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.scan_page
    assert "n'est sur aucune location en cours" in wizard.scan_page.error.text()


def test_rental_without_end_date_cannot_go_on(qtbot, window, sqlite_desk):
    r = rental(sqlite_desk, 3, ended_on=None)
    wizard = open_wizard(qtbot, window)
    wizard.scan_page.scan.setText(r.serial)
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.rental_page
    assert "pas de date de fin" in wizard.rental_page.warning.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


@pytest.mark.parametrize(("ended", "status"), [(date(2026, 3, 13), AssetStatus.AWAITING_RETURN),
                                               (date(2026, 4, 30), AssetStatus.RENTED)], ids=["past", "future"])
def test_the_wizard_finds_a_device_once_the_end_is_recorded(qtbot, window, sqlite_desk, ended, status):
    """The end recorded on the contract (R-51): reached, the device is « Retour attendu »; in the
    future, still « Loué ». The wizard finds it either way and goes on to the rental."""
    from sav_desktop.domain.contracts import ContractEnd

    r = rental(sqlite_desk, 4, ended_on=None)
    sqlite_desk.end_contract(r.contract_id, ContractEnd(ended, "EXPIRY"),
                             sqlite_desk.contract_detail(r.contract_id).version)
    assert sqlite_desk.asset_detail(r.asset_id).status == status.value
    wizard = open_wizard(qtbot, window)
    qtbot.keyClicks(wizard.scan_page.scan, label_text(r.tag, r.serial))
    qtbot.keyClick(wizard.scan_page.scan, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.rental_page, wizard.scan_page.error.text()
    assert f"Fin effective : {ended:%d/%m/%Y}" in wizard.rental_page.summary.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
