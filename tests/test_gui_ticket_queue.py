"""Dossiers en cours: every open ticket across devices, filtered by step, by an overdue
exchange deadline (R-46) and by technician, with assignment (pytest-qt, offscreen)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from sav_desktop.domain.enums import Role
from sav_desktop.domain.tickets import TicketState
from sav_desktop.services import tickets
from sav_desktop.ui.main_window import MainWindow
from sav_desktop.ui.ticket_queue import AssignDialog, TicketQueuePage, install_ticket_queue
from tests.gui_workflow_support import rental, sale_out_of_warranty


@pytest.fixture
def data(sqlite_desk):
    """Three open tickets: a rental exchange decided on 11/03 (J+2 passed on 16/03), a fresh
    call, a sold device's call; one closed ticket that the queue never shows."""
    d = sqlite_desk
    late = rental(d, 1, ended_on=None)
    late_ticket = d.open_ticket(late.asset_id, "écran noir", datetime(2026, 3, 11, 9, 0))
    d.ticket_step(late_ticket, tickets.start_diagnosis)
    d.ticket_step(late_ticket, tickets.record_diagnosis, True)
    fresh = rental(d, 2)
    fresh_ticket = d.open_ticket(fresh.asset_id, "ne charge plus", datetime(2026, 3, 16, 9, 0))
    _contract, sold = sale_out_of_warranty(d, 3)
    sold_ticket = d.open_ticket(sold, "lecteur de carte", datetime(2026, 3, 13, 15, 0))
    d.add_user("Tom Atelier", Role.TECHNICIEN, "Atelier#2026x")
    return late_ticket, fresh_ticket, sold_ticket


@pytest.fixture
def window(qtbot, sqlite_desk, data):
    w = MainWindow(sqlite_desk)
    install_ticket_queue(w)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def numbers(page: TicketQueuePage) -> list[int]:
    return [page.model.row_at(r).id for r in range(page.model.rowCount())]


def test_the_queue_lists_every_open_ticket_oldest_call_first(window, sqlite_desk, data):
    late, fresh, sold = data
    page = window.ticket_queue_page
    window.tabs.setCurrentWidget(page)
    assert numbers(page) == [late, sold, fresh]
    row = page.model.row_at(0)
    assert row.overdue and row.exchange_deadline is not None and row.exchange_deadline < date(2026, 3, 16)
    assert "dépassé (R-46)" in page.model.index(0, page.model.column_of("deadline")).data()
    assert "dont 1 en retard" in page.count.text()
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Dossier"


def test_filters_by_state_overdue_and_technician(window, sqlite_desk, data):
    late, fresh, sold = data
    page = window.ticket_queue_page
    page.reload()
    page.overdue.setChecked(True)
    assert numbers(page) == [late]
    page.overdue.setChecked(False)
    page.state.setCurrentIndex(page.state.findData(TicketState.CALL_RECEIVED.value))
    assert numbers(page) == [sold, fresh]
    page.state.setCurrentIndex(0)
    page.technician.setCurrentIndex(page.technician.findData("Tom Atelier"))
    assert numbers(page) == []
    page.technician.setCurrentIndex(page.technician.findData(""))  # not assigned
    assert numbers(page) == [late, sold, fresh]


def test_assigning_a_ticket_to_a_technician(window, sqlite_desk, data, monkeypatch):
    late, fresh, sold = data
    page = window.ticket_queue_page
    page.reload()
    page.table.selectRow(numbers(page).index(sold))
    offered: list[list[str]] = []

    def choose(cls, ticket, names, parent=None):
        offered.append(names)
        assert ticket.id == sold
        return "Tom Atelier"

    monkeypatch.setattr(AssignDialog, "ask", classmethod(choose))
    page.assign_button.click()
    assert "Tom Atelier" in offered[0] and "Marie Lefort" in offered[0]  # technicians and administrators
    column = page.model.column_of("technician")
    assert page.model.index(numbers(page).index(sold), column).data() == "Tom Atelier"
    page.technician.setCurrentIndex(page.technician.findData("Tom Atelier"))
    assert numbers(page) == [sold]
    detail = sqlite_desk.asset_detail(page.model.row_at(0).asset_id)
    assert any("confié à Tom Atelier" in e.summary for e in detail.timeline)  # audited


def test_a_stale_assignment_is_refused_in_french_and_the_list_reloads(window, sqlite_desk, data, monkeypatch):
    late, _fresh, _sold = data
    page = window.ticket_queue_page
    page.reload()
    page.table.selectRow(0)
    sqlite_desk.assign_ticket(late, "Tom Atelier", page.model.row_at(0).version)  # another station
    monkeypatch.setattr(AssignDialog, "ask", classmethod(lambda cls, ticket, names, parent=None: ""))
    page.assign_button.click()
    assert "modifié entre-temps" in page.error.text()
    assert f"par {sqlite_desk.user_name}" in page.error.text()  # who changed it (and when)
    assert page.model.index(0, page.model.column_of("technician")).data() == "Tom Atelier"


def test_enter_opens_the_ticket_device(qtbot, window, data):
    late, _fresh, _sold = data
    page = window.ticket_queue_page
    page.reload()
    with qtbot.waitSignal(page.ticket_opened, timeout=2000) as opened:
        page.table.activated.emit(page.model.index(0, 0))
    assert opened.args[1] == late
    assert window.current_asset_id() == opened.args[0]


def test_queue_model_passes_qtmodeltester(qtmodeltester, window):
    page = window.ticket_queue_page
    page.reload()
    qtmodeltester.check(page.model)
