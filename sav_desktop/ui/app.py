"""Qt application set-up: French locale and translations, the main window and its pages."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..services.desk import Desk
from .main_window import MainWindow

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("SAV Desktop")
    app.setOrganizationName("sav-desktop")
    install_translations(app)
    return app


def install_translations(app: QApplication) -> None:
    """French everywhere: Qt's own buttons (qtbase_fr) and ours (resources/i18n)."""
    if getattr(app, "_sav_translators", None):
        return
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    translators = []
    qt = QTranslator(app)
    if qt.load(QLocale(QLocale.Language.French), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    own = QTranslator(app)
    if own.load("sav_desktop_fr", str(I18N_DIR)):
        app.installTranslator(own)
        translators.append(own)
    app._sav_translators = translators  # type: ignore[attr-defined]


def build_main_window(desk: Desk) -> MainWindow:
    """The main window with every screen the installation has."""
    window = MainWindow(desk)
    _add_optional_pages(window)
    return window


def _add_optional_pages(window: MainWindow) -> None:
    from .diagnostics_panel import DiagnosticsPanel, desk_file_handler

    panel = DiagnosticsPanel(file_handler=desk_file_handler(window.desk, window))
    window.diagnostics = panel
    window.add_page(panel, window.tr("Diagnostic lecteurs"))
    _add_workflow_pages(window)


def _add_workflow_pages(window: MainWindow) -> None:
    """Issue 6: Dossiers SAV on the device sheet (Ctrl+D), Retour de location (Ctrl+R), and
    Aujourd'hui, the start page."""
    from .checkin_wizard import install_checkin
    from .tickets_view import install_tickets
    from .today_page import install_today

    install_tickets(window)
    install_checkin(window)
    install_today(window)
