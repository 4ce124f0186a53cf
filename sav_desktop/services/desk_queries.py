"""Two pages of the main window read here: the customer page (everything of one practice)
and the ticket queue (every open ticket, with its technician). Small row tuples, built in one
transaction; the Qt models only hold them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from ..domain.accounts import Permission
from ..domain.calendar import format_date_fr
from ..domain.enums import ASSET_STATUS_LABELS, AssetStatus, Role
from ..domain.errors import NotFoundError, ValidationError
from ..domain.tickets import TICKET_STATE_LABELS, TicketState
from ..store.models import Asset, Contract, ContractLine, Customer, User
from ..store.models_workflow import CheckIn, LossDeclaration, Ticket
from .accounts import require
from .contract_life import ContractDetail, contract_detail
from .customers import customer_view
from .permissions import use_case
from .uow import UnitOfWork
from .views import CustomerView

_QUOTED = (TicketState.QUOTE_DRAWN.value, TicketState.QUOTE_ACCEPTED.value)


@dataclass(frozen=True)
class TicketRow:
    id: int
    number: str
    asset_id: int
    asset_tag: str
    serial: str
    customer_name: str
    state: str
    state_label: str
    problem: str
    reported_at: datetime
    exchange_deadline: date | None
    overdue: bool  # the replacement is not shipped and J+2 has passed
    assigned_to: str | None
    closed: bool
    version: int


@dataclass(frozen=True)
class DeviceRow:
    asset_id: int
    asset_tag: str
    serial: str
    model_code: str
    status_label: str
    contract_number: str
    on_contract: bool  # still on one of the customer's contracts


@dataclass(frozen=True)
class LossRow:
    id: int
    number: str
    asset_tag: str
    kind_label: str
    event_on: date
    state_label: str


@dataclass(frozen=True)
class DocumentRow:
    kind: str  # "receipt" (check-in id), "quote" (ticket id), "statement" (loss id)
    ref_id: int
    label: str
    day: date


@dataclass(frozen=True)
class CustomerPage:
    customer: CustomerView
    contracts: tuple[ContractDetail, ...]
    devices: tuple[DeviceRow, ...]
    tickets: tuple[TicketRow, ...]
    losses: tuple[LossRow, ...]
    documents: tuple[DocumentRow, ...]


def _overdue(t: Ticket, today: date) -> bool:
    return (t.closed_at is None and t.exchange_deadline is not None and t.shipped_on is None
            and t.state != TicketState.CLOSED.value and today > t.exchange_deadline)


def _ticket_rows(uow: UnitOfWork, tickets: list[Ticket]) -> list[TicketRow]:
    today = uow.today()
    rows = []
    for t in tickets:
        a = uow.session.get(Asset, t.asset_id)
        c = uow.session.get(Contract, t.contract_id) if t.contract_id else None
        rows.append(TicketRow(
            t.id, t.number, t.asset_id, (a.asset_tag or "") if a else "", a.serial if a else "",
            c.customer.practice_name if c else "", t.state, TICKET_STATE_LABELS[TicketState(t.state)], t.problem,
            t.reported_at, t.exchange_deadline, _overdue(t, today), t.assigned_to,
            t.state == TicketState.CLOSED.value, t.version,
        ))
    return rows


@use_case("customer.page")
def customer_page(uow: UnitOfWork, customer_id: int) -> CustomerPage:
    customer = uow.session.get(Customer, customer_id) if isinstance(customer_id, int) else None
    if customer is None:
        raise NotFoundError("Client", str(customer_id))
    contracts = uow.session.scalars(
        select(Contract).where(Contract.customer_id == customer_id).order_by(Contract.signed_on.desc(), Contract.id)
    ).all()
    contract_ids = [c.id for c in contracts]
    details = tuple(contract_detail(uow, c.id) for c in contracts)
    devices: dict[int, DeviceRow] = {}
    for c in contracts:
        for line in c.lines:
            a = line.asset
            current = line.removed_on is None
            if a.id in devices and not current:
                continue
            devices[a.id] = DeviceRow(a.id, a.asset_tag or "", a.serial, a.model_code,
                                      ASSET_STATUS_LABELS.get(AssetStatus(a.status), a.status), c.number, current)
    tickets: list[Ticket] = list(uow.session.scalars(
        select(Ticket).where(Ticket.contract_id.in_(contract_ids)).order_by(Ticket.id.desc())
    ).all()) if contract_ids else []
    losses = list(uow.session.scalars(
        select(LossDeclaration).where(LossDeclaration.contract_id.in_(contract_ids)).order_by(LossDeclaration.id.desc())
    ).all()) if contract_ids else []
    from .losses import loss_view

    loss_rows = []
    for loss in losses:
        v = loss_view(uow, loss.id)
        lost = uow.session.get(Asset, loss.asset_id)
        loss_rows.append(LossRow(loss.id, loss.number, (lost.asset_tag or "") if lost else "", v.kind_label,
                                 loss.event_on, v.state_label))
    docs: list[DocumentRow] = []
    if contract_ids:
        for ci in uow.session.scalars(select(CheckIn).where(CheckIn.contract_id.in_(contract_ids))
                                      .order_by(CheckIn.id)).all():
            returned = uow.session.get(Asset, ci.asset_id)
            tag = (returned.asset_tag or "") if returned else ""
            docs.append(DocumentRow("receipt", ci.id, f"Bon de retour — {tag} "
                                    f"rendu le {format_date_fr(ci.returned_on)}", ci.returned_on))
    for t in tickets:
        if t.state in _QUOTED:
            docs.append(DocumentRow("quote", t.id, f"Devis — dossier {t.number}", t.opened_at.date()))
    for loss in losses:
        docs.append(DocumentRow("statement", loss.id, f"Déclaration de sinistre {loss.number}", loss.event_on))
    return CustomerPage(
        customer=customer_view(customer), contracts=details,
        devices=tuple(sorted(devices.values(), key=lambda d: (not d.on_contract, d.asset_tag))),
        tickets=tuple(_ticket_rows(uow, tickets)), losses=tuple(loss_rows),
        documents=tuple(sorted(docs, key=lambda d: d.day, reverse=True)),
    )


@use_case("customer.read")
def customer_of_asset(uow: UnitOfWork, asset_id: int) -> int | None:
    """The customer whose contract holds the device now (or held it last)."""
    row = uow.session.execute(
        select(Contract.customer_id).join(ContractLine, ContractLine.contract_id == Contract.id)
        .where(ContractLine.asset_id == asset_id)
        .order_by(ContractLine.removed_on.is_(None).desc(), ContractLine.id.desc()).limit(1)
    ).first()
    return int(row[0]) if row else None


@use_case("ticket.queue")
def ticket_queue(
    uow: UnitOfWork, state: str | None = None, overdue_only: bool = False, technician: str | None = None,
) -> list[TicketRow]:
    """Every open ticket across devices, oldest call first; filtered by state, by an overdue
    exchange deadline (R-46: J+2 passed, replacement not shipped) and by technician
    (``technician=""``: the tickets nobody is assigned to)."""
    stmt = select(Ticket).where(Ticket.state != TicketState.CLOSED.value)
    if state:
        try:
            stmt = stmt.where(Ticket.state == TicketState(state).value)
        except ValueError:
            raise ValidationError.single("state", f"étape inconnue : {state!r}") from None
    if technician is not None:
        stmt = stmt.where(Ticket.assigned_to.is_(None) if technician == "" else Ticket.assigned_to == technician)
    rows = _ticket_rows(uow, list(uow.session.scalars(stmt.order_by(Ticket.reported_at, Ticket.id)).all()))
    if overdue_only:
        rows = [r for r in rows if r.overdue]
    return rows


@use_case("account.technicians")
def technicians(uow: UnitOfWork) -> list[str]:
    """The active accounts a ticket can be assigned to (technicians and administrators)."""
    names = uow.session.scalars(
        select(User.name).where(User.active.is_(True), User.role.in_((Role.TECHNICIEN.value, Role.ADMIN.value)))
        .order_by(User.name)
    ).all()
    return list(names)


@use_case("ticket.assign")
def assign_ticket(uow: UnitOfWork, ticket_id: int, technician: str | None, expected_version: int) -> None:
    """Assign a ticket to a technician (None: nobody), audited on the device's timeline."""
    require(uow, Permission.REPAIR)
    t = uow.session.get(Ticket, ticket_id) if isinstance(ticket_id, int) else None
    if t is None:
        raise NotFoundError("Dossier SAV", str(ticket_id))
    uow.expect_version("tickets", t.version, expected_version,
                       what="Le dossier", key=t.number, entity="ticket", entity_id=t.id)
    if t.state == TicketState.CLOSED.value:
        raise ValidationError.single("assigned_to", f"le dossier {t.number} est clos")
    name = (technician or "").strip() or None
    if name is not None and name not in technicians(uow):
        raise ValidationError.single("assigned_to", f"« {name[:80]} » n'est pas un technicien actif")
    before = t.assigned_to
    if before == name:
        return
    t.assigned_to = name
    uow.flush()
    summary = (f"Dossier {t.number} confié à {name}" if name else f"Dossier {t.number} : plus de technicien attitré")
    uow.audit("ticket", t.id, "assign", summary, before={"assigned_to": before}, after={"assigned_to": name},
              asset_id=t.asset_id)


__all__ = ["CustomerPage", "DeviceRow", "DocumentRow", "LossRow", "TicketRow", "assign_ticket",
           "customer_of_asset", "customer_page", "technicians", "ticket_queue"]
