"""Trust: audit chain (hash columns, existing entries chained, append-only triggers)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

REFUSED = "journal d''audit : modification interdite (ajout seul)"


def _chain_existing_entries() -> None:
    from sav_desktop.domain.audit_chain import GENESIS, entry_hash

    bind = op.get_bind()
    audit = sa.table(
        "audit_log",
        sa.column("at", sa.DateTime(timezone=True)),
        *(sa.column(n) for n in ("id", "user_name", "entity", "entity_id", "action", "summary",
                                 "before_json", "after_json", "asset_id", "prev_hash", "hash")),
    )
    head = GENESIS
    last_id = None
    while True:
        stmt = sa.select(audit).order_by(audit.c.id).limit(5000)
        if last_id is not None:
            stmt = stmt.where(audit.c.id > last_id)
        rows = bind.execute(stmt).mappings().all()
        if not rows:
            break
        for r in rows:
            h = entry_hash(head, dict(r))
            bind.execute(audit.update().where(audit.c.id == r["id"]).values(prev_hash=head, hash=h))
            head = h
        last_id = rows[-1]["id"]


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    _chain_existing_entries()
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{REFUSED}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
        )
        op.execute(
            "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"
        )
    else:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
                f"BEGIN SELECT RAISE(ABORT, '{REFUSED}'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
