"""``sav-desktop export --out DIR``: every table as documented CSV and JSON (schema.json)."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from ..services.trust import export_database
from ..store.db import open_database


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export", help="exporte toutes les données en CSV et JSON (réversibilité)")
    p.add_argument("--out", required=True, type=Path, metavar="DOSSIER", help="dossier à créer (nouveau ou vide)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    try:
        summary = export_database(db, args.out, args.user or getpass.getuser())
    finally:
        db.dispose()
    print(f"Export écrit dans {summary.directory} : {len(summary.rows)} tables, "
          f"{sum(summary.rows.values())} lignes (description dans schema.json).")
    return 0
