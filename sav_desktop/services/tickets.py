"""Tickets (dossiers SAV): open one for a device, move it through the state machine of
domain.tickets, each step audited on the device's timeline.

Decisions (also in the report of issue 6):

* Standard exchange swap (R-46, R-12): the faulty device's ContractLine is closed
  (``removed_on`` = shipping day) and a new line is added for the replacement, so the
  contract keeps the history of which device it held when. The line's accessories are
  copied to the new line (they stay with the customer) and options bound to the faulty
  device (sale options are per device) are repointed to the replacement: the option's
  subscription and carence dates are kept. The warranty (R-10) is computed from the
  contract's delivery date, so the replacement inherits the remaining warranty (R-12).
* Statuses: at shipping, the replacement takes the contract's status (SOLD/RENTED) and the
  faulty one becomes AT_CUSTOMER_EXCHANGE until it is received, then IN_REPAIR (the repair
  pool). Workshop: IN_REPAIR on reception, AT_MANUFACTURER while at the maker, back to the
  contract's status when returned to the customer.
* The coverage engine (domain.coverage.assess) decides at the remote diagnosis (exchange
  benefit, R-46/R-47) and after the inspection (R-30, R-60...). The inspection decision is
  assessed with ``quote_accepted=True`` (the quote shows the repair); a refused quote is
  re-assessed with ``quote_accepted=False``. Priced with the stored tariff version in force
  that day (services.tariffs); the ticket keeps the tariff name. SERENITE benefits granted (R-44/R-45) are recorded by
  services.benefits and given back to the engine as the device's history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from uuid import uuid4

from sqlalchemy import select

from ..domain.calendar import format_date_fr
from ..domain.catalogue import EXCLUSIONS_BY_CODE, MODELS_BY_CODE
from ..domain.coverage import (
    CoverageCase,
    CoverageResult,
    Decision,
    Incident,
    IncidentKind,
    OptionFacts,
    assess,
    to_desk_time,
)
from ..domain.enums import AssetStatus, ContractKind
from ..domain.errors import Collector, NotFoundError, TransitionError, ValidationError
from ..domain.money import ttc
from ..domain.tickets import (
    TICKET_ACTION_LABELS,
    DiagnosisKind,
    RemoteDiagnosis,
    TICKET_STATE_LABELS,
    TicketAction,
    TicketFacts,
    TicketState,
    allowed_actions,
    next_state,
    refusal,
    replacement_deadline,
)
from ..domain.records import MAX_NOTES
from ..domain.validators import check_date_into, check_day, check_id, clean_text, clean_text_into
from ..store.models import Asset, Contract, ContractLine, ContractLineAccessory, OptionSubscription
from ..store.models_workflow import Ticket, TicketCharge
from . import assets
from .benefits import record_benefit
from .calendar_settings import alsace_moselle
from .coverage_facts import facts_for
from .uow import UnitOfWork
from .permissions import use_case

A = TicketAction


@dataclass(frozen=True)
class TicketChargeView:
    code: str
    amount_ht: Decimal


@dataclass(frozen=True)
class TicketView:
    id: int
    number: str
    asset_id: int
    contract_id: int | None
    state: str
    state_label: str
    allowed_actions: tuple[str, ...]
    problem: str
    reported_at: datetime
    hardware_fault: bool | None
    diagnosis_kind: str | None
    predates_option: bool
    questionnaire_refused: bool
    repairable: bool
    exchange_deadline: date | None
    replacement_asset_id: int | None
    rma_number: str | None
    exclusions: tuple[str, ...]
    decision: str | None
    decision_why: str
    rules: tuple[str, ...]
    tariff_name: str
    charges: tuple[TicketChargeView, ...]
    total_ht: Decimal | None
    total_ttc: Decimal | None


# --------------------------------------------------------------------------- helpers


def _local_naive(moment: datetime) -> datetime:
    """Desk local time without tzinfo: what R-46 counts (11:00 cut-off). R-46 Decision: the
    desk's time is Europe/Paris, whatever the station's own time zone."""
    return to_desk_time(moment)


def active_line(uow: UnitOfWork, asset_id: int) -> ContractLine | None:
    line: ContractLine | None = uow.session.scalar(
        select(ContractLine).where(ContractLine.asset_id == asset_id, ContractLine.removed_on.is_(None)).limit(1)
    )
    return line


def coverage_case(uow: UnitOfWork, asset: Asset, contract: Contract, incident: Incident, today: date) -> CoverageCase:
    """The engine's view of a device on its contract (services.coverage_facts builds it)."""
    return facts_for(uow, asset, contract, today).case(incident)


