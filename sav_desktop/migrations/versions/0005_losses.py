"""Losses, thefts, destructions (R-62) with their replacement price (R-61); SERENITE benefits
given (R-44, R-45); contract date indexes for today's desk

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24

Money columns are integer thousandths of a euro (sav_desktop.store.types.Money).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "loss_declarations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("event_on", sa.Date(), nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.Column("circumstances", sa.Text(), nullable=False),
        sa.Column("letter_sent_on", sa.Date(), nullable=True),
        sa.Column("letter_reference", sa.String(length=60), nullable=False),
        sa.Column("complaint_reference", sa.String(length=60), nullable=False),
        sa.Column("complaint_on", sa.Date(), nullable=True),
        sa.Column("police_office", sa.String(length=200), nullable=False),
        sa.Column("previous_status", sa.String(length=30), nullable=False),
        sa.Column("decision", sa.String(length=30), nullable=False),
        sa.Column("rules", sa.String(length=200), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("tariff_name", sa.String(length=40), nullable=False),
        sa.Column("total_ht", sa.BigInteger(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["asset_id"], ["assets.id"], name=op.f("fk_loss_declarations_asset_id_assets")),
        sa.ForeignKeyConstraint(["contract_id"], ["contracts.id"],
                                name=op.f("fk_loss_declarations_contract_id_contracts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loss_declarations")),
        sa.UniqueConstraint("number", name=op.f("uq_loss_declarations_number")),
    )
    with op.batch_alter_table("loss_declarations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loss_declarations_asset_id"), ["asset_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_loss_declarations_contract_id"), ["contract_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_loss_declarations_state"), ["state"], unique=False)

    op.create_table(
        "loss_charges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("loss_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("amount_ht", sa.BigInteger(), nullable=False),
        sa.Column("rule", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["loss_id"], ["loss_declarations.id"],
                                name=op.f("fk_loss_charges_loss_id_loss_declarations"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loss_charges")),
    )
    with op.batch_alter_table("loss_charges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loss_charges_loss_id"), ["loss_id"], unique=False)

    op.create_table(
        "benefit_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=True),
        sa.Column("event", sa.String(length=40), nullable=False),
        sa.Column("used_on", sa.Date(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["asset_id"], ["assets.id"], name=op.f("fk_benefit_records_asset_id_assets")),
        sa.ForeignKeyConstraint(["contract_id"], ["contracts.id"],
                                name=op.f("fk_benefit_records_contract_id_contracts")),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], name=op.f("fk_benefit_records_ticket_id_tickets")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_benefit_records")),
    )
    with op.batch_alter_table("benefit_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_benefit_records_asset_id"), ["asset_id"], unique=False)

    op.create_index("ix_contracts_kind_ended_on", "contracts", ["kind", "ended_on"], unique=False)
    op.create_index("ix_contracts_kind_delivered_on", "contracts", ["kind", "delivered_on"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_contracts_kind_delivered_on", table_name="contracts")
    op.drop_index("ix_contracts_kind_ended_on", table_name="contracts")
    with op.batch_alter_table("benefit_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_benefit_records_asset_id"))
    op.drop_table("benefit_records")
    with op.batch_alter_table("loss_charges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loss_charges_loss_id"))
    op.drop_table("loss_charges")
    with op.batch_alter_table("loss_declarations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loss_declarations_state"))
        batch_op.drop_index(batch_op.f("ix_loss_declarations_contract_id"))
        batch_op.drop_index(batch_op.f("ix_loss_declarations_asset_id"))
    op.drop_table("loss_declarations")
