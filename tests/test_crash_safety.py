"""Nothing lost on a crash: a process SIGKILLed in the middle of a large import, and in the
middle of a batch of ticket openings; after restart the database opens, passes its integrity
check, and holds all or none of each interrupted operation (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sav_desktop.services.demo import build_demo
from sav_desktop.services.trust import export_database, import_database, verify_audit
from sav_desktop.store.db import open_database, sqlite_path
from sav_desktop.store.models import Asset, AuditEntry, Customer
from sav_desktop.store.models_workflow import Ticket

from .trust_fixtures import any_url, pg_url, pg_url_factory  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]


def run_until_midway(*args: str) -> str:
    """Start the child, wait for its ``midway`` line, SIGKILL it; return that line."""
    env = dict(os.environ, SAV_NO_AUTO_BACKUP="1")
    proc = subprocess.Popen([sys.executable, "-m", "tests.crash_child", *args], cwd=ROOT, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        if not line.startswith("midway"):
            proc.kill()
            raise AssertionError(f"child did not stop midway: {line!r} {proc.communicate()[1][-3000:]}")
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return line


def check_sound(url: str) -> None:
    path = sqlite_path(url)
    if path is not None:
        conn = sqlite3.connect(str(path))
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            conn.close()


def count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model)).scalar_one())


def test_killed_import_leaves_nothing_then_import_again(any_url: str, tmp_path: Path) -> None:  # noqa: F811
    source = open_database(f"sqlite:///{tmp_path / 'source.sqlite3'}")
    build_demo(source, assets=1500, seed=7, today=date(2025, 6, 2))
    export_database(source, tmp_path / "export", "Marie Lefort")  # the demo administrator
    rows = count(source, Asset)
    source.dispose()
    open_database(any_url).dispose()  # the empty target, migrated

    run_until_midway("import", any_url, str(tmp_path / "export"))

    check_sound(any_url)
    db = open_database(any_url)
    try:
        assert count(db, Asset) == 0 and count(db, Customer) == 0 and count(db, AuditEntry) == 0  # none
        import_database(db, tmp_path / "export")  # and the import can simply be run again
        assert count(db, Asset) == rows and verify_audit(db).ok
    finally:
        db.dispose()


def test_killed_batch_of_ticket_openings_keeps_each_one_whole(any_url: str) -> None:  # noqa: F811
    db = open_database(any_url)
    build_demo(db, assets=300, seed=11, today=date(2025, 6, 2))
    tickets_before, audit_before = count(db, Ticket), count(db, AuditEntry)
    db.dispose()

    _word, committed, tickets, audits, added = run_until_midway("tickets", any_url, "12").split()

    check_sound(any_url)
    db = open_database(any_url)
    try:
        # The 12 committed openings are there whole; the 13th, killed mid-transaction, is not.
        assert int(committed) == 12
        assert count(db, Ticket) == tickets_before + 12 == int(tickets)
        assert count(db, AuditEntry) == int(audits) > audit_before and int(added) >= 12
        assert verify_audit(db).ok
    finally:
        db.dispose()
