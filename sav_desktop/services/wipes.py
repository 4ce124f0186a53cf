"""R-80: data wipes of returned terminals, and the check that guards the return to stock."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from ..domain.calendar import format_date_fr
from ..domain.catalogue import MODELS_BY_CODE
from ..domain.enums import AssetStatus
from ..domain.errors import Collector, NotFoundError
from ..domain.wipe import release_refusal
from ..store.models import Asset, ContractLine
from ..store.models_workflow import CheckIn, DataWipe, Ticket
from .permissions import use_case
from .uow import UnitOfWork
from .permissions import use_case


@use_case("asset.read")
def last_return_on(uow: UnitOfWork, asset_id: int) -> date | None:
    """The latest day the device came back: contract line closed, ticket reception, check-in."""
    s = uow.session
    days = [
        s.scalar(select(func.max(ContractLine.removed_on)).where(ContractLine.asset_id == asset_id)),
        s.scalar(select(func.max(Ticket.received_on)).where(Ticket.asset_id == asset_id)),
        s.scalar(select(func.max(CheckIn.returned_on)).where(CheckIn.asset_id == asset_id)),
    ]
    known = [d for d in days if d is not None]
    return max(known) if known else None


@use_case("asset.read")
def last_wipe_on(uow: UnitOfWork, asset_id: int) -> date | None:
    value: date | None = uow.session.scalar(select(func.max(DataWipe.wiped_on)).where(DataWipe.asset_id == asset_id))
    return value


def check_status_change(uow: UnitOfWork, asset: Asset, new: AssetStatus) -> None:
    """Raise ValidationError (field ``status``, R-80) when a returned terminal would go back
    to stock without a recorded wipe. Called by assets.set_status."""
    model = MODELS_BY_CODE.get(asset.model_code)
    error = release_refusal(
        is_terminal=bool(model and model.is_terminal),
        old=AssetStatus(asset.status),
        new=AssetStatus(new),
        last_return_on=last_return_on(uow, asset.id),
        last_wipe_on=last_wipe_on(uow, asset.id),
        today=uow.today(),
    )
    if error is not None:
        raise error


@use_case("wipe.record")
def record_wipe(uow: UnitOfWork, asset_id: int, method: str, operator: str, wiped_on: date | None = None) -> int:
    """Record that the device's data was wiped (R-80); shown on its timeline."""
    asset = uow.session.get(Asset, asset_id)
    if asset is None:
        raise NotFoundError("Matériel", str(asset_id))
    day = wiped_on or uow.today()
    col = Collector()
    method, operator = (method or "").strip(), (operator or "").strip()
    if not method:
        col.add("method", "méthode d'effacement obligatoire", "R-80")
    elif len(method) > 200:
        col.add("method", "texte trop long (200 caractères au plus)")
    if not operator:
        col.add("operator", "opérateur obligatoire", "R-80")
    elif len(operator) > 80:
        col.add("operator", "texte trop long (80 caractères au plus)")
    if day > uow.today():
        col.add("wiped_on", f"date d'effacement dans le futur ({format_date_fr(day)})")
    col.check()
    wipe = DataWipe(
        asset_id=asset_id, method=method, operator=operator, wiped_on=day,
        recorded_at=uow.now(), recorded_by=uow.user_name,
    )
    uow.session.add(wipe)
    uow.flush()
    uow.audit(
        "asset", asset_id, "wipe",
        f"Données effacées le {format_date_fr(day)} par {operator} ({method}) (R-80)",
        after={"method": method, "operator": operator, "wiped_on": day}, asset_id=asset_id,
    )
    return wipe.id
