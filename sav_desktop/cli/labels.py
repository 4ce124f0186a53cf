"""``sav-desktop labels``: QR asset labels to a PDF or ZPL file, and the list of templates.

    sav-desktop labels --list-templates
    sav-desktop labels --template NAME (--asset TAG_OR_SERIAL)... [--new] --out FILE.pdf|FILE.zpl

Each label's QR code carries ``SAV1:<tag>:<serial>``. Writing the file records the print
on each device's timeline (``--new`` then no longer picks it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.errors import NotFoundError, SavError
from ..labels.content import LabelData, labels_from_assets
from ..labels.templates import Template, TemplateError, UnknownTemplateError, get_template, load_templates


class UsageError(SavError):
    """Bad command line: one French line naming the option."""


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "labels",
        help="étiquettes QR des matériels (PDF ou ZPL)",
        description="Étiquettes QR des matériels : le QR porte SAV1:<étiquette>:<n° de série>.",
    )
    p.add_argument("--list-templates", action="store_true", help="liste les modèles d'étiquette et quitte")
    p.add_argument("--template", metavar="NOM", help="modèle d'étiquette (voir --list-templates)")
    p.add_argument(
        "--asset", metavar="ÉTIQUETTE_OU_SÉRIE", action="append", default=[],
        help="matériel à étiqueter : étiquette (K4M7Q2X), n° de série ou texte scanné ; répétable",
    )
    p.add_argument("--new", action="store_true", help="ajoute les matériels dont l'étiquette n'a jamais été imprimée")
    p.add_argument("--out", metavar="FICHIER", help="fichier à écrire : .pdf ou .zpl")
    p.add_argument("--phone", metavar="TÉL", default=None, help="téléphone du SAV imprimé (défaut : réglage de la base)")
    p.set_defaults(func=run)


def list_templates(templates: dict[str, Template]) -> None:
    for t in templates.values():
        print(f"{t.name}\t{t.size_text()}\t{t.description}")


def run(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except (UsageError, TemplateError, UnknownTemplateError) as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    templates = load_templates()
    if args.list_templates:
        list_templates(templates)
        return 0
    if not args.template:
        raise UsageError("--template : indiquez un modèle d'étiquette (voir --list-templates)")
    template = get_template(args.template, templates)
    if not args.out:
        raise UsageError("--out : indiquez le fichier à écrire (.pdf ou .zpl)")
    out = Path(args.out)
    kind = out.suffix.lower()
    if kind not in (".pdf", ".zpl"):
        raise UsageError(f"--out : extension {out.suffix or '(aucune)'} non prise en charge, .pdf ou .zpl attendu")
    if kind == ".zpl" and template.sheet is not None:
        raise UsageError(f"--template : {template.name} est une planche A4, le ZPL ne sert qu'aux étiquettes à l'unité")
    if not args.asset and not args.new:
        raise UsageError("--asset : indiquez au moins un matériel (ou --new)")

    from ..domain.accounts import Permission
    from ..services import labels as label_service
    from ..services.uow import UnitOfWork
    from ..store.db import open_database
    from .auth import sign_in

    db = open_database(args.database)
    try:
        user = sign_in(args, db, Permission.PRINT_LABELS).user_name
        with UnitOfWork(db, user) as uow:
            try:
                assets = label_service.assets_for_labels(uow, list(args.asset))
            except NotFoundError as exc:
                raise UsageError(f"--asset : aucun matériel ne correspond à « {exc.key} »") from None
            if args.new:
                known = {a.id for a in assets}
                assets += [a for a in label_service.assets_without_label(uow) if a.id not in known]
            phone = args.phone if args.phone is not None else label_service.desk_phone(uow)
        if not assets:
            print("Aucun matériel sans étiquette : rien à imprimer.", file=sys.stderr)
            return 0
        labels = labels_from_assets(assets, phone)
        _write(out, template, labels)
        with UnitOfWork(db, user) as uow:
            label_service.record_label_print(uow, [a.id for a in assets], template.name, f"fichier {out.name}")
            uow.commit()
    finally:
        db.dispose()
    print(f"{len(labels)} étiquette(s) {template.name} écrite(s) dans {out}", file=sys.stderr)
    return 0


def _write(out: Path, template: Template, labels: list[LabelData]) -> None:
    if out.suffix.lower() == ".zpl":
        from ..labels.zpl import to_zpl

        data = to_zpl(template, labels)
        try:
            out.write_text(data, encoding="utf-8", newline="\n")
        except OSError as exc:
            raise UsageError(f"--out : impossible d'écrire {out} ({exc.strerror or exc})") from exc
        return
    from ..labels.render import write_pdf

    if not out.parent.is_dir():
        raise UsageError(f"--out : le dossier {out.parent} n'existe pas")
    try:
        write_pdf(out, template, labels)
    except OSError as exc:
        raise UsageError(f"--out : impossible d'écrire {out} ({exc})") from exc
