"""Administering the price list and the catalogue (RULES.md section 1): pure rules.

* Catalogue items (accessories, consumables) have no built-in price: the administrator enters
  it, HT, three decimals at most, never a float.
* A new tariff version starts from the version in force on its effective date (every price
  copied), then the administrator edits some prices. Its effective date is strictly after the
  latest version's: old versions are never edited, a document keeps the version it was priced
  with (its name is stored on the document).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from .catalogue import FEES, MODELS_BY_CODE, Tariff
from .errors import Collector, FieldProblem, ValidationError
from .validators import clean_text, text_problem

ITEM_CODE_MAX = 40
ITEM_LABEL_MAX = 200
TARIFF_NAME_MAX = 40
MAX_PRICE = Decimal("1000000")  # HT; far above anything sold at the desk


class PriceKind(StrEnum):
    """How a price of a tariff version is used (tariff_prices.price_kind)."""

    FEE = "FEE"
    REPLACEMENT_LT2 = "REPLACEMENT_LT2"  # device under 2 years
    REPLACEMENT_GE2 = "REPLACEMENT_GE2"  # device of 2 years or more


PRICE_KIND_LABELS: dict[PriceKind, str] = {
    PriceKind.FEE: "Forfait",
    PriceKind.REPLACEMENT_LT2: "Remplacement (moins de 2 ans)",
    PriceKind.REPLACEMENT_GE2: "Remplacement (2 ans et plus)",
}

_FEE_LABELS = {f.code: f.label for f in FEES}
PriceKey = tuple[str, PriceKind]  # (item code, kind)


def price_label(code: str) -> str:
    """What a price line of the tariff is about, in French."""
    if code in _FEE_LABELS:
        return _FEE_LABELS[code]
    model = MODELS_BY_CODE.get(code)
    return model.label if model is not None else code


def parse_price(value: object, field: str, *, allow_zero: bool = True) -> Decimal:
    """An HT amount as typed or given: Decimal, int or text (``12,5`` or ``12.500``).

    Refused, naming the field: floats (money is never binary), more than three decimals,
    negative or absurd amounts, anything that is not a number.
    """
    if isinstance(value, float) or isinstance(value, bool):
        raise ValidationError.single(field, "montant invalide : nombre décimal exact attendu")
    if isinstance(value, str):
        text = value.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace("€", "")
        if not text:
            raise ValidationError.single(field, "montant obligatoire")
        if not re.fullmatch(r"-?\d+([.,]\d*)?", text):
            raise ValidationError.single(field, "montant invalide (ex. 12,500)")
        value = text.replace(",", ".")
    if not isinstance(value, (Decimal, int, str)):
        raise ValidationError.single(field, "montant invalide")
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise ValidationError.single(field, "montant invalide (ex. 12,500)") from None
    if not amount.is_finite():
        raise ValidationError.single(field, "montant invalide (ex. 12,500)")
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -3 and amount != amount.quantize(Decimal("0.001")):
        raise ValidationError.single(field, "trois décimales au plus (tarif HT publié au millième)")
    if amount < 0:
        raise ValidationError.single(field, "le montant ne peut pas être négatif")
    if amount == 0 and not allow_zero:
        raise ValidationError.single(field, "montant nul refusé")
    if amount >= MAX_PRICE:
        raise ValidationError.single(field, "montant trop élevé (moins de 1 000 000 € HT)")
    return amount.quantize(Decimal("0.001"))


def clean_item_code(code: str, field: str = "code") -> str:
    """Catalogue code: upper case letters, digits, ``_`` and ``-`` (2 to 40)."""
    v = re.sub(r"\s+", "_", (code or "").strip()).upper()
    if not v:
        raise ValidationError.single(field, "code obligatoire")
    if not re.fullmatch(r"[A-Z0-9][A-Z0-9_\-]{1,39}", v):
        raise ValidationError.single(
            field, f"code invalide : 2 à {ITEM_CODE_MAX} lettres sans accent, chiffres, _ ou -"
        )
    return v


def clean_label(label: str, field: str = "libelle", max_length: int = ITEM_LABEL_MAX) -> str:
    """One line of text (domain.validators: no NUL, control character or lone surrogate;
    NFC), inner runs of spaces collapsed."""
    v = " ".join(clean_text(label, field, max_length=10 * max_length).split())
    if not v:
        raise ValidationError.single(field, "libellé obligatoire")
    if len(v) > max_length:
        raise ValidationError.single(field, f"trop long ({max_length} caractères au plus)")
    return v


def tariff_prices(tariff: Tariff) -> dict[PriceKey, Decimal]:
    """Every price of a version, keyed by (code, kind)."""
    prices: dict[PriceKey, Decimal] = {(c, PriceKind.FEE): v for c, v in tariff.fees.items()}
    prices.update({(c, PriceKind.REPLACEMENT_LT2): v for c, v in tariff.replacement_lt2.items()})
    prices.update({(c, PriceKind.REPLACEMENT_GE2): v for c, v in tariff.replacement_ge2.items()})
    return prices


def tariff_from_prices(name: str, effective_on: date, prices: Mapping[PriceKey, Decimal]) -> Tariff:
    return Tariff(
        name=name,
        effective_on=effective_on,
        fees={c: v for (c, k), v in prices.items() if k is PriceKind.FEE},
        replacement_lt2={c: v for (c, k), v in prices.items() if k is PriceKind.REPLACEMENT_LT2},
        replacement_ge2={c: v for (c, k), v in prices.items() if k is PriceKind.REPLACEMENT_GE2},
    )


def price_field(key: PriceKey) -> str:
    """The field a price problem names: ``prix[MOVE5000_4G/REPLACEMENT_LT2]``."""
    return f"prix[{key[0]}/{key[1].value}]"


def new_version(
    versions: list[Tariff] | tuple[Tariff, ...],
    name: str,
    effective_on: date | None,
    changes: Mapping[PriceKey, object],
) -> Tariff:
    """The next version of the price list: the version in force on ``effective_on`` copied,
    with ``changes`` applied. Every problem is reported at once (fields ``nom``,
    ``date_effet``, ``prix[code/kind]``)."""
    col = Collector()
    clean_name = ""
    name_problem = text_problem(name) if isinstance(name, str) else "texte attendu"
    if name_problem:
        col.add("nom", name_problem)
    else:
        clean_name = " ".join(unicodedata.normalize("NFC", name).split())
    if name_problem:
        pass
    elif not clean_name:
        col.add("nom", "nom de la version obligatoire (ex. 01/2026)")
    elif len(clean_name) > TARIFF_NAME_MAX:
        col.add("nom", f"nom trop long ({TARIFF_NAME_MAX} caractères au plus)")
    elif any(v.name.casefold() == clean_name.casefold() for v in versions):
        col.add("nom", f"une version nommée {clean_name} existe déjà")
    latest = max(versions, key=lambda t: t.effective_on) if versions else None
    if effective_on is None:
        col.add("date_effet", "date d'entrée en vigueur obligatoire")
    elif not isinstance(effective_on, date):
        col.add("date_effet", "date attendue")
    elif latest is not None and effective_on <= latest.effective_on:
        col.add(
            "date_effet",
            f"la date d'entrée en vigueur doit suivre celle de la dernière version "
            f"({latest.name}, {latest.effective_on:%d/%m/%Y})",
        )
    if latest is None:
        col.add("nom", "aucune version de base à recopier")
    base = tariff_prices(latest) if latest is not None else {}
    prices = dict(base)
    for key, raw in changes.items():
        code, kind = key[0], PriceKind(key[1])
        if (code, kind) not in base:
            col.add(price_field((code, kind)), f"prix inconnu dans la version de base : {code}")
            continue
        try:
            prices[(code, kind)] = parse_price(raw, price_field((code, kind)), allow_zero=False)
        except ValidationError as exc:
            col.problems.extend(_named(exc.problems, code, kind))
    col.check()
    assert effective_on is not None
    return tariff_from_prices(clean_name, effective_on, prices)


def _named(problems: list[FieldProblem], code: str, kind: PriceKind) -> list[FieldProblem]:
    """A price's problem says which line it is about (the form shows them in a table)."""
    what = f"{price_label(code)} — {PRICE_KIND_LABELS[kind].lower()}"
    return [FieldProblem(p.field, f"{what} : {p.message}", p.rule) for p in problems]


def changed_prices(base: Tariff, new: Tariff) -> dict[PriceKey, tuple[Decimal, Decimal]]:
    """What a new version changes: (old, new) per price."""
    old, now = tariff_prices(base), tariff_prices(new)
    return {k: (old[k], v) for k, v in now.items() if k in old and old[k] != v}
