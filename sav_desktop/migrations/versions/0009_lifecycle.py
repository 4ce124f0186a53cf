"""Device lifecycle: the TO_WIPE status ("À effacer", domain.lifecycle)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

Existing rows are mapped: a device "En réparation" with no open ticket whose latest rental
check-in found no damage (no exclusion code) was only waiting for its data wipe (R-80): it
becomes TO_WIPE. Every other status keeps its value (the column is free text, no constraint).
Downgrade maps TO_WIPE back to IN_REPAIR.
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
        UPDATE assets SET status = 'TO_WIPE', version = version + 1
        WHERE status = 'IN_REPAIR'
          AND id NOT IN (SELECT asset_id FROM tickets WHERE state <> 'CLOSED')
          AND id IN (
            SELECT c.asset_id FROM check_ins c
            WHERE c.exclusions = ''
              AND c.id = (SELECT MAX(c2.id) FROM check_ins c2 WHERE c2.asset_id = c.asset_id)
          )
        """
    )


def downgrade() -> None:
    op.execute("UPDATE assets SET status = 'IN_REPAIR', version = version + 1 WHERE status = 'TO_WIPE'")
