"""ATR parsing and card identification (R-81): pure, no pcscd, no pyscard."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sav_desktop.domain.atr import (
    CardKind,
    Convention,
    format_atr,
    identify_card,
    parse_atr,
    parse_hex,
)
from sav_desktop.pcsc.codes import describe, format_code
from sav_desktop.pcsc.engine import SELECT_MF, UnsafeApdu, check_harmless, match_reader
from sav_desktop.pcsc.errors import ReaderNotFound
from sav_desktop.pcsc.model import SlotRole, Verdict, group_slots

VITALE_1 = "3F 65 25 00 22 09 69 90 00"
VITALE_2 = "3B 75 13 00 00 49 09 EA 90 00"
CPS = "3B AC 00 40 2A 00 12 25 00 64 80 00 03 10 00 90 00"
CPS_V4 = "3B DC 18 FF 00 00 12 25 00 64 80 00 04 01 00 90 00"
CPS_V3_CONTACTLESS = "3B 8F 80 01 00 31 B8 64 04 B0 EC C1 73 94 01 80 82 90 00 0E"


def atr(text: str) -> bytes:
    return parse_hex(text)


@pytest.mark.parametrize(
    ("text", "kind", "label"),
    [
        (VITALE_1, CardKind.VITALE, "Carte Vitale 1"),
        ("3F 65 25 00 2C 09 F9 90 00", CardKind.VITALE, "Carte Vitale 1"),
        ("3F 65 25 00 52 09 6A 90 00", CardKind.VITALE, "Carte Vitale 1"),
        ("3F 65 25 00 A4 09 6A 90 00", CardKind.VITALE, "Carte Vitale 1"),
        (VITALE_2, CardKind.VITALE, "Carte Vitale 2"),
        ("3B 75 13 00 00 4C 09 EA 90 00", CardKind.VITALE, "Carte Vitale 2"),
        ("3B 75 13 00 00 45 09 FA 90 00", CardKind.VITALE, "Carte Vitale 2"),
        (CPS, CardKind.CPS, "Carte CPS"),
        ("3B AC 00 40 2A 00 12 25 00 64 80 82 02 12 00 90 00", CardKind.CPS, "Carte CPS"),
        (CPS_V4, CardKind.CPS, "Carte CPS v4"),
        (CPS_V3_CONTACTLESS, CardKind.CPS, "Carte CPS v3 (sans contact)"),
        ("3B 75 13 00 00 4A 09 EA 90 00", CardKind.OTHER, "Carte non reconnue"),  # 4A not listed
        ("3B 8F 80 01 80 4F 0C A0 00 00 03 06 03 00 01 00 00 00 00 6A", CardKind.OTHER, "Carte non reconnue"),
    ],
)
def test_r81_card_kind_by_atr_alone(text: str, kind: CardKind, label: str) -> None:
    identity = identify_card(atr(text))
    assert identity.kind is kind
    assert identity.label == label


def test_r81_unlisted_cps_generation_recognised_by_historical_stem() -> None:
    # Same structure as a CPS v4, other version bytes: the historical stem says CPS.
    identity = identify_card(atr("3B DC 18 FF 00 00 12 25 00 64 80 00 05 01 00 90 00"))
    assert identity.kind is CardKind.CPS


def test_vitale_1_is_inverse_convention_t0() -> None:
    parsed = parse_atr(atr(VITALE_1))
    assert parsed.valid
    assert parsed.convention is Convention.INVERSE
    assert parsed.t0 == 0x65
    assert parsed.interface[0].tb == 0x25 and parsed.interface[0].tc == 0x00
    assert parsed.interface[0].ta is None and parsed.interface[0].td is None
    assert parsed.protocol_names == ["T=0"]
    assert parsed.historical == atr("22 09 69 90 00")
    assert parsed.tck is None and not parsed.tck_required


def test_vitale_2_is_direct_convention_with_ta1() -> None:
    parsed = parse_atr(atr(VITALE_2))
    assert parsed.valid and parsed.convention is Convention.DIRECT
    assert parsed.interface[0].ta == 0x13
    assert parsed.historical == atr("49 09 EA 90 00")


def test_cps_td1_announces_t0_and_tc2() -> None:
    parsed = parse_atr(atr(CPS))
    assert parsed.valid
    assert parsed.interface[0].td == 0x40
    assert parsed.interface[1].tc == 0x2A
    assert parsed.protocols == (0,)
    assert len(parsed.historical) == 12


def test_t1_atr_has_a_checked_tck() -> None:
    parsed = parse_atr(atr(CPS_V3_CONTACTLESS))
    assert parsed.valid
    assert parsed.protocol_names == ["T=0", "T=1"]
    assert parsed.tck_required and parsed.tck == 0x0E
    assert len(parsed.historical) == 15


def test_wrong_tck_is_named() -> None:
    parsed = parse_atr(atr(CPS_V3_CONTACTLESS[:-2] + "0F"))
    assert not parsed.valid
    assert any("TCK incorrect (0F)" in p for p in parsed.problems)


@pytest.mark.parametrize(
    "text",
    ["3B 75 13 00 00 49 09", "3B 75 13", "3B", CPS_V3_CONTACTLESS[:-3], "3B 8F 80 01"],
)
def test_truncated_atr_is_named(text: str) -> None:
    parsed = parse_atr(atr(text))
    assert not parsed.valid and parsed.truncated
    assert any(p.startswith("ATR tronqué") for p in parsed.problems)
    assert identify_card(atr(text)).kind is CardKind.OTHER


def test_bad_ts_is_named() -> None:
    parsed = parse_atr(atr("3A 65 25 00 22 09 69 90 00"))
    assert parsed.convention is None
    assert parsed.problems[0].startswith("TS invalide (3A)")


def test_extra_bytes_and_empty_atr() -> None:
    assert "octets en trop" in parse_atr(atr(VITALE_2 + " 00")).problems[0]
    assert parse_atr(b"").problems == ("ATR vide",)


def test_only_t15_announces_no_protocol() -> None:
    parsed = parse_atr(atr("3B 80 0F 8F"))  # TCK right (80^0F^8F = 0)
    assert parsed.protocols == ()
    assert "aucun protocole" in parsed.problems[0]


def test_format_and_parse_hex() -> None:
    assert format_atr(b"\x3b\x75\x0a") == "3B 75 0A"
    assert parse_hex("3b:75-0a 00") == b"\x3b\x75\x0a\x00"
    with pytest.raises(ValueError):
        parse_hex("3B 7")


@given(st.binary(max_size=40))
def test_parser_never_raises_and_round_trips(raw: bytes) -> None:
    parsed = parse_atr(raw)
    assert parsed.raw == raw
    assert parse_hex(parsed.hex) == raw
    identify_card(raw)


@given(
    hist=st.binary(max_size=15),
    ta=st.none() | st.integers(0, 255),
    tc=st.none() | st.integers(0, 255),
    t1=st.booleans(),
)
def test_well_formed_atrs_are_valid(hist: bytes, ta: int | None, tc: int | None, t1: bool) -> None:
    y = (1 if ta is not None else 0) | (4 if tc is not None else 0) | (8 if t1 else 0)
    body = bytes([(y << 4) | len(hist)])
    body += bytes(b for b in (ta, tc) if b is not None)
    if t1:
        body += b"\x01"
    body += hist
    raw = b"\x3b" + body
    if t1:
        tck = 0
        for b in body:
            tck ^= b
        raw += bytes([tck])
    parsed = parse_atr(raw)
    assert parsed.valid, parsed.problems
    assert parsed.historical == hist
    assert parsed.protocol_names == (["T=1"] if t1 else ["T=0"])


def test_only_harmless_apdus_leave_the_engine() -> None:
    check_harmless(SELECT_MF)
    with pytest.raises(UnsafeApdu, match="PIN"):
        check_harmless(bytes.fromhex("0020000008 3132333400000000".replace(" ", "")))
    with pytest.raises(UnsafeApdu):
        check_harmless(bytes.fromhex("00B0000000"))  # READ BINARY: could read personal data


def test_error_codes_are_carried_in_french() -> None:
    assert format_code(-2146435057) == "0x8010000F"  # pyscard's signed form
    assert "0x8010000F" in describe(0x8010000F) and "protocole" in describe(0x8010000F)
    assert "0x8010000B" in describe(0x8010000B) and "autre programme" in describe(0x8010000B)
    assert describe(0x80100099) == "erreur PC/SC 0x80100099"


def test_reader_matching() -> None:
    names = ["Virtual PCD 00 00", "Virtual PCD 00 01", "Kapelse eS-KAP-Ad 00 00"]
    assert match_reader("Virtual PCD 00 01", names) == "Virtual PCD 00 01"
    assert match_reader("kapelse", names) == "Kapelse eS-KAP-Ad 00 00"
    with pytest.raises(ReaderNotFound) as ambiguous:
        match_reader("Virtual", names)
    assert ambiguous.value.matches == names[:2]
    with pytest.raises(ReaderNotFound) as unknown:
        match_reader("Ingenico", names)
    assert unknown.value.available == names and not unknown.value.matches


def test_dual_slot_grouping() -> None:
    devices = group_slots(["Virtual PCD 00 00", "Virtual PCD 00 01", "Solo 01 00"])
    assert [d.name for d in devices] == ["Virtual PCD 00", "Solo 01 00"]
    assert [s.role for s in devices[0].slots] == [SlotRole.VITALE, SlotRole.CPS]
    assert devices[1].slots[0].role is SlotRole.SINGLE


def test_worst_verdict() -> None:
    assert Verdict.worst([Verdict.OK, Verdict.FAULT, Verdict.WARNING]) is Verdict.FAULT
    assert Verdict.worst([]) is Verdict.OK


def test_app_imports_without_pyscard() -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['smartcard'] = None\n"
        "from sav_desktop.pcsc import PcscEngine, PyscardMissing\n"
        "try:\n    PcscEngine().diagnose()\nexcept PyscardMissing as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pyscard n'est pas installé" in out.stdout
