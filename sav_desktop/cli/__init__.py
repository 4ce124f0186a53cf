"""``sav-desktop``: one entry point. No subcommand starts the GUI.

Each subcommand lives in its own module of this package and exposes
``register(subparsers)``, which adds its parser and sets ``func(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ..domain.errors import SavError, ValidationError

# Modules of this package that add subcommands, in the order ``--help`` lists them.
SUBCOMMAND_MODULES: tuple[str, ...] = (
    "demo",
    "db",
    "screenshots",
    "bench",
    "coverage",
    "diagnose",
    "labels",
    "audit",
    "backup",
    "restore",
    "export",
    "import_",
    "users",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sav-desktop",
        description="SAV Desktop : service après-vente des terminaux SESAM-Vitale et lecteurs PC/SC.",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        default=None,
        help="URL SQLAlchemy de la base (défaut : $SAV_DATABASE_URL, sinon un fichier SQLite "
        "dans le dossier de données de l'utilisateur)",
    )
    parser.add_argument("--user", default=None,
                        help="votre compte : les commandes qui lisent ou écrivent des données demandent "
                        "son mot de passe ($SAV_PASSWORD ou saisi)")
    parser.add_argument(
        "--version", action="store_true", help="version de l'application, du schéma et des bibliothèques"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue  # subcommand not built yet
            raise
        module.register(sub)
    return parser


def _gui_only(argv: list[str]) -> argparse.Namespace | None:
    """The global options when nothing else is asked (the GUI), else None."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--database", default=None)
    pre.add_argument("--user", default=None)
    try:
        known, rest = pre.parse_known_args(argv)
    except SystemExit:
        return None
    return None if rest else known


def print_error(exc: SavError) -> None:
    """Errors on stderr, one line per problem, field (and rule) named."""
    if isinstance(exc, ValidationError):
        for problem in exc.problems:
            print(f"erreur : {problem}", file=sys.stderr)
    else:
        print(f"erreur : {exc}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if "--version" in args_list:
        from ..about import version_lines

        print("\n".join(version_lines()))
        return 0
    from ..services.support_log import log, setup_logging

    setup_logging()  # the support log, and the hooks that put unexpected errors in it
    gui_args = _gui_only(args_list)
    if gui_args is not None:
        # No subcommand: start the GUI without loading every command's module first.
        from .gui import run_gui

        return run_gui(gui_args)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        from .gui import run_gui

        return run_gui(args)
    log.info("commande %s", args.command)
    try:
        return int(args.func(args) or 0)
    except SavError as exc:
        log.info("commande %s refusée : %s", args.command, exc)
        print_error(exc)
        return 2
    except KeyboardInterrupt:
        print("interrompu", file=sys.stderr)
        return 130
    except Exception as exc:  # never a raw traceback or database text for the user
        from ..services.support_log import log_path, log_unexpected

        log_unexpected(type(exc), exc, exc.__traceback__, f"commande {args.command}")
        print(f"erreur inattendue : rien de plus n'a été fait ; le détail est dans le journal {log_path()}",
              file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
