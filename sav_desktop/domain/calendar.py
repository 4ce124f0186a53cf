"""Business days, month arithmetic and contractual deadlines (RULES.md section 2, R-46).

Holidays come from the maintained ``holidays`` library (R-01), never from a hand-typed
list: metropolitan France by default, Alsace-Moselle (Good Friday and 26 December on top)
when the ``alsace_moselle`` setting is on. Lookups are cached per year, so walking a few
hundred days costs next to nothing.
"""

from __future__ import annotations

import threading
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

#: Holiday subdivision used for Alsace-Moselle. The library lists the same extra days
#: (Vendredi saint, Saint-Étienne) for "57" (Moselle) and "6AE" (Alsace).
ALSACE_MOSELLE_SUBDIV = "57"

#: R-46: a call strictly before this time on a business day counts from that day.
EXCHANGE_CALL_CUTOFF = time(11, 0)

#: R-46: the replacement arrives between J+1 and J+2 business days; J+2 is shown.
EXCHANGE_BUSINESS_DAYS = 2


@lru_cache(maxsize=256)
def _holidays_of_year(year: int, alsace_moselle: bool) -> dict[date, str]:
    """One lookup in the library per (year, region); later calls hit the cache."""
    subdiv = ALSACE_MOSELLE_SUBDIV if alsace_moselle else None
    calendar = _france()(subdiv=subdiv, years=year, language="fr")
    return {day: str(name) for day, name in calendar.items()}


_FRANCE_LOCK = threading.Lock()
_FRANCE: list[type] = []


def _france() -> type:
    """The library's France calendar class (loaded once, whichever thread asks first)."""
    if not _FRANCE:
        with _FRANCE_LOCK:  # two threads (the GUI, a search worker) may ask at once
            if not _FRANCE:
                _FRANCE.append(_load_france())
    return _FRANCE[0]


def _load_france() -> type:
    """The library's France calendar class, and only it.

    ``import holidays`` or ``holidays.countries`` loads every country the library knows (some
    250 modules, about 200 ms) and its version metadata. France alone is needed: its module
    is loaded with the two packages above it standing in as bare namespaces while it loads
    (their ``__init__`` not run), then they are taken out again so that anyone importing
    ``holidays`` later gets the real package.
    """
    import sys

    loaded = sys.modules.get("holidays.countries.france")
    if loaded is not None and hasattr(loaded, "France"):
        return loaded.France  # type: ignore[no-any-return]
    import importlib
    import importlib.util
    import types

    spec = importlib.util.find_spec("holidays")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("holidays")
    root = list(spec.submodule_search_locations)
    stubs = []
    for name, path in (("holidays", root), ("holidays.countries", [p + "/countries" for p in root])):
        if name not in sys.modules:
            stub = types.ModuleType(name)
            stub.__path__ = path
            sys.modules[name] = stub
            stubs.append((name, stub))
    try:
        france = importlib.import_module("holidays.countries.france")
    finally:
        for name, stub in stubs:
            if sys.modules.get(name) is stub:
                del sys.modules[name]
    return france.France  # type: ignore[no-any-return]


def holiday_name(day: date, *, alsace_moselle: bool = False) -> str | None:
    """The French name of the public holiday on ``day``, or None (R-01)."""
    return _holidays_of_year(day.year, alsace_moselle).get(day)


def _with_article(name: str) -> str:
    """« lundi de Pentecôte » -> « le lundi de Pentecôte », « Fête du Travail » -> « la fête du
    Travail », « Assomption » -> « l'Assomption », « Noël » -> « Noël »."""
    first = name.split(" ", 1)[0]
    if first in ("Lundi", "Vendredi", "Jour", "Jeudi"):
        return "le " + name[0].lower() + name[1:]
    if first == "Fête":
        return "la " + name[0].lower() + name[1:]
    if name == "Noël":
        return name
    if name[:1] in "AEIOUÉ":
        return "l'" + name
    return "la " + name


def holiday_phrase(day: date, *, alsace_moselle: bool = False) -> str | None:
    """« 09/06 est le lundi de Pentecôte »: the holiday on ``day`` named in French (R-01)."""
    name = holiday_name(day, alsace_moselle=alsace_moselle)
    if name is None:
        return None
    return f"{day:%d/%m} est {_with_article(name)}"


def is_holiday(day: date, *, alsace_moselle: bool = False) -> bool:
    """A French public holiday (R-01); Lundi de Pentecôte is one."""
    return day in _holidays_of_year(day.year, alsace_moselle)


def is_business_day(day: date, *, alsace_moselle: bool = False) -> bool:
    """R-01: Monday to Friday and not a French public holiday."""
    return day.weekday() < 5 and not is_holiday(day, alsace_moselle=alsace_moselle)


def next_business_day(day: date, *, alsace_moselle: bool = False) -> date:
    """The first business day strictly after ``day``."""
    candidate = day + timedelta(days=1)
    while not is_business_day(candidate, alsace_moselle=alsace_moselle):
        candidate += timedelta(days=1)
    return candidate


def roll_to_business_day(day: date, *, alsace_moselle: bool = False) -> date:
    """R-03: a contractual deadline on a Saturday, Sunday or holiday moves to the next
    business day; a deadline on a business day stays where it is."""
    if is_business_day(day, alsace_moselle=alsace_moselle):
        return day
    return next_business_day(day, alsace_moselle=alsace_moselle)


def add_business_days(day: date, count: int, *, alsace_moselle: bool = False) -> date:
    """``day`` plus ``count`` business days (``count`` >= 0; 0 returns ``day``)."""
    if count < 0:
        raise ValueError("count must be >= 0")
    result = day
    for _ in range(count):
        result = next_business_day(result, alsace_moselle=alsace_moselle)
    return result


def business_days_between(start: date, end: date, *, alsace_moselle: bool = False) -> int:
    """Number of business days in the interval ]start, end] (0 when end <= start)."""
    count = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if is_business_day(current, alsace_moselle=alsace_moselle):
            count += 1
    return count


def add_months(day: date, months: int) -> date:
    """R-02: calendar-month arithmetic; the day is clamped to the month's end
    (31/01 + 1 month = 28/02 or 29/02)."""
    result: date = day + relativedelta(months=months)
    return result


def add_years(day: date, years: int) -> date:
    """Calendar years (29/02/2024 + 1 year = 28/02/2025), as R-02 does for months."""
    return add_months(day, 12 * years)


def exchange_start_day(reported_at: datetime, *, alsace_moselle: bool = False) -> date:
    """R-46: day J of the standard exchange flow.

    A call strictly before 11:00 on a business day counts from that day; a call at 11:00
    or later, or on a non-business day, counts from the next business day.
    """
    day = reported_at.date()
    if is_business_day(day, alsace_moselle=alsace_moselle) and reported_at.time() < EXCHANGE_CALL_CUTOFF:
        return day
    return next_business_day(day, alsace_moselle=alsace_moselle)


def exchange_deadline(reported_at: datetime, *, alsace_moselle: bool = False) -> date:
    """R-46: the deadline shown for a standard exchange, J + 2 business days."""
    start = exchange_start_day(reported_at, alsace_moselle=alsace_moselle)
    return add_business_days(start, EXCHANGE_BUSINESS_DAYS, alsace_moselle=alsace_moselle)


def format_date_fr(day: date) -> str:
    """dd/mm/yyyy, as dates are read to customers."""
    return day.strftime("%d/%m/%Y")
