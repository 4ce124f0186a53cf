"""Store and services on a real database: SQLite file, and PostgreSQL when configured."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from sav_desktop.domain.enums import AssetStatus, ContractKind, OptionName
from sav_desktop.domain.errors import ConflictError, ValidationError
from sav_desktop.domain.records import AssetInput, ContractInput, OptionInput, PractitionerInput
from sav_desktop.store.models import Asset, AuditEntry, Customer, Practitioner, TariffPrice, TariffVersion
from tests.conftest import RENTAL_TERMS, SALE_TERMS, customer_input, valid_iccid, valid_rpps


def count(db, model) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def test_migrations_seed_catalogue_and_tariff_2025(db):
    with db.session_factory() as s:
        version = s.scalars(select(TariffVersion)).one()
        assert (version.name, version.effective_on) == ("01/2025", date(2025, 1, 1))
        prices = {(p.item_code, p.price_kind): p.amount_ht for p in version.prices}
    assert prices[("MOVE5000_4G", "REPLACEMENT_LT2")] == Decimal("876.333")
    assert prices[("NEO", "REPLACEMENT_GE2")] == Decimal("137.500")
    assert prices[("ANALYSIS", "FEE")] == Decimal("87.083")
    assert isinstance(prices[("REPAIR_SOCLE", "FEE")], Decimal)
    assert count(db, TariffPrice) == 35


def test_customer_with_invalid_rpps_is_refused_by_field_and_nothing_written(desk, db):
    bad = customer_input(practitioners=(PractitionerInput("Jean Dupont", rpps="10003544395"),))
    before = (count(db, Customer), count(db, AuditEntry))
    with pytest.raises(ValidationError) as err:
        desk.create_customer(bad)
    assert err.value.fields == ["practitioners[0].rpps"]
    assert "RPPS" in str(err.value)
    assert (count(db, Customer), count(db, AuditEntry)) == before


@pytest.mark.parametrize(
    ("field", "value"),
    [("siret", "73282932000075"), ("siret", "1234"), ("email", "pas-un-mail"), ("phone", "12"), ("finess", "ABC")],
)
def test_customer_bad_identifier_names_the_field(desk, db, field, value):
    with pytest.raises(ValidationError) as err:
        desk.create_customer(customer_input(**{field: value}))
    assert err.value.fields == [field]
    assert count(db, Customer) == 0


def test_practitioner_needs_rpps_or_adeli_and_adeli_is_nine_digits(desk):
    with pytest.raises(ValidationError) as err:
        desk.create_customer(customer_input(practitioners=(PractitionerInput("A B", adeli="12345"),)))
    assert err.value.fields == ["practitioners[0].adeli"]
    with pytest.raises(ValidationError) as err:
        desk.create_customer(customer_input(practitioners=(PractitionerInput("A B"),)))
    assert err.value.fields == ["practitioners[0].rpps"]
    cid = desk.create_customer(customer_input(practitioners=(PractitionerInput("A B", adeli="751234567"),)))
    assert desk.get_customer(cid).practitioners[0].adeli == "751234567"


def test_siret_of_la_poste_uses_its_own_key(desk):
    # La Poste's establishments (SIREN 356 000 000): digit sum divisible by 5, not Luhn.
    cid = desk.create_customer(customer_input(siret="35600000000048"))
    assert desk.get_customer(cid).siret == "35600000000048"


def test_duplicate_serial_for_a_model_is_refused_and_nothing_written(desk, db):
    first = desk.register_asset(AssetInput("IWL250", "24071ct123"))
    assert first.serial == "24071CT123"
    before = (count(db, Asset), count(db, AuditEntry))
    with pytest.raises(ValidationError) as err:
        desk.register_asset(AssetInput("IWL250", " 24071CT123 "))
    assert err.value.fields == ["serial"]
    assert first.asset_tag in str(err.value)
    assert (count(db, Asset), count(db, AuditEntry)) == before
    # The same serial on another model is another device.
    desk.register_asset(AssetInput("NEO", "24071CT123"))


def test_iccid_only_on_sim_models_and_checked(desk):
    with pytest.raises(ValidationError) as err:
        desk.register_asset(AssetInput("IWL250", "S1", iccid=valid_iccid(1)))
    assert err.value.fields == ["serial", "iccid"]  # "S1" is too short, and an IWL250 has no SIM
    with pytest.raises(ValidationError) as err:
        good = valid_iccid(1)
        desk.register_asset(AssetInput("MOVE5000_4G", "S100", iccid=good[:-1] + str((int(good[-1]) + 1) % 10)))
    assert "iccid" in err.value.fields
    ref = desk.register_asset(AssetInput("MOVE5000_4G", "S100", iccid=valid_iccid(1)))
    assert desk.asset_detail(ref.id).iccid == valid_iccid(1)


def test_asset_tag_is_generated_unique_and_checked(desk):
    from sav_desktop.domain.identifiers import is_valid_tag

    tags = {desk.register_asset(AssetInput("NEO", f"NEO{i:04d}")).asset_tag for i in range(30)}
    assert len(tags) == 30
    assert all(len(t) == 7 and is_valid_tag(t) for t in tags)


def _sale(desk, option_on=None):
    cid = desk.create_customer(customer_input())
    ref = desk.register_asset(AssetInput("MOVE5000_WIFI", "M5W0001", in_service_on=date(2025, 1, 15)))
    options = (OptionInput(OptionName.SERENITE, option_on, asset_id=ref.id),) if option_on else ()
    kid = desk.create_contract(ContractInput(ContractKind.SALE, cid, date(2025, 1, 10), (ref.id,), **SALE_TERMS,
                                             delivered_on=date(2025, 1, 15), options=options))
    return cid, ref, kid


def test_sale_sets_status_contract_options_and_warranty_end(desk):
    cid, ref, kid = _sale(desk, option_on=date(2025, 1, 10))
    d = desk.asset_detail(ref.id)
    assert d.status == AssetStatus.SOLD
    assert d.contract is not None and d.contract.number.startswith("V2025-")
    assert d.warranty_end == date(2026, 1, 14)  # delivered + 12 months - 1 day
    assert [o.name for o in d.contract.options] == ["SERENITE"]


def test_contract_refuses_device_not_in_stock_and_rental_options_other_than_serenite(desk, db):
    cid, ref, _ = _sale(desk)
    with pytest.raises(ValidationError) as err:
        desk.create_contract(ContractInput(ContractKind.RENTAL, cid, date(2025, 2, 1), (ref.id,), **RENTAL_TERMS))
    assert err.value.fields == ["asset_ids[0]"]
    other = desk.register_asset(AssetInput("NEO", "NEO1"))
    with pytest.raises(ValidationError) as err:
        desk.create_contract(ContractInput(ContractKind.RENTAL, cid, date(2025, 2, 1), (other.id,), **RENTAL_TERMS,
                                           options=(OptionInput(OptionName.CONFORT, date(2025, 2, 1)),)))
    assert err.value.problems[0].rule == "R-41"
    assert desk.asset_detail(other.id).status == AssetStatus.IN_STOCK


def test_every_change_is_on_the_timeline_with_the_users_name(db):
    from sav_desktop.services.desk import Desk
    from tests.conftest import fixed_clock

    marie = Desk.trusted(db, "Marie Lefort", clock=fixed_clock)
    karim = Desk.trusted(db, "Karim Benali", clock=fixed_clock)
    ref = marie.register_asset(AssetInput("VITALACT_3S", "VA3001"))
    d = karim.asset_detail(ref.id)
    karim.update_asset(ref.id, AssetInput("VITALACT_3S", "VA3001", firmware_version="3.2.1"), d.version)
    timeline = karim.asset_detail(ref.id).timeline
    assert [(e.user_name, e.action) for e in timeline] == [("Karim Benali", "update"), ("Marie Lefort", "create")]
    assert "version logicielle" in timeline[0].summary
    with db.session_factory() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "update")).one()
    assert '"3.2.1"' in entry.after_json and entry.before_json is not None


def test_stale_edit_is_refused_not_overwritten(db):
    from sav_desktop.services.desk import Desk

    one, two = Desk.trusted(db, "Poste 1"), Desk.trusted(db, "Poste 2")
    ref = one.register_asset(AssetInput("NEO", "NEO77"))
    v = one.asset_detail(ref.id).version
    one.update_asset(ref.id, AssetInput("NEO", "NEO77", notes="écran rayé"), v)
    with pytest.raises(ConflictError):
        two.update_asset(ref.id, AssetInput("NEO", "NEO77", notes="autre"), v)
    assert one.asset_detail(ref.id).notes == "écran rayé"


def test_sqlite_pragmas_wal_and_foreign_keys(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_upgrade_copies_a_sqlite_file_aside_first(tmp_path):
    from sav_desktop.store.db import make_engine, upgrade

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    from alembic import command

    from sav_desktop.store.db import alembic_config

    with engine.connect() as conn:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    copy = upgrade(engine, url)
    engine.dispose()
    assert copy is not None and copy.exists() and "avant-0002" in copy.name
    assert upgrade(make_engine(url), url) is None  # already at head: no copy


def test_customer_update_changes_practitioners_and_is_audited(desk, db):
    cid = desk.create_customer(customer_input())
    c = desk.get_customer(cid)
    desk.update_customer(cid, customer_input(practitioners=(
        PractitionerInput("Jean Dupont", rpps=valid_rpps(1)), PractitionerInput("Léa Martin", rpps=valid_rpps(2)))), c.version)
    assert [p.full_name for p in desk.get_customer(cid).practitioners] == ["Jean Dupont", "Léa Martin"]
    assert count(db, Practitioner) == 2


def test_newest_migration_file_is_alembics_head(sqlite_url):
    from sav_desktop.store.db import head_revision, newest_migration_id

    assert newest_migration_id() == head_revision(sqlite_url)


def test_customer_edit_shows_on_the_timelines_of_its_devices(desk):
    cid, ref, _ = _sale(desk)
    c = desk.get_customer(cid)
    desk.update_customer(cid, customer_input(phone="01 23 45 67 89"), c.version)
    entry = desk.asset_detail(ref.id).timeline[0]
    assert (entry.user_name, entry.action) == ("Marie Lefort", "customer_update")
    assert "téléphone" in entry.summary


def _sale_and_rental(desk):
    cid = desk.create_customer(customer_input())
    sold = desk.register_asset(AssetInput("IWL250", "IWL9001"))
    rented = desk.register_asset(AssetInput("NEO", "NEO9001", in_service_on=date(2025, 3, 1)))
    sale = desk.create_contract(ContractInput(ContractKind.SALE, cid, date(2025, 1, 31), (sold.id,), **SALE_TERMS))
    rental = desk.create_contract(ContractInput(ContractKind.RENTAL, cid, date(2025, 3, 1), (rented.id,),
                                                **{**RENTAL_TERMS, "deposit": Decimal("150")}))
    return sold, rented, sale, rental


def test_R40_option_on_a_sale_within_three_months_inclusive(desk, db):
    sold, _, sale, _ = _sale_and_rental(desk)
    before = count(db, AuditEntry)
    with pytest.raises(ValidationError) as err:
        desk.subscribe_option(sale, sold.id, OptionName.CONFORT, date(2025, 5, 1))  # 31/01 + 3 months = 30/04
    assert err.value.fields == ["option.subscribed_on"] and err.value.problems[0].rule == "R-40"
    assert count(db, AuditEntry) == before
    desk.subscribe_option(sale, sold.id, OptionName.CONFORT, date(2025, 4, 30))
    timeline = desk.asset_detail(sold.id).timeline
    assert "CONFORT souscrite le 30/04/2025" in timeline[0].summary


def test_R43_termination_is_final_for_the_device(desk):
    sold, _, sale, _ = _sale_and_rental(desk)
    option_id = desk.subscribe_option(sale, sold.id, OptionName.ECHANGE_STANDARD, date(2025, 2, 1))
    desk.terminate_option(option_id, date(2025, 3, 1))
    with pytest.raises(ValidationError) as err:
        desk.subscribe_option(sale, sold.id, OptionName.SERENITE, date(2025, 3, 15))
    assert "R-43" in {p.rule for p in err.value.problems}
    assert "définitif (R-43)" in desk.asset_detail(sold.id).timeline[0].summary


def test_R41_rental_takes_only_serenite_within_twelve_months(desk):
    _, rented, _, rental = _sale_and_rental(desk)
    with pytest.raises(ValidationError) as err:
        desk.subscribe_option(rental, None, OptionName.CONFORT, date(2025, 4, 1))
    assert err.value.problems[0].rule == "R-41"
    with pytest.raises(ValidationError) as err:
        desk.subscribe_option(rental, None, OptionName.SERENITE, date(2026, 3, 2))
    assert err.value.problems[0].rule == "R-41"
    desk.subscribe_option(rental, None, OptionName.SERENITE, date(2026, 3, 1))
    assert [o.name for o in desk.asset_detail(rented.id).contract.options] == ["SERENITE"]


def test_R40_window_also_checked_when_the_contract_is_created(desk, db):
    cid = desk.create_customer(customer_input())
    ref = desk.register_asset(AssetInput("IWL250", "IWL9002"))
    with pytest.raises(ValidationError) as err:
        desk.create_contract(ContractInput(ContractKind.SALE, cid, date(2025, 1, 10), (ref.id,), **SALE_TERMS, options=(
            OptionInput(OptionName.SERENITE, date(2025, 4, 11), asset_id=ref.id),)))
    assert err.value.fields == ["options[0].subscribed_on"] and err.value.problems[0].rule == "R-40"
    assert desk.asset_detail(ref.id).status == AssetStatus.IN_STOCK


def test_customer_name_search_index_follows_inserts_updates_and_deletes(sqlite_desk, sqlite_db):
    from sav_desktop.services.desk import Desk
    from sav_desktop.store.db import open_database

    assert sqlite_db.has_name_index
    d = sqlite_desk
    cid = d.create_customer(customer_input("Cabinet de podologie Éloïse Fabre"))
    ref = d.register_asset(AssetInput("NEO", "NEO5555"))
    d.create_contract(ContractInput(ContractKind.SALE, cid, date(2025, 1, 2), (ref.id,), **SALE_TERMS))
    assert [r.serial for r in d.search_assets("eloise fab")] == ["NEO5555"]
    c = d.get_customer(cid)
    d.update_customer(cid, customer_input("Cabinet de podologie Martin"), c.version)
    assert d.search_assets("fabre") == []
    assert [r.serial for r in d.search_assets("podologie mar")] == ["NEO5555"]
    # A database file opened again keeps the index (made once, then kept by triggers).
    again = open_database(sqlite_db.url)
    assert again.has_name_index
    assert [r.serial for r in Desk.trusted(again, "x").search_assets("MARTIN")] == ["NEO5555"]
    again.dispose()


def test_search_warm_up_runs_every_statement_shape(desk):
    from sav_desktop.services.assets import WARM_UP_QUERIES

    _sale(desk)
    desk.warm_up()  # raises if one shape of statement is broken on this database
    assert len(set(WARM_UP_QUERIES)) == len(WARM_UP_QUERIES)


@pytest.mark.parametrize("dense", [False, True], ids=["few-customers", "most-customers"])
def test_a_two_letter_name_prefix_finds_the_devices_of_those_customers(desk, monkeypatch, dense):
    """Two letters typed ("ca" of "Cabinet"): the devices on a contract of the customers whose
    name starts with them, newest first; the same answer whether few customers match (customers
    -> contracts -> lines) or most do (the lines walked, each customer checked in place)."""
    from sav_desktop.services import assets

    if dense:
        monkeypatch.setattr(assets, "_sparse_cap", lambda *_args: 0)
    on_contract = []
    for n, name in enumerate(("Cabinet du Dr Caron", "Cabinet infirmier Roux", "Docteur Carla Petit",
                              "Centre de santé Sud"), start=1):
        cid = desk.create_customer(customer_input(name, n))
        ref = desk.register_asset(AssetInput("PCSC_READER", f"DSC70{n}"))
        desk.create_contract(ContractInput(ContractKind.SALE, cid, date(2025, 1, n), (ref.id,), **SALE_TERMS))
        on_contract.append((name, ref.id))
    desk.register_asset(AssetInput("NEO", "NEO700001"))  # in stock: no customer
    expected = sorted((i for name, i in on_contract if name.upper().startswith("CA")), reverse=True)
    assert [r.id for r in desk.search_assets("ca")] == expected
    assert [r.id for r in desk.search_assets("Ca")] == expected
    assert [r.id for r in desk.search_assets("ce")] == [on_contract[3][1]]
    assert desk.search_assets("c_") == []  # an underscore is a character here, not a wildcard


@pytest.mark.parametrize("way", ["sparse", "list", "inplace"])
def test_a_name_finds_the_same_devices_whichever_way_the_count_chooses(desk, monkeypatch, way):
    """A name of three letters and more: few customers matching (customers -> contracts ->
    lines), more (the lines walked against the list of them) or most (each line's customer
    checked in place): the same devices, newest first; an _ typed is a character."""
    from sav_desktop.services import assets

    if way != "sparse":
        monkeypatch.setattr(assets, "_sparse_cap", lambda *_args: 0)
    if way == "inplace":
        monkeypatch.setattr(assets, "_list_cap", lambda *_args: 0)
    seen: list[str] = []
    monkeypatch.setattr(assets, "STATEMENT_OBSERVERS", [lambda sql, _params: seen.append(sql)])
    on_contract = []
    for n, name in enumerate(("Cabinet Garnier", "Centre Garnier-Roux", "Docteur Petit", "Garni Santé"), start=1):
        cid = desk.create_customer(customer_input(name, n))
        ref = desk.register_asset(AssetInput("PCSC_READER", f"DSC71{n}"))
        desk.create_contract(ContractInput(ContractKind.SALE, cid, date(2025, 1, n), (ref.id,), **SALE_TERMS))
        on_contract.append((name, ref.id))
    expected = sorted((i for name, i in on_contract if "GARNI" in name.upper()), reverse=True)
    seen.clear()
    assert [r.id for r in desk.search_assets("garni")] == expected
    page = seen[-1]
    assert ("LIKE" in page and "EXISTS" in page) if way == "inplace" else True
    assert [r.id for r in desk.search_assets("Garnier")] == sorted(
        (i for name, i in on_contract if "GARNIER" in name.upper()), reverse=True)
    assert desk.search_assets("arn_") == []  # an underscore is a character here, not a wildcard


def test_a_read_and_the_session_it_makes_later_share_one_transaction(desk, db):
    """A read runs on a plain connection (services.uow.connection); an ORM session it makes
    later joins that connection's transaction: one snapshot, one connection, none left in a
    transaction. On SQLite the connection is kept for the next read (store.db.ReadConnections),
    which begins a new snapshot on it; a read that failed closes its own; dispose closes them."""
    from sav_desktop.services.uow import UnitOfWork

    desk.create_customer(customer_input())
    pool = db.engine.pool
    sqlite = db.engine.dialect.name == "sqlite"
    with UnitOfWork(db, "Marie Lefort", write=False) as uow:
        conn = uow.connection()
        before = conn.execute(select(func.count()).select_from(Customer)).scalar_one()
        if sqlite:  # WAL: the read's snapshot holds from its first read
            desk.create_customer(customer_input("Cabinet du Port", n=2))
            seen = uow.session.scalar(select(func.count()).select_from(Customer))
            assert seen == before == 1  # the other write is not in this read's snapshot
        assert uow.session.connection() is conn
    assert not conn.in_transaction()
    assert pool.checkedout() == (1 if sqlite else 0) == db.reads.kept
    with UnitOfWork(db, "Marie Lefort", write=False) as uow:  # the kept connection, a new snapshot
        assert (uow.connection() is conn) is sqlite
        assert uow.connection().execute(select(func.count()).select_from(Customer)).scalar_one() == (
            2 if sqlite else 1)
    with UnitOfWork(db, "Marie Lefort") as uow:  # a write: its session's connection
        assert uow.connection() is uow.session.connection()
    assert pool.checkedout() == db.reads.kept
    with pytest.raises(ZeroDivisionError):
        with UnitOfWork(db, "Marie Lefort", write=False) as uow:
            failed = uow.connection()
            1 / 0
    assert failed.closed and pool.checkedout() == db.reads.kept == 0  # the failed read's own: closed
    with UnitOfWork(db, "Marie Lefort", write=False) as uow:
        uow.connection()
    db.dispose()
    assert pool.checkedout() == db.reads.kept == 0


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_search_while_another_station_locks_the_tables_is_refused_in_french(db_url, monkeypatch):
    """The search and the permission check run as SQL text on the driver's cursor: a table
    another station holds locked past the wait (PostgreSQL's lock_timeout; a migration's
    ALTER TABLE takes such a lock) is still "la base est occupée", never the driver's
    English, and the search works again once the lock is gone. The app sets that wait itself
    (its busy timeout): nothing waits for ever. (On SQLite in WAL mode a read is never
    blocked by another station.)"""
    import psycopg
    from sqlalchemy.engine import make_url

    from sav_desktop.domain.errors import BusyError
    from sav_desktop.services.desk import Desk
    from sav_desktop.store.db import open_database

    from sav_desktop.store import db as store_db

    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 300)  # the app's own wait for a lock: 0.3 s
    database = open_database(db_url)
    try:
        desk = Desk.trusted(database, "Marie Lefort")
        desk.register_asset(AssetInput("PCSC_READER", "DSC990001"))
        assert [r.serial for r in desk.search_assets("DSC99")] == ["DSC990001"]
        holder = psycopg.connect(make_url(db_url).set(drivername="postgresql").render_as_string(hide_password=False))
        try:
            for table_name in ("users", "assets"):
                holder.execute(f"LOCK TABLE {table_name} IN ACCESS EXCLUSIVE MODE")
            with pytest.raises(BusyError) as info:
                desk.search_assets("DSC99")
            assert str(info.value) == "la base est occupée par un autre poste, réessayez"
        finally:
            holder.rollback()
            holder.close()
        assert [r.serial for r in desk.search_assets("DSC99")] == ["DSC990001"]
    finally:
        database.dispose()
