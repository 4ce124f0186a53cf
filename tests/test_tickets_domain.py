"""The ticket state machine: every allowed and every refused transition (R-46, R-60, R-72)."""

from __future__ import annotations

import itertools
from datetime import date, datetime

import pytest

from sav_desktop.domain.coverage import Decision
from sav_desktop.domain.errors import SavError, TransitionError
from sav_desktop.domain.tickets import (
    TRANSITIONS,
    Route,
    TicketAction as A,
    TicketFacts,
    TicketState as S,
    allowed_actions,
    next_state,
    refusal,
    replacement_deadline,
    route_for,
)

FAULT_EXCHANGE = TicketFacts(hardware_fault=True, exchange_covered=True)


def facts_allowing(state: S, action: A) -> TicketFacts:
    """Facts under which an allowed pair passes its guard."""
    if state is S.REMOTE_DIAGNOSIS:
        if action is A.CLOSE:
            return TicketFacts(hardware_fault=False)
        return FAULT_EXCHANGE
    if state is S.DECIDED:
        decision = {
            A.DRAW_QUOTE: Decision.BILLED_REPAIR,
            A.SEND_TO_MAKER: Decision.COVERED_WARRANTY,
            A.RETURN_TO_CUSTOMER: Decision.NOT_COVERED,
        }[action]
        return TicketFacts(hardware_fault=True, decision=decision)
    return TicketFacts()


ALLOWED = sorted(TRANSITIONS.items())


@pytest.mark.parametrize(("pair", "target"), ALLOWED, ids=[f"{s}-{a}" for (s, a), _ in ALLOWED])
def test_every_allowed_transition(pair: tuple[S, A], target: S) -> None:
    state, action = pair
    assert next_state(state, action, facts_allowing(state, action)) is target
    assert action in allowed_actions(state, facts_allowing(state, action))


REFUSED = [(s, a) for s, a in itertools.product(S, A) if (s, a) not in TRANSITIONS]


@pytest.mark.parametrize(("state", "action"), REFUSED, ids=[f"{s}-{a}" for s, a in REFUSED])
def test_every_refused_transition_raises_a_typed_french_error(state: S, action: A) -> None:
    # Whatever the facts, a pair outside the table is refused.
    for facts in (TicketFacts(), FAULT_EXCHANGE, TicketFacts(hardware_fault=True, decision=Decision.BILLED_REPAIR)):
        with pytest.raises(TransitionError) as caught:
            next_state(state, action, facts)
        err = caught.value
        assert isinstance(err, SavError)
        assert err.state == state.value and err.action == action.value
        assert len(err.reason.split()) >= 4  # a French sentence, not a code
        assert action not in allowed_actions(state, facts)


def test_refused_count_covers_the_whole_product() -> None:
    assert len(REFUSED) + len(TRANSITIONS) == len(S) * len(A)


def test_closed_refuses_everything() -> None:
    assert allowed_actions(S.CLOSED, FAULT_EXCHANGE) == ()
    with pytest.raises(TransitionError, match="dossier est clos"):
        next_state(S.CLOSED, A.START_DIAGNOSIS)


def test_R72_no_reception_without_rma() -> None:
    with pytest.raises(TransitionError) as caught:
        next_state(S.REMOTE_DIAGNOSIS, A.RECEIVE_DEVICE, FAULT_EXCHANGE)
    assert caught.value.rule == "R-72"
    assert "RMA" in str(caught.value) and "(R-72)" in str(caught.value)


def test_R30_inspection_before_decision() -> None:
    with pytest.raises(TransitionError) as caught:
        next_state(S.DEVICE_RECEIVED, A.DECIDE)
    assert caught.value.rule == "R-30"


def test_R60_quote_awaits_answer_before_maker() -> None:
    with pytest.raises(TransitionError) as caught:
        next_state(S.QUOTE_DRAWN, A.SEND_TO_MAKER)
    assert caught.value.rule == "R-60" and "bon pour accord" in caught.value.reason
    with pytest.raises(TransitionError, match="non réparé"):
        next_state(S.QUOTE_REFUSED, A.SEND_TO_MAKER)


def test_R46_exchange_not_closed_before_faulty_unit_is_back() -> None:
    with pytest.raises(TransitionError) as caught:
        next_state(S.REPLACEMENT_SHIPPED, A.CLOSE)
    assert caught.value.rule == "R-46"


# --- guards on allowed pairs ----------------------------------------------------------------


@pytest.mark.parametrize("action", [A.SHIP_REPLACEMENT, A.ISSUE_RMA, A.CLOSE])
def test_R46_diagnosis_result_needed_first(action: A) -> None:
    with pytest.raises(TransitionError) as caught:
        next_state(S.REMOTE_DIAGNOSIS, action, TicketFacts())
    assert caught.value.rule == "R-46" and "diagnostic" in caught.value.reason


