"""Table tests of the coverage engine, one table per rule id (RULES.md).

Each case goes through the same path as the CLI (``parse_case`` then ``assess``) and checks
what the desk sees: the decision, the charges, the deadline.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from sav_desktop.domain.catalogue import TARIFF_2025_01
from sav_desktop.domain.coverage import CoverageResult, assess, parse_case

SALE = {"kind": "sale", "signed_on": "2024-01-10", "delivered_on": "2024-01-15"}
RENTAL = {"kind": "rental", "signed_on": "2024-03-01", "delivered_on": "2024-03-01"}
SERENITE_AT_SIGNATURE_RENTAL = [{"name": "SERENITE", "subscribed_on": "2024-03-01"}]


def decide(
    today: str,
    incident: dict[str, Any],
    *,
    contract: dict[str, Any] | None = None,
    model: str = "MOVE5000_4G",
    in_service_on: str | None = "2024-01-15",
    options: list[dict[str, Any]] | None = None,
    history: list[dict[str, Any]] | None = None,
    **kwargs: Any,
) -> CoverageResult:
    data = {
        "today": today,
        "asset": {"model": model, "in_service_on": in_service_on},
        "contract": contract or SALE,
        "options": options or [],
        "history": history or [],
        "incident": incident,
    }
    return assess(parse_case(data), **kwargs)


def charges(result: CoverageResult) -> list[tuple[str, str]]:
    return [(c.code, f"{c.amount_ht:f}") for c in result.charges]


# ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("contract", "today", "expected"),
    [
        pytest.param(SALE, "2025-01-14", "COVERED_WARRANTY", id="R10-last-day-covered"),
        pytest.param(SALE, "2025-01-15", "BILLED_REPAIR", id="R10-first-day-after"),
        pytest.param(
            {"kind": "sale", "signed_on": "2024-01-10"}, "2025-01-09", "COVERED_WARRANTY", id="R10-no-delivery-last-day"
        ),
        pytest.param(
            {"kind": "sale", "signed_on": "2024-01-10"}, "2025-01-10", "BILLED_REPAIR", id="R10-no-delivery-day-after"
        ),
        pytest.param(
            {"kind": "sale", "signed_on": "2024-01-20", "delivered_on": "2024-01-31"},
            "2025-01-30",
            "COVERED_WARRANTY",
            id="R10-month-end-last-day",
        ),
        pytest.param(
            {"kind": "sale", "signed_on": "2024-01-20", "delivered_on": "2024-01-31"},
            "2025-01-31",
            "BILLED_REPAIR",
            id="R10-month-end-day-after",
        ),
        pytest.param(
            {"kind": "sale", "signed_on": "2024-02-20", "delivered_on": "2024-02-29"},
            "2025-02-27",
            "COVERED_WARRANTY",
            id="R10-29-february-last-day",
        ),
        pytest.param(
            {"kind": "sale", "signed_on": "2024-02-20", "delivered_on": "2024-02-29"},
            "2025-02-28",
            "BILLED_REPAIR",
            id="R10-29-february-day-after",
        ),
    ],
)
def test_R10_warranty_window(contract: dict[str, Any], today: str, expected: str) -> None:
    result = decide(today, {"kind": "fault", "manufacturing_defect": True}, contract=contract)
    assert result.decision == expected
    if expected == "COVERED_WARRANTY":
        assert result.charges == () and result.total_ht == Decimal("0.000")


def test_R11_warranty_needs_a_manufacturing_defect() -> None:
    result = decide("2024-09-02", {"kind": "fault"})
    assert result.decision == "BILLED_REPAIR"
    assert charges(result) == [("ANALYSIS", "87.083"), ("REPAIR_MOVE5000", "352.917")]
    assert "R-11" in result.rules


def test_R11_warranty_never_covers_an_exclusion() -> None:
    result = decide("2024-09-02", {"kind": "fault", "manufacturing_defect": True, "exclusions": ["SEAL_BROKEN"]})
    assert result.decision == "BILLED_REPAIR"


def test_R10_rented_hardware_has_no_manufacturer_warranty_after_the_rental() -> None:
    contract = {**RENTAL, "ended_on": "2024-06-30"}
    result = decide("2024-07-01", {"kind": "fault", "manufacturing_defect": True}, contract=contract)
    assert result.decision == "BILLED_REPAIR"


# ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "today", "defect", "expected"),
    [
        pytest.param("2025-01-31", "2025-04-29", True, "COVERED_WARRANTY", id="R13-last-day"),
        pytest.param("2025-01-31", "2025-04-30", True, "NOT_COVERED", id="R13-day-after"),
        pytest.param("2025-01-31", "2025-01-31", True, "COVERED_WARRANTY", id="R13-day-of-receipt"),
        pytest.param("2024-11-30", "2025-02-27", True, "COVERED_WARRANTY", id="R13-february-last-day"),
        pytest.param("2024-11-30", "2025-02-28", True, "NOT_COVERED", id="R13-february-day-after"),
        pytest.param("2025-01-31", "2025-02-10", False, "NOT_COVERED", id="R13-no-manufacturing-defect"),
    ],
)
def test_R13_accessory_of_sold_hardware(received: str, today: str, defect: bool, expected: str) -> None:
    incident = {"kind": "accessory_fault", "accessory_received_on": received, "manufacturing_defect": defect}
    result = decide(today, incident)
    assert result.decision == expected
    assert result.charges == ()


def test_R13_accessory_with_consumable_wear_is_not_covered() -> None:
    incident = {
        "kind": "accessory_fault",
        "accessory_received_on": "2025-01-31",
        "manufacturing_defect": True,
        "exclusions": ["CONSUMABLE_WEAR"],
    }
    assert decide("2025-02-10", incident).decision == "NOT_COVERED"


def test_R52_accessory_of_rented_hardware_is_never_covered() -> None:
    incident = {"kind": "accessory_fault", "accessory_received_on": "2025-06-01", "manufacturing_defect": True}
    result = decide("2025-06-10", incident, contract=RENTAL, options=SERENITE_AT_SIGNATURE_RENTAL)
    assert result.decision == "NOT_COVERED"
    assert "R-52" in result.rules


# ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("signed", "subscribed", "today", "expected"),
    [
        pytest.param("2024-01-10", "2024-01-10", "2025-02-03", "COVERED_EXCHANGE", id="R42-at-signature-at-once"),
        pytest.param("2024-01-10", "2024-01-10", "2024-01-10", "COVERED_EXCHANGE", id="R42-at-signature-same-day"),
        pytest.param("2024-01-10", "2024-04-10", "2024-07-09", "BILLED_REPAIR", id="R40-last-day-R42-carence"),
        pytest.param("2024-01-10", "2024-04-10", "2024-07-10", "COVERED_EXCHANGE", id="R42-carence-ends"),
        pytest.param("2023-11-30", "2024-02-29", "2024-05-28", "BILLED_REPAIR", id="R40-29-february-carence"),
        pytest.param("2023-11-30", "2024-02-29", "2024-05-29", "COVERED_EXCHANGE", id="R42-29-february-in-force"),
        pytest.param("2024-01-10", "2024-01-11", "2024-04-10", "BILLED_REPAIR", id="R42-day-after-signature"),
        pytest.param("2024-01-10", "2024-01-11", "2024-04-11", "COVERED_EXCHANGE", id="R42-in-force-3-months-on"),
    ],
)
def test_R40_R42_sale_option_window_and_carence(signed: str, subscribed: str, today: str, expected: str) -> None:
    contract = {"kind": "sale", "signed_on": signed}
    options = [{"name": "CONFORT", "subscribed_on": subscribed}]
    # A fault with no manufacturing defect: only the option can cover it.
    result = decide(today, {"kind": "fault"}, contract=contract, options=options, in_service_on=signed)
    assert result.decision == expected
    if expected == "BILLED_REPAIR":
        assert "R-42" in result.rules


def test_R42_carence_keeps_the_manufacturer_warranty() -> None:
    options = [{"name": "ECHANGE_STANDARD", "subscribed_on": "2024-03-20"}]
    result = decide("2024-05-10", {"kind": "fault", "manufacturing_defect": True}, options=options)
    assert result.decision == "COVERED_WARRANTY"
    assert "19/06/2024" in result.why  # last day of carence, read to the customer


@pytest.mark.parametrize(
    ("terminated", "today", "expected"),
    [
        pytest.param("2025-06-09", "2025-06-10", "BILLED_REPAIR", id="R43-terminated-the-day-before"),
        pytest.param("2025-06-10", "2025-06-10", "BILLED_REPAIR", id="R43-terminated-that-day"),
        pytest.param("2025-06-11", "2025-06-10", "COVERED_EXCHANGE", id="R43-terminated-the-day-after"),
    ],
)
def test_R43_not_in_force_from_termination_date(terminated: str, today: str, expected: str) -> None:
    options = [{"name": "ECHANGE_STANDARD", "subscribed_on": "2024-01-10", "terminated_on": terminated}]
    contract = {"kind": "sale", "signed_on": "2024-01-10"}
    assert decide(today, {"kind": "fault"}, contract=contract, options=options).decision == expected


def test_R41_serenite_on_rental_last_day_of_window_is_accepted() -> None:
    options = [{"name": "SERENITE", "subscribed_on": "2025-03-01"}]
    result = decide("2025-06-01", {"kind": "damage", "exclusions": ["BREAKAGE"]}, contract=RENTAL, options=options)
    assert result.decision == "COVERED_SERENITE"  # in force from 01/06/2025


def test_R41_R42_rental_serenite_in_carence_bills_damage() -> None:
    options = [{"name": "SERENITE", "subscribed_on": "2025-03-01"}]
    result = decide("2025-05-31", {"kind": "damage", "exclusions": ["BREAKAGE"]}, contract=RENTAL, options=options)
    assert result.decision == "BILLED_REPAIR"
    assert charges(result) == [("ANALYSIS", "87.083"), ("REPAIR_MOVE5000", "352.917")]


def test_R43_option_subscribed_before_an_other_is_terminated_is_fine() -> None:
    options = [
        {"name": "ECHANGE_STANDARD", "subscribed_on": "2024-01-10", "terminated_on": "2024-06-01"},
        {"name": "SERENITE", "subscribed_on": "2024-03-01"},
    ]
    result = decide("2024-09-02", {"kind": "damage", "exclusions": ["LIQUID"]}, options=options)
    assert result.decision == "COVERED_SERENITE"


# ------------------------------------------------------------------


def serenite_damage(today: str, *, history: tuple[str, ...] = (), repairable: bool = True, codes: tuple[str, ...] = ("BREAKAGE",),
                    contract: dict[str, Any] = RENTAL, model: str = "MOVE5000_4G") -> CoverageResult:
    return decide(
        today,
        {"kind": "damage", "exclusions": list(codes), "repairable": repairable},
        contract=contract,
        model=model,
        options=[{"name": "SERENITE", "subscribed_on": contract["signed_on"]}],
        history=[{"event": "serenite_damage_covered", "on": on} for on in history],
    )


@pytest.mark.parametrize(
    ("previous", "today", "expected"),
    [
        pytest.param("2024-06-10", "2025-06-09", "BILLED_REPAIR", id="R44-11-months-and-30-days"),
        pytest.param("2024-06-10", "2025-06-10", "COVERED_SERENITE", id="R44-exactly-12-months"),
        pytest.param("2024-02-29", "2025-02-27", "BILLED_REPAIR", id="R44-29-february-before"),
        pytest.param("2024-02-29", "2025-02-28", "COVERED_SERENITE", id="R44-29-february-12-months"),
    ],
)
def test_R44_once_per_rolling_12_months(previous: str, today: str, expected: str) -> None:
    result = serenite_damage(today, history=(previous,))
    assert result.decision == expected
    assert "R-44" in result.rules


def test_R44_first_damage_is_covered_and_liquid_is_damage() -> None:
    assert serenite_damage("2025-06-10", codes=("LIQUID", "FOREIGN_BODY")).decision == "COVERED_SERENITE"


def test_R44_a_non_damage_exclusion_is_never_covered() -> None:
    result = serenite_damage("2025-06-10", codes=("BREAKAGE", "SEAL_BROKEN"))
    assert result.decision == "BILLED_REPAIR"  # rented damage not covered


def test_R44_not_repairable_is_a_replacement_on_rental() -> None:
    result = serenite_damage("2025-06-10", repairable=False)
    assert result.decision == "BILLED_REPLACEMENT"
    assert charges(result) == [("MOVE5000_4G", "876.333")]  # in service 15/01/2024, < 2 years


def test_R44_sale_serenite_covers_damage_and_not_when_not_repairable() -> None:
    sale = {"kind": "sale", "signed_on": "2024-01-10"}
    assert serenite_damage("2025-06-10", contract=sale).decision == "COVERED_SERENITE"
    result = serenite_damage("2025-06-10", contract=sale, repairable=False)
    assert result.decision == "BILLED_ANALYSIS"
    assert charges(result) == [("ANALYSIS", "87.083")]


def test_R44_destruction_is_never_covered_by_serenite() -> None:
    result = decide("2025-06-10", {"kind": "destruction"}, contract=RENTAL, options=SERENITE_AT_SIGNATURE_RENTAL)
    assert result.decision == "BILLED_REPLACEMENT"


def test_R44_model_without_repair_category_counts_as_not_repairable() -> None:
    result = serenite_damage("2025-06-10", model="PCSC_READER")
    assert result.decision == "BILLED_REPLACEMENT"
    assert charges(result) == [("PCSC_READER", "100.833")]


# ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("history", "terminated", "today", "expected"),
    [
        pytest.param([], None, "2025-06-10", "FREE_BATTERY", id="R45-first-battery"),
        pytest.param(["2023-06-10"], None, "2025-06-10", "FREE_BATTERY", id="R45-exactly-2-years"),
        pytest.param(["2023-06-10"], None, "2025-06-09", "NOT_COVERED", id="R45-day-before-2-years"),
        pytest.param(["2024-02-29"], None, "2026-02-28", "FREE_BATTERY", id="R45-29-february"),
        pytest.param([], "2025-06-09", "2025-06-10", "NOT_COVERED", id="R45-terminated-the-day-before"),
        pytest.param([], "2025-06-11", "2025-06-10", "FREE_BATTERY", id="R45-terminated-later"),
    ],
)
def test_R45_free_battery_every_2_years(history: list[str], terminated: str | None, today: str, expected: str) -> None:
    contract = {"kind": "rental", "signed_on": "2024-02-01"}
    options = [{"name": "SERENITE", "subscribed_on": "2024-02-01", "terminated_on": terminated}]
    history_events = [{"event": "serenite_battery_sent", "on": on} for on in history]
    result = decide(today, {"kind": "battery_request"}, contract=contract, options=options, history=history_events)
    assert result.decision == expected
    assert result.charges == ()


def test_R45_R52_no_serenite_no_free_battery() -> None:
    result = decide("2025-06-10", {"kind": "battery_request"}, contract=RENTAL)
    assert result.decision == "NOT_COVERED"
    assert "R-52" in result.rules


def test_R45_battery_during_carence_is_not_free() -> None:
    options = [{"name": "SERENITE", "subscribed_on": "2024-02-01"}]
    result = decide("2024-04-30", {"kind": "battery_request"}, options=options)
    assert result.decision == "NOT_COVERED"


# ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reported_at", "today", "deadline"),
    [
        pytest.param("2025-06-06T10:59", "2025-06-06", date(2025, 6, 11), id="R46-friday-before-pentecote"),
        pytest.param("2025-06-06T11:00", "2025-06-06", date(2025, 6, 12), id="R46-friday-11h00-pentecote"),
        pytest.param(None, "2025-06-07", date(2025, 6, 12), id="R46-saturday-default-9h"),
        pytest.param(None, "2025-06-02", date(2025, 6, 4), id="R46-default-call-9h"),
        pytest.param("2025-05-28T10:00", "2025-05-28", date(2025, 6, 2), id="R46-ascension-thursday"),
    ],
)
def test_R46_exchange_deadline(reported_at: str | None, today: str, deadline: date) -> None:
    incident: dict[str, Any] = {"kind": "fault"}
    if reported_at:
        incident["reported_at"] = reported_at
    result = decide(today, incident, contract=RENTAL)
    assert result.decision == "COVERED_EXCHANGE"
    assert result.deadline == deadline
    assert result.charges == ()


def test_R46_alsace_moselle_26_december() -> None:
    incident = {"kind": "fault", "reported_at": "2025-12-24T10:00"}
    assert decide("2025-12-24", incident, contract=RENTAL).deadline == date(2025, 12, 29)
    assert decide("2025-12-24", incident, contract=RENTAL, alsace_moselle=True).deadline == date(2025, 12, 30)


@pytest.mark.parametrize(
    "contract", [pytest.param(SALE, id="R47-sale"), pytest.param(RENTAL, id="R47-rental")]
)
def test_R47_unjustified_exchange(contract: dict[str, Any]) -> None:
    result = decide("2024-09-02", {"kind": "fault", "fault_confirmed": False, "manufacturing_defect": True},
                    contract=contract)
    assert result.decision == "BILLED_UNJUSTIFIED"
    assert charges(result) == [("OTHER_SERVICE", "87.083")]
    assert f"{result.total_ttc:f}" == "104.50"


def test_R47_fee_is_a_setting() -> None:
    result = decide("2024-09-02", {"kind": "fault", "fault_confirmed": False}, unjustified_fee="ANALYSIS")
    assert charges(result) == [("ANALYSIS", "87.083")]


@pytest.mark.parametrize(
    ("model", "fee"),
    [
        pytest.param("IWL250", ("REPAIR_OTHER_TPE", "279.583"), id="R48-other-tpe"),
        pytest.param("MOVE5000_WIFI", ("REPAIR_MOVE5000", "352.917"), id="R48-move5000"),
        pytest.param("SOCLE_IWL250", ("REPAIR_SOCLE", "137.500"), id="R48-socle"),
    ],
)
def test_R48_fault_before_option_is_repaired_without_quote(model: str, fee: tuple[str, str]) -> None:
    options = [{"name": "ECHANGE_STANDARD", "subscribed_on": "2024-01-10"}]
    result = decide("2025-03-03", {"kind": "fault", "predates_option": True}, model=model, options=options)
    assert result.decision == "BILLED_REPAIR_NO_QUOTE"
    assert charges(result) == [fee]


def test_R48_warranty_still_covers_a_manufacturing_defect() -> None:
    options = [{"name": "ECHANGE_STANDARD", "subscribed_on": "2024-01-10"}]
    incident = {"kind": "fault", "predates_option": True, "manufacturing_defect": True}
    assert decide("2024-06-03", incident, options=options).decision == "COVERED_WARRANTY"


# ------------------------------------------------------------------ R-51 (+ R-02, R-03)


@pytest.mark.parametrize(
    ("ended", "today", "expected", "deadline"),
    [
        pytest.param("2025-03-31", "2025-04-30", "AWAITING_RETURN", date(2025, 4, 30), id="R51-last-day-month-end"),
        pytest.param("2025-03-31", "2025-05-01", "BILLED_REPLACEMENT", date(2025, 4, 30), id="R51-day-after"),
        pytest.param("2025-03-31", "2025-04-01", "AWAITING_RETURN", date(2025, 4, 30), id="R51-day-after-end"),
        pytest.param("2024-01-29", "2024-02-29", "AWAITING_RETURN", date(2024, 2, 29), id="R51-29-february"),
        pytest.param("2024-01-31", "2024-03-01", "BILLED_REPLACEMENT", date(2024, 2, 29), id="R51-31-january"),
        pytest.param("2025-05-14", "2025-06-16", "AWAITING_RETURN", date(2025, 6, 16), id="R51-R03-saturday-moves"),
        pytest.param("2025-05-14", "2025-06-17", "BILLED_REPLACEMENT", date(2025, 6, 16), id="R51-R03-after-moved"),
        pytest.param("2025-05-09", "2025-06-10", "AWAITING_RETURN", date(2025, 6, 10), id="R51-R03-pentecote"),
    ],
)
def test_R51_return_within_one_month(ended: str, today: str, expected: str, deadline: date) -> None:
    contract = {**RENTAL, "signed_on": "2022-01-03", "ended_on": ended}
    result = decide(today, {"kind": "non_return"}, contract=contract, in_service_on="2022-01-03")
    assert result.decision == expected
    assert result.deadline == deadline
    if expected == "AWAITING_RETURN":
        assert result.charges == ()
    else:
        assert charges(result) == [("MOVE5000_4G", "438.167")]


# ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("incident", "model", "expected", "lines"),
    [
        pytest.param({"kind": "fault"}, "NEO", "BILLED_REPAIR",
                     [("ANALYSIS", "87.083"), ("REPAIR_OTHER_TPE", "279.583")], id="R60-accepted"),
        pytest.param({"kind": "fault", "quote_accepted": False}, "NEO", "BILLED_ANALYSIS",
                     [("ANALYSIS", "87.083")], id="R60-refused"),
        pytest.param({"kind": "fault", "repairable": False}, "NEO", "BILLED_ANALYSIS",
                     [("ANALYSIS", "87.083")], id="R60-sold-not-repairable"),
        pytest.param({"kind": "fault"}, "PCSC_READER", "BILLED_ANALYSIS",
                     [("ANALYSIS", "87.083")], id="R60-reader-never-repaired"),
        pytest.param({"kind": "fault"}, "SET2", "BILLED_REPAIR",
                     [("ANALYSIS", "87.083"), ("REPAIR_SOCLE", "137.500")], id="R60-socle"),
        pytest.param({"kind": "damage", "exclusions": ["BREAKAGE"], "quote_accepted": False}, "MOVE5000_WIFI",
                     "BILLED_ANALYSIS", [("ANALYSIS", "87.083")], id="R60-sold-damage-refused"),
    ],
)
def test_R60_quote_path(incident: dict[str, Any], model: str, expected: str, lines: list[tuple[str, str]]) -> None:
    result = decide("2025-06-10", incident, model=model)
    assert result.decision == expected
    assert charges(result) == lines


# ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("in_service", "today", "amount"),
    [
        pytest.param("2023-06-10", "2025-06-09", "876.333", id="R61-one-day-before-2-years"),
        pytest.param("2023-06-10", "2025-06-10", "438.167", id="R61-exactly-2-years"),
        pytest.param("2024-02-29", "2026-02-27", "876.333", id="R61-29-february-before"),
        pytest.param("2024-02-29", "2026-02-28", "438.167", id="R61-29-february-2-years"),
    ],
)
@pytest.mark.parametrize("kind", ["loss", "theft", "destruction"])
def test_R61_R62_replacement_by_age(in_service: str, today: str, amount: str, kind: str) -> None:
    contract = {"kind": "rental", "signed_on": "2023-06-10"}
    result = decide(today, {"kind": kind}, contract=contract, in_service_on=in_service)
    assert result.decision == "BILLED_REPLACEMENT"
    assert charges(result) == [("MOVE5000_4G", amount)]
    assert {"R-61", "R-62"} <= set(result.rules)


@pytest.mark.parametrize("kind", ["loss", "theft", "destruction"])
def test_R62_sold_hardware_lost_stolen_destroyed_is_not_covered(kind: str) -> None:
    options = [{"name": "SERENITE", "subscribed_on": "2024-01-10"}]
    result = decide("2024-09-02", {"kind": kind}, options=options)
    assert result.decision == "NOT_COVERED"
    assert result.charges == ()


# ------------------------------------------------------------------


def test_R63_rented_damage_without_serenite_is_billed_whatever_the_quote() -> None:
    result = decide("2025-06-10", {"kind": "damage", "exclusions": ["LIQUID"], "quote_accepted": False},
                    contract=RENTAL, model="IWL250")
    assert result.decision == "BILLED_REPAIR"
    assert charges(result) == [("ANALYSIS", "87.083"), ("REPAIR_OTHER_TPE", "279.583")]
    assert f"{result.total_ttc:f}" == "440.00"


def test_R63_rented_damage_not_repairable_is_replaced_without_analysis() -> None:
    result = decide("2025-06-10", {"kind": "damage", "exclusions": ["BREAKAGE"], "repairable": False},
                    contract=RENTAL, model="SIM", in_service_on="2020-01-01")
    assert result.decision == "BILLED_REPLACEMENT"
    assert charges(result) == [("SIM", "30.250")]


def test_R63_fault_with_exclusion_on_rental_is_assessed_as_damage() -> None:
    result = decide("2025-06-10", {"kind": "fault", "exclusions": ["MISUSE"]}, contract=RENTAL)
    assert result.decision == "BILLED_REPAIR"


# ------------------------------------------------------------------ tariff versions


def test_charges_are_priced_with_the_tariff_in_force_on_today() -> None:
    newer = replace(
        TARIFF_2025_01,
        name="01/2026",
        effective_on=date(2026, 1, 1),
        fees={**TARIFF_2025_01.fees, "ANALYSIS": Decimal("90.000")},
    )
    tariffs = (TARIFF_2025_01, newer)
    before = decide("2025-12-31", {"kind": "fault", "quote_accepted": False}, tariffs=tariffs)
    after = decide("2026-01-01", {"kind": "fault", "quote_accepted": False}, tariffs=tariffs)
    assert charges(before) == [("ANALYSIS", "87.083")] and before.tariff_name == "01/2025"
    assert charges(after) == [("ANALYSIS", "90.000")] and after.tariff_name == "01/2026"
    assert f"{after.total_ttc:f}" == "108.00"
