"""A restore is refused unless the backup is one the application could have made; the current
base is never touched by a refused restore."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from sav_desktop.cli import main
from sav_desktop.services.trust import backup_database, restore_database
from sav_desktop.services.uow import run
from sav_desktop.store.backup import BackupError
from sav_desktop.store.backup_check import manifest_path
from sav_desktop.store.db import Database, newest_migration_id, open_database


def rows_of(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    finally:
        conn.close()


@pytest.fixture
def current(tmp_path: Path) -> Database:
    db = open_database(f"sqlite:///{tmp_path / 'base.sqlite3'}")
    from sav_desktop.services.users import ensure_user

    run(db, "Marie", lambda u: ensure_user(u, "Marie"))  # the account the backup is made by (issue 10)
    for i in range(4):
        run(db, "Marie", lambda u, i=i: u.audit("asset", i, "note", f"Note {i}", asset_id=i))
    yield db
    db.dispose()


@pytest.fixture
def good_backup(current: Database, tmp_path: Path) -> Path:
    out = tmp_path / "sauvegardes" / "sav.sqlite3"
    out.parent.mkdir()
    backup_database(current, out, "Marie")
    assert manifest_path(out).is_file()
    return out


def _variant(good: Path, tmp_path: Path, name: str, *sql: str, keep_manifest: bool = True) -> Path:
    bad = tmp_path / f"{name}.sqlite3"
    shutil.copyfile(good, bad)
    if keep_manifest:
        shutil.copyfile(manifest_path(good), manifest_path(bad))
    conn = sqlite3.connect(str(bad), isolation_level=None)
    try:
        for statement in sql:
            conn.execute(statement)
    finally:
        conn.close()
    return bad


def _shell(tmp_path: Path) -> Path:
    bad = tmp_path / "coquille.sqlite3"
    conn = sqlite3.connect(str(bad), isolation_level=None)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES (?)", (newest_migration_id(),))
    conn.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, summary TEXT)")
    conn.close()
    return bad


TRIGGERS_OFF = ("DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete")
TRIGGERS_ON = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'journal d''audit : modification interdite (ajout seul)'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'journal d''audit : modification interdite (ajout seul)'); END",
)

CASES = {
    "coquille": (None, "table assets absente"),
    "table_en_plus": (("CREATE TABLE evil (x TEXT)",), "table evil inconnue de l'application"),
    "declencheur_inconnu": (("CREATE TRIGGER evil AFTER INSERT ON customers BEGIN DELETE FROM users; END",),
                            "déclencheur evil inconnu de l'application"),
    "sans_declencheurs": (TRIGGERS_OFF, "déclencheur audit_log_no_delete absent"),
    "chaine_rompue": (TRIGGERS_OFF + ("UPDATE audit_log SET summary = 'falsifié' WHERE id = 3",) + TRIGGERS_ON,
                      "journal d'audit altéré (premier lien rompu à l'entrée n° 3"),
    "queue_coupee": (TRIGGERS_OFF + ("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",) + TRIGGERS_ON,
                     "journal d'audit tronqué ou réécrit : le manifeste de la sauvegarde indique 6 entrées"),
    "colonne_changee": (("ALTER TABLE assets ADD COLUMN owner TEXT",), "table assets différente de ce que fait l'application"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_backup_is_refused_and_base_untouched(
        case: str, current: Database, good_backup: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sql, expected = CASES[case]
    bad = _shell(tmp_path) if sql is None else _variant(good_backup, tmp_path, case, *sql)
    base = tmp_path / "base.sqlite3"
    before = rows_of(base)
    with pytest.raises(BackupError) as exc:
        restore_database(current.url, bad, "Marie")
    message = str(exc.value)
    assert "restauration refusée, la base actuelle n'a pas été modifiée" in message
    assert expected in message
    assert rows_of(base) == before
    assert not list(tmp_path.glob("base.avant-restauration-*"))  # not even copied aside
    code = main(["--database", current.url, "--user", "Marie", "restore", str(bad)])
    assert code != 0
    assert expected in capsys.readouterr().err
    assert rows_of(base) == before


def test_good_backup_restores_and_verifies(current: Database, good_backup: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    run(current, "Marie", lambda u: u.audit("asset", 9, "note", "après la sauvegarde", asset_id=9))
    restore_database(current.url, good_backup, "Marie")
    capsys.readouterr()
    assert main(["--database", current.url, "audit", "verify"]) == 0, capsys.readouterr().err


def test_backup_without_manifest_still_restores(current: Database, good_backup: Path, tmp_path: Path) -> None:
    """Backups made before manifests existed: schema and chain are still checked."""
    manifest_path(good_backup).unlink()
    restore_database(current.url, good_backup, "Marie")


def test_backup_whose_manifest_was_edited_is_refused(current: Database, good_backup: Path, tmp_path: Path) -> None:
    import json

    path = manifest_path(good_backup)
    body = json.loads(path.read_text(encoding="utf-8"))
    body["audit"]["count"] -= 1  # to hide a cut tail
    path.write_text(json.dumps(body), encoding="utf-8")
    before = rows_of(tmp_path / "base.sqlite3")
    with pytest.raises(BackupError, match="manifeste modifié"):
        restore_database(current.url, good_backup, "Marie")
    assert rows_of(tmp_path / "base.sqlite3") == before
