"""``sav-desktop restore FILE``: replace the SQLite database by a backup (current base kept aside)."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from ..services.trust import restore_database
from ..store.db import resolve_url


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("restore", help="restaure une sauvegarde (la base actuelle est conservée à côté)")
    p.add_argument("file", type=Path, metavar="FICHIER", help="sauvegarde faite par « sav-desktop backup »")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    result = restore_database(resolve_url(args.database), args.file, args.user or getpass.getuser())
    if result.aside is not None:
        print(f"Base précédente conservée : {result.aside}")
    print(f"Base restaurée depuis {result.backup} (schéma {result.revision}).")
    return 0
