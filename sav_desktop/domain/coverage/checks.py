"""Impossible histories and missing facts (R-40, R-41, R-43, R-90...), as field problems.

``check_option`` is used at the point of entry (the subscription form and service) and by
``check_case``; ``check_case`` (cases built from domain values) and ``parse_case`` (JSON
input) report the same problems with the same field paths.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from ..calendar import format_date_fr
from ..catalogue import EXCLUSIONS_BY_CODE, MODELS_BY_CODE
from ..enums import OPTION_LABELS, ContractKind
from ..errors import FieldProblem
from . import windows
from .facts import OPTION_BENEFITS, AssetFacts, ContractFacts, CoverageCase, Incident, IncidentKind, OptionFacts



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
    if contract.kind is ContractKind.RENTAL and not OPTION_BENEFITS[option.name].on_rental:
        problems.append(
            FieldProblem(
                f"{path}.name",
                f"seule l'option SERENITE se souscrit sur une location ({option.name.value} est inclus "
                "dans la location)",
                "R-41",
            )
        )
    limit = windows.subscription_deadline(contract)
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
    others = list(others)
    for other in others:
        # the same option twice at once (after a termination, R-43 below says why).
        if other.name is option.name and (other.terminated_on is None or option.subscribed_on < other.terminated_on):
            problems.append(
                FieldProblem(
                    f"{path}.name",
                    f"l'option {OPTION_LABELS[option.name]} est déjà souscrite (deux fois la même option)",
                    "R-90",
                )
            )
            break
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
        for problem in check_option(contract, option, others, f"options[{i}]"):
            # the same option listed twice is reported once, on the second one.
            if problem.rule == "R-90" and problem.field == f"options[{i}].name":
                if not any(o.name is option.name for j, o in indexed if j < i):
                    continue
            problems.append(problem)
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


def check_contract_dates(
    signed_on: date,
    delivered_on: date | None,
    ended_on: date | None,
    path: str = "contract",
) -> list[FieldProblem]:
    """R-90: a delivery or an end before the contract's signature cannot be true."""
    problems: list[FieldProblem] = []
    if delivered_on is not None and delivered_on < signed_on:
        problems.append(
            FieldProblem(
                f"{path}.delivered_on",
                f"livraison le {format_date_fr(delivered_on)}, avant la signature du "
                f"{format_date_fr(signed_on)}",
                "R-90",
            )
        )
    if ended_on is not None and ended_on < signed_on:
        problems.append(
            FieldProblem(
                f"{path}.ended_on",
                f"fin le {format_date_fr(ended_on)}, avant la signature du {format_date_fr(signed_on)}",
                "R-90",
            )
        )
    return problems


def _check_contract(contract: ContractFacts) -> list[FieldProblem]:
    return check_contract_dates(contract.signed_on, contract.delivered_on, contract.ended_on)


def check_assessment_day(
    today: date,
    contract: ContractFacts | None,
    asset: AssetFacts | None,
    *,
    day_path: str = "today",
    in_service_path: str = "asset.in_service_on",
) -> list[FieldProblem]:
    """R-90: an assessment before the contract's signature, or of a device commissioned
    after the assessment day, cannot be true."""
    problems: list[FieldProblem] = []
    if contract is not None and today < contract.signed_on:
        problems.append(
            FieldProblem(
                day_path,
                f"examen le {format_date_fr(today)}, avant la signature du contrat le "
                f"{format_date_fr(contract.signed_on)}",
                "R-90",
            )
        )
    if asset is not None and asset.in_service_on is not None and asset.in_service_on > today:
        problems.append(
            FieldProblem(
                in_service_path,
                f"mise en service le {format_date_fr(asset.in_service_on)}, après le jour de l'examen "
                f"({format_date_fr(today)})",
                "R-90",
            )
        )
    return problems


def check_predates_option(incident: Incident, options: Sequence[OptionFacts], path: str = "incident") -> list[FieldProblem]:
    """R-48 Decision: "predates the option" on a device with no option subscribed is bad input."""
    if incident.predates_option and not options:
        return [
            FieldProblem(
                f"{path}.predates_option",
                "« antérieur à l'option » sans aucune option souscrite",
                "R-48",
            )
        ]
    return []


def check_case(case: CoverageCase) -> list[FieldProblem]:
    """Every problem of a case built from domain values (impossible histories, missing
    facts the incident needs). Empty when the case can be assessed."""
    problems: list[FieldProblem] = []
    if case.asset.model not in MODELS_BY_CODE:
        problems.append(FieldProblem("asset.model", f"modèle inconnu « {case.asset.model} »"))
    problems.extend(_check_contract(case.contract))
    problems.extend(check_assessment_day(case.today, case.contract, case.asset))
    problems.extend(_check_options(case.contract, list(enumerate(case.options))))
    problems.extend(check_predates_option(case.incident, case.options))
    for i, code in enumerate(case.incident.exclusions):
        if code not in EXCLUSIONS_BY_CODE:
            problems.append(FieldProblem(f"incident.exclusions[{i}]", f"code d'exclusion inconnu « {code} »", "R-30"))
    problems.extend(_check_incident(case.today, case.contract, case.asset, case.incident))
    return problems

