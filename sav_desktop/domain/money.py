"""Money: Decimal only (RULES.md: three decimals HT, TTC half-up to the cent)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

THOUSANDTH = Decimal("0.001")
CENT = Decimal("0.01")
VAT_RATE = Decimal("0.20")


def money(value: Decimal | str | int) -> Decimal:
    """An HT amount with exactly three decimals. Floats are refused on purpose."""
    if isinstance(value, float):  # pragma: no cover - guarded by typing too
        raise TypeError("money must never be a float")
    try:
        amount = Decimal(value)
    except InvalidOperation as exc:
        raise ValueError(f"montant invalide : {value!r}") from exc
    if not amount.is_finite():
        raise ValueError(f"montant invalide : {value!r}")
    return amount.quantize(THOUSANDTH, rounding=ROUND_HALF_UP)


def euros(value: Decimal | str | int) -> Decimal:
    """A sum of money with no VAT (a deposit, R-50): euros, half-up to the cent."""
    if isinstance(value, float):  # pragma: no cover - guarded by typing too
        raise TypeError("money must never be a float")
    try:
        amount = Decimal(value)
    except InvalidOperation as exc:
        raise ValueError(f"montant invalide : {value!r}") from exc
    if not amount.is_finite():
        raise ValueError(f"montant invalide : {value!r}")
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def ttc(total_ht: Decimal) -> Decimal:
    """TTC of a document's total HT: x 1.20, half-up to the cent (RULES.md, VAT 20 %)."""
    return (total_ht * (1 + VAT_RATE)).quantize(CENT, rounding=ROUND_HALF_UP)


def to_thousandths(amount: Decimal) -> int:
    """Exact integer storage (SQLite has no decimal type)."""
    return int(money(amount) * 1000)


def from_thousandths(value: int) -> Decimal:
    return (Decimal(value) / 1000).quantize(THOUSANDTH)


def format_eur(amount: Decimal, places: int = 3) -> str:
    """French display: ``1 051,600 €`` with U+202F between thousands and U+00A0 before €."""
    q = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    integer, _, frac = f"{abs(q):f}".partition(".")
    groups: list[str] = []
    while len(integer) > 3:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    groups.insert(0, integer)
    text = "\u202f".join(groups)
    if places:
        text += "," + frac
    return f"{sign}{text}\u00a0€"
