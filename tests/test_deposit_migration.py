"""Migration 0008 (R-50 Decision): ``deposit_ht`` becomes ``deposit`` in euros on contracts and
check-ins, and a check-in's settlement columns hold euros (kept, refund, balance TTC).

A real SQLite file: a rental checked in at head, taken back to 0007 (the old columns, with old
HT-era values written into them), then upgraded again by the application's start-up path.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from sav_desktop.domain.enums import ContractKind
from sav_desktop.services import checkin
from sav_desktop.store.db import sqlite_foreign_keys, alembic_config, make_engine, open_database, upgrade

from sav_desktop.services import users

from .workflow_support import World


def test_0008_renames_the_deposit_and_converts_the_stored_values(tmp_path: Path, db_url: str) -> None:
    world = World(tmp_path, date(2025, 3, 7))
    if not db_url.startswith("sqlite"):  # the same on PostgreSQL
        world.db.dispose()
        world.db = open_database(db_url)
        world.run(lambda u: users.ensure_user(u, "Marie"))  # the acting account on that base too
    customer = world.customer()
    asset = world.asset("MOVE5000_WIFI", date(2024, 6, 1))
    contract = world.contract(ContractKind.RENTAL, customer, (asset,), signed_on=date(2024, 6, 1),
                              ended_on=date(2025, 2, 28), deposit=D("300.00"))
    view = world.run(lambda u: checkin.check_in_rental(u, asset, damage=["BREAKAGE"]))
    world.db.dispose()

    url = f"sqlite:///{tmp_path / 'x.sqlite3'}" if db_url.startswith("sqlite") else db_url
    engine = make_engine(url)
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            sqlite_foreign_keys(conn, False)
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007")
        conn.commit()
    with engine.begin() as conn:
        assert "deposit_ht" in {c["name"] for c in inspect(conn).get_columns("contracts")}
        # What the HT-era code stored: a deposit with a stray thousandth, a settlement in HT
        # (440.000 HT of charges against 300: 300 kept, 140.000 HT billed as 168.00 TTC).
        conn.execute(text("UPDATE contracts SET deposit_ht = 299995 WHERE id = :id"), {"id": contract})
        conn.execute(text("UPDATE check_ins SET deposit_ht = 299995, deducted_ht = 300000, refund_ht = 4, "
                          "balance_ht = 140000 WHERE id = :id"), {"id": view.id})

    upgrade(engine, url)  # the start-up path (foreign keys off for the batch copies)
    with engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("contracts")}
        assert "deposit" in columns and "deposit_ht" not in columns
        check_in_columns = {c["name"] for c in inspect(conn).get_columns("check_ins")}
        assert {"deposit", "kept", "refund", "balance_ttc"} <= check_in_columns
        assert not {"deposit_ht", "deducted_ht", "refund_ht", "balance_ht"} & check_in_columns
        assert conn.execute(text("SELECT deposit FROM contracts WHERE id = :id"), {"id": contract}).scalar() == 300000
        row = conn.execute(text("SELECT deposit, kept, refund, balance_ttc FROM check_ins WHERE id = :id"),
                           {"id": view.id}).one()
        # deposit and sums paid rounded to the cent; the balance is the TTC that was billed.
        assert tuple(row) == (300000, 300000, 0, 168000)
        if sqlite:
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
    engine.dispose()
