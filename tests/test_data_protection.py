"""Issue 12.4 (data protection) and 12.5 (files complete or absent).

No password hash leaves the base in an export (JSON and CSV); a re-imported base has its
accounts without passwords and its first start asks for the administrator's. The database,
its WAL/SHM, backups, exports and copies kept aside are owner-only (0600 files, 0700 folders)."""

from __future__ import annotations

import json
import os
import stat
import sys
from datetime import date
from pathlib import Path

import pytest

from sav_desktop.domain.accounts import AuthenticationError
from sav_desktop.domain.enums import Role
from sav_desktop.services.demo import build_demo
from sav_desktop.services.desk import Desk
from sav_desktop.services.trust import backup_database, export_customer, export_database, import_database, restore_database
from sav_desktop.store.db import open_database

from .trust_fixtures import any_url, pg_url, pg_url_factory  # noqa: F401

GOOD, OTHER, NEW = "Vitale-2026!", "Carte+Cps-77", "Nouveau-Mot9?"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="Windows: the profile folder's ACL (README)")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def filled(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = open_database(f"sqlite:///{tmp_path / 'donnees' / 'sav.sqlite3'}")
    build_demo(db, assets=20, today=date(2026, 3, 16))
    Desk.create_first_admin(db, "Marie Lefort", GOOD)
    Desk.login(db, "Marie Lefort", GOOD).add_user("Chloé", Role.ACCUEIL, OTHER)
    yield db
    db.dispose()


def test_no_password_hash_leaves_the_base_and_the_reimported_base_asks_for_the_admin(
        filled, tmp_path: Path, any_url: str, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    out = tmp_path / "export"
    export_database(filled, out, "Marie Lefort")
    for f in out.iterdir():
        text = f.read_text(encoding="utf-8-sig")
        assert "$argon2" not in text, f.name
    users = json.loads((out / "users.json").read_text(encoding="utf-8"))
    assert {u["name"] for u in users} >= {"Marie Lefort", "Chloé"}
    assert all(u["password_hash"] is None for u in users)
    csv_lines = (out / "users.csv").read_text(encoding="utf-8-sig").splitlines()
    column = csv_lines[0].split(";").index("password_hash")
    assert all(line.split(";")[column] == "" for line in csv_lines[1:])

    dst = open_database(any_url)
    try:
        import_database(dst, out)
        assert Desk.needs_first_admin(dst)
        with pytest.raises(AuthenticationError, match="pas encore de mot de passe"):
            Desk.login(dst, "Marie Lefort", GOOD)
        # The first start asks for the administrator's password, then signs in.
        from sav_desktop.ui import session

        asked: list[str] = []

        def first_start(create, hint, parent=None):  # type: ignore[no-untyped-def]
            asked.append("first")
            create("Marie Lefort", NEW)
            return "Marie Lefort"

        monkeypatch.setattr(session.FirstStartDialog, "ask", classmethod(lambda cls, *a, **k: first_start(*a, **k)))
        monkeypatch.setattr(session.LoginDialog, "ask",
                            classmethod(lambda cls, login, hint, parent=None: login(hint, NEW)))
        desk = session.sign_in(dst, "")
        assert asked == ["first"] and desk is not None and desk.user_name == "Marie Lefort"
        assert desk.role is Role.ADMIN
        # Chloé has no password until an administrator sets one.
        with pytest.raises(AuthenticationError, match="pas encore de mot de passe"):
            Desk.login(dst, "Chloé", OTHER)
    finally:
        dst.dispose()


@posix_only
def test_database_backups_exports_and_aside_copies_are_owner_only(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = tmp_path / "donnees" / "sav.sqlite3"
    assert mode(tmp_path / "donnees") == 0o700  # made by the app for the base
    assert mode(base) == 0o600
    for suffix in ("-wal", "-shm"):
        side = Path(f"{base}{suffix}")
        if side.exists():
            assert mode(side) == 0o600, suffix

    backup = tmp_path / "b.sqlite3"
    backup_database(filled, backup, "Marie Lefort")
    assert mode(backup) == 0o600

    export_database(filled, tmp_path / "export", "Marie Lefort")
    assert mode(tmp_path / "export") == 0o700
    assert {mode(f) for f in (tmp_path / "export").iterdir()} == {0o600}
    export_customer(filled, 1, tmp_path / "client", "Marie Lefort")
    assert mode(tmp_path / "client") == 0o700
    assert {mode(f) for f in (tmp_path / "client").iterdir()} == {0o600}

    filled.dispose()
    result = restore_database(filled.url, backup, "Marie Lefort", GOOD)
    assert result.aside is not None and mode(result.aside) == 0o600
    assert mode(base) == 0o600
    assert not list(base.parent.glob("*.partiel"))


@posix_only
def test_an_existing_base_readable_by_others_is_tightened_at_open(tmp_path: Path) -> None:
    path = tmp_path / "ancienne.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    os.chmod(path, 0o644)
    open_database(f"sqlite:///{path}").dispose()
    assert mode(path) == 0o600
