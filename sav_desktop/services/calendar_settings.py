"""The Alsace-Moselle setting (R-01: holidays of the 57/67/68 departments count as non-business
days when it is on), read by every service that computes a deadline or asks the coverage engine.

Kept apart from services.business_settings so that tickets, check-ins and today's desk read
it without importing the backup and label modules.
"""

from __future__ import annotations

from .accounts import get_setting
from .uow import UnitOfWork
from .permissions import use_case

ALSACE_MOSELLE_SETTING = "calendar.alsace_moselle"
_TRUE = ("1", "true", "oui", "yes", "on")


@use_case("settings.read")
def alsace_moselle(uow: UnitOfWork) -> bool:
    """Whether Alsace-Moselle's extra public holidays count (off by default: metropolitan France)."""
    return (get_setting(uow, ALSACE_MOSELLE_SETTING) or "").strip().lower() in _TRUE
