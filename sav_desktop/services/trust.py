"""Audit integrity use cases (verify the hash chain)."""

from __future__ import annotations

from ..store.audit_chain import VerifyReport, verify_chain
from ..store.db import Database


def verify_audit(db: Database) -> VerifyReport:
    """Walk the whole audit trail; the report names the first broken link, if any."""
    with db.engine.connect() as conn:
        return verify_chain(conn)
