"""The diagnostic engine and ``sav-desktop diagnose`` against a real pcscd + vpcd with
virtual cards (tests/pcsc_harness.py). No mock of pyscard."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from sav_desktop.cli import main as cli_main
from sav_desktop.pcsc import PcscEngine, ReaderNotFound, ServiceUnavailable, Verdict
from sav_desktop.pcsc.monitor import EventKind, PcscEvent, StatusWatcher
from tests.pcsc_harness import PcscDaemon, Slots, pcscd_daemon, slots  # noqa: F401 - fixtures

pytestmark = pytest.mark.pcsc

VITALE_1 = "3F 65 25 00 22 09 69 90 00"
VITALE_2 = "3B 75 13 00 00 49 09 EA 90 00"
CPS = "3B AC 00 40 2A 00 12 25 00 64 80 00 03 10 00 90 00"
CPS_V4 = "3B DC 18 FF 00 00 12 25 00 64 80 00 04 01 00 90 00"
UNKNOWN_VALID = "3B 8F 80 01 80 4F 0C A0 00 00 03 06 03 00 01 00 00 00 00 6A"  # a PC/SC storage card
BAD_TS = "3A 65 25 00 22 09 69 90 00"
TRUNCATED = "3B 75 13 00 00 49 09"

SLOT0, SLOT1 = "Virtual PCD 00 00", "Virtual PCD 00 01"


def by_name(report):  # type: ignore[no-untyped-def]
    return {r.name: r for r in report.readers}


def test_vitale_1_inverse_and_cps_in_both_slots_at_once(slots: Slots) -> None:
    slots.insert(0, VITALE_1)
    slots.insert(1, CPS, {bytes.fromhex("00A4"): bytes.fromhex("9000")})
    report = PcscEngine().diagnose()
    assert report.service == "ok"
    readers = by_name(report)
    assert list(readers) == [SLOT0, SLOT1]
    vitale, cps = readers[SLOT0], readers[SLOT1]
    assert vitale.card is not None and cps.card is not None
    assert vitale.card.kind.value == "VITALE" and vitale.card.label == "Carte Vitale 1"
    assert vitale.card.atr == VITALE_1 and vitale.card.atr_valid
    assert vitale.card.protocols == ["T=0"]
    assert cps.card.kind.value == "CPS" and cps.card.label == "Carte CPS"
    for reader in (vitale, cps):
        assert reader.verdict is Verdict.OK, reader.notes
        assert reader.notes == []
        assert reader.card is not None and reader.card.roundtrip_ms is not None
        assert 0 < reader.card.roundtrip_ms < 1000
        # The virtual reader gives no maker/firmware/serial: "non disponible", no error.
        assert (reader.vendor, reader.firmware, reader.serial) == (None, None, None)


def test_vitale_2_and_empty_slot(slots: Slots) -> None:
    slots.insert(0, VITALE_2)
    report = PcscEngine().diagnose()
    vitale, empty = by_name(report)[SLOT0], by_name(report)[SLOT1]
    assert vitale.card is not None and vitale.card.label == "Carte Vitale 2"
    assert vitale.verdict is Verdict.OK
    assert empty.card is None
    assert empty.verdict is Verdict.OK and empty.notes == []


def test_unknown_valid_atr_is_other_with_a_warning(slots: Slots) -> None:
    slots.insert(1, UNKNOWN_VALID)
    reader = PcscEngine().diagnose(reader="00 01").readers[0]
    assert reader.card is not None
    assert reader.card.kind.value == "OTHER" and reader.card.atr_valid
    assert reader.card.protocols == ["T=0", "T=1"]
    assert reader.card.roundtrip_ms is not None
    assert reader.verdict is Verdict.WARNING
    assert any("ni une Carte Vitale ni une carte CPS" in n for n in reader.notes)


def test_invalid_atr_fails_with_protocol_mismatch(slots: Slots) -> None:
    slots.insert(0, BAD_TS)
    reader = PcscEngine().diagnose(reader=SLOT0).readers[0]
    assert reader.verdict is Verdict.FAULT
    assert reader.card is not None and not reader.card.atr_valid
    assert reader.card.roundtrip_ms is None
    assert any("0x8010000F" in n and "SCARD_E_PROTO_MISMATCH" in n for n in reader.notes), reader.notes
    assert any(n.startswith("ATR invalide : TS invalide (3A)") for n in reader.notes)
    assert slots.cards[0].received == []  # nothing reached the card


def test_truncated_atr_is_named_and_still_answers(slots: Slots) -> None:
    slots.insert(0, TRUNCATED)
    reader = PcscEngine().diagnose(reader=SLOT0).readers[0]
    assert reader.card is not None and reader.card.atr == TRUNCATED
    assert not reader.card.atr_valid
    assert reader.verdict is Verdict.WARNING
    assert any("ATR tronqué" in n for n in reader.notes)


def test_card_pulled_out_during_the_exchange(slots: Slots) -> None:
    card = slots.insert(0, CPS_V4, {bytes.fromhex("00A4"): lambda apdu: None})
    reader = PcscEngine().diagnose(reader=SLOT0).readers[0]
    assert reader.verdict is Verdict.FAULT
    assert reader.card is not None and reader.card.roundtrip_ms is None
    assert reader.card.label == "Carte CPS v4"  # the ATR read before still says what it was
    assert any("retirée pendant l'échange" in n and "0x80100069" in n for n in reader.notes), reader.notes
    assert card.received == [bytes.fromhex("00A4000C023F00")]


def test_status_words_other_than_9000_still_count_as_an_answer(slots: Slots) -> None:
    slots.insert(0, VITALE_2, {bytes.fromhex("00A4"): bytes.fromhex("6A82")})
    reader = PcscEngine().diagnose(reader=SLOT0).readers[0]
    assert reader.verdict is Verdict.OK and reader.card is not None
    assert reader.card.roundtrip_ms is not None


def test_no_verify_ever_reaches_a_card(slots: Slots, capsys: pytest.CaptureFixture[str]) -> None:
    v = slots.insert(0, VITALE_2)
    c = slots.insert(1, CPS)
    PcscEngine().diagnose()
    assert cli_main(["diagnose", "--json"]) == 0
    assert cli_main(["diagnose"]) == 0
    capsys.readouterr()
    for card in (v, c):
        assert card.received, "the diagnostic exchanged nothing"
        assert card.verify_commands == []
        assert {apdu[1] for apdu in card.received} == {0xA4}  # SELECT only


def test_unknown_reader_is_an_error_listing_the_readers(slots: Slots) -> None:
    engine = PcscEngine()
    with pytest.raises(ReaderNotFound) as exc:
        engine.diagnose(reader="Ingenico")
    assert exc.value.available == [SLOT0, SLOT1]


# -- the command ---------------------------------------------------------------------------


def test_cli_json_against_virtual_cards(slots: Slots, capsys: pytest.CaptureFixture[str]) -> None:
    slots.insert(0, VITALE_2)
    slots.insert(1, CPS)
    assert cli_main(["diagnose", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"checked_at", "service", "readers"}
    assert out["service"] == "ok"
    assert out["checked_at"][10] == "T" and out["checked_at"][-6] in "+-"  # aware ISO 8601
    assert [r["name"] for r in out["readers"]] == [SLOT0, SLOT1]
    first = out["readers"][0]
    assert set(first) == {"name", "vendor", "firmware", "serial", "card", "verdict", "notes"}
    assert set(first["card"]) == {"atr", "atr_valid", "protocols", "kind", "label", "roundtrip_ms"}
    assert first["card"]["atr"] == VITALE_2
    assert first["card"]["kind"] == "VITALE" and first["card"]["label"] == "Carte Vitale 2"
    assert first["card"]["protocols"] == ["T=0"] and first["card"]["atr_valid"] is True
    assert isinstance(first["card"]["roundtrip_ms"], float)
    assert first["verdict"] == "ok" and first["notes"] == []
    assert first["vendor"] is None and first["firmware"] is None and first["serial"] is None
    assert out["readers"][1]["card"]["kind"] == "CPS"


def test_cli_empty_slot_and_one_reader_by_substring(slots: Slots, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["diagnose", "--json", "--reader", "00 01"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in out["readers"]] == [SLOT1]
    assert out["readers"][0]["card"] is None and out["readers"][0]["verdict"] == "ok"


def test_cli_readable_french_report(slots: Slots, capsys: pytest.CaptureFixture[str]) -> None:
    slots.insert(0, VITALE_1)
    slots.insert(1, BAD_TS)
    assert cli_main(["diagnose"]) == 0
    text = capsys.readouterr().out
    assert "Service PC/SC : disponible" in text
    assert "Lecteur : Virtual PCD 00 00 (emplacement Vitale)" in text
    assert "Carte Vitale 1 (VITALE)" in text
    assert "Fabricant     : non disponible" in text
    assert "Verdict       : Défaut" in text and "0x8010000F" in text
    assert "1 OK, 0 avertissement(s), 1 défaut(s)" in text


def test_cli_exit_2_for_unknown_or_ambiguous_reader(slots: Slots, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["diagnose", "--reader", "Ingenico"]) == 2
    err = capsys.readouterr().err
    assert "lecteur inconnu « Ingenico »" in err
    assert SLOT0 in err and SLOT1 in err
    assert cli_main(["diagnose", "--json", "--reader", "Virtual"]) == 2
    captured = capsys.readouterr()
    assert "ambigu" in captured.err and captured.out == ""


def test_cli_exit_3_when_pcscd_is_stopped(slots: Slots, pcscd_daemon: PcscDaemon) -> None:
    pcscd_daemon.stop()
    env = dict(os.environ, **pcscd_daemon.client_env())
    done = subprocess.run(
        [sys.executable, "-m", "sav_desktop", "diagnose"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 3, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "service PC/SC n'est pas disponible" in lines[0] and "pcscd" in lines[0]
    assert "0x8010001D" in lines[0]
    with pytest.raises(ServiceUnavailable):
        PcscEngine().diagnose()


# -- the watcher (what the panel's monitor runs) --------------------------------------------


def test_watcher_sees_insert_remove_and_recovers_after_restart(slots: Slots, pcscd_daemon: PcscDaemon) -> None:
    import queue
    import threading

    events: queue.Queue[PcscEvent] = queue.Queue()
    watcher = StatusWatcher(events.put, wait_ms=200, retry_s=0.2)
    thread = threading.Thread(target=watcher.run, daemon=True)
    thread.start()

    def next_of(kind: EventKind, timeout: float) -> PcscEvent:
        import time

        deadline = time.monotonic() + timeout
        while True:
            event = events.get(timeout=max(0.01, deadline - time.monotonic()))
            if event.kind is kind:
                return event

    try:
        assert next_of(EventKind.READER_ADDED, 5).reader == SLOT0
        card = slots.insert(1, CPS, wait=False)
        inserted = next_of(EventKind.CARD_INSERTED, 2)
        assert inserted.reader == SLOT1 and inserted.atr == CPS
        slots.remove(card)
        assert next_of(EventKind.CARD_REMOVED, 2).reader == SLOT1
        pcscd_daemon.stop()
        lost = next_of(EventKind.SERVICE_LOST, 3)
        assert "0x8010" in lost.message
        pcscd_daemon.start()
        next_of(EventKind.SERVICE_RESTORED, 5)
        assert next_of(EventKind.READER_ADDED, 2).reader == SLOT0
    finally:
        watcher.stop()
        thread.join(5)
    assert not thread.is_alive()
