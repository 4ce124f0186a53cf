"""Device lifecycle: the TO_WIPE status ("À effacer", domain.lifecycle); what the remote
diagnosis found (tickets.diagnosis_kind, predates_option R-48, questionnaire_refused R-47)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

Existing rows are mapped: a device "En réparation" with no open ticket whose latest rental
check-in found no damage (no exclusion code) was only waiting for its data wipe (R-80): it
becomes TO_WIPE. Every other status keeps its value (the column is free text, no constraint).
Downgrade maps TO_WIPE back to IN_REPAIR. Tickets diagnosed before this revision keep
diagnosis_kind NULL (only "panne matérielle oui/non" was recorded).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("diagnosis_kind", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("predates_option", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("questionnaire_refused", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
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
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_column("questionnaire_refused")
        batch_op.drop_column("predates_option")
        batch_op.drop_column("diagnosis_kind")
