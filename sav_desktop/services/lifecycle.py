"""Every status change of a device goes through :func:`move`: the machine of
domain.lifecycle decides, the acting user's permission is checked, the R-80 wipe guards the
return to stock, and the change is audited on the device's timeline (with the rule id).

Decisions:

* The wipe that releases a terminal from TO_WIPE to the stock is one dated on or after its
  last return (contract line closed, ticket reception, rental check-in, services.wipes) and,
  when it was found again or un-scrapped, on or after the day it entered TO_WIPE.
* Devices that are not terminals (card readers) pass TO_WIPE too, but need no wipe record.
* The services that cause a status change (contracts, check-in, tickets, losses) call
  :func:`move`; the permission of the transition is checked there too, so no path (CLI,
  import of a use case, another station) gets around it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import desc, func, select

from ..domain.catalogue import MODELS_BY_CODE
from ..domain.enums import ASSET_STATUS_LABELS, AssetStatus
from ..domain.errors import NotFoundError
from ..domain.errors import ValidationError
from ..domain.lifecycle import USE_CASE_LABELS, Transition, exits, find, manual_refusal, wipe_refusal
from ..domain.tickets import TicketState
from ..domain.wipe import wiped_since
from ..store.models import Asset, AuditEntry, Contract, ContractLine
from ..store.models_workflow import Ticket
from . import accounts
from .permissions import use_case
from .uow import UnitOfWork
from .wipes import last_returns_on, last_wipes_on

#: Ticket states that no longer drive their device: closed, or the faulty unit of a standard
#: exchange received (it is the reseller's now; the workshop repairs it, the ticket only closes).
NOT_DRIVING = (TicketState.CLOSED.value, TicketState.FAULTY_RECEIVED.value)

_FOUND_AGAIN = {AssetStatus.LOST.value, AssetStatus.STOLEN.value, AssetStatus.SCRAPPED.value}


@dataclass(frozen=True)
class ExitView:
    """One way out of the device's current status, as the GUI offers it."""

    target: str
    target_label: str
    label: str
    rule: str
    permission: str
    needs_wipe: bool
    manual: bool  # a workshop step the desk takes here (else: the use case's screen, ``where``)
    where: str


def _asset(uow: UnitOfWork, asset: Asset | int) -> Asset:
    if isinstance(asset, Asset):
        return asset
    found = uow.session.get(Asset, asset)
    if found is None:
        raise NotFoundError("Matériel", str(asset))
    return found


def last_status_entry(uow: UnitOfWork, asset_id: int) -> AuditEntry | None:
    entry: AuditEntry | None = uow.session.scalar(
        select(AuditEntry)
        .where(AuditEntry.asset_id == asset_id, AuditEntry.action == "status")
        .order_by(desc(AuditEntry.id))
        .limit(1)
    )
    return entry


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date() if moment.tzinfo is not None else moment.date()


