"""R-80: data wipes of returned terminals, and the days the guard of the return to stock reads
(the guard itself is services.lifecycle: TO_WIPE -> IN_STOCK only with a wipe since the return)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select

from ..domain.calendar import format_date_fr
from ..domain.errors import Collector, NotFoundError
from ..domain.records import FIELD_MAX_LENGTHS
from ..domain.validators import check_day, clean_text_into

from ..store.models import Asset, ContractLine
from ..store.models_workflow import CheckIn, DataWipe, Ticket
from .permissions import use_case
from .uow import UnitOfWork

#: The longest wipe method and operator name (the form's maxLength).
METHOD_MAX = FIELD_MAX_LENGTHS["method"]
OPERATOR_MAX = FIELD_MAX_LENGTHS["operator"]


def _latest_by_asset(uow: UnitOfWork, column: Any, asset_column: Any, ids: Sequence[int]) -> dict[int, date]:
    out: dict[int, date] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for asset_id, day in uow.session.execute(
            select(asset_column, func.max(column)).where(asset_column.in_(chunk)).group_by(asset_column)
        ).all():
            if asset_id is not None and day is not None:
                out[int(asset_id)] = day
    return out


def last_returns_on(uow: UnitOfWork, ids: Sequence[int]) -> dict[int, date]:
    """The latest day each device came back (contract line closed, ticket reception, check-in);
    a device that never came back is absent. A few grouped statements however many devices."""
    out: dict[int, date] = {}
    for column, asset_column in ((ContractLine.removed_on, ContractLine.asset_id),
                                 (Ticket.received_on, Ticket.asset_id), (CheckIn.returned_on, CheckIn.asset_id)):
        for asset_id, day in _latest_by_asset(uow, column, asset_column, ids).items():
            out[asset_id] = max(day, out.get(asset_id, day))
    return out


def last_wipes_on(uow: UnitOfWork, ids: Sequence[int]) -> dict[int, date]:
    """The latest wipe day of each device (absent: never wiped)."""
    return _latest_by_asset(uow, DataWipe.wiped_on, DataWipe.asset_id, ids)


@use_case("wipe.record")
def record_wipe(uow: UnitOfWork, asset_id: int, method: str, operator: str, wiped_on: date | None = None) -> int:
    """Record that the device's data was wiped (R-80); shown on its timeline."""
    asset = uow.session.get(Asset, asset_id)
    if asset is None:
        raise NotFoundError("Matériel", str(asset_id))
    day = check_day(wiped_on, "wiped_on", uow.today())
    col = Collector()
    method = clean_text_into(col, method, "method", max_length=METHOD_MAX)
    operator = clean_text_into(col, operator, "operator", max_length=OPERATOR_MAX)
    if not method and "method" not in {p.field for p in col.problems}:
        col.add("method", "méthode d'effacement obligatoire", "R-80")
    if not operator and "operator" not in {p.field for p in col.problems}:
        col.add("operator", "opérateur obligatoire", "R-80")
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
