"""``sav-desktop screenshots --out DIR``: each main screen on the database's data, as PNG (offscreen)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("screenshots", help="enregistre chaque écran principal en PNG (hors écran)")
    p.add_argument("--out", required=True, type=Path, help="dossier de sortie")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..services.desk import Desk
    from ..store.db import open_database
    from ..ui.app import make_application
    from ..ui.screens import render_screens
    from .auth import existing_base, sign_in

    existed = existing_base(args.database)
    db = open_database(args.database)
    try:
        # On an existing base the screens show its data: signed in. A base this command
        # creates is empty: nothing to protect.
        desk = sign_in(args, db) if existed else Desk.trusted(db, "captures")
        app = make_application()
        args.out.mkdir(parents=True, exist_ok=True)
        written = render_screens(app, desk, args.out)
    finally:
        db.dispose()
    for path in written:
        print(path)
    if not written:
        print("erreur : aucun écran rendu (la base est-elle vide ?)", file=sys.stderr)
        return 1
    return 0
