"""Rental check-in arithmetic: missing accessories (R-52), deposit settlement (R-50).

Readings (also in the ``why`` texts):

* R-52: each accessory of the contract line not given back is billed at the catalogue's
  current price, quantity x unit price.
* R-50: amounts are compared HT, as the contract records its deposit HT (``deposit_ht``):
  charges <= deposit -> the charges are deducted and the rest refunded (all of it when
  there is no charge); charges > deposit -> the whole deposit is kept and the balance is
  billed (its TTC is the balance HT x 1.20 half-up, ``money.ttc``).
* The settlement covers every check-in of the contract: it is made when its last device
  comes back; earlier check-ins of a multi-device rental are PENDING.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .money import format_eur, money, ttc


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
    settlement: Settlement
    deposit_ht: Decimal
    charges_ht: Decimal
    deducted_ht: Decimal
    refund_ht: Decimal
    balance_ht: Decimal
    balance_ttc: Decimal
    why: str


def settle_deposit(deposit_ht: Decimal, charges_ht: Decimal) -> DepositSettlement:
    """R-50: refund, partial deduction, or balance billed (all Decimal, three decimals HT)."""
    deposit, charges = money(deposit_ht), money(charges_ht)
    if deposit < 0 or charges < 0:
        raise ValueError("montants négatifs")
    if charges == 0:
        return DepositSettlement(
            Settlement.REFUND, deposit, charges, money(0), deposit, money(0), ttc(money(0)),
            f"Matériel rendu complet et conforme : dépôt de garantie de {format_eur(deposit)} HT remboursé "
            "en totalité (R-50).",
        )
    if charges <= deposit:
        refund = deposit - charges
        return DepositSettlement(
            Settlement.PARTIAL_DEDUCTION, deposit, charges, charges, refund, money(0), ttc(money(0)),
            f"{format_eur(charges)} HT retenus sur le dépôt de garantie de {format_eur(deposit)} HT ; "
            f"{format_eur(refund)} HT remboursés (R-50).",
        )
    balance = charges - deposit
    return DepositSettlement(
        Settlement.BALANCE_BILLED, deposit, charges, deposit, money(0), balance, ttc(balance),
        f"Frais de {format_eur(charges)} HT supérieurs au dépôt de garantie de {format_eur(deposit)} HT : "
        f"le dépôt est retenu et le solde de {format_eur(balance)} HT ({format_eur(ttc(balance), 2)} TTC) "
        "est facturé (R-50).",
    )


def pending_settlement(deposit_ht: Decimal, charges_ht: Decimal) -> DepositSettlement:
    deposit, charges = money(deposit_ht), money(charges_ht)
    return DepositSettlement(
        Settlement.PENDING, deposit, charges, money(0), money(0), money(0), ttc(money(0)),
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
