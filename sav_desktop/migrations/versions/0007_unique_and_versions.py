"""Uniqueness as constraints (customer SIRET, SIM ICCID), a version on catalogue items

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

Until now the services checked that a SIRET or an ICCID was not taken, which two stations
saving at the same moment could both pass. The indexes become UNIQUE. A base that already
holds the same SIRET on several customers (or the same ICCID on several devices) is
deduplicated without losing anything: the oldest record keeps the value; on the others the
column is emptied and the value is written into their notes, with the record it duplicates,
so that someone can check and correct them; each change is in the audit trail (user
"migration 0007"). Catalogue items get the version column the optimistic check needs.
"""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

from sav_desktop.store.audit_chain import chain_head, lock_chain, seal_rows

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

WHO = "migration 0007"


def _dedupe(conn: sa.engine.Connection, table: str, column: str, entity: str, label: str, subject: str) -> None:
    t = sa.table(table, sa.column("id"), sa.column(column), sa.column("notes"), sa.column("version"))
    dupes = conn.execute(
        sa.select(t.c[column]).where(t.c[column].is_not(None)).group_by(t.c[column]).having(sa.func.count() > 1)
    ).scalars().all()
    if not dupes:
        return
    lock_chain(conn)
    audit = sa.table(
        "audit_log", *(sa.column(c) for c in (
            "at", "user_name", "entity", "entity_id", "action", "summary", "before_json", "after_json",
            "asset_id", "prev_hash", "hash"))
    )
    now = datetime.now(timezone.utc)
    rows = []
    for value in dupes:
        ids = conn.execute(sa.select(t.c.id).where(t.c[column] == value).order_by(t.c.id)).scalars().all()
        keeper, others = ids[0], ids[1:]
        for other in others:
            notes = conn.execute(sa.select(t.c.notes).where(t.c.id == other)).scalar() or ""
            remark = (f"[{WHO}] {label} {value} retiré de cette fiche : c'est déjà celui "
                      f"{subject} n° {keeper}. Vérifiez et corrigez.")
            conn.execute(
                t.update().where(t.c.id == other).values(
                    {column: None, "notes": (notes + "\n" if notes else "") + remark, "version": t.c.version + 1}
                )
            )
            rows.append({
                "at": now, "user_name": WHO, "entity": entity, "entity_id": str(other), "action": "dedupe",
                "summary": remark, "before_json": f'{{"{column}": "{value}"}}', "after_json": f'{{"{column}": null}}',
                "asset_id": other if table == "assets" else None,
            })
    seal_rows(chain_head(conn), rows)
    conn.execute(audit.insert(), rows)


def upgrade() -> None:
    conn = op.get_bind()
    _dedupe(conn, "customers", "siret", "customer", "SIRET", "du client")
    _dedupe(conn, "assets", "iccid", "asset", "ICCID", "du matériel")
    op.drop_index("ix_customers_siret", table_name="customers")
    op.create_index("ix_customers_siret", "customers", ["siret"], unique=True)
    op.drop_index("ix_assets_iccid", table_name="assets")
    op.create_index("ix_assets_iccid", "assets", ["iccid"], unique=True)
    with op.batch_alter_table("catalogue_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("catalogue_items", schema=None) as batch_op:
        batch_op.drop_column("version")
    op.drop_index("ix_assets_iccid", table_name="assets")
    op.create_index("ix_assets_iccid", "assets", ["iccid"], unique=False)
    op.drop_index("ix_customers_siret", table_name="customers")
    op.create_index("ix_customers_siret", "customers", ["siret"], unique=False)
