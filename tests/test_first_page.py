"""The device list's first page read with bare sqlite3 (store.first_page, services.first_page)
and the session started from it (Desk.starting): the same rows as the services, nothing read for an account
the services would refuse, and the database opened after the paint with the same checks.

The last test starts the app's start-up probe in a child process, as the bench does, and
checks which heavy modules were loaded when the list was first painted (none).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sav_desktop.domain.accounts import AuthenticationError, Permission
from sav_desktop.domain.enums import Role
from sav_desktop.services.demo import build_demo
from sav_desktop.services.desk import Desk
from sav_desktop.store.db import open_database
from sav_desktop.services.first_page import read_first_page

ADMIN = "Admin Bureau"
TECH = "Tech Atelier"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("first") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    build_demo(db, assets=260, seed=3, today=date(2026, 3, 16))
    Desk.trusted(db, ADMIN, role=Role.ADMIN)
    Desk.trusted(db, TECH, role=Role.TECHNICIEN)
    db.dispose()
    return path


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def test_the_first_page_is_the_services_first_page(demo_file: Path) -> None:
    first = read_first_page(_url(demo_file), TECH, limit=200)
    assert first is not None and first.role == Role.TECHNICIEN.value
    db = open_database(_url(demo_file))
    try:
        expected = Desk(db, TECH).search_assets("", None, 200)
    finally:
        db.dispose()
    assert len(expected) == 200
    assert list(first.rows) == expected
    assert any(r.contract_number for r in first.rows) and any(r.customer_name for r in first.rows)


def _copy(demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.sqlite3"
    src = sqlite3.connect(demo_file)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target


@pytest.mark.parametrize("change, user", [
    ("UPDATE users SET active = 0 WHERE name = 'Tech Atelier'", TECH),
    ("UPDATE users SET locked_until = '2099-01-01 00:00:00' WHERE name = 'Tech Atelier'", TECH),
    ("UPDATE alembic_version SET version_num = '0001'", TECH),
    ("SELECT 1", "Inconnu"),
])
def test_nothing_is_read_for_an_account_or_base_the_services_would_refuse(
        demo_file: Path, tmp_path: Path, change: str, user: str) -> None:
    path = _copy(demo_file, tmp_path)
    conn = sqlite3.connect(path)
    conn.execute(change)
    conn.commit()
    conn.close()
    assert read_first_page(_url(path), user) is None  # the start takes the full road, which says why


def test_no_first_page_for_other_bases(tmp_path: Path) -> None:
    assert read_first_page(_url(tmp_path / "absent.sqlite3"), TECH) is None
    assert read_first_page("postgresql+psycopg://u@localhost/sav", TECH) is None
    not_a_base = tmp_path / "texte.sqlite3"
    not_a_base.write_text("pas une base", encoding="utf-8")
    assert read_first_page(_url(not_a_base), TECH) is None


def test_a_started_session_paints_its_page_then_opens_with_the_same_checks(demo_file: Path, tmp_path: Path) -> None:
    path = _copy(demo_file, tmp_path)
    first = read_first_page(_url(path), TECH)
    assert first is not None
    desk = Desk.starting(first)
    assert not desk.is_open
    assert desk.search_assets("") == list(first.rows)  # the window's first request: no database code
    assert desk.can(Permission.CHECK_IN) and not desk.can(Permission.MANAGE_USERS)  # the role read at start
    assert not desk.is_open
    again = desk.search_assets("")  # any later request goes through the services
    assert desk.is_open and again == list(first.rows)
    desk.db.dispose()

    # An account disabled between the first page and the opening: the opening refuses.
    first = read_first_page(_url(path), TECH)
    assert first is not None
    late = Desk.starting(first)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE users SET active = 0 WHERE name = ?", (TECH,))
    conn.commit()
    conn.close()
    with pytest.raises(AuthenticationError, match="désactivé"):
        late.open_now()
    assert not late.is_open


def test_the_first_paint_loads_no_database_code(demo_file: Path) -> None:
    """The start-up probe of ``sav-desktop bench``: the window, its list painted with rows,
    and what was loaded at that paint."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", "import sys; from sav_desktop.cli.bench import probe; sys.exit(probe(sys.argv[1], sys.argv[2]))",
         _url(demo_file), TECH],
        capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    ready = [line for line in out.stdout.splitlines() if line.startswith("SAV-BENCH-READY")]
    assert ready, out.stdout + out.stderr[-2000:]
    loaded = ready[0].split()[2]
    assert loaded == "-", f"loaded before the first paint: {loaded}"
