"""The customer page (Ctrl+K) and the contract edit screen driven as a desk user would
(pytest-qt, offscreen): everything of one practice, editing is one button, a contract is
edited, ended and its deposit moved from there; a save based on an older version is refused
in French and the screen shows the saved data again."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from sav_desktop.domain.contracts import ContractEnd
from sav_desktop.domain.enums import ContractKind
from sav_desktop.domain.records import AssetInput, ContractInput
from sav_desktop.services.contract_life import ContractChanges
from sav_desktop.services.desk import Desk
from sav_desktop.ui.contract_screens import ContractEditDialog, ContractEndDialog, DepositEntryDialog
from sav_desktop.ui.customer_page import CustomerPageDialog, install_customer_page
from sav_desktop.ui.forms import CustomerDialog
from sav_desktop.ui.main_window import MainWindow
from sav_desktop.ui.row_models import RowRole
from tests.conftest import SALE_TERMS, fixed_clock
from tests.gui_workflow_support import rental


@pytest.fixture
def practice(sqlite_desk):
    """A practice with a rental (a ticket and a check-in on it), a sale, and a device returned."""
    d = sqlite_desk
    r = rental(d, 1, ended_on=date(2026, 3, 2))
    reader = d.register_asset(AssetInput("PCSC_READER", "DSC5001"))
    sale = d.create_contract(ContractInput(ContractKind.SALE, r.customer_id, date(2026, 1, 5), (reader.id,),
                                           **SALE_TERMS))
    ticket = d.open_ticket(reader.id, "lecteur muet", datetime(2026, 3, 16, 9, 0))
    d.check_in_rental(r.asset_id, returned_on=date(2026, 3, 16))
    return r, sale, reader, ticket


@pytest.fixture
def window(qtbot, sqlite_desk):
    w = MainWindow(sqlite_desk)
    install_customer_page(w)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _t(text: str) -> str:
    """Amounts print with a no-break space before the euro sign."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


def _page(qtbot, desk, customer_id) -> CustomerPageDialog:
    page = CustomerPageDialog(desk, customer_id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_page_shows_everything_of_the_practice(qtbot, sqlite_desk, practice):
    r, sale, reader, ticket = practice
    page = _page(qtbot, sqlite_desk, r.customer_id)
    assert page.title.text() == "Cabinet infirmier n° 1"
    assert "SIRET : " in page.identity.text() and "✓" in page.identity.text()  # a validated number
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Praticiens (1)", "Contrats (2)", "Matériels (2)", "Dossiers SAV (1 / 1)", "Sinistres (0)",
                    "Documents (1)"]
    assert "✓" in page.practitioners_model.index(0, 2).data()  # RPPS checked
    numbers = {page.contracts_model.index(row, 0).data() for row in range(2)}
    assert numbers == {sqlite_desk.contract_detail(r.contract_id).number, sqlite_desk.contract_detail(sale).number}
    rental_row = next(row for row in range(2) if page.contracts_model.row_at(row).id == r.contract_id)
    assert _t(page.contracts_model.index(rental_row, page.contracts_model.column_of("deposit")).data()) == "0,00 €"  # refunded at the check-in
    page.contracts.selectRow(rental_row)
    info = _t(page.contract_info.text())
    assert "Dépôt : versé 300,00 €" in info and "remboursé 300,00 €" in info and "MACSF" in info
    devices = {page.devices_model.index(row, 0).data(): page.devices_model.index(row, 4).data()
               for row in range(page.devices_model.rowCount())}
    assert devices[r.tag].endswith("(rendu)")
    assert page.tickets_model.row_at(0).id == ticket
    assert "Bon de retour" in page.documents_model.index(0, 1).data()


def test_ctrl_k_opens_the_page_of_the_shown_device_and_editing_is_one_button(qtbot, window, sqlite_desk,
                                                                             practice, monkeypatch):
    r, _sale, reader, _ticket = practice
    window.open_asset(reader.id)
    opened: list[int] = []
    monkeypatch.setattr(CustomerPageDialog, "ask", classmethod(lambda cls, desk, cid, parent=None: opened.append(cid)))
    window.actions["edit_customer"].trigger()  # Ctrl+K
    assert opened == [r.customer_id]
    assert window.actions["edit_customer"].shortcut().toString() == "Ctrl+K"
    assert window.actions["edit_customer"].text() == "Page client"
    page = _page(qtbot, sqlite_desk, r.customer_id)
    edited: list[object] = []

    def edit(cls, desk, customer, parent=None):
        edited.append(customer.id)
        c = desk.get_customer(customer.id)
        from sav_desktop.domain.records import CustomerInput, PractitionerInput

        desk.update_customer(customer.id, CustomerInput(
            "Cabinet infirmier Roux", c.siret, c.finess, c.address, c.postal_code, c.city, c.phone, c.email, c.notes,
            tuple(PractitionerInput(p.full_name, p.profession, p.rpps, p.adeli) for p in c.practitioners)), c.version)
        return customer.id

    monkeypatch.setattr(CustomerDialog, "ask", classmethod(edit))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert edited == [r.customer_id] and page.title.text() == "Cabinet infirmier Roux"


def test_a_device_opened_from_the_page_shows_on_the_sheet(qtbot, window, sqlite_desk, practice):
    r, _sale, reader, _ticket = practice
    page = _page(qtbot, sqlite_desk, r.customer_id)
    chosen: list[int] = []
    page.asset_chosen.connect(chosen.append)
    row = next(i for i in range(page.devices_model.rowCount()) if page.devices_model.row_at(i).asset_id == reader.id)
    page.devices.activated.emit(page.devices_model.index(row, 0))
    assert chosen == [reader.id] and not page.isVisible()


