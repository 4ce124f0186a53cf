"""The devices of a contract's lines read from one index

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

``ix_contract_lines_contract_active`` (contract_id, removed_on, asset_id) replaces the index on
contract_id alone (it serves the same look-ups): the search reads the devices on the contracts
of the customers a name matches from the index alone, without reading each line's row (a
surname shared by 2,000 practices: 21 -> 13 ms on 1,000,000 devices).
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contract_lines", schema=None) as batch_op:
        batch_op.create_index("ix_contract_lines_contract_active", ["contract_id", "removed_on", "asset_id"], unique=False)
        batch_op.drop_index("ix_contract_lines_contract_id")


def downgrade() -> None:
    with op.batch_alter_table("contract_lines", schema=None) as batch_op:
        batch_op.create_index("ix_contract_lines_contract_id", ["contract_id"], unique=False)
        batch_op.drop_index("ix_contract_lines_contract_active")
