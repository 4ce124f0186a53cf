"""Hypothesis properties of the coverage engine: windows, deadlines, money."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from sav_desktop.domain.calendar import add_months, business_days_between, is_business_day
from sav_desktop.domain.catalogue import EXCLUSIONS, MODELS
from sav_desktop.domain.coverage import (
    AssetFacts,
    ContractFacts,
    CoverageCase,
    Decision,
    Incident,
    IncidentKind,
    OptionFacts,
    assess,
    parse_case,
    result_as_dict,
)
from sav_desktop.domain.enums import ContractKind, OptionName

days = st.dates(min_value=date(2019, 1, 1), max_value=date(2030, 12, 31))
SETTINGS = settings(deadline=None, max_examples=150)


def fault_on_sale(delivered_on: date, today: date, **options: Any) -> CoverageCase:
    return CoverageCase(
        today=today,
        asset=AssetFacts("IWL250", delivered_on),
        contract=ContractFacts(ContractKind.SALE, delivered_on, delivered_on),
        options=tuple(options.get("options", ())),
        incident=Incident(IncidentKind.FAULT, manufacturing_defect=options.get("defect", True)),
    )


@SETTINGS
@given(delivered_on=days, offset=st.integers(min_value=0, max_value=500))
def test_R10_property_warranty_window_is_monotonic(delivered_on: date, offset: int) -> None:
    """Covered on D+1 -> covered on D (from the delivery on)."""
    day = delivered_on + timedelta(days=offset)
    later = assess(fault_on_sale(delivered_on, day + timedelta(days=1))).decision
    now = assess(fault_on_sale(delivered_on, day)).decision
    if later is Decision.COVERED_WARRANTY:
        assert now is Decision.COVERED_WARRANTY
    # and the window is exactly 12 months long
    end = add_months(delivered_on, 12) - timedelta(days=1)
    assert (now is Decision.COVERED_WARRANTY) == (day <= end)


@SETTINGS
@given(
    signed_on=days,
    subscribe_after=st.integers(min_value=0, max_value=92),
    offset=st.integers(min_value=0, max_value=200),
)
def test_R42_property_carence_is_monotonic(signed_on: date, subscribe_after: int, offset: int) -> None:
    """An option in force on D is in force on D+1 (no termination): the reverse of a warranty."""
    subscribed_on = signed_on + timedelta(days=subscribe_after)
    assume(subscribed_on <= add_months(signed_on, 3))  # R-40 window
    option = OptionFacts(OptionName.ECHANGE_STANDARD, subscribed_on)
    contract = ContractFacts(ContractKind.SALE, signed_on)
    # Out of warranty is irrelevant: no manufacturing defect, so only the option covers.
    day = subscribed_on + timedelta(days=offset)

    def decision(on: date) -> Decision:
        case = CoverageCase(
            today=on,
            asset=AssetFacts("NEO", signed_on),
            contract=contract,
            options=(option,),
            incident=Incident(IncidentKind.FAULT),
        )
        return assess(case).decision

    if decision(day) is Decision.COVERED_EXCHANGE:
        assert decision(day + timedelta(days=1)) is Decision.COVERED_EXCHANGE
    in_force_from = subscribed_on if subscribed_on == signed_on else add_months(subscribed_on, 3)
    assert (decision(day) is Decision.COVERED_EXCHANGE) == (day >= in_force_from)


@SETTINGS
@given(
    called=st.datetimes(min_value=datetime(2019, 1, 1), max_value=datetime(2030, 12, 31, 23, 59)),
    alsace_moselle=st.booleans(),
)
def test_R46_property_exchange_deadline_through_the_engine(called: datetime, alsace_moselle: bool) -> None:
    case = CoverageCase(
        today=called.date(),
        asset=AssetFacts("VITALACT_3S", date(2018, 1, 1)),
        contract=ContractFacts(ContractKind.RENTAL, date(2018, 1, 1)),
        incident=Incident(IncidentKind.FAULT, reported_at=called.replace(second=0, microsecond=0)),
    )
    result = assess(case, alsace_moselle=alsace_moselle)
    assert result.decision is Decision.COVERED_EXCHANGE
    assert result.deadline is not None
    assert is_business_day(result.deadline, alsace_moselle=alsace_moselle)
    assert business_days_between(called.date(), result.deadline, alsace_moselle=alsace_moselle) >= 2


# ------------------------------------------------------------------ any valid case: money


@st.composite
def cases(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(["sale", "rental"]))
    signed_on = draw(st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 12, 31)))
    today = signed_on + timedelta(days=draw(st.integers(min_value=0, max_value=1500)))
    model = draw(st.sampled_from(MODELS)).code
    in_service_on = signed_on - timedelta(days=draw(st.integers(min_value=0, max_value=900)))
    contract: dict[str, Any] = {"kind": kind, "signed_on": signed_on.isoformat()}
    if kind == "sale" and draw(st.booleans()):
        contract["delivered_on"] = (signed_on + timedelta(days=draw(st.integers(0, 20)))).isoformat()
    if kind == "rental" and draw(st.booleans()):
        contract["ended_on"] = (signed_on + timedelta(days=draw(st.integers(0, 1400)))).isoformat()
    options = []
    if draw(st.booleans()):
        window = 92 if kind == "sale" else 365
        subscribed = signed_on + timedelta(days=draw(st.integers(0, window)))
        assume(subscribed <= add_months(signed_on, 3 if kind == "sale" else 12))
        name = "SERENITE" if kind == "rental" else draw(st.sampled_from(["ECHANGE_STANDARD", "CONFORT", "SERENITE"]))
        option: dict[str, Any] = {"name": name, "subscribed_on": subscribed.isoformat()}
        if draw(st.booleans()):
            option["terminated_on"] = (subscribed + timedelta(days=draw(st.integers(0, 900)))).isoformat()
        options.append(option)
    history = [
        {"event": draw(st.sampled_from(["serenite_damage_covered", "serenite_battery_sent"])),
         "on": (signed_on + timedelta(days=draw(st.integers(0, 1000)))).isoformat()}
        for _ in range(draw(st.integers(0, 2)))
    ]
    kinds = ["fault", "damage", "loss", "theft", "destruction", "battery_request", "accessory_fault"]
    if kind == "rental" and "ended_on" in contract:
        kinds.append("non_return")
    incident_kind = draw(st.sampled_from(kinds))
    incident: dict[str, Any] = {
        "kind": incident_kind,
        "fault_confirmed": draw(st.booleans()),
        "manufacturing_defect": draw(st.booleans()),
        "repairable": draw(st.booleans()),
        "predates_option": draw(st.booleans()) and bool(options),  # needs an option
        "quote_accepted": draw(st.booleans()),
        "reported_at": datetime.combine(today, time(draw(st.integers(0, 23)), draw(st.integers(0, 59)))).isoformat(),
    }
    codes = draw(st.lists(st.sampled_from([e.code for e in EXCLUSIONS]), max_size=3, unique=True))
    if incident_kind == "damage" and not codes:
        codes = ["BREAKAGE"]
    incident["exclusions"] = codes
    if incident_kind == "accessory_fault":
        incident["accessory_received_on"] = (today - timedelta(days=draw(st.integers(0, 200)))).isoformat()
    return {
        "today": today.isoformat(),
        "asset": {"model": model, "in_service_on": in_service_on.isoformat()},
        "contract": contract,
        "options": options,
        "history": history,
        "incident": incident,
    }


@settings(deadline=None, max_examples=300)
@given(data=cases())
def test_property_money_is_exact_and_ttc_is_ht_times_1_2_half_up(data: dict[str, Any]) -> None:
    result = assess(parse_case(data))
    for charge in result.charges:
        assert type(charge.amount_ht) is Decimal
        assert charge.amount_ht.as_tuple().exponent == -3
        assert charge.amount_ht > 0
    assert type(result.total_ht) is Decimal and type(result.total_ttc) is Decimal
    assert result.total_ht == sum((c.amount_ht for c in result.charges), Decimal("0"))
    assert result.total_ttc == (result.total_ht * Decimal("1.2")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    # the JSON carries strings, never floats
    out = json.loads(json.dumps(result_as_dict(result)))
    assert all(isinstance(c["amount_ht"], str) for c in out["charges"])
    assert isinstance(out["total_ht"], str) and isinstance(out["total_ttc"], str)
    assert len(out["total_ht"].split(".")[1]) == 3 and len(out["total_ttc"].split(".")[1]) == 2
    # covered decisions bill nothing
    if result.decision.value.startswith("COVERED") or result.decision in (
        Decision.FREE_BATTERY,
        Decision.AWAITING_RETURN,
        Decision.NOT_COVERED,
    ):
        assert result.charges == ()
    assert result.why and all(rule.startswith("R-") for rule in result.rules)
