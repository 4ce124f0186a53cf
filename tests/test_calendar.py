"""Business days, month arithmetic and the R-46 exchange deadline (RULES.md section 2)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sav_desktop.domain.calendar import (
    add_business_days,
    add_months,
    business_days_between,
    exchange_deadline,
    exchange_start_day,
    holiday_name,
    is_business_day,
    next_business_day,
    roll_to_business_day,
)


@pytest.mark.parametrize(
    ("day", "alsace_moselle", "expected"),
    [
        (date(2025, 6, 6), False, True),  # Friday
        (date(2025, 6, 7), False, False),  # Saturday
        (date(2025, 6, 8), False, False),  # Sunday
        (date(2025, 6, 9), False, False),  # Lundi de Pentecôte
        (date(2025, 5, 1), False, False),  # Fête du Travail
        (date(2025, 5, 29), False, False),  # Ascension
        (date(2025, 4, 18), False, True),  # Good Friday: a business day in metropolitan France
        (date(2025, 4, 18), True, False),  # ... but a holiday in Alsace-Moselle
        (date(2025, 12, 26), False, True),
        (date(2025, 12, 26), True, False),  # Saint-Étienne, Alsace-Moselle only
        (date(2024, 7, 15), False, True),
        (date(2024, 7, 14), False, False),
    ],
    ids=lambda v: str(v),
)
def test_R01_business_day(day: date, alsace_moselle: bool, expected: bool) -> None:
    assert is_business_day(day, alsace_moselle=alsace_moselle) is expected


def test_R01_holiday_names_are_french_from_the_library() -> None:
    assert holiday_name(date(2025, 6, 9)) == "Lundi de Pentecôte"
    assert holiday_name(date(2025, 4, 18)) is None
    assert holiday_name(date(2025, 4, 18), alsace_moselle=True) == "Vendredi saint"


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2025, 3, 31), 1, date(2025, 4, 30)),
        (date(2023, 11, 30), 3, date(2024, 2, 29)),
        (date(2024, 12, 15), 3, date(2025, 3, 15)),
    ],
    ids=lambda v: str(v),
)
def test_R02_calendar_month_arithmetic(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("day", "alsace_moselle", "expected"),
    [
        (date(2025, 5, 31), False, date(2025, 6, 2)),  # Saturday -> Monday
        (date(2025, 6, 8), False, date(2025, 6, 10)),  # Sunday -> Tuesday after Pentecôte
        (date(2025, 6, 9), False, date(2025, 6, 10)),  # Lundi de Pentecôte -> Tuesday
        (date(2025, 6, 10), False, date(2025, 6, 10)),  # business day stays
        (date(2025, 12, 25), False, date(2025, 12, 26)),
        (date(2025, 12, 25), True, date(2025, 12, 29)),  # 26/12 is a holiday there
    ],
    ids=lambda v: str(v),
)
def test_R03_deadline_moves_to_next_business_day(day: date, alsace_moselle: bool, expected: date) -> None:
    assert roll_to_business_day(day, alsace_moselle=alsace_moselle) == expected


def test_next_business_day_is_strictly_after() -> None:
    assert next_business_day(date(2025, 6, 10)) == date(2025, 6, 11)
    assert next_business_day(date(2025, 6, 6)) == date(2025, 6, 10)
    assert add_business_days(date(2025, 6, 6), 0) == date(2025, 6, 6)


@pytest.mark.parametrize(
    ("called", "alsace_moselle", "start", "deadline"),
    [
        (datetime(2025, 6, 2, 10, 30), False, date(2025, 6, 2), date(2025, 6, 4)),  # Monday morning
        (datetime(2025, 6, 2, 10, 59), False, date(2025, 6, 2), date(2025, 6, 4)),
        (datetime(2025, 6, 2, 11, 0), False, date(2025, 6, 3), date(2025, 6, 5)),  # 11:00 is "later"
        (datetime(2025, 6, 6, 10, 0), False, date(2025, 6, 6), date(2025, 6, 11)),  # Pentecôte skipped
        (datetime(2025, 6, 6, 15, 0), False, date(2025, 6, 10), date(2025, 6, 12)),
        (datetime(2025, 6, 7, 9, 0), False, date(2025, 6, 10), date(2025, 6, 12)),  # Saturday morning
        (datetime(2025, 6, 9, 8, 0), False, date(2025, 6, 10), date(2025, 6, 12)),  # on the holiday itself
        (datetime(2025, 4, 17, 10, 0), False, date(2025, 4, 17), date(2025, 4, 22)),  # Easter Monday skipped
        (datetime(2025, 4, 17, 10, 0), True, date(2025, 4, 17), date(2025, 4, 23)),  # + Good Friday
        (datetime(2025, 12, 24, 10, 0), False, date(2025, 12, 24), date(2025, 12, 29)),
        (datetime(2025, 12, 24, 10, 0), True, date(2025, 12, 24), date(2025, 12, 30)),  # + 26/12
        (datetime(2024, 12, 31, 12, 0), False, date(2025, 1, 2), date(2025, 1, 6)),  # across the year
    ],
    ids=lambda v: v.isoformat() if isinstance(v, (date, datetime)) else str(v),
)
def test_R46_exchange_deadline(called: datetime, alsace_moselle: bool, start: date, deadline: date) -> None:
    assert exchange_start_day(called, alsace_moselle=alsace_moselle) == start
    assert exchange_deadline(called, alsace_moselle=alsace_moselle) == deadline


calls = st.datetimes(min_value=datetime(2019, 1, 1), max_value=datetime(2031, 12, 31, 23, 59))


@settings(deadline=None, max_examples=300)
@given(called=calls, alsace_moselle=st.booleans())
def test_R46_property_deadline_is_a_business_day_two_business_days_after_the_call(
    called: datetime, alsace_moselle: bool
) -> None:
    deadline = exchange_deadline(called, alsace_moselle=alsace_moselle)
    assert is_business_day(deadline, alsace_moselle=alsace_moselle)
    counted = business_days_between(called.date(), deadline, alsace_moselle=alsace_moselle)
    same_day = is_business_day(called.date(), alsace_moselle=alsace_moselle) and called.hour < 11
    # Counted from the call day when it counts as J, else J is one more business day away.
    assert counted == (2 if same_day else 3)
    assert deadline - called.date() <= timedelta(days=10)


@settings(deadline=None, max_examples=200)
@given(day=st.dates(min_value=date(2019, 1, 1), max_value=date(2031, 12, 31)), alsace_moselle=st.booleans())
def test_R03_property_roll_is_the_first_business_day_on_or_after(day: date, alsace_moselle: bool) -> None:
    rolled = roll_to_business_day(day, alsace_moselle=alsace_moselle)
    assert rolled >= day
    assert is_business_day(rolled, alsace_moselle=alsace_moselle)
    between = [day + timedelta(days=n) for n in range((rolled - day).days)]
    assert not any(is_business_day(d, alsace_moselle=alsace_moselle) for d in between)
