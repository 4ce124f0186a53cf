"""What today's desk lists (services.today computes it): the kinds, severities and items,
without the database code, so that the start page is built before SQLAlchemy loads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class TodayKind(StrEnum):
    EXCHANGE_LATE = "EXCHANGE_LATE"
    AT_MAKER_TOO_LONG = "AT_MAKER_TOO_LONG"
    RETURN_DUE = "RETURN_DUE"
    CARENCE_ENDS = "CARENCE_ENDS"
    WARRANTY_ENDS = "WARRANTY_ENDS"
    WORKSHOP_STUCK = "WORKSHOP_STUCK"
    WIPE_PENDING = "WIPE_PENDING"


TODAY_KIND_LABELS: dict[TodayKind, str] = {
    TodayKind.EXCHANGE_LATE: "Échanges en retard (J+2)",
    TodayKind.AT_MAKER_TOO_LONG: "Chez le constructeur depuis plus de 3 mois",
    TodayKind.RETURN_DUE: "Locations terminées : matériel à récupérer",
    TodayKind.CARENCE_ENDS: "Fins de carence cette semaine",
    TodayKind.WARRANTY_ENDS: "Garanties qui se terminent sans option",
    TodayKind.WORKSHOP_STUCK: "Matériels bloqués à l'atelier",
    TodayKind.WIPE_PENDING: "Effacements de données à faire",
}


class Severity(StrEnum):
    URGENT = "URGENT"
    WARNING = "WARNING"
    INFO = "INFO"


SEVERITY_LABELS: dict[Severity, str] = {
    Severity.URGENT: "Urgent",
    Severity.WARNING: "À traiter",
    Severity.INFO: "Pour information",
}



@dataclass(frozen=True)
class TodayItem:
    kind: TodayKind
    severity: Severity
    asset_id: int
    asset_tag: str
    contract_number: str
    customer_name: str
    due: date  # the deadline or day the item is about
    sentence: str  # French, shown as is
    rule: str
    ticket_id: int | None = None


@dataclass(frozen=True)
class TodayView:
    today: date
    items: tuple[TodayItem, ...]

    def count(self, kind: TodayKind) -> int:
        return sum(1 for item in self.items if item.kind is kind)


__all__ = ["SEVERITY_LABELS", "TODAY_KIND_LABELS", "Severity", "TodayItem", "TodayKind", "TodayView"]
