"""Searches never block typing (issue 15 point 3): every search and page fetch of the list runs
through one background helper (ui.background), the answer of a superseded query is dropped,
and after an edit the list refreshes the changed row in place (place and selection kept)."""

from __future__ import annotations

import threading

import pytest

from sav_desktop.domain.records import AssetInput
from sav_desktop.ui import asset_model
from sav_desktop.ui.asset_model import AssetListModel
from sav_desktop.ui.background import BackgroundOps
from sav_desktop.ui.forms import AssetDialog
from sav_desktop.ui.main_window import MainWindow
from tests.keyboard import type_keys


@pytest.fixture
def many(sqlite_desk):
    return [sqlite_desk.register_asset(AssetInput("PCSC_READER", f"DSC9{n:04d}")) for n in range(30)]


def test_a_superseded_answer_is_dropped_and_the_newest_delivered(qtbot):
    ops = BackgroundOps()
    gate = threading.Event()
    got: list[str] = []

    def slow() -> str:
        gate.wait(10)
        return "old"

    ops.run("list", slow, got.append)
    ops.run("list", lambda: "new", got.append)  # typed on: supersedes the first
    qtbot.waitUntil(lambda: got == ["new"], timeout=10_000)
    gate.set()
    ops.pool.waitForDone(10_000)
    qtbot.wait(50)  # let the old answer arrive: it must be dropped
    assert got == ["new"] and not ops.pending()


def test_an_error_is_delivered_on_the_gui_thread(qtbot):
    ops = BackgroundOps()
    errors: list[str] = []
    main = threading.get_ident()
    seen: list[int] = []

    def fail() -> None:
        raise ValueError("recherche refusée")

    ops.run("x", fail, lambda _v: None, lambda exc: (errors.append(str(exc)), seen.append(threading.get_ident())))
    qtbot.waitUntil(lambda: errors == ["recherche refusée"], timeout=10_000)
    assert seen == [main]


def test_background_model_passes_qtmodeltester(qtbot, qtmodeltester, sqlite_desk, many):
    ops = BackgroundOps()
    model = AssetListModel(sqlite_desk.search_assets, page_size=7, ops=ops, fetch_rows=sqlite_desk.asset_rows)
    with qtbot.waitSignal(model.rows_replaced, timeout=10_000):
        model.set_query("DSC9")
    assert model.rowCount() == 7 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        with qtbot.waitSignal(model.rowsInserted, timeout=10_000):
            model.fetchMore()
    assert model.rowCount() == 30


def test_typing_goes_on_while_a_search_is_running(qtbot, sqlite_desk, many, monkeypatch):
    window = MainWindow(sqlite_desk)
    qtbot.addWidget(window)
    window.show()
    gate = threading.Event()
    real = sqlite_desk.search_assets

    def slow_search(query, after_id=None, limit=200):
        gate.wait(10)  # a statement that takes its time
        return real(query, after_id, limit)

    monkeypatch.setattr(window.model, "_fetch", slow_search)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "DSC9")
    qtbot.waitUntil(lambda: window.ops.pending("assets"), timeout=10_000)
    qtbot.keyClicks(window.search, "000")  # the GUI thread is free: the keys go in at once
    assert window.search.text() == "DSC9000"
    with qtbot.waitSignal(window.list_updated, timeout=10_000):
        gate.set()
    qtbot.waitUntil(lambda: not window.ops.pending("assets"), timeout=10_000)
    assert {window.model.row_at(r).serial for r in range(window.model.rowCount())} == {
        f"DSC9000{n}" for n in range(10)}  # the newest query's answer, not the first one's


