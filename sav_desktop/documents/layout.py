"""The documents' French layout as HTML (QTextDocument's subset): return receipt, quote, loss
statement. Texts go through QCoreApplication.translate (French source strings, context
"Documents"); amounts through domain.money.format_eur (U+202F thousands, U+00A0 before €)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ..domain.calendar import format_date_fr
from ..domain.documents import (
    DeviceLine,
    DocumentLine,
    ExclusionLine,
    LossStatement,
    Party,
    QuoteDocument,
    ReturnReceipt,
    Totals,
)
from ..domain.money import format_eur

_e = html.escape
translate = QCoreApplication.translate

_STYLE = (
    "<style>"
    "body { font-family: sans-serif; font-size: 9pt; }"
    "h1 { font-size: 15pt; margin-bottom: 2px; }"
    "h2 { font-size: 11pt; margin-top: 10px; margin-bottom: 3px; }"
    "td, th { padding: 3px; }"
    "th { background-color: #e0e0e0; text-align: left; }"
    ".num { text-align: right; }"
    ".small { font-size: 7.5pt; color: #555555; }"
    "</style>"
)


def _eur(amount: Decimal, places: int = 3) -> str:
    return _e(format_eur(amount, places))


def _when(moment: datetime) -> str:
    return f"{format_date_fr(moment.date())} {moment:%H:%M}"


def _head(title: str, number: str, issued: str) -> list[str]:
    return [
        f"<html><head>{_STYLE}</head><body>",
        f"<h1>{_e(title)}</h1>",
        f"<p><b>{_e(translate('Documents', 'N°'))} {_e(number)}</b> — {_e(issued)}</p>",
    ]


def _party_device(customer: Party, device: DeviceLine, contract: str, extra: Sequence[tuple[str, str]]) -> str:
    city = " ".join(p for p in (customer.postal_code, customer.city) if p)
    client = "<br/>".join(_e(p) for p in (customer.name, customer.address, city) if p)
    rows = [
        (translate("Documents", "Matériel"), f"{device.model_label}"),
        (translate("Documents", "Étiquette"), device.asset_tag),
        (translate("Documents", "N° de série"), device.serial),
        (translate("Documents", "Contrat"), contract),
        *extra,
    ]
    right = "".join(f"<tr><td>{_e(k)}</td><td><b>{_e(v)}</b></td></tr>" for k, v in rows)
    return (
        "<table width='100%' cellspacing='0'><tr>"
        f"<td width='45%' valign='top'><b>{_e(translate('Documents', 'Client'))}</b><br/>{client}</td>"
        f"<td width='55%' valign='top'><table cellspacing='0'>{right}</table></td>"
        "</tr></table>"
    )


def _exclusions(items: Sequence[ExclusionLine]) -> str:
    if not items:
        return f"<p>{_e(translate('Documents', 'Aucun dommage ni exclusion constaté.'))}</p>"
    rows = "".join(
        f"<tr><td>{_e(x.code)}</td><td>{_e(x.label)}</td>"
        f"<td>{_e(translate('Documents', 'dommage') if x.is_damage else translate('Documents', 'exclusion'))}</td></tr>"
        for x in items
    )
    return (
        "<table width='100%' border='1' cellspacing='0'>"
        f"<tr><th>{_e(translate('Documents', 'Code (R-30)'))}</th><th>{_e(translate('Documents', 'Constat'))}</th>"
        f"<th>{_e(translate('Documents', 'Nature'))}</th></tr>{rows}</table>"
    )


def _lines(lines: Sequence[DocumentLine], totals: Totals) -> str:
    head = (
        f"<tr><th>{_e(translate('Documents', 'Désignation'))}</th><th>{_e(translate('Documents', 'Règle'))}</th>"
        f"<th class='num'>{_e(translate('Documents', 'Qté'))}</th>"
        f"<th class='num'>{_e(translate('Documents', 'Prix unitaire HT'))}</th>"
        f"<th class='num'>{_e(translate('Documents', 'Montant HT'))}</th></tr>"
    )
    if lines:
        body = "".join(
            f"<tr><td>{_e(line.label)} <span class='small'>({_e(line.code)})</span></td><td>{_e(line.rule)}</td>"
            f"<td class='num'>{line.quantity}</td><td class='num'>{_eur(line.unit_ht)}</td>"
            f"<td class='num'>{_eur(line.amount_ht)}</td></tr>"
            for line in lines
        )
    else:
        body = f"<tr><td colspan='5'>{_e(translate('Documents', 'Aucun frais.'))}</td></tr>"
    foot = (
        f"<tr><td colspan='4' class='num'><b>{_e(translate('Documents', 'Total HT'))}</b></td>"
        f"<td class='num'><b>{_eur(totals.total_ht)}</b></td></tr>"
        f"<tr><td colspan='4' class='num'>{_e(translate('Documents', 'TVA 20 %'))}</td>"
        f"<td class='num'>{_eur(totals.vat, 2)}</td></tr>"
        f"<tr><td colspan='4' class='num'><b>{_e(translate('Documents', 'Total TTC'))}</b></td>"
        f"<td class='num'><b>{_eur(totals.total_ttc, 2)}</b></td></tr>"
    )
    return f"<table width='100%' border='1' cellspacing='0'>{head}{body}{foot}</table>"


def _why(text: str) -> str:
    if not text:
        return ""
    body = "<br/>".join(_e(p) for p in text.splitlines() if p.strip())
    return f"<h2>{_e(translate('Documents', 'Explication'))}</h2><p class='small'>{body}</p>"


def _signatures(left: str, right: str, place_date: bool = True) -> str:
    line = _e(translate("Documents", "Date :")) + " ____ / ____ / ________<br/>" if place_date else ""
    return (
        "<table width='100%' cellspacing='0' border='1'><tr>"
        f"<td width='50%' height='90' valign='top'><b>{_e(left)}</b><br/>{line}"
        f"{_e(translate('Documents', 'Signature :'))}</td>"
        f"<td width='50%' height='90' valign='top'><b>{_e(right)}</b><br/>{line}"
        f"{_e(translate('Documents', 'Signature :'))}</td>"
        "</tr></table>"
    )


def _d(day: date | None) -> str:
    return format_date_fr(day) if day is not None else "—"


# --------------------------------------------------------------------------- documents


def return_receipt_html(doc: ReturnReceipt) -> str:
    """Reçu de restitution: device, contract, checklist, damage, charges, deposit (R-50)."""
    parts = _head(
        translate("Documents", "Reçu de restitution de matériel loué"), doc.number,
        translate("Documents", "établi le {when} par {who}").format(when=_when(doc.issued_at), who=doc.operator),
    )
    parts.append(_party_device(doc.customer, doc.device, doc.contract_number, [
        (translate("Documents", "Signé le"), _d(doc.signed_on)),
        (translate("Documents", "Fin de location"), _d(doc.ended_on)),
        (translate("Documents", "Restitution au plus tard le (R-51)"), _d(doc.return_deadline)),
        (translate("Documents", "Restitué le"), _d(doc.returned_on)),
    ]))
    if doc.late:
        parts.append(f"<p><b>{_e(translate('Documents', 'Restitution hors délai (R-51).'))}</b></p>")
    parts.append(f"<h2>{_e(translate('Documents', 'Contrôle à la restitution'))}</h2>")
    rows = "".join(
        f"<tr><td>{_e(a.label)}</td><td class='num'>{a.lent}</td><td class='num'>{a.returned}</td>"
        f"<td class='num'>{a.missing if a.missing else '—'}</td></tr>"
        for a in doc.accessories
    ) or f"<tr><td colspan='4'>{_e(translate('Documents', 'Aucun accessoire prêté.'))}</td></tr>"
    parts.append(
        "<table width='100%' border='1' cellspacing='0'>"
        f"<tr><th>{_e(translate('Documents', 'Accessoire'))}</th><th class='num'>{_e(translate('Documents', 'Prêté'))}</th>"
        f"<th class='num'>{_e(translate('Documents', 'Rendu'))}</th>"
        f"<th class='num'>{_e(translate('Documents', 'Manquant'))}</th></tr>{rows}</table>"
    )
    seal = translate("Documents", "intact") if doc.seal_intact else translate("Documents", "arraché ou endommagé (SEAL_BROKEN)")
    parts.append(f"<p>{_e(translate('Documents', 'Scellé de sécurité :'))} <b>{_e(seal)}</b></p>")
    parts.append(f"<h2>{_e(translate('Documents', 'Dommages constatés'))}</h2>")
    parts.append(_exclusions(doc.exclusions))
    if doc.notes:
        parts.append(f"<p>{_e(translate('Documents', 'Observations :'))} {_e(doc.notes)}</p>")
    parts.append(f"<h2>{_e(translate('Documents', 'Frais'))}</h2>")
    parts.append(_lines(doc.lines, doc.totals))
    if doc.tariff_name:
        parts.append(f"<p class='small'>{_e(translate('Documents', 'Tarif appliqué : {name}').format(name=doc.tariff_name))}</p>")
    parts.append(f"<h2>{_e(translate('Documents', 'Dépôt de garantie (R-50)'))}</h2>")
    rows2 = [
        # R-50 Decision: a deposit is a sum held, in euros, no VAT; set against the TTC charges.
        (translate("Documents", "Dépôt de garantie versé (sans TVA)"), _eur(doc.deposit, 2)),
        (translate("Documents", "Frais TTC imputés sur le dépôt"), _eur(doc.charges_ttc, 2) + " TTC"),
        (translate("Documents", "Retenue sur le dépôt"), _eur(doc.kept, 2)),
        (translate("Documents", "Remboursement au client"), _eur(doc.refund, 2)),
        (translate("Documents", "Solde facturé"), _eur(doc.balance_ttc, 2) + " TTC"),
    ]
    parts.append(
        f"<p><b>{_e(doc.settlement_label)}</b></p><table cellspacing='0'>"
        + "".join(f"<tr><td>{_e(k)}</td><td class='num'><b>{v}</b></td></tr>" for k, v in rows2)
        + "</table>"
    )
    parts.append(_why(doc.why))
    parts.append(f"<h2>{_e(translate('Documents', 'Signatures'))}</h2>")
    parts.append(_signatures(translate("Documents", "Pour le client"), translate("Documents", "Pour le revendeur")))
    parts.append("</body></html>")
    return "".join(parts)


def quote_html(doc: QuoteDocument) -> str:
    """Devis: lines with their rules, HT/TVA/TTC, validity, "Bon pour accord" block."""
    parts = _head(
        translate("Documents", "Devis de réparation"), doc.number,
        translate("Documents", "établi le {day}, valable jusqu'au {until}").format(
            day=_d(doc.drawn_on), until=_d(doc.valid_until)),
    )
    parts.append(_party_device(doc.customer, doc.device, doc.contract_number, [
        (translate("Documents", "Nature du contrat"), doc.contract_kind_label),
        (translate("Documents", "Dossier SAV"), doc.ticket_number),
        (translate("Documents", "Accord de retour (RMA, R-72)"), doc.rma_number or "—"),
        (translate("Documents", "État du dossier"), doc.state_label),
    ]))
    parts.append(f"<h2>{_e(translate('Documents', 'Problème signalé'))}</h2><p>{_e(doc.problem)}</p>")
    parts.append(f"<h2>{_e(translate('Documents', 'Examen (R-30)'))}</h2>")
    parts.append(_exclusions(doc.exclusions))
    state = translate("Documents", "réparable") if doc.repairable else translate("Documents", "non réparable")
    parts.append(f"<p>{_e(translate('Documents', 'Appareil :'))} <b>{_e(state)}</b> — {_e(doc.decision_label)}</p>")
    parts.append(f"<h2>{_e(translate('Documents', 'Détail du devis'))}</h2>")
    parts.append(_lines(doc.lines, doc.totals))
    parts.append(
        f"<p class='small'>{_e(translate('Documents', 'Tarif appliqué : {name}').format(name=doc.tariff_name))}. "
        + _e(translate("Documents", "Montants HT à trois décimales ; TVA 20 % et TTC calculés sur le total HT du devis."))
        + "</p>"
    )
    parts.append(_why(doc.why))
    parts.append(
        "<p>" + _e(translate("Documents", "Sans réponse au {until}, le devis est caduc. En cas de refus, seule l’analyse "
                                  "est facturée et l’appareil est rendu non réparé (R-60).").format(
            until=_d(doc.valid_until))) + "</p>"
    )

    parts.append(f"<h2>{_e(translate('Documents', 'Bon pour accord'))}</h2>")
    parts.append(
        "<table width='100%' border='1' cellspacing='0'><tr><td height='120' valign='top'>"
        + _e(translate("Documents", "Je soussigné(e) accepte le présent devis et la réparation de l’appareil aux "
                            "conditions ci-dessus."))
        + "<br/><br/>" + _e(translate("Documents", "Date :")) + " ____ / ____ / ________<br/><br/>"
        + _e(translate("Documents", "Signature, précédée de la mention « Bon pour accord » :")) + "<br/><br/><br/>"
        + _e(translate("Documents", "Cachet du cabinet :"))
        + "</td></tr></table>"
    )
    parts.append("</body></html>")
    return "".join(parts)


def loss_statement_html(doc: LossStatement) -> str:
    """Déclaration de perte, vol ou destruction (R-62) with the replacement price (R-61)."""
    parts = _head(
        translate("Documents", "Déclaration de {kind} de matériel").format(kind=doc.kind_label.lower()), doc.number,
        translate("Documents", "établie le {when} par {who}").format(when=_when(doc.issued_at), who=doc.operator),
    )
    parts.append(_party_device(doc.customer, doc.device, doc.contract_number, [
        (translate("Documents", "Nature du contrat"), doc.contract_kind_label),
        (translate("Documents", "Mise en service"), _d(doc.in_service_on)),
        (translate("Documents", "État du dossier"), doc.state_label),
    ]))
    parts.append(f"<h2>{_e(translate('Documents', 'Déclaration (R-62)'))}</h2>")
    rows = [
        (translate("Documents", "Nature"), doc.kind_label),
        (translate("Documents", "Date de l'événement"), _d(doc.event_on)),
        (translate("Documents", "Déclaré au revendeur le"), _when(doc.reported_at)),
        (translate("Documents", "Lettre recommandée"),
         f"{doc.letter_reference} ({translate('Documents', 'envoyée le')} {_d(doc.letter_sent_on)})"
         if doc.letter_reference else translate("Documents", "non reçue à ce jour")),
        (translate("Documents", "Dépôt de plainte"),
         f"{doc.complaint_reference} ({_d(doc.complaint_on)}{', ' + doc.police_office if doc.police_office else ''})"
         if doc.complaint_reference else translate("Documents", "référence à fournir (obligatoire pour clore, R-62)")),
    ]
    parts.append("<table cellspacing='0'>" + "".join(
        f"<tr><td>{_e(k)}</td><td><b>{_e(v)}</b></td></tr>" for k, v in rows) + "</table>")
    if doc.circumstances:
        parts.append(f"<p>{_e(translate('Documents', 'Circonstances :'))} {_e(doc.circumstances)}</p>")
    parts.append(f"<h2>{_e(translate('Documents', 'Prix de remplacement (R-61)'))}</h2>")
    parts.append(_lines(doc.lines, doc.totals))
    if doc.tariff_name:
        parts.append(f"<p class='small'>{_e(translate('Documents', 'Tarif appliqué : {name}').format(name=doc.tariff_name))}</p>")
    parts.append(_why(doc.why))
    parts.append(
        "<p>" + _e(translate("Documents", "La perte, le vol ou la destruction doit être déclaré aussitôt et confirmé par "
                                  "lettre recommandée accompagnée du dépôt de plainte. Le loyer n’est pas "
                                  "suspendu (R-53).")) + "</p>"
    )
    parts.append(f"<h2>{_e(translate('Documents', 'Signatures'))}</h2>")
    parts.append(_signatures(translate("Documents", "Le client"), translate("Documents", "Pour le revendeur")))
    parts.append("</body></html>")
    return "".join(parts)


__all__ = ["loss_statement_html", "quote_html", "return_receipt_html"]
