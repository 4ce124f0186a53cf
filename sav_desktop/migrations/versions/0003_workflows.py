"""Desk workflows tables (tickets, RMA, quotes, check-ins, wipes)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Money columns are integer thousandths of a euro (sav_desktop.store.types.Money).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('data_wipes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('asset_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=200), nullable=False),
    sa.Column('operator', sa.String(length=80), nullable=False),
    sa.Column('wiped_on', sa.Date(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_data_wipes_asset_id_assets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_data_wipes'))
    )
    with op.batch_alter_table('data_wipes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_data_wipes_asset_id'), ['asset_id'], unique=False)

    op.create_table('tickets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('asset_id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=30), nullable=False),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('reported_at', sa.DateTime(), nullable=False),
    sa.Column('hardware_fault', sa.Boolean(), nullable=True),
    sa.Column('exchange_covered', sa.Boolean(), nullable=False),
    sa.Column('diagnosis_notes', sa.Text(), nullable=False),
    sa.Column('exchange_deadline', sa.Date(), nullable=True),
    sa.Column('replacement_asset_id', sa.Integer(), nullable=True),
    sa.Column('shipped_on', sa.Date(), nullable=True),
    sa.Column('rma_number', sa.String(length=20), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('exclusions', sa.String(length=400), nullable=False),
    sa.Column('seal_intact', sa.Boolean(), nullable=True),
    sa.Column('manufacturing_defect', sa.Boolean(), nullable=False),
    sa.Column('repairable', sa.Boolean(), nullable=False),
    sa.Column('inspection_notes', sa.Text(), nullable=False),
    sa.Column('decision', sa.String(length=30), nullable=True),
    sa.Column('decision_why', sa.Text(), nullable=False),
    sa.Column('decision_rules', sa.String(length=200), nullable=False),
    sa.Column('tariff_name', sa.String(length=40), nullable=False),
    sa.Column('total_ht', sa.BigInteger(), nullable=True),
    sa.Column('sent_to_maker_on', sa.Date(), nullable=True),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_tickets_asset_id_assets')),
    sa.ForeignKeyConstraint(['contract_id'], ['contracts.id'], name=op.f('fk_tickets_contract_id_contracts')),
    sa.ForeignKeyConstraint(['replacement_asset_id'], ['assets.id'], name=op.f('fk_tickets_replacement_asset_id_assets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tickets')),
    sa.UniqueConstraint('number', name=op.f('uq_tickets_number')),
    sa.UniqueConstraint('rma_number', name=op.f('uq_tickets_rma_number'))
    )
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tickets_asset_id'), ['asset_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tickets_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tickets_state'), ['state'], unique=False)

    op.create_table('check_ins',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('line_id', sa.Integer(), nullable=False),
    sa.Column('asset_id', sa.Integer(), nullable=False),
    sa.Column('returned_on', sa.Date(), nullable=False),
    sa.Column('return_deadline', sa.Date(), nullable=False),
    sa.Column('seal_intact', sa.Boolean(), nullable=False),
    sa.Column('exclusions', sa.String(length=400), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('tariff_name', sa.String(length=40), nullable=False),
    sa.Column('why', sa.Text(), nullable=False),
    sa.Column('total_ht', sa.BigInteger(), nullable=False),
    sa.Column('deposit_ht', sa.BigInteger(), nullable=False),
    sa.Column('deducted_ht', sa.BigInteger(), nullable=False),
    sa.Column('refund_ht', sa.BigInteger(), nullable=False),
    sa.Column('balance_ht', sa.BigInteger(), nullable=False),
    sa.Column('settlement', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_check_ins_asset_id_assets')),
    sa.ForeignKeyConstraint(['contract_id'], ['contracts.id'], name=op.f('fk_check_ins_contract_id_contracts')),
    sa.ForeignKeyConstraint(['line_id'], ['contract_lines.id'], name=op.f('fk_check_ins_line_id_contract_lines')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_check_ins')),
    sa.UniqueConstraint('line_id', name=op.f('uq_check_ins_line_id'))
    )
    with op.batch_alter_table('check_ins', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_check_ins_asset_id'), ['asset_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_check_ins_contract_id'), ['contract_id'], unique=False)

    op.create_table('ticket_charges',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ticket_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('amount_ht', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_ticket_charges_ticket_id_tickets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_charges'))
    )
    with op.batch_alter_table('ticket_charges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ticket_charges_ticket_id'), ['ticket_id'], unique=False)

    op.create_table('check_in_charges',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('check_in_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('amount_ht', sa.BigInteger(), nullable=False),
    sa.Column('rule', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['check_in_id'], ['check_ins.id'], name=op.f('fk_check_in_charges_check_in_id_check_ins'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_check_in_charges'))
    )
    with op.batch_alter_table('check_in_charges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_check_in_charges_check_in_id'), ['check_in_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('check_in_charges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_check_in_charges_check_in_id'))

    op.drop_table('check_in_charges')
    with op.batch_alter_table('ticket_charges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ticket_charges_ticket_id'))

    op.drop_table('ticket_charges')
    with op.batch_alter_table('check_ins', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_check_ins_contract_id'))
        batch_op.drop_index(batch_op.f('ix_check_ins_asset_id'))

    op.drop_table('check_ins')
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tickets_state'))
        batch_op.drop_index(batch_op.f('ix_tickets_contract_id'))
        batch_op.drop_index(batch_op.f('ix_tickets_asset_id'))

    op.drop_table('tickets')
    with op.batch_alter_table('data_wipes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_data_wipes_asset_id'))

    op.drop_table('data_wipes')
