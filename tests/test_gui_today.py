"""Aujourd'hui, the start page (pytest-qt, offscreen): what needs action, most urgent first;
Enter or a double-click opens the device (and its ticket)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from sav_desktop.services import tickets
from sav_desktop.ui.main_window import MainWindow
from sav_desktop.ui.tickets_view import install_tickets
from sav_desktop.ui.today_page import COL_ASSET, COL_KIND, COL_SEVERITY, COL_TODO, TodayModel, install_today
from tests.gui_workflow_support import rental


@pytest.fixture
def data(sqlite_desk):
    desk = sqlite_desk
    late = rental(desk, 1)  # an exchange past J+2, replacement not shipped
    tid = desk.open_ticket(late.asset_id, "Ne s'allume plus", datetime(2026, 3, 10, 9, 0))  # J+2 = 12/03
    desk.ticket_step(tid, tickets.start_diagnosis)
    desk.ticket_step(tid, tickets.record_diagnosis, True)
    ended = rental(desk, 2, ended_on=date(2026, 1, 30))  # return window closed 02/03
    return late, tid, ended


@pytest.fixture
def window(qtbot, sqlite_desk, data):
    w = MainWindow(sqlite_desk)
    install_tickets(w)
    page = install_today(w)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: page.view_data is not None, timeout=5000)  # loaded in a worker
    return w


def test_today_is_the_start_page_and_lists_what_needs_action(window, data):
    late, _tid, ended = data
    page = window.today_page
    assert window.tabs.currentWidget() is page
    assert window.tabs.tabText(1) == "Aujourd'hui"
    assert page.title.text() == "Aujourd'hui — lundi 16/03/2026"
    m = page.model
    assert m.headerData(COL_TODO, Qt.Orientation.Horizontal) == "À faire"
    rows = [(m.index(r, COL_SEVERITY).data(), m.index(r, COL_KIND).data(), m.index(r, COL_ASSET).data())
            for r in range(m.rowCount())]
    assert ("Urgent", "Échanges en retard (J+2)", late.tag) in rows
    assert ("Urgent", "Locations terminées : matériel à récupérer", ended.tag) in rows
    assert rows.index(("Urgent", "Locations terminées : matériel à récupérer", ended.tag)) < rows.index(
        ("Urgent", "Échanges en retard (J+2)", late.tag))  # the older due day first
    exchange_row = [r[2] for r in rows].index(late.tag)
    assert "R-46" in m.index(exchange_row, COL_TODO).data() + m.index(exchange_row, 7).data()
    assert "Échanges en retard (J+2) : 1" in page.counts.text()


def test_the_list_loads_in_a_worker_without_blocking_the_window(qtbot, sqlite_desk, data):
    w = MainWindow(sqlite_desk)
    qtbot.addWidget(w)
    page = install_today(w)
    assert page.view_data is None and "chargement" in page.title.text()  # returned at once
    with qtbot.waitSignal(page.loaded, timeout=5000):
        pass
    assert page.model.rowCount() >= 2


def test_today_model_passes_qtmodeltester(qtmodeltester, window):
    qtmodeltester.check(window.today_page.model)
    empty = TodayModel()
    qtmodeltester.check(empty)


def test_enter_opens_the_device_and_its_ticket(qtbot, window, data):
    late, tid, _ended = data
    page = window.today_page
    page.table.setFocus()
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, COL_ASSET).data() == late.tag)
    page.table.setCurrentIndex(page.model.index(row, 0))
    with qtbot.waitSignal(window.asset_opened, timeout=2000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [late.asset_id]
    assert window.tabs.currentIndex() == 0
    assert window.detail_view.tabs.currentWidget() is window.tickets_panel
    assert window.tickets_panel.ticket.id == tid
    assert "DÉPASSÉE" in window.tickets_panel.deadline_label.text()


def test_double_click_opens_the_ended_rental(qtbot, window, data):
    _late, _tid, ended = data
    page = window.today_page
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, COL_ASSET).data() == ended.tag)
    with qtbot.waitSignal(window.asset_opened, timeout=2000) as opened:
        page.table.doubleClicked.emit(page.model.index(row, 2))
    assert opened.args == [ended.asset_id]


def test_the_page_reloads_when_shown_again(qtbot, window, sqlite_desk, data):
    late, tid, _ended = data
    page = window.today_page
    before = page.model.item_count()
    window.tabs.setCurrentIndex(0)
    sqlite_desk.ticket_step(tid, tickets.issue_rma)  # no longer an exchange waiting
    with qtbot.waitSignal(page.loaded, timeout=2000):
        window.tabs.setCurrentWidget(page)
    assert page.model.item_count() == before - 1
    assert not any("Échanges en retard" in page.model.index(r, 0).data() for r in page.model.heading_rows())
