"""``sav-desktop export --out DIR``: every table as documented CSV and JSON (schema.json)."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from ..services.trust import export_customer, export_database
from ..store.db import open_database


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export", help="exporte toutes les données en CSV et JSON (réversibilité)")
    p.add_argument("--out", required=True, type=Path, metavar="DOSSIER", help="dossier à créer (nouveau ou vide)")
    p.add_argument("--customer", type=int, metavar="ID",
                   help="seulement les données de ce client (demande d'accès) : fiche, contrats, matériels, historiques")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    try:
        if args.customer is not None:
            summary = export_customer(db, args.customer, args.out, args.user or getpass.getuser())
        else:
            summary = export_database(db, args.out, args.user or getpass.getuser())
    finally:
        db.dispose()
    if args.customer is not None:
        print(f"Données du client {args.customer} écrites dans {summary.directory} : "
              f"{sum(summary.rows.values())} lignes (description dans schema.json).")
        return 0
    print(f"Export écrit dans {summary.directory} : {len(summary.rows)} tables, "
          f"{sum(summary.rows.values())} lignes (description dans schema.json).")
    return 0
