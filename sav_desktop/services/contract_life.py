"""A contract after its signature: edit (with the version check), end of a rental, renewal,
the deposit ledger (R-50), and the contract as its edit screen shows it.

Each use case checks the acting user's permission first (services.accounts.require), validates
with the same rules as the creation (domain.records.validate_contract: R-50, R-54, R-55, R-90),
refuses a save based on an outdated version (ConflictError: the screen reloads) and writes its
audit entry in the same transaction. Decisions on ends, renewals and the ledger:
domain.contracts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm.attributes import flag_modified

from ..domain.accounts import Permission
from ..domain.calendar import format_date_fr
from ..domain.contracts import (
    CONTRACT_END_LABELS,
    DEPOSIT_ENTRY_LABELS,
    END_REQUESTER_PHRASES,
    ContractEnd,
    ContractEndKind,
    DepositEntryKind,
    EndRequester,
    LedgerTotals,
    ledger_totals,
    validate_deposit_entry,
    validate_end,
    validate_renewal,
)
from ..domain.enums import ASSET_STATUS_LABELS, AssetStatus, ContractKind, DepositState, OptionName
from ..domain.errors import Collector, NotFoundError, ValidationError
from ..domain.money import format_eur
from ..domain.records import ContractInput, OptionInput, deposit_state_for, validate_contract
from ..domain.validators import clean_text
from ..store.models import Asset, Contract, ContractLine
from ..store.models_contracts import DepositEntry
from ..store.models_workflow import CheckIn
from . import lifecycle
from .accounts import require
from .permissions import use_case
from .uow import UnitOfWork


@dataclass(frozen=True)
class ContractChanges:
    """What the contract edit screen may change (kind, customer and devices are fixed: devices
    come and go through exchanges and check-ins)."""

    signed_on: date | None
    delivered_on: date | None
    deposit: Decimal
    software_service: str
    insurer: str
    policy_number: str
    notes: str = ""


@dataclass(frozen=True)
class DepositEntryView:
    id: int
    kind: str
    kind_label: str
    amount: Decimal  # euros, no VAT
    entry_on: date
    note: str
    recorded_by: str


@dataclass(frozen=True)
class DepositLedgerView:
    entries: tuple[DepositEntryView, ...]
    paid: Decimal
    kept: Decimal
    refunded: Decimal
    balance: Decimal


@dataclass(frozen=True)
class ContractLineView:
    asset_id: int
    asset_tag: str
    serial: str
    model_code: str
    status: str
    status_label: str
    added_on: date
    removed_on: date | None


@dataclass(frozen=True)
class ContractDetail:
    id: int
    number: str
    kind: str
    customer_id: int
    customer_name: str
    signed_on: date
    delivered_on: date | None
    ended_on: date | None
    end_kind: str
    end_requested_by: str
    end_reason: str
    end_summary: str  # French, "" while the rental runs with no end date
    deposit: Decimal  # the deposit agreed at signature (euros, no VAT: R-50)
    deposit_state: str
    software_service: str
    insurer: str
    policy_number: str
    notes: str
    version: int
    lines: tuple[ContractLineView, ...]
    options: tuple[tuple[str, date, date | None], ...]  # (option name, subscribed on, terminated on)
    ledger: DepositLedgerView
    can_renew: bool


def _load(uow: UnitOfWork, contract_id: int) -> Contract:
    c = uow.session.get(Contract, contract_id) if isinstance(contract_id, int) else None
    if c is None:
        raise NotFoundError("Contrat", str(contract_id))
    return c


def _check_version(uow: UnitOfWork, c: Contract, expected_version: int) -> None:
    """Refuse a save over a contract another station changed since ``expected_version`` was
    read: ConflictError naming who changed it and when (the audit trail), as for customers and
    devices (UnitOfWork.expect_version; the version column refuses a save that slips in later)."""
    uow.expect_version("contracts", c.version, expected_version,
                       what="Le contrat", key=c.number, entity="contract", entity_id=c.id)


def _entries(uow: UnitOfWork, contract_id: int) -> list[DepositEntry]:
    return list(uow.session.scalars(
        select(DepositEntry).where(DepositEntry.contract_id == contract_id).order_by(DepositEntry.id)
    ).all())


def _totals(entries: list[DepositEntry]) -> LedgerTotals:
    return ledger_totals([(e.kind, e.amount) for e in entries])


def _returned_lines(uow: UnitOfWork, contract_id: int) -> int:
    return int(uow.session.scalar(
        select(func.count(CheckIn.id)).where(CheckIn.contract_id == contract_id)) or 0)


def end_summary(c: Contract) -> str:
    if c.ended_on is None:
        return ""
    try:
        kind = CONTRACT_END_LABELS[ContractEndKind(c.end_kind)]
    except ValueError:
        kind = "Fin"
    who = ""
    if c.end_requested_by:
        who = f", {END_REQUESTER_PHRASES[EndRequester(c.end_requested_by)]}"
    reason = f" — {c.end_reason}" if c.end_reason else ""
    return f"{kind} le {format_date_fr(c.ended_on)}{who}{reason}"


@use_case("contract.read")
def deposit_ledger(uow: UnitOfWork, contract_id: int) -> DepositLedgerView:
    entries = _entries(uow, contract_id)
    t = _totals(entries)
    return DepositLedgerView(
        entries=tuple(DepositEntryView(e.id, e.kind, DEPOSIT_ENTRY_LABELS[DepositEntryKind(e.kind)], e.amount,
                                       e.entry_on, e.note, e.recorded_by) for e in entries),
        paid=t.paid, kept=t.kept, refunded=t.refunded, balance=t.balance,
    )


@use_case("contract.read")
def contract_detail(uow: UnitOfWork, contract_id: int) -> ContractDetail:
    c = _load(uow, contract_id)
    lines = []
    for line in c.lines:
        a = line.asset
        lines.append(ContractLineView(a.id, a.asset_tag or "", a.serial, a.model_code, a.status,
                                      ASSET_STATUS_LABELS.get(AssetStatus(a.status), a.status),
                                      line.added_on, line.removed_on))
    rental = c.kind == ContractKind.RENTAL.value
    can_renew = (rental and c.ended_on is not None and c.end_kind != ContractEndKind.TERMINATION.value
                 and not _returned_lines(uow, c.id))
    return ContractDetail(
        id=c.id, number=c.number, kind=c.kind, customer_id=c.customer_id, customer_name=c.customer.practice_name,
        signed_on=c.signed_on, delivered_on=c.delivered_on, ended_on=c.ended_on, end_kind=c.end_kind,
        end_requested_by=c.end_requested_by, end_reason=c.end_reason, end_summary=end_summary(c),
        deposit=c.deposit, deposit_state=c.deposit_state, software_service=c.software_service,
        insurer=c.insurer, policy_number=c.policy_number, notes=c.notes, version=c.version,
        lines=tuple(lines), options=tuple((o.name, o.subscribed_on, o.terminated_on) for o in c.options),
        ledger=deposit_ledger(uow, c.id), can_renew=can_renew,
    )


_FIELD_LABELS = {
    "signed_on": "signature", "delivered_on": "livraison", "deposit": "dépôt de garantie",
    "software_service": "service logiciel", "insurer": "assureur", "policy_number": "n° de police",
    "notes": "notes",
}


@use_case("contract.update")
def update_contract(uow: UnitOfWork, contract_id: int, changes: ContractChanges, expected_version: int) -> None:
    """Edit a contract with the creation's rules (R-50, R-54, R-55, R-90); refused when another
    station saved it since ``expected_version`` was read."""
    require(uow, Permission.EDIT_RECORDS)
    c = _load(uow, contract_id)
    _check_version(uow, c, expected_version)
    active = [line.asset_id for line in c.lines if line.removed_on is None] or [line.asset_id for line in c.lines]
    codes = tuple(uow.session.get(Asset, a).model_code for a in active)  # type: ignore[union-attr]
    if changes.signed_on is None:
        raise ValidationError.single("signed_on", "date de signature obligatoire")
    data = ContractInput(
        kind=ContractKind(c.kind), customer_id=c.customer_id, signed_on=changes.signed_on, asset_ids=tuple(active),
        delivered_on=changes.delivered_on, ended_on=c.ended_on, deposit=changes.deposit,
        software_service=changes.software_service, insurer=changes.insurer, policy_number=changes.policy_number,
        notes=changes.notes,
        options=tuple(OptionInput(OptionName(o.name), o.subscribed_on, o.terminated_on, o.asset_id) for o in c.options),
    )
    clean = validate_contract(data, codes, uow.today())
    col = Collector()
    for line in c.lines:
        if clean.delivered_on is None and line.added_on < clean.signed_on:
            col.add("signed_on", "un matériel figure sur le contrat avant cette date de signature", "R-90")
            break
    entries = _entries(uow, c.id)
    deposit_changed = clean.deposit != c.deposit
    if deposit_changed and any(e.kind != DepositEntryKind.PAID.value for e in entries):
        col.add("deposit", "le dépôt a déjà été retenu ou remboursé : corrigez-le dans le registre du dépôt",
                "R-50")
    col.check()
    before = {k: getattr(c, k) for k in _FIELD_LABELS}
    c.signed_on = clean.signed_on
    c.delivered_on = clean.delivered_on
    c.software_service = clean.software_service
    c.insurer = clean.insurer
    c.policy_number = clean.policy_number
    c.notes = clean.notes
    if deposit_changed:
        c.deposit = clean.deposit
        paid = [e for e in entries if e.kind == DepositEntryKind.PAID.value]
        if len(paid) == 1 and clean.deposit > 0:
            paid[0].amount = clean.deposit
        elif not paid and clean.deposit > 0:
            uow.session.add(DepositEntry(
                contract_id=c.id, kind=DepositEntryKind.PAID.value, amount=clean.deposit, entry_on=c.signed_on,
                note="versé à la signature (R-50)", recorded_at=uow.now(), recorded_by=uow.user_name))
        c.deposit_state = deposit_state_for(ContractKind(c.kind), clean.deposit).value
    after = {k: getattr(c, k) for k in _FIELD_LABELS}
    changed = [k for k in after if after[k] != before[k]]
    uow.flush()
    if not changed:
        return
    summary = f"Contrat {c.number} modifié ({', '.join(_FIELD_LABELS[k] for k in changed)})"
    uow.audit("contract", c.id, "update", summary, before={k: before[k] for k in changed},
              after={k: after[k] for k in changed})
    for a in active:
        uow.audit("contract", c.id, "contract_update", summary, asset_id=a)


@use_case("contract.end")
def end_contract(uow: UnitOfWork, contract_id: int, end: ContractEnd, expected_version: int) -> None:
    """Record the end of a rental: expiry or termination, its effective date (R-51 counts the
    return month from it), who asked and why. A rental without an end date gets one here, so
    that its devices can be checked in.

    Decision: when the effective end is today or already past (the services' today,
    ``uow.today()``), the devices of the active lines that are « Loué » move to « Retour
    attendu » (RENTED -> AWAITING_RETURN, R-51), each audited on its timeline. An end in the
    future leaves them « Loué » (the rental still runs until that day; nothing moves them on
    that day by itself: the Today page lists the return due, R-51); an end corrected from a
    past day to a future one puts « Retour attendu » devices back to « Loué ». Either way the
    check-in (Retour de location, Ctrl+R) finds them, since it looks for the active rental
    line with an end date, whatever the device's status (services.checkin,
    services.workflow_views)."""
    require(uow, Permission.EDIT_RECORDS)
    c = _load(uow, contract_id)
    _check_version(uow, c, expected_version)
    col = Collector()
    if c.kind != ContractKind.RENTAL.value:
        col.add("end_kind", "seule une location a une fin : une vente est définitive")
    clean = validate_end(end, c.signed_on, c.delivered_on, col)
    if clean.ended_on is not None and _returned_lines(uow, c.id):
        first_return = uow.session.scalar(select(func.min(CheckIn.returned_on)).where(CheckIn.contract_id == c.id))
        if first_return is not None and clean.ended_on > first_return and c.ended_on != clean.ended_on:
            col.add("ended_on", "des matériels sont déjà rendus : la fin ne peut plus être repoussée au-delà du "
                    f"premier retour ({format_date_fr(first_return)})", "R-51")
    col.check()
    before = {"ended_on": c.ended_on, "end_kind": c.end_kind, "end_requested_by": c.end_requested_by,
              "end_reason": c.end_reason}
    c.ended_on = clean.ended_on
    c.end_kind = ContractEndKind(clean.kind).value
    c.end_requested_by = EndRequester(clean.requested_by).value if clean.requested_by else ""
    c.end_reason = clean.reason
    uow.flush()
    summary = f"Location {c.number} : {end_summary(c)}"
    after = {"ended_on": c.ended_on, "end_kind": c.end_kind, "end_requested_by": c.end_requested_by,
             "end_reason": c.end_reason}
    uow.audit("contract", c.id, "end", summary, before=before, after=after)
    for line in c.lines:
        if line.removed_on is None:
            uow.audit("contract", c.id, "contract_end", summary, asset_id=line.asset_id)
    assert c.ended_on is not None  # validate_end refuses an end without its date
    lifecycle.follow_rental_end(uow, c, f"fin de la location {c.number} le {format_date_fr(c.ended_on)}")


def _reached_ends() -> Any:
    """Rentals with a recorded end today or past that still have a device « Loué » on an
    active line (a statement: ``uow.today()`` is bound by the caller as ``today``)."""
    return (
        select(Contract).distinct()
        .join(ContractLine, ContractLine.contract_id == Contract.id)
        .join(Asset, Asset.id == ContractLine.asset_id)
        .where(Contract.kind == ContractKind.RENTAL.value, Contract.ended_on.is_not(None),
               Contract.ended_on <= bindparam("today"), ContractLine.removed_on.is_(None),
               Asset.status == AssetStatus.RENTED.value)
        .order_by(Contract.id)
    )


@use_case("contract.read")
def reached_ends_pending(uow: UnitOfWork) -> bool:
    """Whether a rental's end has been reached with a device still « Loué » (a read: the desk
    asks it before taking the write lock of :func:`settle_reached_ends`)."""
    return uow.session.scalar(_reached_ends().limit(1), {"today": uow.today()}) is not None


@use_case("contract.settle_ends")
def settle_reached_ends(uow: UnitOfWork) -> int:
    """Rentals whose recorded end has been reached since it was recorded (an end set in the
    future, now today or past): their devices still « Loué » become « Retour attendu »
    (R-51), through the machine and audited, as if the end were recorded today. The desk
    runs it after signing in (ui.app); returns how many devices moved."""
    require(uow, Permission.EDIT_RECORDS)
    moved = 0
    for c in uow.session.scalars(_reached_ends(), {"today": uow.today()}).all():
        assert c.ended_on is not None
        moved += lifecycle.follow_rental_end(uow, c, f"location {c.number} : fin atteinte le {format_date_fr(c.ended_on)}")
    return moved


@use_case("contract.renew")
def renew_contract(uow: UnitOfWork, contract_id: int, renewed_until: date | None, expected_version: int) -> None:
    """Renew a rental: the same contract runs until a later end date (domain.contracts); when
    that end is still to come, its devices « Retour attendu » are « Loué » again
    (AWAITING_RETURN -> RENTED, audited)."""
    require(uow, Permission.EDIT_RECORDS)
    c = _load(uow, contract_id)
    _check_version(uow, c, expected_version)
    col = Collector()
    if c.kind != ContractKind.RENTAL.value:
        col.add("renewed_until", "seule une location se renouvelle")
    validate_renewal(renewed_until, c.ended_on, c.signed_on, c.end_kind == ContractEndKind.TERMINATION.value,
                     _returned_lines(uow, c.id), col)
    col.check()
    assert renewed_until is not None
    previous = c.ended_on
    c.ended_on = renewed_until
    c.end_kind = ContractEndKind.EXPIRY.value
    c.end_requested_by = ""
    c.end_reason = f"renouvelée (fin précédente : {format_date_fr(previous)})" if previous else "renouvelée"
    uow.flush()
    summary = f"Location {c.number} renouvelée jusqu'au {format_date_fr(renewed_until)}"
    uow.audit("contract", c.id, "renew", summary, before={"ended_on": previous}, after={"ended_on": renewed_until})
    for line in c.lines:
        if line.removed_on is None:
            uow.audit("contract", c.id, "contract_renew", summary, asset_id=line.asset_id)
    lifecycle.follow_rental_end(uow, c, f"location {c.number} renouvelée jusqu'au {format_date_fr(renewed_until)}")


def _state_after(kind: str, t: LedgerTotals) -> DepositState:
    if t.paid <= 0:
        return DepositState.NONE
    if t.balance > 0 and t.kept == 0 and t.refunded == 0:
        return DepositState.HELD
    if t.balance == 0 and t.kept == 0:
        return DepositState.REFUNDED
    return DepositState.PARTLY_KEPT


@use_case("deposit.record")
def record_deposit_entry(
    uow: UnitOfWork, contract_id: int, kind: DepositEntryKind | str, amount: object, entry_on: date | None,
    note: str, expected_version: int,
) -> int:
    """A movement of the rental's deposit (paid, kept, refunded; euros, no VAT, R-50). What is
    kept or refunded never exceeds what is held."""
    require(uow, Permission.EDIT_RECORDS)
    c = _load(uow, contract_id)
    _check_version(uow, c, expected_version)
    col = Collector()
    if c.kind != ContractKind.RENTAL.value:
        col.add("deposit.kind", "pas de dépôt de garantie sur une vente", "R-50")
    entries = _entries(uow, c.id)
    chosen, value = validate_deposit_entry(kind, amount, entry_on, c.signed_on, _totals(entries), col)
    text = ""
    try:
        text = clean_text(note, "deposit.note", max_length=500)
    except ValidationError as exc:
        col.problems.extend(exc.problems)
    col.check()
    assert entry_on is not None
    entry = DepositEntry(contract_id=c.id, kind=chosen.value, amount=value, entry_on=entry_on, note=text,
                         recorded_at=uow.now(), recorded_by=uow.user_name)
    uow.session.add(entry)
    totals = _totals(entries + [entry])
    c.deposit_state = _state_after(c.kind, totals).value
    flag_modified(c, "deposit_state")  # the contract's version moves: a second station must reload
    uow.flush()
    summary = (f"Dépôt de garantie {c.number} : {DEPOSIT_ENTRY_LABELS[chosen].lower()} {format_eur(value, 2)} "
               f"le {format_date_fr(entry_on)} ; détenu : {format_eur(totals.balance, 2)}")
    uow.audit("contract", c.id, "deposit", summary,
              after={"kind": chosen, "amount": value, "entry_on": entry_on, "note": text, "balance": totals.balance})
    return entry.id


def record_settlement(uow: UnitOfWork, contract_id: int, kept: Decimal, refunded: Decimal, day: date) -> None:
    """The check-in's settlement (R-50) written into the ledger (called by services.checkin)."""
    for kind, amount, note in ((DepositEntryKind.KEPT, kept, "retenu au retour (R-50)"),
                               (DepositEntryKind.REFUNDED, refunded, "remboursé au retour (R-50)")):
        if amount > 0:
            uow.session.add(DepositEntry(contract_id=contract_id, kind=kind.value, amount=amount, entry_on=day,
                                         note=note, recorded_at=uow.now(), recorded_by=uow.user_name))


__all__ = [
    "ContractChanges", "ContractDetail", "ContractLineView", "DepositEntryView", "DepositLedgerView",
    "contract_detail", "deposit_ledger", "end_contract", "record_deposit_entry", "record_settlement",
    "reached_ends_pending", "renew_contract", "settle_reached_ends", "update_contract",
]
