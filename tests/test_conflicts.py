"""A save based on what another station changed meanwhile is refused, naming who changed it and
when, and the form then shows what is stored now: catalogue items, customers, devices and
contracts in their dialogs, the business settings field by field (another administrator's
change to another setting is kept, never overwritten by the stale form)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from sav_desktop.domain.contracts import ContractEnd
from sav_desktop.domain.enums import AssetStatus, ContractKind, ItemKind, Role
from sav_desktop.domain.errors import ConflictError
from sav_desktop.domain.records import AssetInput, ContractInput
from sav_desktop.services.contract_life import ContractChanges, ContractDetail
from sav_desktop.services import users
from sav_desktop.services.desk import Desk
from sav_desktop.services.uow import run
from sav_desktop.store.models import AuditEntry, Contract
from sav_desktop.ui.admin_page import ItemDialog, SettingsTab
from sav_desktop.ui.contract_screens import ContractEditDialog
from sav_desktop.ui.forms import AssetDialog, CustomerDialog

from .conftest import RENTAL_TERMS, customer_input

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


def _rental(desk: Desk) -> tuple[int, int]:
    cid = desk.create_customer(customer_input())
    ref = desk.register_asset(AssetInput("MOVE5000_WIFI", "M5W0000777", in_service_on=date(2025, 3, 10)))
    kid = desk.create_contract(ContractInput(ContractKind.RENTAL, cid, date(2025, 3, 3), (ref.id,),
                                             delivered_on=date(2025, 3, 10), **RENTAL_TERMS))  # type: ignore[arg-type]
    return kid, ref.id


def _changes(d: ContractDetail, **kw: Any) -> ContractChanges:
    base = dict(signed_on=d.signed_on, delivered_on=d.delivered_on, deposit=d.deposit,
                software_service=d.software_service, insurer=d.insurer, policy_number=d.policy_number, notes=d.notes)
    return ContractChanges(**{**base, **kw})  # type: ignore[arg-type]


def _stored(db: Any, kid: int) -> tuple[Any, ...]:
    with db.session_factory() as s:
        c = s.get(Contract, kid)
        audit = s.query(AuditEntry).count()
        return (c.insurer, c.policy_number, c.notes, c.ended_on, c.version), audit


def test_stale_contract_save_is_refused_naming_who_and_when_nothing_of_it_written(
        db: Any, two: tuple[Desk, Desk]) -> None:
    """Two stations on one base: both load the contract, Alice saves, Bruno's save (edit, end,
    deposit movement, renewal) is refused with who and when, and nothing of his is written."""
    alice, bruno = two
    kid, asset_id = _rental(alice)
    seen_a, seen_b = alice.contract_detail(kid), bruno.contract_detail(kid)
    number = seen_a.number
    alice.update_contract(kid, _changes(seen_a, insurer="AXA", policy_number="AXA-778899"), seen_a.version)
    after_alice = _stored(db, kid)
    attempts = [
        lambda: bruno.update_contract(kid, _changes(seen_b, insurer="MMA", notes="de Bruno"), seen_b.version),
        lambda: bruno.end_contract(kid, ContractEnd(date(2026, 3, 2), "EXPIRY"), seen_b.version),
        lambda: bruno.record_deposit_entry(kid, "KEPT", "50", date(2026, 3, 2), "de Bruno", seen_b.version),
    ]
    for attempt in attempts:
        with pytest.raises(ConflictError) as info:
            attempt()
        assert re.match(rf"^Le contrat {number} a été modifié entre-temps par Alice {WHEN}", str(info.value)), \
            str(info.value)
        assert (info.value.by, info.value.at is not None) == ("Alice", True)
        assert _stored(db, kid) == after_alice  # nothing of Bruno's: terms, end, version, audit trail
    assert alice.contract_detail(kid).ledger.kept == 0
    assert alice.asset_detail(asset_id).status == AssetStatus.RENTED.value
    # Reloaded, Bruno's save lands, and Alice's stale renewal is now the one refused, naming him.
    fresh = bruno.contract_detail(kid)
    bruno.end_contract(kid, ContractEnd(date(2026, 3, 2), "EXPIRY"), fresh.version)
    with pytest.raises(ConflictError) as info:
        alice.renew_contract(kid, date(2027, 3, 2), fresh.version)
    assert re.match(rf"^Le contrat {number} a été modifié entre-temps par Bruno {WHEN}", str(info.value))
    assert alice.contract_detail(kid).ended_on == date(2026, 3, 2)


def test_contract_screen_shows_who_changed_it_then_the_stored_values(qtbot: Any, two: tuple[Desk, Desk]) -> None:
    alice, bruno = two
    kid, _ = _rental(alice)
    screen = ContractEditDialog(bruno, kid)
    number = screen.detail.number
    d = alice.contract_detail(kid)
    alice.update_contract(kid, _changes(d, insurer="AXA", policy_number="AXA-778899", notes="vu par Alice"),
                          d.version)
    screen.insurer.setText("MMA")
    screen.notes_edit.setPlainText("de Bruno")
    _save(qtbot, screen)
    assert screen.result() != QDialog.DialogCode.Accepted and screen.isVisible()
    assert screen.general_error.isVisible()
    assert re.match(rf"^Le contrat {number} a été modifié entre-temps par Alice {WHEN}",
                    screen.general_error.text()), screen.general_error.text()
    # the stored values shown again, not Bruno's typing; nothing of his written
    assert (screen.insurer.text(), screen.policy.text(), screen.notes_edit.toPlainText()) == (
        "AXA", "AXA-778899", "vu par Alice")
    assert screen.detail.version == alice.contract_detail(kid).version
    assert not screen.is_modified()
    assert alice.contract_detail(kid).insurer == "AXA"
    screen.insurer.setText("MMA")
    _save(qtbot, screen)  # on the version now shown: lands
    assert screen.result() == QDialog.DialogCode.Accepted
    assert alice.contract_detail(kid).insurer == "MMA"
