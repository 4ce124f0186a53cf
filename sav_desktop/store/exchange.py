"""Reversibility: every table written as documented CSV and JSON, and loaded back, all or nothing.

An export directory holds ``schema.json`` (format, schema revision, every table and column with
its type and meaning) and, per table, ``<table>.json`` (what ``import`` reads: exact types,
null distinct from empty text) and ``<table>.csv`` (the same rows for a spreadsheet: UTF-8,
``;`` separator, empty cell for null). Output is deterministic: rows in primary-key order,
no timestamp, so export -> import -> export gives identical files.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from pathlib import Path
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, Numeric, String, Table, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import JSON, TypeEngine

from ..domain.errors import FieldProblem, SavError, ValidationError
from . import all_models  # noqa: F401  (every table in Base.metadata)
from .audit_chain import verify_chain
from .files import partial_name, private_dir, write_private_text
from .models import Base
from .types import Money

FORMAT = "sav-desktop-export"
FORMAT_VERSION = 1
SCHEMA_FILE = "schema.json"
# Rows here mean the database is in use: import only loads into an empty database (the
# reference data seeded by the migrations, such as the catalogue, is replaced by the export's).
MUST_BE_EMPTY = ("audit_log", "users", "customers", "assets", "contracts")
MAX_PROBLEMS = 1000  # every problem is listed; beyond this many, the count of the others
# Never leave the base in an export: password hashes (keys and session secrets are not stored
# in the base at all). The column is written empty (null): an imported base has its accounts
# without passwords, and its first start asks for the administrator's.
SECRET_COLUMNS: dict[str, frozenset[str]] = {"users": frozenset({"password_hash"})}

TYPE_DOC = {
    "integer": "nombre entier",
    "text": "texte",
    "boolean": "booléen (JSON true/false ; CSV true/false)",
    "date": "date AAAA-MM-JJ",
    "datetime": "date et heure ISO 8601 en UTC (AAAA-MM-JJTHH:MM:SS.ffffff+00:00)",
    "money": "montant HT en euros, texte décimal à 3 décimales (« 39.000 »)",
    "decimal": "nombre décimal exact, en texte",
    "json": "valeur JSON",
}
CONVENTIONS = {
    "json": "<table>.json : tableau d'objets, une ligne par objet, clés = colonnes ; null = valeur absente. "
            "C'est ce fichier que « sav-desktop import » relit.",
    "csv": "<table>.csv : mêmes lignes pour un tableur ; UTF-8 avec BOM, séparateur « ; », "
           "première ligne = noms des colonnes, cellule vide = valeur absente (null).",
    "ordre": "lignes triées par clé primaire ; tables listées dans l'ordre de chargement (parents d'abord).",
    "types": TYPE_DOC,
    "secrets": "aucun secret n'est exporté : users.password_hash est toujours vide (null). Après un import, "
               "les comptes n'ont pas de mot de passe ; le premier démarrage demande celui de l'administrateur.",
}


class ExchangeError(SavError):
    """An export or import that cannot be done (French message). Nothing was written."""


def tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def column_kind(column_type: TypeEngine[Any]) -> str:
    if isinstance(column_type, Money):
        return "money"
    if isinstance(column_type, Boolean):
        return "boolean"
    if isinstance(column_type, DateTime):
        return "datetime"
    if isinstance(column_type, Date):
        return "date"
    if isinstance(column_type, Integer):
        return "integer"
    if isinstance(column_type, String):
        return "text"
    if isinstance(column_type, Numeric):
        return "decimal"
    if isinstance(column_type, JSON):
        return "json"
    raise ExchangeError(f"type de colonne non pris en charge par l'export : {column_type!r}")


def _describe(table: Table) -> dict[str, Any]:
    model = next((m.class_ for m in Base.registry.mappers if m.local_table is table), None)
    doc = (model.__doc__ or "").strip().split("\n\n")[0] if model is not None else ""
    columns = []
    for c in table.columns:
        entry: dict[str, Any] = {
            "name": c.name,
            "type": column_kind(c.type),
            "nullable": bool(c.nullable),
            "primary_key": bool(c.primary_key),
        }
        length = getattr(c.type, "length", None)
        if isinstance(length, int):
            entry["max_length"] = length
        fks = [f"{fk.column.table.name}.{fk.column.name}" for fk in c.foreign_keys]
        if fks:
            entry["references"] = fks[0]
        columns.append(entry)
    return {"name": table.name, "description": " ".join(doc.split()), "columns": columns}


# --- values ----------------------------------------------------------------------------------


def encode(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "money":
        return str(Decimal(value).quantize(Decimal("0.001")))
    if kind == "decimal":
        return str(value)
    if kind == "datetime":
        if value.tzinfo is None:  # SQLite keeps no zone: the application stores UTC
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).isoformat(timespec="microseconds")
    if kind == "date":
        return value.isoformat()
    if kind == "integer":
        return int(value)
    if kind == "boolean":
        return bool(value)
    return value


def _csv_cell(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "json":
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


class _Bad(Exception):
    pass


def decode(kind: str, value: Any, max_length: int | None) -> Any:
    """The Python value of an exported JSON value, or _Bad with the French reason."""
    if value is None:
        return None
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Bad("nombre entier attendu")
        return value
    if kind == "boolean":
        if not isinstance(value, bool):
            raise _Bad("booléen attendu (true ou false)")
        return value
    if kind == "text":
        if not isinstance(value, str):
            raise _Bad("texte attendu")
        if max_length is not None and len(value) > max_length:
            raise _Bad(f"texte trop long ({len(value)} caractères, {max_length} au plus)")
        return value
    if kind == "json":
        return value
    if not isinstance(value, str):
        raise _Bad(f"{TYPE_DOC[kind]} attendu(e), en texte")
    try:
        if kind == "date":
            return date.fromisoformat(value)
        if kind == "datetime":
            dt = datetime.fromisoformat(value)
            if dt.tzinfo is None:
                raise _Bad("date et heure sans fuseau (UTC attendu, « +00:00 »)")
            return dt.astimezone(timezone.utc)
        number = Decimal(value)
        if not number.is_finite():
            raise _Bad("nombre décimal attendu")
        if kind == "money" and number != number.quantize(Decimal("0.001")):
            raise _Bad("montant à 3 décimales au plus")
        return number
    except (ValueError, InvalidOperation) as exc:
        raise _Bad(f"{TYPE_DOC[kind]} attendu(e)") from exc


# --- export ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportSummary:
    directory: Path
    rows: dict[str, int]


def _pk_order(table: Table) -> list[Any]:
    return list(table.primary_key.columns) or list(table.columns)


def _write_table(directory: Path, table: Table, rows: Iterable[Sequence[Any]]) -> int:
    """``<table>.json`` and ``<table>.csv`` for these rows; returns how many."""
    kinds = [column_kind(c.type) for c in table.columns]
    names = [c.name for c in table.columns]
    secret = [n in SECRET_COLUMNS.get(table.name, ()) for n in names]
    json_lines: list[str] = []
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        values = [None if hidden else encode(k, v) for k, v, hidden in zip(kinds, row, secret)]
        json_lines.append(json.dumps(dict(zip(names, values)), ensure_ascii=False))
        writer.writerow([_csv_cell(v, k) for k, v in zip(kinds, values)])
    body = "[\n" + ",\n".join(json_lines) + ("\n" if json_lines else "") + "]\n"
    write_private_text(directory / f"{table.name}.json", body, encoding="utf-8")
    write_private_text(directory / f"{table.name}.csv", buf.getvalue(), encoding="utf-8-sig")
    return len(json_lines)


def _new_export_dir(out: Path) -> tuple[Path, Path]:
    out = out.resolve()
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ExchangeError(f"le dossier d'export doit être nouveau ou vide : {out}")
    if not out.parent.is_dir():
        raise ExchangeError(f"dossier introuvable : {out.parent}")
    partial = partial_name(out)
    shutil.rmtree(partial, ignore_errors=True)
    private_dir(partial)
    return out, partial


def export_to(conn: Connection, revision: str, out: Path) -> ExportSummary:
    """Write every table (one consistent read) into ``out``, which must not exist or be empty."""
    out = out.resolve()
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ExchangeError(f"le dossier d'export doit être nouveau ou vide : {out}")
    if not out.parent.is_dir():
        raise ExchangeError(f"dossier introuvable : {out.parent}")
    partial = partial_name(out)
    shutil.rmtree(partial, ignore_errors=True)
    private_dir(partial)
    counts: dict[str, int] = {}
    described = []
    try:
        for table in tables():
            rows = conn.execute(select(table).order_by(*_pk_order(table)))
            counts[table.name] = _write_table(partial, table, rows)
            described.append(dict(_describe(table), rows=counts[table.name],
                                  files=[f"{table.name}.json", f"{table.name}.csv"]))
        schema = {"format": FORMAT, "format_version": FORMAT_VERSION, "schema_revision": revision,
                  "conventions": CONVENTIONS, "tables": described}
        write_private_text(partial / SCHEMA_FILE, json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
        if out.exists():
            out.rmdir()
        partial.rename(out)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return ExportSummary(out, counts)


# --- one customer's data (right of access) --------------------------------------------------

CUSTOMER_FORMAT = "sav-desktop-export-client"


def _ids(conn: Connection, column: Any, where: Any) -> list[int]:
    return sorted({int(v) for v in conn.execute(select(column).where(where)).scalars()})


def _day(value: datetime | date) -> date:
    if isinstance(value, datetime):
        return value.date()
    return value


def export_customer_to(conn: Connection, revision: str, out: Path, customer_id: int) -> ExportSummary:
    """One customer's records (answer to a right-of-access request): the customer and its
    practitioners, its contracts with their lines, options, accessories, check-ins and tickets,
    the devices on those contracts, and the timelines: the customer's and contracts' audit
    entries, and each device's entries while it was on the customer's contracts (another
    holder's period is left out). Same file format as the full export (schema.json with
    ``format`` = sav-desktop-export-client); not meant for ``import``."""
    t = Base.metadata.tables
    customers = t["customers"]
    if conn.execute(select(customers.c.id).where(customers.c.id == customer_id)).first() is None:
        raise ExchangeError(f"client introuvable : {customer_id}")
    contracts = _ids(conn, t["contracts"].c.id, t["contracts"].c.customer_id == customer_id)
    lines_t = t["contract_lines"]
    lines = conn.execute(select(lines_t.c.id, lines_t.c.asset_id, lines_t.c.added_on, lines_t.c.removed_on)
                         .where(lines_t.c.contract_id.in_(contracts))).all()
    line_ids = sorted(r.id for r in lines)
    asset_ids = sorted({r.asset_id for r in lines})
    periods: dict[int, list[tuple[date, date | None]]] = {}
    for r in lines:
        periods.setdefault(r.asset_id, []).append((r.added_on, r.removed_on))
    tickets = _ids(conn, t["tickets"].c.id, t["tickets"].c.contract_id.in_(contracts))
    check_ins = _ids(conn, t["check_ins"].c.id, t["check_ins"].c.contract_id.in_(contracts))
    options = _ids(conn, t["option_subscriptions"].c.id, t["option_subscriptions"].c.contract_id.in_(contracts))

    def held(asset_id: int | None, day: date) -> bool:
        return asset_id is not None and any(
            start <= day and (end is None or day <= end) for start, end in periods.get(asset_id, []))

    audit = t["audit_log"]
    own = (
        ((audit.c.entity == "customer") & (audit.c.entity_id == str(customer_id)))
        | ((audit.c.entity == "contract") & audit.c.entity_id.in_([str(i) for i in contracts]))
        | ((audit.c.entity == "option") & audit.c.entity_id.in_([str(i) for i in options]))
    )
    scope: dict[str, Any] = {
        "customers": customers.c.id == customer_id,
        "practitioners": t["practitioners"].c.customer_id == customer_id,
        "contracts": t["contracts"].c.id.in_(contracts),
        "contract_lines": lines_t.c.id.in_(line_ids),
        "contract_line_accessories": t["contract_line_accessories"].c.line_id.in_(line_ids),
        "option_subscriptions": t["option_subscriptions"].c.id.in_(options),
        "assets": t["assets"].c.id.in_(asset_ids),
        "asset_accessories": t["asset_accessories"].c.asset_id.in_(asset_ids),
        "tickets": t["tickets"].c.id.in_(tickets),
        "ticket_charges": t["ticket_charges"].c.ticket_id.in_(tickets),
        "check_ins": t["check_ins"].c.id.in_(check_ins),
        "check_in_charges": t["check_in_charges"].c.check_in_id.in_(check_ins),
        "data_wipes": t["data_wipes"].c.asset_id.in_(asset_ids),
        "deposit_entries": t["deposit_entries"].c.contract_id.in_(contracts),  # the deposit ledger (issue 11)
        "audit_log": own | audit.c.asset_id.in_(asset_ids),
    }
    out, partial = _new_export_dir(out)
    counts: dict[str, int] = {}
    described = []
    try:
        for table in tables():
            if table.name not in scope:
                continue
            rows: Iterable[Any] = conn.execute(select(table).where(scope[table.name]).order_by(*_pk_order(table)))
            if table.name == "audit_log":
                rows = [r for r in rows if r.asset_id is None or held(r.asset_id, _day(r.at))
                        or (r.entity, r.entity_id) == ("customer", str(customer_id))]
            elif table.name == "data_wipes":
                rows = [r for r in rows if held(r.asset_id, r.wiped_on)
                        or any(start <= r.wiped_on for start, _e in periods.get(r.asset_id, []))]
            counts[table.name] = _write_table(partial, table, rows)
            described.append(dict(_describe(table), rows=counts[table.name],
                                  files=[f"{table.name}.json", f"{table.name}.csv"]))
        schema = {"format": CUSTOMER_FORMAT, "format_version": FORMAT_VERSION, "schema_revision": revision,
                  "customer_id": customer_id, "conventions": CONVENTIONS, "tables": described}
        write_private_text(partial / SCHEMA_FILE, json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
        if out.exists():
            out.rmdir()
        partial.rename(out)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return ExportSummary(out, counts)


# --- import ----------------------------------------------------------------------------------


class _Object(dict):  # type: ignore[type-arg]
    """A JSON object that remembers the keys it held twice (json's default keeps the last)."""

    duplicates: list[str]


def _pairs(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object()
    obj.duplicates = []
    for k, v in pairs:
        if k in obj:
            obj.duplicates.append(k)
        obj[k] = v
    return obj


def _load_json(path: Path) -> Any:
    if not path.is_file():
        raise ExchangeError(f"fichier manquant dans l'export : {path.name}")
    try:
        return json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_pairs)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExchangeError(f"fichier illisible (JSON attendu) : {path.name} ({exc})") from exc


def read_export(directory: Path, revision: str, today: date | None = None) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows, checked and converted; ValidationError lists every problem found
    (file, row, field), with the validators of the forms and services (store.exchange_check)."""
    from .exchange_check import check_rows, check_value

    today = today or date.today()
    if not directory.is_dir():
        raise ExchangeError(f"dossier d'export introuvable : {directory}")
    schema = _load_json(directory / SCHEMA_FILE)
    if not isinstance(schema, dict) or schema.get("format") != FORMAT:
        raise ExchangeError(f"{directory} n'est pas un export SAV Desktop ({SCHEMA_FILE} non reconnu)")
    if schema.get("format_version") != FORMAT_VERSION:
        raise ExchangeError(f"version de format d'export non prise en charge : {schema.get('format_version')}")
    if schema.get("schema_revision") != revision:
        raise ExchangeError(
            f"export fait avec le schéma {schema.get('schema_revision')}, base au schéma {revision} : "
            "importez-le avec la même version de SAV Desktop"
        )
    problems: list[FieldProblem] = []
    beyond = [0]

    def problem(field: str, message: str) -> None:
        if len(problems) < MAX_PROBLEMS:
            problems.append(FieldProblem(field, message))
        else:
            beyond[0] += 1

    bad_rows: set[tuple[str, int, str]] = set()  # values refused already: not reported twice

    def where(table_name: str, i: int) -> str:
        return f"{table_name}.json, ligne {i}"

    data: dict[str, list[dict[str, Any]]] = {}
    for table in tables():
        raw = _load_json(directory / f"{table.name}.json")
        if not isinstance(raw, list):
            raise ExchangeError(f"{table.name}.json : tableau de lignes attendu")
        columns = {c.name: c for c in table.columns}
        rows: list[dict[str, Any]] = []
        for i, item in enumerate(raw, start=1):
            if not isinstance(item, dict):
                problem(table.name, f"{where(table.name, i)} : objet attendu")
                continue
            for name in dict.fromkeys(getattr(item, "duplicates", [])):
                problem(f"{table.name}.{name}", f"{where(table.name, i)} : clé en double dans l'objet JSON")
            for name in sorted(columns.keys() - item.keys()):
                problem(f"{table.name}.{name}", f"{where(table.name, i)} : colonne manquante")
            for name in sorted(item.keys() - columns.keys()):
                problem(f"{table.name}.{name}", f"{where(table.name, i)} : colonne inconnue")
            row: dict[str, Any] = {}
            for name, col in columns.items():
                if name not in item:
                    continue
                value = item[name]
                if value is None and not col.nullable:
                    bad_rows.add((table.name, i, name))
                    problem(f"{table.name}.{name}", f"{where(table.name, i)} : valeur obligatoire absente")
                    continue
                kind = column_kind(col.type)
                shown = _shown(value)
                try:
                    decoded = decode(kind, value, getattr(col.type, "length", None))
                except _Bad as bad:
                    bad_rows.add((table.name, i, name))
                    problem(f"{table.name}.{name}", f"{where(table.name, i)} : {bad} (reçu « {shown} »)")
                    continue
                refused = check_value(table, name, kind, decoded, today)
                if refused:
                    bad_rows.add((table.name, i, name))
                for message in refused:
                    problem(f"{table.name}.{name}", f"{where(table.name, i)} : {message} (reçu « {shown} »)")
                if not refused:
                    row[name] = decoded
            rows.append(row)
        data[table.name] = rows
    check_rows(data, where, problem, bad_rows)
    if beyond[0]:
        problems.append(FieldProblem("import", f"et {beyond[0]} autre(s) problème(s)"))
    if problems:
        raise ValidationError(problems)
    return data


def _shown(value: Any) -> str:
    """A received value as the message shows it: short, printable (no NUL, no lone surrogate)."""
    text = str(value)
    text = text if len(text) <= 40 else text[:40] + "…"
    return "".join(ch if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF else f"\\u{ord(ch):04x}" for ch in text)


def check_empty(conn: Connection) -> None:
    by_name = {t.name: t for t in tables()}
    for name in MUST_BE_EMPTY:
        n = conn.scalar(select(func.count()).select_from(by_name[name]))
        if n:
            raise ExchangeError(
                f"la base n'est pas vide ({name} : {n} lignes) : l'import se fait dans une base vide, "
                "créée pour l'occasion"
            )


def load(conn: Connection, data: dict[str, list[dict[str, Any]]], key: bytes | None = None) -> dict[str, int]:
    """Replace every table's rows by the export's, inside the caller's transaction."""
    check_empty(conn)
    ordered = tables()
    for table in reversed(ordered):  # reference data seeded by the migrations
        conn.execute(table.delete())
    counts: dict[str, int] = {}
    try:
        for table in ordered:
            rows = data[table.name]
            for start in range(0, len(rows), 2000):
                conn.execute(insert(table), rows[start:start + 2000])
            counts[table.name] = len(rows)
        if conn.dialect.name == "postgresql":
            for table in ordered:
                if "id" in table.c and table.c.id.primary_key:
                    seq = conn.scalar(select(func.pg_get_serial_sequence(table.name, "id")))
                    if seq:
                        conn.execute(select(func.setval(seq, select(func.coalesce(func.max(table.c.id), 0) + 1)
                                                        .scalar_subquery(), False)))
    except DBAPIError as exc:
        raise ExchangeError(f"import refusé par la base (rien n'a été écrit) : {exc.orig}") from exc
    report = verify_chain(conn, key)
    if report.key_problem is not None:
        raise ExchangeError(f"journal d'audit de l'export : {report.key_problem} ; import refusé, rien n'a été écrit")
    if not report.ok:
        bad = report.broken or report.forged[0]
        raise ExchangeError(
            f"le journal d'audit de l'export a été altéré (entrée n° {bad.entry_id} : "
            f"{bad.reason}) : import refusé, rien n'a été écrit"
        )
    return counts
