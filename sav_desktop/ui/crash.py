"""Support in the GUI (issue 10.6): an unexpected error shows a French dialog with the path
of the log that holds its traceback, and Qt's own warnings go into that log."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..services import support_log

qt_log = logging.getLogger("sav_desktop.qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class CrashDialog:
    """« Erreur inattendue » with the log's path (tests patch ``ask``)."""

    @classmethod
    def ask(cls, log_path: str, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("CrashDialog", "SAV Desktop : erreur inattendue")
        if log_path:
            text = QCoreApplication.translate(
                "CrashDialog",
                "Une erreur inattendue s'est produite. Ce qui était enregistré l'est toujours ; "
                "l'action en cours n'a peut-être pas abouti.\n\nLe détail est dans le journal :\n{path}\n\n"
                "Transmettez ce fichier au support.").format(path=log_path)
        else:
            text = QCoreApplication.translate(
                "CrashDialog",
                "Une erreur inattendue s'est produite. Ce qui était enregistré l'est toujours ; "
                "l'action en cours n'a peut-être pas abouti.")
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
        box.exec()


class _Relay(QObject):
    """Brings the crash notice to the GUI thread (an exception may come from a worker)."""

    crashed = Signal(str)


_installed: dict[str, Any] = {"relay": None, "listener": None, "previous_qt": None}


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    qt_log.log(_LEVELS.get(mode, logging.WARNING), "%s", message)
    previous = _installed["previous_qt"]
    if previous is not None:
        previous(mode, context, message)


def install_crash_handlers(parent: QWidget | None = None) -> None:
    """Route Qt's messages into the support log (the previous handler, such as pytest-qt's,
    still gets them) and show CrashDialog after an unexpected exception."""
    support_log.setup_logging()
    support_log.install_hooks(force=True)
    if _installed["relay"] is None:
        relay = _Relay(QApplication.instance())
        relay.crashed.connect(lambda path: CrashDialog.ask(path, parent))
        listener = relay.crashed.emit
        support_log.add_crash_listener(listener)
        _installed["relay"], _installed["listener"] = relay, listener
        _installed["previous_qt"] = qInstallMessageHandler(_qt_message)


def uninstall_crash_handlers() -> None:
    if _installed["relay"] is None:
        return
    support_log.remove_crash_listener(_installed["listener"])
    qInstallMessageHandler(_installed["previous_qt"])
    _installed["relay"].deleteLater()
    _installed.update(relay=None, listener=None, previous_qt=None)
