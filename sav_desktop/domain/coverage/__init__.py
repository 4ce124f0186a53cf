"""The coverage engine: is this incident covered, and what is billed? (RULES.md 3-7).

A package along the engine's sections; every public name is re-exported here, so
``from sav_desktop.domain.coverage import assess`` keeps working:

* :mod:`.facts`: the values (cases, incidents, decisions) and :data:`OPTION_BENEFITS`,
  the table of what each maintenance option gives;
* :mod:`.windows`: the one definition of each rule's window (warranty, carence,
  return deadline, repairability, desk-local call time...);
* :mod:`.checks`: impossible histories and facts as field problems (R-40..R-43, R-90);
* :mod:`.parsing`: the JSON input of COVERAGE_CLI.md;
* :mod:`.texts`: the French "why" sentences;
* :mod:`.decision`: ``assess``, the order of assessment.
"""

from __future__ import annotations

from .checks import (
    check_assessment_day,
    check_case,
    check_contract_dates,
    check_option,
    check_predates_option,
)
from .decision import assess, result_as_dict
from .facts import (
    DAMAGE_COVER_OPTIONS,
    DECISION_LABELS,
    DEFAULT_CALL_TIME,
    DEFAULT_UNJUSTIFIED_FEE,
    EXCHANGE_OPTIONS,
    FREE_BATTERY_OPTIONS,
    INCIDENT_KIND_LABELS,
    OPTION_BENEFITS,
    RENTAL_OPTIONS,
    AssetFacts,
    BenefitEvent,
    BenefitUse,
    Charge,
    ContractFacts,
    CoverageCase,
    CoverageResult,
    Decision,
    Incident,
    IncidentKind,
    OptionBenefits,
    OptionFacts,
    options_for,
)
from .parsing import parse_case
from .windows import (
    DESK_TIMEZONE,
    accessory_warranty_end,
    is_repairable,
    next_free_battery_on,
    next_serenite_damage_on,
    option_in_force,
    option_in_force_from,
    rental_active,
    return_deadline,
    return_due,
    subscription_deadline,
    to_desk_time,
    under_two_years,
    under_warranty,
    warranty_end,
)

__all__ = [
    "DAMAGE_COVER_OPTIONS",
    "DECISION_LABELS",
    "DEFAULT_CALL_TIME",
    "DEFAULT_UNJUSTIFIED_FEE",
    "DESK_TIMEZONE",
    "EXCHANGE_OPTIONS",
    "FREE_BATTERY_OPTIONS",
    "INCIDENT_KIND_LABELS",
    "OPTION_BENEFITS",
    "RENTAL_OPTIONS",
    "AssetFacts",
    "BenefitEvent",
    "BenefitUse",
    "Charge",
    "ContractFacts",
    "CoverageCase",
    "CoverageResult",
    "Decision",
    "Incident",
    "IncidentKind",
    "OptionBenefits",
    "OptionFacts",
    "accessory_warranty_end",
    "assess",
    "check_assessment_day",
    "check_case",
    "check_contract_dates",
    "check_option",
    "check_predates_option",
    "is_repairable",
    "next_free_battery_on",
    "next_serenite_damage_on",
    "option_in_force",
    "option_in_force_from",
    "options_for",
    "parse_case",
    "rental_active",
    "result_as_dict",
    "return_deadline",
    "return_due",
    "subscription_deadline",
    "to_desk_time",
    "under_two_years",
    "under_warranty",
    "warranty_end",
]
