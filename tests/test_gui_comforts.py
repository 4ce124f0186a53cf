"""Desk comforts (issue 11, point 7) driven as a desk user would (pytest-qt, offscreen): Enter
never saves a form with a required field empty; Escape on a changed form or on the check-in
wizard asks first; an impossible date (31/02) is refused, never corrected (R-90); Ctrl+Q and
the Session menu; the carence end (R-42) when an option is subscribed and on the sheet;
today's desk grouped by category with counts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard

from sav_desktop.domain.enums import ContractKind, OptionName
from sav_desktop.domain.errors import ValidationError
from sav_desktop.domain.records import AssetInput, ContractInput
from sav_desktop.services.today import Severity, TodayItem, TodayKind
from sav_desktop.ui import forms
from sav_desktop.ui.checkin_wizard import CheckInWizard
from sav_desktop.ui.forms import ContractDialog, CustomerDialog, OptionDialog
from sav_desktop.ui.main_window import MainWindow
from sav_desktop.ui.qdates import DateLineEdit, parse_date_fr
from sav_desktop.ui.session import QUIT, SWITCH_USER, install_session_menu
from sav_desktop.ui.today_page import TodayModel
from tests.conftest import SALE_TERMS, customer_input
from tests.gui_workflow_support import rental


def _contracts(desk) -> int:
    return sum(len(desk.contracts_of_customer(c)) for c, _, _ in desk.find_customers("", 100))


@pytest.fixture
def window(qtbot, sqlite_desk):
    w = MainWindow(sqlite_desk)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# --- Enter never saves with a required field empty ------------------------------------------


def test_enter_in_the_customer_field_picks_the_customer_and_saves_nothing(qtbot, sqlite_desk, monkeypatch):
    sqlite_desk.create_customer(customer_input("Cabinet Garnier", 1))
    ref = sqlite_desk.register_asset(AssetInput("MOVE5000_WIFI", "M5W7001"))
    monkeypatch.setattr(forms.DiscardChanges, "ask", classmethod(lambda cls, parent, what="": True))
    dialog = _shown(qtbot, ContractDialog(sqlite_desk))
    dialog.kind.setCurrentIndex(dialog.kind.findData(ContractKind.RENTAL.value))
    dialog.customer_search.setFocus()
    qtbot.keyClicks(dialog.customer_search, "Garnier")
    qtbot.waitUntil(lambda: dialog.customer_list.count() == 1)  # the look-up runs off the GUI thread
    qtbot.keyClick(dialog.customer_search, Qt.Key.Key_Return)
    assert dialog.isVisible() and _contracts(sqlite_desk) == 0  # the bug: a rental saved here
    assert dialog.focusWidget() is dialog.assets  # Entrée moved on to the next field
    # Devices typed, then Entrée in the signature date: deposit, insurer, policy still empty.
    dialog.assets.setPlainText(ref.asset_tag)
    dialog.signed_on.setFocus()
    qtbot.keyClick(dialog.signed_on, Qt.Key.Key_Return)
    assert dialog.isVisible() and _contracts(sqlite_desk) == 0
    for name in ("deposit", "insurer", "policy_number"):
        assert dialog.errors[name].isVisible() and "obligatoire" in dialog.errors[name].text()
    assert dialog.focusWidget() is dialog.deposit  # the first empty required field
    dialog.deposit.setText("300")
    dialog.insurer.setText("MACSF")
    dialog.policy.setText("POL-42")
    qtbot.keyClick(dialog.policy, Qt.Key.Key_Return)
    # The services still refuse what the form does not know: R-55 for a terminal.
    assert dialog.isVisible() and _contracts(sqlite_desk) == 0
    assert "R-55" in dialog.errors["software_service"].text()
    dialog.software.setText("Logiciel de facturation")
    qtbot.keyClick(dialog.software, Qt.Key.Key_Return)
    assert not dialog.isVisible() and _contracts(sqlite_desk) == 1


def test_enter_in_the_new_customer_form_with_no_name_saves_nothing(qtbot, sqlite_desk):
    dialog = _shown(qtbot, CustomerDialog(sqlite_desk))
    dialog.city.setText("Lyon")
    qtbot.keyClick(dialog.city, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "obligatoire" in dialog.errors["practice_name"].text()
    assert sqlite_desk.find_customers("", 10) == []


# --- Escape asks before discarding ----------------------------------------------------------


def test_escape_on_a_changed_form_asks_first(qtbot, sqlite_desk, monkeypatch):
    asked: list[str] = []
    answer = {"value": False}

    def ask(cls, parent, what=""):
        asked.append(what)
        return answer["value"]

    monkeypatch.setattr(forms.DiscardChanges, "ask", classmethod(ask))
    untouched = _shown(qtbot, CustomerDialog(sqlite_desk))
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and asked == []  # nothing typed: closes at once
    dialog = _shown(qtbot, CustomerDialog(sqlite_desk))
    qtbot.keyClicks(dialog.practice_name, "Cabinet Roux")
    qtbot.keyClick(dialog.practice_name, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()  # kept: the user said no
    assert dialog.practice_name.text() == "Cabinet Roux"
    answer["value"] = True
    qtbot.keyClick(dialog.practice_name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_on_the_check_in_wizard_asks_first(qtbot, sqlite_desk, monkeypatch):
    r = rental(sqlite_desk, 1, ended_on=date(2026, 3, 2))
    asked: list[str] = []
    monkeypatch.setattr(forms.DiscardChanges, "ask", classmethod(lambda cls, parent, what="": asked.append(what)))
    wizard = _shown(qtbot, CheckInWizard(sqlite_desk, scan_text=r.tag))
    wizard.next()
    assert wizard.currentPage() is wizard.rental_page
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked and wizard.isVisible()  # refused: the wizard stays where it was
    assert wizard.currentPage() is wizard.rental_page


# --- an impossible date is refused, never corrected ------------------------------------


def test_31_february_is_refused_not_turned_into_another_day():
    with pytest.raises(ValidationError) as err:
        parse_date_fr("31/02/2026", "returned_on")
    assert err.value.problems[0].rule == "R-90" and "31/02/2026 n'existe pas" in err.value.problems[0].message
    assert parse_date_fr("28/02/2026", "returned_on") == date(2026, 2, 28)
    for bad in ("00/01/2026", "12/13/2026", "2026-02-30", "hier"):
        with pytest.raises(ValidationError):
            parse_date_fr(bad, "x")


def test_the_check_in_wizard_refuses_rendu_le_31_02(qtbot, sqlite_desk):
    r = rental(sqlite_desk, 2, ended_on=date(2026, 3, 2))
    wizard = _shown(qtbot, CheckInWizard(sqlite_desk, scan_text=r.tag))
    wizard.next()
    wizard.next()
    page = wizard.checklist_page
    assert wizard.currentPage() is page and isinstance(page.returned_on, DateLineEdit)
    page.returned_on.clear()
    qtbot.keyClicks(page.returned_on, "31/02/2026")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page  # refused
    assert page.returned_on.text() == "31/02/2026"  # never changed into 01/02 or 03/03
    assert "n'existe pas" in page.date_error.text() and "R-90" in page.date_error.text()
    page.returned_on.setText("17/03/2026")  # after today: refused too
    wizard.next()
    assert wizard.currentPage() is page and "postérieure" in page.date_error.text()
    page.returned_on.setText("16/03/2026")
    wizard.next()
    assert wizard.currentPage() is wizard.charges_page
    assert wizard.charges_page.preview is not None


# --- Session: log-out, switch user, quit -----------------------------------------------------


def test_ctrl_q_quits_and_the_session_menu_offers_log_out_and_switch_user(qtbot, sqlite_desk):
    w = MainWindow(sqlite_desk)
    qtbot.addWidget(w)
    actions = install_session_menu(w)
    w.show()
    qtbot.waitExposed(w)
    menu_titles = [a.text() for a in w.menuBar().actions()]
    assert menu_titles[0] == "S&ession"
    assert [a.text() for a in actions.values()] == ["Se &déconnecter", "&Changer d'utilisateur…", "&Quitter"]
    assert actions[QUIT].shortcut().toString() == "Ctrl+Q"
    # The shortcut is the window's (works with the menu closed); offscreen, the window is
    # never the active one, so the test triggers the action the shortcut triggers.
    assert actions[QUIT] in QWidget.actions(w)  # (MainWindow.actions is its dict of actions)
    actions[QUIT].trigger()
    assert not w.isVisible() and w.session_request == QUIT
    other = MainWindow(sqlite_desk)
    qtbot.addWidget(other)
    again = install_session_menu(other)
    other.show()
    again[SWITCH_USER].trigger()
    assert not other.isVisible() and other.session_request == SWITCH_USER


# --- the carence end shown ------------------------------------------------------------


def test_carence_end_shown_when_subscribing_and_on_the_sheet(qtbot, window, sqlite_desk, monkeypatch):
    cid = sqlite_desk.create_customer(customer_input())
    ref = sqlite_desk.register_asset(AssetInput("MOVE5000_WIFI", "M5W7002", in_service_on=date(2026, 3, 2)))
    sqlite_desk.create_contract(ContractInput(ContractKind.SALE, cid, date(2026, 3, 2), (ref.id,),
                                              delivered_on=date(2026, 3, 2), **SALE_TERMS))
    window.open_asset(ref.id)
    dialog = _shown(qtbot, OptionDialog(sqlite_desk, window.detail_view.detail))
    dialog.name.setCurrentIndex(dialog.name.findData(OptionName.SERENITE.value))
    assert dialog.carence.text() == "carence jusqu'au 15/06/2026 inclus : en vigueur à partir du 16/06/2026 (R-42)"
    dialog.subscribed_on.setText("02/03/2026")  # the signature day: in force at once
    assert "dès la souscription" in dialog.carence.text()
    dialog.subscribed_on.setText("16/03/2026")
    notices: list[str] = []
    monkeypatch.setattr(forms.CarenceNotice, "ask", classmethod(lambda cls, parent, text: notices.append(text)))
    dialog.on_save_clicked()
    assert not dialog.isVisible()
    assert notices == ["SERENITE souscrite le 16/03/2026 : carence jusqu'au 15/06/2026 inclus : en vigueur à "
                       "partir du 16/06/2026 (R-42)."] or (notices and "15/06/2026" in notices[0])
    window.open_asset(ref.id)
    assert "carence jusqu'au 15/06/2026 inclus" in window.detail_view.values["options"].text()


# --- today's desk: grouped by category with counts --------------------------------------------


def _item(kind: TodayKind, tag: str, severity: Severity = Severity.URGENT) -> TodayItem:
    return TodayItem(kind, severity, 1, tag, "L2026-000001", "Cabinet", date(2026, 3, 16), "À faire", "R-46")


def test_today_rows_are_grouped_by_category_with_counts(qtmodeltester):
    model = TodayModel()
    model.set_items((_item(TodayKind.RETURN_DUE, "A"), _item(TodayKind.EXCHANGE_LATE, "B"),
                     _item(TodayKind.RETURN_DUE, "C"), _item(TodayKind.WARRANTY_ENDS, "D", Severity.INFO)))
    headings = [model.index(r, 0).data() for r in model.heading_rows()]
    assert headings == ["Locations terminées : matériel à récupérer (2)", "Échanges en retard (J+2) (1)",
                        "Garanties qui se terminent sans option (1)"]
    tags = [model.item_at(r).asset_tag for r in range(model.rowCount()) if model.item_at(r) is not None]
    assert tags == ["A", "C", "B", "D"]  # each group together, in the services' order
    assert model.item_count() == 4 and model.rowCount() == 7
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable  # a heading is not a line
    qtmodeltester.check(model)


def test_R90_the_wipe_date_is_typed_and_an_impossible_one_is_refused(qtbot, sqlite_desk):
    """The workshop's wipe form (R-80) reads its date strictly: 31/02/2026 stays as typed, is
    refused naming the field (R-90), and no wipe is recorded."""
    from PySide6.QtWidgets import QDateEdit

    from sav_desktop.ui.workshop_page import WipeDialog

    ref = sqlite_desk.register_asset(AssetInput("MOVE5000_WIFI", "M5W7031"))
    dialog = _shown(qtbot, WipeDialog(sqlite_desk, ref.id))
    assert isinstance(dialog.wiped_on, DateLineEdit) and not dialog.findChildren(QDateEdit)
    dialog.wiped_on.setFocus()
    dialog.wiped_on.selectAll()
    qtbot.keyClick(dialog.wiped_on, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.wiped_on, "31/02/2026")
    qtbot.keyClick(dialog.wiped_on, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.wiped_on.text() == "31/02/2026"
    error = dialog.errors["wiped_on"]
    assert error.isVisibleTo(dialog) and "31/02/2026 n'existe pas" in error.text() and "R-90" in error.text()
    assert all(e.action != "wipe" for e in sqlite_desk.asset_detail(ref.id).timeline)
