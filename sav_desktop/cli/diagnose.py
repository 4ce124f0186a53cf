"""``sav-desktop diagnose``: one diagnostic pass over the readers (../shared/pcsc/DIAGNOSE_CLI.md).

Exit status: 0 when the pass ran (whatever it found), 3 when the PC/SC service is not
available (one French line on stderr), 2 for an unknown or ambiguous ``--reader``.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

EXIT_OK = 0
EXIT_BAD_ARGUMENTS = 2
EXIT_SERVICE_DOWN = 3


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "diagnose",
        help="diagnostic des lecteurs PC/SC et des cartes (Vitale, CPS)",
        description=(
            "Un passage de diagnostic sur les lecteurs de cartes : fabricant, micrologiciel, "
            "ATR, type de carte, temps d'un échange sans effet, verdict. Aucune donnée "
            "personnelle n'est lue, aucun code PIN n'est présenté."
        ),
    )
    parser.add_argument("--json", action="store_true", help="sortie JSON sur la sortie standard")
    parser.add_argument(
        "--reader",
        metavar="NOM",
        default=None,
        help="un seul lecteur : nom exact ou partie du nom qui n'en désigne qu'un",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..pcsc.engine import PcscEngine
    from ..pcsc.errors import PyscardMissing, ReaderNotFound, ServiceUnavailable

    try:
        report = PcscEngine().diagnose(reader=args.reader)
    except (ServiceUnavailable, PyscardMissing) as exc:
        if args.json:
            print(
                json.dumps(
                    {
                        "checked_at": datetime.now().astimezone().isoformat(timespec="seconds"),
                        "service": "unavailable",
                        "readers": [],
                    },
                    ensure_ascii=False,
                )
            )
        print(f"erreur : {exc}", file=sys.stderr)
        return EXIT_SERVICE_DOWN
    except ReaderNotFound as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        listed = exc.matches or exc.available
        if exc.matches:
            print("lecteurs correspondants :", file=sys.stderr)
        elif listed:
            print("lecteurs présents :", file=sys.stderr)
        else:
            print("lecteurs présents : aucun", file=sys.stderr)
        for name in listed:
            print(f"  {name}", file=sys.stderr)
        return EXIT_BAD_ARGUMENTS

    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        from ..pcsc.text import format_report

        print(format_report(report))
    return EXIT_OK
