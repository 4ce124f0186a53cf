"""Issue 10.2: the lockout counts attempts atomically. Twelve real processes send a wrong
password at the same moment: at most MAX_FAILED_LOGINS of them get their password checked
before the lock, and the right password is refused while locked (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from sav_desktop.domain.accounts import MAX_FAILED_LOGINS
from sav_desktop.services.desk import Desk
from sav_desktop.services.trust import verify_audit
from sav_desktop.store.db import open_database
from sav_desktop.store.models import AuditEntry, User

from .trust_fixtures import any_url, pg_url, pg_url_factory  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
GOOD = "Vitale-2026!"
BURST = 12


def burst(url: str, name: str, password: str, n: int) -> list[str]:
    env = dict(os.environ, SAV_NO_AUTO_BACKUP="1")
    procs = [subprocess.Popen([sys.executable, "-m", "tests.login_burst_child", url, name, password],
                              cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(n)]
    try:
        for p in procs:  # every child has opened the base and waits
            assert p.stdout is not None
            line = p.stdout.readline().strip()
            assert line == "ready", (line, p.communicate()[1][-3000:])
        for p in procs:  # go, all at once
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        outcomes = []
        for p in procs:
            out, err = p.communicate(timeout=300)
            assert p.returncode == 0, err[-3000:]
            outcomes.append(out.strip())
        return outcomes
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()


def test_a_parallel_burst_of_wrong_passwords_gets_at_most_five_tries(any_url: str) -> None:  # noqa: F811
    db = open_database(any_url)
    try:
        Desk.create_first_admin(db, "Alice Martin", GOOD)
    finally:
        db.dispose()

    outcomes = burst(any_url, "Alice Martin", "Mauvais-mot2!", BURST)

    assert len(outcomes) == BURST and all(o.startswith("refused ") for o in outcomes), outcomes
    assert all("incorrect" in o or "verrouillé" in o for o in outcomes), outcomes
    db = open_database(any_url)
    try:
        with db.session_factory() as s:
            actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "user",
                                                                     AuditEntry.entity_id == "Alice Martin")))
            failed = s.scalar(select(User.failed_logins).where(User.name == "Alice Martin"))
        tried = actions.count("login_failed")
        assert tried == MAX_FAILED_LOGINS, actions  # every password checked was counted, 5 at most
        assert actions.count("lock") == 1
        assert actions.count("login_refused") == BURST - MAX_FAILED_LOGINS
        assert failed == MAX_FAILED_LOGINS
        assert sum("verrouillé" in o for o in outcomes) >= BURST - MAX_FAILED_LOGINS
        assert verify_audit(db).ok
    finally:
        db.dispose()

    # The right password, during the lock, is refused too.
    assert burst(any_url, "Alice Martin", GOOD, 1)[0].startswith("refused compte verrouillé")
