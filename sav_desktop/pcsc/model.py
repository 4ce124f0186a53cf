"""What one diagnostic pass found: plain values, no pyscard (the UI and services use them).

``DiagnosticReport.to_dict()`` is the JSON of ``sav-desktop diagnose --json``
(../shared/pcsc/DIAGNOSE_CLI.md). Nothing personal is in it (RULES.md R-81).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..domain.atr import CardKind


class Verdict(enum.Enum):
    OK = "ok"
    WARNING = "warning"
    FAULT = "fault"

    @property
    def label(self) -> str:
        return {"ok": "OK", "warning": "Avertissement", "fault": "Défaut"}[self.value]

    @staticmethod
    def worst(verdicts: "list[Verdict]") -> "Verdict":
        order = [Verdict.OK, Verdict.WARNING, Verdict.FAULT]
        return max(verdicts, key=order.index, default=Verdict.OK)


class SlotRole(enum.Enum):
    """Where a slot sits on a dual-slot SESAM-Vitale reader."""

    VITALE = "vitale"
    CPS = "cps"
    SINGLE = "single"

    @property
    def label(self) -> str:
        return {
            "vitale": "Emplacement Vitale",
            "cps": "Emplacement CPS",
            "single": "Emplacement unique",
        }[self.value]


@dataclass(frozen=True)
class CardReport:
    atr: str  # "3B 75 13 ..."
    atr_valid: bool
    protocols: list[str]
    kind: CardKind
    label: str
    roundtrip_ms: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "atr": self.atr,
            "atr_valid": self.atr_valid,
            "protocols": list(self.protocols),
            "kind": self.kind.value,
            "label": self.label,
            "roundtrip_ms": self.roundtrip_ms,
        }


@dataclass(frozen=True)
class ReaderReport:
    name: str
    vendor: str | None
    firmware: str | None
    serial: str | None
    card: CardReport | None
    verdict: Verdict
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "vendor": self.vendor,
            "firmware": self.firmware,
            "serial": self.serial,
            "card": self.card.to_dict() if self.card else None,
            "verdict": self.verdict.value,
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class DiagnosticReport:
    checked_at: datetime  # aware, local time
    service: str  # "ok" or "unavailable"
    readers: list[ReaderReport]

    @property
    def verdict(self) -> Verdict:
        return Verdict.worst([r.verdict for r in self.readers])

    def to_dict(self) -> dict[str, Any]:
        return {
            "checked_at": self.checked_at.isoformat(timespec="seconds"),
            "service": self.service,
            "readers": [r.to_dict() for r in self.readers],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DiagnosticReport":
        """Back from ``to_dict()`` (a filed diagnostic, to print it again)."""
        readers = []
        for r in data.get("readers", []):
            c = r.get("card")
            card = None
            if c:
                card = CardReport(
                    atr=c["atr"],
                    atr_valid=bool(c["atr_valid"]),
                    protocols=list(c.get("protocols", [])),
                    kind=CardKind(c["kind"]),
                    label=c["label"],
                    roundtrip_ms=c.get("roundtrip_ms"),
                )
            readers.append(
                ReaderReport(
                    name=r["name"],
                    vendor=r.get("vendor"),
                    firmware=r.get("firmware"),
                    serial=r.get("serial"),
                    card=card,
                    verdict=Verdict(r["verdict"]),
                    notes=list(r.get("notes", [])),
                )
            )
        return cls(datetime.fromisoformat(data["checked_at"]), data.get("service", "ok"), readers)


_SLOT_SUFFIX = re.compile(r"^(?P<device>.*\S)\s+(?P<slot>[0-9A-Fa-f]{2})$")


@dataclass(frozen=True)
class Slot:
    reader: str  # the PC/SC reader name of this slot
    role: SlotRole


@dataclass(frozen=True)
class Device:
    """One physical reader and its slots (pcsc-lite names slots "<name> <reader> <slot>")."""

    name: str
    slots: tuple[Slot, ...]


def group_slots(reader_names: list[str]) -> list[Device]:
    """Readers named ``X 00`` / ``X 01`` are the two slots of one device: slot 00 is the
    Vitale slot, slot 01 the CPS slot; a lone reader is a single slot."""
    by_device: dict[str, list[tuple[int, str]]] = {}
    order: list[str] = []
    for name in reader_names:
        m = _SLOT_SUFFIX.match(name)
        device, slot = (m.group("device"), int(m.group("slot"), 16)) if m else (name, 0)
        if device not in by_device:
            by_device[device] = []
            order.append(device)
        by_device[device].append((slot, name))
    devices: list[Device] = []
    for device in order:
        members = sorted(by_device[device])
        if len(members) == 1:
            devices.append(Device(members[0][1], (Slot(members[0][1], SlotRole.SINGLE),)))
            continue
        slots = []
        for i, (_, name) in enumerate(members):
            role = SlotRole.VITALE if i == 0 else SlotRole.CPS if i == 1 else SlotRole.SINGLE
            slots.append(Slot(name, role))
        devices.append(Device(device, tuple(slots)))
    return devices


def slot_role(reader_name: str, reader_names: list[str]) -> SlotRole:
    for device in group_slots(reader_names):
        for slot in device.slots:
            if slot.reader == reader_name:
                return slot.role
    return SlotRole.SINGLE
