"""SERENITE benefits given (R-44 covered damage, R-45 free battery): recorded when the
coverage engine grants them, given back to the engine as the device's history.

Decisions:

* A benefit is recorded when the engine's decision is COVERED_SERENITE (a ticket's decision
  after the inspection, or a rental check-in's damage) or FREE_BATTERY, on the day of that
  decision; a ticket decided again (refused quote) does not record it twice.
* The history of a device on a contract is its own benefits on that contract plus those of
  the devices it replaced there by standard exchange (R-12 reading: the replacement takes
  the faulty one's place, so the 12-month and 2-year windows carry over).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ..domain.calendar import format_date_fr
from ..domain.coverage import (
    BenefitEvent,
    BenefitUse,
    CoverageResult,
    Decision,
    Incident,
    IncidentKind,
)
from ..domain.errors import NotFoundError, ValidationError
from ..store.models import Asset, Contract
from ..store.models_workflow import BenefitRecord, Ticket
from .permissions import inside_use_case, use_case
from .uow import UnitOfWork
from .permissions import use_case

_EVENTS: dict[Decision, BenefitEvent] = {
    Decision.COVERED_SERENITE: BenefitEvent.SERENITE_DAMAGE_COVERED,
    Decision.FREE_BATTERY: BenefitEvent.SERENITE_BATTERY_SENT,
}


@use_case("coverage.read")
def history_of(uow: UnitOfWork, asset_id: int, contract_id: int) -> tuple[BenefitUse, ...]:
    """The SERENITE benefits the engine must know of for this device on this contract."""
    replaced = uow.session.scalars(
        select(Ticket.asset_id).where(Ticket.replacement_asset_id == asset_id, Ticket.contract_id == contract_id)
    ).all()
    rows = uow.session.execute(
        select(BenefitRecord.event, BenefitRecord.used_on)
        .where(BenefitRecord.contract_id == contract_id, BenefitRecord.asset_id.in_([asset_id, *replaced]))
        .order_by(BenefitRecord.used_on, BenefitRecord.id)
    ).all()
    return tuple(BenefitUse(BenefitEvent(event), used_on) for event, used_on in rows)


@inside_use_case
def record_benefit(
    uow: UnitOfWork, asset_id: int, contract_id: int | None, result: CoverageResult, day: date,
    ticket_id: int | None = None,
) -> bool:
    """Record the benefit the engine just granted (if any). True when one was recorded."""
    event = _EVENTS.get(result.decision)
    if event is None:
        return False
    if ticket_id is not None and uow.session.scalar(
        select(BenefitRecord.id).where(BenefitRecord.ticket_id == ticket_id, BenefitRecord.event == event.value)
    ) is not None:
        return False
    uow.session.add(BenefitRecord(asset_id=asset_id, contract_id=contract_id, event=event.value, used_on=day,
                                  ticket_id=ticket_id, recorded_at=uow.now()))
    uow.flush()
    what = "dommage pris en charge par SERENITE (R-44)" if event is BenefitEvent.SERENITE_DAMAGE_COVERED \
        else "batterie offerte par SERENITE (R-45)"
    uow.audit("asset", asset_id, "serenite_benefit", f"Avantage SERENITE le {format_date_fr(day)} : {what}",
              after={"event": event, "on": day, "ticket_id": ticket_id}, asset_id=asset_id)
    return True


@use_case("battery.request")
def request_battery(uow: UnitOfWork, asset_id: int) -> CoverageResult:
    """A battery asked for a device on a contract in progress: free once every 2 years with
    SERENITE in force (R-45), else sold at the catalogue price (R-52 for rentals)."""
    from .coverage_facts import facts_for  # both import this module
    from .tickets import active_line

    asset = uow.session.get(Asset, asset_id)
    if asset is None:
        raise NotFoundError("Matériel", str(asset_id))
    line = active_line(uow, asset_id)
    contract = uow.session.get(Contract, line.contract_id) if line is not None else None
    if contract is None:
        raise ValidationError.single("asset_id", f"le matériel {asset.asset_tag} n'est sur aucun contrat en cours")
    day = uow.today()
    result = facts_for(uow, asset, contract, day).assess(Incident(IncidentKind.BATTERY_REQUEST))
    if not record_benefit(uow, asset.id, contract.id, result, day):
        uow.audit("asset", asset.id, "battery_request",
                  f"Batterie demandée le {format_date_fr(day)} : non offerte ({', '.join(result.rules)})",
                  after={"decision": result.decision}, asset_id=asset.id)
    return result


__all__ = ["history_of", "record_benefit", "request_battery"]
