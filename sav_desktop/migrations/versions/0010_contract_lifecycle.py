"""Contracts as the desk lives them: the end of a rental (expiry or termination, who asked,
why), the deposit ledger (paid, kept, refunded; euros, no VAT, R-50) and the technician a
ticket is assigned to

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

Money columns are integer thousandths of a euro (sav_desktop.store.types.Money). Rentals
that hold a deposit get their payment at signature as the ledger's first entry, and rentals
already settled at check-in their kept / refunded entries, so every balance is right.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("end_kind", sa.String(length=20), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("end_requested_by", sa.String(length=20), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("end_reason", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assigned_to", sa.String(length=80), nullable=True))
        batch_op.create_index(batch_op.f("ix_tickets_assigned_to"), ["assigned_to"], unique=False)
    op.create_table(
        "deposit_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("entry_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(["contract_id"], ["contracts.id"], ondelete="CASCADE",
                                name=op.f("fk_deposit_entries_contract_id_contracts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deposit_entries")),
    )
    with op.batch_alter_table("deposit_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deposit_entries_contract_id"), ["contract_id"], unique=False)

    conn = op.get_bind()
    # What was paid at signature, then what each settling check-in kept and refunded. The
    # columns carry their old names (deposit_ht, deducted_ht, refund_ht) or, after revision
    # 0008 (the deposit in euros), their new ones (deposit, kept, refund): either is read.
    inspector = sa.inspect(conn)
    contract_cols = {c["name"] for c in inspector.get_columns("contracts")}
    check_in_cols = {c["name"] for c in inspector.get_columns("check_ins")}
    deposit = "deposit" if "deposit" in contract_cols else "deposit_ht"
    kept = "kept" if "kept" in check_in_cols else "deducted_ht"
    refund = "refund" if "refund" in check_in_cols else "refund_ht"
    conn.execute(sa.text(
        "INSERT INTO deposit_entries (contract_id, kind, amount, entry_on, note, recorded_at, recorded_by) "
        f"SELECT id, 'PAID', {deposit}, signed_on, 'versé à la signature (R-50)', created_at, 'migration' "
        f"FROM contracts WHERE kind = 'rental' AND {deposit} > 0"
    ))
    conn.execute(sa.text(
        "INSERT INTO deposit_entries (contract_id, kind, amount, entry_on, note, recorded_at, recorded_by) "
        f"SELECT contract_id, 'KEPT', {kept}, returned_on, 'retenu au retour (R-50)', created_at, 'migration' "
        f"FROM check_ins WHERE settlement <> 'PENDING' AND {kept} > 0"
    ))
    conn.execute(sa.text(
        "INSERT INTO deposit_entries (contract_id, kind, amount, entry_on, note, recorded_at, recorded_by) "
        f"SELECT contract_id, 'REFUNDED', {refund}, returned_on, 'remboursé au retour (R-50)', created_at, "
        f"'migration' FROM check_ins WHERE settlement <> 'PENDING' AND {refund} > 0"
    ))


def downgrade() -> None:
    op.drop_table("deposit_entries")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tickets_assigned_to"))
        batch_op.drop_column("assigned_to")
    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.drop_column("end_reason")
        batch_op.drop_column("end_requested_by")
        batch_op.drop_column("end_kind")
