"""Reader names as Windows' smart-card service gives them: slots, interfaces, virtual readers.

The names are those Windows 10/11 shows (the friendly name of the reader followed by an
instance number), not pcsc-lite's "<name> <reader> <slot>".
"""

from __future__ import annotations

from sav_desktop.pcsc.engine import _decode_version
from sav_desktop.pcsc.model import (
    SlotRole,
    group_slots,
    is_virtual_reader,
    physical_readers,
    slot_role,
    virtual_readers,
)
from sav_desktop.pcsc.text import format_report
from sav_desktop.pcsc.model import DiagnosticReport

WINDOWS_DESK = [
    "Kapelse eS-KAP-Ad 0",
    "Kapelse eS-KAP-Ad 1",
    "Microsoft Virtual Smart Card 0",
    "Windows Hello for Business 1",
    "Identiv uTrust 2700 R Smart Card Reader 0",
]


def roles(names: list[str]) -> list[tuple[str, list[str]]]:
    return [(d.name, [s.role.value for s in d.slots]) for d in group_slots(names)]


def test_windows_dual_slot_reader_gets_vitale_and_cps_slots() -> None:
    devices = group_slots(WINDOWS_DESK)
    assert [d.name for d in devices] == ["Kapelse eS-KAP-Ad", "Identiv uTrust 2700 R Smart Card Reader 0"]
    assert [s.role for s in devices[0].slots] == [SlotRole.VITALE, SlotRole.CPS]
    assert [s.reader for s in devices[0].slots] == ["Kapelse eS-KAP-Ad 0", "Kapelse eS-KAP-Ad 1"]
    assert devices[1].slots[0].role is SlotRole.SINGLE
    assert slot_role("Kapelse eS-KAP-Ad 1", WINDOWS_DESK) is SlotRole.CPS


def test_tpm_and_windows_hello_are_not_readers() -> None:
    assert virtual_readers(WINDOWS_DESK) == ["Microsoft Virtual Smart Card 0", "Windows Hello for Business 1"]
    assert "Microsoft Virtual Smart Card 0" not in physical_readers(WINDOWS_DESK)
    every_slot = [s.reader for d in group_slots(WINDOWS_DESK) for s in d.slots]
    assert not any(is_virtual_reader(r) for r in every_slot)
    # The vpcd virtual reader the tests use is a real PC/SC reader, not a TPM one.
    assert not is_virtual_reader("Virtual PCD 00 00")


def test_contact_and_contactless_interfaces_are_one_device() -> None:
    assert roles(["Identive CLOUD 4700 F Contact Reader 0", "Identive CLOUD 4700 F Contactless Reader 0"]) == [
        ("Identive CLOUD 4700 F Reader", ["single", "contactless"])
    ]
    assert roles(["HID Global OMNIKEY 5422 Smartcard Reader 0", "HID Global OMNIKEY 5422CL Smartcard Reader 0"]) == [
        ("HID Global OMNIKEY 5422 Smartcard Reader", ["single", "contactless"])
    ]


def test_two_distinct_single_readers_stay_apart() -> None:
    assert roles(["Alcor Micro USB Smart Card Reader 0", "Gemalto PC Twin Reader 0"]) == [
        ("Alcor Micro USB Smart Card Reader 0", ["single"]),
        ("Gemalto PC Twin Reader 0", ["single"]),
    ]


def test_pcsc_lite_names_unchanged() -> None:
    assert roles(["Virtual PCD 00 00", "Virtual PCD 00 01", "Solo 01 00"]) == [
        ("Virtual PCD 00", ["vitale", "cps"]),
        ("Solo 01 00", ["single"]),
    ]


def test_firmware_decoding_follows_the_stack() -> None:
    # pcsc-lite CCID: bcdDevice 0x0204 in the high word -> "2.04".
    linux = list((0x0204_0000).to_bytes(4, "little"))
    assert _decode_version(linux, windows=False) == "2.04"
    # Windows vendor drivers: plain numbers, major 10, minor 12, build 345.
    windows = list(((10 << 24) | (12 << 16) | 345).to_bytes(4, "little"))
    assert _decode_version(windows, windows=True) == "10.12.345"
    assert _decode_version(list(b"1.30\x00"), windows=True) == "1.30"
    assert _decode_version([0, 0, 0, 0], windows=True) is None


def test_report_lists_virtual_readers_apart() -> None:
    from datetime import datetime, timezone

    report = DiagnosticReport(datetime(2026, 12, 1, tzinfo=timezone.utc), "ok", [], ("Windows Hello for Business 1",))
    text = format_report(report)
    assert "Lecteurs virtuels ignorés" in text and "Windows Hello for Business 1" in text
    assert set(report.to_dict()) == {"checked_at", "service", "readers"}
