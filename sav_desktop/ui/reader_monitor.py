"""Live reader/card monitoring for the GUI: PC/SC watching on a worker thread, Qt signals out.

The watch loop (``sav_desktop.pcsc.monitor.StatusWatcher``) runs on a plain worker thread
and only emits signals; the receivers live on the GUI thread, so Qt queues the calls
there. Nothing here touches pyscard directly (import-linter contract).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from ..pcsc.monitor import EventKind, PcscEvent, StatusWatcher


class ReaderMonitor(QObject):
    """Signals: readers plugged/unplugged, cards inserted/removed, service lost/restored.

    ``card_inserted(reader, atr_hex)``; ``service_lost(message_fr)``."""

    reader_added = Signal(str)
    reader_removed = Signal(str)
    card_inserted = Signal(str, str)
    card_removed = Signal(str)
    service_lost = Signal(str)
    service_restored = Signal()

    def __init__(self, parent: QObject | None = None, *, wait_ms: int = 250, retry_s: float = 0.5) -> None:
        super().__init__(parent)
        self._wait_ms = wait_ms
        self._retry_s = retry_s
        self._watcher: StatusWatcher | None = None
        self._thread: threading.Thread | None = None

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.is_running():
            return
        self._watcher = StatusWatcher(self._dispatch, wait_ms=self._wait_ms, retry_s=self._retry_s)
        self._thread = threading.Thread(target=self._watcher.run, name="pcsc-monitor", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        watcher, thread = self._watcher, self._thread
        self._watcher = self._thread = None
        if watcher is not None:
            watcher.stop()
        if thread is not None:
            thread.join(timeout)

    def _dispatch(self, event: PcscEvent) -> None:
        """Called on the worker thread: emit only."""
        try:
            self._emit(event)
        except RuntimeError:
            # The panel (and this object) went away while the watcher was between two
            # checks: nobody listens any more, so the watcher stops.
            watcher = self._watcher
            if watcher is not None:
                watcher.stop()

    def _emit(self, event: PcscEvent) -> None:
        if event.kind is EventKind.READER_ADDED:
            self.reader_added.emit(event.reader)
        elif event.kind is EventKind.READER_REMOVED:
            self.reader_removed.emit(event.reader)
        elif event.kind is EventKind.CARD_INSERTED:
            self.card_inserted.emit(event.reader, event.atr)
        elif event.kind is EventKind.CARD_REMOVED:
            self.card_removed.emit(event.reader)
        elif event.kind is EventKind.SERVICE_LOST:
            self.service_lost.emit(event.message)
        elif event.kind is EventKind.SERVICE_RESTORED:
            self.service_restored.emit()
