"""Credentials on the command line.

Every command that reads or writes business data signs in (``sign_in``): the account name
from ``--user`` (or $SAV_USER), the password from $SAV_PASSWORD or asked without echo — never
asked when the standard input is not a terminal: refused. A wrong, missing or refused
password ends the command (exit 2, French message) before anything but the failed attempt
is written. A new password comes from $SAV_NEW_PASSWORD or is asked twice.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from sqlalchemy import inspect

from ..domain.accounts import AuthenticationError, Permission
from ..domain.errors import ValidationError
from ..services.desk import Desk
from ..store.db import Database, make_engine, resolve_url, sqlite_path

PASSWORD_ENV = "SAV_PASSWORD"
NEW_PASSWORD_ENV = "SAV_NEW_PASSWORD"
USER_ENV = "SAV_USER"

NO_ACCOUNT = (
    "aucun compte de cette base n'a encore de mot de passe : créez d'abord l'administrateur "
    "(sav-desktop users add --admin NOM), puis relancez avec --user NOM"
)


def user_name(args: argparse.Namespace) -> str:
    """The account named on the command line; refused when none is given (no guessing)."""
    name = (args.user or os.environ.get(USER_ENV) or "").strip()
    if not name:
        raise AuthenticationError("identification requise : indiquez votre compte avec --user NOM "
                                  f"(mot de passe dans ${PASSWORD_ENV} ou demandé)")
    return name


def ask_password(prompt: str) -> str:
    env = os.environ.get(PASSWORD_ENV)
    if env is not None:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise AuthenticationError(
            f"mot de passe requis : définissez ${PASSWORD_ENV} ou lancez la commande dans un terminal")
    try:
        return getpass.getpass(prompt)
    except EOFError as exc:
        raise AuthenticationError(f"mot de passe requis (saisissez-le ou définissez ${PASSWORD_ENV})") from exc


def ask_new_password(for_name: str) -> str:
    env = os.environ.get(NEW_PASSWORD_ENV)
    if env is not None:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise ValidationError.single("mot_de_passe", f"nouveau mot de passe requis : définissez ${NEW_PASSWORD_ENV}")
    try:
        first = getpass.getpass(f"Nouveau mot de passe pour {for_name} : ")
        second = getpass.getpass("Confirmez le mot de passe : ")
    except EOFError as exc:
        raise ValidationError.single("mot_de_passe", f"nouveau mot de passe requis (ou ${NEW_PASSWORD_ENV})") from exc
    if first != second:
        raise ValidationError.single("mot_de_passe", "les deux saisies diffèrent")
    return first


def sign_in(args: argparse.Namespace, db: Database, permission: Permission | None = None) -> Desk:
    """The signed-in session of ``--user`` (password checked, failures counted and audited),
    holding ``permission`` when one is given; AuthenticationError / PermissionDeniedError
    (French) otherwise. Call it before writing anything."""
    name = user_name(args)
    password = ask_password(f"Mot de passe de {name} : ")
    try:
        desk = Desk.login(db, name, password)
    except AuthenticationError as exc:
        if Desk.needs_first_admin(db):  # no administrator can sign in yet: say how to make one
            raise AuthenticationError(f"{exc} ; {NO_ACCOUNT}") from exc
        raise
    if permission is not None:
        desk.require(permission)
    return desk


# Kept for the commands written before sign_in (users).
login = sign_in


def existing_base(url: str | None) -> bool:
    """Whether the database already exists and holds tables (a command that creates its own
    base may run without an account; on an existing one it signs in)."""
    url = resolve_url(url)
    path = sqlite_path(url)
    if path is not None:
        return path.is_file() and path.stat().st_size > 0
    engine = make_engine(url)
    try:
        return bool(inspect(engine).get_table_names())
    finally:
        engine.dispose()
