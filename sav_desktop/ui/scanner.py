"""A barcode scanner is a keyboard that types fast and ends with Enter.

``ScanCatcher`` watches key presses meant for one window. A burst of printable keys typed
at scanner speed (under ``max_gap_ms`` between keys) and closed by Enter is a scan: the
text it typed into a field is taken back out, the Enter is swallowed, and ``scanned`` is
emitted with the text. Slow, human typing is left alone.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget


class ScanCatcher(QObject):
    scanned = Signal(str)

    def __init__(self, window: QWidget, max_gap_ms: float = 60.0, min_length: int = 4) -> None:
        super().__init__(window)
        self._window = window
        self._max_gap = max_gap_ms / 1000.0
        self._min_length = min_length
        self._buffer = ""
        self._last = 0.0
        self._field: QWidget | None = None
        self._field_text_before = ""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _mine(self, obj: QObject) -> bool:
        if not isinstance(obj, QWidget) or obj.window() is not self._window:
            return False
        focus = QApplication.focusWidget()
        # Key events climb to parents when ignored: count each press once.
        return obj is focus or (focus is None and obj is self._window)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self._mine(obj):
            return False
        assert isinstance(event, QKeyEvent)
        now = time.monotonic()
        fast = now - self._last <= self._max_gap
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = self._buffer if fast else ""
            self._buffer = ""
            if len(text) >= self._min_length:
                self._take_back()
                self.scanned.emit(text)
                return True
            return False
        typed = event.text()
        if typed and typed.isprintable():
            if not fast or not self._buffer:
                self._buffer = ""
                self._field = QApplication.focusWidget()
                self._field_text_before = self._text_of(self._field)
            self._buffer += typed
            self._last = now
        return False

    @staticmethod
    def _text_of(widget: QWidget | None) -> str:
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return ""

    def _take_back(self) -> None:
        """Remove what the scan typed into the field that had the focus."""
        w = self._field
        if isinstance(w, QLineEdit) and not w.isReadOnly():
            w.setText(self._field_text_before)
        elif isinstance(w, QPlainTextEdit) and not w.isReadOnly():
            w.setPlainText(self._field_text_before)
        self._field = None
