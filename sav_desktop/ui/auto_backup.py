"""The automatic daily backup at GUI start, in a worker thread; the result in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QMainWindow

from ..domain.errors import SavError
from ..services import auto_backup
from ..services.desk import Desk


class AutoBackupWorker(QObject):
    """Runs services.auto_backup in its own thread (its own database session)."""

    finished = Signal(str)  # French message
    failed = Signal(str)

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk

    @Slot()
    def run(self) -> None:
        try:
            result = auto_backup.run_auto_backup(self.desk.db, self.desk.user_name)
        except SavError as exc:
            self.failed.emit(str(exc))
            return
        except OSError as exc:
            self.failed.emit(f"sauvegarde automatique impossible : {exc}")
            return
        self.finished.emit(result.message)


class _Reporter(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    @Slot(str)
    def on_worker_finished(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15_000)

    @Slot(str)
    def on_worker_failed(self, text: str) -> None:
        self.window.statusBar().showMessage(self.tr("Erreur : ") + text)


def start_auto_backup(window: QMainWindow, desk: Desk) -> AutoBackupWorker | None:
    """Start the backup in a worker when one is due (None otherwise)."""
    if not auto_backup.is_due(desk.db):
        return None
    thread = QThread(window)
    worker = AutoBackupWorker(desk)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    reporter = _Reporter(window)  # lives in the GUI thread: the signals are queued to it
    worker.finished.connect(reporter.on_worker_finished)
    worker.failed.connect(reporter.on_worker_failed)
    for signal in (worker.finished, worker.failed):
        signal.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    window.auto_backup = (thread, worker)  # type: ignore[attr-defined]
    thread.start()
    return worker
