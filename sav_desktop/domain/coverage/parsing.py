"""``parse_case``: the JSON input of COVERAGE_CLI.md into a :class:`CoverageCase`.

Every problem is collected (field path and, where a rule forbids the input, its id) and
raised together as one :class:`ValidationError`; a value of the wrong JSON type, however
deeply nested, is a problem of its field, never an exception.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime

from ..catalogue import EXCLUSIONS_BY_CODE, MODELS_BY_CODE
from ..enums import ContractKind, OptionName
from ..errors import Collector
from .checks import _check_contract, _check_incident, _check_options, check_assessment_day, check_predates_option
from .facts import AssetFacts, BenefitEvent, BenefitUse, ContractFacts, CoverageCase, Incident, IncidentKind, OptionFacts
from .windows import to_desk_time



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
        # R-46 Decision: a time with a UTC offset is converted to the desk's time (Paris).
        return to_desk_time(parsed)

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
            if not isinstance(code, str):
                collector.add(f"incident.exclusions[{j}]", "code d'exclusion attendu (texte)", "R-30")
            elif code not in EXCLUSIONS_BY_CODE:
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
    if today is not None:
        collector.problems.extend(check_assessment_day(today, contract, asset))
    if incident is not None and options_ok:
        collector.problems.extend(check_predates_option(incident, [o for _, o in options]))
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

