"""``sav-desktop restore FILE``: replace the SQLite database by a backup (current base kept aside).

Administrators only: ``--user`` and the password ($SAV_PASSWORD or asked) once accounts have
one — in the current base, or (when it is missing or damaged) in the backup. Only when
neither has an administrator with a password is there no account to sign in with.
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from ..services.trust import restore_database, restore_requires_password
from ..store.db import resolve_url
from .auth import ask_password, user_name


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("restore", help="restaure une sauvegarde (administrateur ; la base actuelle est conservée à côté)")
    p.add_argument("file", type=Path, metavar="FICHIER", help="sauvegarde faite par « sav-desktop backup »")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    url = resolve_url(args.database)
    password = None
    if restore_requires_password(url, args.file):
        name = user_name(args)
        password = ask_password(f"Mot de passe administrateur de {name} : ")
    else:
        name = args.user or getpass.getuser() or "poste"
    result = restore_database(url, args.file, name, password)
    if result.aside is not None:
        print(f"Base précédente conservée : {result.aside}")
    print(f"Base restaurée depuis {result.backup} (schéma {result.revision}).")
    return 0
