"""Keys as the keyboard (or a barcode scanner, which is one) types them: delivered to the
window, as the platform does, which hands them to its focus widget. The scanner and the idle
lock watch the windows (sav_desktop.ui.window_input): keys sent straight to a widget would
pass them by, as no real key does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from sav_desktop.ui.window_input import send_key


def type_keys(widget: QWidget, text: str, *, enter: bool = False, start_ms: int | None = None,
              gap_ms: int = 2) -> None:
    """Type ``text`` (then Enter) on ``widget``'s window: its focus widget receives it.
    With ``start_ms``, the keys carry timestamps ``gap_ms`` apart (as a platform's do);
    without, they carry none (the scanner then times their arrival)."""
    handle = widget.window().windowHandle()
    assert handle is not None, "the window is not shown"
    stamp = start_ms
    for ch in text:
        send_key(handle, ch, stamp)
        if stamp is not None:
            stamp += gap_ms
    if enter:
        send_key(handle, "\r", stamp, key=Qt.Key.Key_Return)
