"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23

Money columns are integer thousandths of a euro (sav_desktop.store.types.Money).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_name', sa.String(length=80), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('before_json', sa.Text(), nullable=True),
    sa.Column('after_json', sa.Text(), nullable=True),
    sa.Column('asset_id', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_asset_at', ['asset_id', 'id'], unique=False)

    op.create_table('catalogue_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('price_ht', sa.BigInteger(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalogue_items')),
    sa.UniqueConstraint('code', name=op.f('uq_catalogue_items_code'))
    )
    op.create_table('catalogue_models',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('maker', sa.String(length=100), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('repair_category', sa.String(length=20), nullable=True),
    sa.Column('has_sim', sa.Boolean(), nullable=False),
    sa.Column('is_terminal', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_catalogue_models'))
    )
    op.create_table('customers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('practice_name', sa.String(length=200), nullable=False),
    sa.Column('search_name', sa.String(length=200), nullable=False),
    sa.Column('siret', sa.String(length=14), nullable=True),
    sa.Column('finess', sa.String(length=9), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('postal_code', sa.String(length=10), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customers'))
    )
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customers_search_name'), ['search_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_siret'), ['siret'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('tariff_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tariff_versions')),
    sa.UniqueConstraint('effective_on', name=op.f('uq_tariff_versions_effective_on')),
    sa.UniqueConstraint('name', name=op.f('uq_tariff_versions_name'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('name', name=op.f('uq_users_name'))
    )
    op.create_table('assets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('asset_tag', sa.String(length=7), nullable=True),
    sa.Column('model_code', sa.String(length=40), nullable=False),
    sa.Column('serial', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('in_service_on', sa.Date(), nullable=True),
    sa.Column('firmware_version', sa.String(length=60), nullable=False),
    sa.Column('iccid', sa.String(length=20), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('label_printed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['model_code'], ['catalogue_models.code'], name=op.f('fk_assets_model_code_catalogue_models')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assets')),
    sa.UniqueConstraint('asset_tag', name=op.f('uq_assets_asset_tag')),
    sa.UniqueConstraint('model_code', 'serial', name=op.f('uq_assets_model_code'))
    )
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assets_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_assets_iccid'), ['iccid'], unique=False)
        batch_op.create_index(batch_op.f('ix_assets_serial'), ['serial'], unique=False)
        batch_op.create_index(batch_op.f('ix_assets_status'), ['status'], unique=False)

    op.create_table('contracts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('delivered_on', sa.Date(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('deposit_ht', sa.BigInteger(), nullable=False),
    sa.Column('deposit_state', sa.String(length=20), nullable=False),
    sa.Column('software_service', sa.String(length=200), nullable=False),
    sa.Column('insurer', sa.String(length=200), nullable=False),
    sa.Column('policy_number', sa.String(length=100), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_contracts_customer_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contracts')),
    sa.UniqueConstraint('number', name=op.f('uq_contracts_number'))
    )
    with op.batch_alter_table('contracts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contracts_customer_id'), ['customer_id'], unique=False)

    op.create_table('practitioners',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('profession', sa.String(length=100), nullable=False),
    sa.Column('rpps', sa.String(length=11), nullable=True),
    sa.Column('adeli', sa.String(length=9), nullable=True),
    sa.CheckConstraint('rpps IS NOT NULL OR adeli IS NOT NULL', name=op.f('ck_practitioners_has_identifier')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_practitioners_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_practitioners'))
    )
    with op.batch_alter_table('practitioners', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_practitioners_adeli'), ['adeli'], unique=False)
        batch_op.create_index(batch_op.f('ix_practitioners_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_practitioners_rpps'), ['rpps'], unique=False)

    op.create_table('tariff_prices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tariff_id', sa.Integer(), nullable=False),
    sa.Column('item_code', sa.String(length=40), nullable=False),
    sa.Column('price_kind', sa.String(length=20), nullable=False),
    sa.Column('amount_ht', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['tariff_id'], ['tariff_versions.id'], name=op.f('fk_tariff_prices_tariff_id_tariff_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tariff_prices')),
    sa.UniqueConstraint('tariff_id', 'item_code', 'price_kind', name=op.f('uq_tariff_prices_tariff_id'))
    )
    op.create_table('asset_accessories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('asset_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_asset_accessories_asset_id_assets'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['item_id'], ['catalogue_items.id'], name=op.f('fk_asset_accessories_item_id_catalogue_items')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_accessories'))
    )
    with op.batch_alter_table('asset_accessories', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_asset_accessories_asset_id'), ['asset_id'], unique=False)

    op.create_table('contract_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('asset_id', sa.Integer(), nullable=False),
    sa.Column('added_on', sa.Date(), nullable=False),
    sa.Column('removed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_contract_lines_asset_id_assets')),
    sa.ForeignKeyConstraint(['contract_id'], ['contracts.id'], name=op.f('fk_contract_lines_contract_id_contracts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract_lines'))
    )
    with op.batch_alter_table('contract_lines', schema=None) as batch_op:
        batch_op.create_index('ix_contract_lines_asset_active', ['asset_id', 'removed_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_lines_contract_id'), ['contract_id'], unique=False)

    op.create_table('option_subscriptions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('asset_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=20), nullable=False),
    sa.Column('subscribed_on', sa.Date(), nullable=False),
    sa.Column('terminated_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_option_subscriptions_asset_id_assets')),
    sa.ForeignKeyConstraint(['contract_id'], ['contracts.id'], name=op.f('fk_option_subscriptions_contract_id_contracts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_option_subscriptions'))
    )
    with op.batch_alter_table('option_subscriptions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_option_subscriptions_asset_id'), ['asset_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_option_subscriptions_contract_id'), ['contract_id'], unique=False)

    op.create_table('contract_line_accessories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('line_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['catalogue_items.id'], name=op.f('fk_contract_line_accessories_item_id_catalogue_items')),
    sa.ForeignKeyConstraint(['line_id'], ['contract_lines.id'], name=op.f('fk_contract_line_accessories_line_id_contract_lines'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract_line_accessories'))
    )
    with op.batch_alter_table('contract_line_accessories', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_line_accessories_line_id'), ['line_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('contract_line_accessories', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contract_line_accessories_line_id'))

    op.drop_table('contract_line_accessories')
    with op.batch_alter_table('option_subscriptions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_option_subscriptions_contract_id'))
        batch_op.drop_index(batch_op.f('ix_option_subscriptions_asset_id'))

    op.drop_table('option_subscriptions')
    with op.batch_alter_table('contract_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contract_lines_contract_id'))
        batch_op.drop_index('ix_contract_lines_asset_active')

    op.drop_table('contract_lines')
    with op.batch_alter_table('asset_accessories', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_asset_accessories_asset_id'))

    op.drop_table('asset_accessories')
    op.drop_table('tariff_prices')
    with op.batch_alter_table('practitioners', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_practitioners_rpps'))
        batch_op.drop_index(batch_op.f('ix_practitioners_customer_id'))
        batch_op.drop_index(batch_op.f('ix_practitioners_adeli'))

    op.drop_table('practitioners')
    with op.batch_alter_table('contracts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contracts_customer_id'))

    op.drop_table('contracts')
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assets_status'))
        batch_op.drop_index(batch_op.f('ix_assets_serial'))
        batch_op.drop_index(batch_op.f('ix_assets_iccid'))
        batch_op.drop_index(batch_op.f('ix_assets_created_at'))

    op.drop_table('assets')
    op.drop_table('users')
    op.drop_table('tariff_versions')
    op.drop_table('settings')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_siret'))
        batch_op.drop_index(batch_op.f('ix_customers_search_name'))

    op.drop_table('customers')
    op.drop_table('catalogue_models')
    op.drop_table('catalogue_items')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_asset_at')

    op.drop_table('audit_log')
