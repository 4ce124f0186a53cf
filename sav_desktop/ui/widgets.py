"""Small widget builders shared by the desk's panels and forms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: #1b5e20;"


def make_label(
    name: str,
    text: str = "",
    *,
    style: str = "",
    selectable: bool = False,
    plain: bool = False,
    hidden: bool = False,
) -> QLabel:
    """A word-wrapped label with an object name (tests find it by that name)."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    if plain:
        label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if hidden:
        label.hide()
    return label


def field_with_error(name: str, widget: QWidget) -> tuple[QWidget, QLabel]:
    """``widget`` above its (hidden) error line, as every form shows a refused field."""
    widget.setObjectName(f"field_{name}")
    container = QWidget()
    box = QVBoxLayout(container)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(1)
    box.addWidget(widget)
    error = make_label(f"error_{name}", style=ERROR_STYLE, hidden=True)
    box.addWidget(error)
    return container, error
