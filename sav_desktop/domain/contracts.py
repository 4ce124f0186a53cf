"""A rental's life after its signature: its end (expiry or termination, who asked, why), its
renewal, and its deposit ledger (R-50). Pure rules: the services store and audit them.

*Decisions* (issue 11):
- The end of a rental is its effective end date (``ended_on``, R-51 counts the return month
  from it) with its kind: the contract's expiry (échéance) or a termination (résiliation), who
  asked (the customer or the reseller) and why. A termination names who asked it.
- A renewal keeps the same contract and moves its end date later (tacit renewal of the
  rental): the devices stay on it, the deposit stays held, the options stay. It is refused
  once a device has been checked in or after a termination: a new rental is then a new
  contract.
- The deposit ledger holds what was paid (at signature), kept (charges set against it at the
  return) and refunded; euros, no VAT (R-50's decision). The balance held is paid - kept -
  refunded and never goes below zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .errors import Collector
from .validators import clean_text_into, parse_money_into


class ContractEndKind(StrEnum):
    EXPIRY = "EXPIRY"
    TERMINATION = "TERMINATION"


CONTRACT_END_LABELS: dict[ContractEndKind, str] = {
    ContractEndKind.EXPIRY: "Échéance du contrat",
    ContractEndKind.TERMINATION: "Résiliation",
}


class EndRequester(StrEnum):
    CUSTOMER = "CUSTOMER"
    RESELLER = "RESELLER"


END_REQUESTER_LABELS: dict[EndRequester, str] = {
    EndRequester.CUSTOMER: "Client",
    EndRequester.RESELLER: "Revendeur",
}
#: "à la demande ..." in a French sentence.
END_REQUESTER_PHRASES: dict[EndRequester, str] = {
    EndRequester.CUSTOMER: "à la demande du client",
    EndRequester.RESELLER: "à la demande du revendeur",
}


class DepositEntryKind(StrEnum):
    PAID = "PAID"
    KEPT = "KEPT"
    REFUNDED = "REFUNDED"


DEPOSIT_ENTRY_LABELS: dict[DepositEntryKind, str] = {
    DepositEntryKind.PAID: "Versé",
    DepositEntryKind.KEPT: "Retenu",
    DepositEntryKind.REFUNDED: "Remboursé",
}

MAX_REASON = 2000


@dataclass(frozen=True)
class ContractEnd:
    ended_on: date | None
    kind: ContractEndKind | str
    requested_by: EndRequester | str | None = None
    reason: str = ""


def validate_end(end: ContractEnd, signed_on: date, delivered_on: date | None, col: Collector) -> ContractEnd:
    """The end of a rental, every problem named by field (``ended_on``, ``end_kind``...)."""
    kind: ContractEndKind | None = None
    try:
        kind = ContractEndKind(end.kind)
    except ValueError:
        col.add("end_kind", "choisissez échéance ou résiliation")
    requester: EndRequester | None = None
    if end.requested_by not in (None, ""):
        try:
            requester = EndRequester(end.requested_by)
        except ValueError:
            col.add("end_requested_by", "demandeur inconnu (client ou revendeur)")
    elif kind is ContractEndKind.TERMINATION:
        col.add("end_requested_by", "une résiliation dit qui l'a demandée (client ou revendeur)")
    if end.ended_on is None:
        col.add("ended_on", "date de fin obligatoire", "R-51")
    elif end.ended_on < signed_on:
        col.add("ended_on", "la fin ne peut précéder la signature", "R-90")
    elif delivered_on is not None and end.ended_on < delivered_on:
        col.add("ended_on", "la fin ne peut précéder la livraison", "R-90")
    reason = clean_text_into(col, end.reason, "end_reason", max_length=MAX_REASON, multiline=True)
    return ContractEnd(end.ended_on, kind or ContractEndKind.EXPIRY, requester, reason)


def validate_renewal(
    new_end: date | None, current_end: date | None, signed_on: date, terminated: bool, returned: int, col: Collector
) -> None:
    """A renewal moves the end date later on the same contract (see the module's decisions)."""
    if terminated:
        col.add("renewed_until", "une location résiliée ne se renouvelle pas : créez un nouveau contrat")
    if returned:
        col.add("renewed_until", "des matériels de cette location sont déjà rendus : créez un nouveau contrat")
    if current_end is None:
        col.add("renewed_until", "cette location n'a pas de date de fin : elle court déjà sans échéance")
    if new_end is None:
        col.add("renewed_until", "nouvelle date de fin obligatoire")
    elif new_end <= (current_end or signed_on):
        col.add("renewed_until", "la nouvelle date de fin doit suivre la fin actuelle")


@dataclass(frozen=True)
class LedgerTotals:
    paid: Decimal
    kept: Decimal
    refunded: Decimal

    @property
    def balance(self) -> Decimal:
        """What is still held (euros)."""
        return self.paid - self.kept - self.refunded


def ledger_totals(entries: list[tuple[str, Decimal]]) -> LedgerTotals:
    sums = {k: Decimal("0") for k in DepositEntryKind}
    for kind, amount in entries:
        sums[DepositEntryKind(kind)] += amount
    return LedgerTotals(sums[DepositEntryKind.PAID], sums[DepositEntryKind.KEPT], sums[DepositEntryKind.REFUNDED])


def validate_deposit_entry(
    kind: DepositEntryKind | str, amount: object, entry_on: date | None, signed_on: date,
    totals: LedgerTotals, col: Collector,
) -> tuple[DepositEntryKind, Decimal]:
    """A ledger entry: a positive amount in euros; what is kept or refunded never exceeds what
    is held (R-50); not dated before the signature."""
    chosen = DepositEntryKind.PAID
    try:
        chosen = DepositEntryKind(kind)
    except ValueError:
        col.add("deposit.kind", "mouvement inconnu (versé, retenu ou remboursé)")
    value = parse_money_into(col, amount, "deposit.amount")
    if value is not None and value <= 0:
        col.add("deposit.amount", "montant positif attendu (euros)")
    elif value is not None and chosen is not DepositEntryKind.PAID and value > totals.balance:
        col.add("deposit.amount", f"plus que le dépôt détenu ({totals.balance} €)", "R-50")
    if entry_on is None:
        col.add("deposit.entry_on", "date obligatoire")
    elif entry_on < signed_on:
        col.add("deposit.entry_on", "date antérieure à la signature du contrat", "R-90")
    return chosen, value if value is not None else Decimal("0")
