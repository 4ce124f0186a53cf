"""Export and import: documented CSV + JSON, reversible, all or nothing, bad exports refused."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sav_desktop.cli import main
from sav_desktop.domain.errors import ValidationError
from sav_desktop.services.demo import build_demo
from sav_desktop.services.trust import export_database, import_database, verify_audit
from sav_desktop.services.uow import run
from sav_desktop.services.users import ensure_user
from sav_desktop.store.db import Database, newest_migration_id, open_database
from sav_desktop.store.exchange import ExchangeError, tables
from sav_desktop.store.models import Asset, AuditEntry, CatalogueModel, Customer

from .trust_fixtures import pg_url_factory  # noqa: F401

pytestmark = pytest.mark.postgres


def files_of(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def _fill(db: Database) -> None:
    build_demo(db, assets=60, seed=11, today=date(2025, 6, 2))
    run(db, "Marie Lefort", lambda u: u.audit("asset", 1, "note", "Texte « accentué » ; avec séparateur\net saut", asset_id=1))


def _fresh(url: str) -> Database:
    return open_database(url)


def _roundtrip(src_url: str, dst_url: str, tmp_path: Path) -> None:
    src = open_database(src_url)
    dst = open_database(dst_url)
    try:
        _fill(src)
        first = export_database(src, tmp_path / "e1", "Marie Lefort")
        assert first.rows["assets"] == 60
        counts = import_database(dst, tmp_path / "e1")
        assert counts == first.rows
        export_database(dst, tmp_path / "e2", "Marie Lefort")
        assert files_of(tmp_path / "e1") == files_of(tmp_path / "e2")
        assert verify_audit(dst).ok
        # The loaded base is usable: new ids continue after the imported ones.
        run(dst, "Marie Lefort", lambda u: u.audit("asset", 2, "note", "après import", asset_id=2))
        assert verify_audit(dst).ok
    finally:
        src.dispose()
        dst.dispose()


def test_export_import_export_gives_identical_files(tmp_path: Path) -> None:
    _roundtrip(f"sqlite:///{tmp_path / 'a.sqlite3'}", f"sqlite:///{tmp_path / 'vide.sqlite3'}", tmp_path)


def test_roundtrip_on_postgresql(pg_url_factory: Callable[[], str], tmp_path: Path) -> None:
    _roundtrip(pg_url_factory(), pg_url_factory(), tmp_path)


def test_roundtrip_sqlite_to_postgresql(pg_url_factory: Callable[[], str], tmp_path: Path) -> None:
    _roundtrip(f"sqlite:///{tmp_path / 'a.sqlite3'}", pg_url_factory(), tmp_path)


def test_export_is_documented(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    try:
        _fill(db)
        export_database(db, tmp_path / "e", "Marie Lefort")
    finally:
        db.dispose()
    schema = json.loads((tmp_path / "e" / "schema.json").read_text(encoding="utf-8"))
    assert schema["format"] == "sav-desktop-export" and schema["schema_revision"] == newest_migration_id()
    assert [t["name"] for t in schema["tables"]] == [t.name for t in tables()]
    assets = next(t for t in schema["tables"] if t["name"] == "assets")
    assert {"name": "serial", "type": "text", "nullable": False, "primary_key": False, "max_length": 40} in assets["columns"]
    items = next(t for t in schema["tables"] if t["name"] == "catalogue_items")
    assert any(c["name"] == "price_ht" and c["type"] == "money" for c in items["columns"])
    with (tmp_path / "e" / "catalogue_items.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert rows[0]["price_ht"] == "39.000"
    audit = json.loads((tmp_path / "e" / "audit_log.json").read_text(encoding="utf-8"))
    assert audit[-1]["summary"].startswith("Texte « accentué »")


@pytest.fixture
def export_dir(tmp_path: Path) -> Path:
    db = open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    try:
        _fill(db)
        export_database(db, tmp_path / "e", "Marie Lefort")
    finally:
        db.dispose()
    return tmp_path / "e"


def _edit(path: Path, fn: Callable[[list[dict[str, object]]], None]) -> None:
    rows = json.loads(path.read_text(encoding="utf-8"))
    fn(rows)
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def _counts(db: Database) -> tuple[int, int, int, int]:
    with db.engine.connect() as conn:
        return tuple(conn.scalar(select(func.count()).select_from(m)) or 0  # type: ignore[return-value]
                     for m in (Customer, Asset, AuditEntry, CatalogueModel))


BAD_EDITS: dict[str, tuple[str, Callable[[list[dict[str, object]]], None], str]] = {
    "missing_column": ("customers.json", lambda rows: rows[2].pop("city"), "customers.city: customers.json, ligne 3 : colonne manquante"),
    "unknown_column": ("customers.json", lambda rows: rows[0].update(couleur="bleu"), "customers.couleur: customers.json, ligne 1 : colonne inconnue"),
    "bad_date": ("assets.json", lambda rows: rows[4].update(in_service_on="31/02/2024"), "assets.in_service_on: assets.json, ligne 5 : date"),
    "float_money": ("catalogue_items.json", lambda rows: rows[0].update(price_ht=39.5), "catalogue_items.price_ht: catalogue_items.json, ligne 1 : montant"),
    "text_for_int": ("contracts.json", lambda rows: rows[0].update(customer_id="douze"), "contracts.customer_id: contracts.json, ligne 1 : nombre entier attendu"),
    "too_long": ("assets.json", lambda rows: rows[0].update(serial="X" * 5000), "assets.serial: assets.json, ligne 1 : texte trop long (5000 caractères, 40 au plus)"),
    "null_required": ("assets.json", lambda rows: rows[0].update(status=None), "assets.status: assets.json, ligne 1 : valeur obligatoire absente"),
}


@pytest.mark.parametrize("case", sorted(BAD_EDITS))
def test_bad_export_is_refused_and_nothing_written(export_dir: Path, tmp_path: Path, case: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    name, edit, expected = BAD_EDITS[case]
    _edit(export_dir / name, edit)
    url = f"sqlite:///{tmp_path / 'vide.sqlite3'}"
    db = open_database(url)
    try:
        before = _counts(db)
        with pytest.raises(ValidationError) as err:
            import_database(db, export_dir)
        assert any(expected in str(p) for p in err.value.problems), err.value.problems
        assert _counts(db) == before
    finally:
        db.dispose()
    assert main(["--database", url, "import", str(export_dir)]) == 2
    assert expected in capsys.readouterr().err


def test_constraint_violation_rolls_back_everything(export_dir: Path, tmp_path: Path) -> None:
    # Well typed but impossible: a contract line on a device that does not exist (foreign key).
    # Refused by the base.
    _edit(export_dir / "contract_lines.json", lambda rows: rows[-1].update(asset_id=999_999))
    db = open_database(f"sqlite:///{tmp_path / 'vide.sqlite3'}")
    try:
        before = _counts(db)
        with pytest.raises(ExchangeError, match="rien n'a été écrit"):
            import_database(db, export_dir)
        assert _counts(db) == before and before[3] > 0  # even the seeded catalogue is intact
    finally:
        db.dispose()


def test_tampered_audit_trail_in_export_is_refused(export_dir: Path, tmp_path: Path) -> None:
    _edit(export_dir / "audit_log.json", lambda rows: rows[3].update(user_name="Quelqu'un"))
    db = open_database(f"sqlite:///{tmp_path / 'vide.sqlite3'}")
    try:
        with pytest.raises(ExchangeError, match="journal d'audit de l'export a été altéré"):
            import_database(db, export_dir)
        assert _counts(db)[:3] == (0, 0, 0)
    finally:
        db.dispose()


@pytest.mark.parametrize("case", ["missing_file", "not_an_export", "not_empty", "bad_json"])
def test_other_refusals(export_dir: Path, tmp_path: Path, case: str) -> None:
    url = f"sqlite:///{tmp_path / 'a.sqlite3'}" if case == "not_empty" else f"sqlite:///{tmp_path / 'v.sqlite3'}"
    if case == "missing_file":
        (export_dir / "contracts.json").unlink()
        match = "fichier manquant dans l'export : contracts.json"
    elif case == "not_an_export":
        export_dir = tmp_path
        match = "fichier manquant dans l'export : schema.json"
    elif case == "not_empty":
        match = "la base n'est pas vide"
    else:
        (export_dir / "users.json").write_text("[{", encoding="utf-8")
        match = "fichier illisible"
    db = open_database(url)
    try:
        before = _counts(db)
        with pytest.raises(ExchangeError, match=match):
            import_database(db, export_dir)
        assert _counts(db) == before
    finally:
        db.dispose()


def test_export_refuses_non_empty_dir_and_is_audited(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    from sav_desktop.services.desk import Desk

    db = open_database(url)
    Desk.create_first_admin(db, "Marie", "Vitale-2026!")  # the export signs in (administrators)
    db.dispose()
    monkeypatch.setenv("SAV_PASSWORD", "Vitale-2026!")
    (tmp_path / "plein").mkdir()
    (tmp_path / "plein" / "x.txt").write_text("x")
    assert main(["--database", url, "--user", "Marie", "export", "--out", str(tmp_path / "plein")]) == 2
    assert "nouveau ou vide" in capsys.readouterr().err
    assert main(["--database", url, "--user", "Marie", "export", "--out", str(tmp_path / "ok")]) == 0
    assert "Export écrit" in capsys.readouterr().out
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            assert conn.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1)) == "export"
    finally:
        db.dispose()
