"""Journey (issue 11 point 6): acting on the right device, every time.

A label scanned at 2 ms a character while the device list has the focus opens exactly that
device, even when the GUI thread is late on every key (nothing reaches the list's type-ahead,
no bogus serial is offered for registration); a list filtered down to one device shows that
device on the sheet and the new-ticket action acts on it; a filter that hides the device
clears the sheet and disables the actions that need one. Key events are synthetic, with
controlled timestamps: no sleeps."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from sav_desktop.domain.enums import ContractKind
from sav_desktop.domain.identifiers import label_text
from sav_desktop.domain.records import AssetInput, ContractInput

from .conftest import RENTAL_TERMS, SALE_TERMS
from sav_desktop.ui import scanner as scanner_module
from sav_desktop.ui.main_window import MainWindow
from sav_desktop.ui.tickets_view import NewTicketDialog, install_tickets
from tests.conftest import customer_input, valid_iccid
from tests.keyboard import type_keys


@pytest.fixture
def devices(sqlite_desk):
    d = sqlite_desk
    refs = {}
    for n, name in enumerate(("Cabinet du Dr Martin", "Cabinet infirmier Roux", "Cabinet dentaire Petit"), start=1):
        cid = d.create_customer(customer_input(name, n))
        a = d.register_asset(AssetInput("MOVE5000_4G", f"M5G10{n}", iccid=valid_iccid(n)))
        b = d.register_asset(AssetInput("PCSC_READER", f"DSC10{n}"))
        rental = bool(n % 2)
        d.create_contract(ContractInput(ContractKind.RENTAL if rental else ContractKind.SALE, cid,
                                        date(2025, 1, n), (a.id, b.id), **(RENTAL_TERMS if rental else SALE_TERMS)))
        refs[name] = a
    return refs


@pytest.fixture
def window(qtbot, sqlite_desk, devices):
    w = MainWindow(sqlite_desk)
    install_tickets(w)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def scan(widget, text: str, start_ms: int = 1_000_000, gap_ms: int = 2) -> None:
    """A scanner typing ``text`` then Enter into ``widget`` (which has the focus), ``gap_ms``
    apart (key timestamps), through its window as the platform delivers keys."""
    assert QApplication.focusWidget() is widget
    type_keys(widget, text, enter=True, start_ms=start_ms, gap_ms=gap_ms)


def test_scan_at_2ms_a_character_with_the_list_focused_opens_that_device(qtbot, window, devices, monkeypatch):
    first, wanted = devices["Cabinet du Dr Martin"], devices["Cabinet infirmier Roux"]
    window.open_asset(first.id)
    offered: list[str] = []
    monkeypatch.setattr(window, "ask_register", lambda serial: offered.append(serial) or False)
    # The GUI thread is late: 150 ms pass between two keys reaching the app (a device opening,
    # a repaint...), while the scanner typed them 2 ms apart.
    clock = iter(range(10_000, 10_000_000, 150))
    monkeypatch.setattr(scanner_module.time, "monotonic", lambda: next(clock) / 1000)
    opened: list[int] = []
    window.asset_opened.connect(opened.append)
    window.table.setFocus()
    assert QApplication.focusWidget() is window.table

    scan(window.table, label_text(wanted.asset_tag, wanted.serial))

    assert opened == [wanted.id]  # no other device opened on the way by the list's type-ahead
    assert offered == [] and "Aucun matériel" not in window.statusBar().currentMessage()
    assert window.current_asset_id() == wanted.id
    assert wanted.serial in window.detail_view.title.text()
    assert window.detail_view.values["customer"].text() == "Cabinet infirmier Roux"


def test_typing_by_hand_into_the_list_still_reaches_its_type_ahead(qtbot, window, devices):
    """Keys held while they might be a scan are delivered when they turn out not to be one."""
    window.table.setFocus()
    window.table.selectionModel().clearSelection()
    target = devices["Cabinet dentaire Petit"]
    row = window.model.row_of_asset(target.id)
    tag = window.model.index(row, 0).data()
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key(ord(tag[0].upper())), Qt.KeyboardModifier.NoModifier, tag[0])
    QApplication.sendEvent(window.windowHandle(), event)  # as the keyboard: to the window
    assert window.scanner.burst_text == tag[0]  # held for a moment
    qtbot.waitUntil(lambda: window.scanner.burst_text == "", timeout=2000)  # then delivered
    assert window.table.currentIndex().isValid()
    assert window.table.currentIndex().data().startswith(tag[0])


def test_a_list_filtered_to_one_device_is_the_device_the_new_ticket_acts_on(qtbot, window, devices, monkeypatch):
    previous, wanted = devices["Cabinet du Dr Martin"], devices["Cabinet dentaire Petit"]
    window.open_asset(previous.id)
    asked: list[tuple[int, str, str]] = []

    def fake_ask(desk, asset_id, asset_text, parent):
        dialog = NewTicketDialog(desk, asset_id, asset_text, parent)
        qtbot.addWidget(dialog)
        asked.append((asset_id, asset_text, dialog.windowTitle()))
        return None

    monkeypatch.setattr(NewTicketDialog, "ask", fake_ask)
    window.search.setFocus()
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        qtbot.keyClicks(window.search, wanted.serial)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.search.text() == wanted.serial, timeout=5000)
    qtbot.waitUntil(lambda: window.current_asset_id() is not None, timeout=5000)  # read in the background

    assert window.current_asset_id() == wanted.id  # the sheet follows the list
    assert wanted.serial in window.detail_view.title.text()
    assert window.detail_view.values["customer"].text() == "Cabinet dentaire Petit"
    window.actions["new_ticket"].trigger()
    assert [a[0] for a in asked] == [wanted.id]
    assert wanted.serial in asked[0][2] and wanted.asset_tag in asked[0][2]  # the dialog names it


def test_a_filter_that_hides_the_device_clears_the_sheet_and_its_actions(qtbot, window, devices):
    shown = devices["Cabinet du Dr Martin"]
    window.open_asset(shown.id)
    assert window.actions["new_ticket"].isEnabled() and window.actions["edit_asset"].isEnabled()
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.search.setText("DSC")  # three readers, not the terminal shown
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)

    assert window.current_asset_id() is None
    assert not window.detail_view.tabs.isEnabled()
    assert window.detail_view.values["serial"].text() == "—"
    for key in ("new_ticket", "edit_asset", "option", "label"):
        assert not window.actions[key].isEnabled(), key
    window.table.selectRow(0)  # choosing a row brings them back, on that row's device
    row_id = window.model.row_at(0).id
    assert window.current_asset_id() == row_id and window.actions["new_ticket"].isEnabled()