def test_page_models_pass_qtmodeltester(qtmodeltester, qtbot, sqlite_desk, practice):
    page = _page(qtbot, sqlite_desk, practice[0].customer_id)
    for model in (page.practitioners_model, page.contracts_model, page.devices_model, page.tickets_model,
                  page.losses_model, page.documents_model):
        qtmodeltester.check(model)
    assert page.contracts_model.data(page.contracts_model.index(0, 0), RowRole) is not None


def test_the_contract_screen_refuses_a_save_from_an_older_version_and_reloads(qtbot, sqlite_desk, db_path_desk):
    desk, other = db_path_desk
    r = rental(desk, 3)  # no end date yet
    screen = ContractEditDialog(desk, r.contract_id)
    qtbot.addWidget(screen)
    screen.show()
    d = other.contract_detail(r.contract_id)
    other.update_contract(r.contract_id, ContractChanges(d.signed_on, d.delivered_on, d.deposit,
                                                         d.software_service, "AXA", "AXA-1", d.notes), d.version)
    screen.insurer.setText("MMA")
    screen.on_save_clicked()
    assert screen.isVisible()
    assert "modifié entre-temps" in screen.general_error.text()
    assert screen.insurer.text() == "AXA"  # the saved data shown again, nothing overwritten
    assert desk.contract_detail(r.contract_id).insurer == "AXA"
    screen.insurer.setText("MMA")
    screen.on_save_clicked()  # from the version now shown: accepted
    assert not screen.isVisible() and desk.contract_detail(r.contract_id).insurer == "MMA"


def test_ending_and_a_deposit_movement_from_the_contract_screen(qtbot, sqlite_desk, monkeypatch):
    r = rental(sqlite_desk, 4)  # a rental without an end date: it must be endable
    screen = ContractEditDialog(sqlite_desk, r.contract_id)
    qtbot.addWidget(screen)
    screen.show()
    assert "Sans date de fin" in screen.end_label.text()

    def end(cls, desk, detail, parent=None):
        dialog = ContractEndDialog(desk, detail, parent)
        dialog.kind.setCurrentIndex(dialog.kind.findData("TERMINATION"))
        dialog.ended_on.setText("31/02/2026")
        dialog.on_save_clicked()
        assert "n'existe pas" in dialog.errors["ended_on"].text()
        dialog.ended_on.setText("13/03/2026")
        dialog.on_save_clicked()
        assert "demandée" in dialog.errors["end_requested_by"].text()
        dialog.requester.setCurrentIndex(dialog.requester.findData("RESELLER"))
        dialog.reason.setPlainText("impayés")
        dialog.on_save_clicked()
        return dialog.result_value

    monkeypatch.setattr(ContractEndDialog, "ask", classmethod(end))
    qtbot.mouseClick(screen.end_button, Qt.MouseButton.LeftButton)
    assert screen.end_label.text().startswith("Résiliation le 13/03/2026, à la demande du revendeur — impayés")
    assert not screen.renew_button.isEnabled()

    def keep(cls, desk, detail, parent=None):
        dialog = DepositEntryDialog(desk, detail, parent)
        dialog.kind.setCurrentIndex(dialog.kind.findData("KEPT"))
        dialog.amount.setText("400")
        dialog.on_save_clicked()
        assert "R-50" in dialog.errors["deposit.amount"].text()  # more than held
        dialog.amount.setText("75,50")
        dialog.on_save_clicked()
        return dialog.result_value

    monkeypatch.setattr(DepositEntryDialog, "ask", classmethod(keep))
    qtbot.mouseClick(screen.deposit_button, Qt.MouseButton.LeftButton)
    assert screen.ledger_model.rowCount() == 2
    assert _t(screen.ledger_totals.text()).startswith("Versé 300,00 € · retenu 75,50 € · remboursé 0,00 € · détenu 224,50 €")
    assert sqlite_desk.rental_return(r.asset_id).ended_on == date(2026, 3, 13)  # now it can be checked in


@pytest.fixture
def db_path_desk(sqlite_db):
    return Desk.trusted(sqlite_db, "Marie Lefort", clock=fixed_clock), Desk.trusted(sqlite_db, "Paul Martin", clock=fixed_clock)


def test_the_customer_picker_looks_up_off_the_gui_thread_and_opens_the_one_chosen(qtbot, sqlite_desk, practice):
    """Ctrl+K with no device shown: the picker's list follows the typing (each look-up in a
    worker, an older answer dropped), ↓ and Entrée choose."""
    from sav_desktop.ui.customer_page import CustomerPicker

    r, _sale, _reader, _ticket = practice
    name = sqlite_desk.get_customer(r.customer_id).practice_name
    picker = CustomerPicker(sqlite_desk)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    qtbot.waitUntil(lambda: picker.list.count() > 0)  # every customer, before any text
    qtbot.keyClicks(picker.search, "ZZZQ")  # typed fast: only the last text's answer is shown
    qtbot.waitUntil(lambda: picker.list.count() == 0)
    picker.search.clear()
    qtbot.keyClicks(picker.search, name[:6])
    qtbot.waitUntil(lambda: picker.list.count() > 0 and picker.list.item(0).text().startswith(name))
    assert picker.chosen() == r.customer_id
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.result() == picker.DialogCode.Accepted
