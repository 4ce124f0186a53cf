"""The Administration page (pytest-qt, offscreen), driven as an administrator would with the
keyboard: an accessory added with its price, a new tariff version, an account disabled after
confirmation, the settings saved; a reception user does not get the page at all."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from sav_desktop.domain.enums import ItemKind, Role
from sav_desktop.domain.price_list import PriceKind
from sav_desktop.services.desk import Desk
from sav_desktop.ui import admin_page
from sav_desktop.ui.admin_page import AdminPage, ItemDialog, TariffVersionDialog, UserDialog, install_admin
from sav_desktop.ui.main_window import MainWindow
from tests.conftest import fixed_clock

GOOD = "Vitale-2026!"


def keyboard_driven(qtbot: Any, cls: type, steps: list[Callable[[Any], None]], seen: list[Any]) -> Callable[..., Any]:
    """A stand-in for ``cls.ask``: the real dialog, shown; each step types into it then presses
    Entrée in the focused field (the Save button is the default); returns what ``ask`` would."""

    def ask(*args: Any, **kwargs: Any) -> Any:
        dialog = cls(*args, **kwargs)
        qtbot.addWidget(dialog)
        seen.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for step in steps:
            step(dialog)
            qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
            if dialog.result() == QDialog.DialogCode.Accepted:
                break
        return dialog.result_value if dialog.result() == QDialog.DialogCode.Accepted else None

    return ask


@pytest.fixture
def admin(sqlite_db: Any) -> Desk:
    return Desk.trusted(sqlite_db, "Alice Martin", clock=fixed_clock)  # the first account: administrator


@pytest.fixture
def window(qtbot: Any, admin: Desk) -> MainWindow:
    w = MainWindow(admin)
    qtbot.addWidget(w)
    install_admin(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_admin(qtbot: Any, window: MainWindow, tab: str) -> AdminPage:
    window.admin_action.trigger()  # type: ignore[attr-defined]  # Ctrl+Shift+A
    page: AdminPage = window.admin_page  # type: ignore[attr-defined]
    assert window.tabs.currentWidget() is page
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["Comptes", "Catalogue", "Tarifs", "Réglages"]
    page.tabs.setCurrentIndex(titles.index(tab))
    return page


def test_admin_adds_an_accessory_with_its_price(qtbot: Any, window: MainWindow, admin: Desk,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_admin(qtbot, window, "Catalogue")
    tab = page.catalogue
    assert tab is not None and tab.table.rowCount() == 0
    seen: list[Any] = []

    def bad_price(d: ItemDialog) -> None:
        qtbot.keyClicks(d.code, "batt move5000")
        qtbot.keyClicks(d.label, "Batterie MOVE/5000")
        d.kind.setCurrentIndex(d.kind.findData(ItemKind.CONSUMABLE.value))
        qtbot.keyClicks(d.price, "39,9999")
        d.price.setFocus()

    def good_price(d: ItemDialog) -> None:
        assert d.errors["prix_ht"].isVisible() and "trois décimales" in d.errors["prix_ht"].text()
        assert d.result() != QDialog.DialogCode.Accepted
        d.price.clear()
        qtbot.keyClicks(d.price, "39,90")

    monkeypatch.setattr(ItemDialog, "ask", keyboard_driven(qtbot, ItemDialog, [bad_price, good_price], seen))
    qtbot.keyClick(tab.add_button, Qt.Key.Key_Space)  # the focused button, from the keyboard
    assert seen[0].result() == QDialog.DialogCode.Accepted
    [item] = admin.catalogue_items()
    assert (item.code, item.label, item.kind, item.price_ht) == (
        "BATT_MOVE5000", "Batterie MOVE/5000", ItemKind.CONSUMABLE, Decimal("39.900"))
    assert tab.table.rowCount() == 1 and tab.table.item(0, 3).text() == "39,900\u00a0€"
    assert "BATT_MOVE5000 ajouté" in tab.message.text()

    # edit the price: Entrée on the line opens its form
    monkeypatch.setattr(ItemDialog, "ask", keyboard_driven(qtbot, ItemDialog, [
        lambda d: (d.price.selectAll(), qtbot.keyClicks(d.price, "41,5"))], seen))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert admin.catalogue_items()[0].price_ht == Decimal("41.500")
    # deactivate (kept for the contracts that name it)
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    assert not admin.catalogue_items()[0].active and tab.table.item(0, 4).text() == "Désactivé"
    assert tab.toggle_button.text() == "&Réactiver"


def test_admin_adds_a_tariff_version(qtbot: Any, window: MainWindow, admin: Desk,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_admin(qtbot, window, "Tarifs")
    tab = page.tariffs
    assert tab is not None and tab.table.rowCount() == 1 and tab.prices.rowCount() == 35
    assert tab.prices.item(0, 0).text() == "Analyse et tests du matériel"
    seen: list[Any] = []

    def too_early(d: TariffVersionDialog) -> None:
        qtbot.keyClicks(d.name, "01/2026")
        qtbot.keyClicks(d.effective_on, "31/12/2024")
        d.set_price(("ANALYSIS", PriceKind.FEE), "90")
        d.set_price(("NEO", PriceKind.REPLACEMENT_GE2), "140,5")
        d.effective_on.setFocus()

    def fixed(d: TariffVersionDialog) -> None:
        assert "doit suivre celle de la dernière version" in d.errors["date_effet"].text()
        d.effective_on.clear()
        qtbot.keyClicks(d.effective_on, "01/01/2026")

    monkeypatch.setattr(TariffVersionDialog, "ask",
                        keyboard_driven(qtbot, TariffVersionDialog, [too_early, fixed], seen))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert seen[0].result() == QDialog.DialogCode.Accepted
    versions = admin.tariff_versions()
    assert [(v.name, v.effective_on, v.state) for v in versions] == [
        ("01/2025", date(2025, 1, 1), "past"), ("01/2026", date(2026, 1, 1), "in_force")]
    new = {p.key: p.amount_ht for p in admin.tariff_detail(versions[1].id).prices}
    assert new[("ANALYSIS", PriceKind.FEE)] == Decimal("90.000")
    assert new[("NEO", PriceKind.REPLACEMENT_GE2)] == Decimal("140.500")
    assert new[("NEO", PriceKind.REPLACEMENT_LT2)] == Decimal("274.083")
    old = {p.key: p.amount_ht for p in admin.tariff_detail(versions[0].id).prices}
    assert old[("ANALYSIS", PriceKind.FEE)] == Decimal("87.083")  # unchanged
    # the list shows the new version, selected, with its prices
    assert tab.table.rowCount() == 2 and tab.table.item(tab.table.currentRow(), 0).text() == "01/2026"
    assert tab.prices.item(0, 3).text() == "90,000\u00a0€"
    assert "Version 01/2026 ajoutée" in tab.message.text()


def test_accounts_tab_add_then_disable_after_confirmation(qtbot: Any, window: MainWindow, admin: Desk,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_admin(qtbot, window, "Comptes")
    tab = page.accounts
    assert tab is not None and tab.table.item(0, 0).text() == "Alice Martin"
    seen: list[Any] = []

    def weak(d: UserDialog) -> None:
        d.name.setText("Chloé Accueil")  # QTest cannot type "é"
        d.role.setCurrentIndex(d.role.findData(Role.ACCUEIL.value))
        qtbot.keyClicks(d.password, "faible")
        assert "au moins 10 caractères" in d.rule_hint.text()
        qtbot.keyClicks(d.confirmation, "faible")

    def strong(d: UserDialog) -> None:
        assert "mot de passe trop faible" in d.errors["mot_de_passe"].text()
        for field in (d.password, d.confirmation):
            field.clear()
            qtbot.keyClicks(field, GOOD)
        assert d.rule_hint.text() == "Mot de passe conforme à la règle."

    monkeypatch.setattr(UserDialog, "ask", keyboard_driven(qtbot, UserDialog, [weak, strong], seen))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert [(u.name, u.role) for u in admin.list_users()] == [("Alice Martin", Role.ADMIN),
                                                              ("Chloé Accueil", Role.ACCUEIL)]
    assert tab.table.item(tab.table.currentRow(), 0).text() == "Chloé Accueil"
    asked: list[str] = []
    monkeypatch.setattr(admin_page, "confirm", lambda parent, title, text: asked.append(text) or False)
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    assert "Chloé Accueil" in asked[0] and all(u.active for u in admin.list_users())  # said no
    monkeypatch.setattr(admin_page, "confirm", lambda parent, title, text: True)
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    assert [u.active for u in admin.list_users()] == [True, False]
    assert tab.table.item(1, 2).text() == "Désactivé" and tab.toggle_button.text() == "&Réactiver"
    # the last administrator cannot disable themself: said in French under the list
    tab.select_data("Alice Martin")
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    assert "votre propre compte" in tab.message.text()


def test_settings_tab_saves_and_shows_problems_by_field(qtbot: Any, window: MainWindow, admin: Desk) -> None:
    page = open_admin(qtbot, window, "Réglages")
    tab = page.settings
    assert tab is not None and tab.idle_lock.value() == 10 and tab.backup_count.value() == 7
    qtbot.keyClicks(tab.desk_phone, "12")
    tab.backup_folder.setText("relatif")
    qtbot.keyClick(tab.desk_phone, Qt.Key.Key_Return)
    assert tab.errors["telephone_sav"].isVisible() and tab.errors["sauvegarde.dossier"].isVisible()
    assert admin.business_settings().desk_phone == ""
    tab.desk_phone.setText("0123456789")
    tab.backup_folder.clear()
    tab.alsace_moselle.setChecked(True)
    tab.idle_lock.setValue(20)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Réglages enregistrés." and tab.desk_phone.text() == "01 23 45 67 89"
    s = admin.business_settings()
    assert (s.desk_phone, s.alsace_moselle, s.idle_lock_minutes) == ("01 23 45 67 89", True, 20)


def test_accueil_does_not_get_the_page(qtbot: Any, admin: Desk, sqlite_db: Any) -> None:
    from sav_desktop.ui.app import build_main_window

    admin.add_user("Chloé Accueil", Role.ACCUEIL, GOOD)
    accueil = Desk.trusted(sqlite_db, "Chloé Accueil", clock=fixed_clock)
    w = build_main_window(accueil)
    qtbot.addWidget(w)
    titles = [w.tabs.tabText(i) for i in range(w.tabs.count())]
    assert "Administration" not in titles and not hasattr(w, "admin_page")
    assert all(a.text() != "Administration" for a in w.menus["desk"].actions())
    w.close()


def test_a_technician_gets_no_page_an_admin_gets_it_from_build_main_window(qtbot: Any, admin: Desk,
                                                                          sqlite_db: Any) -> None:
    tech = MainWindow(Desk.trusted(sqlite_db, "Bruno Atelier", clock=fixed_clock))  # not the first: technicien
    qtbot.addWidget(tech)
    assert install_admin(tech) is None
    from sav_desktop.ui.app import build_main_window

    w = build_main_window(admin)
    qtbot.addWidget(w)
    assert "Administration" in [w.tabs.tabText(i) for i in range(w.tabs.count())]
    assert isinstance(w.admin_page, AdminPage)  # type: ignore[attr-defined]
    w.close()
