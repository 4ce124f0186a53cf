"""The values the desk's documents print (domain.documents), read from the store: the rental
return receipt of a check-in, the quote of a ticket. sav_desktop.documents lays them out.

Decisions:

* The receipt's checklist is rebuilt from the closed contract line's accessories (what was
  lent) and the check-in's R-52 lines (what was missing); a charge's unit price is its
  amount divided by its quantity (both stored).
* A quote is printed while the ticket is at "Devis établi" or "Devis accepté": the ticket's
  priced lines are then the quote's. Its date is the day the quote was drawn up (the
  ticket's audited ``draw_quote`` step), valid 30 days (domain.documents).
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import select

from ..domain.catalogue import MODELS_BY_CODE
from ..domain.checkin import SETTLEMENT_LABELS, Settlement
from ..domain.coverage import DECISION_LABELS, Decision
from ..domain.documents import (
    AccessoryLine,
    DeviceLine,
    DocumentLine,
    Party,
    QuoteDocument,
    ReturnReceipt,
    charge_label,
    charge_rule,
    exclusion_lines,
    quote_valid_until,
    totals_of,
)
from ..domain.enums import CONTRACT_KIND_LABELS, ContractKind
from ..domain.errors import NotFoundError, ValidationError
from ..domain.money import euros, money
from ..domain.tickets import TICKET_STATE_LABELS, TicketState
from ..store.models import Asset, AuditEntry, Contract, ContractLineAccessory, Customer
from ..store.models_workflow import CheckIn, Ticket
from .uow import UnitOfWork
from .permissions import use_case


def local_time(moment: datetime) -> datetime:
    """A stored moment as desk local time (naive values are UTC, as SQLite gives them back)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone()


def party_of(customer: Customer) -> Party:
    return Party(customer.practice_name, customer.address, customer.postal_code, customer.city)


def device_of(asset: Asset) -> DeviceLine:
    model = MODELS_BY_CODE.get(asset.model_code)
    return DeviceLine(asset.asset_tag or "", asset.serial, asset.model_code, model.label if model else asset.model_code)


def _asset(uow: UnitOfWork, asset_id: int) -> Asset:
    asset = uow.session.get(Asset, asset_id)
    if asset is None:  # pragma: no cover - foreign keys
        raise NotFoundError("Matériel", str(asset_id))
    return asset


def _contract(uow: UnitOfWork, contract_id: int | None) -> Contract:
    contract = uow.session.get(Contract, contract_id) if contract_id is not None else None
    if contract is None:  # pragma: no cover - foreign keys
        raise NotFoundError("Contrat", str(contract_id))
    return contract


@use_case("document.read")
def return_receipt(uow: UnitOfWork, check_in_id: int) -> ReturnReceipt:
    """The reçu de restitution of one check-in (R-50, R-51, R-52, R-63)."""
    record = uow.session.get(CheckIn, check_in_id)
    if record is None:
        raise NotFoundError("Retour de location", str(check_in_id))
    contract = _contract(uow, record.contract_id)
    asset = _asset(uow, record.asset_id)
    missing = {c.code: c.quantity for c in record.charges if c.rule == "R-52"}
    lent = uow.session.scalars(
        select(ContractLineAccessory).where(ContractLineAccessory.line_id == record.line_id)
        .order_by(ContractLineAccessory.id)
    ).all()
    merged: dict[str, tuple[str, int]] = {}
    for acc in lent:
        label, qty = merged.get(acc.item.code, (acc.item.label, 0))
        merged[acc.item.code] = (label, qty + acc.quantity)
    accessories = tuple(
        AccessoryLine(label, qty, max(qty - missing.get(code, 0), 0)) for code, (label, qty) in merged.items()
    )
    lines = tuple(
        DocumentLine(c.code, c.label, c.quantity, money(c.amount_ht / c.quantity) if c.quantity else c.amount_ht,
                     c.amount_ht, c.rule)
        for c in record.charges
    )
    settlement = Settlement(record.settlement)
    return ReturnReceipt(
        number=f"RR{record.returned_on.year}-{record.id:06d}",
        issued_at=local_time(uow.now()),
        operator=uow.user_name,
        customer=party_of(contract.customer),
        device=device_of(asset),
        contract_number=contract.number,
        signed_on=contract.signed_on,
        ended_on=contract.ended_on,
        return_deadline=record.return_deadline,
        returned_on=record.returned_on,
        late=record.returned_on > record.return_deadline,
        accessories=accessories,
        seal_intact=record.seal_intact,
        exclusions=exclusion_lines([c for c in record.exclusions.split(",") if c]),
        notes=record.notes,
        lines=lines,
        totals=totals_of(lines),
        tariff_name=record.tariff_name,
        settlement=settlement.value,
        settlement_label=SETTLEMENT_LABELS[settlement],
        deposit=euros(record.deposit),
        charges_ttc=euros(record.kept) + euros(record.balance_ttc),  # kept + billed = the charges TTC
        kept=euros(record.kept),
        refund=euros(record.refund),
        balance_ttc=euros(record.balance_ttc),
        why=record.why,
    )


