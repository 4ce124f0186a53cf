"""Automatic daily backup with rotation: due after a day, each backup checked, damaged ones set
aside, settings for administrators only, skipped on PostgreSQL and with $SAV_NO_AUTO_BACKUP;
the GUI runs it in a worker at start."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from sav_desktop.cli import main
from sav_desktop.domain.accounts import PermissionDeniedError
from sav_desktop.services import auto_backup
from sav_desktop.services.desk import Desk
from sav_desktop.services.uow import run
from sav_desktop.store.backup import check_backup
from sav_desktop.store.db import Database, open_database

from .trust_fixtures import pg_url, pg_url_factory  # noqa: F401

T0 = datetime(2026, 3, 16, 8, 0, tzinfo=timezone.utc)


@pytest.fixture
def base(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.delenv(auto_backup.NO_AUTO_ENV, raising=False)
    db = open_database(f"sqlite:///{tmp_path / 'base.sqlite3'}")
    admin = Desk.trusted(db, "Alice")  # first account: administrator
    admin._run(lambda u: auto_backup.set_settings(u, tmp_path / "sauvegardes", 3))
    yield db
    db.dispose()


def test_daily_backup_and_rotation(base: Database, tmp_path: Path) -> None:
    folder = tmp_path / "sauvegardes"
    assert auto_backup.is_due(base, T0)
    first = auto_backup.run_auto_backup(base, "Alice", T0)
    assert first.info is not None and check_backup(first.info.path).revision
    assert not auto_backup.is_due(base, T0 + timedelta(hours=23))
    assert auto_backup.run_auto_backup(base, "Alice", T0 + timedelta(hours=23)).info is None
    for day in range(1, 6):
        run(base, "Alice", lambda u: u.audit("asset", day, "note", f"jour {day}"))
        now = T0 + timedelta(days=day)
        assert auto_backup.is_due(base, now)
        result = auto_backup.run_auto_backup(base, "Alice", now)
        assert result.info is not None
    kept = auto_backup.backups_in(folder)
    assert [at for at, _p in kept] == [T0 + timedelta(days=d) for d in (5, 4, 3)]
    assert "Sauvegarde automatique vérifiée" in result.message


def test_damaged_backup_is_set_aside_and_not_counted(base: Database, tmp_path: Path) -> None:
    folder = tmp_path / "sauvegardes"
    for day in range(3):
        auto_backup.run_auto_backup(base, "Alice", T0 + timedelta(days=day))
    oldest = auto_backup.backups_in(folder)[-1][1]
    middle = auto_backup.backups_in(folder)[1][1]
    middle.write_bytes(middle.read_bytes()[:5000])  # truncated
    result = auto_backup.run_auto_backup(base, "Alice", T0 + timedelta(days=3))
    assert [p.name for p in result.damaged] == [middle.name + ".endommagee"]
    assert "endommagées écartées" in result.message
    names = [p.name for _a, p in auto_backup.backups_in(folder)]
    assert len(names) == 3 and oldest.name in names  # three sound ones kept


def test_settings_are_for_administrators(base: Database) -> None:
    tech = Desk.trusted(base, "Bruno")
    with pytest.raises(PermissionDeniedError, match="réglages"):
        tech._run(lambda u: auto_backup.set_settings(u, None, 5))


def test_skipped_when_disabled_or_on_postgresql(base: Database, pg_url: str,  # noqa: F811
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(auto_backup.NO_AUTO_ENV, "1")
    assert not auto_backup.is_due(base, T0)
    assert "désactivée" in auto_backup.run_auto_backup(base, "Alice", T0).skipped
    monkeypatch.delenv(auto_backup.NO_AUTO_ENV)
    db = open_database(pg_url)
    try:
        assert not auto_backup.is_due(db, T0)
        assert "pg_dump" in auto_backup.run_auto_backup(db, "Alice", T0).skipped
    finally:
        db.dispose()


def test_cli_backup_auto(base: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                         monkeypatch: pytest.MonkeyPatch) -> None:
    Desk.create_first_admin(base, "Alice", "Vitale-2026!")  # the command signs in
    monkeypatch.setenv("SAV_PASSWORD", "Vitale-2026!")
    assert main(["--database", base.url, "--user", "Alice", "backup", "--auto"]) == 0
    assert "Sauvegarde automatique vérifiée" in capsys.readouterr().out
    assert main(["--database", base.url, "--user", "Alice", "backup", "--auto"]) == 0
    assert "moins d'un jour" in capsys.readouterr().out
    assert len(auto_backup.backups_in(tmp_path / "sauvegardes")) == 1


def test_gui_start_runs_it_in_a_worker(qtbot, base: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    from sav_desktop.ui.auto_backup import start_auto_backup

    window = QMainWindow()
    qtbot.addWidget(window)
    desk = Desk.trusted(base, "Alice")
    worker = start_auto_backup(window, desk)
    assert worker is not None
    # (waitSignal on a worker-thread signal would stop its timer from that thread)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=30_000)
    assert window.statusBar().currentMessage().startswith("Sauvegarde automatique vérifiée")
    thread = window.auto_backup[0]  # type: ignore[attr-defined]
    qtbot.waitUntil(thread.isFinished, timeout=10_000)
    assert start_auto_backup(window, desk) is None  # done for today