def test_R46_exchange_needs_a_hardware_fault() -> None:
    with pytest.raises(TransitionError, match="pas conclu à une panne matérielle") as caught:
        next_state(S.REMOTE_DIAGNOSIS, A.SHIP_REPLACEMENT, TicketFacts(hardware_fault=False, exchange_covered=True))
    assert caught.value.rule == "R-46"


def test_R46_exchange_needs_the_benefit() -> None:
    facts = TicketFacts(hardware_fault=True, exchange_covered=False)
    with pytest.raises(TransitionError, match="n'a pas droit à l'échange standard"):
        next_state(S.REMOTE_DIAGNOSIS, A.SHIP_REPLACEMENT, facts)
    # the workshop stays open to it
    assert next_state(S.REMOTE_DIAGNOSIS, A.ISSUE_RMA, facts) is S.RMA_ISSUED


def test_R72_no_rma_without_hardware_fault() -> None:
    with pytest.raises(TransitionError) as caught:
        next_state(S.REMOTE_DIAGNOSIS, A.ISSUE_RMA, TicketFacts(hardware_fault=False))
    assert caught.value.rule == "R-72"


def test_R46_close_after_diagnosis_only_without_fault() -> None:
    with pytest.raises(TransitionError, match="choisissez l'échange standard ou le retour atelier"):
        next_state(S.REMOTE_DIAGNOSIS, A.CLOSE, FAULT_EXCHANGE)
    assert next_state(S.REMOTE_DIAGNOSIS, A.CLOSE, TicketFacts(hardware_fault=False)) is S.CLOSED


ROUTES = [
    (Decision.COVERED_WARRANTY, True, Route.MAKER),
    (Decision.COVERED_SERENITE, True, Route.MAKER),
    (Decision.COVERED_EXCHANGE, True, Route.MAKER),
    (Decision.BILLED_REPAIR_NO_QUOTE, True, Route.MAKER),
    (Decision.BILLED_REPAIR, True, Route.QUOTE),
    (Decision.BILLED_ANALYSIS, True, Route.QUOTE),
    (Decision.BILLED_ANALYSIS, False, Route.RETURN),
    (Decision.BILLED_REPLACEMENT, False, Route.RETURN),
    (Decision.NOT_COVERED, True, Route.RETURN),
    (Decision.BILLED_UNJUSTIFIED, True, Route.RETURN),
]


@pytest.mark.parametrize(("decision", "repairable", "route"), ROUTES)
def test_route_after_decision_R60_R48(decision: Decision, repairable: bool, route: Route) -> None:
    assert route_for(decision, repairable) is route
    facts = TicketFacts(hardware_fault=True, decision=decision, repairable=repairable)
    by_route = {Route.QUOTE: A.DRAW_QUOTE, Route.MAKER: A.SEND_TO_MAKER, Route.RETURN: A.RETURN_TO_CUSTOMER}
    allowed = set(allowed_actions(S.DECIDED, facts))
    assert allowed == {by_route[route]}
    for other_route, action in by_route.items():
        if other_route is route:
            continue
        error = refusal(S.DECIDED, action, facts)
        assert isinstance(error, TransitionError) and error.rule in ("R-60", "R-48")


def test_full_paths() -> None:
    state = S.CALL_RECEIVED
    for action in (A.START_DIAGNOSIS, A.SHIP_REPLACEMENT, A.RECEIVE_FAULTY, A.CLOSE):
        state = next_state(state, action, FAULT_EXCHANGE)
    assert state is S.CLOSED
    refused = TicketFacts(hardware_fault=True, decision=Decision.BILLED_REPAIR)
    state = S.CALL_RECEIVED
    for action in (A.START_DIAGNOSIS, A.ISSUE_RMA, A.RECEIVE_DEVICE, A.INSPECT, A.DECIDE, A.DRAW_QUOTE,
                   A.REFUSE_QUOTE, A.RETURN_TO_CUSTOMER, A.CLOSE):
        state = next_state(state, action, refused)
    assert state is S.CLOSED


def test_R46_replacement_deadline_is_J_plus_2_business_days() -> None:
    # Friday 09:30 -> J = Friday, J+2 = Tuesday.
    assert replacement_deadline(datetime(2025, 3, 7, 9, 30)) == date(2025, 3, 11)
    # Friday 11:00 -> J = Monday, J+2 = Wednesday.
    assert replacement_deadline(datetime(2025, 3, 7, 11, 0)) == date(2025, 3, 12)
    # Call on Wednesday 30/04/2025 after 11:00: J = Friday 02/05 (01/05 is a holiday), J+2 = Tuesday 06/05.
    assert replacement_deadline(datetime(2025, 4, 30, 14, 0)) == date(2025, 5, 6)
