"""The demo database gives today's desk something of each kind, the same way every time."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

from sav_desktop.services.demo import build_demo
from sav_desktop.services.desk import Desk
from sav_desktop.services.today import TodayKind
from sav_desktop.store.audit_chain import verify_chain
from sav_desktop.store.db import open_database

TODAY = date(2026, 3, 16)


def _clock() -> datetime:
    return datetime(2026, 3, 16, 12, 0, tzinfo=timezone.utc)


def _items(path: Path) -> list[tuple[str, int, str]]:
    db = open_database(f"sqlite:///{path}")
    try:
        build_demo(db, assets=400, seed=2025, today=TODAY)
        with db.engine.connect() as conn:
            assert verify_chain(conn, db.audit_key).ok  # the demo's tickets are on the audit chain too
        view = Desk.trusted(db, "Marie Lefort", clock=_clock).today_desk()
        return [(i.kind.value, i.asset_id, i.sentence) for i in view.items]
    finally:
        db.dispose()


def test_demo_fills_todays_desk_deterministically(tmp_path: Path) -> None:
    first = _items(tmp_path / "a.sqlite3")
    kinds = {k for k, _, _ in first}
    assert {TodayKind.EXCHANGE_LATE.value, TodayKind.AT_MAKER_TOO_LONG.value, TodayKind.RETURN_DUE.value} <= kinds
    assert sum(k == TodayKind.EXCHANGE_LATE.value for k, _, _ in first) == 3
    assert sum(k == TodayKind.AT_MAKER_TOO_LONG.value for k, _, _ in first) == 4
    assert _items(tmp_path / "b.sqlite3") == first
