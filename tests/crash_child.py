"""Child process for tests/test_crash_safety.py: runs a long operation and, in the middle of
a transaction, prints ``midway ...`` and blocks on stdin until the parent SIGKILLs it.

    python -m tests.crash_child import URL EXPORT_DIR
    python -m tests.crash_child tickets URL COMMITTED_BEFORE_KILL
    python -m tests.crash_child demo URL ASSETS
"""

from __future__ import annotations

import sys
from typing import Any

from sqlalchemy import event, func, select

from sav_desktop.store.db import open_database


def _block(message: str) -> None:
    print(message, flush=True)
    sys.stdin.readline()  # the parent kills us here, inside the open transaction
    sys.exit(3)  # not killed: the test fails on the exit code


def crash_import(url: str, directory: str) -> None:
    from pathlib import Path

    from sav_desktop.services.trust import import_database

    db = open_database(url)
    inserts = {"n": 0}

    @event.listens_for(db.engine, "after_cursor_execute")
    def _after(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        # executemany: one statement per table (or batch); stop after the devices went in
        if statement.lstrip().upper().startswith("INSERT INTO ASSETS"):
            inserts["n"] += 1
        elif inserts["n"] and statement.lstrip().upper().startswith("INSERT INTO"):
            _block("midway import")

    import_database(db, Path(directory))
    _block("import finished")  # too late: the test fails


def crash_tickets(url: str, committed: int) -> None:
    from sav_desktop.domain.errors import SavError
    from sav_desktop.services.desk import Desk
    from sav_desktop.store.models import AuditEntry, ContractLine
    from sav_desktop.store.models_workflow import Ticket

    db = open_database(url)
    desk = Desk.trusted(db, "Technicien crash")
    with db.engine.connect() as conn:
        audit_before = conn.execute(select(func.count(AuditEntry.id))).scalar_one()
        busy = select(Ticket.asset_id).where(Ticket.closed_at.is_(None))
        candidates = conn.execute(select(ContractLine.asset_id).where(
            ContractLine.removed_on.is_(None), ContractLine.asset_id.not_in(busy)).order_by(ContractLine.id)).scalars().all()
    done = {"n": 0}

    @event.listens_for(db.engine, "after_cursor_execute")
    def _after(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if done["n"] >= committed and statement.lstrip().upper().startswith("INSERT INTO TICKETS"):
            with db.engine.connect() as other:
                audits = other.execute(select(func.count(AuditEntry.id))).scalar_one()
                tickets = other.execute(select(func.count(Ticket.id))).scalar_one()
            # what was committed when this operation began: the database must hold exactly that
            _block(f"midway {done['n']} {tickets} {audits} {audits - audit_before}")

    for asset_id in candidates:
        try:
            desk.open_ticket(asset_id, "Ne s'allume plus (test de coupure)")
        except SavError:
            continue
        done["n"] += 1
    _block("tickets finished")


def crash_demo(url: str, assets: int) -> None:
    """Killed at the demo's last step (its desk tickets), after every device, contract and audit
    entry went in: the whole demo is one transaction, so none of it may remain."""
    from datetime import date

    from sav_desktop.services.demo import build_demo

    db = open_database(url)

    @event.listens_for(db.engine, "after_cursor_execute")
    def _after(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO TICKETS"):
            _block("midway demo")

    build_demo(db, assets=assets, seed=5, today=date(2025, 6, 2))
    _block("demo finished")  # too late: the test fails


if __name__ == "__main__":
    if sys.argv[1] == "import":
        crash_import(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "demo":
        crash_demo(sys.argv[2], int(sys.argv[3]))
    else:
        crash_tickets(sys.argv[2], int(sys.argv[3]))