def _load(uow: UnitOfWork, ticket_id: int) -> Ticket:
    t = uow.session.get(Ticket, check_id(ticket_id, "ticket_id"))
    if t is None:
        raise NotFoundError("Dossier SAV", str(ticket_id))
    return t


def _contract(uow: UnitOfWork, t: Ticket) -> Contract:
    c = uow.session.get(Contract, t.contract_id) if t.contract_id is not None else None
    if c is None:  # pragma: no cover - a ticket is always opened on a contract
        raise NotFoundError("Contrat", str(t.contract_id))
    return c


def _asset(uow: UnitOfWork, asset_id: int) -> Asset:
    a = uow.session.get(Asset, check_id(asset_id, "asset_id"))
    if a is None:
        raise NotFoundError("Matériel", str(asset_id))
    return a


def facts_of(t: Ticket) -> TicketFacts:
    return TicketFacts(
        hardware_fault=t.hardware_fault,
        exchange_covered=t.exchange_covered,
        decision=Decision(t.decision) if t.decision else None,
        repairable=t.repairable,
    )


def _step(uow: UnitOfWork, t: Ticket, action: TicketAction, detail: str = "", **after: object) -> None:
    """Apply one transition (refused with a TransitionError) and audit it on the device."""
    old = TicketState(t.state)
    new = next_state(old, action, facts_of(t))
    t.state = new.value
    if new is TicketState.CLOSED:
        t.closed_at = uow.now()
    uow.flush()
    text = f"Dossier SAV {t.number} : {TICKET_STATE_LABELS[new]}"
    if detail:
        text += f" — {detail}"
    uow.audit(
        "ticket", t.id, action.value.lower(), text,
        before={"state": old}, after={"state": new, **after}, asset_id=t.asset_id,
    )


def _require_state(t: Ticket, state: TicketState, action: str) -> None:
    if t.state != state.value:
        raise TransitionError(
            t.state, action,
            f"impossible à l'étape « {TICKET_STATE_LABELS[TicketState(t.state)]} » "
            f"(attendu : « {TICKET_STATE_LABELS[state]} »)",
        )


def _store_result(t: Ticket, result: CoverageResult) -> None:
    t.decision = result.decision.value
    t.decision_why = result.why
    t.decision_rules = ",".join(result.rules)
    t.tariff_name = result.tariff_name
    t.total_ht = result.total_ht
    t.charges.clear()
    for c in result.charges:
        t.charges.append(TicketCharge(code=c.code, amount_ht=c.amount_ht))


def _contract_status(contract: Contract) -> AssetStatus:
    return AssetStatus.SOLD if contract.kind == ContractKind.SALE.value else AssetStatus.RENTED


# --------------------------------------------------------------------------- use cases


@use_case("ticket.open")
def open_ticket(uow: UnitOfWork, asset_id: int, problem: str, reported_at: datetime | None = None) -> int:
    """A customer's call about a device on a contract in progress (state CALL_RECEIVED)."""
    asset = _asset(uow, asset_id)
    col = Collector()
    problem = clean_text_into(col, problem, "problem", max_length=MAX_NOTES, multiline=True)
    if not problem and not col.problems:
        col.add("problem", "décrivez le problème signalé par le client")
    if reported_at is not None:
        if not isinstance(reported_at, datetime):
            col.add("reported_at", "date et heure attendues")
            reported_at = None
        else:
            check_date_into(col, reported_at.date(), "reported_at", uow.today())
    line = active_line(uow, asset_id)
    if line is None:
        col.add("asset_id", f"le matériel {asset.asset_tag} n'est sur aucun contrat en cours : pas de dossier SAV")
    already = uow.session.scalar(
        select(Ticket.number).where(Ticket.asset_id == asset_id, Ticket.state != TicketState.CLOSED.value)
    )
    if already is not None:
        col.add("asset_id", f"le dossier SAV {already} est déjà ouvert pour ce matériel")
    moment = _local_naive(reported_at or uow.now())
    contract = uow.session.get(Contract, line.contract_id) if line is not None else None
    if contract is not None and moment.date() < contract.signed_on:
        col.add("reported_at", f"appel le {format_date_fr(moment.date())}, avant la signature du contrat "
                f"{contract.number} le {format_date_fr(contract.signed_on)}", "R-90")
    col.check()
    assert line is not None
    t = Ticket(
        number=f"TMP-{uuid4().hex[:16]}", asset_id=asset_id, contract_id=line.contract_id,
        state=TicketState.CALL_RECEIVED.value, problem=problem, reported_at=moment, opened_at=uow.now(),
    )
    uow.session.add(t)
    uow.flush()
    t.number = f"SAV{moment.year}-{t.id:06d}"
    uow.flush()
    uow.audit(
        "ticket", t.id, "ticket_open",
        f"Dossier SAV {t.number} ouvert : appel du {format_date_fr(moment.date())} à {moment:%H:%M} — {problem}",
        after={"state": t.state, "problem": problem, "reported_at": moment}, asset_id=asset_id,
    )
    return t.id