def last_status_entries(uow: UnitOfWork, ids: Sequence[int]) -> dict[int, tuple[datetime, str | None]]:
    """Each device's latest status change on its timeline: (when, the status before as JSON),
    in grouped statements (the workshop queue asks for thousands)."""
    out: dict[int, tuple[datetime, str | None]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        last = (select(func.max(AuditEntry.id).label("id"))
                .where(AuditEntry.asset_id.in_(chunk), AuditEntry.action == "status")
                .group_by(AuditEntry.asset_id).subquery())
        for asset_id, at, before_json in uow.session.execute(
            select(AuditEntry.asset_id, AuditEntry.at, AuditEntry.before_json).join(last, last.c.id == AuditEntry.id)
        ).all():
            if asset_id is not None:
                out[int(asset_id)] = (at, before_json)
    return out


def wipe_days(uow: UnitOfWork, assets: Sequence[Asset]) -> dict[int, tuple[date | None, date | None]]:
    """For each device, (the day from which a wipe counts, its latest wipe day), read in a few
    grouped statements whatever the number of devices. The reference day is None when the
    device never came back; a device found again or un-scrapped (now TO_WIPE) counts from the
    day it entered TO_WIPE."""
    ids = [a.id for a in assets]
    returned = last_returns_on(uow, ids)
    wiped = last_wipes_on(uow, ids)
    entered = {  # the day a found-again or un-scrapped device entered TO_WIPE
        asset_id: _local_day(at)
        for asset_id, (at, before_json) in last_status_entries(
            uow, [a.id for a in assets if a.status == AssetStatus.TO_WIPE.value]).items()
        if json.loads(before_json or "{}").get("status") in _FOUND_AGAIN
    }
    out: dict[int, tuple[date | None, date | None]] = {}
    for a in assets:
        days = [d for d in (returned.get(a.id), entered.get(a.id)) if d is not None]
        out[a.id] = (max(days) if days else None, wiped.get(a.id))
    return out


def wiped_ids(uow: UnitOfWork, assets: Sequence[Asset]) -> set[int]:
    """The devices of ``assets`` wiped since their last return (or that never came back)."""
    return {asset_id for asset_id, (reference, wiped) in wipe_days(uow, assets).items()
            if wiped_since(reference, wiped)}


def is_terminal(asset: Asset) -> bool:
    model = MODELS_BY_CODE.get(asset.model_code)
    return bool(model and model.is_terminal)


def check(uow: UnitOfWork, asset: Asset | int, target: AssetStatus) -> Transition:
    """The transition to ``target`` if the machine, the user's role and R-80 allow it, else the
    French refusal (ValidationError on ``status`` with its rule id, or PermissionDeniedError)."""
    a = _asset(uow, asset)
    transition = find(AssetStatus(a.status), AssetStatus(target))
    accounts.require(uow, transition.permission)
    if transition.target is AssetStatus.IN_STOCK:
        number = uow.session.scalar(
            select(Contract.number).join(ContractLine, ContractLine.contract_id == Contract.id)
            .where(ContractLine.asset_id == a.id, ContractLine.removed_on.is_(None)).limit(1)
        )
        if number is not None:
            raise ValidationError.single(
                "status", f"ce matériel est encore sur le contrat {number} : enregistrez d'abord son retour", "CYCLE-3"
            )
    reference, wiped = wipe_days(uow, [a])[a.id]
    refused = wipe_refusal(transition, is_terminal=is_terminal(a), wiped_since_return=wiped_since(reference, wiped),
                           returned_on=reference)
    if refused is not None:
        raise refused
    return transition


def move(uow: UnitOfWork, asset: Asset | int, target: AssetStatus, reason: str = "") -> None:
    """Change the device's status along the machine (refused in French otherwise), audited."""
    a = _asset(uow, asset)
    old, new = AssetStatus(a.status), AssetStatus(target)
    if new is old:
        return
    transition = check(uow, a, new)
    a.status = new.value
    uow.flush()
    text = f"Statut : {ASSET_STATUS_LABELS[old]} → {ASSET_STATUS_LABELS[new]}"
    if reason:
        text += f" ({reason})"
    text += f" [{transition.rule}]"
    uow.audit(
        "asset", a.id, "status", text,
        before={"status": old}, after={"status": new, "rule": transition.rule, "step": transition.label},
        asset_id=a.id,
    )


@use_case("asset.step")
def step(uow: UnitOfWork, asset_id: int, target: AssetStatus, reason: str = "") -> None:
    """A workshop step the desk takes directly (step dialog, workshop queue): only the
    transitions that belong to no use case (a sale, a return... go through their screen)."""
    a = _asset(uow, asset_id)
    if AssetStatus(target) is AssetStatus(a.status):
        return
    transition = find(AssetStatus(a.status), AssetStatus(target))
    refused = manual_refusal(transition)
    if refused is not None:
        raise refused
    number = uow.session.scalar(
        select(Ticket.number).where(Ticket.asset_id == a.id, Ticket.state.not_in(NOT_DRIVING)).limit(1)
    )
    if number is not None:  # the ticket drives the device until it is closed
        raise ValidationError.single(
            "status", f"le dossier SAV {number} est en cours sur ce matériel : ses étapes se font sur le dossier "
            "(Ctrl+D)", "CYCLE-1")
    move(uow, a, target, reason)


@use_case("asset.exits")
def exits_of(uow: UnitOfWork, asset_id: int) -> tuple[ExitView, ...]:
    """The ways out of the device's current status (what the step dialog offers)."""
    a = _asset(uow, asset_id)
    return tuple(
        ExitView(t.target.value, ASSET_STATUS_LABELS[t.target], t.label, t.rule, t.permission.value, t.needs_wipe,
                 t.manual, USE_CASE_LABELS.get(t.use_case, ""))
        for t in exits(AssetStatus(a.status))
    )


def follow_rental_end(uow: UnitOfWork, contract: Contract, reason: str) -> int:
    """The devices still on a rental (active lines) follow its effective end (R-51): once the
    end is reached (on or before the services' today), a device « Loué » becomes « Retour
    attendu »; while the end is still to come (renewal, an end corrected to a later day), a
    device « Retour attendu » is « Loué » again. Each change through :func:`move`. Devices in
    any other status (at the workshop, in an exchange, declared lost...) are left to their own
    use case. Returns how many devices moved."""
    reached = contract.ended_on is not None and contract.ended_on <= uow.today()
    source, target = ((AssetStatus.RENTED, AssetStatus.AWAITING_RETURN) if reached
                      else (AssetStatus.AWAITING_RETURN, AssetStatus.RENTED))
    moving = [line.asset for line in contract.lines if line.removed_on is None and line.asset.status == source.value]
    for asset in moving:
        move(uow, asset, target, reason)
    return len(moving)


def status_since(uow: UnitOfWork, asset: Asset | int) -> datetime:
    """When the device entered its current status (its creation when no change is on record)."""
    a = _asset(uow, asset)
    entry = last_status_entry(uow, a.id)
    return entry.at if entry is not None else a.created_at


__all__ = [
    "ExitView",
    "check",
    "exits_of",
    "is_terminal",
    "move",
    "status_since",
    "step",
    "follow_rental_end",
    "last_status_entries",
    "wipe_days",
    "wiped_ids",
]
