"""The main window driven as a desk user would: typing, scanning, forms (pytest-qt, offscreen)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from sav_desktop.domain.enums import ContractKind
from sav_desktop.domain.identifiers import label_text
from sav_desktop.domain.records import AssetInput, ContractInput, PractitionerInput
from sav_desktop.ui.asset_model import AssetIdRole, AssetListModel
from sav_desktop.ui.forms import AssetDialog, CustomerDialog
from sav_desktop.ui.main_window import MainWindow
from tests.conftest import RENTAL_TERMS, SALE_TERMS, customer_input, valid_iccid, valid_rpps
from tests.keyboard import type_keys


@pytest.fixture
def stocked(sqlite_desk):
    """Three customers, a few devices, some on contracts."""
    d = sqlite_desk
    refs = {}
    names = ("Cabinet du Dr Éloïse Martin", "Cabinet de kinésithérapie Garnier", "Cabinet infirmier Roux")
    for n, name in enumerate(names, start=1):
        cid = d.create_customer(customer_input(name, n))
        a = d.register_asset(AssetInput("MOVE5000_4G", f"M5G00{n}", iccid=valid_iccid(n)))
        b = d.register_asset(AssetInput("PCSC_READER", f"DSC00{n}"))
        d.create_contract(ContractInput(ContractKind.RENTAL if n % 2 else ContractKind.SALE, cid,
                                        date(2025, 1, n), (a.id, b.id), **(RENTAL_TERMS if n % 2 else SALE_TERMS)))
        refs[name] = (a, b)
    refs["stock"] = (d.register_asset(AssetInput("NEO", "NEO123456")),)
    return refs


@pytest.fixture
def window(qtbot, sqlite_desk, stocked):
    w = MainWindow(sqlite_desk)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def visible_serials(window: MainWindow) -> list[str]:
    m = window.model
    return [m.index(r, 1).data() for r in range(m.rowCount())]


def test_asset_list_model_passes_qtmodeltester(qtmodeltester, sqlite_desk, stocked):
    model = AssetListModel(sqlite_desk.search_assets, page_size=2)
    model.set_query("")
    assert model.rowCount() == 2 and model.canFetchMore()  # one page at a time
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 7
    assert len({model.data(model.index(r, 0), AssetIdRole) for r in range(7)}) == 7


def test_asset_list_model_on_a_search_passes_qtmodeltester(qtmodeltester, sqlite_desk, stocked):
    model = AssetListModel(sqlite_desk.search_assets, page_size=2)
    model.set_query("M5G")
    qtmodeltester.check(model)


def test_list_shows_newest_first_in_french(window):
    m = window.model
    assert m.headerData(0, Qt.Orientation.Horizontal) == "Étiquette"
    assert visible_serials(window)[0] == "NEO123456"
    assert m.index(0, 3).data() == "En stock"
    assert "Location" in {m.index(r, 5).data().split()[0] for r in range(m.rowCount()) if m.index(r, 5).data()}


def test_the_list_opens_a_device_it_never_edits_a_cell(qtbot, window, stocked):
    """A double-click on a cell opens the device, never an editor in the cell (the list is
    not a sheet; F2 is the device's edit form)."""
    window.table.setFocus()
    rect = window.table.visualRect(window.model.index(0, 1))
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.table.state() != window.table.State.EditingState
    assert window.current_asset_id() == window.model.row_at(0).id


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("m5g00", {"M5G001", "M5G002", "M5G003"}),  # serial prefix, any case
        ("eloise", {"M5G001", "DSC001"}),  # customer name, accents ignored
        ("garnier", {"M5G002", "DSC002"}),
        (valid_rpps(3), {"M5G003", "DSC003"}),  # practitioner's RPPS
        (valid_iccid(2)[:19], {"M5G002"}),  # SIM ICCID
    ],
)
def test_search_filters_as_you_type(qtbot, window, typed, expected):
    window.search.setFocus()
    with qtbot.waitSignal(window.list_updated, timeout=10000):
        qtbot.keyClicks(window.search, typed)
    assert set(visible_serials(window)) == expected


def test_search_by_tag_prefix(qtbot, window, stocked):
    tag = stocked["stock"][0].asset_tag
    with qtbot.waitSignal(window.list_updated, timeout=10000):
        qtbot.keyClicks(window.search, tag.lower())
    assert visible_serials(window) == ["NEO123456"]


def test_scanned_label_opens_the_asset_from_anywhere(qtbot, window, stocked):
    ref = stocked["Cabinet infirmier Roux"][0]
    window.table.setFocus()
    with qtbot.waitSignal(window.asset_opened, timeout=2000) as opened:
        type_keys(window.table, label_text(ref.asset_tag, ref.serial), enter=True)
    assert opened.args == [ref.id]
    assert ref.serial in window.detail_view.title.text()
    assert window.detail_view.values["customer"].text() == "Cabinet infirmier Roux"


