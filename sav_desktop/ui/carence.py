"""The carence (R-42) of an option in one French sentence: on the device sheet and in the
option dialog (light: the sheet needs it before the forms are loaded)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..domain.calendar import format_date_fr
from ..domain.enums import ContractKind, OptionName


def carence_text(contract: Any, name: OptionName | str, subscribed_on: date) -> str:
    """R-42 in a sentence: in force at once (subscribed on the signature date) or after the
    carence, with its end date. ``contract`` is a ContractView (or anything with its dates)."""
    from ..domain.coverage import ContractFacts, OptionFacts, option_in_force_from

    facts = ContractFacts(ContractKind(contract.kind), contract.signed_on, contract.delivered_on, contract.ended_on)
    start = option_in_force_from(OptionFacts(OptionName(name), subscribed_on), facts)
    if start <= subscribed_on:
        return QCoreApplication.translate("Carence", "en vigueur dès la souscription, jour de la signature (R-42)")
    return QCoreApplication.translate(
        "Carence", "carence jusqu'au {end} inclus : en vigueur à partir du {start} (R-42)").format(
        end=format_date_fr(start - timedelta(days=1)), start=format_date_fr(start))
