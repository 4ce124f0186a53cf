"""Credentials on the command line: the name from ``--user`` (or $SAV_USER, or the OS login),
the password from $SAV_PASSWORD or asked without echo; a new password from $SAV_NEW_PASSWORD
or asked twice."""

from __future__ import annotations

import argparse
import getpass
import os

from ..domain.accounts import AuthenticationError
from ..domain.errors import ValidationError
from ..services.desk import Desk
from ..store.db import Database

PASSWORD_ENV = "SAV_PASSWORD"
NEW_PASSWORD_ENV = "SAV_NEW_PASSWORD"


def user_name(args: argparse.Namespace) -> str:
    return args.user or os.environ.get("SAV_USER") or getpass.getuser() or "poste"


def ask_password(prompt: str) -> str:
    env = os.environ.get(PASSWORD_ENV)
    if env is not None:
        return env
    try:
        return getpass.getpass(prompt)
    except EOFError as exc:
        raise AuthenticationError(f"mot de passe requis (saisissez-le ou définissez ${PASSWORD_ENV})") from exc


def ask_new_password(for_name: str) -> str:
    env = os.environ.get(NEW_PASSWORD_ENV)
    if env is not None:
        return env
    try:
        first = getpass.getpass(f"Nouveau mot de passe pour {for_name} : ")
        second = getpass.getpass("Confirmez le mot de passe : ")
    except EOFError as exc:
        raise ValidationError.single("mot_de_passe", f"nouveau mot de passe requis (ou ${NEW_PASSWORD_ENV})") from exc
    if first != second:
        raise ValidationError.single("mot_de_passe", "les deux saisies diffèrent")
    return first


def login(args: argparse.Namespace, db: Database) -> Desk:
    """The signed-in session of ``--user`` (password checked; failures counted)."""
    name = user_name(args)
    return Desk.login(db, name, ask_password(f"Mot de passe de {name} : "))
