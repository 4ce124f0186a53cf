"""Issue 10.2: every command that reads or writes business data signs in for real.

Each command is run without a password, with a wrong one and with the right one: without or
wrong it exits 2 with a French message on stderr and writes nothing (the base's rows compared,
no output file) but the failed attempt; with the right one it works and the audit trail shows
the act under the signed-in name. Full export: administrators only."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sav_desktop.cli import main
from sav_desktop.domain.enums import Role
from sav_desktop.services.demo import build_demo
from sav_desktop.services.desk import Desk
from sav_desktop.store.db import open_database

ADMIN, GOOD = "Alice Martin", "Vitale-2026!"
CLERK, CLERK_PW = "Chloé Durand", "Carte+Cps-77"
WRONG = "Mauvais-mot2!"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("auth") / "sav.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        build_demo(db, assets=30, today=date(2026, 3, 16))
        Desk.create_first_admin(db, ADMIN, GOOD)
        Desk.login(db, ADMIN, GOOD).add_user(CLERK, Role.ACCUEIL, CLERK_PW)
    finally:
        db.dispose()
    return path


def snapshot(path: Path) -> dict[str, list[Any]]:
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {n: con.execute(f'SELECT * FROM "{n}"').fetchall() for n in names}
    finally:
        con.close()


def audit_rows(path: Path) -> list[tuple[str, str, str, str]]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT user_name, entity, action, summary FROM audit_log ORDER BY id").fetchall()
    finally:
        con.close()


def accounts_view(path: Path) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT name, role, active, password_hash FROM users ORDER BY name").fetchall()
    finally:
        con.close()


def only_failed_attempts_added(before: dict[str, list[Any]], path: Path) -> list[str]:
    """Nothing changed but the failed attempt: every table equal, the accounts equal but for
    their failure count, the audit trail the same plus login failures. Returns the new actions."""
    after = snapshot(path)
    for name in before:
        if name not in ("users", "audit_log"):
            assert after[name] == before[name], f"{name} changed"
    assert after["audit_log"][: len(before["audit_log"])] == before["audit_log"]
    new = [r[2] for r in audit_rows(path)[len(before["audit_log"]):]]
    assert set(new) <= {"login_failed", "lock"}, new
    return new


def cli(base: Path, *argv: str, user: str | None = ADMIN) -> int:
    args = ["--database", f"sqlite:///{base}"]
    if user is not None:
        args += ["--user", user]
    return main([*args, *argv])


def first_tag(base: Path) -> str:
    con = sqlite3.connect(base)
    try:
        return str(con.execute("SELECT asset_tag FROM assets ORDER BY id LIMIT 1").fetchone()[0])
    finally:
        con.close()


def commands(base: Path, out: Path) -> dict[str, tuple[list[str], Path | None]]:
    """Each command, and the file or folder it writes (None: it writes no file)."""
    return {
        "export": (["export", "--out", str(out / "export")], out / "export"),
        "export-customer": (["export", "--customer", "1", "--out", str(out / "client")], out / "client"),
        "backup": (["backup", "--out", str(out / "b.sqlite3")], out / "b.sqlite3"),
        "users": (["users", "list"], None),
        "labels": (["labels", "--template", "dymo-57x32", "--asset", first_tag(base), "--out", str(out / "e.pdf")],
                   out / "e.pdf"),
        "db-upgrade": (["db", "upgrade"], None),
        "import": (["import", str(out / "nowhere")], None),
        "bench": (["bench", "--assets", "30", "--queries", "2"], None),
    }


NAMES = ["export", "export-customer", "backup", "users", "labels", "db-upgrade", "import", "bench"]
# What the audit trail records, under the signed-in name, when the command succeeds.
AUDITED = {"export": "export", "export-customer": "export", "backup": "backup", "labels": "label_print"}


@pytest.mark.parametrize("name", NAMES)
def test_without_a_password_nothing_is_written(base: Path, tmp_path: Path, name: str,
                                               monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("SAV_PASSWORD", raising=False)
    argv, written = commands(base, tmp_path)[name]
    before = snapshot(base)
    assert cli(base, *argv) == 2
    err = capsys.readouterr().err
    assert "mot de passe requis" in err and "SAV_PASSWORD" in err
    assert "Traceback" not in err
    assert snapshot(base) == before
    assert written is None or not written.exists()
    # No name at all: refused the same way.
    monkeypatch.setenv("SAV_PASSWORD", GOOD)
    assert cli(base, *argv, user=None) == 2
    assert "identification requise" in capsys.readouterr().err
    assert snapshot(base) == before
    assert written is None or not written.exists()


@pytest.mark.parametrize("name", NAMES)
def test_a_wrong_password_writes_only_the_failed_attempt(base: Path, tmp_path: Path, name: str,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    argv, written = commands(base, tmp_path)[name]
    before = snapshot(base)
    accounts_before = accounts_view(base)
    monkeypatch.setenv("SAV_PASSWORD", WRONG)
    assert cli(base, *argv) == 2
    err = capsys.readouterr().err
    assert "erreur : nom de compte ou mot de passe incorrect" in err and "Traceback" not in err
    assert only_failed_attempts_added(before, base) == ["login_failed"]
    assert accounts_view(base) == accounts_before
    assert written is None or not written.exists()
    assert audit_rows(base)[-1][:3] == (ADMIN, "user", "login_failed")
    # The right password afterwards resets the count (and keeps the account usable).
    Desk.login(open_database(f"sqlite:///{base}"), ADMIN, GOOD).db.dispose()


@pytest.mark.parametrize("name", [n for n in NAMES if n not in ("import", "bench")])
def test_the_right_password_runs_the_command_under_that_name(base: Path, tmp_path: Path, name: str,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    argv, written = commands(base, tmp_path)[name]
    monkeypatch.setenv("SAV_PASSWORD", GOOD)
    start = len(audit_rows(base))
    assert cli(base, *argv) == 0, capsys.readouterr().err
    assert written is None or written.exists()
    if name in AUDITED:
        new = audit_rows(base)[start:]
        assert any(u == ADMIN and a == AUDITED[name] for u, _e, a, _s in new), new


def test_the_full_export_is_for_administrators_and_audited_with_what_and_where(
        base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SAV_PASSWORD", CLERK_PW)
    before = snapshot(base)["audit_log"]
    assert cli(base, "export", "--out", str(tmp_path / "x"), user=CLERK) == 2
    assert "action réservée" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
    assert snapshot(base)["audit_log"] == before  # a successful sign-in, a refused act: nothing audited
    monkeypatch.setenv("SAV_PASSWORD", GOOD)
    assert cli(base, "export", "--out", str(tmp_path / "ok")) == 0
    con = sqlite3.connect(base)
    user, summary, after = con.execute(
        "SELECT user_name, summary, after_json FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT 1").fetchone()
    con.close()
    assert user == ADMIN and ADMIN in summary and str(tmp_path / "ok") in summary
    import json

    data = json.loads(after)
    assert data["directory"] == str(tmp_path / "ok") and data["rows"]["assets"] == 30
    assert data["exported_by"] == ADMIN


def test_the_right_of_access_export_is_audited_with_who_asked_and_what_was_written(
        base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # A per-customer export needs Permission.EXPORT (administrators): the clerk is refused,
    # nothing written, nothing audited.
    monkeypatch.setenv("SAV_PASSWORD", CLERK_PW)
    before = snapshot(base)["audit_log"]
    assert cli(base, "export", "--customer", "1", "--out", str(tmp_path / "refused"), user=CLERK) == 2
    assert "action réservée" in capsys.readouterr().err
    assert not (tmp_path / "refused").exists()
    assert snapshot(base)["audit_log"] == before
    monkeypatch.setenv("SAV_PASSWORD", GOOD)
    assert cli(base, "export", "--customer", "1", "--out", str(tmp_path / "c")) == 0
    import json

    con = sqlite3.connect(base)
    user, entity, entity_id, after = con.execute(
        "SELECT user_name, entity, entity_id, after_json FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    con.close()
    data = json.loads(after)
    assert (user, entity, entity_id) == (ADMIN, "customer", "1")
    assert data["requested_by"] == ADMIN and data["directory"] == str(tmp_path / "c")
    assert set(data["files"]) == {p.name for p in (tmp_path / "c").iterdir()}
    assert data["rows"]["customers"] == 1


def test_screenshots_on_an_existing_base_sign_in(base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(base)
    monkeypatch.delenv("SAV_PASSWORD", raising=False)
    assert cli(base, "screenshots", "--out", str(tmp_path / "s")) == 2
    assert "mot de passe requis" in capsys.readouterr().err
    monkeypatch.setenv("SAV_PASSWORD", WRONG)
    assert cli(base, "screenshots", "--out", str(tmp_path / "s")) == 2
    assert "incorrect" in capsys.readouterr().err
    only_failed_attempts_added(before, base)
    assert not (tmp_path / "s").exists()
    Desk.login(open_database(f"sqlite:///{base}"), ADMIN, GOOD).db.dispose()


def test_a_base_without_any_password_cannot_be_read_from_the_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    build_demo(db, assets=5, today=date(2026, 3, 16))
    db.dispose()
    monkeypatch.setenv("SAV_PASSWORD", GOOD)
    before = snapshot(path)
    assert cli(path, "export", "--out", str(tmp_path / "x"), user="Marie Lefort") == 2
    assert "users add --admin" in capsys.readouterr().err
    assert snapshot(path) == before and not (tmp_path / "x").exists()


def test_commands_without_business_data_need_no_account(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("SAV_PASSWORD", raising=False)
    assert main(["labels", "--list-templates"]) == 0
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    new = tmp_path / "neuve.sqlite3"
    assert main(["--database", f"sqlite:///{new}", "db", "upgrade"]) == 0  # a base it creates
    assert "Base à jour" in capsys.readouterr().out


def test_version_needs_no_account(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from sav_desktop.store.db import newest_migration_id

    monkeypatch.delenv("SAV_PASSWORD", raising=False)
    monkeypatch.delenv("SAV_USER", raising=False)
    assert main(["--version"]) == 0  # printed by main() itself, no SystemExit
    out = capsys.readouterr().out
    assert out.startswith("SAV Desktop ") and f"révision {newest_migration_id()}" in out
