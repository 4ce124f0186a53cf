"""The desk's documents as PDF, in French: rental return receipt, quote, loss/theft/destruction
statement. Layout in ``layout`` (HTML), rendering in ``render`` (Qt). Takes the plain values
of domain.documents; never the store. Qt is imported here only, never by domain or services
at import time (services.desk imports this package inside the methods that write files)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..domain.documents import LossStatement, QuoteDocument, ReturnReceipt
from .layout import loss_statement_html, quote_html, return_receipt_html
from .render import write_pdf


def render_return_receipt(view: ReturnReceipt, path: str | Path) -> Path:
    """Write the reçu de restitution of a rental check-in."""
    title = QCoreApplication.translate("Documents", "Reçu de restitution {number}").format(number=view.number)
    return write_pdf(return_receipt_html(view), path, title)


def render_quote(view: QuoteDocument, path: str | Path) -> Path:
    """Write the devis of a workshop ticket."""
    title = QCoreApplication.translate("Documents", "Devis {number}").format(number=view.number)
    return write_pdf(quote_html(view), path, title)


def render_loss_statement(view: LossStatement, path: str | Path) -> Path:
    """Write the loss/theft/destruction statement."""
    title = QCoreApplication.translate("Documents", "Déclaration {number}").format(number=view.number)
    return write_pdf(loss_statement_html(view), path, title)


__all__ = ["render_loss_statement", "render_quote", "render_return_receipt"]
