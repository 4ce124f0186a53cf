"""Seed the catalogue models and the 01/2025 price list (RULES.md section 1).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

The data comes from sav_desktop.domain.catalogue, whose MODELS and TARIFF_2025_01 are the
published 01/2025 list and are never edited: a new price list is a new Tariff constant and a
new migration (or an administrator's entry), never a change to this one.
Accessories and consumables have no built-in price: the administrator enters them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sav_desktop.domain.catalogue import MODELS, TARIFF_2025_01
from sav_desktop.domain.money import to_thousandths

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

models = sa.table(
    "catalogue_models",
    sa.column("code", sa.String),
    sa.column("maker", sa.String),
    sa.column("label", sa.String),
    sa.column("repair_category", sa.String),
    sa.column("has_sim", sa.Boolean),
    sa.column("is_terminal", sa.Boolean),
)
versions = sa.table(
    "tariff_versions",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("effective_on", sa.Date),
)
prices = sa.table(
    "tariff_prices",
    sa.column("tariff_id", sa.Integer),
    sa.column("item_code", sa.String),
    sa.column("price_kind", sa.String),
    sa.column("amount_ht", sa.BigInteger),
)


def upgrade() -> None:
    op.bulk_insert(
        models,
        [
            {
                "code": m.code,
                "maker": m.maker,
                "label": m.label,
                "repair_category": m.repair_category.value if m.repair_category else None,
                "has_sim": m.has_sim,
                "is_terminal": m.is_terminal,
            }
            for m in MODELS
        ],
    )
    t = TARIFF_2025_01
    op.bulk_insert(versions, [{"id": 1, "name": t.name, "effective_on": t.effective_on}])
    rows = [
        {"tariff_id": 1, "item_code": code, "price_kind": "FEE", "amount_ht": to_thousandths(v)}
        for code, v in t.fees.items()
    ]
    rows += [
        {"tariff_id": 1, "item_code": code, "price_kind": "REPLACEMENT_LT2", "amount_ht": to_thousandths(v)}
        for code, v in t.replacement_lt2.items()
    ]
    rows += [
        {"tariff_id": 1, "item_code": code, "price_kind": "REPLACEMENT_GE2", "amount_ht": to_thousandths(v)}
        for code, v in t.replacement_ge2.items()
    ]
    op.bulk_insert(prices, rows)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("SELECT setval('tariff_versions_id_seq', (SELECT max(id) FROM tariff_versions))")


def downgrade() -> None:
    op.execute("DELETE FROM tariff_prices WHERE tariff_id = 1")
    op.execute("DELETE FROM tariff_versions WHERE id = 1")
    op.execute("DELETE FROM catalogue_models")