_QUOTED_STATES = (TicketState.QUOTE_DRAWN.value, TicketState.QUOTE_ACCEPTED.value)


def _quote_day(uow: UnitOfWork, ticket: Ticket) -> date:
    at = uow.session.scalar(
        select(AuditEntry.at).where(
            AuditEntry.entity == "ticket", AuditEntry.entity_id == str(ticket.id), AuditEntry.action == "draw_quote"
        ).order_by(AuditEntry.id.desc()).limit(1)
    )
    return local_time(at).date() if at is not None else uow.today()


@use_case("document.read")
def quote_document(uow: UnitOfWork, ticket_id: int) -> QuoteDocument:
    """The devis of a workshop ticket whose quote is drawn up (R-60)."""
    ticket = uow.session.get(Ticket, ticket_id)
    if ticket is None:
        raise NotFoundError("Dossier SAV", str(ticket_id))
    state = TicketState(ticket.state)
    if ticket.state not in _QUOTED_STATES:
        raise ValidationError.single(
            "ticket_id",
            f"le dossier {ticket.number} n'a pas de devis en cours (étape « {TICKET_STATE_LABELS[state]} ») : "
            "le devis s'imprime une fois établi",
            "R-60",
        )
    contract = _contract(uow, ticket.contract_id)
    asset = _asset(uow, ticket.asset_id)
    kind = ContractKind(contract.kind)
    decision = Decision(ticket.decision) if ticket.decision else None
    rules = tuple(r for r in ticket.decision_rules.split(",") if r)
    lines = tuple(
        DocumentLine(c.code, charge_label(c.code), 1, c.amount_ht, c.amount_ht,
                     charge_rule(c.code, decision, rules, kind is ContractKind.RENTAL))
        for c in ticket.charges
    )
    drawn = _quote_day(uow, ticket)
    return QuoteDocument(
        number=f"DEV{drawn.year}-{ticket.id:06d}",
        ticket_number=ticket.number,
        drawn_on=drawn,
        valid_until=quote_valid_until(drawn),
        customer=party_of(contract.customer),
        device=device_of(asset),
        contract_number=contract.number,
        contract_kind_label=CONTRACT_KIND_LABELS[kind],
        rma_number=ticket.rma_number or "",
        problem=ticket.problem,
        exclusions=exclusion_lines([c for c in ticket.exclusions.split(",") if c]),
        repairable=ticket.repairable,
        decision_label=DECISION_LABELS[decision] if decision else "",
        why=ticket.decision_why,
        lines=lines,
        totals=totals_of(lines),
        tariff_name=ticket.tariff_name,
        state_label=TICKET_STATE_LABELS[state],
    )


__all__ = ["device_of", "local_time", "party_of", "quote_document", "return_receipt"]
