"""The readable French report of a diagnostic pass (``sav-desktop diagnose``)."""

from __future__ import annotations

from .model import DiagnosticReport, ReaderReport, SlotRole, Verdict, slot_role

NOT_AVAILABLE = "non disponible"


def _ms(value: float) -> str:
    return f"{value:.2f}".replace(".", ",") + " ms"


def format_reader(reader: ReaderReport, role: SlotRole) -> list[str]:
    where = "" if role is SlotRole.SINGLE else f" ({role.label[0].lower()}{role.label[1:]})"
    lines = [
        f"Lecteur : {reader.name}{where}",
        f"  Fabricant     : {reader.vendor or NOT_AVAILABLE}",
        f"  Micrologiciel : {reader.firmware or NOT_AVAILABLE}",
        f"  N° de série   : {reader.serial or NOT_AVAILABLE}",
    ]
    card = reader.card
    if card is None:
        lines.append("  Carte         : aucune")
    else:
        lines += [
            f"  Carte         : {card.label} ({card.kind.value})",
            f"  ATR           : {card.atr} ({'valide' if card.atr_valid else 'invalide'})",
            f"  Protocoles    : {', '.join(card.protocols) or 'aucun'}",
            "  Aller-retour  : "
            + (_ms(card.roundtrip_ms) if card.roundtrip_ms is not None else "pas d'échange"),
        ]
    lines.append(f"  Verdict       : {reader.verdict.label}")
    for note in reader.notes:
        lines.append(f"  - {note}")
    return lines


def format_report(report: DiagnosticReport) -> str:
    names = [r.name for r in report.readers]
    lines = [
        f"Diagnostic des lecteurs PC/SC du {report.checked_at.strftime('%d/%m/%Y à %H:%M:%S')}",
        "Service PC/SC : disponible" if report.service == "ok" else "Service PC/SC : indisponible",
    ]
    if not report.readers:
        lines.append("Aucun lecteur branché.")
    if report.ignored:
        lines.append("Lecteurs virtuels ignorés (TPM, Windows Hello : pas des lecteurs de cartes) : "
                     + ", ".join(report.ignored))
    for reader in report.readers:
        lines.append("")
        lines += format_reader(reader, slot_role(reader.name, names))
    if report.readers:
        counts = {v: sum(1 for r in report.readers if r.verdict is v) for v in Verdict}
        lines += [
            "",
            f"Bilan : {len(report.readers)} lecteur(s) ; {counts[Verdict.OK]} OK, "
            f"{counts[Verdict.WARNING]} avertissement(s), {counts[Verdict.FAULT]} défaut(s).",
        ]
    return "\n".join(lines)