def test_scan_into_the_search_field_opens_and_leaves_no_text(qtbot, window, stocked):
    ref = stocked["Cabinet du Dr Éloïse Martin"][1]
    window.search.setFocus()
    with qtbot.waitSignal(window.asset_opened, timeout=2000) as opened:
        type_keys(window.search, ref.serial, enter=True)  # a maker's serial barcode
    assert opened.args == [ref.id]
    assert window.search.text() == ""


def test_unknown_scan_says_so_and_offers_registration(qtbot, window, monkeypatch):
    offered = []
    monkeypatch.setattr(window, "ask_register", lambda serial: offered.append(serial) or False)
    window.table.setFocus()
    type_keys(window.table, "XYZ99887766", enter=True)
    assert offered == ["XYZ99887766"]
    assert "Aucun matériel" in window.statusBar().currentMessage()


def test_edit_in_the_gui_shows_on_the_timeline_with_user_name(qtbot, window, stocked, monkeypatch):
    ref = stocked["stock"][0]
    window.open_asset(ref.id)

    def fill_and_save(desk, asset, serial, parent):
        dialog = AssetDialog(desk, asset, serial, parent)
        qtbot.addWidget(dialog)
        dialog.firmware.clear()
        qtbot.keyClicks(dialog.firmware, "4.1.0")
        dialog.on_save_clicked()
        return dialog.result_value

    monkeypatch.setattr(AssetDialog, "ask", fill_and_save)
    window.actions["edit_asset"].trigger()
    timeline = window.detail_view.timeline
    assert timeline.item(0, 1).text() == "Marie Lefort"
    assert "version logicielle" in timeline.item(0, 2).text()
    assert window.detail_view.values["firmware"].text() == "4.1.0"


def test_customer_form_shows_the_bad_field_and_writes_nothing(qtbot, sqlite_desk):
    dialog = CustomerDialog(sqlite_desk)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.practice_name, "Cabinet Neuf")
    qtbot.keyClicks(dialog.siret, "73282932000075")
    dialog.set_practitioner(0, "Paul Neuf", "Médecin", "12345678901")
    dialog.on_save_clicked()
    siret_error = dialog.findChild(QLabel, "error_siret")
    prac_error = dialog.findChild(QLabel, "error_practitioners")
    assert siret_error.isVisibleTo(dialog) and "SIRET invalide" in siret_error.text()
    assert "Praticien 1, RPPS" in prac_error.text()
    assert dialog.result() == 0  # still open
    assert sqlite_desk.find_customers("Neuf") == []
    dialog.siret.setText("")
    dialog.set_practitioner(0, "Paul Neuf", "Médecin", valid_rpps(9))
    dialog.on_save_clicked()
    assert sqlite_desk.find_customers("Neuf")[0][1] == "Cabinet Neuf"


def test_contract_form_refuses_unknown_device_by_field(qtbot, sqlite_desk, stocked):
    from sav_desktop.ui.forms import ContractDialog

    dialog = ContractDialog(sqlite_desk)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.customer_search, "Garnier")
    dialog.assets.setPlainText("NOPE-0000")
    dialog.on_save_clicked()
    assert "aucun matériel" in dialog.findChild(QLabel, "error_asset_ids").text()
    dialog.assets.setPlainText(stocked["stock"][0].asset_tag)
    dialog.on_save_clicked()
    assert "R-55" in dialog.findChild(QLabel, "error_software_service").text()  # a terminal needs its service
    assert dialog.result_value is None
    dialog.software.setText("Logiciel de facturation")
    dialog.on_save_clicked()
    assert dialog.result_value is not None
    assert sqlite_desk.asset_detail(stocked["stock"][0].id).status == "SOLD"


_ = PractitionerInput


def test_label_button_prints_the_selected_device_and_records_it(qtbot, window, stocked, monkeypatch):
    from sav_desktop.ui.label_dialog import LabelDialog

    ref = stocked["stock"][0]
    window.open_asset(ref.id)
    seen = []

    def fake_ask(parent, labels, *, record_print=None, template_name=None):
        seen.append([(lab.tag, lab.serial, lab.qr_text) for lab in labels])
        record_print([lab.asset_id for lab in labels], "brother-ql-62x29", "fichier test.pdf")
        return "Étiquettes enregistrées"

    monkeypatch.setattr(LabelDialog, "ask", fake_ask)
    window.actions["label"].trigger()
    assert seen == [[(ref.asset_tag, ref.serial, f"SAV1:{ref.asset_tag}:{ref.serial}")]]
    assert "étiquette" in window.detail_view.timeline.item(0, 2).text().lower()
    # Printed now: no longer among the devices waiting for a label.
    assert ref.id not in [lab.asset_id for lab in window.desk.labels_without_print()]


