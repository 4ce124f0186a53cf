"""One rental from creation to re-rental, driven through the real main window (pytest-qt,
offscreen) as the desk would: register the terminal, create the practice and the rental
(deposit, insurer, policy, software service: R-54, R-55), a SERENITE subscription (R-41,
R-42), the end of the rental on its contract screen (Ctrl+Shift+C), the check-in with a cracked screen (the workshop, never the
stock), the workshop repair, the wipe (R-80), back to stock, rented again.

Statuses walked: En stock, Loué, Retour attendu, En réparation, Chez le constructeur,
À effacer, En stock, Loué."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from sav_desktop.domain.enums import AssetStatus
from sav_desktop.domain.identifiers import label_text
from sav_desktop.ui import checkin_wizard, workshop_page
from sav_desktop.ui.checkin_wizard import CheckInWizard
from sav_desktop.ui.contract_screens import ContractEditDialog, ContractEndDialog
from sav_desktop.ui.forms import OptionDialog
from sav_desktop.ui.workshop_page import StepDialog, WipeDialog
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


def end_rental(qtbot, window, monkeypatch, ended_on: str) -> None:
    """The end of the rental (R-51) recorded on the contract screen, as the desk does: the
    device shown, Ctrl+Shift+C opens its contract, Alt+F « Enregistrer la fin… », the effective
    end typed, Entrée saves it; Échap closes the contract screen."""
    seen: dict[str, str] = {}

    def fill_end(d: ContractEndDialog) -> None:
        assert d.kind.currentData() == "EXPIRY"  # échéance: no requester to name
        d.ended_on.setFocus()
        d.ended_on.selectAll()
        qtbot.keyClick(d.ended_on, Qt.Key.Key_Delete)
        qtbot.keyClicks(d.ended_on, ended_on)
        qtbot.keyClick(d.ended_on, Qt.Key.Key_Return)  # the Save button is the default one
        assert not d.isVisible(), [e.text() for e in d.errors.values() if e.text()]

    def active(d):  # shown and active, as a dialog the desk opened: key presses reach it
        d.show()
        qtbot.waitExposed(d)
        d.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is d)
        return d

    def end_screen(_cls: type, desk, detail, parent=None):
        d = active(ContractEndDialog(desk, detail, parent))
        fill_end(d)
        seen["ended"] = d.ended_on.text()
        return d.result_value

    def contract_screen(_cls: type, desk, contract_id, parent=None):
        d = active(ContractEditDialog(desk, contract_id, parent))
        assert "Sans date de fin" in d.end_label.text()
        qtbot.keyClick(d, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Enregistrer la &fin…
        qtbot.waitUntil(lambda: "ended" in seen)  # a mnemonic clicks its button a moment later (animateClick)
        seen["end"] = d.end_label.text()
        d.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is d)
        qtbot.keyClick(d, Qt.Key.Key_Escape)  # nothing typed on the screen itself: closes at once
        assert not d.isVisible()
        return None

    monkeypatch.setattr(ContractEditDialog, "ask", classmethod(contract_screen))
    monkeypatch.setattr(ContractEndDialog, "ask", classmethod(end_screen))
    press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen["end"].startswith(f"Échéance du contrat le {ended_on}"), seen


def next_page(qtbot, wizard: CheckInWizard) -> None:
    button = wizard.button(QWizard.WizardButton.CommitButton if wizard.currentPage().isCommitPage()
                           else QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_rental_from_creation_to_re_rental(qtbot, sqlite_desk, monkeypatch):
    desk = sqlite_desk  # the clock: Monday 16/03/2026
    window = make_window(qtbot, desk)
    monkeypatch.setattr(checkin_wizard.forms, "confirm", lambda *a: True)
    monkeypatch.setattr(workshop_page.forms, "confirm", lambda *a: True)

    # --- a terminal in stock, a practice, its rental
    asset = register_device(qtbot, window, monkeypatch, "JRNY0000001")
    tag = desk.asset_detail(asset).asset_tag
    create_customer(qtbot, window, monkeypatch, "Cabinet Weber", 1)
    create_contract(qtbot, window, monkeypatch, rental=True, customer="Cabinet Weber", tag=tag,
                    signed="02/03/2026")
    window.open_asset(asset)
    assert sheet_status(window) == "Loué" and status_of(window, asset) is S.RENTED
    assert "Cabinet Weber" in window.detail_view.values["customer"].text()
    assert "300,00" in window.detail_view.values["deposit"].text()

    # --- SERENITE subscribed after the signature: in carence for 3 months
    def subscribe(d: OptionDialog) -> None:
        d.name.setCurrentIndex(d.name.findData("SERENITE"))
        d.subscribed_on.clear()
        qtbot.keyClicks(d.subscribed_on, "16/03/2026")

    monkeypatch.setattr(OptionDialog, "ask", driven_dialog(OptionDialog, subscribe))
    press(qtbot, window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    options = window.detail_view.values["options"].text()
    assert "SERENITE" in options and "16/03/2026" in options
    if "carence" in options.lower() or "vigueur" in options.lower():  # shown once the sheet says it
        assert "16/06/2026" in options

    # --- the rental ends; the terminal comes back with a cracked screen
    end_rental(qtbot, window, monkeypatch, "13/03/2026")
    window.open_asset(asset)
    assert sheet_status(window) == "Retour attendu"
    press(qtbot, window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    wizard = window.checkin_wizard
    assert isinstance(wizard, CheckInWizard)
    qtbot.waitExposed(wizard)
    wizard.scan_page.scan.clear()
    qtbot.keyClicks(wizard.scan_page.scan, label_text(tag, "JRNY0000001"))
    qtbot.keyClick(wizard.scan_page.scan, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.rental_page
    next_page(qtbot, wizard)
    wizard.checklist_page.set_damage({"BREAKAGE"})  # écran fissuré
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.charges_page
    next_page(qtbot, wizard)  # Valider le retour
    assert wizard.currentPage() is wizard.settlement_page
    next_page(qtbot, wizard)
    status_page = wizard.status_page
    assert "En réparation" in status_page.status.text()
    assert not status_page.stock_button.isEnabled()  # a cracked screen never goes straight to stock
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert status_of(window, asset) is S.IN_REPAIR

    # --- the workshop queue (Ctrl+Shift+W): the repair is the next step
    press(qtbot, window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    page = window.workshop_page
    assert window.tabs.currentWidget() is page
    _, row = workshop_row(window, asset)
    assert row is not None and row.waiting_label == "Réparation" and row.target == S.TO_WIPE.value

    # the screen goes to the maker first, then comes back
    def to_maker(d: StepDialog) -> None:
        targets = [e.target for e in d.exits]
        d.choices.setCurrentRow(targets.index(S.AT_MANUFACTURER.value))
        qtbot.keyClicks(d.reason, "ecran fissure")

    monkeypatch.setattr(StepDialog, "ask", driven_dialog(StepDialog, to_maker))
    press_enter_on(qtbot, window, asset)
    assert status_of(window, asset) is S.AT_MANUFACTURER
    _, row = workshop_row(window, asset)
    assert row.waiting_label == "Retour constructeur" and not row.maker_overdue

    def accept_default(d: StepDialog) -> None:
        qtbot.keyClicks(d.reason, "etape faite")

    monkeypatch.setattr(StepDialog, "ask", driven_dialog(StepDialog, accept_default))
    press_enter_on(qtbot, window, asset)  # back from the maker
    assert status_of(window, asset) is S.IN_REPAIR
    press_enter_on(qtbot, window, asset)  # repaired: to the wipe
    assert status_of(window, asset) is S.TO_WIPE
    _, row = workshop_row(window, asset)
    assert row.waiting_label == "Effacement des données" and row.rule == "R-80"

    monkeypatch.setattr(WipeDialog, "ask", driven_dialog(WipeDialog, lambda d: None))  # method, operator, today
    press_enter_on(qtbot, window, asset)
    assert "Effacement enregistré" in page.message.text()
    _, row = workshop_row(window, asset)
    assert row.waiting_label == "Remise en stock"
    press_enter_on(qtbot, window, asset)  # back to stock
    assert status_of(window, asset) is S.IN_STOCK
    assert workshop_row(window, asset) == (None, None)  # nothing waits any more
    window.open_asset(asset)
    assert sheet_status(window) == "En stock"
    timeline = [window.detail_view.timeline.item(i, 2).text() for i in range(window.detail_view.timeline.rowCount())]
    assert any("En réparation → À effacer" in t for t in timeline)
    assert any("Données effacées" in t for t in timeline)
    assert any("À effacer → En stock" in t and "[R-80]" in t for t in timeline)

    # --- rented again, to another practice
    window.tabs.setCurrentIndex(0)
    create_customer(qtbot, window, monkeypatch, "Cabinet Schmitt", 2)
    create_contract(qtbot, window, monkeypatch, rental=True, customer="Cabinet Schmitt", tag=tag,
                    signed="16/03/2026", policy="POL-2026-0002")
    window.open_asset(asset)
    assert sheet_status(window) == "Loué" and "Cabinet Schmitt" in window.detail_view.values["customer"].text()
