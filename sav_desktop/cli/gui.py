"""Start the desk GUI."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import threading
from typing import Any

from ..domain.errors import SavError


def current_user(args: argparse.Namespace) -> str:
    return args.user or os.environ.get("SAV_USER") or getpass.getuser() or "poste"


class BackgroundOpen:
    """``open_database`` in a worker thread, started at once: the sign-in dialog shows while
    SQLAlchemy loads and the base opens (the migration check, the audit guard)."""

    def __init__(self, url: str) -> None:
        self._db: Any = None
        self._thread = threading.Thread(target=self._open, args=(url,), name="ouverture-base", daemon=True)
        self._thread.start()

    def _open(self, url: str) -> None:
        try:
            from ..store.db import open_database

            self._db = open_database(url)
        except BaseException:  # noqa: BLE001 - the start opens the base again and says why
            import logging

            logging.getLogger("sav_desktop.gui").warning("ouverture anticipée de la base impossible", exc_info=True)

    def opened(self) -> bool:
        """Wait for the opening: True when the base is open."""
        self._thread.join()
        return self._db is not None

    @property
    def db(self) -> Any:
        self.opened()
        return self._db


def early_sign_in(args: argparse.Namespace) -> tuple[Any, Any, bool]:
    """The sign-in dialog before the database is opened, when the base allows it
    (services.first_page.sign_in_ready: a current local SQLite base with its administrator).
    Returns (database or None, desk or None, whether the dialog was shown)."""
    from ..services.first_page import sign_in_ready
    from ..store.locate import resolve_url

    url = resolve_url(args.database)
    if not sign_in_ready(url):
        return None, None, False
    from ..services.desk import Desk
    from ..ui.session import LoginDialog

    opening = BackgroundOpen(url)
    desk, failed = LoginDialog.ask_while_opening(opening.opened, lambda n, p: Desk.login(opening.db, n, p),
                                                 current_user(args))
    db = opening.db  # waits for it when the dialog was cancelled before it finished
    if failed or db is None:
        return None, None, False  # opened again the usual way, which says why
    return db, desk, True


def run_gui(args: argparse.Namespace) -> int:
    try:
        from ..ui.app import build_main_window, make_application
    except ImportError as exc:  # pragma: no cover - depends on the machine
        print(f"erreur : Qt (PySide6) est introuvable : {exc}. Installez-le : pip install PySide6-Essentials", file=sys.stderr)
        return 1
    from ..ui.session import LOGOUT, QUIT, StartupError, install_idle_lock, sign_in

    app = make_application()
    from ..ui.crash import install_crash_handlers, uninstall_crash_handlers

    install_crash_handlers()  # the support log, Qt's warnings in it, a French dialog on a crash
    try:
        db, first_desk, shown = early_sign_in(args)
        if shown and first_desk is None:  # Annuler on the sign-in dialog
            db.dispose()
            return 0
        while db is None:
            from ..store.db import AuditKeyOpenError, open_database

            try:
                db = open_database(args.database)
                break
            except AuditKeyOpenError as exc:
                # A new PostgreSQL station: the administrator types the base's key once.
                from ..services.trust import save_station_audit_key
                from ..ui.audit_key_dialog import AuditKeyDialog

                typed = AuditKeyDialog.ask(str(exc))
                if typed is None:
                    return 2
                try:
                    save_station_audit_key(typed)
                except SavError as bad:
                    StartupError.show(str(bad))
            except SavError as exc:
                print(f"erreur : {exc}", file=sys.stderr)
                StartupError.show(str(exc))  # a damaged database: said in French, no crash
                return 2
        hint = current_user(args)
        code = 0
        while True:  # log-out and switch user come back here (ui.session.install_session_menu)
            if first_desk is not None:  # signed in while the base opened (early_sign_in)
                desk, first_desk = first_desk, None
            else:
                desk = sign_in(db, hint)  # first start creates the administrator
            if desk is None:
                break
            window = build_main_window(desk, progressive=True)
            lock = install_idle_lock(window, desk)
            from ..ui.auto_backup import start_auto_backup

            start_auto_backup(window, desk)  # daily, in a worker; skipped with $SAV_NO_AUTO_BACKUP
            window.show()
            code = int(app.exec())
            request = getattr(window, "session_request", QUIT)
            lock.detach()
            window.deleteLater()
            if request == QUIT:
                break
            hint = desk.user_name if request == LOGOUT else ""
        db.dispose()
        return code
    finally:
        uninstall_crash_handlers()