@use_case("ticket.start_diagnosis")
def start_diagnosis(uow: UnitOfWork, ticket_id: int) -> None:
    _step(uow, _load(uow, ticket_id), A.START_DIAGNOSIS)


@use_case("ticket.record_diagnosis")
def record_diagnosis(
    uow: UnitOfWork,
    ticket_id: int,
    hardware_fault: bool | None = None,
    notes: str = "",
    *,
    facts: RemoteDiagnosis | None = None,
) -> CoverageResult:
    """The reseller's remote diagnosis (R-46): what happened (``facts``: defect or damage with
    its R-30 codes, repairable, fault before the option R-48, questionnaire refused R-47); the
    ticket's decision is the coverage engine's for those facts (the exchange and its J+2
    deadline only when the engine grants it). ``hardware_fault`` alone is the short form: a
    defect (True) or no fault (False)."""
    notes = clean_text(notes, "notes", max_length=MAX_NOTES, multiline=True)
    t = _load(uow, ticket_id)
    _require_state(t, TicketState.REMOTE_DIAGNOSIS, "RECORD_DIAGNOSIS")
    if facts is None:
        if hardware_fault is None:
            raise ValidationError.single("diagnosis_kind", "indiquez ce que le diagnostic a constaté")
        facts = RemoteDiagnosis(DiagnosisKind.DEFECT if hardware_fault else DiagnosisKind.NO_FAULT)
    facts = facts.check()
    asset = _asset(uow, t.asset_id)
    contract = _contract(uow, t)
    coverage = facts_for(uow, asset, contract)  # the one fact-builder (services.coverage_facts)
    case = coverage.case(facts.incident(t.reported_at))
    if facts.predates_option and facts.hardware_fault and not case.options:
        raise ValidationError.single(
            "predates_option", "aucune option n'est souscrite sur ce matériel : « panne antérieure à l'option » "
            "ne s'applique pas", "R-48")
    result = coverage.assess(facts.incident(t.reported_at))
    t.hardware_fault = facts.hardware_fault
    t.diagnosis_kind = facts.kind.value
    t.predates_option = facts.predates_option
    t.questionnaire_refused = facts.questionnaire_refused
    t.exclusions = ",".join(facts.exclusions)
    t.repairable = facts.repairable
    t.diagnosis_notes = notes
    t.exchange_covered = result.decision is Decision.COVERED_EXCHANGE
    t.exchange_deadline = result.deadline if t.exchange_covered else None
    _store_result(t, result)
    uow.flush()
    if facts.questionnaire_refused:
        detail = "questionnaire de diagnostic refusé (R-47)"
    elif not facts.hardware_fault:
        detail = "pas de panne matérielle (R-47)"
    elif t.exchange_covered and t.exchange_deadline is not None:
        detail = f"panne matérielle, échange standard : livraison au plus tard le {format_date_fr(t.exchange_deadline)} (R-46)"
    elif facts.kind is DiagnosisKind.DAMAGE:
        detail = f"dommage ({', '.join(facts.exclusions)}), pas d'échange standard : retour atelier (R-30)"
    else:
        detail = "panne matérielle, pas d'échange standard : retour atelier"
    if facts.predates_option:
        detail += " ; panne antérieure à l'option (R-48)"
    uow.audit(
        "ticket", t.id, "diagnosis", f"Dossier SAV {t.number} : diagnostic à distance — {detail}",
        after={"hardware_fault": facts.hardware_fault, "kind": facts.kind, "exclusions": list(facts.exclusions),
               "repairable": facts.repairable, "predates_option": facts.predates_option,
               "questionnaire_refused": facts.questionnaire_refused, "decision": result.decision,
               "deadline": t.exchange_deadline},
        asset_id=t.asset_id,
    )
    return result


