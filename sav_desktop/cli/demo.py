"""``sav-desktop demo``: build a realistic, deterministic demo database."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from ..services.demo import build_demo
from ..store.db import open_database


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("demo", help="crée une base de démonstration réaliste (déterministe)")
    p.add_argument("--assets", type=int, default=2000, help="nombre de matériels (défaut 2 000)")
    p.add_argument("--seed", type=int, default=2025, help="graine (même graine, mêmes données)")
    p.add_argument("--today", type=date.fromisoformat, default=None, help="date de référence AAAA-MM-JJ (défaut : aujourd'hui)")
    p.set_defaults(func=run)


def _progress(done: int, total: int, stage: str = "matériels") -> None:
    """One line on stderr, rewritten in place: ``Démonstration : matériels 45 000 / 1 000 000``."""
    if stage == "terminé":
        print(file=sys.stderr, flush=True)
        return
    text = f"Démonstration : {stage} {done:,} / {total:,}".replace(",", "\u202f")
    print(f"\r{text:<70}", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    try:
        summary = build_demo(db, assets=args.assets, seed=args.seed, today=args.today, progress=_progress)
    finally:
        db.dispose()
    print(
        f"Base de démonstration prête : {summary.assets} matériels, {summary.customers} clients, "
        f"{summary.contracts} contrats ({summary.seconds:.1f} s) — {db.url}",
        file=sys.stderr,
    )
    return 0
