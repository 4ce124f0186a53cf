"""Keys as the keyboard (or a barcode scanner, which is one) types them: delivered to the
window, as the platform does, which hands them to its focus widget. The scanner and the idle
lock watch the windows (sav_desktop.ui.window_input): keys sent straight to a widget would
pass them by, as no real key does."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def _key_of(ch: str) -> Qt.Key:
    return Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown


def type_keys(widget: QWidget, text: str, *, enter: bool = False, start_ms: int | None = None,
              gap_ms: int = 2) -> None:
    """Type ``text`` (then Enter) on ``widget``'s window: its focus widget receives it.
    With ``start_ms``, the keys carry timestamps ``gap_ms`` apart (as a platform's do);
    without, they carry none (the scanner then times their arrival)."""
    handle = widget.window().windowHandle()
    assert handle is not None, "the window is not shown"
    stamp = start_ms
    keys = [(_key_of(ch), ch) for ch in text] + ([(Qt.Key.Key_Return, "\r")] if enter else [])
    for key, ch in keys:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            if stamp is not None:
                event.setTimestamp(stamp)
            QApplication.sendEvent(handle, event)
        if stamp is not None:
            stamp += gap_ms