@use_case("ticket.ship_replacement")
def ship_replacement(uow: UnitOfWork, ticket_id: int, replacement_asset_id: int, shipped_on: date | None = None) -> None:
    """Standard exchange (R-46): an identical device from stock takes the faulty one's place
    on the contract line; the faulty one awaits collection (see the module's decisions)."""
    t = _load(uow, ticket_id)
    faulty = _asset(uow, t.asset_id)
    col = Collector()
    replacement = uow.session.get(Asset, replacement_asset_id)
    if replacement is None:
        col.add("replacement_asset_id", f"matériel inconnu : {replacement_asset_id}")
    elif replacement.id == faulty.id:
        col.add("replacement_asset_id", "l'appareil de remplacement ne peut être l'appareil en panne")
    else:
        if replacement.model_code != faulty.model_code:
            col.add(
                "replacement_asset_id",
                f"l'échange se fait par un appareil identique : {MODELS_BY_CODE[faulty.model_code].label} attendu",
                "R-46",
            )
        if replacement.status != AssetStatus.IN_STOCK.value:
            col.add("replacement_asset_id", f"le matériel {replacement.asset_tag} n'est pas en stock")
    # Refuse a wrong transition before a wrong device: both raise before any write is kept.
    day = check_day(shipped_on, "shipped_on", uow.today())
    contract = _contract(uow, t)
    refused = refusal(TicketState(t.state), A.SHIP_REPLACEMENT, facts_of(t))
    if refused is not None:
        raise refused
    col.check()
    assert replacement is not None
    old_line = active_line(uow, faulty.id)
    if old_line is None or old_line.contract_id != contract.id:
        raise ValidationError.single("asset_id", "le matériel en panne n'est plus sur le contrat du dossier")
    if day < old_line.added_on:
        raise ValidationError.single("shipped_on", "date d'expédition antérieure à la mise sur le contrat")
    old_line.removed_on = day
    new_line = ContractLine(contract_id=contract.id, asset_id=replacement.id, added_on=day)
    for acc in old_line.accessories:
        new_line.accessories.append(ContractLineAccessory(item_id=acc.item_id, quantity=acc.quantity))
    uow.session.add(new_line)
    moved = uow.session.scalars(
        select(OptionSubscription).where(
            OptionSubscription.contract_id == contract.id, OptionSubscription.asset_id == faulty.id
        )
    ).all()
    for option in moved:
        option.asset_id = replacement.id
    t.replacement_asset_id = replacement.id
    t.shipped_on = day
    if t.exchange_deadline is None:  # pragma: no cover - set by the diagnosis
        t.exchange_deadline = replacement_deadline(t.reported_at, alsace_moselle=alsace_moselle(uow))
    uow.flush()
    assets.set_status(uow, replacement.id, _contract_status(contract), f"échange standard, dossier {t.number}")
    assets.set_status(uow, faulty.id, AssetStatus.AT_CUSTOMER_EXCHANGE, f"remplacé, dossier {t.number}")
    deadline = format_date_fr(t.exchange_deadline) if t.exchange_deadline else "?"
    _step(
        uow, t, A.SHIP_REPLACEMENT,
        f"{replacement.asset_tag} (n° {replacement.serial}) expédié le {format_date_fr(day)}, livraison au plus "
        f"tard le {deadline} (R-46)",
        replacement=replacement.asset_tag, deadline=t.exchange_deadline,
    )
    uow.audit(
        "asset", replacement.id, "exchange_in",
        f"Remplace {faulty.asset_tag} (n° {faulty.serial}) sur le contrat {contract.number}, dossier {t.number} ; "
        "garantie restante héritée (R-12)",
        after={"contract": contract.number, "replaces": faulty.asset_tag, "options_moved": len(moved)},
        asset_id=replacement.id,
    )


@use_case("ticket.receive_faulty")
def receive_faulty(uow: UnitOfWork, ticket_id: int, received_on: date | None = None) -> None:
    """The faulty unit of a standard exchange is back: it goes to the repair pool."""
    t = _load(uow, ticket_id)
    day = check_day(received_on, "received_on", uow.today())
    _step(uow, t, A.RECEIVE_FAULTY, f"appareil en panne reçu le {format_date_fr(day)}")
    t.received_on = day
    uow.flush()
    assets.set_status(uow, t.asset_id, AssetStatus.IN_REPAIR, f"retour d'échange, dossier {t.number}")


