"""Typed errors carrying the field and, where a rule forbids it, the rule id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one field: ``field`` is a dotted path (``customer.siret``)."""

    field: str
    message: str  # French, shown to the user
    rule: str | None = None

    def __str__(self) -> str:
        rule = f" ({self.rule})" if self.rule else ""
        return f"{self.field}: {self.message}{rule}"


class SavError(Exception):
    """Base of every error the domain and services raise on purpose."""


class ValidationError(SavError):
    """Bad input: one or more fields are refused. Nothing was written."""

    def __init__(self, problems: list[FieldProblem] | FieldProblem) -> None:
        if isinstance(problems, FieldProblem):
            problems = [problems]
        if not problems:
            raise ValueError("ValidationError needs at least one problem")
        self.problems: list[FieldProblem] = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    @property
    def fields(self) -> list[str]:
        return [p.field for p in self.problems]

    @classmethod
    def single(cls, field: str, message: str, rule: str | None = None) -> "ValidationError":
        return cls(FieldProblem(field, message, rule))


class NotFoundError(SavError):
    """The thing asked for does not exist."""

    def __init__(self, what: str, key: str) -> None:
        self.what = what
        self.key = key
        super().__init__(f"{what} introuvable : {key}")


class ConflictError(SavError):
    """Someone else saved the same record first (optimistic version check).

    ``by`` and ``at`` (local time) come from the audit trail's last entry for the record:
    the message names who changed it and when, and asks to reload before editing again.
    """

    def __init__(self, what: str, key: str, by: str | None = None, at: datetime | None = None,
                 *, today: date | None = None) -> None:
        self.what = what
        self.key = key
        self.by = by
        self.at = at
        subject = f"{what} {key}" if key else what
        who = f" par {by}" if by else " par un autre poste"
        when = ""
        if at is not None:
            when = f" à {at:%H:%M}" if today is None or at.date() == today else f" le {at:%d/%m/%Y} à {at:%H:%M}"
        super().__init__(
            f"{subject} a été modifié entre-temps{who}{when} : rechargez "
            "(les données à jour sont affichées), puis refaites la modification."
        )


class UniqueError(ValidationError):
    """A value that must be unique is already taken (database constraint): names the field."""


class BusyError(SavError):
    """The database stayed locked by another station past the wait (SQLite busy timeout)."""

    def __init__(self) -> None:
        super().__init__("la base est occupée par un autre poste, réessayez")


class Collector:
    """Gathers field problems so a form reports all of them at once."""

    def __init__(self) -> None:
        self.problems: list[FieldProblem] = []

    def add(self, field: str, message: str, rule: str | None = None) -> None:
        self.problems.append(FieldProblem(field, message, rule))

    def check(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)


class TransitionError(SavError):
    """A workflow step refused in the current state (ticket state machine, R-80 stock
    release...). ``reason`` is French and shown as is; ``rule`` cites RULES.md when one applies."""

    def __init__(self, state: str, action: str, reason: str, rule: str | None = None) -> None:
        self.state = state
        self.action = action
        self.reason = reason
        self.rule = rule
        super().__init__(f"{reason} ({rule})" if rule else reason)
