"""Qt application set-up: French locale and translations, the main window and its pages."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QThreadPool, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from ..package_data import icon_path, translations_dir
if TYPE_CHECKING:
    from ..services.desk import Desk
from .main_window import MainWindow

I18N_DIR = translations_dir()


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("SAV Desktop")
    app.setOrganizationName("sav-desktop")
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(icon_path())))
    install_translations(app)
    return app


def install_translations(app: QApplication) -> None:
    """French everywhere: Qt's own dialogs and buttons (qtbase_fr, completed by ours for the
    texts it lacks: "Look in:", "Files of type:"...) and the app's (sav_desktop_fr)."""
    if getattr(app, "_sav_translators", None):
        return
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    translators = []
    candidates = (
        ("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("qt_complement_fr", str(I18N_DIR)),
        ("sav_desktop_fr", str(I18N_DIR)),
    )
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    app._sav_translators = translators  # type: ignore[attr-defined]


def build_main_window(desk: Desk, *, progressive: bool = False) -> MainWindow:
    """The main window with every screen the installation has.

    ``progressive`` (the GUI's start): the window, its device list and the start page first,
    built without the database code when the desk was started from a first page read with
    bare sqlite3 (``Desk.starting``); right after the first paint the database opens in a
    worker, then the other screens are added (their shortcuts work a moment later) and the
    start page's list is asked for. A failure to open (an account disabled meanwhile, a
    damaged base) is said in French and the window closes.
    """
    window = MainWindow(desk)
    from .today_page import install_today

    install_today(window, load=not progressive)
    if progressive:
        _after_first_paint(window, lambda: _open_then_complete(window, desk))
    else:
        _install_screens(window)
    return window


def _install_screens(window: MainWindow) -> None:
    from .contract_screens import install_contracts
    from .customer_page import install_customer_page
    from .session import install_session_menu

    install_contracts(window)  # Contrat… (Ctrl+Shift+C): edit, end, renew, deposit ledger
    install_customer_page(window)  # Page client (Ctrl+K)
    install_session_menu(window)  # Se déconnecter, Changer d'utilisateur, Quitter (Ctrl+Q)
    _add_other_pages(window)


def _open_then_complete(window: MainWindow, desk: Desk) -> None:
    def opened(_result: object) -> None:
        _install_screens(window)
        _warm_up(desk)
        _settle()
        window.screens_ready.emit()
        # The rentals ended since the last start first, so that today's desk is read once, after.
        _settle_reached_ends(window, desk, then=window.today_page.reload)

    def failed(exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(window, window.tr("SAV Desktop"),
                             window.tr("La base ne peut pas être ouverte : {e}").format(e=exc))
        window.close()

    window.ops.run("open", desk.open_now, opened, failed)


def _settle_reached_ends(window: MainWindow, desk: Desk, then: Callable[[], None]) -> None:
    """Rentals whose end has been reached since it was recorded: their devices become
    « Retour attendu » (R-51, services.contract_life.settle_reached_ends), in a worker; the
    status bar says how many and the list shows it. ``then`` runs once it is done."""
    from ..domain.accounts import Permission

    if not desk.can(Permission.EDIT_RECORDS):
        then()
        return

    def done(moved: int) -> None:
        if moved:
            window.statusBar().showMessage(window.tr(
                "{n} matériel(s) « Retour attendu » : fin de location atteinte (R-51)").format(n=moved), 15000)
            window.model.refresh()
        then()

    def failed(exc: BaseException) -> None:
        window.statusBar().showMessage(str(exc), 10000)
        then()

    window.ops.run("settle_ends", desk.settle_reached_ends, done, failed)


class _FirstPaint(QObject):
    """Runs ``then`` once, from the event loop, after the window's first paint."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.tabs.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            obj.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False


def _after_first_paint(window: MainWindow, then: Callable[[], None]) -> None:
    window._first_paint = _FirstPaint(window, then)  # type: ignore[attr-defined]


def _settle() -> None:
    """Start-up objects (modules, Qt wrappers, mappings) live as long as the app: moved out of
    the garbage collector's reach, so that its passes during the day stay short."""
    gc.collect()
    gc.freeze()


def _warm_up(desk: Desk) -> None:
    """Prepare the search in a pool thread, so the desk's first searches are not slower."""

    def run() -> None:
        try:
            desk.warm_up()
        except Exception:  # noqa: BLE001 - only a warm-up: the real search reports its errors
            pass

    QThreadPool.globalInstance().start(run)


def _add_other_pages(window: MainWindow) -> None:
    from .admin_page import install_admin
    from .checkin_wizard import install_checkin
    from .diagnostics_panel import DiagnosticsPanel, desk_file_handler
    from .losses_view import install_losses
    from .tickets_view import install_tickets
    from .workshop_page import install_workshop

    panel = DiagnosticsPanel(file_handler=desk_file_handler(window.desk, window))
    window.diagnostics = panel
    window.add_page(panel, window.tr("Diagnostic lecteurs"))
    install_tickets(window)  # Dossiers SAV on the device sheet (Ctrl+D)
    install_losses(window)  # Sinistres on the device sheet (Ctrl+Shift+P)
    install_checkin(window)  # Retour de location (Ctrl+R)
    install_workshop(window)  # Atelier (Ctrl+Shift+W), Étape du matériel (Ctrl+Shift+M)
    install_admin(window)  # Administration (Ctrl+Shift+A): only for a role that manages something
    from .ticket_queue import install_ticket_queue

    install_ticket_queue(window)  # Dossiers en cours (Ctrl+Shift+D): every open ticket, by technician
