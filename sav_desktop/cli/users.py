"""``sav-desktop users add|list|disable|enable|reset-password|role``: accounts (administrators).

``users add --admin NAME`` on a database without administrator is the first start: it needs
no credentials. Everything else signs in as ``--user`` (password from $SAV_PASSWORD or asked).
"""

from __future__ import annotations

import argparse

from ..domain.enums import ROLE_LABELS, Role
from ..services.desk import Desk
from ..store.db import open_database
from .auth import ask_new_password, login


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("users", help="comptes des utilisateurs (administrateurs)")
    actions = p.add_subparsers(dest="users_action", metavar="ACTION", required=True)
    roles = [r.value for r in Role]

    a = actions.add_parser("add", help="crée un compte (le premier : --admin, sans identification)")
    a.add_argument("name", metavar="NOM")
    a.add_argument("--role", choices=roles, default=Role.TECHNICIEN.value, help="rôle (défaut : technicien)")
    a.add_argument("--admin", action="store_true", help="compte administrateur")
    a.set_defaults(func=run_add)

    lst = actions.add_parser("list", help="liste les comptes")
    lst.set_defaults(func=run_list)

    d = actions.add_parser("disable", help="désactive un compte (il ne peut plus se connecter)")
    d.add_argument("name", metavar="NOM")
    d.set_defaults(func=lambda args: _simple(args, "disable_user", "Compte désactivé"))

    e = actions.add_parser("enable", help="réactive un compte")
    e.add_argument("name", metavar="NOM")
    e.set_defaults(func=lambda args: _simple(args, "enable_user", "Compte réactivé"))

    r = actions.add_parser("reset-password", help="définit un nouveau mot de passe (et déverrouille)")
    r.add_argument("name", metavar="NOM")
    r.set_defaults(func=run_reset)

    ro = actions.add_parser("role", help="change le rôle d'un compte")
    ro.add_argument("name", metavar="NOM")
    ro.add_argument("role", choices=roles, metavar="ROLE")
    ro.set_defaults(func=run_role)


def run_add(args: argparse.Namespace) -> int:
    role = Role.ADMIN if args.admin else Role(args.role)
    db = open_database(args.database)
    try:
        if role is Role.ADMIN and Desk.needs_first_admin(db):
            Desk.create_first_admin(db, args.name, ask_new_password(args.name))
            print(f"Compte administrateur créé : {args.name} (premier démarrage).")
            return 0
        desk = login(args, db)
        desk.add_user(args.name, role, ask_new_password(args.name))
    finally:
        db.dispose()
    print(f"Compte créé : {args.name} ({ROLE_LABELS[role]}).")
    return 0


def run_list(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    try:
        found = login(args, db).list_users()
    finally:
        db.dispose()
    for u in found:
        state = "actif" if u.active else "désactivé"
        if u.locked:
            state += ", verrouillé"
        if not u.has_password:
            state += ", sans mot de passe"
        last = f", dernière connexion {u.last_login_at.astimezone():%d/%m/%Y %H:%M}" if u.last_login_at else ""
        print(f"{u.name}\t{u.role_label}\t{state}{last}")
    return 0


def _simple(args: argparse.Namespace, method: str, done: str) -> int:
    db = open_database(args.database)
    try:
        getattr(login(args, db), method)(args.name)
    finally:
        db.dispose()
    print(f"{done} : {args.name}.")
    return 0


def run_reset(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    try:
        desk = login(args, db)
        desk.reset_password(args.name, ask_new_password(args.name))
    finally:
        db.dispose()
    print(f"Mot de passe de {args.name} réinitialisé (compte déverrouillé).")
    return 0


def run_role(args: argparse.Namespace) -> int:
    role = Role(args.role)
    db = open_database(args.database)
    try:
        login(args, db).set_user_role(args.name, role)
    finally:
        db.dispose()
    print(f"Rôle de {args.name} : {ROLE_LABELS[role]}.")
    return 0
