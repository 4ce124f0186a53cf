"""``sav-desktop coverage CASE.json``: the coverage decision as a command (COVERAGE_CLI.md).

Reads the case from a file or from standard input (``-``), prints the decision as JSON on
stdout and exits 0; bad input exits 2 with one line per problem on stderr, naming the
field and, where a rule forbids the input, the rule id. Nothing else is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..domain.coverage import assess, parse_case, result_as_dict
from ..domain.errors import FieldProblem, ValidationError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "coverage",
        help="décision de prise en charge d'un incident (JSON en entrée et en sortie)",
        description="Décide la prise en charge d'un incident décrit en JSON (garantie, options, "
        "carence, exclusions, frais) et l'écrit en JSON sur la sortie standard.",
    )
    parser.add_argument("case", metavar="CAS.json", help="fichier JSON du cas, ou - pour l'entrée standard")
    parser.add_argument(
        "--alsace-moselle",
        action="store_true",
        help="jours fériés d'Alsace-Moselle (Vendredi saint, 26 décembre) pour les jours ouvrés (R-01)",
    )
    parser.set_defaults(func=run)


def _read(source: str) -> str:
    """The case's text, UTF-8 (a byte-order mark is accepted); anything else is exit 2."""
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except FileNotFoundError as exc:
        raise ValidationError.single("case", f"fichier introuvable : {source}") from exc
    except OSError as exc:
        raise ValidationError.single("case", f"impossible de lire le fichier {source}") from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = "l'entrée standard" if source == "-" else f"le fichier {source}"
        raise ValidationError.single(
            "case", f"{where} n'est pas en UTF-8 (octet invalide en position {exc.start})"
        ) from exc


def run(args: argparse.Namespace) -> int:
    text = _read(args.case)
    try:
        data = json.loads(text, parse_float=str, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            FieldProblem("case", f"JSON invalide, ligne {exc.lineno} colonne {exc.colno} : {exc.msg}")
        ) from exc
    except RecursionError as exc:
        raise ValidationError(FieldProblem("case", "JSON trop profondément imbriqué")) from exc
    except ValueError as exc:
        raise ValidationError(FieldProblem("case", f"JSON invalide : {exc}")) from exc
    try:
        case = parse_case(data)
    except RecursionError as exc:  # pragma: no cover - parse_case does not recurse into values
        raise ValidationError(FieldProblem("case", "JSON trop profondément imbriqué")) from exc
    result = assess(case, alsace_moselle=args.alsace_moselle)
    json.dump(result_as_dict(result), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _refuse_constant(name: str) -> object:
    raise ValueError(f"valeur non autorisée {name}")
