"""``sav-desktop audit verify [--state]``: check the audit trail (exit 0 intact, 1 otherwise);
``sav-desktop audit key --show/--set``: the station's audit key (shared by PostgreSQL stations)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from ..services.trust import check_audit
from ..store import audit_key
from ..store.db import open_database


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("audit", help="journal d'audit")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = asub.add_parser("verify", help="vérifie que le journal d'audit n'a pas été altéré (chaînage signé, "
                                       "queue, déclencheurs)")
    v.add_argument("--state", action="store_true",
                   help="compare aussi chaque enregistrement audité avec la dernière valeur du journal")
    v.set_defaults(func=run_verify)
    k = asub.add_parser("key", help="clé d'audit de ce poste (à saisir une fois sur chaque poste PostgreSQL)")
    g = k.add_mutually_exclusive_group(required=True)
    g.add_argument("--show", action="store_true", help="affiche la clé (à recopier sur les autres postes)")
    g.add_argument("--set", action="store_true",
                   help="enregistre la clé d'un autre poste ($SAV_AUDIT_KEY ou demandée)")
    k.set_defaults(func=run_key)


def run_key(args: argparse.Namespace) -> int:
    if args.show:
        key = audit_key.load_key()
        if key is None:
            print("Aucune clé d'audit sur ce poste : elle est créée à la première ouverture d'une base.",
                  file=sys.stderr)
            return 1
        print(key.hex())
        return 0
    text = os.environ.get("SAV_AUDIT_KEY") or getpass.getpass("Clé d'audit (64 chiffres hexadécimaux) : ")
    key = audit_key.parse_key(text)
    old = audit_key.load_key()
    if old is not None and old != key:
        print("Attention : ce poste avait une autre clé d'audit ; elle est remplacée.", file=sys.stderr)
    where = audit_key.save_key(key)
    print(f"Clé d'audit enregistrée ({where}).")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    db = open_database(args.database, require_key=False)
    try:
        report = check_audit(db, state=args.state)
    finally:
        db.dispose()
    chain = report.chain
    problems: list[str] = []
    if chain.key_problem:
        problems.append(f"Clé d'audit : {chain.key_problem}.")
    if chain.broken is not None:
        problems.append(
            f"Journal d'audit altéré : premier lien rompu à l'entrée n° {chain.broken.entry_id} — "
            f"{chain.broken.reason}. ({chain.checked} entrées intactes avant elle.)")
    for bad in chain.forged:
        if chain.broken is not None and bad.entry_id == chain.broken.entry_id:
            continue
        problems.append(f"Entrée n° {bad.entry_id} forgée ou modifiée : {bad.reason}.")
    if report.anchor_problem:
        problems.append(f"Journal d'audit : {report.anchor_problem}.")
    if report.triggers_restored:
        problems.append("Déclencheurs d'ajout seul absents à l'ouverture (supprimés hors de l'application), "
                        f"recréés : {', '.join(report.triggers_restored)} (noté dans le journal).")
    if report.triggers_missing:
        problems.append(f"Déclencheurs d'ajout seul absents : {', '.join(report.triggers_missing)} "
                        "(non recréés : ouvrez la base avec le rôle propriétaire).")
    if report.differences:
        problems.append(f"{len(report.differences)} valeur(s) modifiée(s) hors de l'application :")
        problems.extend(f"  {d.describe()}" for d in report.differences)
    if problems:
        for line in problems:
            print(line, file=sys.stderr)
        return 1
    keyed = (f", signé par HMAC depuis l'entrée n° {chain.keyed_from}" if chain.keyed_from is not None
             else ", non signé (aucune entrée depuis que la base a une clé)")
    print(f"Journal d'audit intact : {chain.checked} entrées vérifiées, chaînage correct{keyed}.")
    if report.anchored:
        print("Queue du journal conforme à l'ancre gardée hors de la base ; déclencheurs d'ajout seul présents.")
    else:
        print("Pas encore d'ancre sur ce poste pour cette base (elle est écrite à la prochaine modification) ; "
              "déclencheurs d'ajout seul présents.")
    if report.differences is not None:
        print("État : chaque enregistrement audité a la valeur que le journal a enregistrée en dernier.")
    return 0
