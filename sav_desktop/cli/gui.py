"""Start the desk GUI."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from ..domain.errors import SavError


def current_user(args: argparse.Namespace) -> str:
    return args.user or os.environ.get("SAV_USER") or getpass.getuser() or "poste"


def run_gui(args: argparse.Namespace) -> int:
    try:
        from ..ui.app import build_main_window, make_application
    except ImportError as exc:  # pragma: no cover - depends on the machine
        print(f"erreur : Qt (PySide6) est introuvable : {exc}. Installez-le : pip install PySide6-Essentials", file=sys.stderr)
        return 1
    from ..store.db import open_database
    from ..ui.session import StartupError, install_idle_lock, sign_in

    from ..store.db import AuditKeyOpenError
    from ..ui.session import LOGOUT, QUIT

    app = make_application()
    from ..ui.crash import install_crash_handlers, uninstall_crash_handlers

    install_crash_handlers()  # the support log, Qt's warnings in it, a French dialog on a crash
    try:
        while True:
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
