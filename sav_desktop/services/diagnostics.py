"""Filing a reader diagnostic on an asset: its timeline and its diagnostic history.

A filed diagnostic is one timeline event (action ``diagnostic``) whose details hold what
the pass found for each reader: name, verdict, notes, ATR, card kind. Nothing personal:
the pass never reads personal data and nothing personal is stored (RULES.md R-81).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import desc, select

from ..domain.errors import ValidationError
from ..pcsc.model import DiagnosticReport, ReaderReport, Verdict
from ..store.models import AuditEntry
from .assets import add_timeline_event
from .desk import Desk
from .uow import UnitOfWork
from .permissions import use_case

DIAGNOSTIC_ACTION = "diagnostic"

_VERDICT_LABELS = {"ok": "OK", "warning": "avertissement", "fault": "défaut"}


@dataclass(frozen=True)
class FiledReader:
    name: str
    verdict: str  # "ok" / "warning" / "fault"
    notes: tuple[str, ...]
    atr: str | None
    card_kind: str | None
    card_label: str | None


@dataclass(frozen=True)
class FiledDiagnostic:
    """One line of an asset's diagnostic history."""

    filed_at: datetime
    operator: str
    checked_at: str  # ISO 8601, as the pass stamped it
    verdict: str
    readers: tuple[FiledReader, ...]
    report: dict[str, Any]  # the pass as ``diagnose --json`` gives it (for the PDF again)


def _summary(readers: list[ReaderReport], verdict: Verdict) -> str:
    parts = []
    for r in readers:
        card = r.card.label if r.card else "aucune carte"
        parts.append(f"{r.name} : {card}, {_VERDICT_LABELS[r.verdict.value]}")
    return f"Diagnostic lecteur ({_VERDICT_LABELS[verdict.value]}) : " + " ; ".join(parts)


@use_case("diagnostic.file")
def file_diagnostic(
    uow: UnitOfWork, asset_id: int, report: DiagnosticReport, reader: str | None = None
) -> FiledDiagnostic:
    """Put the pass (or only ``reader``'s part of it) on the asset's timeline.

    The caller commits (``uow.run`` / ``Desk``). Raises ``NotFoundError`` for an unknown
    asset, ``ValidationError`` when there is nothing to file."""
    readers = [r for r in report.readers if reader is None or r.name == reader]
    if not readers:
        raise ValidationError.single(
            "diagnostic.lecteur",
            "aucun lecteur à enregistrer dans ce diagnostic"
            + (f" (« {reader} » n'y figure pas)" if reader else ""),
        )
    verdict = Verdict.worst([r.verdict for r in readers])
    data = report.to_dict()
    data["readers"] = [r.to_dict() for r in readers]
    data["verdict"] = verdict.value
    add_timeline_event(uow, asset_id, DIAGNOSTIC_ACTION, _summary(readers, verdict), data)
    uow.flush()
    history = diagnostic_history(uow, asset_id, limit=1)
    return history[0]


def _filed(at: datetime, operator: str, details: str | None) -> FiledDiagnostic:
    data: dict[str, Any] = json.loads(details) if details else {}
    readers = []
    for r in data.get("readers", []):
        card = r.get("card") or {}
        readers.append(
            FiledReader(
                name=str(r.get("name", "")),
                verdict=str(r.get("verdict", "")),
                notes=tuple(str(n) for n in r.get("notes", [])),
                atr=card.get("atr"),
                card_kind=card.get("kind"),
                card_label=card.get("label"),
            )
        )
    return FiledDiagnostic(
        filed_at=at,
        operator=operator,
        checked_at=str(data.get("checked_at", "")),
        verdict=str(data.get("verdict", "")),
        readers=tuple(readers),
        report=data,
    )


@use_case("diagnostic.read")
def diagnostic_history(uow: UnitOfWork, asset_id: int, limit: int = 100) -> tuple[FiledDiagnostic, ...]:
    """The asset's filed diagnostics, newest first (date, operator, reader, verdict, notes, ATR)."""
    rows = uow.session.execute(
        select(AuditEntry.at, AuditEntry.user_name, AuditEntry.after_json)
        .where(AuditEntry.asset_id == asset_id, AuditEntry.action == DIAGNOSTIC_ACTION)
        .order_by(desc(AuditEntry.id))
        .limit(limit)
    ).all()
    return tuple(_filed(at, user, details) for at, user, details in rows)


# -- for the GUI, through the desk (one transaction per call) ---------------------------------


def file_at_desk(desk: Desk, asset_id: int, report: DiagnosticReport, reader: str | None = None) -> FiledDiagnostic:
    with desk.unit_of_work() as uow:
        filed = file_diagnostic(uow, asset_id, report, reader)
        uow.commit()
        return filed


def history_at_desk(desk: Desk, asset_id: int) -> tuple[FiledDiagnostic, ...]:
    with desk.unit_of_work(write=False) as uow:
        return diagnostic_history(uow, asset_id)
