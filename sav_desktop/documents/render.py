"""HTML -> A4 PDF through QTextDocument and QPdfWriter (text stays text: it reads back)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..labels.qt_app import ensure_app


def write_pdf(html_text: str, path: str | Path, title: str) -> Path:
    """Lay ``html_text`` out on A4 pages at 300 dpi and write the PDF at ``path``."""
    ensure_app()  # fonts need a (headless) QGuiApplication
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("SAV Desktop")
    doc = QTextDocument()
    # On a 300-dpi device the layout must measure fonts on that device, or the text comes
    # out three times too small.
    doc.documentLayout().setPaintDevice(writer)
    doc.setHtml(html_text)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.print_(writer)
    del writer  # flush and close the file now
    return target
