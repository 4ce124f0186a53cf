"""The coverage engine: is this incident covered, and what is billed? (RULES.md 3-7).

Pure functions over frozen dataclasses. ``parse_case`` turns the JSON-like description of
COVERAGE_CLI.md into a :class:`CoverageCase`, collecting every problem; ``check_case``
finds impossible histories (R-40, R-41, R-43...) in a case built from domain values;
``assess`` decides, prices from the tariff version in force on ``today`` and explains the
decision in French, citing dates and rule ids.

Readings of the rules where RULES.md / COVERAGE_CLI.md leave room (each one is also said
in the ``why`` text of the decisions it drives):

* R-10: covered on days D <= delivered_on + 12 months - 1 day (delivered_on defaults to
  signed_on). No lower bound is checked: an incident before delivery is not a real case.
* R-13: an accessory of sold hardware is covered for a *manufacturing defect* (the
  ``manufacturing_defect`` flag, as for the device itself) with no exclusion code, on days
  D <= received + 3 months - 1 day. Otherwise nothing is billed here: accessories have no
  built-in price ("tarif en vigueur" of the catalogue, RULES.md section 1).
* R-42: an option subscribed on the contract's signature date is in force at once;
  otherwise from subscribed_on + 3 months (that day included).
* R-43: an option is not in force from its termination date on. Any option subscribed on
  or after the termination date of another one on the same device/contract is an input
  error.
* R-41: rented hardware has the standard exchange benefit for the whole rental, i.e. up
  to and including ``ended_on`` when the rental has ended; SERENITE on a rental ends with
  it too.
* R-44: a damage is covered when the previous covered damage P satisfies
  P + 12 months <= today (R-02 month arithmetic: 29/02/2024 + 12 months = 28/02/2025).
* R-45: a free battery when the previous one B satisfies B + 2 years <= today.
* R-46: J is the call day when the call is strictly before 11:00 on a business day,
  else the next business day; the deadline shown is J + 2 business days.
* R-51: the last day to return is ended_on + 1 month (included, R-02), moved to the next
  business day when it falls on a weekend or holiday (R-03: a contractual deadline). The
  deadline is reported for AWAITING_RETURN and for the BILLED_REPLACEMENT that follows it.
* R-61: ages are measured on ``today`` (COVERAGE_CLI.md); "< 2 years" means
  today < in_service_on + 2 years.
* Loss, theft or destruction of *sold* hardware: NOT_COVERED. The warranty covers only
  manufacturing defects (R-11), no option covers loss or theft, SERENITE never covers a
  destroyed device (R-44), and replacement prices are billed for rented hardware only
  (R-61, R-62).
* A ``battery_request`` without the SERENITE benefit, an accessory fault not covered, and
  any accessory of rented hardware (R-52): NOT_COVERED, the item is sold at the
  catalogue's current price, which the engine does not hold.
* A model without a repair category (PCSC_READER, SIM) is never repaired: it counts as
  not repairable everywhere (quote path, R-44, R-48, R-63).
* R-48 on a device that is not repairable: there is nothing to repair, so the
  not-repairable branch of the quote path applies (sale: ANALYSIS only; rental:
  replacement price).
* Rented damage not covered (R-63) is billed ANALYSIS + repair whatever the quote answer:
  the renter owes working equipment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum

from .calendar import (
    add_months,
    add_years,
    exchange_deadline,
    exchange_start_day,
    format_date_fr,
    holiday_name,
    is_business_day,
    roll_to_business_day,
)
from .catalogue import (
    EXCLUSIONS_BY_CODE,
    MODELS_BY_CODE,
    REPAIR_FEE_BY_CATEGORY,
    TARIFF_2025_01,
    CatalogueModel,
    Tariff,
    tariff_in_force,
)
from .enums import OPTION_LABELS, ContractKind, OptionName
from .errors import Collector, FieldProblem, ValidationError
from .money import money, ttc

# --------------------------------------------------------------------------- values


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

#: Options that give the standard-exchange benefit on a sale (R-40; SERENITE includes it).
EXCHANGE_OPTIONS = frozenset({OptionName.ECHANGE_STANDARD, OptionName.CONFORT, OptionName.SERENITE})

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


# --------------------------------------------------------------------------- windows


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


def return_deadline(ended_on: date, *, alsace_moselle: bool = False) -> date:
    """R-51 + R-02 + R-03: last day to return rented equipment."""
    return roll_to_business_day(add_months(ended_on, 1), alsace_moselle=alsace_moselle)


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


# --------------------------------------------------------------------------- checks


def _option_window_rule(kind: ContractKind) -> str:
    return "R-40" if kind is ContractKind.SALE else "R-41"


def check_option(
    contract: ContractFacts,
    option: OptionFacts,
    others: Iterable[OptionFacts],
    path: str = "option",
) -> list[FieldProblem]:
    """Problems with one option subscription given the contract and the other options.

    Used at the point of entry (a subscription form) and by :func:`check_case`.
    """
    problems: list[FieldProblem] = []
    rule = _option_window_rule(contract.kind)
    if contract.kind is ContractKind.RENTAL and option.name is not OptionName.SERENITE:
        problems.append(
            FieldProblem(
                f"{path}.name",
                f"seule l'option SERENITE se souscrit sur une location ({option.name.value} est inclus "
                "dans la location)",
                "R-41",
            )
        )
    limit = subscription_deadline(contract)
    if option.subscribed_on < contract.signed_on:
        problems.append(
            FieldProblem(
                f"{path}.subscribed_on",
                f"souscription le {format_date_fr(option.subscribed_on)}, avant la signature du contrat "
                f"le {format_date_fr(contract.signed_on)}",
                rule,
            )
        )
    elif option.subscribed_on > limit:
        what = "l'achat" if contract.kind is ContractKind.SALE else "la signature de la location"
        months = "3 mois" if contract.kind is ContractKind.SALE else "12 mois"
        problems.append(
            FieldProblem(
                f"{path}.subscribed_on",
                f"souscription le {format_date_fr(option.subscribed_on)} refusée : au plus {months} après "
                f"{what} du {format_date_fr(contract.signed_on)}, soit le {format_date_fr(limit)} au plus tard",
                rule,
            )
        )
    if option.terminated_on is not None and option.terminated_on < option.subscribed_on:
        problems.append(
            FieldProblem(
                f"{path}.terminated_on",
                f"résiliation le {format_date_fr(option.terminated_on)}, avant la souscription "
                f"du {format_date_fr(option.subscribed_on)}",
            )
        )
    for other in others:
        # once an option is terminated, none can be subscribed again (sale: any of
        # the three; rental: SERENITE, the only option a rental lists).
        if other.terminated_on is None or option.subscribed_on < other.terminated_on:
            continue
        problems.append(
            FieldProblem(
                f"{path}.subscribed_on",
                f"souscription le {format_date_fr(option.subscribed_on)} refusée : l'option "
                f"{OPTION_LABELS[other.name]} a été résiliée le {format_date_fr(other.terminated_on)} et la "
                "résiliation est définitive",
                "R-43",
            )
        )
        break
    return problems


def _check_options(contract: ContractFacts, indexed: Sequence[tuple[int, OptionFacts]]) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    for i, option in indexed:
        others = [o for j, o in indexed if j != i]
        problems.extend(check_option(contract, option, others, f"options[{i}]"))
    return problems


def _check_incident(
    today: date,
    contract: ContractFacts | None,
    asset: AssetFacts | None,
    incident: Incident,
) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    kind = incident.kind
    if kind is IncidentKind.DAMAGE and not incident.exclusions:
        problems.append(
            FieldProblem("incident.exclusions", "un dommage doit citer au moins un code d'exclusion constaté", "R-30")
        )
    if kind is IncidentKind.NON_RETURN and contract is not None:
        if contract.kind is ContractKind.SALE:
            problems.append(
                FieldProblem("incident.kind", "la non-restitution ne concerne que le matériel loué", "R-51")
            )
        elif contract.ended_on is None:
            problems.append(
                FieldProblem(
                    "contract.ended_on",
                    "date de fin de location requise pour une non-restitution",
                    "R-51",
                )
            )
    if kind is IncidentKind.ACCESSORY_FAULT:
        if incident.accessory_received_on is None:
            problems.append(
                FieldProblem(
                    "incident.accessory_received_on",
                    "date de réception de l'accessoire requise",
                    "R-13",
                )
            )
        elif incident.accessory_received_on > today:
            problems.append(
                FieldProblem(
                    "incident.accessory_received_on",
                    f"réception le {format_date_fr(incident.accessory_received_on)}, après le jour de "
                    f"l'examen ({format_date_fr(today)})",
                    "R-13",
                )
            )
    if (
        contract is not None
        and asset is not None
        and contract.kind is ContractKind.RENTAL
        and asset.in_service_on is None
    ):
        problems.append(
            FieldProblem(
                "asset.in_service_on",
                "date de première mise en service requise pour le matériel loué (âge)",
                "R-61",
            )
        )
    return problems


def _check_contract(contract: ContractFacts) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if contract.ended_on is not None and contract.ended_on < contract.signed_on:
        problems.append(
            FieldProblem(
                "contract.ended_on",
                f"fin le {format_date_fr(contract.ended_on)}, avant la signature du "
                f"{format_date_fr(contract.signed_on)}",
            )
        )
    return problems


def check_case(case: CoverageCase) -> list[FieldProblem]:
    """Every problem of a case built from domain values (impossible histories, missing
    facts the incident needs). Empty when the case can be assessed."""
    problems: list[FieldProblem] = []
    if case.asset.model not in MODELS_BY_CODE:
        problems.append(FieldProblem("asset.model", f"modèle inconnu « {case.asset.model} »"))
    problems.extend(_check_contract(case.contract))
    problems.extend(_check_options(case.contract, list(enumerate(case.options))))
    for i, code in enumerate(case.incident.exclusions):
        if code not in EXCLUSIONS_BY_CODE:
            problems.append(FieldProblem(f"incident.exclusions[{i}]", f"code d'exclusion inconnu « {code} »", "R-30"))
    problems.extend(_check_incident(case.today, case.contract, case.asset, case.incident))
    return problems


# --------------------------------------------------------------------------- parsing


class _Reader:
    """Reads one JSON object field by field, collecting problems instead of stopping."""

    def __init__(self, collector: Collector) -> None:
        self.c = collector

    def obj(self, value: object, path: str) -> Mapping[str, object] | None:
        if not isinstance(value, dict):
            self.c.add(path, "objet JSON attendu")
            return None
        for key in value:
            if not isinstance(key, str):  # pragma: no cover - JSON keys are strings
                self.c.add(path, "clé non textuelle")
        return value

    def unknown(self, data: Mapping[str, object], allowed: Iterable[str], path: str) -> None:
        allowed_set = set(allowed)
        for key in data:
            if key not in allowed_set:
                self.c.add(_join(path, key), "champ inconnu")

    def date(self, data: Mapping[str, object], key: str, path: str, *, required: bool) -> date | None:
        where = _join(path, key)
        value = data.get(key)
        if value is None:
            if required:
                self.c.add(where, "date manquante")
            return None
        if not isinstance(value, str):
            self.c.add(where, "date attendue au format AAAA-MM-JJ")
            return None
        try:
            if not _ISO_DATE.fullmatch(value):
                raise ValueError(value)
            return date.fromisoformat(value)
        except ValueError:
            self.c.add(where, f"date invalide « {value} » (format AAAA-MM-JJ)")
            return None

    def datetime(self, data: Mapping[str, object], key: str, path: str) -> datetime | None:
        where = _join(path, key)
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.c.add(where, "date et heure attendues au format AAAA-MM-JJTHH:MM")
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            self.c.add(where, f"date et heure invalides « {value} » (format AAAA-MM-JJTHH:MM)")
            return None
        if parsed.tzinfo is not None:
            parsed = parsed.replace(tzinfo=None)  # local desk time is what R-46 counts
        return parsed

    def boolean(self, data: Mapping[str, object], key: str, path: str, default: bool) -> bool:
        value = data.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.c.add(_join(path, key), "true ou false attendu")
            return default
        return value

    def text(self, data: Mapping[str, object], key: str, path: str) -> str | None:
        value = data.get(key)
        if value is None:
            self.c.add(_join(path, key), "valeur manquante")
            return None
        if not isinstance(value, str):
            self.c.add(_join(path, key), "texte attendu")
            return None
        return value

    def items(self, data: Mapping[str, object], key: str, path: str) -> list[object]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.c.add(_join(path, key), "liste JSON attendue")
            return []
        return value


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


_TOP_KEYS = ("today", "asset", "contract", "options", "history", "incident")
_ASSET_KEYS = ("model", "in_service_on")
_CONTRACT_KEYS = ("kind", "signed_on", "delivered_on", "ended_on")
_OPTION_KEYS = ("name", "subscribed_on", "terminated_on")
_HISTORY_KEYS = ("event", "on")
_INCIDENT_KEYS = (
    "kind",
    "reported_at",
    "fault_confirmed",
    "manufacturing_defect",
    "exclusions",
    "repairable",
    "predates_option",
    "quote_accepted",
    "accessory_received_on",
)


def parse_case(data: object) -> CoverageCase:
    """A :class:`CoverageCase` from the JSON input of COVERAGE_CLI.md.

    Raises :class:`ValidationError` listing every problem (field path and, where a rule
    forbids the input, its id): unknown fields and codes, missing or malformed dates,
    impossible histories (R-40, R-41, R-43), a damage without exclusion code (R-30), a
    non-return on a sale or without an end date (R-51), an accessory fault without its
    receipt date (R-13).
    """
    collector = Collector()
    r = _Reader(collector)
    top = r.obj(data, "case")
    if top is None:
        collector.check()
        raise AssertionError("unreachable")  # pragma: no cover
    r.unknown(top, _TOP_KEYS, "")
    today = r.date(top, "today", "", required=True)

    asset: AssetFacts | None = None
    if "asset" not in top or top["asset"] is None:
        collector.add("asset", "objet manquant")
    elif (a := r.obj(top["asset"], "asset")) is not None:
        r.unknown(a, _ASSET_KEYS, "asset")
        model = r.text(a, "model", "asset")
        if model is not None and model not in MODELS_BY_CODE:
            collector.add("asset.model", f"modèle inconnu « {model} »")
            model = None
        in_service_on = r.date(a, "in_service_on", "asset", required=False)
        if model is not None:
            asset = AssetFacts(model, in_service_on)

    contract: ContractFacts | None = None
    if "contract" not in top or top["contract"] is None:
        collector.add("contract", "objet manquant")
    elif (c := r.obj(top["contract"], "contract")) is not None:
        r.unknown(c, _CONTRACT_KEYS, "contract")
        kind_text = r.text(c, "kind", "contract")
        kind: ContractKind | None = None
        if kind_text is not None:
            try:
                kind = ContractKind(kind_text)
            except ValueError:
                collector.add("contract.kind", f"type de contrat inconnu « {kind_text} » (sale ou rental)")
        signed_on = r.date(c, "signed_on", "contract", required=True)
        delivered_on = r.date(c, "delivered_on", "contract", required=False)
        ended_on = r.date(c, "ended_on", "contract", required=False)
        if kind is not None and signed_on is not None:
            contract = ContractFacts(kind, signed_on, delivered_on, ended_on)

    options: list[tuple[int, OptionFacts]] = []
    options_ok = True
    for i, raw in enumerate(r.items(top, "options", "")):
        path = f"options[{i}]"
        o = r.obj(raw, path)
        if o is None:
            options_ok = False
            continue
        r.unknown(o, _OPTION_KEYS, path)
        name_text = r.text(o, "name", path)
        name: OptionName | None = None
        if name_text is not None:
            try:
                name = OptionName(name_text)
            except ValueError:
                collector.add(f"{path}.name", f"option inconnue « {name_text} »")
        subscribed_on = r.date(o, "subscribed_on", path, required=True)
        terminated_on = r.date(o, "terminated_on", path, required=False)
        if name is None or subscribed_on is None:
            options_ok = False
            continue
        options.append((i, OptionFacts(name, subscribed_on, terminated_on)))

    history: list[BenefitUse] = []
    for i, raw in enumerate(r.items(top, "history", "")):
        path = f"history[{i}]"
        h = r.obj(raw, path)
        if h is None:
            continue
        r.unknown(h, _HISTORY_KEYS, path)
        event_text = r.text(h, "event", path)
        event: BenefitEvent | None = None
        if event_text is not None:
            try:
                event = BenefitEvent(event_text)
            except ValueError:
                collector.add(f"{path}.event", f"événement inconnu « {event_text} »")
        on = r.date(h, "on", path, required=True)
        if event is not None and on is not None:
            history.append(BenefitUse(event, on))

    incident: Incident | None = None
    if "incident" not in top or top["incident"] is None:
        collector.add("incident", "objet manquant")
    elif (n := r.obj(top["incident"], "incident")) is not None:
        r.unknown(n, _INCIDENT_KEYS, "incident")
        kind_text = r.text(n, "kind", "incident")
        incident_kind: IncidentKind | None = None
        if kind_text is not None:
            try:
                incident_kind = IncidentKind(kind_text)
            except ValueError:
                known = ", ".join(k.value for k in IncidentKind)
                collector.add("incident.kind", f"type d'incident inconnu « {kind_text} » ({known})")
        exclusions: list[str] = []
        for j, code in enumerate(r.items(n, "exclusions", "incident")):
            if not isinstance(code, str) or code not in EXCLUSIONS_BY_CODE:
                collector.add(f"incident.exclusions[{j}]", f"code d'exclusion inconnu « {code} »", "R-30")
            elif code not in exclusions:
                exclusions.append(code)
        reported_at = r.datetime(n, "reported_at", "incident")
        fault_confirmed = r.boolean(n, "fault_confirmed", "incident", True)
        manufacturing_defect = r.boolean(n, "manufacturing_defect", "incident", False)
        repairable = r.boolean(n, "repairable", "incident", True)
        predates_option = r.boolean(n, "predates_option", "incident", False)
        quote_accepted = r.boolean(n, "quote_accepted", "incident", True)
        accessory_received_on = r.date(n, "accessory_received_on", "incident", required=False)
        if incident_kind is not None:
            incident = Incident(
                kind=incident_kind,
                reported_at=reported_at,
                fault_confirmed=fault_confirmed,
                manufacturing_defect=manufacturing_defect,
                exclusions=tuple(exclusions),
                repairable=repairable,
                predates_option=predates_option,
                quote_accepted=quote_accepted,
                accessory_received_on=accessory_received_on,
            )

    # Impossible histories and missing facts, on whatever could be read.
    if contract is not None:
        collector.problems.extend(_check_contract(contract))
        if options_ok or options:
            collector.problems.extend(_check_options(contract, options))
    if incident is not None and today is not None:
        collector.problems.extend(_check_incident(today, contract, asset, incident))
    collector.check()
    assert today is not None and asset is not None and contract is not None and incident is not None
    return CoverageCase(
        today=today,
        asset=asset,
        contract=contract,
        options=tuple(o for _, o in options),
        history=tuple(history),
        incident=incident,
    )


# --------------------------------------------------------------------------- assessment


def _d(day: date) -> str:
    return format_date_fr(day)


class _Assessment:
    def __init__(
        self,
        case: CoverageCase,
        tariff: Tariff,
        alsace_moselle: bool,
        unjustified_fee: str,
    ) -> None:
        self.case = case
        self.today = case.today
        self.contract = case.contract
        self.incident = case.incident
        self.model = case.asset.catalogue_model
        self.tariff = tariff
        self.alsace_moselle = alsace_moselle
        self.unjustified_fee = unjustified_fee
        self.rules: list[str] = []
        self.why: list[str] = []

    # -- building blocks

    @property
    def is_sale(self) -> bool:
        return self.contract.kind is ContractKind.SALE

    def rule(self, *ids: str) -> None:
        for rule_id in ids:
            if rule_id not in self.rules:
                self.rules.append(rule_id)

    def say(self, text: str) -> None:
        self.why.append(text)

    def result(
        self,
        decision: Decision,
        charges: Sequence[tuple[str, Decimal]] = (),
        deadline: date | None = None,
    ) -> CoverageResult:
        lines = tuple(Charge(code, money(amount)) for code, amount in charges)
        total = money(sum((line.amount_ht for line in lines), Decimal(0)))
        return CoverageResult(
            decision=decision,
            charges=lines,
            total_ht=total,
            total_ttc=ttc(total),
            deadline=deadline,
            rules=tuple(self.rules),
            why=" ".join(self.why),
            tariff_name=self.tariff.name,
        )

    def fee(self, code: str) -> tuple[str, Decimal]:
        return code, self.tariff.fee(code)

    def repair_fee(self) -> tuple[str, Decimal]:
        category = self.model.repair_category
        assert category is not None
        return self.fee(REPAIR_FEE_BY_CATEGORY[category])

    def replacement(self) -> tuple[str, Decimal]:
        """R-61: the rented device's replacement price by its age on ``today``."""
        in_service_on = self.case.asset.in_service_on
        assert in_service_on is not None  # checked for rentals
        young = under_two_years(in_service_on, self.today)
        two_years = add_years(in_service_on, 2)
        if young:
            self.say(
                f"Mis en service le {_d(in_service_on)}, l'appareil a moins de 2 ans au {_d(self.today)} "
                f"(2 ans le {_d(two_years)}) : prix de remplacement « moins de 2 ans » (R-61)."
            )
        else:
            self.say(
                f"Mis en service le {_d(in_service_on)}, l'appareil a 2 ans ou plus au {_d(self.today)} "
                f"(depuis le {_d(two_years)}) : prix de remplacement « 2 ans et plus » (R-61)."
            )
        self.rule("R-61")
        return self.model.code, self.tariff.replacement_price(self.model.code, young)

    def repairable(self) -> bool:
        if self.model.repair_category is None:
            self.say(f"Le modèle {self.model.label} n'est jamais réparé : il compte comme non réparable.")
            return False
        if not self.incident.repairable:
            self.say("L'appareil n'est pas réparable.")
            return False
        return True

    # -- facts about the contract and options, each with its sentence

    def warranty_sentence(self) -> bool:
        """R-10 on a sale: say the warranty dates, return whether it runs today."""
        end = warranty_end(self.contract)
        start = self.contract.warranty_start
        origin = "livré" if self.contract.delivered_on is not None else "acheté (date de livraison inconnue)"
        if self.today <= end:
            self.say(
                f"Matériel vendu, {origin} le {_d(start)} : garantie constructeur jusqu'au {_d(end)} inclus (R-10)."
            )
            return True
        self.say(f"Matériel vendu, {origin} le {_d(start)} : garantie constructeur terminée le {_d(end)} (R-10).")
        return False

    def option_sentence(self, option: OptionFacts) -> bool:
        """R-42/R-43: say the state of one option today, return whether it is in force."""
        label = OPTION_LABELS[option.name]
        start = option_in_force_from(option, self.contract)
        head = f"Option {label} souscrite le {_d(option.subscribed_on)}"
        if option.terminated_on is not None and self.today >= option.terminated_on:
            self.rule("R-43")
            self.say(f"{head}, résiliée le {_d(option.terminated_on)} : plus en vigueur (R-43).")
            return False
        if self.today < start:
            self.rule("R-42")
            self.say(
                f"{head}, après la signature du {_d(self.contract.signed_on)} : carence jusqu'au "
                f"{_d(start - timedelta(days=1))} inclus, en vigueur à partir du {_d(start)} (R-42)."
            )
            return False
        if option.subscribed_on == self.contract.signed_on:
            self.say(f"{head}, jour de la signature : en vigueur dès la souscription (R-42).")
        else:
            self.say(f"{head} : carence terminée, en vigueur depuis le {_d(start)} (R-42).")
        if not self.is_sale and not rental_active(self.contract, self.today):
            assert self.contract.ended_on is not None
            self.say(f"La location a pris fin le {_d(self.contract.ended_on)} : l'option a pris fin avec elle.")
            return False
        return True

    def exchange_benefit(self) -> bool:
        """Standard-exchange benefit in force today (rental R-41; sale option R-42/R-43)."""
        if not self.is_sale:
            self.rule("R-41")
            if rental_active(self.contract, self.today):
                self.say(
                    f"Matériel loué (contrat signé le {_d(self.contract.signed_on)}) : échange standard inclus "
                    "pendant toute la location (R-41)."
                )
                return True
            assert self.contract.ended_on is not None
            self.say(
                f"Location terminée le {_d(self.contract.ended_on)} : l'échange standard inclus dans la location "
                "ne s'applique plus (R-41)."
            )
            return False
        in_force = False
        for option in self.case.options:
            if option.name in EXCHANGE_OPTIONS and self.option_sentence(option):
                in_force = True
        if not self.case.options:
            self.say("Aucune option de maintenance souscrite.")
        return in_force

    def serenite_in_force(self, *, describe_all: bool = False) -> bool:
        """SERENITE in force today (R-42, R-43); ``describe_all`` also says the state of
        the other options (a sale's ECHANGE_STANDARD/CONFORT in carence, for instance)."""
        in_force = False
        for option in self.case.options:
            if option.name is OptionName.SERENITE:
                in_force = self.option_sentence(option) or in_force
            elif describe_all:
                self.option_sentence(option)
        if not any(o.name is OptionName.SERENITE for o in self.case.options):
            self.say("Pas d'option SERENITE.")
        return in_force

    def last_use(self, event: BenefitEvent) -> date | None:
        days = [use.on for use in self.case.history if use.event is event and use.on <= self.today]
        return max(days) if days else None

    # -- decisions

    def run(self) -> CoverageResult:
        kind = self.incident.kind
        if kind in (IncidentKind.LOSS, IncidentKind.THEFT, IncidentKind.DESTRUCTION):
            return self.loss_theft_destruction()
        if kind is IncidentKind.NON_RETURN:
            return self.non_return()
        if kind is IncidentKind.BATTERY_REQUEST:
            return self.battery()
        if kind is IncidentKind.ACCESSORY_FAULT:
            return self.accessory()
        return self.fault_or_damage()

    def fault_or_damage(self) -> CoverageResult:
        incident = self.incident
        # Order of assessment, COVERAGE_CLI.md step 1.
        if not incident.fault_confirmed:
            self.rule("R-47")
            self.say(
                "Aucune panne réelle constatée (ou questionnaire de diagnostic refusé ou inexact) : "
                "échange injustifié, le forfait « Frais autre prestation » est facturé (R-47)."
            )
            return self.result(Decision.BILLED_UNJUSTIFIED, [self.fee(self.unjustified_fee)])
        if incident.exclusions:
            return self.damage()
        # Step 2: no exclusion code.
        exchange = self.exchange_benefit()
        if exchange and not incident.predates_option:
            return self.exchange()
        if exchange:
            self.say("La panne a commencé avant la souscription de l'option : pas d'échange standard (R-48).")
        if self.is_sale and self.warranty_sentence():
            if incident.manufacturing_defect:
                self.rule("R-10")
                self.say("Défaut de fabrication sous garantie : réparation ou remplacement sans frais (R-10).")
                return self.result(Decision.COVERED_WARRANTY)
            self.rule("R-11")
            self.say("La garantie ne couvre que les défauts de fabrication (R-11).")
        if incident.predates_option:
            self.rule("R-48")
            if self.repairable():
                self.say(
                    "La panne a commencé avant la souscription de l'option : la réparation est facturée "
                    "au tarif, sans devis, donc sans analyse (R-48)."
                )
                return self.result(Decision.BILLED_REPAIR_NO_QUOTE, [self.repair_fee()])
            self.say("Panne antérieure à l'option (R-48) mais rien à réparer.")
            return self.not_repairable()
        return self.quote_path()

    def exchange(self) -> CoverageResult:
        """R-46: an identical device is sent; the deadline shown is J+2 business days."""
        self.rule("R-46")
        reported_at = self.case.reported_at
        start = exchange_start_day(reported_at, alsace_moselle=self.alsace_moselle)
        deadline = exchange_deadline(reported_at, alsace_moselle=self.alsace_moselle)
        call = f"Appel du {_d(reported_at.date())} à {reported_at:%H:%M}"
        day = reported_at.date()
        if start == day:
            origin = f"{call}, avant 11:00 un jour ouvré : le délai court de ce jour (J = {_d(start)})."
        else:
            if not is_business_day(day, alsace_moselle=self.alsace_moselle):
                holiday = holiday_name(day, alsace_moselle=self.alsace_moselle)
                reason = f"jour férié ({holiday})" if holiday else "jour non ouvré"
            else:
                reason = "après 11:00"
            origin = f"{call}, {reason} : le délai court du jour ouvré suivant (J = {_d(start)})."
        skipped = [
            f"{_d(d)} ({name})"
            for d in _days_between(start, deadline)
            if (name := holiday_name(d, alsace_moselle=self.alsace_moselle)) is not None
        ]
        holidays_text = f" Jours fériés non comptés : {', '.join(skipped)}." if skipped else ""
        self.say(
            f"Panne matérielle confirmée par le diagnostic à distance : un appareil identique "
            f"({self.model.label}) est envoyé et l'appareil en panne repris aux frais du revendeur. "
            f"{origin} Livraison entre J+1 et J+2 jours ouvrés, au plus tard le {_d(deadline)} (R-46)."
            f"{holidays_text}"
        )
        return self.result(Decision.COVERED_EXCHANGE, deadline=deadline)

    def quote_path(self) -> CoverageResult:
        """R-60: ANALYSIS always; + repair flat fee when the quote is accepted."""
        self.rule("R-60")
        if not self.repairable():
            return self.not_repairable()
        if self.incident.quote_accepted:
            self.say(
                "Devis accepté (bon pour accord) : analyse et forfait de réparation facturés ; l'appareil "
                "part chez le constructeur (15 jours ouvrés à 3 mois) (R-60)."
            )
            return self.result(Decision.BILLED_REPAIR, [self.fee("ANALYSIS"), self.repair_fee()])
        self.say("Devis refusé : seule l'analyse est facturée, l'appareil revient non réparé (R-60).")
        return self.result(Decision.BILLED_ANALYSIS, [self.fee("ANALYSIS")])

    def not_repairable(self) -> CoverageResult:
        if self.is_sale:
            self.rule("R-60")
            self.say("Matériel vendu non réparable : seule l'analyse est facturée (R-60).")
            return self.result(Decision.BILLED_ANALYSIS, [self.fee("ANALYSIS")])
        self.rule("R-63")
        self.say("Matériel loué non réparable : son prix de remplacement est facturé, sans analyse (R-63).")
        return self.result(Decision.BILLED_REPLACEMENT, [self.replacement()])

    def damage(self) -> CoverageResult:
        """Step 3: exclusion codes (R-30), SERENITE (R-44), else quote (sale) or R-63 (rental)."""
        codes = self.incident.exclusions
        labels = "; ".join(f"{EXCLUSIONS_BY_CODE[c].label} ({c})" for c in codes)
        non_damage = [c for c in codes if not EXCLUSIONS_BY_CODE[c].is_damage]
        if self.is_sale:
            self.warranty_sentence()
        serenite = self.serenite_in_force(describe_all=True)
        self.rule("R-30")
        self.say(
            f"Exclusions constatées : {labels}. Ni la garantie ni l'échange standard ne les couvrent (R-11, R-30)."
        )
        covered = serenite
        if non_damage:
            covered = False
            self.say(
                f"Exclusion(s) jamais couverte(s), même par SERENITE : {', '.join(non_damage)} (R-30)."
            )
        previous = self.last_use(BenefitEvent.SERENITE_DAMAGE_COVERED)
        if serenite and not non_damage:
            self.rule("R-44")
            if previous is not None:
                again = next_serenite_damage_on(previous)
                if self.today < again:
                    covered = False
                    self.say(
                        f"SERENITE a déjà couvert un dommage le {_d(previous)} : un nouveau dommage n'est pris en "
                        f"charge qu'à partir du {_d(again)} (une fois par 12 mois, R-44)."
                    )
                else:
                    self.say(
                        f"Dernier dommage couvert le {_d(previous)}, plus de 12 mois avant (R-44)."
                    )
        if covered and not self.repairable():
            covered = False
            self.rule("R-44")
            self.say("SERENITE ne couvre jamais un appareil détruit ou non réparable (R-44).")
        if covered:
            self.say("Dommage pris en charge en totalité par SERENITE (R-44).")
            return self.result(Decision.COVERED_SERENITE)
        if self.is_sale:
            return self.quote_path()
        # rented damage not covered.
        self.rule("R-63")
        if not self.repairable():
            return self.not_repairable()
        self.say("Dommage sur matériel loué non couvert, réparable : analyse et forfait de réparation facturés (R-63).")
        return self.result(Decision.BILLED_REPAIR, [self.fee("ANALYSIS"), self.repair_fee()])

    def loss_theft_destruction(self) -> CoverageResult:
        what = {
            IncidentKind.LOSS: "Perte",
            IncidentKind.THEFT: "Vol",
            IncidentKind.DESTRUCTION: "Destruction",
        }[self.incident.kind]
        if self.is_sale:
            # Reading: nothing covers loss, theft or destruction of sold hardware (R-11: the
            # warranty covers manufacturing defects only; R-44: SERENITE never covers a
            # destroyed device) and replacement prices are for rented hardware.
            self.rule("R-11")
            if self.incident.kind is IncidentKind.DESTRUCTION:
                self.rule("R-44")
            self.say(
                f"{what} d'un matériel vendu : ni la garantie constructeur (défauts de fabrication seulement, "
                "R-11) ni les options (SERENITE ne couvre jamais un appareil détruit, R-44) ne s'appliquent. "
                "Rien n'est facturé ici par le revendeur : le client remplace son matériel à sa charge."
            )
            return self.result(Decision.NOT_COVERED)
        self.rule("R-62")
        if self.incident.kind is IncidentKind.DESTRUCTION:
            self.rule("R-44")
            self.say("SERENITE ne couvre jamais un appareil détruit (R-44).")
        self.say(
            f"{what} d'un matériel loué : à déclarer aussitôt et à confirmer par lettre recommandée avec le "
            "dépôt de plainte ; le client doit remplacer l'équipement, son prix de remplacement est facturé (R-62)."
        )
        return self.result(Decision.BILLED_REPLACEMENT, [self.replacement()])

    def non_return(self) -> CoverageResult:
        ended_on = self.contract.ended_on
        assert ended_on is not None  # checked
        self.rule("R-51")
        raw = add_months(ended_on, 1)
        deadline = roll_to_business_day(raw, alsace_moselle=self.alsace_moselle)
        moved = ""
        if deadline != raw:
            self.rule("R-03")
            holiday = holiday_name(raw, alsace_moselle=self.alsace_moselle)
            reason = f"férié ({holiday})" if holiday else "non ouvré"
            moved = f" Le {_d(raw)} étant {reason}, l'échéance passe au jour ouvré suivant (R-03)."
        head = (
            f"Location terminée le {_d(ended_on)} : le matériel doit être rendu complet et en état de marche, "
            f"aux frais du client, dans le mois, soit au plus tard le {_d(deadline)} (R-51).{moved}"
        )
        self.say(head)
        if self.today <= deadline:
            self.say("Retour attendu : rien n'est facturé tant que le délai court.")
            return self.result(Decision.AWAITING_RETURN, deadline=deadline)
        self.say(f"Délai dépassé au {_d(self.today)} : le matériel non rendu est facturé à son prix de remplacement.")
        return self.result(Decision.BILLED_REPLACEMENT, [self.replacement()], deadline=deadline)

    def battery(self) -> CoverageResult:
        self.rule("R-45")
        if self.serenite_in_force():
            previous = self.last_use(BenefitEvent.SERENITE_BATTERY_SENT)
            if previous is None:
                self.say("Aucune batterie offerte jusqu'ici : une batterie est offerte (une tous les 2 ans, R-45).")
                return self.result(Decision.FREE_BATTERY)
            again = next_free_battery_on(previous)
            if self.today >= again:
                self.say(
                    f"Dernière batterie offerte le {_d(previous)}, il y a 2 ans ou plus : une batterie est offerte "
                    "(R-45)."
                )
                return self.result(Decision.FREE_BATTERY)
            self.say(
                f"Dernière batterie offerte le {_d(previous)} : la suivante ne peut l'être qu'à partir du "
                f"{_d(again)} (une tous les 2 ans, R-45)."
            )
        if self.is_sale:
            self.say("La batterie est un consommable vendu au tarif en vigueur du catalogue.")
        else:
            self.rule("R-52")
            self.say(
                "Les accessoires et consommables du matériel loué ne sont couverts par rien : la batterie est "
                "facturée au tarif du catalogue (R-52)."
            )
        return self.result(Decision.NOT_COVERED)

    def accessory(self) -> CoverageResult:
        incident = self.incident
        if not self.is_sale:
            self.rule("R-52")
            self.say(
                "Les accessoires et consommables du matériel loué ne sont couverts par rien : l'accessoire est "
                "facturé au tarif du catalogue (R-52)."
            )
            return self.result(Decision.NOT_COVERED)
        self.rule("R-13")
        received = incident.accessory_received_on
        assert received is not None  # checked
        end = accessory_warranty_end(received)
        in_window = self.today <= end
        if in_window:
            self.say(
                f"Accessoire reçu le {_d(received)} : couvert contre les défauts de fabrication jusqu'au "
                f"{_d(end)} inclus (R-13)."
            )
        else:
            self.say(f"Accessoire reçu le {_d(received)} : couverture de 3 mois terminée le {_d(end)} (R-13).")
        covered = in_window
        if incident.exclusions:
            self.rule("R-30")
            covered = False
            self.say(f"Exclusion(s) constatée(s) : {', '.join(incident.exclusions)} (R-30).")
        if not incident.fault_confirmed:
            covered = False
            self.say("Aucune panne réelle constatée.")
        if in_window and not incident.manufacturing_defect:
            covered = False
            self.say("Pas de défaut de fabrication constaté : la couverture ne s'applique pas (R-13).")
        if covered:
            self.say("Accessoire remplacé sans frais.")
            return self.result(Decision.COVERED_WARRANTY)
        self.say("L'accessoire est vendu au tarif en vigueur du catalogue.")
        return self.result(Decision.NOT_COVERED)


