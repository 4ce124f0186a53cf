"""The French "why" sentences of the coverage engine, built from facts already decided.

Nothing here decides: each function receives what :mod:`.windows` computed and puts it
into words, citing dates (dd/mm/yyyy) and rule ids. A deadline moved by a public holiday
names it ("09/06 est le lundi de Pentecôte", R-01).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ..calendar import format_date_fr, holiday_phrase, is_business_day

_WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def d(day: date) -> str:
    """dd/mm/yyyy, as dates are read to customers."""
    return format_date_fr(day)


def day_off_reason(day: date, *, alsace_moselle: bool = False) -> str:
    """Why ``day`` is not a business day: « 09/06 est le lundi de Pentecôte » or
    « 14/06 est un samedi »."""
    phrase = holiday_phrase(day, alsace_moselle=alsace_moselle)
    if phrase is not None:
        return phrase
    return f"{day:%d/%m} est un {_WEEKDAYS_FR[day.weekday()]}"


def days_between(start: date, end: date) -> list[date]:
    """Days in ]start, end]."""
    return [start + timedelta(days=n) for n in range(1, (end - start).days + 1)]


def holidays_skipped(start: date, end: date, *, alsace_moselle: bool = False) -> list[str]:
    """The public holidays in ]start, end], each named (R-01)."""
    return [
        phrase
        for day in days_between(start, end)
        if (phrase := holiday_phrase(day, alsace_moselle=alsace_moselle)) is not None
    ]


def exchange_text(
    reported_at: datetime,
    start: date,
    deadline: date,
    model_label: str,
    *,
    alsace_moselle: bool = False,
) -> str:
    """R-46: when day J starts, and the J+2 deadline, naming the holidays on the way."""
    day = reported_at.date()
    call = f"Appel du {d(day)} à {reported_at:%H:%M} (heure de Paris)"
    if start == day:
        origin = f"{call}, avant 11:00 un jour ouvré : le délai court de ce jour (J = {d(start)})."
    else:
        if not is_business_day(day, alsace_moselle=alsace_moselle):
            reason = f"jour non ouvré ({day_off_reason(day, alsace_moselle=alsace_moselle)})"
        else:
            reason = "à 11:00 ou après"
        skipped = holidays_skipped(day, start - timedelta(days=1), alsace_moselle=alsace_moselle)
        more = f" ; {', '.join(skipped)}" if skipped else ""
        origin = f"{call}, {reason}{more} : le délai court du jour ouvré suivant (J = {d(start)})."
    skipped = holidays_skipped(start, deadline, alsace_moselle=alsace_moselle)
    holidays_text = f" Jours fériés non comptés : {', '.join(skipped)} (R-01)." if skipped else ""
    return (
        f"Panne matérielle confirmée par le diagnostic à distance : un appareil identique "
        f"({model_label}) est envoyé et l'appareil en panne repris aux frais du revendeur. "
        f"{origin} Livraison entre J+1 et J+2 jours ouvrés, au plus tard le {d(deadline)} (R-46)."
        f"{holidays_text}"
    )


def deadline_moved_text(due: date, deadline: date, *, alsace_moselle: bool = False) -> str:
    """R-03: why a contractual deadline moved from ``due`` to ``deadline``."""
    reasons = [day_off_reason(day, alsace_moselle=alsace_moselle) for day in [due, *days_between(due, deadline)][:-1]]
    return (
        f"Le {d(due)} n'est pas un jour ouvré ({' ; '.join(reasons)}) : l'échéance passe au jour ouvré "
        f"suivant, le {d(deadline)} (R-03)."
    )


def warranty_text(start: date, end: date, delivered: bool, running: bool) -> str:
    """R-10: the warranty dates of sold hardware."""
    origin = "livré" if delivered else "acheté (date de livraison inconnue)"
    if running:
        return f"Matériel vendu, {origin} le {d(start)} : garantie constructeur jusqu'au {d(end)} inclus (R-10)."
    return f"Matériel vendu, {origin} le {d(start)} : garantie constructeur terminée le {d(end)} (R-10)."


def replacement_text(in_service_on: date, today: date, two_years: date, young: bool) -> str:
    """R-61: the age class of a rented device on the day of the event."""
    if young:
        return (
            f"Mis en service le {d(in_service_on)}, l'appareil a moins de 2 ans au {d(today)} "
            f"(2 ans le {d(two_years)}) : prix de remplacement « moins de 2 ans » (R-61)."
        )
    return (
        f"Mis en service le {d(in_service_on)}, l'appareil a 2 ans ou plus au {d(today)} "
        f"(depuis le {d(two_years)}) : prix de remplacement « 2 ans et plus » (R-61)."
    )


def join_why(sentences: list[str]) -> str:
    """The sentences in order, each once."""
    seen: list[str] = []
    for sentence in sentences:
        if sentence and sentence not in seen:
            seen.append(sentence)
    return " ".join(seen)
