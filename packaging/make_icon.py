"""Draws the application icon (PNG for Qt, ICO for Windows) into sav_desktop/resources/icons.

Run once when the design changes (the files are committed):
    QT_QPA_PLATFORM=offscreen python packaging/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath

OUT = Path(__file__).resolve().parents[1] / "sav_desktop" / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = size * 0.18
    body = QPainterPath()
    body.addRoundedRect(QRectF(size * 0.04, size * 0.04, size * 0.92, size * 0.92), r, r)
    p.fillPath(body, QColor("#1565c0"))
    # A card slot and a card: the trade's object.
    card = QPainterPath()
    card.addRoundedRect(QRectF(size * 0.22, size * 0.16, size * 0.56, size * 0.36), size * 0.05, size * 0.05)
    p.fillPath(card, QColor("#ffffff"))
    chip = QRectF(size * 0.30, size * 0.24, size * 0.13, size * 0.11)
    p.fillRect(chip, QColor("#f9a825"))
    p.setPen(QColor("#ffffff"))
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(max(6, int(size * 0.26)))
    p.setFont(font)
    p.drawText(QRectF(0, size * 0.55, size, size * 0.36), Qt.AlignmentFlag.AlignCenter, "SAV")
    p.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw(256)
    if not big.save(str(OUT / "sav-desktop.png")):
        raise SystemExit("PNG non écrit")
    # Qt's ICO writer keeps one size per file: 256 px is what Windows scales from.
    if not big.save(str(OUT / "sav-desktop.ico"), "ICO"):
        raise SystemExit("ICO non écrit (plugin imageformats/qico absent ?)")
    print(f"icônes écrites dans {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