def test_option_form_refuses_outside_the_window_with_the_rule(qtbot, sqlite_desk, stocked):
    from sav_desktop.ui.forms import OptionDialog

    sold = stocked["Cabinet de kinésithérapie Garnier"][0]  # sale signed 02/01/2025
    dialog = OptionDialog(sqlite_desk, sqlite_desk.asset_detail(sold.id))
    qtbot.addWidget(dialog)
    dialog.name.setCurrentIndex(dialog.name.findData("SERENITE"))
    dialog.subscribed_on.setText("03/04/2025")
    dialog.on_save_clicked()
    error = dialog.findChild(QLabel, "error_option.subscribed_on")
    assert "(R-40)" in error.text() and "02/04/2025" in error.text()
    assert sqlite_desk.asset_detail(sold.id).contract.options == ()
    dialog.subscribed_on.setText("02/04/2025")
    dialog.on_save_clicked()
    assert [o.name for o in sqlite_desk.asset_detail(sold.id).contract.options] == ["SERENITE"]


def test_terminating_an_option_asks_first_and_is_final(qtbot, window, stocked, monkeypatch):
    from sav_desktop.domain.enums import OptionName
    import sav_desktop.ui.forms as mw  # main_window loads the forms when first used

    sold = stocked["Cabinet de kinésithérapie Garnier"][0]
    contract_id = window.desk.asset_detail(sold.id).contract.id
    window.desk.subscribe_option(contract_id, sold.id, OptionName.CONFORT, date(2025, 2, 1))
    window.open_asset(sold.id)
    monkeypatch.setattr(mw, "confirm", lambda *a: False)
    window.actions["end_option"].trigger()
    assert window.desk.asset_detail(sold.id).contract.options[0].terminated_on is None
    monkeypatch.setattr(mw, "confirm", lambda *a: True)
    window.actions["end_option"].trigger()
    assert window.desk.asset_detail(sold.id).contract.options[0].terminated_on is not None
    assert "R-43" in window.detail_view.timeline.item(0, 2).text()


def test_progressive_start_shows_the_window_then_adds_every_screen(qtbot, sqlite_desk, stocked):
    from sav_desktop.ui.app import build_main_window

    w = build_main_window(sqlite_desk, progressive=True)
    qtbot.addWidget(w)
    assert "new_ticket" not in w.actions  # not yet: after the first paint
    w.show()
    qtbot.waitUntil(lambda: {"new_ticket", "check_in"} <= set(w.actions), timeout=5000)
    # the first account is the administrator: the Administration page is there too
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == ["Parc", "Aujourd'hui", "Diagnostic lecteurs",
                                                                  "Atelier", "Administration", "Dossiers en cours"]
    assert w.tabs.currentWidget() is w.today_page


def test_prise_en_charge_prices_with_the_stored_tariff_in_force(qtbot, window, stocked):
    from decimal import Decimal

    from sav_desktop.domain.coverage import Incident, IncidentKind
    from sav_desktop.domain.price_list import PriceKind

    window.desk.add_tariff_version("06/2025", date(2025, 6, 1), {("ANALYSIS", PriceKind.FEE): "90.000"})
    sold = stocked["Cabinet de kinésithérapie Garnier"][0]  # sold 02/01/2025, out of warranty now
    window.open_asset(sold.id)
    panel = window.detail_view.coverage
    panel.set_incident(Incident(IncidentKind.DAMAGE, exclusions=("BREAKAGE",)))
    charges = {c.code: c.amount_ht for c in panel.result().charges}
    assert charges["ANALYSIS"] == Decimal("90.000")  # the 06/2025 version, not the built-in 01/2025


def test_the_list_shows_its_contract_column_beside_an_open_sheet(qtbot, window, stocked):
    """On a 1400-px window with a device's Prise en charge open, every column of the list is
    in sight: the sheet does not push Client and Contrat out."""
    from sav_desktop.ui.asset_model import COL_CONTRACT

    window.resize(1400, 860)
    a, _b = stocked["Cabinet du Dr Éloïse Martin"]
    window.open_asset(a.id)
    window.detail_view.tabs.setCurrentIndex(window.detail_view.coverage_tab)
    window.detail_view.coverage  # the panel is made on first use
    qtbot.wait(50)
    table = window.table
    right = table.columnViewportPosition(COL_CONTRACT) + 80
    assert not table.horizontalScrollBar().isVisible()
    assert 0 <= table.columnViewportPosition(COL_CONTRACT) and right <= table.viewport().width()
