"""``sav-desktop backup --out FILE``: online, checked copy of the SQLite database."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.accounts import Permission

from ..services.auto_backup import run_auto_backup
from ..services.trust import backup_database
from ..store.db import open_database
from .auth import sign_in


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", help="sauvegarde la base (cohérente, même pendant l'utilisation)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--out", type=Path, metavar="FICHIER", help="fichier de sauvegarde à écrire")
    what.add_argument("--auto", action="store_true",
                      help="sauvegarde automatique du jour dans le dossier réglé, avec rotation (si la dernière a plus d'un jour)")
    p.add_argument("--force", action="store_true", help="avec --auto : même si la dernière a moins d'un jour")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    try:
        # --out: a full copy of the data, administrators only; --auto: what the GUI does at
        # start for anyone signed in.
        desk = sign_in(args, db, None if args.auto else Permission.RESTORE)
    except BaseException:
        db.dispose()
        raise
    if args.auto:
        try:
            result = run_auto_backup(db, desk.user_name, force=args.force)
        finally:
            db.dispose()
        print(result.message)
        return 0
    try:
        info = backup_database(db, args.out, desk.user_name)
    finally:
        db.dispose()
    print(f"Sauvegarde vérifiée (intégrité correcte, schéma {info.revision}) : {info.path} ({info.size} octets)")
    return 0
