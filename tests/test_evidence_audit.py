"""Tampering by someone holding the database file, each kind detected by ``audit verify``.

The attacker works on the SQLite file with plain sqlite3 (no application code), knows the
public hash algorithm (SHA-256 of the canonical content) but not the audit key.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from sav_desktop.cli import main
from sav_desktop.domain.audit_chain import entry_hash
from sav_desktop.domain.enums import AssetStatus, ContractKind, Role
from sav_desktop.domain.records import AssetInput, ContractInput
from sav_desktop.services import accounts, assets, contracts, customers
from sav_desktop.services.trust import check_audit
from sav_desktop.services.uow import run
from sav_desktop.store import audit_key
from sav_desktop.store.db import Database, DatabaseOpenError, open_database

from .conftest import RENTAL_TERMS, customer_input
from .trust_fixtures import pg_url, pg_url_factory  # noqa: F401

SQLITE_TRIGGERS = {
    "audit_log_no_update": "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'journal d''audit : modification interdite (ajout seul)'); END",
    "audit_log_no_delete": "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'journal d''audit : modification interdite (ajout seul)'); END",
}


def _path(db: Database) -> Path:
    return Path(db.url.removeprefix("sqlite:///"))


def _entries(db: Database, n: int) -> None:
    for i in range(n):
        run(db, "Marie", lambda u, i=i: u.audit("asset", i, "note", f"Note n° {i}", after={"i": i}, asset_id=i))


def _raw(db: Database) -> sqlite3.Connection:
    conn = sqlite3.connect(str(_path(db)), isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def _without_guard(conn: sqlite3.Connection) -> None:
    for name in SQLITE_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")


def _with_guard_again(conn: sqlite3.Connection) -> None:
    """A careful attacker puts the triggers back so that only the change itself remains."""
    for sql in SQLITE_TRIGGERS.values():
        conn.execute(sql)


def _verify(url: str, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--database", url, "audit", "verify", *extra])
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.fixture
def base(sqlite_url: str) -> Database:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def test_intact_base_verifies_and_key_is_outside_the_base(base: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _entries(base, 3)
    code, text = _verify(base.url, capsys)
    assert code == 0, text
    assert "signé par HMAC depuis l'entrée n° 1" in text
    key = audit_key.load_key()
    assert key is not None
    raw = _path(base).read_bytes()
    assert key not in raw and key.hex().encode() not in raw  # the key is not in the database
    kf = audit_key.key_file()
    assert kf.is_file() and stat.S_IMODE(kf.stat().st_mode) == 0o600  # owner-only key file
    assert stat.S_IMODE(kf.parent.stat().st_mode) == 0o700
    anchor = json.loads(audit_key.anchor_path(base.url).read_text())
    assert anchor["count"] == 4 and anchor["last_id"] == 4  # marker + 3 entries


@pytest.mark.parametrize("cut", [1, 5, 50])
def test_tail_deleted_is_detected(base: Database, cut: int, capsys: pytest.CaptureFixture[str]) -> None:
    _entries(base, 60)
    conn = _raw(base)
    _without_guard(conn)
    conn.execute("DELETE FROM audit_log WHERE id > (SELECT max(id) FROM audit_log) - ?", (cut,))
    _with_guard_again(conn)
    conn.close()
    code, text = _verify(base.url, capsys)
    assert code == 1
    assert "queue du journal tronquée" in text
    assert f"l'ancre gardée hors de la base indique 61 entrées jusqu'à l'entrée n° 61" in text
    assert f"la base n'a que {61 - cut} entrées" in text
    # The app keeps writing, and the truncation stays visible (the anchor is not moved).
    _entries(base, cut + 2)
    code, text = _verify(base.url, capsys)
    assert code == 1 and "l'ancre gardée hors de la base indique 61 entrées" in text


def test_forged_entry_appended_with_public_algorithm(base: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _entries(base, 3)
    conn = _raw(base)
    last = dict(conn.execute("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1").fetchone())
    from datetime import datetime, timezone

    fields = {"at": datetime(2026, 3, 16, 10, 0, tzinfo=timezone.utc), "user_name": "Admin", "entity": "asset",
              "entity_id": "1", "action": "status", "summary": "Statut : Au rebut", "before_json": None,
              "after_json": None, "asset_id": 1}
    forged = entry_hash(last["hash"], fields)  # the public SHA-256: all the attacker has
    conn.execute(
        "INSERT INTO audit_log (at, user_name, entity, entity_id, action, summary, before_json, after_json, "
        "asset_id, prev_hash, hash) VALUES ('2026-03-16 10:00:00.000000', 'Admin', 'asset', '1', 'status', "
        "'Statut : Au rebut', NULL, NULL, 1, ?, ?)", (last["hash"], forged))
    conn.close()
    code, text = _verify(base.url, capsys)
    assert code == 1
    assert f"premier lien rompu à l'entrée n° {last['id'] + 1}" in text
    assert "algorithme public" in text


def test_entry_changed_and_every_later_hash_recomputed(base: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _entries(base, 8)
    conn = _raw(base)
    _without_guard(conn)
    conn.execute("UPDATE audit_log SET summary = 'Note effacée' WHERE id = 4")
    rows = [dict(r) for r in conn.execute("SELECT * FROM audit_log WHERE id >= 4 ORDER BY id")]
    prev = conn.execute("SELECT hash FROM audit_log WHERE id = 3").fetchone()[0]
    from datetime import datetime

    for r in rows:
        r["at"] = datetime.fromisoformat(r["at"])
        h = entry_hash(prev, r)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h, r["id"]))
        prev = h
    _with_guard_again(conn)
    conn.close()
    report = check_audit(base)
    assert report.chain.broken is not None and report.chain.broken.entry_id == 4
    assert [f.entry_id for f in report.chain.forged] == [4, 5, 6, 7, 8, 9]  # every rewritten entry
    code, text = _verify(base.url, capsys)
    assert code == 1 and "entrée n° 4" in text and "Entrée n° 9 forgée ou modifiée" in text


def test_triggers_dropped_are_reported_and_recreated_at_open(
        base: Database, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    _entries(base, 2)
    conn = _raw(base)
    _without_guard(conn)
    conn.close()
    code, text = _verify(base.url, capsys)
    assert code == 1
    assert "Déclencheurs d'ajout seul absents à l'ouverture" in text
    assert "audit_log_no_update" in text and "audit_log_no_delete" in text
    conn = _raw(base)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert set(SQLITE_TRIGGERS) <= names  # put back at open
    entry = conn.execute("SELECT user_name, summary FROM audit_log WHERE action = 'triggers_restored'").fetchone()
    conn.close()
    assert entry is not None and "recréés" in entry["summary"]  # and said so in the audit
    with pytest.raises(sqlite3.IntegrityError, match="ajout seul"):
        c = _raw(base)
        try:
            c.execute("DELETE FROM audit_log")
        finally:
            c.close()
    code, text = _verify(base.url, capsys)
    assert code == 0, text  # repaired, and the repair is in the chain
    # The application itself (not only the CLI) re-creates them, saying so in the log.
    conn = _raw(base)
    _without_guard(conn)
    conn.close()
    caplog.clear()
    again = open_database(base.url)
    again.dispose()
    assert any("déclencheurs d'ajout seul absents, recréés" in r.getMessage() for r in caplog.records)


def test_base_signed_with_another_key_is_refused(base: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _entries(base, 1)
    key = audit_key.load_key()
    assert key is not None
    try:
        audit_key.save_key(bytes(32))
        with pytest.raises(DatabaseOpenError, match="autre clé d'audit"):
            open_database(base.url)
        code, text = _verify(base.url, capsys)
        assert code == 1 and "autre clé d'audit" in text
    finally:
        audit_key.save_key(key)
    assert _verify(base.url, capsys)[0] == 0


def test_key_show_and_set(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    key = audit_key.load_or_create_key()
    assert main(["audit", "key", "--show"]) == 0
    assert capsys.readouterr().out.strip() == key.hex()
    monkeypatch.setenv("SAV_AUDIT_KEY", "zz")
    assert main(["audit", "key", "--set"]) != 0
    assert "clé d'audit invalide" in capsys.readouterr().err
    assert audit_key.load_key() == key  # unchanged
    monkeypatch.setenv("SAV_AUDIT_KEY", key.hex().upper())
    assert main(["audit", "key", "--set"]) == 0
    assert audit_key.load_key() == key


def test_keyring_backend_is_used_when_available(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    monkeypatch.setenv("SAV_CONFIG_DIR", str(tmp_path / "config"))
    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        key = audit_key.load_or_create_key()
        assert Memory.store[("sav-desktop", "audit-key")] == key.hex()
        assert not audit_key.key_file().exists()  # not on disk when the keyring holds it
        assert audit_key.load_key() == key
    finally:
        keyring.set_keyring(previous)


# --- state checks ----------------------------------------------------------------------------


def _records(db: Database) -> tuple[int, int]:
    run(db, "Admin", lambda u: accounts.create_first_admin(u, "Admin", "Mot-de-passe-solide-1"))
    run(db, "Admin", lambda u: accounts.add_user(u, "Karim", Role.TECHNICIEN, "Mot-de-passe-solide-2"))
    cid = run(db, "Admin", lambda u: customers.create_customer(u, customer_input()))
    ref = run(db, "Admin", lambda u: assets.register_asset(u, AssetInput("MOVE5000_WIFI", "EVID0001")))
    contract = run(db, "Admin", lambda u: contracts.create_contract(u, ContractInput(
        ContractKind.RENTAL, cid, date(2026, 3, 2), (ref.id,), delivered_on=date(2026, 3, 3),
        **{**RENTAL_TERMS, "deposit": Decimal("300")})))
    run(db, "Admin", lambda u: assets.update_asset(u, ref.id, AssetInput("MOVE5000_WIFI", "EVID0001", notes="socle"),
                                                   assets.asset_detail(u, ref.id).version))
    return ref.id, contract


def test_state_check_passes_on_what_the_app_wrote(base: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _records(base)
    run(base, "Admin", lambda u: accounts.set_role(u, "Karim", Role.ACCUEIL))
    run(base, "Admin", lambda u: accounts.reset_password(u, "Karim", "Mot-de-passe-solide-3"))
    code, text = _verify(base.url, capsys, "--state")
    assert code == 0, text
    assert "chaque enregistrement audité a la valeur" in text


def test_state_check_lists_each_record_changed_in_sql(base: Database, capsys: pytest.CaptureFixture[str]) -> None:
    asset_id, contract_id = _records(base)
    conn = _raw(base)
    conn.execute("UPDATE assets SET status = ? WHERE id = ?", (AssetStatus.SCRAPPED.value, asset_id))
    conn.execute("UPDATE contracts SET deposit = 0 WHERE id = ?", (contract_id,))
    conn.execute("UPDATE users SET role = 'admin' WHERE name = 'Karim'")
    known = conn.execute("SELECT password_hash FROM users WHERE name = 'Karim'").fetchone()[0]
    conn.execute("UPDATE users SET password_hash = ? WHERE name = 'Admin'", (known,))
    conn.close()
    code, text = _verify(base.url, capsys)
    assert code == 0, text  # the chain itself is intact: only --state sees these
    code, text = _verify(base.url, capsys, "--state")
    assert code == 1
    assert "4 valeur(s) modifiée(s) hors de l'application" in text
    assert f"assets {asset_id} : status = « {AssetStatus.SCRAPPED.value} » dans la base, « RENTED » d'après le journal" in text
    assert f"contracts {contract_id} : deposit = « 0" in text and "« 300" in text  # the audit's after-image
    assert "users Karim : role = « admin » dans la base, « technicien » d'après le journal" in text
    assert "users Admin : password_fingerprint" in text
    assert known not in text  # a fingerprint is shown, never the hash
    report = check_audit(base, state=True)
    assert {(d.table, d.field) for d in report.differences or ()} == {
        ("assets", "status"), ("contracts", "deposit"), ("users", "role"), ("users", "password_fingerprint")}


def test_anchor_and_key_files_are_private(base: Database) -> None:
    _entries(base, 1)
    path = audit_key.anchor_path(base.url)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


@pytest.mark.postgres
def test_state_check_on_postgresql(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import text

    db = open_database(pg_url)
    try:
        asset_id, contract_id = _records(db)
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE assets SET status = 'LOST' WHERE id = :i"), {"i": asset_id})
            conn.execute(text("UPDATE contracts SET deposit = 1 WHERE id = :i"), {"i": contract_id})
            conn.execute(text("UPDATE users SET role = 'admin' WHERE name = 'Karim'"))
        code, out = _verify(pg_url, capsys, "--state")
        assert code == 1
        assert "3 valeur(s) modifiée(s) hors de l'application" in out
        assert f"assets {asset_id} : status = « LOST »" in out and "users Karim : role" in out
    finally:
        db.dispose()