@use_case("ticket.issue_rma")
def issue_rma(uow: UnitOfWork, ticket_id: int) -> str:
    """R-72: the return agreement number the customer writes on the parcel."""
    t = _load(uow, ticket_id)
    rma = f"RMA{t.reported_at.year}-{t.id:06d}"
    t.rma_number = rma
    _step(uow, t, A.ISSUE_RMA, f"accord de retour n° {rma} (R-72)", rma=rma)
    return rma


@use_case("ticket.receive_device")
def receive_device(uow: UnitOfWork, ticket_id: int, received_on: date | None = None) -> None:
    t = _load(uow, ticket_id)
    day = check_day(received_on, "received_on", uow.today())
    _step(uow, t, A.RECEIVE_DEVICE, f"reçu le {format_date_fr(day)} sous RMA {t.rma_number}")
    t.received_on = day
    uow.flush()
    assets.set_status(uow, t.asset_id, AssetStatus.IN_REPAIR, f"reçu à l'atelier, dossier {t.number}")


@use_case("ticket.inspect")
def inspect(
    uow: UnitOfWork,
    ticket_id: int,
    *,
    exclusions: Sequence[str] = (),
    seal_intact: bool = True,
    repairable: bool = True,
    manufacturing_defect: bool = False,
    notes: str = "",
) -> None:
    """The exclusion checklist of R-30; a torn seal is the SEAL_BROKEN exclusion."""
    notes = clean_text(notes, "notes", max_length=MAX_NOTES, multiline=True)
    t = _load(uow, ticket_id)
    col = Collector()
    codes: list[str] = []
    for i, code in enumerate(exclusions):
        if code not in EXCLUSIONS_BY_CODE:
            col.add(f"exclusions[{i}]", f"code d'exclusion inconnu « {code} »", "R-30")
        elif code not in codes:
            codes.append(code)
    if not seal_intact and "SEAL_BROKEN" not in codes:
        codes.append("SEAL_BROKEN")
    col.check()
    t.exclusions = ",".join(codes)
    t.seal_intact = seal_intact
    t.repairable = repairable
    t.manufacturing_defect = manufacturing_defect
    t.inspection_notes = notes
    found = ", ".join(codes) if codes else "aucune exclusion"
    _step(uow, t, A.INSPECT, f"examen : {found} ; {'réparable' if repairable else 'non réparable'} (R-30)",
          exclusions=codes, seal_intact=seal_intact, repairable=repairable)


def _workshop_result(uow: UnitOfWork, t: Ticket, quote_accepted: bool) -> CoverageResult:
    codes = tuple(c for c in t.exclusions.split(",") if c)
    incident = Incident(
        IncidentKind.DAMAGE if codes else IncidentKind.FAULT,
        reported_at=t.reported_at,
        fault_confirmed=True,
        manufacturing_defect=t.manufacturing_defect,
        exclusions=codes,
        repairable=t.repairable,
        predates_option=bool(t.predates_option),
        quote_accepted=quote_accepted,
    )
    return facts_for(uow, _asset(uow, t.asset_id), _contract(uow, t)).assess(incident)


@use_case("ticket.decide")
def decide(uow: UnitOfWork, ticket_id: int) -> CoverageResult:
    """The coverage engine's decision after the inspection (the route follows it)."""
    t = _load(uow, ticket_id)
    _require_state(t, TicketState.INSPECTED, A.DECIDE.value)
    result = _workshop_result(uow, t, quote_accepted=True)
    _store_result(t, result)
    record_benefit(uow, t.asset_id, t.contract_id, result, uow.today(), t.id)  # R-44 history
    _step(uow, t, A.DECIDE, f"{result.decision.value}, total {result.total_ht} € HT ({', '.join(result.rules)})",
          decision=result.decision, total_ht=result.total_ht)
    return result


@use_case("ticket.draw_quote")
def draw_quote(uow: UnitOfWork, ticket_id: int) -> None:
    t = _load(uow, ticket_id)
    _step(uow, t, A.DRAW_QUOTE, f"devis de {t.total_ht} € HT (R-60)", total_ht=t.total_ht)


@use_case("ticket.accept_quote")
def accept_quote(uow: UnitOfWork, ticket_id: int) -> None:
    t = _load(uow, ticket_id)
    _step(uow, t, A.ACCEPT_QUOTE, f"bon pour accord : {t.total_ht} € HT (R-60)", total_ht=t.total_ht)


