"""What the desk's documents say: plain values the services fill and sav_desktop.documents lays
out as PDF (rental return receipt, quote, loss/theft/destruction statement). Pure: no Qt, no
storage.

Readings (each also printed on the document it drives):

* Totals: the TVA is 20 % of the document's total HT and the TTC is ``money.ttc`` of that
  total (half-up to the cent on the total, never line by line; RULES.md "Amounts").
* A quote is valid 30 days from the day it was drawn up (:data:`QUOTE_VALIDITY_DAYS`; the
  rules say nothing: a *setting* to come).
* Each billed line cites its rule (:func:`charge_rule`): ANALYSIS and the repair flat fee
  R-60 (R-63 on a rental, R-48 without a quote), OTHER_SERVICE R-47, a replacement price
  R-61, a catalogue accessory R-52.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from .catalogue import EXCLUSIONS_BY_CODE, FEES, MODELS_BY_CODE
from .coverage import Decision
from .money import money, ttc

#: Days a quote stays valid after it was drawn up (reading; RULES.md is silent).
QUOTE_VALIDITY_DAYS = 30

_FEE_LABELS = {f.code: f.label for f in FEES}


@dataclass(frozen=True)
class Party:
    """The customer as a document addresses it."""

    name: str
    address: str = ""
    postal_code: str = ""
    city: str = ""


@dataclass(frozen=True)
class DeviceLine:
    asset_tag: str
    serial: str
    model_code: str
    model_label: str


@dataclass(frozen=True)
class DocumentLine:
    """One billed line: ``amount_ht`` = quantity x unit price (three decimals HT)."""

    code: str
    label: str
    quantity: int
    unit_ht: Decimal
    amount_ht: Decimal
    rule: str


@dataclass(frozen=True)
class Totals:
    total_ht: Decimal
    vat: Decimal
    total_ttc: Decimal


def totals_of(lines: Sequence[DocumentLine]) -> Totals:
    """The document's totals: TTC computed once on the total HT (RULES.md)."""
    total = money(sum((line.amount_ht for line in lines), Decimal(0)))
    total_ttc = ttc(total)
    return Totals(total, total_ttc - total, total_ttc)


@dataclass(frozen=True)
class ExclusionLine:
    code: str
    label: str
    is_damage: bool


def exclusion_lines(codes: Sequence[str]) -> tuple[ExclusionLine, ...]:
    """The R-30 codes with their French labels (an unknown code is shown as is)."""
    out: list[ExclusionLine] = []
    for code in codes:
        known = EXCLUSIONS_BY_CODE.get(code)
        out.append(ExclusionLine(code, known.label if known else code, bool(known and known.is_damage)))
    return tuple(out)


def charge_label(code: str) -> str:
    """French label of a fee code or of a model's replacement price."""
    if code in _FEE_LABELS:
        return _FEE_LABELS[code]
    model = MODELS_BY_CODE.get(code)
    return f"Prix de remplacement : {model.label}" if model else code


def charge_rule(code: str, decision: Decision | None, rules: Sequence[str], rental: bool) -> str:
    """The rule a line of the coverage engine is billed under (cited on quotes)."""
    if code in MODELS_BY_CODE:
        return "R-61"
    if code == "OTHER_SERVICE":
        return "R-47"
    if decision is Decision.BILLED_REPAIR_NO_QUOTE:
        return "R-48"
    if rental and "R-63" in rules:
        return "R-63"
    return "R-60"


@dataclass(frozen=True)
class AccessoryLine:
    """One accessory of the rental line at the check-in (R-52)."""

    label: str
    lent: int
    returned: int

    @property
    def missing(self) -> int:
        return max(self.lent - self.returned, 0)


@dataclass(frozen=True)
class ReturnReceipt:
    """Reçu de restitution of a rented device (R-50, R-51, R-52, R-63)."""

    number: str
    issued_at: datetime
    operator: str
    customer: Party
    device: DeviceLine
    contract_number: str
    signed_on: date
    ended_on: date | None
    return_deadline: date
    returned_on: date
    late: bool
    accessories: tuple[AccessoryLine, ...]
    seal_intact: bool
    exclusions: tuple[ExclusionLine, ...]
    notes: str
    lines: tuple[DocumentLine, ...]
    totals: Totals
    tariff_name: str
    settlement: str  # domain.checkin.Settlement value
    settlement_label: str
    # R-50 Decision: euros, no VAT; the deposit is set against the charges TTC.
    deposit: Decimal
    charges_ttc: Decimal  # the contract's charges TTC the deposit was set against
    kept: Decimal
    refund: Decimal
    balance_ttc: Decimal
    why: str


@dataclass(frozen=True)
class QuoteDocument:
    """Devis of a workshop ticket (R-60), with its "bon pour accord" block."""

    number: str
    ticket_number: str
    drawn_on: date
    valid_until: date
    customer: Party
    device: DeviceLine
    contract_number: str
    contract_kind_label: str
    rma_number: str
    problem: str
    exclusions: tuple[ExclusionLine, ...]
    repairable: bool
    decision_label: str
    why: str
    lines: tuple[DocumentLine, ...]
    totals: Totals
    tariff_name: str
    state_label: str


def quote_valid_until(drawn_on: date) -> date:
    return drawn_on + timedelta(days=QUOTE_VALIDITY_DAYS)


@dataclass(frozen=True)
class LossStatement:
    """Déclaration de perte, vol ou destruction (R-62) with its replacement price (R-61)."""

    number: str
    kind: str  # domain.coverage.IncidentKind value: loss / theft / destruction
    kind_label: str
    issued_at: datetime
    operator: str
    customer: Party
    device: DeviceLine
    contract_number: str
    contract_kind_label: str
    in_service_on: date | None
    event_on: date
    reported_at: datetime
    letter_sent_on: date | None
    letter_reference: str
    complaint_reference: str
    complaint_on: date | None
    police_office: str
    circumstances: str
    lines: tuple[DocumentLine, ...]
    totals: Totals
    tariff_name: str
    why: str
    state_label: str


__all__ = [
    "AccessoryLine",
    "DeviceLine",
    "DocumentLine",
    "ExclusionLine",
    "LossStatement",
    "Party",
    "QUOTE_VALIDITY_DAYS",
    "QuoteDocument",
    "ReturnReceipt",
    "Totals",
    "charge_label",
    "charge_rule",
    "exclusion_lines",
    "quote_valid_until",
    "totals_of",
]
