"""``sav-desktop export --out DIR``: every table as documented CSV and JSON (schema.json),
administrators only; ``--customer ID``: one customer's data (right of access). Both sign in
and are audited with who, what and where."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.accounts import Permission
from ..services.trust import export_customer, export_database
from ..store.db import open_database
from .auth import sign_in


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
            desk = sign_in(args, db, Permission.EXPORT)  # administrators (right of access)
            summary = export_customer(db, args.customer, args.out, desk.user_name)
        else:
            desk = sign_in(args, db, Permission.EXPORT)  # administrators only
            summary = export_database(db, args.out, desk.user_name)
    finally:
        db.dispose()
    if args.customer is not None:
        print(f"Données du client {args.customer} écrites dans {summary.directory} : "
              f"{sum(summary.rows.values())} lignes (description dans schema.json).")
        return 0
    print(f"Export écrit dans {summary.directory} : {len(summary.rows)} tables, "
          f"{sum(summary.rows.values())} lignes (description dans schema.json).")
    return 0
