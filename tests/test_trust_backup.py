"""Backups: online and consistent, checked; restore keeps the current base aside; bad files refused."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from sav_desktop.cli import main
from sav_desktop.services.demo import build_demo
from sav_desktop.services.trust import backup_database, restore_database, verify_audit
from sav_desktop.services.uow import run
from sav_desktop.store.backup import BackupError, backup_sqlite, check_backup
from sav_desktop.store.db import Database, newest_migration_id, open_database

from .trust_fixtures import pg_url, pg_url_factory  # noqa: F401


def rows_of(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    finally:
        conn.close()


@pytest.fixture
def demo_db(tmp_path: Path) -> Database:
    db = open_database(f"sqlite:///{tmp_path / 'base.sqlite3'}")
    build_demo(db, assets=80, seed=3, today=date(2025, 6, 2))
    run(db, "Marie Lefort", lambda u: u.audit("asset", 1, "note", "après la démo", asset_id=1))
    return db


def _remove_db(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)


def test_backup_delete_restore_gives_same_rows(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "base.sqlite3"
    out = tmp_path / "sauvegardes" / "sav.sqlite3"
    out.parent.mkdir()
    before = rows_of(path)
    info = backup_database(demo_db, out, "Marie Lefort")
    head = newest_migration_id()
    assert info.revision == head and check_backup(out).revision == head
    demo_db.dispose()
    _remove_db(path)

    result = restore_database(demo_db.url, out, "Marie Lefort")
    assert result.aside is None
    after = rows_of(path)
    n = len(before["audit_log"])
    # Every row is back; the trail also records the backup and then the restore.
    assert {t: r for t, r in after.items() if t != "audit_log"} == {t: r for t, r in before.items() if t != "audit_log"}
    assert after["audit_log"][:n] == before["audit_log"]
    assert [r[5] for r in after["audit_log"][n:]] == ["restore"]
    db = open_database(demo_db.url)
    try:
        assert verify_audit(db).ok
    finally:
        db.dispose()


def test_restore_keeps_current_base_aside(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "base.sqlite3"
    out = tmp_path / "sav.sqlite3"
    backup_database(demo_db, out, "Marie Lefort")
    run(demo_db, "Marie Lefort", lambda u: u.audit("asset", 2, "note", "après la sauvegarde", asset_id=2))
    current = rows_of(path)
    demo_db.dispose()
    result = restore_database(demo_db.url, out, "Marie Lefort")
    assert result.aside is not None and result.aside.parent == tmp_path
    assert rows_of(result.aside) == current
    assert "après la sauvegarde" not in str(rows_of(path)["audit_log"])


def test_backup_is_consistent_while_another_station_writes(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "base.sqlite3"
    other = sqlite3.connect(str(path), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO settings (key, value) VALUES ('en_cours', 'non validé')")
        out = tmp_path / "pendant.sqlite3"
        backup_sqlite(path, out)  # the store part: its audit entry would wait for that writer
        other.execute("COMMIT")
    finally:
        other.close()
    assert ("en_cours", "non validé") not in rows_of(out)["settings"]
    assert len(rows_of(out)["assets"]) == 80


@pytest.mark.parametrize("damage", ["truncated", "garbage", "not_sqlite", "empty", "missing"])
def test_bad_backup_is_refused_and_changes_nothing(
    demo_db: Database, tmp_path: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "base.sqlite3"
    out = tmp_path / "sav.sqlite3"
    backup_database(demo_db, out, "Marie Lefort")
    data = out.read_bytes()
    if damage == "truncated":
        out.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        out.write_bytes(data[:4096] + bytes(range(256)) * 64 + data[4096 + 256 * 64:])
    elif damage == "not_sqlite":
        out.write_text("id;nom\n1;Dupont\n", encoding="utf-8")
    elif damage == "empty":
        out.write_bytes(b"")
    else:
        out.unlink()
    demo_db.dispose()
    before = rows_of(path)
    files_before = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(BackupError):
        restore_database(demo_db.url, out, "Marie Lefort")
    code = main(["--database", demo_db.url, "restore", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("erreur : ") and any(w in err for w in ("sauvegarde", "SQLite"))
    assert rows_of(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before  # no copy aside either


def test_cli_backup_and_restore(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    from sav_desktop.services.desk import Desk

    Desk.create_first_admin(demo_db, "Marie", "Vitale-2026!")  # backup --out: an administrator signs in
    monkeypatch.setenv("SAV_PASSWORD", "Vitale-2026!")
    out = tmp_path / "cli.sqlite3"
    # The demo's "Marie Lefort" has no password: the administrator just made signs in.
    assert main(["--database", demo_db.url, "--user", "Marie", "backup", "--out", str(out)]) == 0
    assert "Sauvegarde vérifiée" in capsys.readouterr().out
    demo_db.dispose()
    assert main(["--database", demo_db.url, "--user", "Marie", "restore", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Base précédente conservée" in printed and "Base restaurée" in printed


def test_backup_of_postgresql_points_to_pg_dump(pg_url: str) -> None:
    from sav_desktop.domain.enums import Role
    from sav_desktop.services.desk import Desk

    db = open_database(pg_url)
    try:
        Desk.trusted(db, "Marie Lefort", role=Role.ADMIN)  # an existing account: a name alone makes none
        with pytest.raises(BackupError, match="pg_dump"):
            backup_database(db, Path("/tmp/jamais.sqlite3"), "Marie Lefort")
    finally:
        db.dispose()