@use_case("ticket.refuse_quote")
def refuse_quote(uow: UnitOfWork, ticket_id: int) -> CoverageResult:
    """R-60: a refused quote bills the analysis only (sale); R-63 still bills a rental's repair."""
    t = _load(uow, ticket_id)
    _require_state(t, TicketState.QUOTE_DRAWN, A.REFUSE_QUOTE.value)
    result = _workshop_result(uow, t, quote_accepted=False)
    _store_result(t, result)
    _step(uow, t, A.REFUSE_QUOTE, f"devis refusé : {result.total_ht} € HT facturés ({', '.join(result.rules)})",
          decision=result.decision, total_ht=result.total_ht)
    return result


@use_case("ticket.send_to_maker")
def send_to_maker(uow: UnitOfWork, ticket_id: int, sent_on: date | None = None) -> None:
    t = _load(uow, ticket_id)
    day = check_day(sent_on, "sent_on", uow.today())
    _step(uow, t, A.SEND_TO_MAKER, f"envoyé le {format_date_fr(day)}")
    t.sent_to_maker_on = day
    uow.flush()
    assets.set_status(uow, t.asset_id, AssetStatus.AT_MANUFACTURER, f"dossier {t.number}")


@use_case("ticket.receive_from_maker")
def receive_from_maker(uow: UnitOfWork, ticket_id: int) -> None:
    t = _load(uow, ticket_id)
    _step(uow, t, A.RECEIVE_FROM_MAKER)
    assets.set_status(uow, t.asset_id, AssetStatus.IN_REPAIR, f"retour constructeur, dossier {t.number}")


@use_case("ticket.return_to_customer")
def return_to_customer(uow: UnitOfWork, ticket_id: int) -> None:
    """The device goes back to its customer (same data, no wipe needed): the contract's status."""
    t = _load(uow, ticket_id)
    _step(uow, t, A.RETURN_TO_CUSTOMER)
    contract = _contract(uow, t)
    line = active_line(uow, t.asset_id)
    if line is not None and line.contract_id == contract.id:
        assets.set_status(uow, t.asset_id, _contract_status(contract), f"rendu au client, dossier {t.number}")


@use_case("ticket.close")
def close(uow: UnitOfWork, ticket_id: int) -> None:
    _step(uow, _load(uow, ticket_id), A.CLOSE)


# --------------------------------------------------------------------------- reading


@use_case("ticket.read")
def ticket_view(uow: UnitOfWork, ticket_id: int) -> TicketView:
    t = _load(uow, ticket_id)
    state = TicketState(t.state)
    return TicketView(
        id=t.id, number=t.number, asset_id=t.asset_id, contract_id=t.contract_id,
        state=t.state, state_label=TICKET_STATE_LABELS[state],
        allowed_actions=tuple(a.value for a in allowed_actions(state, facts_of(t))),
        problem=t.problem, reported_at=t.reported_at, hardware_fault=t.hardware_fault,
        diagnosis_kind=t.diagnosis_kind, predates_option=bool(t.predates_option),
        questionnaire_refused=bool(t.questionnaire_refused), repairable=bool(t.repairable),
        exchange_deadline=t.exchange_deadline, replacement_asset_id=t.replacement_asset_id,
        rma_number=t.rma_number, exclusions=tuple(c for c in t.exclusions.split(",") if c),
        decision=t.decision, decision_why=t.decision_why,
        rules=tuple(r for r in t.decision_rules.split(",") if r), tariff_name=t.tariff_name,
        charges=tuple(TicketChargeView(c.code, c.amount_ht) for c in t.charges),
        total_ht=t.total_ht, total_ttc=ttc(t.total_ht) if t.total_ht is not None else None,
    )


@use_case("ticket.read")
def tickets_of_asset(uow: UnitOfWork, asset_id: int) -> list[TicketView]:
    ids = uow.session.scalars(
        select(Ticket.id).where((Ticket.asset_id == asset_id) | (Ticket.replacement_asset_id == asset_id))
        .order_by(Ticket.id.desc())
    ).all()
    return [ticket_view(uow, i) for i in ids]


__all__ = [
    "TICKET_ACTION_LABELS",
    "TicketView",
    "accept_quote",
    "close",
    "coverage_case",
    "decide",
    "draw_quote",
    "inspect",
    "issue_rma",
    "open_ticket",
    "receive_device",
    "receive_faulty",
    "receive_from_maker",
    "record_diagnosis",
    "refuse_quote",
    "return_to_customer",
    "send_to_maker",
    "ship_replacement",
    "start_diagnosis",
    "ticket_view",
    "tickets_of_asset",
]
