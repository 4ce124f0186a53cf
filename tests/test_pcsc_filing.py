"""Filing a reader diagnostic on an asset: timeline, diagnostic history, PDF again (R-81)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from sav_desktop.domain.atr import CardKind
from sav_desktop.domain.errors import NotFoundError, ValidationError
from sav_desktop.domain.records import AssetInput
from sav_desktop.pcsc.model import CardReport, DiagnosticReport, ReaderReport, Verdict
from sav_desktop.services.desk import Desk
from sav_desktop.services.diagnostics import (
    DIAGNOSTIC_ACTION,
    diagnostic_history,
    file_at_desk,
    file_diagnostic,
    history_at_desk,
)
from sav_desktop.store.db import open_database
from tests.pcsc_harness import pcscd_daemon, slots  # noqa: F401 - fixtures

CHECKED_AT = datetime(2026, 11, 23, 18, 16, 6, tzinfo=timezone(timedelta(hours=1)))


def sample_report() -> DiagnosticReport:
    return DiagnosticReport(
        checked_at=CHECKED_AT,
        service="ok",
        readers=[
            ReaderReport(
                "Virtual PCD 00 00", None, None, None,
                CardReport("3B 75 13 00 00 49 09 EA 90 00", True, ["T=0"], CardKind.VITALE, "Carte Vitale 2", 4.2),
                Verdict.OK, [],
            ),
            ReaderReport(
                "Virtual PCD 00 01", None, None, None,
                CardReport("3A 65 25 00 22 09 69 90 00", False, ["T=0"], CardKind.OTHER, "Carte non reconnue", None),
                Verdict.FAULT,
                ["connexion à la carte impossible : protocole incompatible (SCARD_E_PROTO_MISMATCH, 0x8010000F)"],
            ),
        ],
    )


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    db = open_database(f"sqlite:///{tmp_path / 'sav.sqlite3'}")
    return Desk.trusted(db, "Marie")


@pytest.fixture
def asset_id(desk: Desk) -> int:
    return desk.register_asset(AssetInput("MOVE5000_WIFI", "SN-DIAG-001")).id


def test_filed_diagnostic_is_on_the_timeline_and_in_the_history(desk: Desk, asset_id: int) -> None:
    filed = file_at_desk(desk, asset_id, sample_report())
    assert filed.operator == "Marie"
    assert filed.verdict == "fault"
    assert filed.checked_at == "2026-11-23T18:16:06+01:00"
    assert [r.name for r in filed.readers] == ["Virtual PCD 00 00", "Virtual PCD 00 01"]
    assert filed.readers[0].atr == "3B 75 13 00 00 49 09 EA 90 00"
    assert filed.readers[1].notes and "0x8010000F" in filed.readers[1].notes[0]

    timeline = desk.asset_detail(asset_id).timeline
    entry = timeline[0]
    assert entry.action == DIAGNOSTIC_ACTION and entry.user_name == "Marie"
    assert entry.summary.startswith("Diagnostic lecteur (défaut)")
    assert "Virtual PCD 00 00 : Carte Vitale 2, OK" in entry.summary

    history = history_at_desk(desk, asset_id)
    assert len(history) == 1 and history[0].readers == filed.readers


def test_file_one_reader_only_and_history_order(desk: Desk, asset_id: int) -> None:
    file_at_desk(desk, asset_id, sample_report())
    file_at_desk(desk, asset_id, sample_report(), reader="Virtual PCD 00 00")
    history = history_at_desk(desk, asset_id)
    assert [h.verdict for h in history] == ["ok", "fault"]  # newest first
    assert [r.name for r in history[0].readers] == ["Virtual PCD 00 00"]


def test_filing_refuses_unknown_asset_or_reader_and_writes_nothing(desk: Desk, asset_id: int) -> None:
    with pytest.raises(NotFoundError):
        file_at_desk(desk, 999_999, sample_report())
    with pytest.raises(ValidationError) as exc:
        file_at_desk(desk, asset_id, sample_report(), reader="Ingenico")
    assert exc.value.fields == ["diagnostic.lecteur"]
    with desk.unit_of_work() as uow:
        assert diagnostic_history(uow, asset_id) == ()


def test_r81_nothing_personal_is_stored(desk: Desk, asset_id: int) -> None:
    filed = file_at_desk(desk, asset_id, sample_report())
    stored = json.dumps(filed.report)
    allowed = {"checked_at", "service", "readers", "verdict"}
    assert set(filed.report) == allowed
    for reader in filed.report["readers"]:
        assert set(reader) == {"name", "vendor", "firmware", "serial", "card", "verdict", "notes"}
    assert "nir" not in stored.lower() and "nom" not in stored.lower()


def test_filed_diagnostic_prints_again_as_pdf(qapp, desk: Desk, asset_id: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from sav_desktop.ui.diagnostics_panel import DiagnosticsPanel

    with desk.unit_of_work() as uow:
        file_diagnostic(uow, asset_id, sample_report())
        uow.commit()
    filed = history_at_desk(desk, asset_id)[0]
    panel = DiagnosticsPanel(start_monitor=False)
    try:
        panel.show_report(DiagnosticReport.from_dict(filed.report))
        detail = desk.asset_detail(asset_id)
        target = tmp_path / "filed.pdf"
        panel.export_pdf(str(target), asset_label=f"{detail.asset_tag} n° {detail.serial}", operator=filed.operator)
    finally:
        panel.shutdown()
        panel.deleteLater()
    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(str(target)).pages).split())
    assert "SN-DIAG-001" in text and "Marie" in text
    assert "3A 65 25 00 22 09 69 90 00 (invalide)" in text
    assert "0x8010000F" in text
    assert "23/11/2026 18:16:06" in text


def test_panel_files_through_the_desk(qtbot, desk: Desk, asset_id: int, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from sav_desktop.ui import diagnostics_panel as module

    tag = desk.asset_detail(asset_id).asset_tag
    panel = module.DiagnosticsPanel(start_monitor=False)
    qtbot.addWidget(panel)
    panel.file_handler = module.desk_file_handler(desk, panel)
    panel.show_report(sample_report())

    monkeypatch.setattr(module.AssetChooser, "ask", classmethod(lambda cls, parent: "INCONNU"))
    assert panel.file_report() == "Aucun matériel ne correspond à « INCONNU »."
    monkeypatch.setattr(module.AssetChooser, "ask", classmethod(lambda cls, parent: tag))
    message = panel.file_report()
    assert message is not None and message.startswith(f"Diagnostic enregistré sur le matériel {tag}")
    assert message.endswith("(défaut).")
    assert panel.status_label.text() == message
    assert desk.asset_detail(asset_id).timeline[0].action == DIAGNOSTIC_ACTION
    panel.shutdown()


def test_real_pass_filed_on_an_asset(desk: Desk, asset_id: int, slots) -> None:  # type: ignore[no-untyped-def]
    from sav_desktop.pcsc import PcscEngine

    slots.insert(0, "3F 65 25 00 22 09 69 90 00")
    filed = file_at_desk(desk, asset_id, PcscEngine().diagnose(), reader="Virtual PCD 00 00")
    assert filed.verdict == "ok"
    assert filed.readers[0].card_label == "Carte Vitale 1"
    assert desk.asset_detail(asset_id).timeline[0].summary == (
        "Diagnostic lecteur (OK) : Virtual PCD 00 00 : Carte Vitale 1, OK"
    )
