"""``sav-desktop db upgrade``: apply pending migrations (a SQLite file is copied aside first)."""

from __future__ import annotations

import argparse

from ..store.db import current_revision, make_engine, resolve_url, upgrade


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("db", help="gestion de la base de données")
    dbsub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = dbsub.add_parser("upgrade", help="applique les migrations en attente")
    up.set_defaults(func=run_upgrade)


def run_upgrade(args: argparse.Namespace) -> int:
    url = resolve_url(args.database)
    engine = make_engine(url)
    try:
        copy = upgrade(engine, url)
        rev = current_revision(engine)
    finally:
        engine.dispose()
    if copy is not None:
        print(f"Copie de sécurité avant migration : {copy}")
    print(f"Base à jour (révision {rev}).")
    return 0
