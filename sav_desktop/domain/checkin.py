"""Rental check-in arithmetic: missing accessories (R-52), deposit settlement (R-50).

Readings (also in the ``why`` texts):

* R-52: each accessory of the contract line not given back is billed at the catalogue's
  current price, quantity x unit price.
* R-50 Decision: the deposit is a sum of money held, in euros, with no VAT (never "HT").
  The charges are taken TTC (total HT of the contract's check-ins x 1.20, half-up to the
  cent) and the deposit is set against that TTC total: TTC <= deposit -> the TTC is kept
  and the rest refunded (all of it when there is no charge); TTC > deposit -> the whole
  deposit is kept and the balance TTC is billed. Example: 395.666 HT = 474.80 TTC against
  300.00 -> 300.00 kept, 174.80 TTC billed.
* The settlement covers every check-in of the contract: it is made when its last device
  comes back; earlier check-ins of a multi-device rental are PENDING.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .money import euros, format_eur, money, ttc


class Settlement(StrEnum):
    PENDING = "PENDING"
    REFUND = "REFUND"
    PARTIAL_DEDUCTION = "PARTIAL_DEDUCTION"
    BALANCE_BILLED = "BALANCE_BILLED"


SETTLEMENT_LABELS: dict[Settlement, str] = {
    Settlement.PENDING: "En attente du retour des autres matériels",
    Settlement.REFUND: "Dépôt de garantie remboursé",
    Settlement.PARTIAL_DEDUCTION: "Retenue partielle sur le dépôt de garantie",
    Settlement.BALANCE_BILLED: "Dépôt de garantie retenu, solde facturé",
}


@dataclass(frozen=True)
class ChargeLine:
    code: str
    label: str
    quantity: int
    unit_ht: Decimal
    rule: str

    @property
    def amount_ht(self) -> Decimal:
        return money(self.unit_ht * self.quantity)


@dataclass(frozen=True)
class AccessoryCheck:
    """One accessory of the contract line: how many were lent, how many came back."""

    code: str
    label: str
    expected: int
    returned: int
    unit_price_ht: Decimal

    @property
    def missing(self) -> int:
        return max(self.expected - self.returned, 0)


def missing_accessory_charges(checks: Iterable[AccessoryCheck]) -> list[ChargeLine]:
    """R-52: accessories of rented equipment are covered by nothing: missing ones are billed
    at catalogue price."""
    return [
        ChargeLine(c.code, f"{c.label} manquant(e)", c.missing, money(c.unit_price_ht), "R-52")
        for c in checks
        if c.missing > 0
    ]


def total_ht(lines: Sequence[ChargeLine]) -> Decimal:
    return money(sum((line.amount_ht for line in lines), Decimal(0)))


@dataclass(frozen=True)
class DepositSettlement:
    """R-50: the deposit (euros) against the charges TTC; kept + refund = deposit and
    kept + balance_ttc = charges_ttc."""

    settlement: Settlement
    deposit: Decimal  # euros, two decimals, no VAT
    charges_ht: Decimal  # three decimals
    charges_ttc: Decimal  # two decimals
    kept: Decimal  # part of the deposit kept
    refund: Decimal  # paid back to the customer
    balance_ttc: Decimal  # billed beyond the deposit, TTC
    why: str


def _eur(amount: Decimal) -> str:
    return format_eur(amount, 2)


def settle_deposit(deposit: Decimal, charges_ht: Decimal) -> DepositSettlement:
    """R-50 Decision: refund, partial deduction, or balance billed, against the TTC charges."""
    held, charges = euros(deposit), money(charges_ht)
    if held < 0 or charges < 0:
        raise ValueError("montants négatifs")
    charges_ttc = ttc(charges)
    zero = euros(0)
    if charges == 0:
        return DepositSettlement(
            Settlement.REFUND, held, charges, charges_ttc, zero, held, zero,
            f"Matériel rendu complet et conforme : dépôt de garantie de {_eur(held)} remboursé en totalité (R-50).",
        )
    if charges_ttc <= held:
        refund = held - charges_ttc
        return DepositSettlement(
            Settlement.PARTIAL_DEDUCTION, held, charges, charges_ttc, charges_ttc, refund, zero,
            f"Frais de {format_eur(charges)} HT, soit {_eur(charges_ttc)} TTC, retenus sur le dépôt de garantie "
            f"de {_eur(held)} ; {_eur(refund)} remboursés (R-50).",
        )
    balance = charges_ttc - held
    return DepositSettlement(
        Settlement.BALANCE_BILLED, held, charges, charges_ttc, held, zero, balance,
        f"Frais de {format_eur(charges)} HT, soit {_eur(charges_ttc)} TTC, supérieurs au dépôt de garantie de "
        f"{_eur(held)} : le dépôt est retenu et le solde de {_eur(balance)} TTC est facturé (R-50).",
    )


def pending_settlement(deposit: Decimal, charges_ht: Decimal) -> DepositSettlement:
    held, charges = euros(deposit), money(charges_ht)
    zero = euros(0)
    return DepositSettlement(
        Settlement.PENDING, held, charges, ttc(charges), zero, zero, zero,
        "D'autres matériels de la location ne sont pas encore rendus : le dépôt de garantie sera soldé au "
        "dernier retour (R-50).",
    )


def returned_exclusions(seal_intact: bool, damage: Iterable[str]) -> tuple[str, ...]:
    """The exclusion codes seen at the check-in; a torn seal is SEAL_BROKEN (R-30)."""
    codes: list[str] = []
    for code in damage:
        if code not in codes:
            codes.append(code)
    if not seal_intact and "SEAL_BROKEN" not in codes:
        codes.append("SEAL_BROKEN")
    return tuple(codes)


__all__ = [
    "AccessoryCheck",
    "ChargeLine",
    "DepositSettlement",
    "SETTLEMENT_LABELS",
    "Settlement",
    "missing_accessory_charges",
    "pending_settlement",
    "returned_exclusions",
    "settle_deposit",
    "total_ht",
]
