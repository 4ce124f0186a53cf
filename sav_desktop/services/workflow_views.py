"""Read-only views the desk's workflow screens need (issue 6 GUI): the rental a returned
device is on (check-in wizard), the stock devices that may replace a faulty one (R-46), and
a preview of a check-in (the same computation as the check-in, rolled back)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from ..domain.calendar import format_date_fr
from ..domain.catalogue import MODELS_BY_CODE
from ..domain.coverage import return_deadline
from ..domain.enums import ASSET_STATUS_LABELS, AssetStatus, ContractKind
from ..domain.errors import NotFoundError, ValidationError
from ..domain.tickets import TICKET_ACTION_LABELS, TRANSITIONS, TicketAction, TicketState, refusal
from ..domain.money import euros
from ..store.models import Asset, Contract, ContractLineAccessory
from ..store.models_workflow import CheckIn, Ticket
from .calendar_settings import alsace_moselle
from .tickets import active_line, facts_of
from .uow import UnitOfWork
from .permissions import use_case


@dataclass(frozen=True)
class LentAccessory:
    """One accessory of a rental line: what the customer must give back (R-52)."""

    item_id: int
    code: str
    label: str
    quantity: int
    unit_price_ht: Decimal


@dataclass(frozen=True)
class RentalReturnView:
    """The rental a device is on, as the check-in wizard shows it."""

    asset_id: int
    asset_tag: str
    serial: str
    model_label: str
    is_terminal: bool
    contract_id: int
    contract_number: str
    customer_name: str
    signed_on: date
    ended_on: date | None
    return_deadline: date | None  # one month after the effective end (R-03 applied)
    deposit: Decimal  # euros, no VAT
    accessories: tuple[LentAccessory, ...]


@dataclass(frozen=True)
class StockCandidate:
    id: int
    asset_tag: str
    serial: str
    model_label: str


def _asset(uow: UnitOfWork, asset_id: int) -> Asset:
    asset = uow.session.get(Asset, asset_id)
    if asset is None:
        raise NotFoundError("Matériel", str(asset_id))
    return asset


@use_case("workflow.read")
def rental_return(uow: UnitOfWork, asset_id: int) -> RentalReturnView:
    """The rental in progress for this device; ValidationError (field ``asset_id``) otherwise."""
    asset = _asset(uow, asset_id)
    line = active_line(uow, asset_id)
    contract = uow.session.get(Contract, line.contract_id) if line is not None else None
    if line is None or contract is None or contract.kind != ContractKind.RENTAL.value:
        done = uow.session.scalar(
            select(CheckIn).where(CheckIn.asset_id == asset_id).order_by(CheckIn.id.desc()).limit(1)
        )
        if done is not None and asset.status in (AssetStatus.IN_REPAIR.value, AssetStatus.TO_WIPE.value):
            # An escaped wizard: the return is recorded; what remains is in the workshop queue.
            raise ValidationError.single(
                "asset_id",
                f"le retour du matériel {asset.asset_tag} est déjà enregistré (le {format_date_fr(done.returned_on)}) : "
                f"il est « {ASSET_STATUS_LABELS[AssetStatus(asset.status)]} », la suite se fait dans la file "
                "de l'atelier (Ctrl+Shift+W)",
            )
        raise ValidationError.single("asset_id", f"le matériel {asset.asset_tag} n'est sur aucune location en cours")
    lent = uow.session.scalars(
        select(ContractLineAccessory).where(ContractLineAccessory.line_id == line.id)
        .order_by(ContractLineAccessory.id)
    ).all()
    merged: dict[int, LentAccessory] = {}
    for acc in lent:
        item = acc.item
        previous = merged.get(item.id)
        qty = acc.quantity + (previous.quantity if previous else 0)
        merged[item.id] = LentAccessory(item.id, item.code, item.label, qty, item.price_ht)
    model = MODELS_BY_CODE.get(asset.model_code)
    return RentalReturnView(
        asset_id=asset.id, asset_tag=asset.asset_tag or "", serial=asset.serial,
        model_label=model.label if model else asset.model_code, is_terminal=bool(model and model.is_terminal),
        contract_id=contract.id, contract_number=contract.number, customer_name=contract.customer.practice_name,
        signed_on=contract.signed_on, ended_on=contract.ended_on,
        return_deadline=(return_deadline(contract.ended_on, alsace_moselle=alsace_moselle(uow))
                         if contract.ended_on else None),
        deposit=euros(contract.deposit), accessories=tuple(merged.values()),
    )


@use_case("workflow.read")
def replacement_candidates(uow: UnitOfWork, asset_id: int, limit: int = 200) -> list[StockCandidate]:
    """Devices in stock of the same model (R-46: an identical device is sent)."""
    faulty = _asset(uow, asset_id)
    rows = uow.session.scalars(
        select(Asset).where(
            Asset.model_code == faulty.model_code, Asset.status == AssetStatus.IN_STOCK.value, Asset.id != faulty.id
        ).order_by(Asset.id).limit(limit)
    ).all()
    model = MODELS_BY_CODE.get(faulty.model_code)
    label = model.label if model else faulty.model_code
    return [StockCandidate(a.id, a.asset_tag or "", a.serial, label) for a in rows]


@use_case("workflow.read")
def blocked_steps(uow: UnitOfWork, ticket_id: int) -> list[tuple[str, str, str]]:
    """The steps that follow the ticket's state in the state machine but are refused with its
    facts: (action, French label, French reason with its rule), for the desk to read why."""
    t = uow.session.get(Ticket, ticket_id)
    if t is None:
        raise NotFoundError("Dossier SAV", str(ticket_id))
    state = TicketState(t.state)
    out: list[tuple[str, str, str]] = []
    for (from_state, action), _to in TRANSITIONS.items():
        if from_state is not state:
            continue
        error = refusal(state, action, facts_of(t))
        if error is not None:
            out.append((action.value, TICKET_ACTION_LABELS[TicketAction(action)], str(error)))
    return out


__all__ = [
    "blocked_steps","LentAccessory", "RentalReturnView", "StockCandidate", "rental_return", "replacement_candidates"]
