"""Windows and facts derived from dates: each rule of the engine has ONE definition here.

The decision path (:mod:`.decision`) and the services call these functions; the "why"
texts (:mod:`.texts`) only put their results into words.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from ..calendar import add_months, add_years, roll_to_business_day
from ..catalogue import CatalogueModel
from ..enums import ContractKind
from .facts import ContractFacts, Incident, OptionFacts

#: R-46 Decision: call times are the desk's local time.
DESK_TIMEZONE = ZoneInfo("Europe/Paris")


def to_desk_time(moment: datetime) -> datetime:
    """R-46 Decision: a naive time is already the desk's local time; a time with a UTC
    offset is converted to Europe/Paris. The result is naive (desk-local)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment
    return moment.astimezone(DESK_TIMEZONE).replace(tzinfo=None)




def warranty_end(contract: ContractFacts) -> date:
    """R-10: last day of the manufacturer warranty of sold hardware."""
    return add_months(contract.warranty_start, 12) - timedelta(days=1)


def under_warranty(contract: ContractFacts, day: date) -> bool:
    """R-10: sold hardware under manufacturer warranty on ``day``."""
    return contract.kind is ContractKind.SALE and day <= warranty_end(contract)


def accessory_warranty_end(received_on: date) -> date:
    """R-13: last day an accessory of sold hardware is covered."""
    return add_months(received_on, 3) - timedelta(days=1)


def subscription_deadline(contract: ContractFacts) -> date:
    """R-40 (sale, 3 months) / R-41 (rental SERENITE, 12 months): last day to subscribe."""
    months = 3 if contract.kind is ContractKind.SALE else 12
    return add_months(contract.signed_on, months)


def option_in_force_from(option: OptionFacts, contract: ContractFacts) -> date:
    """R-42: at once when subscribed on the signature date, else after 3 months of carence."""
    if option.subscribed_on == contract.signed_on:
        return option.subscribed_on
    return add_months(option.subscribed_on, 3)


def option_in_force(option: OptionFacts, contract: ContractFacts, day: date) -> bool:
    """R-42 carence and R-43 termination (not in force from the termination date on)."""
    if day < option_in_force_from(option, contract):
        return False
    return option.terminated_on is None or day < option.terminated_on


def rental_active(contract: ContractFacts, day: date) -> bool:
    """R-41: a rental gives its benefits up to and including its effective end date."""
    return contract.kind is ContractKind.RENTAL and (contract.ended_on is None or day <= contract.ended_on)


def return_due(ended_on: date) -> date:
    """R-51 + R-02: one month after the effective end, before R-03 moves it."""
    return add_months(ended_on, 1)


def return_deadline(ended_on: date, *, alsace_moselle: bool = False) -> date:
    """R-51 + R-02 + R-03: last day to return rented equipment."""
    return roll_to_business_day(return_due(ended_on), alsace_moselle=alsace_moselle)


def under_two_years(in_service_on: date, day: date) -> bool:
    """R-61: strictly less than 2 years since first commissioning."""
    return day < add_years(in_service_on, 2)


def next_serenite_damage_on(previous: date) -> date:
    """R-44: first day a new damage may be covered after a covered one."""
    return add_months(previous, 12)


def next_free_battery_on(previous: date) -> date:
    """R-45: first day a new free battery may be sent."""
    return add_years(previous, 2)


def is_repairable(model: CatalogueModel, incident: Incident) -> bool:
    """Models without a repair category are never repaired (RULES.md section 1)."""
    return incident.repairable and model.repair_category is not None

