"""Values of the coverage engine: the facts of a case, the decisions, the option benefits.

Frozen dataclasses and enums only, no logic beyond trivial properties. The table
:data:`OPTION_BENEFITS` says what each maintenance option gives (RULES.md section 4); the
engine, the records checks and the forms read it instead of testing option names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from ..catalogue import MODELS_BY_CODE, CatalogueModel
from ..enums import ContractKind, OptionName



class IncidentKind(StrEnum):
    FAULT = "fault"
    DAMAGE = "damage"
    LOSS = "loss"
    THEFT = "theft"
    DESTRUCTION = "destruction"
    NON_RETURN = "non_return"
    BATTERY_REQUEST = "battery_request"
    ACCESSORY_FAULT = "accessory_fault"


INCIDENT_KIND_LABELS: dict[IncidentKind, str] = {
    IncidentKind.FAULT: "Panne",
    IncidentKind.DAMAGE: "Dommage",
    IncidentKind.LOSS: "Perte",
    IncidentKind.THEFT: "Vol",
    IncidentKind.DESTRUCTION: "Destruction",
    IncidentKind.NON_RETURN: "Non-restitution",
    IncidentKind.BATTERY_REQUEST: "Batterie",
    IncidentKind.ACCESSORY_FAULT: "Accessoire",
}


class BenefitEvent(StrEnum):
    """Earlier SERENITE benefits recorded on the asset (R-44, R-45)."""

    SERENITE_DAMAGE_COVERED = "serenite_damage_covered"
    SERENITE_BATTERY_SENT = "serenite_battery_sent"


class Decision(StrEnum):
    COVERED_WARRANTY = "COVERED_WARRANTY"
    COVERED_EXCHANGE = "COVERED_EXCHANGE"
    COVERED_SERENITE = "COVERED_SERENITE"
    FREE_BATTERY = "FREE_BATTERY"
    BILLED_UNJUSTIFIED = "BILLED_UNJUSTIFIED"
    BILLED_REPAIR = "BILLED_REPAIR"
    BILLED_ANALYSIS = "BILLED_ANALYSIS"
    BILLED_REPAIR_NO_QUOTE = "BILLED_REPAIR_NO_QUOTE"
    BILLED_REPLACEMENT = "BILLED_REPLACEMENT"
    AWAITING_RETURN = "AWAITING_RETURN"
    NOT_COVERED = "NOT_COVERED"


DECISION_LABELS: dict[Decision, str] = {
    Decision.COVERED_WARRANTY: "Pris en charge par la garantie constructeur",
    Decision.COVERED_EXCHANGE: "Pris en charge : échange standard",
    Decision.COVERED_SERENITE: "Dommage pris en charge par SERENITE",
    Decision.FREE_BATTERY: "Batterie offerte (SERENITE)",
    Decision.BILLED_UNJUSTIFIED: "Échange injustifié facturé",
    Decision.BILLED_REPAIR: "Réparation facturée",
    Decision.BILLED_ANALYSIS: "Analyse facturée",
    Decision.BILLED_REPAIR_NO_QUOTE: "Réparation facturée sans devis",
    Decision.BILLED_REPLACEMENT: "Remplacement facturé",
    Decision.AWAITING_RETURN: "Retour du matériel attendu",
    Decision.NOT_COVERED: "Non pris en charge",
}

#: R-47 (setting): the flat fee billed for an unjustified exchange.
DEFAULT_UNJUSTIFIED_FEE = "OTHER_SERVICE"



@dataclass(frozen=True)
class OptionBenefits:
    """What a maintenance option gives (RULES.md section 4)."""

    exchange: bool  # standard exchange of a faulty device
    damage_cover: bool  # damage covered once per 12 months
    free_battery: bool  # one free battery every 2 years
    on_rental: bool  # may be subscribed on a rental contract


#: Each option's benefits: CONFORT has the same as ECHANGE_STANDARD; SERENITE adds R-44
#: and R-45, and is the only option a rental subscribes (R-41: the others are included).
OPTION_BENEFITS: Mapping[OptionName, OptionBenefits] = MappingProxyType(
    {
        OptionName.ECHANGE_STANDARD: OptionBenefits(exchange=True, damage_cover=False, free_battery=False, on_rental=False),
        OptionName.CONFORT: OptionBenefits(exchange=True, damage_cover=False, free_battery=False, on_rental=False),
        OptionName.SERENITE: OptionBenefits(exchange=True, damage_cover=True, free_battery=True, on_rental=True),
    }
)

#: Options that give the standard-exchange benefit on a sale (R-40; SERENITE includes it).
EXCHANGE_OPTIONS = frozenset(name for name, b in OPTION_BENEFITS.items() if b.exchange)

#: Options that cover damage (R-44) and give free batteries (R-45).
DAMAGE_COVER_OPTIONS = frozenset(name for name, b in OPTION_BENEFITS.items() if b.damage_cover)
FREE_BATTERY_OPTIONS = frozenset(name for name, b in OPTION_BENEFITS.items() if b.free_battery)

#: Options a rental may list (R-41).
RENTAL_OPTIONS = frozenset(name for name, b in OPTION_BENEFITS.items() if b.on_rental)


def options_for(kind: ContractKind) -> tuple[OptionName, ...]:
    """The options that may be subscribed on a contract of ``kind`` (R-40, R-41), in order."""
    if kind is ContractKind.RENTAL:
        return tuple(name for name in OptionName if OPTION_BENEFITS[name].on_rental)
    return tuple(OptionName)


#: Default call time when an incident gives none (COVERAGE_CLI.md).
DEFAULT_CALL_TIME = time(9, 0)


@dataclass(frozen=True)
class AssetFacts:
    model: str  # catalogue code (RULES.md section 1)
    in_service_on: date | None = None  # first commissioning, for R-61 ages

    @property
    def catalogue_model(self) -> CatalogueModel:
        return MODELS_BY_CODE[self.model]


@dataclass(frozen=True)
class ContractFacts:
    kind: ContractKind
    signed_on: date
    delivered_on: date | None = None  # sale: start of R-10
    ended_on: date | None = None  # rental: effective end

    @property
    def warranty_start(self) -> date:
        """R-10: the delivery date, or the purchase date when no delivery date is known."""
        return self.delivered_on if self.delivered_on is not None else self.signed_on


@dataclass(frozen=True)
class OptionFacts:
    name: OptionName
    subscribed_on: date
    terminated_on: date | None = None


@dataclass(frozen=True)
class BenefitUse:
    event: BenefitEvent
    on: date


@dataclass(frozen=True)
class Incident:
    kind: IncidentKind
    reported_at: datetime | None = None  # None: ``today`` at 09:00
    fault_confirmed: bool = True
    manufacturing_defect: bool = False
    exclusions: tuple[str, ...] = ()  # R-30 codes
    repairable: bool = True
    predates_option: bool = False
    quote_accepted: bool = True
    accessory_received_on: date | None = None  # required for accessory_fault


@dataclass(frozen=True, kw_only=True)
class CoverageCase:
    today: date
    asset: AssetFacts
    contract: ContractFacts
    options: tuple[OptionFacts, ...] = ()
    history: tuple[BenefitUse, ...] = ()
    incident: Incident

    @property
    def reported_at(self) -> datetime:
        if self.incident.reported_at is not None:
            return self.incident.reported_at
        return datetime.combine(self.today, DEFAULT_CALL_TIME)


@dataclass(frozen=True)
class Charge:
    code: str  # fee code, or the model's code for a replacement
    amount_ht: Decimal  # three decimals


@dataclass(frozen=True)
class CoverageResult:
    decision: Decision
    charges: tuple[Charge, ...]
    total_ht: Decimal
    total_ttc: Decimal
    deadline: date | None
    rules: tuple[str, ...]
    why: str
    tariff_name: str

