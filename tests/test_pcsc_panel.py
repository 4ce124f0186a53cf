"""The "Diagnostic lecteurs" panel with the real pcscd + vpcd: live insert/remove, the
service stopped and restarted while the panel is open, a pass in a worker, PDF read back."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from sav_desktop.pcsc.model import DiagnosticReport, Verdict
from sav_desktop.ui.diagnostics_panel import COL_CARD, COL_VERDICT, DiagnosticsPanel
from tests.pcsc_harness import PcscDaemon, Slots, pcscd_daemon, slots  # noqa: F401 - fixtures

pytestmark = [
    pytest.mark.pcsc,
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

VITALE_2 = "3B 75 13 00 00 49 09 EA 90 00"
CPS = "3B AC 00 40 2A 00 12 25 00 64 80 00 03 10 00 90 00"
BAD_TS = "3A 65 25 00 22 09 69 90 00"
SLOT0, SLOT1 = "Virtual PCD 00 00", "Virtual PCD 00 01"


@pytest.fixture
def panel(qtbot, slots: Slots):  # type: ignore[no-untyped-def]
    filed: list[DiagnosticReport] = []

    def file_handler(report: DiagnosticReport) -> str:
        filed.append(report)
        return "Diagnostic enregistré sur le matériel."

    widget = DiagnosticsPanel(file_handler=file_handler)
    widget.filed = filed  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.readers == [SLOT0, SLOT1], timeout=5000)
    yield widget
    widget.shutdown()


def test_panel_shows_dual_slot_and_follows_cards_within_a_second(qtbot, panel: DiagnosticsPanel, slots: Slots) -> None:
    assert panel.windowTitle() == "Diagnostic lecteurs"
    assert "Service PC/SC disponible" in panel.service_label.text()
    assert panel._slots[SLOT0].title.text() == "Emplacement Vitale"
    assert panel._slots[SLOT1].title.text() == "Emplacement CPS"
    assert panel.slot_text(SLOT0) == "Vide" and panel.slot_text(SLOT1) == "Vide"

    started = time.monotonic()
    vitale = slots.insert(0, VITALE_2, wait=False)
    qtbot.waitUntil(lambda: panel.slot_text(SLOT0) == "Carte Vitale 2", timeout=1000)
    assert time.monotonic() - started < 1.0
    cps = slots.insert(1, CPS, wait=False)
    qtbot.waitUntil(lambda: panel.slot_text(SLOT1) == "Carte CPS", timeout=1000)
    assert panel.slot_state(SLOT1) == "card"

    started = time.monotonic()
    vitale.remove()
    qtbot.waitUntil(lambda: panel.slot_text(SLOT0) == "Vide", timeout=1000)
    assert time.monotonic() - started < 1.0
    cps.remove()
    qtbot.waitUntil(lambda: panel.slot_text(SLOT1) == "Vide", timeout=1000)


def test_panel_survives_pcscd_restart(qtbot, panel: DiagnosticsPanel, slots: Slots, pcscd_daemon: PcscDaemon) -> None:
    slots.insert(0, VITALE_2)
    qtbot.waitUntil(lambda: panel.slot_text(SLOT0) == "Carte Vitale 2", timeout=2000)

    with qtbot.waitSignal(panel.monitor.service_lost, timeout=3000):
        pcscd_daemon.stop()
    assert "Service PC/SC arrêté" in panel.service_label.text()
    assert "se reconnectera tout seul" in panel.service_label.text()
    assert panel.service_ok is False
    # A pass while the service is down says so, in French, without freezing.
    with qtbot.waitSignal(panel.diagnostic_failed, timeout=5000) as failed:
        panel.run_button.click()
    assert "service PC/SC n'est pas disponible" in failed.args[0]
    assert "Diagnostic impossible" in panel.status_label.text()

    started = time.monotonic()
    pcscd_daemon.start()
    with qtbot.waitSignal(panel.monitor.service_restored, timeout=5000):
        pass
    qtbot.waitUntil(lambda: panel.slot_text(SLOT0) == "Carte Vitale 2", timeout=5000)
    assert time.monotonic() - started < 5.0
    assert panel.service_ok is True
    assert "Service PC/SC disponible, 2 lecteurs." == panel.service_label.text()
    assert panel.run_button.isEnabled()


def test_run_diagnostic_in_worker_and_file_it(qtbot, panel: DiagnosticsPanel, slots: Slots) -> None:
    slots.insert(0, VITALE_2)
    slots.insert(1, BAD_TS)
    qtbot.waitUntil(lambda: panel.slot_state(SLOT1) == "warning", timeout=2000)
    assert panel.slot_text(SLOT1) == "Carte présente, ATR invalide"
    assert not panel.file_button.isEnabled()

    with qtbot.waitSignal(panel.diagnostic_finished, timeout=10000) as done:
        panel.run_button.click()
        assert not panel.run_button.isEnabled()  # the GUI thread is not blocked by the pass
    report: DiagnosticReport = done.args[0]
    assert report.verdict is Verdict.FAULT
    assert panel.table.rowCount() == 2
    assert panel.table.item(0, COL_CARD).text() == "Carte Vitale 2"
    assert panel.table.item(0, COL_VERDICT).text() == "OK"
    assert panel.table.item(1, COL_VERDICT).text() == "Défaut"
    assert panel.slot_state(SLOT1) == "fault"
    assert panel.file_button.isEnabled() and panel.pdf_button.isEnabled()

    with qtbot.waitSignal(panel.file_requested, timeout=1000) as requested:
        panel.file_button.click()
    assert requested.args[0] is report
    assert panel.filed == [report]  # type: ignore[attr-defined]
    assert panel.status_label.text() == "Diagnostic enregistré sur le matériel."


def test_pdf_report_reads_back(qtbot, panel: DiagnosticsPanel, slots: Slots, tmp_path: Path) -> None:
    slots.insert(0, VITALE_2)
    slots.insert(1, CPS)
    with qtbot.waitSignal(panel.diagnostic_finished, timeout=10000):
        panel.run_diagnostic()
    target = tmp_path / "diagnostic.pdf"
    panel.ask_pdf_path = lambda: str(target)
    with qtbot.waitSignal(panel.pdf_exported, timeout=5000):
        panel.pdf_button.click()
    reader = PdfReader(str(target))
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    flat = " ".join(text.split())
    assert "Rapport de diagnostic des lecteurs de cartes" in flat
    assert "Virtual PCD 00 00" in flat and "Virtual PCD 00 01" in flat
    assert "Carte Vitale 2" in flat and "Carte CPS" in flat
    assert VITALE_2 in flat
    assert "non disponible" in flat
    assert "Aucune donnée personnelle" in flat
    # Text at a readable size: an A4 page holds it, not three times too small.
    page = reader.pages[0]
    assert 590 < float(page.mediabox.width) < 600

    panel.export_pdf(str(target), asset_label="TPE Ingenico SN 12345", operator="Marie")
    flat = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(str(target)).pages).split())
    assert "TPE Ingenico SN 12345" in flat and "Marie" in flat


def test_panel_without_pyscard_says_what_to_install(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """No pcscd needed: the app starts without pyscard and says so in French."""
    import sys

    from sav_desktop.pcsc import backend

    monkeypatch.setattr(backend, "_scard", None)
    monkeypatch.setitem(sys.modules, "smartcard", None)
    panel = DiagnosticsPanel()
    qtbot.addWidget(panel)
    try:
        qtbot.waitUntil(lambda: panel.service_ok is False, timeout=3000)
        text = panel.service_label.text()
        assert text.startswith("Diagnostic indisponible sur ce poste.")
        assert "pyscard n'est pas installé" in text and "pip install" in text
        with qtbot.waitSignal(panel.diagnostic_failed, timeout=3000) as failed:
            panel.run_button.click()
        assert "pyscard" in failed.args[0]
    finally:
        panel.shutdown()