def _days_between(start: date, end: date) -> list[date]:
    """Days in ]start, end]."""
    return [start + timedelta(days=n) for n in range(1, (end - start).days + 1)]


def assess(
    case: CoverageCase,
    tariffs: Sequence[Tariff] = (TARIFF_2025_01,),
    *,
    alsace_moselle: bool = False,
    unjustified_fee: str = DEFAULT_UNJUSTIFIED_FEE,
) -> CoverageResult:
    """Decide the coverage of ``case`` (COVERAGE_CLI.md, "Order of assessment").

    Charges are priced from the tariff version in force on ``case.today``. Raises
    :class:`ValidationError` when :func:`check_case` finds problems.
    """
    problems = check_case(case)
    if problems:
        raise ValidationError(problems)
    tariff = tariff_in_force(tuple(tariffs), case.today)
    return _Assessment(case, tariff, alsace_moselle, unjustified_fee).run()


def result_as_dict(result: CoverageResult) -> dict[str, object]:
    """The JSON output of COVERAGE_CLI.md, keys in the documented order."""
    return {
        "decision": result.decision.value,
        "charges": [{"code": c.code, "amount_ht": f"{c.amount_ht:f}"} for c in result.charges],
        "total_ht": f"{result.total_ht:f}",
        "total_ttc": f"{result.total_ttc:f}",
        "deadline": result.deadline.isoformat() if result.deadline is not None else None,
        "rules": list(result.rules),
        "why": result.why,
    }


__all__ = [
    "AssetFacts",
    "BenefitEvent",
    "BenefitUse",
    "Charge",
    "ContractFacts",
    "CoverageCase",
    "CoverageResult",
    "DECISION_LABELS",
    "Decision",
    "INCIDENT_KIND_LABELS",
    "Incident",
    "IncidentKind",
    "OptionFacts",
    "assess",
    "check_case",
    "check_option",
    "parse_case",
    "result_as_dict",
]
