"""Figures for the diagnostics: time of one ``diagnose`` pass, and the delay between a card
insertion and the panel showing it.

    python -m sav_desktop.pcsc.bench                 # passes over the readers plugged in
    python -m sav_desktop.pcsc.bench --virtual       # dev checkout, root, Linux: a private
                                                     # pcscd + vpcd with two virtual cards
                                                     # (tests/pcsc_harness.py), passes over the
                                                     # two slots and insertion -> panel delays
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from .engine import PcscEngine

VITALE_2 = "3B 75 13 00 00 49 09 EA 90 00"
CPS = "3B AC 00 40 2A 00 12 25 00 64 80 00 03 10 00 90 00"


def time_passes(engine: PcscEngine, passes: int) -> list[float]:
    """Milliseconds of each of ``passes`` full diagnostic passes."""
    timings = []
    for _ in range(passes):
        started = time.perf_counter()
        engine.diagnose()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def describe(label: str, values_ms: list[float]) -> str:
    return (
        f"{label} : médiane {statistics.median(values_ms):.1f} ms, min {min(values_ms):.1f} ms, "
        f"max {max(values_ms):.1f} ms ({len(values_ms)} mesures)"
    )


def insertion_delays(
    insert: Callable[[], object], remove: Callable[[object], None], reader: str, repeats: int
) -> list[float]:
    """Milliseconds from ``insert()`` returning to the panel's slot no longer showing "Vide"."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from ..ui.diagnostics_panel import DiagnosticsPanel

    app = QApplication.instance() or QApplication([])
    panel = DiagnosticsPanel()

    def spin_until(condition: Callable[[], bool], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("le panneau n'a pas suivi")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    delays = []
    try:
        spin_until(lambda: reader in panel.readers, 5)
        for _ in range(repeats):
            card = insert()
            started = time.perf_counter()
            spin_until(lambda: panel.slot_text(reader) != "Vide", 5)
            delays.append((time.perf_counter() - started) * 1000)
            remove(card)
            spin_until(lambda: panel.slot_text(reader) == "Vide", 5)
    finally:
        panel.shutdown()
        panel.deleteLater()
    return delays


def _load_harness() -> ModuleType:
    root = Path(__file__).resolve().parents[2]
    if not (root / "tests" / "pcsc_harness.py").exists():
        raise SystemExit("--virtual a besoin d'une copie de développement (tests/pcsc_harness.py)")
    sys.path.insert(0, str(root))
    import tests.pcsc_harness as harness  # noqa: PLC0415

    return harness


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--passes", type=int, default=50)
    parser.add_argument("--inserts", type=int, default=10)
    parser.add_argument("--virtual", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    if not args.virtual:
        print(describe("Passage de diagnostic", time_passes(PcscEngine(), args.passes)))
        return 0

    harness = _load_harness()
    daemon = harness.PcscDaemon()
    daemon.start()
    os.environ.update(daemon.client_env())
    cards = []
    try:
        for slot, atr in enumerate((VITALE_2, CPS)):
            cards.append(harness.VirtualCard(atr=harness.hexbytes(atr), port=daemon.ports[slot]).insert())
        engine = PcscEngine()
        deadline = time.monotonic() + 5
        while not all(r.card for r in engine.diagnose().readers):
            if time.monotonic() > deadline:
                raise SystemExit("les cartes virtuelles ne sont pas vues")
        report = engine.diagnose()
        seen = [f"{r.name} ({r.card.label if r.card else 'vide'})" for r in report.readers]
        print("Lecteurs : " + ", ".join(seen))
        print(describe("Passage de diagnostic sur deux emplacements", time_passes(engine, args.passes)))
        cards.pop().remove()  # free slot 1 for the insertion test

        def insert() -> object:
            return harness.VirtualCard(atr=harness.hexbytes(CPS), port=daemon.ports[1]).insert()

        delays = insertion_delays(insert, lambda card: card.remove(), "Virtual PCD 00 01", args.inserts)  # type: ignore[attr-defined]
        print(describe("Insertion d'une carte -> affichage dans le panneau", delays))
    finally:
        for card in cards:
            card.remove()
        daemon.close()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
