"""``demo`` is one transaction: a demo SIGKILLed at its last step leaves the base empty (sound,
no device, no audit entry), and ``demo`` run again on it completes (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

from sav_desktop.services.demo import build_demo
from sav_desktop.services.trust import verify_audit
from sav_desktop.store.db import open_database
from sav_desktop.store.models import Asset, AuditEntry, Contract, Customer, User
from sav_desktop.store.models_workflow import Ticket

from .test_crash_safety import check_sound, count, run_until_midway
from .trust_fixtures import any_url, pg_url, pg_url_factory  # noqa: F401


def test_killed_demo_leaves_an_empty_base_that_demo_then_fills(any_url: str) -> None:  # noqa: F811
    open_database(any_url).dispose()  # the empty base, migrated

    assert run_until_midway("demo", any_url, "400") == "midway demo"

    check_sound(any_url)
    db = open_database(any_url)
    try:
        for model in (Asset, Customer, Contract, User, AuditEntry, Ticket):
            assert count(db, model) == 0, model.__name__
        summary = build_demo(db, assets=400, seed=5, today=date(2025, 6, 2))  # accepted, and complete
        assert summary.assets == count(db, Asset) == 400
        assert count(db, Ticket) > 0 and verify_audit(db).ok
    finally:
        db.dispose()
