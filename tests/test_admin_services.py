"""Administration use cases (RULES.md section 1, issue 7 permissions): catalogue items with
their HT price, tariff versions, business settings. Refused for the reception and the
technicians (nothing written), every change audited, one transaction each.
SQLite, and PostgreSQL when SAV_TEST_DATABASE_URL is set (``db`` fixture)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sav_desktop.domain.accounts import PermissionDeniedError
from sav_desktop.domain.catalogue import TARIFF_2025_01
from sav_desktop.domain.enums import ContractKind, ItemKind, Role
from sav_desktop.domain.errors import ValidationError
from sav_desktop.domain.price_list import PriceKind, new_version, parse_price
from sav_desktop.domain.records import AssetInput
from sav_desktop.services import checkin, tariffs, users
from sav_desktop.services.desk import Desk
from sav_desktop.store.db import Database
from sav_desktop.store.models import AssetAccessory, AuditEntry, CatalogueItem, Setting, TariffPrice, TariffVersion

from .conftest import fixed_clock
from .workflow_support import World

D = Decimal
GOOD = "Vitale-2026!"


@pytest.fixture
def admin(db: Database) -> Desk:
    return Desk.trusted(db, "Alice Martin", clock=fixed_clock)  # first account: administrator


@pytest.fixture
def others(admin: Desk) -> list[Desk]:
    """A reception desk and a technician (no catalogue, tariff or settings rights)."""
    admin.add_user("Chloé Accueil", Role.ACCUEIL, GOOD)
    admin.add_user("Bruno Atelier", Role.TECHNICIEN, GOOD)
    return [Desk.trusted(admin.db, "Chloé Accueil", clock=fixed_clock), Desk.trusted(admin.db, "Bruno Atelier", clock=fixed_clock)]


def audits(db: Database, entity: str) -> list[tuple[str, str, str]]:
    with db.session_factory() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id))
        return [(e.entity_id, e.action, e.summary) for e in rows]


def count(db: Database, model: type) -> int:
    with db.session_factory() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


# --- domain --------------------------------------------------------------------------------


@pytest.mark.parametrize("raw, expected", [
    ("12,5", D("12.500")), ("1 234,567 €", D("1234.567")), (D("7.25"), D("7.250")), (3, D("3.000")),
    ("0", D("0.000")), (D("9.5000"), D("9.500")),
])
def test_price_parsing_exact_three_decimals(raw: object, expected: Decimal) -> None:
    assert parse_price(raw, "prix_ht") == expected


@pytest.mark.parametrize("raw, message", [
    (12.5, "nombre décimal exact"), ("12,3456", "trois décimales"), ("-1", "négatif"), ("abc", "invalide"),
    ("", "obligatoire"), ("1000000", "trop élevé"), (D("NaN"), "invalide"),
])
def test_price_parsing_refusals_name_the_field(raw: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as exc:
        parse_price(raw, "prix_ht")
    assert exc.value.fields == ["prix_ht"]


def test_new_version_copies_the_base_and_checks_every_field() -> None:
    t = new_version([TARIFF_2025_01], "01/2026", date(2026, 1, 1), {("ANALYSIS", PriceKind.FEE): "90"})
    assert t.fee("ANALYSIS") == D("90.000") and t.fee("REPAIR_SOCLE") == D("137.500")
    assert t.replacement_price("NEO", True) == D("274.083")
    with pytest.raises(ValidationError) as exc:
        new_version([TARIFF_2025_01], "01/2025", date(2024, 12, 31),
                    {("ANALYSIS", PriceKind.FEE): 90.0, ("NOPE", PriceKind.FEE): "1"})
    assert set(exc.value.fields) == {"nom", "date_effet", "prix[ANALYSIS/FEE]", "prix[NOPE/FEE]"}
    assert "Analyse et tests du matériel" in str(exc.value)


# --- catalogue items -----------------------------------------------------------------------


def test_add_edit_deactivate_an_item_audited(admin: Desk) -> None:
    item_id = admin.add_catalogue_item("batt move", "Batterie  MOVE/5000", ItemKind.CONSUMABLE, "39,9")
    [item] = admin.catalogue_items()
    assert (item.id, item.code, item.label, item.kind, item.price_ht, item.active) == (
        item_id, "BATT_MOVE", "Batterie MOVE/5000", ItemKind.CONSUMABLE, D("39.900"), True)
    admin.update_catalogue_item(item_id, "Batterie MOVE/5000 (origine)", D("41.5"), item.version)
    admin.update_catalogue_item(item_id, "Batterie MOVE/5000 (origine)", D("41.500"),  # unchanged: no audit
                                admin.catalogue_items()[0].version)
    admin.set_catalogue_item_active(item_id, False)
    assert admin.catalogue_items(include_inactive=False) == []
    [item] = admin.catalogue_items()
    assert (item.label, item.price_ht, item.active) == ("Batterie MOVE/5000 (origine)", D("41.500"), False)
    admin.set_catalogue_item_active(item_id, True)
    entries = audits(admin.db, "catalogue_item")
    assert [a for _, a, _ in entries] == ["create", "update", "disable", "enable"]
    assert "39.900 € HT" in entries[0][2] and "39.900 → 41.500" in entries[1][2]


def test_item_form_problems_all_at_once_nothing_written(admin: Desk) -> None:
    admin.add_catalogue_item("PSU", "Bloc secteur", ItemKind.ACCESSORY, "29")
    with pytest.raises(ValidationError) as exc:
        admin.add_catalogue_item("", " ", "BOGUS", 29.0)
    assert set(exc.value.fields) == {"code", "libelle", "nature", "prix_ht"}
    with pytest.raises(ValidationError, match="existe déjà") as exc:
        admin.add_catalogue_item("psu", "Autre bloc", ItemKind.ACCESSORY, "10")
    assert exc.value.fields == ["code"]
    with pytest.raises(ValidationError, match="trois décimales"):
        admin.update_catalogue_item(admin.catalogue_items()[0].id, "Bloc secteur", "29,0001", 1)
    assert [(i.code, i.price_ht) for i in admin.catalogue_items()] == [("PSU", D("29.000"))]
    assert len(audits(admin.db, "catalogue_item")) == 1


def test_an_item_used_on_a_device_is_never_deleted(admin: Desk) -> None:
    used = admin.add_catalogue_item("SOCLE_CHARGE", "Socle de charge", ItemKind.ACCESSORY, "79")
    spare = admin.add_catalogue_item("ERREUR", "Saisi par erreur", ItemKind.ACCESSORY, "1")
    asset = admin.register_asset(AssetInput(model_code="MOVE5000_WIFI", serial="SN00000001"))
    with admin.db.session_factory() as s, s.begin():
        s.add(AssetAccessory(asset_id=asset.id, item_id=used, quantity=1))
    with pytest.raises(ValidationError, match="désactivez-le"):
        admin.delete_catalogue_item(used)
    admin.delete_catalogue_item(spare)
    assert [i.code for i in admin.catalogue_items()] == ["SOCLE_CHARGE"]
    assert [a for _, a, _ in audits(admin.db, "catalogue_item")][-1] == "delete"


# --- tariff versions -----------------------------------------------------------------------


def test_tariff_versions_add_a_new_one_the_old_stays_unchanged(admin: Desk) -> None:
    [v2025] = admin.tariff_versions()
    assert (v2025.name, v2025.effective_on, v2025.state) == ("01/2025", date(2025, 1, 1), "in_force")
    old = admin.tariff_detail(v2025.id)
    assert len(old.prices) == 35 and old.prices[0].code == "ANALYSIS" and old.prices[0].amount_ht == D("87.083")
    new_id = admin.add_tariff_version(" 01/2026 ", date(2026, 1, 1), {
        ("ANALYSIS", PriceKind.FEE): "90,000",
        ("MOVE5000_4G", PriceKind.REPLACEMENT_LT2): D("880.5"),
    })
    future = admin.add_tariff_version("07/2026", date(2026, 7, 1), {})  # clock: 16/03/2026
    states = [(v.name, v.state) for v in admin.tariff_versions()]
    assert states == [("01/2025", "past"), ("01/2026", "in_force"), ("07/2026", "future")]
    new = {p.key: p.amount_ht for p in admin.tariff_detail(new_id).prices}
    assert new[("ANALYSIS", PriceKind.FEE)] == D("90.000")
    assert new[("MOVE5000_4G", PriceKind.REPLACEMENT_LT2)] == D("880.500")
    assert new[("MOVE5000_4G", PriceKind.REPLACEMENT_GE2)] == D("438.167")  # copied
    assert {p.key: p.amount_ht for p in admin.tariff_detail(future).prices} == new  # copied from 01/2026
    assert admin.tariff_detail(v2025.id).prices == old.prices  # never edited
    [created, _] = audits(admin.db, "tariff")
    assert created[0] == "01/2026" and "2 prix modifié(s)" in created[2] and "base 01/2025" in created[2]
    # the engine's view: every stored version
    with admin.unit_of_work() as uow:
        stored = tariffs.stored_tariffs(uow)
    assert [t.name for t in stored] == ["01/2025", "01/2026", "07/2026"]
    assert stored[0] == TARIFF_2025_01 and stored[1].fee("ANALYSIS") == D("90.000")


def test_tariff_version_refusals_name_the_field_and_write_nothing(admin: Desk) -> None:
    admin.add_tariff_version("01/2026", date(2026, 1, 1), {})
    before = (count(admin.db, TariffVersion), count(admin.db, TariffPrice), len(audits(admin.db, "tariff")))
    for name, on, changes, field in (
        ("06/2026", date(2026, 1, 1), {}, "date_effet"),  # strictly after the latest
        ("06/2026", date(2025, 6, 1), {}, "date_effet"),
        ("01/2026", date(2026, 6, 1), {}, "nom"),
        ("", date(2026, 6, 1), {}, "nom"),
        ("06/2026", None, {}, "date_effet"),
        ("06/2026", date(2026, 6, 1), {("NEO", PriceKind.REPLACEMENT_GE2): 140.5}, "prix[NEO/REPLACEMENT_GE2]"),
        ("06/2026", date(2026, 6, 1), {("NEO", PriceKind.REPLACEMENT_GE2): "140,5001"}, "prix[NEO/REPLACEMENT_GE2]"),
        ("06/2026", date(2026, 6, 1), {("NEO", PriceKind.FEE): "1"}, "prix[NEO/FEE]"),
        ("06/2026", date(2026, 6, 1), {("ANALYSIS", PriceKind.FEE): "0"}, "prix[ANALYSIS/FEE]"),
    ):
        with pytest.raises(ValidationError) as exc:
            admin.add_tariff_version(name, on, changes)
        assert exc.value.fields == [field], (name, on, changes)
    assert before == (count(admin.db, TariffVersion), count(admin.db, TariffPrice), len(audits(admin.db, "tariff")))


# --- business settings ---------------------------------------------------------------------


def _settings(**kw: object) -> dict[str, object]:
    values: dict[str, object] = dict(desk_phone="", alsace_moselle=False, idle_lock_minutes=10,
                                     backup_folder="", backup_count=7)
    values.update(kw)
    return values


def test_business_settings_saved_validated_and_audited(admin: Desk, tmp_path: Path) -> None:
    s = admin.business_settings()
    assert (s.desk_phone, s.alsace_moselle, s.idle_lock_minutes, s.backup_folder, s.backup_count) == (
        "", False, 10, "", 7)
    admin.save_business_settings(**_settings())  # nothing changed: nothing written
    assert audits(admin.db, "setting") == []
    folder = tmp_path / "sauvegardes"
    saved = admin.save_business_settings(**_settings(
        desk_phone="+33 1 23 45 67 89", alsace_moselle=True, idle_lock_minutes=30,
        backup_folder=str(folder), backup_count=14))
    assert (saved.desk_phone, saved.alsace_moselle, saved.idle_lock_minutes, saved.backup_folder,
            saved.backup_count) == ("01 23 45 67 89", True, 30, str(folder), 14)
    assert admin.idle_lock_minutes() == 30
    keys = {k for k, _, _ in audits(admin.db, "setting")}
    assert keys == {"desk_phone", "calendar.alsace_moselle", "session.idle_lock_minutes", "backup.folder",
                    "backup.count"}
    asset = admin.register_asset(AssetInput(model_code="NEO", serial="NEO0001"))
    assert admin.labels_for([asset.id])[0].phone == "01 23 45 67 89"  # printed on labels
    with pytest.raises(ValidationError) as exc:
        admin.save_business_settings(**_settings(desk_phone="12", idle_lock_minutes=5000,
                                                 backup_folder="relatif/dossier", backup_count=0))
    assert exc.value.fields == ["telephone_sav", "verrouillage", "sauvegarde.dossier", "sauvegarde.nombre"]
    assert admin.business_settings() == saved


# --- permissions ---------------------------------------------------------------------------


def test_reception_and_technicians_are_refused_and_nothing_is_written(admin: Desk, others: list[Desk]) -> None:
    item = admin.add_catalogue_item("PSU", "Bloc secteur", ItemKind.ACCESSORY, "29")
    before = {m: count(admin.db, m) for m in (CatalogueItem, TariffVersion, TariffPrice, Setting, AuditEntry)}
    for desk in others:
        assert [i.code for i in desk.catalogue_items()] == ["PSU"]  # reading is everyone's
        assert [v.name for v in desk.tariff_versions()] == ["01/2025"]
        with pytest.raises(PermissionDeniedError, match="modifier le catalogue"):
            desk.add_catalogue_item("X1", "X", ItemKind.ACCESSORY, "1")
        with pytest.raises(PermissionDeniedError, match="modifier le catalogue"):
            desk.update_catalogue_item(item, "Y", "2", 1)
        with pytest.raises(PermissionDeniedError):
            desk.set_catalogue_item_active(item, False)
        with pytest.raises(PermissionDeniedError):
            desk.delete_catalogue_item(item)
        with pytest.raises(PermissionDeniedError, match="modifier les tarifs"):
            desk.add_tariff_version("01/2026", date(2026, 1, 1), {})
        with pytest.raises(PermissionDeniedError, match="modifier les réglages"):
            desk.save_business_settings(**_settings(desk_phone="0123456789"))
    after = {m: count(admin.db, m) for m in before}
    assert after == before


# --- the engine prices with the stored versions --------------------------------------------


def test_check_in_is_priced_with_the_stored_version_in_force(tmp_path: Path) -> None:
    world = World(tmp_path, date(2026, 3, 16))
    world.run(lambda u: users.ensure_user(u, "Marie"))  # first account: administrator
    customer = world.customer()
    asset = world.asset("MOVE5000_WIFI", date(2024, 6, 1))
    world.contract(ContractKind.RENTAL, customer, (asset,), signed_on=date(2024, 6, 1),
                   ended_on=date(2026, 3, 2), deposit=D("500"))
    world.run(lambda u: tariffs.add_version(u, "03/2026", date(2026, 3, 1), {
        ("ANALYSIS", PriceKind.FEE): "90", ("REPAIR_MOVE5000", PriceKind.FEE): "360"}))
    view = world.run(lambda u: checkin.check_in_rental(u, asset, damage=["BREAKAGE"]))
    assert view.tariff_name == "03/2026"
    assert [(c.code, c.amount_ht) for c in view.charges] == [("ANALYSIS", D("90.000")), ("REPAIR_MOVE5000", D("360.000"))]


def test_alsace_moselle_setting_moves_the_return_deadline_R01_R51(tmp_path: Path) -> None:
    from sav_desktop.services import business_settings, workflow_views

    world = World(tmp_path, date(2025, 12, 29))
    world.run(lambda u: users.ensure_user(u, "Marie"))  # first account: administrator
    customer = world.customer()
    asset = world.asset("MOVE5000_WIFI", date(2024, 6, 1))
    # back within a month, by Friday 26/12/2025 (Saint-Étienne: a holiday in Alsace-Moselle only)
    world.contract(ContractKind.RENTAL, customer, (asset,), signed_on=date(2024, 6, 1),
                   ended_on=date(2025, 11, 26), deposit=D("500"))
    assert world.read(lambda u: workflow_views.rental_return(u, asset).return_deadline) == date(2025, 12, 26)
    assert world.read(lambda u: checkin.check_in_rental(u, asset)).late  # Monday 29/12: late in metropolitan France
    world.run(lambda u: business_settings.set_alsace_moselle(u, True))
    assert world.read(lambda u: workflow_views.rental_return(u, asset).return_deadline) == date(2025, 12, 29)
    view = world.run(lambda u: checkin.check_in_rental(u, asset))
    assert not view.late and view.return_deadline == date(2025, 12, 29) and view.charges == ()
