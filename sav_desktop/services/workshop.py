"""The workshop queue: every device waiting for something at the reseller's (diagnosis,
repair, maker return, wipe, restock), oldest first, each with its next step.

Readings:

* A device waits from the moment it entered its current status (the latest status change on
  its timeline; its registration when none is on record; the ticket's sending or reception
  day when later).
* IN_REPAIR with an open ticket: the ticket's next step (examination and decision are the
  diagnosis; the quote, the maker and the return are the repair); without an open ticket
  (the faulty unit of a standard exchange, a return with damage, a fault found in stock):
  the repair itself (repaired -> wipe, maker, or scrap).
* AT_MANUFACTURER: the maker's return; flagged when away more than 3 months (R-60), counted
  from the ticket's sending day (the status change day without a ticket), R-02.
* TO_WIPE: the wipe (R-80) until one is recorded since the return, then the restock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select

from ..domain.accounts import Permission
from ..domain.calendar import add_months, format_date_fr
from ..domain.catalogue import MODELS_BY_CODE
from ..domain.enums import ASSET_STATUS_LABELS, AssetStatus
from ..domain.tickets import TICKET_ACTION_LABELS, TICKET_STATE_LABELS, TicketState, allowed_actions
from ..store.models import Asset
from ..store.models_workflow import Ticket
from . import accounts
from .lifecycle import NOT_DRIVING, is_terminal, last_status_entries, wiped_ids
from .tickets import facts_of
from .permissions import use_case
from .uow import UnitOfWork

MAKER_MONTHS = 3  # the maker's turnaround, 15 business days to 3 months
STUCK_DAYS = 14  # today's desk: a device waiting longer than this at the workshop is stuck


class Waiting(StrEnum):
    DIAGNOSIS = "DIAGNOSIS"
    REPAIR = "REPAIR"
    MAKER_RETURN = "MAKER_RETURN"
    WIPE = "WIPE"
    RESTOCK = "RESTOCK"


WAITING_LABELS: dict[Waiting, str] = {
    Waiting.DIAGNOSIS: "Diagnostic",
    Waiting.REPAIR: "Réparation",
    Waiting.MAKER_RETURN: "Retour constructeur",
    Waiting.WIPE: "Effacement des données",
    Waiting.RESTOCK: "Remise en stock",
}

_DIAGNOSIS_STATES = {TicketState.DEVICE_RECEIVED.value, TicketState.INSPECTED.value}


@dataclass(frozen=True)
class WorkshopRow:
    asset_id: int
    asset_tag: str
    serial: str
    model_label: str
    status: str
    status_label: str
    since: datetime  # when it entered its current status
    waiting: Waiting
    waiting_label: str
    next_step: str  # French: what Enter opens
    ticket_id: int | None
    ticket_number: str
    maker_since: date | None
    maker_overdue: bool  # away more than 3 months
    rule: str
    #: The status the step leads to when it is a plain workshop step (None: the ticket's step,
    #: or the wipe form).
    target: str | None

    def waited_days(self, today: date) -> int:
        start = self.since.date() if isinstance(self.since, datetime) else self.since
        return max((today - start).days, 0)


def _naive(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo is not None else moment


@use_case("workshop.queue")
def workshop_queue(uow: UnitOfWork) -> list[WorkshopRow]:
    """Every device waiting at the workshop, oldest first. Reading it is the desk's (CHECK_IN,
    every role); each step checks its own permission (services.lifecycle, services.tickets)."""
    accounts.require(uow, Permission.CHECK_IN)
    return queue_rows(uow)


def queue_rows(uow: UnitOfWork) -> list[WorkshopRow]:
    """The queue without the permission check (today's desk counts from it)."""
    today = uow.today()
    waiting = uow.session.scalars(
        select(Asset).where(Asset.status.in_((AssetStatus.IN_REPAIR.value, AssetStatus.AT_MANUFACTURER.value,
                                              AssetStatus.TO_WIPE.value)))
    ).all()
    if not waiting:
        return []
    ids = [a.id for a in waiting]
    since = {asset_id: at for asset_id, (at, _before) in last_status_entries(uow, ids).items()}
    open_tickets: dict[int, Ticket] = {}
    for t in uow.session.scalars(
        select(Ticket).where(Ticket.asset_id.in_(ids), Ticket.state.not_in(NOT_DRIVING))
    ).all():
        open_tickets[t.asset_id] = t
    wiped = wiped_ids(uow, [a for a in waiting if a.status == AssetStatus.TO_WIPE.value and is_terminal(a)])
    rows = []
    for a in waiting:
        status = AssetStatus(a.status)
        ticket = open_tickets.get(a.id)
        model = MODELS_BY_CODE.get(a.model_code)
        maker_since: date | None = None
        overdue = False
        target: str | None = None
        rule = ""
        entered = _naive(since.get(a.id, a.created_at))
        if ticket is not None:  # the ticket's own step day, when later (data written before the machine)
            step_day = ticket.sent_to_maker_on if status is AssetStatus.AT_MANUFACTURER else ticket.received_on
            if step_day is not None and datetime.combine(step_day, datetime.min.time()) > entered:
                entered = datetime.combine(step_day, datetime.min.time())
        if status is AssetStatus.AT_MANUFACTURER:
            kind = Waiting.MAKER_RETURN
            maker_since = (ticket.sent_to_maker_on if ticket is not None and ticket.sent_to_maker_on
                           else _naive(entered).date())
            overdue = today > add_months(maker_since, MAKER_MONTHS)
            rule = "R-60"
            if ticket is not None:
                actions = allowed_actions(TicketState(ticket.state), facts_of(ticket))
                step = TICKET_ACTION_LABELS[actions[0]] if actions else "suivre le dossier"
            else:
                step, target = "réceptionner le retour du constructeur", AssetStatus.IN_REPAIR.value
        elif status is AssetStatus.IN_REPAIR:
            if ticket is not None:
                kind = Waiting.DIAGNOSIS if ticket.state in _DIAGNOSIS_STATES else Waiting.REPAIR
                actions = allowed_actions(TicketState(ticket.state), facts_of(ticket))
                step = (TICKET_ACTION_LABELS[actions[0]] if actions
                        else f"dossier à l'étape « {TICKET_STATE_LABELS[TicketState(ticket.state)]} »")
                rule = "R-30" if kind is Waiting.DIAGNOSIS else "R-60"
            else:
                kind, step, target, rule = (Waiting.REPAIR, "enregistrer la réparation (ou constructeur, rebut)",
                                            AssetStatus.TO_WIPE.value, "CYCLE-2")
        else:  # TO_WIPE
            if is_terminal(a) and a.id not in wiped:
                kind, step, rule = Waiting.WIPE, "enregistrer l'effacement des données", "R-80"
            else:
                kind, step, target, rule = (Waiting.RESTOCK, "remettre en stock", AssetStatus.IN_STOCK.value,
                                            "R-80")
        rows.append(WorkshopRow(
            asset_id=a.id, asset_tag=a.asset_tag or "", serial=a.serial,
            model_label=model.label if model else a.model_code,
            status=status.value, status_label=ASSET_STATUS_LABELS[status], since=entered,
            waiting=kind, waiting_label=WAITING_LABELS[kind], next_step=step,
            ticket_id=ticket.id if ticket is not None else None,
            ticket_number=ticket.number if ticket is not None else "",
            maker_since=maker_since, maker_overdue=overdue, rule=rule, target=target,
        ))
    rows.sort(key=lambda r: (r.since, r.asset_id))
    return rows


def maker_sentence(row: WorkshopRow, today: date) -> str:
    """French: how long the device has been at the maker (R-60 flag)."""
    if row.maker_since is None:
        return ""
    limit = add_months(row.maker_since, MAKER_MONTHS)
    if row.maker_overdue:
        return (f"chez le constructeur depuis le {format_date_fr(row.maker_since)} : plus de 3 mois, dépassés "
                f"depuis le {format_date_fr(limit)} (R-60)")
    return f"chez le constructeur depuis le {format_date_fr(row.maker_since)} (3 mois au plus : {format_date_fr(limit)})"


__all__ = [
    "MAKER_MONTHS",
    "STUCK_DAYS",
    "WAITING_LABELS",
    "Waiting",
    "WorkshopRow",
    "maker_sentence",
    "queue_rows",
    "workshop_queue",
]
