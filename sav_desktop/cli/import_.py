"""``sav-desktop import DIR``: load an export into an empty database, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.accounts import Permission
from ..services.trust import import_database, import_target_is_new
from ..store.db import open_database
from .auth import sign_in


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import", help="charge un export dans une base vide (tout ou rien)")
    p.add_argument("directory", type=Path, metavar="DOSSIER", help="dossier écrit par « sav-desktop export »")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    try:
        if not import_target_is_new(db):
            sign_in(args, db, Permission.RESTORE)  # then refused all the same: not an empty base
        counts = import_database(db, args.directory)
    finally:
        db.dispose()
    print(f"Import terminé : {len(counts)} tables, {sum(counts.values())} lignes.")
    return 0
