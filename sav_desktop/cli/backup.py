"""``sav-desktop backup --out FILE``: online, checked copy of the SQLite database."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from ..services.trust import backup_database
from ..store.db import open_database


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", help="sauvegarde la base (cohérente, même pendant l'utilisation)")
    p.add_argument("--out", required=True, type=Path, metavar="FICHIER", help="fichier de sauvegarde à écrire")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    try:
        info = backup_database(db, args.out, args.user or getpass.getuser())
    finally:
        db.dispose()
    print(f"Sauvegarde vérifiée (intégrité correcte, schéma {info.revision}) : {info.path} ({info.size} octets)")
    return 0
