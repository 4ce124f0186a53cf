"""A save based on what another station changed meanwhile is refused, naming who changed it and
when, and the form then shows what is stored now: catalogue items, customers and devices in
their dialogs, the business settings field by field (another administrator's change to
another setting is kept, never overwritten by the stale form)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from sav_desktop.domain.enums import ItemKind, Role
from sav_desktop.domain.errors import ConflictError
from sav_desktop.domain.records import AssetInput
from sav_desktop.services import users
from sav_desktop.services.desk import Desk
from sav_desktop.services.uow import run
from sav_desktop.ui.admin_page import ItemDialog, SettingsTab
from sav_desktop.ui.forms import AssetDialog, CustomerDialog

from .conftest import customer_input

WHEN = r"à \d\d:\d\d : rechargez"


@pytest.fixture
def two(db: Any) -> tuple[Desk, Desk]:
    alice = Desk.trusted(db, "Alice")  # the first account: administrator
    run(db, "Alice", lambda u: users.ensure_user(u, "Bruno", Role.ADMIN))
    return alice, Desk.trusted(db, "Bruno")


def test_stale_price_is_refused_naming_who_and_when(two: tuple[Desk, Desk]) -> None:
    alice, bruno = two
    item_id = alice.add_catalogue_item("PSU", "Bloc secteur", ItemKind.ACCESSORY, "29")
    seen = bruno.catalogue_item(item_id)
    alice.update_catalogue_item(item_id, "Bloc secteur", "31", seen.version)
    with pytest.raises(ConflictError) as info:
        bruno.update_catalogue_item(item_id, "Bloc secteur", "35", seen.version)
    assert re.match(rf"^L'article PSU a été modifié entre-temps par Alice {WHEN}", str(info.value)), str(info.value)
    assert bruno.catalogue_item(item_id).price_ht == Decimal("31.000")


def test_settings_keep_the_other_administrators_change(two: tuple[Desk, Desk]) -> None:
    alice, bruno = two
    form_a, form_b = alice.business_settings(), bruno.business_settings()
    values = dict(desk_phone=form_a.desk_phone, alsace_moselle=form_a.alsace_moselle,
                  idle_lock_minutes=form_a.idle_lock_minutes, backup_folder=form_a.backup_folder,
                  backup_count=form_a.backup_count)
    alice.save_business_settings(**{**values, "desk_phone": "01 23 45 67 89"}, expected=form_a)
    # Bruno's form still shows the old phone; he changes the idle lock only.
    saved = bruno.save_business_settings(**{**values, "idle_lock_minutes": 15}, expected=form_b)
    assert (saved.desk_phone, saved.idle_lock_minutes) == (alice.business_settings().desk_phone, 15)
    assert saved.desk_phone != form_b.desk_phone  # Alice's phone kept, not put back
    # Both changing the same setting: the second is told, nothing of his is written.
    with pytest.raises(ConflictError) as info:
        bruno.save_business_settings(**{**values, "desk_phone": "04 72 00 00 00", "backup_count": 3},
                                     expected=form_b)
    assert re.match(rf"^Le réglage « téléphone du SAV » a été modifié entre-temps par Alice {WHEN}",
                    str(info.value)), str(info.value)
    assert alice.business_settings().backup_count == form_a.backup_count


def _save(qtbot: Any, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_item_dialog_shows_the_conflict_then_the_stored_values(qtbot: Any, two: tuple[Desk, Desk]) -> None:
    alice, bruno = two
    item_id = alice.add_catalogue_item("PSU", "Bloc secteur", ItemKind.ACCESSORY, "29")
    dialog = ItemDialog(bruno, bruno.catalogue_item(item_id))
    alice.update_catalogue_item(item_id, "Bloc secteur USB-C", "31", 1)
    dialog.price.setText("35")
    _save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert "modifié entre-temps par Alice" in dialog.general_error.text() and dialog.general_error.isVisible()
    assert (dialog.label.text(), dialog.price.text()) == ("Bloc secteur USB-C", "31,000")
    _save(qtbot, dialog)  # saved again on the version now shown: lands
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert bruno.catalogue_item(item_id).label == "Bloc secteur USB-C"


def test_customer_and_device_dialogs_reload_after_a_conflict(qtbot: Any, two: tuple[Desk, Desk]) -> None:
    alice, bruno = two
    cid = alice.create_customer(customer_input(city="Paris"))
    dialog = CustomerDialog(bruno, bruno.get_customer(cid))
    alice.update_customer(cid, customer_input(city="Lyon", postal_code="69003"), 1)
    dialog.city.setText("Marseille")
    _save(qtbot, dialog)
    assert "Le client Cabinet du Dr Dupont a été modifié entre-temps par Alice" in dialog.general_error.text()
    assert (dialog.city.text(), dialog.postal_code.text()) == ("Lyon", "69003")
    assert bruno.get_customer(cid).city == "Lyon"

    ref = alice.register_asset(AssetInput("PCSC_READER", "DSC000777"))
    asset_dialog = AssetDialog(bruno, bruno.asset_detail(ref.id))
    detail = alice.asset_detail(ref.id)
    alice.update_asset(ref.id, AssetInput("PCSC_READER", "DSC000777", notes="boîtier fendu"), detail.version)
    asset_dialog.notes_edit.setPlainText("autre chose")
    _save(qtbot, asset_dialog)
    assert f"Le matériel {ref.asset_tag} a été modifié entre-temps par Alice" in asset_dialog.general_error.text()
    assert asset_dialog.notes_edit.toPlainText() == "boîtier fendu"


def test_settings_tab_reloads_after_a_conflict(qtbot: Any, two: tuple[Desk, Desk]) -> None:
    alice, bruno = two
    tab = SettingsTab(bruno)
    qtbot.addWidget(tab)
    tab.reload()
    form = alice.business_settings()
    alice.save_business_settings(desk_phone="01 23 45 67 89", alsace_moselle=form.alsace_moselle,
                                 idle_lock_minutes=form.idle_lock_minutes, backup_folder=form.backup_folder,
                                 backup_count=form.backup_count, expected=form)
    tab.desk_phone.setText("04 72 00 00 00")
    tab.on_save_clicked()
    assert "modifié entre-temps par Alice" in tab.message.text()
    assert tab.desk_phone.text() == alice.business_settings().desk_phone


def test_role_change_over_another_administrators_is_refused(two: tuple[Desk, Desk]) -> None:
    alice, bruno = two
    alice.add_user("Chloé", Role.ACCUEIL, "Vitale-2026!")
    alice.set_user_role("Chloé", Role.TECHNICIEN, Role.ACCUEIL)
    with pytest.raises(ConflictError) as info:
        bruno.set_user_role("Chloé", Role.ADMIN, Role.ACCUEIL)  # his list still showed accueil
    assert re.match(rf"^Le compte Chloé a été modifié entre-temps par Alice {WHEN}", str(info.value)), str(info.value)
    assert {u.name: u.role for u in alice.list_users()}["Chloé"] is Role.TECHNICIEN
