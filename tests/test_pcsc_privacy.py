"""R-81 (issue 12.4): a diagnostic stores nothing personal. A virtual Vitale card whose answers
carry a holder's name and NIR goes through a real diagnostic pass (pcscd + vpcd), filed on a
device; neither the name nor the NIR is anywhere in the whole database file (and its WAL), nor
in the support log."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from sav_desktop.domain.records import AssetInput
from sav_desktop.pcsc.engine import SELECT_MF
from sav_desktop.services import support_log
from sav_desktop.services.desk import Desk
from sav_desktop.services.diagnostics import file_at_desk
from sav_desktop.store.db import open_database
from tests.pcsc_harness import pcscd_daemon, slots  # noqa: F401 - fixtures

HOLDER = "MARTINEZ-LOPEZ CELESTINE"
NIR = "2850578006084"
VITALE_ATR = "3F 65 25 00 22 09 69 90 00"


def test_a_card_holders_name_is_nowhere_after_a_filed_diagnostic(
        tmp_path: Path, slots, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    monkeypatch.setenv(support_log.LOG_DIR_ENV, str(tmp_path / "journal"))
    monkeypatch.setattr(support_log.log, "level", support_log.log.level)  # put back afterwards
    log_file = support_log.setup_logging(logging.DEBUG)  # everything that is logged at all
    assert log_file is not None
    path = tmp_path / "sav.sqlite3"
    db = open_database(f"sqlite:///{path}")
    desk = Desk.trusted(db, "Marie")
    asset_id = desk.register_asset(AssetInput("MOVE5000_WIFI", "SN-DIAG-R81")).id

    # Every answer of the card carries the holder's identity (the engine sends SELECT MF only).
    personal = f"{HOLDER};{NIR}".encode("ascii")
    answers = {SELECT_MF: personal + b"\x90\x00", b"\x00": personal + b"\x90\x00"}
    slots.insert(0, VITALE_ATR, answers)
    from sav_desktop.pcsc import PcscEngine

    report = PcscEngine().diagnose()
    filed = file_at_desk(desk, asset_id, report, reader="Virtual PCD 00 00")
    assert filed.verdict == "ok" and filed.readers[0].card_label == "Carte Vitale 1"
    assert desk.asset_detail(asset_id).timeline[0].summary.startswith("Diagnostic lecteur (OK)")
    db.dispose()
    support_log.log.info("diagnostic classé")
    for h in support_log.log.handlers:
        h.flush()

    needles = [HOLDER.encode("ascii"), NIR.encode("ascii"), b"MARTINEZ", HOLDER.encode("utf-16-le"),
               personal.hex().encode("ascii"), personal.hex().upper().encode("ascii"),
               " ".join(f"{b:02X}" for b in personal[:8]).encode("ascii")]
    files = [p for p in tmp_path.glob("sav.sqlite3*") if p.is_file()] + [log_file]
    assert path in files
    for f in files:
        data = f.read_bytes()
        for needle in needles:
            assert needle not in data, f"{needle!r} found in {f.name}"
    assert "diagnostic classé" in log_file.read_text(encoding="utf-8")
