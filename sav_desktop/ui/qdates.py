"""Dates at the desk: Python dates to Qt's and back, and the one way a typed date is read.

R-90: a date the user typed is never silently changed into another. ``31/02/2026`` is
refused in French, naming the field, never turned into 01/02 or 03/03 (which Qt's
``QDateEdit`` does while one types). Every date entry of the desk is a ``DateLineEdit`` or a
line read with ``parse_date_fr``.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ..domain.errors import ValidationError


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


_FR = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date_fr(text: str, field: str) -> date | None:
    """``jj/mm/aaaa`` (or ISO ``aaaa-mm-jj``) -> date; empty -> None. A date that does not
    exist (31/02, 00/01, month 13) or any other text is refused naming the field (R-90)."""
    t = (text or "").strip()
    if not t:
        return None
    m = _FR.fullmatch(t)
    if m:
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    else:
        iso = _ISO.fullmatch(t)
        if not iso:
            raise ValidationError.single(field, f"date illisible « {t[:30]} » : tapez jj/mm/aaaa")
        year, month, day = int(iso[1]), int(iso[2]), int(iso[3])
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError.single(
            field, f"le {day:02d}/{month:02d}/{year:04d} n'existe pas : date refusée, corrigez-la", "R-90"
        ) from None


def parse_datetime_fr(text: str, field: str) -> datetime | None:
    """``jj/mm/aaaa hh:mm`` -> datetime (time optional: 09:00); empty -> None. An impossible
    date is refused as by :func:`parse_date_fr` (R-90), an impossible time too."""
    t = (text or "").strip()
    if not t:
        return None
    day_text, _, time_text = t.partition(" ")
    day = parse_date_fr(day_text, field)
    assert day is not None
    hour, minute = 9, 0
    if time_text.strip():
        try:
            h, _, m = time_text.strip().replace("h", ":").partition(":")
            hour, minute = int(h), int(m or 0)
            return datetime(day.year, day.month, day.day, hour, minute)
        except ValueError:
            raise ValidationError.single(field, "heure invalide (hh:mm)", "R-90") from None
    return datetime(day.year, day.month, day.day, hour, minute)


class DateTimeLineEdit(QLineEdit):
    """A moment typed ``jj/mm/aaaa hh:mm``, read strictly (:meth:`value`, R-90): never a
    QDateTimeEdit, which turns 31/02 into another day while one types."""

    def __init__(self, parent: QWidget | None = None, field: str = "moment") -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText("jj/mm/aaaa hh:mm")
        self.setMaxLength(16)

    def setDateTime(self, value: datetime) -> None:  # noqa: N802 - QDateTimeEdit's name
        self.setText(value.strftime("%d/%m/%Y %H:%M"))

    def value(self) -> datetime:
        moment = parse_datetime_fr(self.text(), self.field)
        if moment is None:
            raise ValidationError.single(self.field, "date et heure obligatoires (jj/mm/aaaa hh:mm)")
        return moment


class DateLineEdit(QLineEdit):
    """A date typed ``jj/mm/aaaa``, read strictly (``value``): an impossible date or one past
    the maximum is refused (ValidationError naming ``field``), never corrected.

    It offers the few ``QDateEdit`` calls the desk used (``setDate``, ``setMaximumDate``,
    ``date``), so screens switch to it without other change; ``dateChanged`` fires only for
    a date that exists."""

    dateChanged = Signal(QDate)  # noqa: N815 - Qt's name

    def __init__(self, parent: QWidget | None = None, field: str = "date") -> None:
        super().__init__(parent)
        self.field = field
        self._maximum: date | None = None
        self._minimum: date | None = None
        self.setPlaceholderText("jj/mm/aaaa")
        self.setMaxLength(10)
        self.textChanged.connect(self._on_text_changed)

    # QDateEdit compatibility
    def setDisplayFormat(self, _fmt: str) -> None:  # noqa: N802
        """Always jj/mm/aaaa."""

    def setCalendarPopup(self, _on: bool) -> None:  # noqa: N802
        """No popup: the desk types dates."""

    def setDate(self, value: QDate | date) -> None:  # noqa: N802
        day = from_qdate(value) if isinstance(value, QDate) else value
        self.setText(day.strftime("%d/%m/%Y"))

    def setMaximumDate(self, value: QDate | date) -> None:  # noqa: N802
        self._maximum = from_qdate(value) if isinstance(value, QDate) else value

    def setMinimumDate(self, value: QDate | date) -> None:  # noqa: N802
        self._minimum = from_qdate(value) if isinstance(value, QDate) else value

    def date(self) -> QDate:
        return to_qdate(self.value())

    def value(self) -> date:
        """The date typed, or ValidationError (French, R-90) when it is empty, impossible or
        out of bounds."""
        day = parse_date_fr(self.text(), self.field)
        if day is None:
            raise ValidationError.single(self.field, "date obligatoire (jj/mm/aaaa)")
        if self._maximum is not None and day > self._maximum:
            raise ValidationError.single(
                self.field, f"date postérieure au {self._maximum:%d/%m/%Y} : refusée", "R-90")
        if self._minimum is not None and day < self._minimum:
            raise ValidationError.single(
                self.field, f"date antérieure au {self._minimum:%d/%m/%Y} : refusée", "R-90")
        return day

    def _on_text_changed(self, _text: str) -> None:
        try:
            day = parse_date_fr(self.text(), self.field)
        except ValidationError:
            return
        if day is not None:
            self.dateChanged.emit(to_qdate(day))


__all__ = ["DateLineEdit", "DateTimeLineEdit", "from_qdate", "parse_date_fr", "parse_datetime_fr", "to_qdate"]
