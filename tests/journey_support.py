"""Helpers of the journey tests: the real main window with the pages the application adds
(tickets, check-in, workshop, contract screen; not the PC/SC panel), and the record forms filled by typing.

Each ``fill_*`` stands in for a form's ``ask`` (tests patch ``ask``): it builds the real
dialog, types into its fields with the keyboard, presses Save, and returns what ``ask`` would.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from sav_desktop.domain.enums import AssetStatus
from sav_desktop.ui.checkin_wizard import install_checkin
from sav_desktop.ui.contract_screens import install_contracts
from sav_desktop.ui.forms import AssetDialog, ContractDialog, CustomerDialog
from sav_desktop.ui.main_window import MainWindow
from sav_desktop.ui.tickets_view import install_tickets
from sav_desktop.ui.workshop_page import install_workshop
from tests.conftest import valid_rpps


def press(qtbot: Any, window: MainWindow, key: Any, modifiers: Any = None) -> None:
    """A shortcut typed in the main window, as the desk user does once the last dialog closed:
    the window is active again first (shortcuts reach the active window only)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    if modifiers is None:
        qtbot.keyClick(window, key)
    else:
        qtbot.keyClick(window, key, modifiers)


def make_window(qtbot: Any, desk: Any) -> MainWindow:
    w = MainWindow(desk)
    install_tickets(w)
    install_checkin(w)
    install_workshop(w)
    install_contracts(w)  # Contrat… (Ctrl+Shift+C), as the application installs it (ui.app)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def _saved(dialog: QDialog) -> Any:
    dialog.on_save_clicked()  # type: ignore[attr-defined]
    errors = [e.text() for e in dialog.errors.values() if e.text()]  # type: ignore[attr-defined]
    general = dialog.general_error.text()  # type: ignore[attr-defined]
    assert dialog.result() == QDialog.DialogCode.Accepted, f"refusé : {errors} {general}"
    value = dialog.result_value  # type: ignore[attr-defined]
    dialog.deleteLater()
    return value


def register_device(qtbot: Any, window: MainWindow, monkeypatch: Any, serial: str,
                    model: str = "MOVE5000_WIFI") -> int:
    def ask(desk: Any, asset: Any, typed: str, parent: Any) -> Any:
        d = AssetDialog(desk, asset, typed, parent)
        d.show()
        d.model.setCurrentIndex(d.model.findData(model))
        qtbot.keyClicks(d.serial, serial)
        qtbot.keyClicks(d.in_service_on, "02/03/2026")
        return _saved(d)

    from sav_desktop.ui.label_dialog import LabelDialog

    offered: list[list[str]] = []
    monkeypatch.setattr(AssetDialog, "ask", ask)
    monkeypatch.setattr(LabelDialog, "ask", lambda _p, labels, **_k: offered.append([lab.serial for lab in labels]))
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert offered == [[serial]]  # its label is offered at once (the label printer is not driven here)
    found = window.desk.find_by_scan(serial)
    assert found is not None
    window.open_asset(found)
    assert window.detail_view.values["status"].text() == "En stock"
    return int(found)


def create_customer(qtbot: Any, window: MainWindow, monkeypatch: Any, name: str, n: int) -> None:
    def ask(desk: Any, customer: Any, parent: Any) -> Any:
        d = CustomerDialog(desk, customer, parent)
        d.show()
        qtbot.keyClicks(d.practice_name, name)
        qtbot.keyClicks(d.postal_code, "67000")
        qtbot.keyClicks(d.city, "Strasbourg")
        d.set_practitioner(0, f"Dr Claire Weber {n}", "Médecin", valid_rpps(900 + n))
        return _saved(d)

    monkeypatch.setattr(CustomerDialog, "ask", ask)
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Client enregistré" in window.statusBar().currentMessage()


def create_contract(qtbot: Any, window: MainWindow, monkeypatch: Any, *, rental: bool, customer: str,
                    tag: str, signed: str, option: str | None = None, option_on: str = "",
                    policy: str = "POL-2026-0001") -> None:
    """Nouveau contrat (Ctrl+Shift+K) typed field by field, every field of R-54/R-55 filled."""

    def ask(desk: Any, customer_id: Any, asset_ids: Any, parent: Any) -> Any:
        d = ContractDialog(desk, customer_id, asset_ids, parent)
        d.show()
        d.kind.setCurrentIndex(d.kind.findData("rental" if rental else "sale"))
        qtbot.keyClicks(d.customer_search, customer)
        from sav_desktop.ui.background import shared_ops

        # The look-up runs off the GUI thread: wait for its last answer, then pick the customer.
        qtbot.waitUntil(lambda: not shared_ops().pending("customers") and d.customer_list.count() >= 1)
        d.customer_list.setCurrentRow(0)
        d.assets.setPlainText(tag)
        d.signed_on.clear()
        qtbot.keyClicks(d.signed_on, signed)
        qtbot.keyClicks(d.delivered_on, signed)
        qtbot.keyClicks(d.software, "Logiciel de facturation SESAM-Vitale")
        if rental:
            qtbot.keyClicks(d.deposit, "300,00")
            qtbot.keyClicks(d.insurer, "MACSF")
            qtbot.keyClicks(d.policy, policy)
        if option is not None:
            qtbot.mouseClick(d.option_buttons[option], Qt.MouseButton.LeftButton)
            assert d.option_buttons[option].isChecked()
            if option_on:
                qtbot.keyClicks(d.option_on, option_on)
        return _saved(d)

    monkeypatch.setattr(ContractDialog, "ask", ask)
    press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Contrat enregistré" in window.statusBar().currentMessage()


def status_of(window: MainWindow, asset_id: int) -> AssetStatus:
    return AssetStatus(window.desk.asset_detail(asset_id).status)


def sheet_status(window: MainWindow) -> str:
    return window.detail_view.values["status"].text()


def driven_dialog(cls: type, fill: Callable[[Any], None]) -> Callable[..., Any]:
    """A stand-in for ``cls.ask`` that fills the real dialog and presses Save."""

    def ask(*args: Any, **kwargs: Any) -> Any:
        d = cls(*args, **kwargs)
        d.show()  # the desk sees it: clicks reach its buttons
        fill(d)
        return _saved(d)

    return ask


def workshop_row(window: MainWindow, asset_id: int) -> Any:
    page = window.workshop_page
    page.wait_loaded()  # the queue is read off the GUI thread
    for i, r in enumerate(page.rows):
        if r.asset_id == asset_id:
            return i, r
    return None, None


def press_enter_on(qtbot: Any, window: MainWindow, asset_id: int) -> None:
    """Select the device's row in the workshop queue and press Enter (opens its next step)."""
    page = window.workshop_page
    page.wait_loaded()
    assert page.select_asset(asset_id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)


__all__ = [
    "create_contract",
    "create_customer",
    "date",
    "driven_dialog",
    "make_window",
    "press_enter_on",
    "register_device",
    "sheet_status",
    "status_of",
    "workshop_row",
]
