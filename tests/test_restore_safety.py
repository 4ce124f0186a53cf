"""Issue 12.5 (files complete or absent) and the restore during another station's write.

A restore SIGKILLed just after it started copying the current base aside leaves no incomplete
copy under the final name, and the current base intact. A restore while another station holds
a write transaction ends in a French message (no traceback), the current base untouched."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sav_desktop.cli import main
from sav_desktop.services.demo import build_demo
from sav_desktop.services.trust import backup_database, restore_database
from sav_desktop.store import backup as backup_module
from sav_desktop.store.backup import BackupError, check_backup
from sav_desktop.store.db import open_database

ROOT = Path(__file__).resolve().parents[1]


def rows_of(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {n: conn.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall() for n in names}
    finally:
        conn.close()


@pytest.fixture
def base_and_backup(tmp_path: Path) -> tuple[str, Path, Path]:
    path = tmp_path / "base.sqlite3"
    url = f"sqlite:///{path}"
    db = open_database(url)
    try:
        build_demo(db, assets=120, seed=5, today=date(2026, 3, 16))
        out = tmp_path / "sauvegarde.sqlite3"
        backup_database(db, out, "Marie Lefort")
    finally:
        db.dispose()
    return url, path, out


def child(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, SAV_NO_AUTO_BACKUP="1")
    return subprocess.Popen([sys.executable, "-m", "tests.restore_child", *args], cwd=ROOT, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_restore_killed_while_copying_aside_leaves_no_incomplete_copy(base_and_backup, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, path, backup = base_and_backup
    before = rows_of(path)
    proc = child("aside", url, str(backup))
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        if not line.startswith("midway"):
            proc.kill()
            raise AssertionError(f"child did not stop midway: {line!r} {proc.communicate()[1][-3000:]}")
        # The copy has started (its first page copied), under the temporary name only.
        assert len(list(tmp_path.glob("base.avant-restauration-*.sqlite3.partiel"))) == 1
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert not list(tmp_path.glob("base.avant-restauration-*.sqlite3"))  # no copy under the final name
    assert rows_of(path) == before
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    con.close()

    # The next restore works, and its copy aside is complete (a sound SQLite file).
    result = restore_database(url, backup, "Marie Lefort")
    assert result.aside is not None and result.aside.name.endswith(".sqlite3")
    check_backup(result.aside)
    assert not list(tmp_path.glob("*.partiel"))  # the interrupted copy was cleared


def test_a_restore_during_another_stations_write_is_refused_in_french(
        base_and_backup, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        capsys: pytest.CaptureFixture[str]) -> None:
    url, path, backup = base_and_backup
    monkeypatch.setattr(backup_module, "RESTORE_BUSY_MS", 300)  # how long it waits: not what is tested
    holder = child("hold", url)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding", holder.communicate()[1][-3000:]
        files_before = sorted(p.name for p in tmp_path.iterdir())
        before = rows_of(path)
        with pytest.raises(BackupError, match="une autre station enregistre"):
            restore_database(url, backup, "Marie Lefort")
        assert main(["--database", url, "restore", str(backup)]) == 2
        err = capsys.readouterr().err
        assert "une autre station enregistre en ce moment" in err and "Traceback" not in err
        assert "locked" not in err
        assert rows_of(path) == before
        assert sorted(p.name for p in tmp_path.iterdir()) == files_before  # not even a copy aside
    finally:
        assert holder.stdin is not None
        holder.stdin.write("fini\n")
        holder.stdin.flush()
        holder.wait(timeout=60)
    assert restore_database(url, backup, "Marie Lefort").aside is not None  # once it is done: fine
