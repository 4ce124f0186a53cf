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
    CONTACTLESS = "contactless"

    @property
    def label(self) -> str:
        return {
            "vitale": "Emplacement Vitale",
            "cps": "Emplacement CPS",
            "single": "Emplacement unique",
            "contactless": "Sans contact",
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
    # Virtual readers (TPM smart cards, Windows Hello) seen but never diagnosed: shown apart.
    ignored: tuple[str, ...] = ()

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


# How PC/SC stacks name readers.
# pcsc-lite: "<name> <reader index> <slot>", two hex bytes: "Virtual PCD 00 01".
_PCSCLITE_NAME = re.compile(r"^(?P<device>.*\S\s+[0-9A-Fa-f]{2})\s+(?P<slot>[0-9A-Fa-f]{2})$")
# Windows: "<friendly name> <index>", one decimal number: "Identiv uTrust 2700 R Smart Card Reader 0".
# A dual-slot CCID reader shows its slots as "X 0" and "X 1".
_WINDOWS_NAME = re.compile(r"^(?P<device>.*\S)\s+(?P<slot>\d{1,2})$")
# The two interfaces of a contact + contactless reader ("... Contact Reader 0" /
# "... Contactless Reader 0", "OMNIKEY 5422" / "OMNIKEY 5422CL", "... PICC 0").
_CONTACTLESS_WORD = re.compile(r"(?i)(\bcontactless\b|\bsans contact\b|\bPICC\b|(?<=\w)CL\b|\bCL\b)")
_CONTACT_WORD = re.compile(r"(?i)\bcontact\b|\bICC\b")
# Readers that are not card readers at all: the TPM's virtual smart cards and Windows Hello.
_VIRTUAL_READER = re.compile(
    r"(?i)(microsoft virtual smart card|windows hello for business|\bvirtual smart card\b|\bTPM\b|microsoft ifd)"
)


def is_virtual_reader(reader_name: str) -> bool:
    """A TPM virtual smart card or Windows Hello "reader": listed apart, never diagnosed."""
    return bool(_VIRTUAL_READER.search(reader_name))


def virtual_readers(reader_names: list[str]) -> list[str]:
    return [n for n in reader_names if is_virtual_reader(n)]


def physical_readers(reader_names: list[str]) -> list[str]:
    return [n for n in reader_names if not is_virtual_reader(n)]


@dataclass(frozen=True)
class Slot:
    reader: str  # the PC/SC reader name of this slot
    role: SlotRole


@dataclass(frozen=True)
class Device:
    """One physical reader and its slots (pcsc-lite names slots "<name> <reader> <slot>",
    Windows "<name> <index>")."""

    name: str
    slots: tuple[Slot, ...]


def _split_name(name: str) -> tuple[str, int]:
    """(device, slot number) of one PC/SC reader name, for pcsc-lite and Windows names."""
    m = _PCSCLITE_NAME.match(name) or _WINDOWS_NAME.match(name)
    if m is None:
        return name, 0
    base = 16 if m.re is _PCSCLITE_NAME else 10
    return m.group("device"), int(m.group("slot"), base)


def _interface_key(device: str) -> tuple[str, bool]:
    """For a contact/contactless pair: the name without the interface word, and whether
    this one is the contactless interface (a name with no such word may be the contact one)."""
    if _CONTACTLESS_WORD.search(device):
        return " ".join(_CONTACTLESS_WORD.sub(" ", device).split()), True
    return " ".join(_CONTACT_WORD.sub(" ", device).split()), False


def group_slots(reader_names: list[str]) -> list[Device]:
    """The physical readers and their slots (virtual TPM/Windows Hello readers left out).

    Readers named ``X 00`` / ``X 01`` (pcsc-lite) or ``X 0`` / ``X 1`` (Windows) are the two
    slots of one device: the first is the Vitale slot, the second the CPS slot; a lone
    reader is a single slot. The contact and contactless interfaces of one reader
    (``… Contact Reader 0`` / ``… Contactless Reader 0``) are one device: its contact slot
    (single) and its contactless one.
    """
    by_device: dict[str, list[tuple[int, str]]] = {}
    order: list[str] = []
    for name in physical_readers(reader_names):
        device, slot = _split_name(name)
        if device not in by_device:
            by_device[device] = []
            order.append(device)
        by_device[device].append((slot, name))
    # Contact + contactless interfaces of one reader, each a single slot.
    pairs: dict[str, dict[bool, str]] = {}
    for device in order:
        if len(by_device[device]) == 1:
            key, contactless = _interface_key(device)
            pairs.setdefault(key, {})[contactless] = device
    merged: dict[str, tuple[str, str]] = {}
    for key, sides in pairs.items():
        if True in sides and False in sides:
            merged[sides[False]] = (sides[True], key)
    absorbed = {cl for cl, _ in merged.values()}
    devices: list[Device] = []
    for device in order:
        if device in absorbed:
            continue
        members = sorted(by_device[device])
        if device in merged:
            contactless_device, shared_name = merged[device]
            slots = (
                Slot(members[0][1], SlotRole.SINGLE),
                Slot(by_device[contactless_device][0][1], SlotRole.CONTACTLESS),
            )
            devices.append(Device(shared_name, slots))
            continue
        if len(members) == 1:
            devices.append(Device(members[0][1], (Slot(members[0][1], SlotRole.SINGLE),)))
            continue
        slots_list = []
        for i, (_, name) in enumerate(members):
            role = SlotRole.VITALE if i == 0 else SlotRole.CPS if i == 1 else SlotRole.SINGLE
            slots_list.append(Slot(name, role))
        devices.append(Device(device, tuple(slots_list)))
    return devices


def slot_role(reader_name: str, reader_names: list[str]) -> SlotRole:
    for device in group_slots(reader_names):
        for slot in device.slots:
            if slot.reader == reader_name:
                return slot.role
    return SlotRole.SINGLE
