"""What each uniqueness constraint of the database protects, in one place: the form field it
names and the French message shown when a save breaks it (never the database's own text).

PostgreSQL names the constraint (``diag.constraint_name``); SQLite names the columns
(``UNIQUE constraint failed: customers.siret``): both are looked up here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError


@dataclass(frozen=True)
class UniqueRule:
    name: str  # the constraint or unique index name
    table: str
    columns: tuple[str, ...]
    field: str  # the field the forms and services name
    message: str  # French


UNIQUE_RULES: tuple[UniqueRule, ...] = (
    UniqueRule("uq_assets_model_code", "assets", ("model_code", "serial"), "serial",
               "ce numéro de série existe déjà pour ce modèle"),
    UniqueRule("uq_assets_asset_tag", "assets", ("asset_tag",), "asset_tag",
               "cette étiquette est déjà celle d'un autre matériel"),
    UniqueRule("ix_assets_iccid", "assets", ("iccid",), "iccid",
               "cet ICCID est déjà enregistré sur un autre terminal"),
    UniqueRule("ix_customers_siret", "customers", ("siret",), "siret",
               "ce SIRET est déjà celui d'un autre client"),
    UniqueRule("uq_users_name", "users", ("name",), "utilisateur", "un compte de ce nom existe déjà"),
    UniqueRule("uq_catalogue_items_code", "catalogue_items", ("code",), "code",
               "un article de ce code existe déjà"),
    UniqueRule("uq_tariff_versions_name", "tariff_versions", ("name",), "nom",
               "une version de tarif porte déjà ce nom"),
    UniqueRule("uq_tariff_versions_effective_on", "tariff_versions", ("effective_on",), "date_effet",
               "une version de tarif prend déjà effet ce jour-là"),
    UniqueRule("uq_contracts_number", "contracts", ("number",), "number",
               "ce numéro de contrat existe déjà"),
    UniqueRule("uq_tickets_number", "tickets", ("number",), "number",
               "ce numéro de dossier existe déjà"),
    UniqueRule("uq_tickets_rma_number", "tickets", ("rma_number",), "rma_number",
               "ce numéro RMA est déjà celui d'un autre dossier"),
    UniqueRule("uq_loss_declarations_number", "loss_declarations", ("number",), "number",
               "ce numéro de déclaration existe déjà"),
    UniqueRule("uq_check_ins_line_id", "check_ins", ("line_id",), "line_id",
               "le retour de ce matériel est déjà enregistré"),
)

_BY_NAME = {r.name: r for r in UNIQUE_RULES}
_BY_COLUMNS = {(r.table, r.columns): r for r in UNIQUE_RULES}
_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: ([\w., ]+)")


def unique_rule_for(exc: IntegrityError) -> UniqueRule | None:
    """The rule a refused save broke, or None (another kind of integrity error)."""
    orig = exc.orig
    diag = getattr(orig, "diag", None)
    name = getattr(diag, "constraint_name", None) if diag is not None else None
    if name and name in _BY_NAME:
        return _BY_NAME[name]
    match = _SQLITE_UNIQUE.search(str(orig))
    if match:
        cols = [c.strip() for c in match.group(1).split(",")]
        tables = {c.split(".", 1)[0] for c in cols}
        if len(tables) == 1:
            key = (tables.pop(), tuple(c.split(".", 1)[1] for c in cols))
            return _BY_COLUMNS.get(key)
    return None


__all__ = ["UNIQUE_RULES", "UniqueRule", "unique_rule_for"]
