"""Audit integrity: the trail is append-only and hash-chained; ``audit verify`` finds tampering."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text

from sav_desktop.cli import main
from sav_desktop.domain.audit_chain import GENESIS, entry_hash
from sav_desktop.services.demo import build_demo
from sav_desktop.services.trust import verify_audit
from sav_desktop.services.uow import UnitOfWork, run
from sav_desktop.services.users import ensure_user
from sav_desktop.store.db import Database
from sav_desktop.store.models import AuditEntry

from .trust_fixtures import any_db, any_url, pg_url, pg_url_factory, sqlite_url  # noqa: F401

pytestmark = pytest.mark.postgres


def _add_entries(db: Database, n: int, user: str = "Marie") -> None:
    for i in range(n):
        run(db, user, lambda u, i=i: u.audit("asset", i, "note", f"Note n° {i} — « é »", after={"i": i}, asset_id=i))


def _drop_guard(db: Database) -> None:
    """What someone with direct access to the database could do first."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        else:
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_change ON audit_log")


def test_entries_are_chained(any_db: Database) -> None:
    _add_entries(any_db, 3)
    with any_db.engine.connect() as conn:
        rows = conn.execute(select(AuditEntry.__table__).order_by(AuditEntry.id)).mappings().all()
    assert rows[0]["prev_hash"] == GENESIS
    assert rows[0]["action"] == "chain_keyed"  # the keyed segment opens with the first entry
    for prev, row in zip(rows, rows[1:]):
        assert row["prev_hash"] == prev["hash"]
        assert row["hash"] == entry_hash(row["prev_hash"], dict(row), any_db.audit_key)
        assert row["hash"] != entry_hash(row["prev_hash"], dict(row))  # keyed, not the public SHA-256
    report = verify_audit(any_db)
    assert report.ok and report.checked == 4 and report.keyed_from == rows[0]["id"]


def test_several_entries_in_one_transaction_and_rollback_keeps_chain(any_db: Database) -> None:
    def two(u: UnitOfWork) -> None:
        ensure_user(u, "Karim")
        u.audit("asset", 1, "note", "deuxième dans la même transaction")

    run(any_db, "Karim", two)
    with UnitOfWork(any_db, "Julie") as u:  # never committed: nothing recorded
        u.audit("asset", 2, "note", "abandonnée")
    _add_entries(any_db, 1)
    report = verify_audit(any_db)
    assert report.ok and report.checked == 4  # with the marker


def test_non_utc_clock_still_verifies(any_db: Database) -> None:
    paris = timezone(timedelta(hours=1))
    run(any_db, "Marie", lambda u: u.audit("asset", 1, "note", "heure de Paris"),
        clock=lambda: datetime(2025, 3, 1, 9, 30, 15, 123456, tzinfo=paris))
    run(any_db, "Marie", lambda u: u.audit("asset", 1, "note", "horloge naïve"),
        clock=lambda: datetime(2025, 3, 1, 9, 31))
    assert verify_audit(any_db).ok


def test_update_and_delete_are_refused(any_db: Database) -> None:
    _add_entries(any_db, 2)
    for sql in ("UPDATE audit_log SET summary = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="ajout seul"):
            with any_db.engine.begin() as conn:
                conn.execute(text(sql))
    assert verify_audit(any_db).checked == 3


@pytest.mark.parametrize("tamper", ["content", "delete", "rehash"])
def test_verify_finds_a_row_altered_directly(any_db: Database, tamper: str, capsys: pytest.CaptureFixture[str]) -> None:
    _add_entries(any_db, 5)
    _drop_guard(any_db)
    with any_db.engine.begin() as conn:
        if tamper == "content":
            conn.execute(text("UPDATE audit_log SET summary = 'falsifié' WHERE id = 3"))
        elif tamper == "delete":
            conn.execute(text("DELETE FROM audit_log WHERE id = 3"))
        else:  # content changed and its own hash recomputed (with the key): the next link breaks
            row = conn.execute(select(AuditEntry.__table__).where(AuditEntry.id == 3)).mappings().one()
            fields = dict(row, user_name="Quelqu'un d'autre")
            conn.execute(text("UPDATE audit_log SET user_name = :u, hash = :h WHERE id = 3"),
                         {"u": fields["user_name"], "h": entry_hash(row["prev_hash"], fields, any_db.audit_key)})
    report = verify_audit(any_db)
    expected_id = {"content": 3, "delete": 4, "rehash": 4}[tamper]
    assert report.broken is not None and report.broken.entry_id == expected_id
    assert report.checked == (2 if tamper != "rehash" else 3)

    code = main(["--database", any_db.url, "audit", "verify"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"premier lien rompu à l'entrée n° {expected_id}" in err


def test_cli_verify_ok(any_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _add_entries(any_db, 2)
    assert main(["--database", any_db.url, "audit", "verify"]) == 0
    assert "Journal d'audit intact : 3 entrées" in capsys.readouterr().out  # with the marker


def test_demo_data_is_chained(any_db: Database) -> None:
    run(any_db, "Marie", lambda u: ensure_user(u, "Admin"))
    build_demo(any_db, assets=60, seed=7, today=date(2025, 6, 2))
    _add_entries(any_db, 1)
    report = verify_audit(any_db)
    assert report.ok and report.checked > 60


def test_migration_chains_existing_entries(sqlite_url: str) -> None:
    from alembic import command

    from sav_desktop.store.db import alembic_config, make_engine, open_database

    engine = make_engine(sqlite_url)
    cfg = alembic_config(sqlite_url)
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
    with engine.begin() as conn:
        for i in range(3):
            conn.execute(text(
                "INSERT INTO audit_log (at, user_name, entity, entity_id, action, summary, asset_id) "
                "VALUES (:at, 'Marie', 'asset', :i, 'note', 'avant la 0004', :i)"),
                {"at": f"2025-01-0{i + 1} 10:00:00.000000", "i": i})
    engine.dispose()
    db = open_database(sqlite_url)  # applies 0004
    try:
        report = verify_audit(db)
        # The three entries keep their public chain; the keyed segment starts after them.
        assert report.ok and report.checked == 4 and report.keyed_from == 4
    finally:
        db.dispose()
