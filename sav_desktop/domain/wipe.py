"""R-80: a terminal that came back cannot become available again before its data wipe."""

from __future__ import annotations

from datetime import date

from .calendar import format_date_fr
from .enums import AssetStatus
from .errors import ValidationError

#: Statuses in which a device is in a customer's hands: leaving one for the stock is a return.
WITH_CUSTOMER = frozenset(
    {AssetStatus.SOLD, AssetStatus.RENTED, AssetStatus.AT_CUSTOMER_EXCHANGE, AssetStatus.AWAITING_RETURN}
)


def wiped_since(returned: date | None, wiped: date | None) -> bool:
    """R-80: a device's data counts as wiped when it never came back (``returned`` None) or
    its latest wipe is dated on or after its latest return."""
    return returned is None or (wiped is not None and wiped >= returned)


def release_refusal(
    *,
    is_terminal: bool,
    old: AssetStatus,
    new: AssetStatus,
    last_return_on: date | None,
    last_wipe_on: date | None,
    today: date,
) -> ValidationError | None:
    """Why a status change to IN_STOCK is refused under R-80, or None.

    Reading: a terminal "came back" when it has a return on record (contract line closed,
    ticket reception, rental check-in) or leaves a customer-held status right now (then the
    return is today). The wipe must be dated on or after the last return.
    """
    if new is not AssetStatus.IN_STOCK or old is AssetStatus.IN_STOCK or not is_terminal:
        return None
    returned = last_return_on
    if old in WITH_CUSTOMER:
        returned = today if returned is None else max(returned, today)
    if wiped_since(returned, last_wipe_on):
        return None  # never left the reseller, or wiped since: nothing to wipe
    assert returned is not None
    since = f" depuis son retour du {format_date_fr(returned)}"
    return ValidationError.single(
        "status",
        "ce terminal peut contenir des données de facturation de patients : enregistrez l'effacement "
        f"des données (méthode, opérateur, date){since} avant de le remettre en stock",
        "R-80",
    )


__all__ = ["WITH_CUSTOMER", "release_refusal", "wiped_since"]
