"""The validators at the door: text, money and dates, one set for forms, services, CLI and import.

Each returns the clean value or raises ValidationError naming the field (French message);
``*_into`` variants add the problem to a Collector so a form reports every field at once.
"""

from __future__ import annotations

import math
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation

from .errors import Collector, FieldProblem, ValidationError

#: Money: at most three decimals (the published prices), and no absurd amount.
MONEY_PLACES = 3
MONEY_MAX = Decimal("1000000")  # one million euros: far beyond any device, deposit or quote
#: Dates typed or imported: from 1990 to today + 10 years, unless a rule says otherwise.
DATE_MIN = date(1990, 1, 1)
DATE_MAX_YEARS_AHEAD = 10

_ALLOWED_MULTILINE = {"\n", "\t"}


def text_problem(value: str, *, multiline: bool = False) -> str | None:
    """Why a text is refused (French), or None: NUL, control characters, lone surrogates."""
    for ch in value:
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            return "caractère invalide (demi-paire UTF-16)"
        if ch == "\x00":
            return "caractère nul interdit"
        if multiline and ch in _ALLOWED_MULTILINE:
            continue
        if ch == "\r" and multiline:
            continue
        category = unicodedata.category(ch)
        if category == "Cc" or category in ("Zl", "Zp"):
            return "caractère de contrôle interdit" + ("" if multiline else " (une seule ligne)")
    return None


def clean_text(
    value: object,
    field: str,
    *,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
) -> str:
    """The text stripped and normalised to NFC, or ValidationError naming the field."""
    col = Collector()
    result = clean_text_into(col, value, field, max_length=max_length, required=required, multiline=multiline)
    col.check()
    return result


def clean_text_into(
    col: Collector,
    value: object,
    field: str,
    *,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        col.add(field, "texte attendu")
        return ""
    problem = text_problem(value, multiline=multiline)
    if problem:
        col.add(field, problem)
        return ""
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if required and not text:
        col.add(field, "champ obligatoire")
    if len(text) > max_length:
        col.add(field, f"texte trop long ({len(text)} caractères, {max_length} au plus)")
    return text


def is_clean_search(value: str) -> bool:
    """A search text the services may run: anything refused here simply finds nothing."""
    return isinstance(value, str) and text_problem(value) is None


def parse_money(
    value: object,
    field: str,
    *,
    allow_negative: bool = False,
    maximum: Decimal = MONEY_MAX,
) -> Decimal:
    """An amount in euros as Decimal: no float, NaN, infinity, more than 3 decimals or absurd value."""
    col = Collector()
    result = parse_money_into(col, value, field, allow_negative=allow_negative, maximum=maximum)
    col.check()
    assert result is not None
    return result


def parse_money_into(
    col: Collector,
    value: object,
    field: str,
    *,
    allow_negative: bool = False,
    maximum: Decimal = MONEY_MAX,
) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        col.add(field, "montant attendu")
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            col.add(field, "montant invalide")
            return None
        value = repr(value)  # the digits as typed, never the binary expansion
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("€", "")
        text = text.replace(",", ".")
    elif isinstance(value, (int, Decimal)):
        text = str(value)
    else:
        col.add(field, "montant attendu")
        return None
    try:
        amount = Decimal(text)
    except (InvalidOperation, ValueError):
        col.add(field, f"montant invalide : {str(value)[:40]!r}")
        return None
    if not amount.is_finite():
        col.add(field, "montant invalide")
        return None
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MONEY_PLACES:
        col.add(field, f"au plus {MONEY_PLACES} décimales")
        return None
    if amount < 0 and not allow_negative:
        col.add(field, "le montant ne peut être négatif")
        return None
    if abs(amount) > maximum:
        col.add(field, f"montant hors limites (au plus {maximum} €)")
        return None
    return amount + Decimal("0.000")


def date_bounds(today: date) -> tuple[date, date]:
    """The sane range of a date typed or imported (1990 to today + 10 years)."""
    try:
        upper = today.replace(year=today.year + DATE_MAX_YEARS_AHEAD)
    except ValueError:  # 29 February
        upper = today.replace(year=today.year + DATE_MAX_YEARS_AHEAD, day=28)
    return DATE_MIN, upper


def check_date(value: object, field: str, today: date, *, required: bool = True) -> date | None:
    col = Collector()
    result = check_date_into(col, value, field, today, required=required)
    col.check()
    return result


def check_date_into(col: Collector, value: object, field: str, today: date, *, required: bool = True) -> date | None:
    """A date within 1990 .. today + 10 years; an ISO text is parsed strictly (31/02 refused, R-90)."""
    if value is None or value == "":
        if required:
            col.add(field, "date obligatoire")
        return None
    if isinstance(value, str):
        typed = value
        try:
            value = date.fromisoformat(typed.strip())
        except ValueError:
            col.add(field, f"date invalide : {typed[:30]!r}", "R-90")
            return None
    if not isinstance(value, date):
        col.add(field, "date attendue")
        return None
    low, high = date_bounds(today)
    if value < low or value > high:
        col.add(field, f"date hors limites ({low:%d/%m/%Y} – {high:%d/%m/%Y})")
        return None
    return value


def check_id(value: object, field: str) -> int:
    """A record id: a positive integer that fits a 63-bit column."""
    if isinstance(value, bool) or not isinstance(value, int) or not (0 < value < 2**63):
        raise ValidationError(FieldProblem(field, "identifiant invalide"))
    return value


__all__ = [
    "DATE_MIN",
    "MONEY_MAX",
    "MONEY_PLACES",
    "check_date",
    "check_date_into",
    "check_id",
    "clean_text",
    "clean_text_into",
    "date_bounds",
    "is_clean_search",
    "parse_money",
    "parse_money_into",
    "text_problem",
]
