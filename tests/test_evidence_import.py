"""An import is checked like the application: each bad value refused, every problem listed
(file, row, field), the empty base left empty."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sav_desktop.cli import main
from sav_desktop.domain.errors import ValidationError
from sav_desktop.services.demo import build_demo
from sav_desktop.services.trust import export_database, import_database
from sav_desktop.services.uow import run
from sav_desktop.services.users import ensure_user
from sav_desktop.store.db import Database, open_database
from sav_desktop.store.models import Asset, AuditEntry, Contract, Customer, User

Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def clean_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("export")
    db = open_database(f"sqlite:///{tmp / 'source.sqlite3'}")
    try:
        run(db, "Marie", lambda u: ensure_user(u, "Marie"))
        build_demo(db, assets=30, seed=5, today=date(2025, 6, 2))
        export_database(db, tmp / "e", "Marie")
    finally:
        db.dispose()
    return tmp / "e"


@pytest.fixture
def export_dir(clean_export: Path, tmp_path: Path) -> Path:
    target = tmp_path / "e"
    shutil.copytree(clean_export, target)
    return target


def _first(rows: Rows, **match: object) -> int:
    return next(i for i, r in enumerate(rows) if all(r.get(k) == v for k, v in match.items()))


def _sale(rows: Rows) -> int:
    return _first(rows, kind="sale")


def _rental(rows: Rows) -> int:
    return _first(rows, kind="rental")


def _set(i_of: Callable[[Rows], int], **values: object) -> Callable[[Rows], int]:
    def edit(rows: Rows) -> int:
        i = i_of(rows)
        rows[i].update(values)
        return i + 1
    return edit


def _delivered_before_signed(rows: Rows) -> int:
    i = _rental(rows)
    signed = date.fromisoformat(str(rows[i]["signed_on"]))
    rows[i]["delivered_on"] = (signed - timedelta(days=10)).isoformat()
    return i + 1


# case -> (file, edit returning the 1-based row it changed, field, expected message)
CASES: dict[str, tuple[str, Callable[[Rows], int], str, str]] = {
    "montant_au_dela_de_2_63_milliemes": ("catalogue_items", _set(lambda r: 0, price_ht="9223372036854775.808"),
                                          "price_ht", "montant hors limites"),
    "depot_negatif": ("contracts", _set(_rental, deposit="-50.000"), "deposit", "le montant ne peut être négatif"),
    "identifiant_negatif": ("customers", _set(lambda r: 1, id=-5), "id", "identifiant invalide"),
    "identifiant_2_70": ("assets", _set(lambda r: 2, id=2**70), "id", "identifiant invalide"),
    "livre_avant_signature": ("contracts", _delivered_before_signed, "delivered_on",
                              "la livraison ne peut précéder la signature"),
    "statut_inconnu": ("assets", _set(lambda r: 3, status="VOLATILISE"), "status", "valeur inconnue « VOLATILISE »"),
    "role_inconnu": ("users", _set(lambda r: 0, role="superadmin"), "role", "valeur inconnue « superadmin »"),
    "depot_sur_une_vente": ("contracts", _set(_sale, deposit="100.000"), "deposit",
                            "pas de dépôt de garantie sur une vente (R-50)"),
    "location_sans_assureur": ("contracts", _set(_rental, insurer=""), "insurer",
                               "une location indique l'assureur du matériel (R-54)"),
    "location_sans_police": ("contracts", _set(_rental, policy_number="  "), "policy_number",
                             "une location indique le n° de police d'assurance (R-54)"),
    "notes_de_20000_caracteres": ("customers", _set(lambda r: 2, notes="x" * 20_000), "notes",
                                  "texte trop long (20000 caractères, 10000 au plus)"),
    "octet_nul": ("customers", _set(lambda r: 3, practice_name="Cabinet\x00Dupont"), "practice_name",
                  "caractère nul interdit"),
    "demi_paire_utf16": ("customers", _set(lambda r: 4, city="Paris\ud800"), "city", "caractère invalide (demi-paire UTF-16)"),
}


def _apply(directory: Path, name: str) -> str:
    """Apply one case; the expected 'field: file, row N : message' text."""
    table, edit, field, message = CASES[name]
    path = directory / f"{table}.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    row = edit(rows)
    # ensure_ascii: a lone surrogate can only travel as a \\ud800 escape.
    path.write_text(json.dumps(rows, ensure_ascii=True), encoding="utf-8")
    return f"{table}.{field}: {table}.json, ligne {row} : {message}"


def _duplicate_key(directory: Path) -> str:
    path = directory / "customers.json"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("{", '{"city": "Lyon", ', 1), encoding="utf-8")
    return "customers.city: customers.json, ligne 1 : clé en double dans l'objet JSON"


def _counts(db: Database) -> tuple[int, ...]:
    with db.engine.connect() as conn:
        return tuple(int(conn.scalar(select(func.count()).select_from(m)) or 0)
                     for m in (Customer, Asset, Contract, User, AuditEntry))


def _refused(export_dir: Path, tmp_path: Path, expected: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'vide.sqlite3'}"
    db = open_database(url)
    try:
        assert _counts(db) == (0, 0, 0, 0, 0)
        with pytest.raises(ValidationError) as err:
            import_database(db, export_dir)
        listed = [str(p) for p in err.value.problems]
        for text in expected:
            assert any(text in p for p in listed), (text, listed)
        assert _counts(db) == (0, 0, 0, 0, 0)  # nothing written
    finally:
        db.dispose()
    capsys.readouterr()
    assert main(["--database", url, "import", str(export_dir)]) == 2
    err_text = capsys.readouterr().err
    for text in expected:
        assert text in err_text


@pytest.mark.parametrize("case", list(CASES))
def test_each_bad_value_is_refused(case: str, export_dir: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    _refused(export_dir, tmp_path, [_apply(export_dir, case)], capsys)


def test_duplicate_keys_in_one_object_are_refused(export_dir: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    _refused(export_dir, tmp_path, [_duplicate_key(export_dir)], capsys)


def test_every_problem_is_listed_at_once(export_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = [_apply(export_dir, case) for case in CASES] + [_duplicate_key(export_dir)]
    _refused(export_dir, tmp_path, expected, capsys)


def test_clean_export_still_imports(export_dir: Path, tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'vide.sqlite3'}")
    try:
        counts = import_database(db, export_dir)
        assert counts["assets"] == 30
        assert _counts(db)[1] == 30
    finally:
        db.dispose()


def _terminal_contract_without_software(directory: Path) -> str:
    """R-55 on import: a contract holding a terminal (its devices' models, from assets.json and
    contract_lines.json) without its software service, as validate_contract refuses it."""
    from sav_desktop.domain.catalogue import MODELS_BY_CODE

    read = lambda name: json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))  # noqa: E731
    terminals = {a["id"] for a in read("assets") if MODELS_BY_CODE[a["model_code"]].is_terminal}
    with_terminal = {line["contract_id"] for line in read("contract_lines") if line["asset_id"] in terminals}
    rows = read("contracts")
    i = next(i for i, r in enumerate(rows) if r["id"] in with_terminal)
    rows[i]["software_service"] = ""
    (directory / "contracts.json").write_text(json.dumps(rows, ensure_ascii=True), encoding="utf-8")
    return (f"contracts.software_service: contracts.json, ligne {i + 1} : un terminal se vend ou se loue avec "
            "son service logiciel associé (R-55)")


def test_R55_a_terminal_contract_without_its_software_service_is_refused(
        export_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _refused(export_dir, tmp_path, [_terminal_contract_without_software(export_dir)], capsys)


def test_R55_a_contract_of_readers_alone_needs_no_software_service(export_dir: Path, tmp_path: Path) -> None:
    """The devices' models decide (as at the desk): the same empty service on a contract whose
    devices are all PC/SC readers is imported."""
    read = lambda name: json.loads((export_dir / f"{name}.json").read_text(encoding="utf-8"))  # noqa: E731
    assets, lines, rows = read("assets"), read("contract_lines"), read("contracts")
    i = _sale(rows)
    on_it = {line["asset_id"] for line in lines if line["contract_id"] == rows[i]["id"]}
    for a in assets:
        if a["id"] in on_it:
            a["model_code"], a["iccid"] = "PCSC_READER", None  # a reader has no SIM
    rows[i]["software_service"] = ""
    for name, data in (("assets", assets), ("contracts", rows)):
        (export_dir / f"{name}.json").write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")
    db = open_database(f"sqlite:///{tmp_path / 'vide.sqlite3'}")
    try:
        import_database(db, export_dir)
        with db.engine.connect() as conn:
            stored = conn.scalar(select(Contract.software_service).where(Contract.id == rows[i]["id"]))
        assert stored == ""
    finally:
        db.dispose()
