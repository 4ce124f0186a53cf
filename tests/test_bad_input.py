"""Bad input, each refused with a clear French message and nothing changed: a damaged database
file at open, a label scan of random bytes, an absurdly long field. (A truncated backup:
tests/test_trust_backup.py; an export with a missing column or wrong types:
tests/test_trust_exchange.py.) Then every service entry, each with each bad value (NUL, lone
surrogate, control characters, a newline in a one-line field; NaN, infinities, five decimals,
absurd amounts; dates outside 1990 .. today + 10 years): a French error naming the field and
nothing written; searches with such text find nothing."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from sav_desktop.cli import main
from sav_desktop.domain.enums import AssetStatus, ContractKind, ItemKind, OptionName, Role
from sav_desktop.domain.errors import ValidationError
from sav_desktop.domain.price_list import PriceKind
from sav_desktop.domain.records import AssetInput, ContractInput, CustomerInput
from sav_desktop.services import (
    accounts, assets, business_settings, catalogue, checkin, contracts, customers, losses, tariffs, tickets, users,
    wipes,
)
from sav_desktop.services.desk import Desk
from sav_desktop.store.db import DatabaseOpenError, open_database
from sav_desktop.store.models import Asset, AuditEntry, CatalogueItem, Contract, Customer, Setting, User

from .conftest import customer_input
from .workflow_support import World


@pytest.mark.parametrize("damage", ["not_sqlite", "bad_pages", "header_only"])
def test_damaged_database_file_is_refused_in_french(tmp_path: Path, damage: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sav.sqlite3"
    if damage == "not_sqlite":
        path.write_bytes(b"PK\x03\x04 ceci est un zip" + bytes(range(256)) * 20)
    else:
        db = open_database(f"sqlite:///{path}")
        Desk.trusted(db, "Marie").create_customer(customer_input())
        db.dispose()
        data = bytearray(path.read_bytes())
        if damage == "bad_pages":
            data[100:4096] = random.Random(1).randbytes(4096 - 100)
        else:
            data = data[:100]
        path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as info:
        open_database(f"sqlite:///{path}")
    assert "restaurez" in str(info.value) or "n'est pas une base" in str(info.value)
    assert main(["--database", str(path), "export", "--out", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("erreur : ") and ("endommagée" in err or "n'est pas une base" in err)
    assert "Traceback" not in err
    assert path.read_bytes() == before and not (tmp_path / "x").exists()


def _random_scans() -> list[str]:
    rng = random.Random(2026)
    scans = [rng.randbytes(n).decode("latin-1") for n in (1, 7, 40, 300, 5000)]
    scans += [rng.randbytes(64).decode("utf-8", errors="replace"), "\x00" * 10, "SAV|\x00|\x00", "", " \t\n",
              "🙂" * 50, "A" * 100_000]
    return scans


def test_scan_of_random_bytes_finds_nothing_and_writes_nothing(desk: Desk) -> None:
    ref = desk.register_asset(AssetInput("PCSC_READER", "DSC000123"))
    count = desk.count_assets()
    for text in _random_scans():
        assert desk.find_by_scan(text) is None, repr(text[:40])
    assert desk.find_by_scan(ref.asset_tag) == ref.id and desk.count_assets() == count


def test_main_window_copes_with_a_random_scan(qtbot, sqlite_desk: Desk) -> None:  # type: ignore[no-untyped-def]
    from sav_desktop.ui.main_window import MainWindow

    window = MainWindow(sqlite_desk)
    qtbot.addWidget(window)
    for text in _random_scans():
        assert window.open_scan(text, quiet=True) is False


@pytest.mark.parametrize("field", ["practice_name", "address", "city", "notes", "email", "phone"])
def test_absurdly_long_customer_field_is_refused(desk: Desk, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        desk.create_customer(customer_input(**{field: "x" * 100_000}))
    assert any(p.field.endswith(field) for p in info.value.problems), info.value
    assert desk.find_customers("x" * 10) == []


def test_absurdly_long_device_serial_and_ticket_problem(desk: Desk) -> None:
    with pytest.raises(ValidationError):
        desk.register_asset(AssetInput("PCSC_READER", "S" * 100_000))
    assert desk.count_assets() == 0


# --- every service entry, each bad value: refused naming the field, nothing written --------


TODAY = date(2026, 3, 16)
#: Refused in every text field (a newline only where the field is a single line).
BAD_TEXT = {"nul": "Cabinet\x00X", "demi-paire": "Cabinet\ud800X", "contrôle": "Cabinet\x07X",
            "échappement": "Cabinet\x1b[2J"}
NEWLINE = "Cabinet\nX"
BAD_MONEY = {"NaN": Decimal("NaN"), "infini": Decimal("Infinity"), "texte NaN": "NaN", "texte inf": "inf",
             "1e30": Decimal("1E+30"), "texte 1e30": "1e30", "cinq décimales": Decimal("1.23456"),
             "float nan": float("nan")}
BAD_DATES = {"9999-12-31": date(9999, 12, 31), "1900-01-01": date(1900, 1, 1), "1989-12-31": date(1989, 12, 31),
             "texte": "31/02/2026"}
RAW = ("sqlite3", "OperationalError", "IntegrityError", "Traceback", "psycopg")


class Base:
    """A world with one of everything a service entry needs."""

    def __init__(self, tmp_path: Path) -> None:
        self.w = World(tmp_path, TODAY)
        self.w.run(lambda u: users.ensure_user(u, "Marie", Role.ADMIN))
        self.customer = self.w.customer()
        self.rented = self.w.asset("MOVE5000_4G", date(2025, 1, 10))
        self.contract = self.w.contract(ContractKind.RENTAL, self.customer, (self.rented,), signed_on=date(2025, 1, 10),
                                        deposit=Decimal("300"), ended_on=date(2026, 1, 10))
        self.stock = self.w.asset()
        self.ticket = self.w.run(lambda u: tickets.open_ticket(u, self.rented, "écran noir"))
        self.item = self.w.run(lambda u: catalogue.add_item(u, "PSU", "Bloc secteur", ItemKind.ACCESSORY, "29"))
        sale_asset = self.w.asset()
        self.sale = self.w.contract(ContractKind.SALE, self.customer, (sale_asset,), signed_on=date(2025, 2, 1))
        self.sale_asset = sale_asset
        self.option = self.w.run(lambda u: contracts.subscribe_option(
            u, self.sale, sale_asset, OptionName.CONFORT, date(2025, 2, 1)))
        other = self.w.asset("MOVE5000_4G", date(2025, 1, 10))
        self.w.contract(ContractKind.RENTAL, self.customer, (other,), signed_on=date(2025, 1, 10))
        self.loss = self.w.run(lambda u: losses.declare_loss(u, other, "loss", date(2026, 3, 1)))

    def state(self) -> tuple[int, ...]:
        def counts(u: Any) -> tuple[int, ...]:
            return tuple(int(u.session.scalar(select(func.count()).select_from(m)) or 0)
                         for m in (AuditEntry, Customer, Asset, Contract, CatalogueItem, Setting, User))
        return self.w.read(counts)


def _customer(bad: object, field: str) -> CustomerInput:
    return CustomerInput(**{"practice_name": "Cabinet Durand", "city": "Lyon", field: bad})  # type: ignore[arg-type]


def _contract(b: Base, **kw: object) -> ContractInput:
    base: dict[str, Any] = dict(kind=ContractKind.RENTAL, customer_id=b.customer, asset_ids=(b.stock,),
                                signed_on=date(2026, 3, 1))
    base.update(kw)
    return ContractInput(**base)


def _settings(b: Base, u: Any, **kw: object) -> None:
    s = business_settings.read_settings(u)
    values: dict[str, Any] = dict(desk_phone=s.desk_phone, alsace_moselle=s.alsace_moselle,
                                  idle_lock_minutes=s.idle_lock_minutes, backup_folder=s.backup_folder,
                                  backup_count=s.backup_count)
    values.update(kw)
    business_settings.save_settings(u, **values)


Entry = Callable[[Base, Any, object], object]

#: (field named in the refusal, the call with the bad value); multi-line notes accept newlines.
TEXT_ENTRIES: dict[str, tuple[str, Entry, bool]] = {
    "client.nom": ("practice_name", lambda b, u, v: customers.create_customer(u, _customer(v, "practice_name")), False),
    "client.ville": ("city", lambda b, u, v: customers.create_customer(u, _customer(v, "city")), False),
    "client.adresse": ("address", lambda b, u, v: customers.create_customer(u, _customer(v, "address")), False),
    "client.notes": ("notes", lambda b, u, v: customers.create_customer(u, _customer(v, "notes")), True),
    "client.modif": ("practice_name", lambda b, u, v: customers.update_customer(
        u, b.customer, _customer(v, "practice_name"), 1), False),
    "matériel.version": ("firmware_version", lambda b, u, v: assets.register_asset(
        u, AssetInput("MOVE5000_WIFI", "SN77777777", firmware_version=v)), False),  # type: ignore[arg-type]
    "matériel.notes": ("notes", lambda b, u, v: assets.register_asset(
        u, AssetInput("MOVE5000_WIFI", "SN77777777", notes=v)), True),  # type: ignore[arg-type]
    "matériel.statut": ("reason", lambda b, u, v: assets.set_status(u, b.stock, AssetStatus.IN_REPAIR, v), False),  # type: ignore[arg-type]
    "contrat.assureur": ("insurer", lambda b, u, v: contracts.create_contract(u, _contract(b, insurer=v)), False),
    "contrat.notes": ("notes", lambda b, u, v: contracts.create_contract(u, _contract(b, notes=v)), True),
    "dossier.problème": ("problem", lambda b, u, v: tickets.open_ticket(u, b.stock, v), True),  # type: ignore[arg-type]
    "dossier.diagnostic": ("notes", lambda b, u, v: tickets.record_diagnosis(u, b.ticket, True, v), True),  # type: ignore[arg-type]
    "dossier.examen": ("notes", lambda b, u, v: tickets.inspect(u, b.ticket, notes=v), True),  # type: ignore[arg-type]
    "effacement.méthode": ("method", lambda b, u, v: wipes.record_wipe(u, b.stock, v, "Karim"), False),  # type: ignore[arg-type]
    "effacement.opérateur": ("operator", lambda b, u, v: wipes.record_wipe(u, b.stock, "logiciel", v), False),  # type: ignore[arg-type]
    "retour.notes": ("notes", lambda b, u, v: checkin.check_in_rental(u, b.rented, notes=v), True),  # type: ignore[arg-type]
    "perte.circonstances": ("circumstances", lambda b, u, v: losses.declare_loss(
        u, b.rented, "loss", date(2026, 3, 10), None, v), True),  # type: ignore[arg-type]
    "perte.lettre": ("letter_reference", lambda b, u, v: losses.record_letter(u, b.loss, date(2026, 3, 2), v), False),  # type: ignore[arg-type]
    "perte.plainte": ("complaint_reference", lambda b, u, v: losses.record_complaint(
        u, b.loss, v, date(2026, 3, 2)), False),  # type: ignore[arg-type]
    "perte.commissariat": ("police_office", lambda b, u, v: losses.record_complaint(
        u, b.loss, "PV-1", date(2026, 3, 2), v), False),  # type: ignore[arg-type]
    "catalogue.libellé": ("libelle", lambda b, u, v: catalogue.add_item(u, "CAB", v, ItemKind.ACCESSORY, "3"), False),  # type: ignore[arg-type]
    "catalogue.modif": ("libelle", lambda b, u, v: catalogue.update_item(u, b.item, v, "3", 1), False),  # type: ignore[arg-type]
    "tarif.nom": ("nom", lambda b, u, v: tariffs.add_version(u, v, date(2026, 6, 1), {}), False),  # type: ignore[arg-type]
    "compte.nom": ("utilisateur", lambda b, u, v: accounts.add_user(u, v, Role.ACCUEIL, "Vitale-2026!"), False),  # type: ignore[arg-type]
    "réglages.téléphone": ("telephone_sav", lambda b, u, v: _settings(b, u, desk_phone=v), False),
    "réglages.dossier": ("sauvegarde.dossier", lambda b, u, v: _settings(b, u, backup_folder=v), False),
}

MONEY_ENTRIES: dict[str, tuple[str, Entry]] = {
    "contrat.dépôt": ("deposit", lambda b, u, v: contracts.create_contract(u, _contract(b, deposit=v))),
    "catalogue.prix": ("prix_ht", lambda b, u, v: catalogue.add_item(u, "CAB", "Câble", ItemKind.ACCESSORY, v)),
    "catalogue.modif": ("prix_ht", lambda b, u, v: catalogue.update_item(u, b.item, "Bloc secteur", v, 1)),
    "tarif.prix": ("prix[ANALYSIS/FEE]", lambda b, u, v: tariffs.add_version(
        u, "06/2026", date(2026, 6, 1), {("ANALYSIS", PriceKind.FEE): v})),
}

DATE_ENTRIES: dict[str, tuple[str, Entry]] = {
    "matériel.mise_en_service": ("in_service_on", lambda b, u, v: assets.register_asset(
        u, AssetInput("MOVE5000_WIFI", "SN77777777", in_service_on=v))),  # type: ignore[arg-type]
    "contrat.signature": ("signed_on", lambda b, u, v: contracts.create_contract(u, _contract(b, signed_on=v))),
    "contrat.livraison": ("delivered_on", lambda b, u, v: contracts.create_contract(u, _contract(b, delivered_on=v))),
    "contrat.fin": ("ended_on", lambda b, u, v: contracts.create_contract(u, _contract(b, ended_on=v))),
    "option.souscription": ("option.subscribed_on", lambda b, u, v: contracts.subscribe_option(
        u, b.sale, b.sale_asset, OptionName.SERENITE, v)),  # type: ignore[arg-type]
    "option.résiliation": ("option.terminated_on", lambda b, u, v: contracts.terminate_option(u, b.option, v)),  # type: ignore[arg-type]
    "effacement": ("wiped_on", lambda b, u, v: wipes.record_wipe(u, b.stock, "logiciel", "Karim", v)),  # type: ignore[arg-type]
    "retour": ("returned_on", lambda b, u, v: checkin.check_in_rental(u, b.rented, returned_on=v)),  # type: ignore[arg-type]
    "perte.événement": ("event_on", lambda b, u, v: losses.declare_loss(u, b.rented, "loss", v)),  # type: ignore[arg-type]
    "perte.lettre": ("letter_sent_on", lambda b, u, v: losses.record_letter(u, b.loss, v, "1A 234")),  # type: ignore[arg-type]
    "perte.plainte": ("complaint_on", lambda b, u, v: losses.record_complaint(u, b.loss, "PV-1", v)),  # type: ignore[arg-type]
    "dossier.réception": ("received_on", lambda b, u, v: tickets.receive_device(u, b.ticket, v)),  # type: ignore[arg-type]
    "dossier.échange_reçu": ("received_on", lambda b, u, v: tickets.receive_faulty(u, b.ticket, v)),  # type: ignore[arg-type]
    "dossier.envoi_fabricant": ("sent_on", lambda b, u, v: tickets.send_to_maker(u, b.ticket, v)),  # type: ignore[arg-type]
    "tarif.date_effet": ("date_effet", lambda b, u, v: tariffs.add_version(u, "06/2026", v, {})),  # type: ignore[arg-type]
}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    return Base(tmp_path_factory.mktemp("bad"))


def _refused(b: Base, entry: Entry, value: object, field: str) -> None:
    before = b.state()
    with pytest.raises(ValidationError) as info:
        b.w.run(lambda u: entry(b, u, value))
    assert field in info.value.fields, (field, info.value.problems)
    problem = next(p for p in info.value.problems if p.field == field)
    assert problem.message and not any(raw in problem.message for raw in RAW), problem
    assert b.state() == before  # nothing written, not even an audit entry


@pytest.mark.parametrize("bad", list(BAD_TEXT), ids=list(BAD_TEXT))
@pytest.mark.parametrize("entry", list(TEXT_ENTRIES), ids=list(TEXT_ENTRIES))
def test_bad_text_is_refused_at_every_entry(base: Base, entry: str, bad: str) -> None:
    field, call, _multiline = TEXT_ENTRIES[entry]
    _refused(base, call, BAD_TEXT[bad], field)


@pytest.mark.parametrize("entry", [k for k, v in TEXT_ENTRIES.items() if not v[2]])
def test_newline_is_refused_in_single_line_fields(base: Base, entry: str) -> None:
    field, call, _multiline = TEXT_ENTRIES[entry]
    _refused(base, call, NEWLINE, field)


def test_multiline_notes_keep_newline_and_tab_and_are_nfc(base: Base) -> None:
    cid = base.w.run(lambda u: customers.create_customer(
        u, _customer("ligne 1\n\tligne 2 : cafe\u0301", "notes")))
    assert base.w.read(lambda u: customers.get_customer(u, cid)).notes == "ligne 1\n\tligne 2 : café"


@pytest.mark.parametrize("bad", list(BAD_MONEY), ids=list(BAD_MONEY))
@pytest.mark.parametrize("entry", list(MONEY_ENTRIES), ids=list(MONEY_ENTRIES))
def test_bad_money_is_refused_at_every_entry(base: Base, entry: str, bad: str) -> None:
    field, call = MONEY_ENTRIES[entry]
    _refused(base, call, BAD_MONEY[bad], field)


@pytest.mark.parametrize("bad", list(BAD_DATES), ids=list(BAD_DATES))
@pytest.mark.parametrize("entry", list(DATE_ENTRIES), ids=list(DATE_ENTRIES))
def test_dates_out_of_range_are_refused_at_every_entry(base: Base, entry: str, bad: str) -> None:
    field, call = DATE_ENTRIES[entry]
    _refused(base, call, BAD_DATES[bad], field)


def test_call_time_far_in_the_future_is_refused(base: Base) -> None:
    _refused(base, lambda b, u, v: tickets.open_ticket(u, b.stock, "écran noir", v),  # type: ignore[arg-type]
             datetime(9999, 12, 31, 10, tzinfo=timezone.utc), "reported_at")


@pytest.mark.parametrize("text", list(BAD_TEXT.values()) + ["\x00", "\ud83d", "A\x7fB"])
def test_searches_with_bad_text_find_nothing(base: Base, text: str) -> None:
    assert base.w.read(lambda u: assets.search_assets(u, text)) == []
    assert base.w.read(lambda u: customers.find_customers(u, text)) == []
    assert base.w.read(lambda u: assets.find_by_scan(u, text)) is None
    assert base.w.read(lambda u: assets.search_assets(u, "SN"))  # the same search, clean, finds devices


def test_searches_with_bad_text_find_nothing_on_each_database(desk: Desk) -> None:
    """PostgreSQL refuses a NUL in a query outright: the services must not even send it."""
    ref = desk.register_asset(AssetInput("PCSC_READER", "DSC000123"))
    desk.create_customer(customer_input())
    for text in list(BAD_TEXT.values()) + ["\x00", "\ud83d", "DSC\x00000123", "Dupont\ud800"]:
        assert desk.search_assets(text) == [], repr(text)
        assert desk.find_customers(text) == [], repr(text)
        assert desk.find_by_scan(text) is None, repr(text)
    assert [r.id for r in desk.search_assets("DSC000")] == [ref.id] and desk.find_customers("Dupont")