def test_an_edit_refreshes_its_row_in_place_keeping_place_and_selection(qtbot, sqlite_desk, many, monkeypatch):
    window = MainWindow(sqlite_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.table.selectRow(12)
    edited = window.model.row_at(12)
    assert window.current_asset_id() == edited.id
    resets: list[bool] = []
    window.model.modelAboutToBeReset.connect(lambda: resets.append(True))

    def change_status(desk, asset, serial, parent):
        desk.update_asset(asset.id, AssetInput(asset.model_code, "DSC8CORRIGE", notes="Rayure sur le capot"),
                          asset.version)
        return asset

    monkeypatch.setattr(AssetDialog, "ask", change_status)
    window.actions["edit_asset"].trigger()

    assert resets == []  # no model reset: the list keeps its place
    assert window.table.currentIndex().row() == 12 and window.table.selectionModel().isRowSelected(12)
    assert window.model.index(12, 1).data() == "DSC8CORRIGE"  # the row shows the edit
    assert window.current_asset_id() == edited.id
    assert window.detail_view.values["notes"].text() == "Rayure sur le capot"


def test_a_long_page_shows_every_row_once_painted(qtbot, sqlite_desk, many, monkeypatch):
    """The first screens' cells come with the page, the rest just after: every row ends up
    showing its own device, in order."""
    monkeypatch.setattr(asset_model, "FIRST_CELLS", 5)
    model = AssetListModel(sqlite_desk.search_assets, page_size=50, ops=BackgroundOps(), fetch_rows=sqlite_desk.asset_rows)
    with qtbot.waitSignal(model.rows_replaced, timeout=10_000):
        model.set_query("DSC9")
    assert model.rowCount() == 30
    qtbot.waitUntil(lambda: model.index(29, 1).data() is not None, timeout=10_000)
    shown = [model.index(r, 1).data() for r in range(30)]
    assert shown == [model.row_at(r).serial for r in range(30)] and len(set(shown)) == 30


def test_a_late_fill_of_a_replaced_page_writes_nothing_into_the_new_one(qtbot, sqlite_desk, many, monkeypatch):
    monkeypatch.setattr(asset_model, "FIRST_CELLS", 5)
    model = AssetListModel(sqlite_desk.search_assets, page_size=50, ops=BackgroundOps(), fetch_rows=sqlite_desk.asset_rows)
    with qtbot.waitSignal(model.rows_replaced, timeout=10_000):
        model.set_query("DSC9")  # its rows past the fifth are filled on the next turn of the loop
    model.set_query("DSC90007", wait=True)  # replaced before that turn
    qtbot.wait(50)
    assert model.rowCount() == 1
    assert [model.index(0, c).data() is not None for c in (0, 1)] == [True, True]
    assert model.index(0, 1).data() == "DSC90007"


def test_a_letter_that_matches_the_same_devices_keeps_the_list_as_it_is(qtbot, sqlite_desk, many):
    """'DSC9' -> 'DSC90' matches the same devices: the list is kept (no reset: its place, its
    selection, the sheet's device stay); the next letter that narrows it resets it."""
    window = MainWindow(sqlite_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.search.setFocus()
    with qtbot.waitSignal(window.list_updated, timeout=10_000):
        type_keys(window.search, "DSC9")
    window.table.selectRow(12)
    chosen = window.model.row_at(12)
    window.resize(window.width(), 420)  # a list longer than its view: scrolled a little
    qtbot.waitUntil(lambda: window.table.verticalScrollBar().maximum() > 3, timeout=5000)
    window.table.verticalScrollBar().setValue(3)
    resets: list[bool] = []
    window.model.modelAboutToBeReset.connect(lambda: resets.append(True))

    with qtbot.waitSignal(window.list_updated, timeout=10_000):
        type_keys(window.search, "0")
    assert window.model.query == "DSC90" and window.model.unchanged and resets == []
    assert window.table.selectionModel().isRowSelected(12) and window.table.verticalScrollBar().value() == 3
    assert window.current_asset_id() == chosen.id and window.model.rowCount() == 30

    type_keys(window.search, "00")  # 'DSC900' (the same again), then 'DSC9000': ten devices
    qtbot.waitUntil(lambda: window.model.query == "DSC9000" and not window.ops.pending(), timeout=10_000)
    assert not window.model.unchanged and resets == [True]
    assert sorted(window.model.row_at(r).serial for r in range(window.model.rowCount())) == [
        f"DSC9000{n}" for n in range(10)]
    assert window.current_asset_id() is None  # the chosen device (DSC90017) is no longer listed
