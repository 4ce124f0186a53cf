"""The after-sales ticket (dossier SAV) state machine: pure rules, no storage (RULES.md R-46,
R-60, R-72).

    CALL_RECEIVED -> REMOTE_DIAGNOSIS -+-> REPLACEMENT_SHIPPED -> FAULTY_RECEIVED -> CLOSED
                                       |        (standard exchange, R-46: deadline J+2)
                                       +-> RMA_ISSUED (R-72) -> DEVICE_RECEIVED -> INSPECTED (R-30)
                                       |     -> DECIDED (coverage engine) -+-> QUOTE_DRAWN -> QUOTE_ACCEPTED
                                       |                                   |     -> SENT_TO_MAKER -> BACK_FROM_MAKER
                                       |                                   |     -> RETURNED_TO_CUSTOMER -> CLOSED
                                       |                                   |  QUOTE_DRAWN -> QUOTE_REFUSED
                                       |                                   |     -> RETURNED_TO_CUSTOMER
                                       |                                   +-> SENT_TO_MAKER (covered, or R-48)
                                       |                                   +-> RETURNED_TO_CUSTOMER (nothing to repair)
                                       +-> CLOSED (no hardware fault found)

Readings (each one also said in the refusal text it drives):

* The remote diagnosis records whether the fault is a hardware fault (the reseller alone
  decides, R-46). A standard exchange needs a confirmed hardware fault *and* the exchange
  benefit (the coverage engine's COVERED_EXCHANGE); a workshop return needs a confirmed
  hardware fault; closing right after the diagnosis needs "no hardware fault".
* After the decision the route follows the coverage engine's decision (:func:`route_for`):
  quote path (R-60) when the decision bills a repair through a quote, straight to the maker
  when covered or billed without a quote (R-48), back to the customer otherwise.
* A device is never received without an RMA number (R-72): the RMA step comes first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .calendar import exchange_deadline
from .catalogue import EXCLUSIONS_BY_CODE
from .coverage import Decision, Incident, IncidentKind
from .errors import Collector, TransitionError


class TicketState(StrEnum):
    CALL_RECEIVED = "CALL_RECEIVED"
    REMOTE_DIAGNOSIS = "REMOTE_DIAGNOSIS"
    REPLACEMENT_SHIPPED = "REPLACEMENT_SHIPPED"
    FAULTY_RECEIVED = "FAULTY_RECEIVED"
    RMA_ISSUED = "RMA_ISSUED"
    DEVICE_RECEIVED = "DEVICE_RECEIVED"
    INSPECTED = "INSPECTED"
    DECIDED = "DECIDED"
    QUOTE_DRAWN = "QUOTE_DRAWN"
    QUOTE_ACCEPTED = "QUOTE_ACCEPTED"
    QUOTE_REFUSED = "QUOTE_REFUSED"
    SENT_TO_MAKER = "SENT_TO_MAKER"
    BACK_FROM_MAKER = "BACK_FROM_MAKER"
    RETURNED_TO_CUSTOMER = "RETURNED_TO_CUSTOMER"
    CLOSED = "CLOSED"


TICKET_STATE_LABELS: dict[TicketState, str] = {
    TicketState.CALL_RECEIVED: "Appel reçu",
    TicketState.REMOTE_DIAGNOSIS: "Diagnostic à distance",
    TicketState.REPLACEMENT_SHIPPED: "Appareil de remplacement expédié",
    TicketState.FAULTY_RECEIVED: "Appareil en panne reçu",
    TicketState.RMA_ISSUED: "Accord de retour (RMA) délivré",
    TicketState.DEVICE_RECEIVED: "Appareil reçu à l'atelier",
    TicketState.INSPECTED: "Appareil examiné",
    TicketState.DECIDED: "Prise en charge décidée",
    TicketState.QUOTE_DRAWN: "Devis établi",
    TicketState.QUOTE_ACCEPTED: "Devis accepté",
    TicketState.QUOTE_REFUSED: "Devis refusé",
    TicketState.SENT_TO_MAKER: "Envoyé chez le constructeur",
    TicketState.BACK_FROM_MAKER: "Revenu du constructeur",
    TicketState.RETURNED_TO_CUSTOMER: "Rendu au client",
    TicketState.CLOSED: "Clos",
}


class TicketAction(StrEnum):
    START_DIAGNOSIS = "START_DIAGNOSIS"
    SHIP_REPLACEMENT = "SHIP_REPLACEMENT"
    RECEIVE_FAULTY = "RECEIVE_FAULTY"
    ISSUE_RMA = "ISSUE_RMA"
    RECEIVE_DEVICE = "RECEIVE_DEVICE"
    INSPECT = "INSPECT"
    DECIDE = "DECIDE"
    DRAW_QUOTE = "DRAW_QUOTE"
    ACCEPT_QUOTE = "ACCEPT_QUOTE"
    REFUSE_QUOTE = "REFUSE_QUOTE"
    SEND_TO_MAKER = "SEND_TO_MAKER"
    RECEIVE_FROM_MAKER = "RECEIVE_FROM_MAKER"
    RETURN_TO_CUSTOMER = "RETURN_TO_CUSTOMER"
    CLOSE = "CLOSE"


TICKET_ACTION_LABELS: dict[TicketAction, str] = {
    TicketAction.START_DIAGNOSIS: "commencer le diagnostic à distance",
    TicketAction.SHIP_REPLACEMENT: "expédier l'appareil de remplacement",
    TicketAction.RECEIVE_FAULTY: "réceptionner l'appareil en panne",
    TicketAction.ISSUE_RMA: "délivrer un accord de retour (RMA)",
    TicketAction.RECEIVE_DEVICE: "réceptionner l'appareil à l'atelier",
    TicketAction.INSPECT: "examiner l'appareil",
    TicketAction.DECIDE: "décider de la prise en charge",
    TicketAction.DRAW_QUOTE: "établir le devis",
    TicketAction.ACCEPT_QUOTE: "enregistrer le bon pour accord",
    TicketAction.REFUSE_QUOTE: "enregistrer le refus du devis",
    TicketAction.SEND_TO_MAKER: "envoyer chez le constructeur",
    TicketAction.RECEIVE_FROM_MAKER: "réceptionner le retour du constructeur",
    TicketAction.RETURN_TO_CUSTOMER: "rendre l'appareil au client",
    TicketAction.CLOSE: "clore le dossier",
}

S = TicketState
A = TicketAction

#: Every allowed (state, action) -> next state. Anything else is refused.
TRANSITIONS: dict[tuple[TicketState, TicketAction], TicketState] = {
    (S.CALL_RECEIVED, A.START_DIAGNOSIS): S.REMOTE_DIAGNOSIS,
    # standard exchange
    (S.REMOTE_DIAGNOSIS, A.SHIP_REPLACEMENT): S.REPLACEMENT_SHIPPED,
    (S.REPLACEMENT_SHIPPED, A.RECEIVE_FAULTY): S.FAULTY_RECEIVED,
    (S.FAULTY_RECEIVED, A.CLOSE): S.CLOSED,
    # workshop
    (S.REMOTE_DIAGNOSIS, A.ISSUE_RMA): S.RMA_ISSUED,
    (S.RMA_ISSUED, A.RECEIVE_DEVICE): S.DEVICE_RECEIVED,
    (S.DEVICE_RECEIVED, A.INSPECT): S.INSPECTED,
    (S.INSPECTED, A.DECIDE): S.DECIDED,
    (S.DECIDED, A.DRAW_QUOTE): S.QUOTE_DRAWN,
    (S.DECIDED, A.SEND_TO_MAKER): S.SENT_TO_MAKER,
    (S.DECIDED, A.RETURN_TO_CUSTOMER): S.RETURNED_TO_CUSTOMER,
    (S.QUOTE_DRAWN, A.ACCEPT_QUOTE): S.QUOTE_ACCEPTED,
    (S.QUOTE_DRAWN, A.REFUSE_QUOTE): S.QUOTE_REFUSED,
    (S.QUOTE_ACCEPTED, A.SEND_TO_MAKER): S.SENT_TO_MAKER,
    (S.QUOTE_REFUSED, A.RETURN_TO_CUSTOMER): S.RETURNED_TO_CUSTOMER,
    (S.SENT_TO_MAKER, A.RECEIVE_FROM_MAKER): S.BACK_FROM_MAKER,
    (S.BACK_FROM_MAKER, A.RETURN_TO_CUSTOMER): S.RETURNED_TO_CUSTOMER,
    (S.RETURNED_TO_CUSTOMER, A.CLOSE): S.CLOSED,
    # no hardware fault found by the remote diagnosis
    (S.REMOTE_DIAGNOSIS, A.CLOSE): S.CLOSED,
}


class DiagnosisKind(StrEnum):
    """What the remote diagnosis found happened (the reseller alone decides, R-46)."""

    DEFECT = "DEFECT"  # a fault of the device itself (no exclusion code)
    DAMAGE = "DAMAGE"  # something happened to it: R-30 codes (broken screen = BREAKAGE...)
    NO_FAULT = "NO_FAULT"  # no real fault found


DIAGNOSIS_KIND_LABELS: dict[DiagnosisKind, str] = {
    DiagnosisKind.DEFECT: "Panne (défaut de l'appareil)",
    DiagnosisKind.DAMAGE: "Dommage (choc, chute, liquide… : codes R-30)",
    DiagnosisKind.NO_FAULT: "Aucune panne réelle constatée",
}


@dataclass(frozen=True)
class RemoteDiagnosis:
    """The facts of the remote diagnosis; the coverage decision is the engine's for them.

    Readings: a refused (or inaccurate) questionnaire is R-47 whatever else was said; "no
    fault" is R-47 too; a damage carries at least one R-30 code, a defect none; "the fault
    started before the option" is R-48 (refused by the services when no option exists).
    """

    kind: DiagnosisKind
    exclusions: tuple[str, ...] = ()
    repairable: bool = True
    predates_option: bool = False
    questionnaire_refused: bool = False

    @property
    def hardware_fault(self) -> bool:
        return not self.questionnaire_refused and self.kind is not DiagnosisKind.NO_FAULT

    def check(self) -> "RemoteDiagnosis":
        """The same facts, codes deduplicated; ValidationError (French, naming the field) if impossible."""
        col = Collector()
        codes: list[str] = []
        for i, code in enumerate(self.exclusions):
            if code not in EXCLUSIONS_BY_CODE:
                col.add(f"exclusions[{i}]", f"code d'exclusion inconnu « {code} »", "R-30")
            elif code not in codes:
                codes.append(code)
        if not self.questionnaire_refused:
            if self.kind is DiagnosisKind.DAMAGE and not codes:
                col.add("exclusions", "un dommage se décrit par au moins un code d'exclusion (écran cassé : choc, "
                        "chute…)", "R-30")
            if self.kind is not DiagnosisKind.DAMAGE and codes:
                col.add("exclusions", "des codes d'exclusion décrivent un dommage : choisissez « Dommage »", "R-30")
        col.check()
        return RemoteDiagnosis(self.kind, tuple(codes), self.repairable, self.predates_option,
                               self.questionnaire_refused)

    def incident(self, reported_at: datetime | None) -> Incident:
        if not self.hardware_fault:
            return Incident(IncidentKind.FAULT, reported_at=reported_at, fault_confirmed=False)
        if self.kind is DiagnosisKind.DAMAGE:
            return Incident(IncidentKind.DAMAGE, reported_at=reported_at, exclusions=self.exclusions,
                            repairable=self.repairable, predates_option=self.predates_option)
        return Incident(IncidentKind.FAULT, reported_at=reported_at, repairable=self.repairable,
                        predates_option=self.predates_option)


class Route(StrEnum):
    """Where a workshop ticket goes once the coverage engine has decided."""

    QUOTE = "QUOTE"  # quote, then bon pour accord or refusal
    MAKER = "MAKER"  # covered, or R-48 billed without a quote
    RETURN = "RETURN"  # nothing to repair: back to the customer


_TO_MAKER = frozenset(
    {Decision.COVERED_WARRANTY, Decision.COVERED_SERENITE, Decision.COVERED_EXCHANGE, Decision.BILLED_REPAIR_NO_QUOTE}
)
_QUOTED = frozenset({Decision.BILLED_REPAIR, Decision.BILLED_ANALYSIS})


def route_for(decision: Decision, repairable: bool) -> Route:
    """The route after the decision: quote path (R-60) when a repair is billed through a
    quote, maker when covered or billed without a quote (R-48), else back to the customer."""
    if decision in _TO_MAKER:
        return Route.MAKER
    if decision in _QUOTED and repairable:
        return Route.QUOTE
    return Route.RETURN


@dataclass(frozen=True)
class TicketFacts:
    """What the guards of the state machine look at, beyond the state."""

    hardware_fault: bool | None = None  # result of the remote diagnosis; None: not yet
    exchange_covered: bool = False  # the engine decided COVERED_EXCHANGE
    decision: Decision | None = None  # the engine's decision after inspection
    repairable: bool = True


#: Refusals of pairs that are not in TRANSITIONS but deserve a precise reason.
_SPECIFIC_REFUSALS: dict[tuple[TicketState, TicketAction], tuple[str, str | None]] = {
    (S.CALL_RECEIVED, A.RECEIVE_DEVICE): ("aucun retour sans accord préalable : délivrez d'abord un numéro RMA", "R-72"),
    (S.REMOTE_DIAGNOSIS, A.RECEIVE_DEVICE): (
        "aucun retour sans accord préalable : délivrez d'abord un numéro RMA", "R-72"),
    (S.CALL_RECEIVED, A.SHIP_REPLACEMENT): (
        "un échange standard suit un diagnostic à distance concluant à une panne matérielle", "R-46"),
    (S.CALL_RECEIVED, A.ISSUE_RMA): ("le diagnostic à distance précède tout retour à l'atelier", "R-46"),
    (S.REPLACEMENT_SHIPPED, A.CLOSE): (
        "l'appareil en panne n'est pas encore revenu : il est repris avant de clore l'échange", "R-46"),
    (S.QUOTE_DRAWN, A.SEND_TO_MAKER): (
        "le devis attend le bon pour accord du client avant l'envoi chez le constructeur", "R-60"),
    (S.QUOTE_REFUSED, A.SEND_TO_MAKER): ("devis refusé : l'appareil revient non réparé", "R-60"),
    (S.DEVICE_RECEIVED, A.DECIDE): (
        "l'examen avec la liste des exclusions précède la décision de prise en charge", "R-30"),
    (S.QUOTE_DRAWN, A.RETURN_TO_CUSTOMER): (
        "le devis attend la réponse du client (bon pour accord ou refus)", "R-60"),
}


def _guard(state: TicketState, action: TicketAction, facts: TicketFacts) -> tuple[str, str | None] | None:
    """Why an allowed pair is refused with these facts, or None."""
    if state is S.REMOTE_DIAGNOSIS:
        if facts.hardware_fault is None and action in (A.SHIP_REPLACEMENT, A.ISSUE_RMA, A.CLOSE):
            return "enregistrez d'abord le résultat du diagnostic à distance (panne matérielle ou non)", "R-46"
        if action is A.SHIP_REPLACEMENT:
            if not facts.hardware_fault:
                return "le diagnostic à distance n'a pas conclu à une panne matérielle : pas d'échange", "R-46"
            if not facts.exchange_covered:
                return (
                    "ce matériel n'a pas droit à l'échange standard (ni location en cours ni option en "
                    "vigueur) : passez par un retour atelier",
                    "R-46",
                )
        if action is A.ISSUE_RMA and not facts.hardware_fault:
            return "le diagnostic à distance n'a pas conclu à une panne matérielle : rien à retourner", "R-72"
        if action is A.CLOSE and facts.hardware_fault:
            return "panne matérielle confirmée : choisissez l'échange standard ou le retour atelier", "R-46"
    if state is S.DECIDED:
        if facts.decision is None:  # pragma: no cover - DECIDED always has a decision
            return "aucune décision de prise en charge enregistrée", None
        route = route_for(facts.decision, facts.repairable)
        wanted = {A.DRAW_QUOTE: Route.QUOTE, A.SEND_TO_MAKER: Route.MAKER, A.RETURN_TO_CUSTOMER: Route.RETURN}[action]
        if route is not wanted:
            return _ROUTE_REFUSALS[route]
    return None


_ROUTE_REFUSALS: dict[Route, tuple[str, str | None]] = {
    Route.QUOTE: ("la réparation est facturée : un devis doit être établi et accepté d'abord", "R-60"),
    Route.MAKER: ("réparation prise en charge ou facturée sans devis : envoyez l'appareil chez le constructeur",
                  "R-48"),
    Route.RETURN: ("rien à réparer d'après la décision : l'appareil est rendu au client", "R-60"),
}


def refusal(state: TicketState, action: TicketAction, facts: TicketFacts = TicketFacts()) -> TransitionError | None:
    """The error that refuses ``action`` in ``state``, or None when it is allowed."""
    state, action = TicketState(state), TicketAction(action)
    if (state, action) not in TRANSITIONS:
        if state is S.CLOSED:
            reason, rule = "le dossier est clos : aucune étape ne peut plus y être enregistrée", None
        elif (state, action) in _SPECIFIC_REFUSALS:
            reason, rule = _SPECIFIC_REFUSALS[(state, action)]
        else:
            reason, rule = (
                f"impossible de {TICKET_ACTION_LABELS[action]} à l'étape « {TICKET_STATE_LABELS[state]} »",
                None,
            )
        return TransitionError(state.value, action.value, reason, rule)
    guarded = _guard(state, action, facts)
    if guarded is not None:
        return TransitionError(state.value, action.value, guarded[0], guarded[1])
    return None


def next_state(state: TicketState, action: TicketAction, facts: TicketFacts = TicketFacts()) -> TicketState:
    """The state after ``action``; raises :class:`TransitionError` (French reason) when refused."""
    error = refusal(state, action, facts)
    if error is not None:
        raise error
    return TRANSITIONS[(TicketState(state), TicketAction(action))]


def allowed_actions(state: TicketState, facts: TicketFacts = TicketFacts()) -> tuple[TicketAction, ...]:
    """The actions the desk may offer now (buttons of the ticket view)."""
    return tuple(a for a in TicketAction if refusal(state, a, facts) is None)


def replacement_deadline(reported_at: datetime, *, alsace_moselle: bool = False) -> date:
    """R-46: the J+2 business-day deadline of a standard exchange, counted from the call."""
    return exchange_deadline(reported_at, alsace_moselle=alsace_moselle)


__all__ = [
    "DIAGNOSIS_KIND_LABELS",
    "DiagnosisKind",
    "RemoteDiagnosis",
    "Route",
    "TICKET_ACTION_LABELS",
    "TICKET_STATE_LABELS",
    "TRANSITIONS",
    "TicketAction",
    "TicketFacts",
    "TicketState",
    "allowed_actions",
    "next_state",
    "refusal",
    "replacement_deadline",
    "route_for",
]
