"""An import checked like the application: the validators of the forms and services on every row.

store.exchange decodes each value by its column type; this module then applies, before
anything is written:

* per value: ids (domain.validators.check_id: 1 .. 2^63 - 1), other integers within 64 bits,
  money (parse_money: 3 decimals, within MONEY_MAX, not negative except a balance), dates
  (check_date: 1990 .. today + 10 years), text (text_problem: no NUL, lone surrogate or
  control character; notes within MAX_NOTES), enumerations (statuses, roles, kinds...);
* per row: the records' validators (domain.records.validate_asset, validate_contract with
  the contract's devices and their model codes, as the services call it -- R-50 no deposit
  on a sale, R-54 a rental's insurer and policy, R-55 a terminal's software service, R-90
  delivery or end before the signature) and validate_customer with its practitioners.

Every problem is returned (file, row, field); the caller refuses the whole import.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Table

from ..domain.checkin import Settlement
from ..domain.coverage import BenefitEvent, IncidentKind
from ..domain.enums import AssetStatus, ContractKind, DepositState, ItemKind, OptionName, Role
from ..domain.errors import Collector, FieldProblem, ValidationError
from ..domain.records import (
    MAX_NOTES, AssetInput, ContractInput, CustomerInput, PractitionerInput, validate_asset, validate_contract,
    validate_customer,
)
from ..domain.tickets import TicketState
from ..domain.validators import check_date_into, check_id, parse_money_into, text_problem

ENUMS: dict[tuple[str, str], type[Enum]] = {
    ("assets", "status"): AssetStatus,
    ("users", "role"): Role,
    ("contracts", "kind"): ContractKind,
    ("contracts", "deposit_state"): DepositState,
    ("option_subscriptions", "name"): OptionName,
    ("catalogue_items", "kind"): ItemKind,
    ("tickets", "state"): TicketState,
    ("check_ins", "settlement"): Settlement,
    ("loss_declarations", "kind"): IncidentKind,
    ("loss_declarations", "previous_status"): AssetStatus,
    ("benefit_records", "event"): BenefitEvent,
}
NEGATIVE_MONEY = frozenset({"balance_ttc"})  # a check-in's balance may be owed either way
# Free text the application itself writes (audit trail, settings): no notes limit.
LONG_TEXT = frozenset({("audit_log", "summary"), ("audit_log", "before_json"), ("audit_log", "after_json"),
                       ("settings", "value")})
LONG_TEXT_MAX = 1_000_000
INT_MIN, INT_MAX = -(2**63), 2**63 - 1

Problem = Callable[[str, str], None]


def _is_id(table: Table, name: str) -> bool:
    col = table.c[name]
    return (name == "id" and col.primary_key) or bool(col.foreign_keys) or name.endswith("_id")


def check_value(table: Table, name: str, kind: str, value: Any, today: date) -> list[str]:
    """Why a decoded value is refused (French, without the field), empty when it is fine."""
    if value is None:
        return []
    col = Collector()
    if kind == "integer":
        if _is_id(table, name) and not (table.name == "audit_log" and name == "asset_id" and value == 0):
            try:
                check_id(value, name)
            except ValidationError:
                return [f"identifiant invalide ({value if abs(value) < 10**12 else 'hors limites'} : "
                        "entier de 1 à 2^63 - 1 attendu)"]
        elif not INT_MIN <= value <= INT_MAX:
            return ["entier hors limites (64 bits)"]
        return []
    if kind == "money":
        parse_money_into(col, value, name, allow_negative=name in NEGATIVE_MONEY)
    elif kind == "date":
        check_date_into(col, value, name, today, required=False)
    elif kind == "text":
        problem = text_problem(value, multiline=True)
        if problem:
            return [problem]
        limit = LONG_TEXT_MAX if (table.name, name) in LONG_TEXT else (
            MAX_NOTES if table.c[name].type.__class__.__name__ == "Text" else None)
        if limit is not None and len(value) > limit:
            return [f"texte trop long ({len(value)} caractères, {limit} au plus)"]
        enum = ENUMS.get((table.name, name))
        if enum is not None:
            try:
                enum(value)
            except ValueError:
                allowed = ", ".join(str(e.value) for e in enum)
                return [f"valeur inconnue « {value[:40]} » (attendu : {allowed})"]
    return [p.message for p in col.problems]


def _any(value: Any) -> Any:
    """A raw value handed to a validator that checks its type itself."""
    return value


def _problems(exc: ValidationError) -> list[FieldProblem]:
    return list(exc.problems)


def check_rows(data: dict[str, list[dict[str, Any]]], where: Callable[[str, int], str],
               report: Callable[[str, str], None], skip: set[tuple[str, int, str]] | None = None) -> None:
    """The records' own validators on each row (asset, contract with its devices, customer)."""
    lines: dict[Any, list[Any]] = {}
    for line in data.get("contract_lines", []):
        lines.setdefault(line.get("contract_id"), []).append(line.get("asset_id"))
    # The devices' models, as services.contracts reads them for validate_contract (R-55).
    models: dict[Any, str] = {a.get("id"): a["model_code"] for a in data.get("assets", [])
                              if isinstance(a.get("model_code"), str)}
    practitioners: dict[Any, list[dict[str, Any]]] = {}
    for p in data.get("practitioners", []):
        practitioners.setdefault(p.get("customer_id"), []).append(p)

    skip = skip or set()

    def run(table: str, i: int, check: Callable[[], Any]) -> None:
        try:
            check()
        except ValidationError as exc:
            for p in _problems(exc):
                if (table, i, p.field) in skip:
                    continue  # that value's refusal is reported already
                rule = f" ({p.rule})" if p.rule else ""
                report(f"{table}.{p.field}", f"{where(table, i)} : {p.message}{rule}")
        except (TypeError, ValueError, KeyError, AttributeError):
            pass  # a value already refused by its type: reported there

    r: Any
    for i, r in enumerate(data.get("assets", []), start=1):
        run("assets", i, lambda r=r: validate_asset(AssetInput(  # type: ignore[misc]
            r.get("model_code") or "", r.get("serial") or "", _any(r.get("status") or ""), r.get("in_service_on"),
            r.get("firmware_version") or "", r.get("iccid"), r.get("notes") or "")))
    for i, r in enumerate(data.get("contracts", []), start=1):
        devices = tuple(dict.fromkeys(a for a in lines.get(r.get("id"), []) if a is not None))
        codes = tuple(models[a] for a in devices if a in models)
        deposit = r.get("deposit_ht", r.get("deposit"))
        run("contracts", i, lambda r=r, devices=devices, codes=codes, deposit=deposit: validate_contract(ContractInput(  # type: ignore[misc]
            _any(r.get("kind") or ""), r.get("customer_id") or 0, r["signed_on"], devices or (0,),
            r.get("delivered_on"), r.get("ended_on"), deposit if isinstance(deposit, Decimal) else Decimal("0"),
            r.get("software_service") or "", r.get("insurer") or "", r.get("policy_number") or "",
            r.get("notes") or ""), codes))
    for i, r in enumerate(data.get("customers", []), start=1):
        people = tuple(PractitionerInput(p.get("full_name") or "", p.get("profession") or "", p.get("rpps"),
                                         p.get("adeli")) for p in practitioners.get(r.get("id"), []))
        run("customers", i, lambda r=r, people=people: validate_customer(CustomerInput(  # type: ignore[misc]
            practice_name=r.get("practice_name") or "", siret=r.get("siret"), finess=r.get("finess"),
            address=r.get("address") or "", postal_code=r.get("postal_code") or "", city=r.get("city") or "",
            phone=r.get("phone"), email=r.get("email"), notes=r.get("notes") or "", practitioners=people)))
