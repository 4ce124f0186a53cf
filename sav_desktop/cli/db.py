"""``sav-desktop db upgrade``: apply pending migrations (a SQLite file is copied aside first).
On an existing base an administrator signs in first."""

from __future__ import annotations

import argparse

from ..domain.accounts import Permission
from ..store.db import current_revision, make_engine, open_database, resolve_url, upgrade
from .auth import existing_base, sign_in


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("db", help="gestion de la base de données")
    dbsub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = dbsub.add_parser("upgrade", help="applique les migrations en attente")
    up.set_defaults(func=run_upgrade)


def run_upgrade(args: argparse.Namespace) -> int:
    url = resolve_url(args.database)
    if existing_base(url):
        # An administrator, signed in on the base as it is (before any migration).
        db = open_database(url, migrate=False)
        try:
            sign_in(args, db, Permission.MANAGE_SETTINGS)
        finally:
            db.dispose()
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
