"""``sav-desktop audit verify``: check the audit trail's hash chain (exit 0 intact, 1 broken)."""

from __future__ import annotations

import argparse
import sys

from ..services.trust import verify_audit
from ..store.db import open_database


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("audit", help="journal d'audit")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = asub.add_parser("verify", help="vérifie que le journal d'audit n'a pas été altéré (chaînage)")
    v.set_defaults(func=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    try:
        report = verify_audit(db)
    finally:
        db.dispose()
    if report.broken is None:
        print(f"Journal d'audit intact : {report.checked} entrées vérifiées, chaînage correct.")
        return 0
    print(
        f"Journal d'audit altéré : premier lien rompu à l'entrée n° {report.broken.entry_id} — "
        f"{report.broken.reason}. ({report.checked} entrées intactes avant elle.)",
        file=sys.stderr,
    )
    return 1
