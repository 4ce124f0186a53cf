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

    app = make_application()
    try:
        db = open_database(args.database)
    except SavError as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        StartupError.show(str(exc))  # a damaged database: said in French, no crash
        return 2
    from ..ui.session import LOGOUT, QUIT

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
