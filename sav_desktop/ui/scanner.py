"""A barcode scanner is a keyboard that types fast and ends with Enter.

``ScanCatcher`` is an event filter on one window's QWindow, where the platform delivers the
keys (ui.window_input: not app-wide, which would call it for every event of the application):
it sees every key press before the widget with the focus does. A burst of
printable keys typed faster than ``max_gap_ms`` apart and closed by Enter (at least
``min_length`` characters) is a scan: ``scanned`` is emitted with the text and the Enter is
swallowed; nothing else acts on it.

- A widget that is not a text field (the device list, a button...) would act on each key at
  once (a list's type-ahead jumps to a row, and the sheet would open another device): its
  printable keys are *held* while they come fast, and delivered to it in order only when the
  burst turns out not to be a scan (a pause longer than the gap, another key, Enter after a
  short burst). Hand typing reaches such a widget ``max_gap_ms`` late.
- A text field receives its keys at once (typing stays immediate); when the burst was a scan,
  what it typed is taken back out of the field.

The gap is measured on the keys' own timestamps when the platform gives them (X11, Wayland,
Windows, macOS do: the event loop may be late, the timestamps are not), else on the time each
key reaches the filter; a scan at 2 ms a character is caught however busy the GUI thread is.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .window_input import watch_window_of

_TEXT_MODIFIERS = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier,
                   Qt.KeyboardModifier.KeypadModifier,
                   Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)


def _is_text_field(widget: QObject) -> bool:
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return not widget.isReadOnly()
    return isinstance(widget, (QAbstractSpinBox, QComboBox)) and (
        not isinstance(widget, QComboBox) or widget.isEditable())


class ScanCatcher(QObject):
    scanned = Signal(str)

    def __init__(self, window: QWidget, max_gap_ms: float = 50.0, min_length: int = 4) -> None:
        super().__init__(window)
        self._window = window
        self._max_gap = float(max_gap_ms)
        self._min_length = min_length
        self._burst = ""  # the printable text of the current burst
        self._target: QWidget | None = None  # the widget it was meant for
        self._field_text_before = ""  # a text field's content before the burst
        self._held: list[QKeyEvent] = []  # keys kept from a widget that is not a text field
        self._last_ms = 0.0
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.flush)
        watch_window_of(self, window)

    @property
    def burst_text(self) -> str:
        return self._burst

    def _receiver(self) -> QWidget:
        """The widget the window hands its keys to, as Qt's window does: its focus widget
        (else the window itself)."""
        return self._window.focusWidget() or self._window

    @staticmethod
    def _stamp_ms(event: QKeyEvent) -> float:
        stamp = event.timestamp()
        return float(stamp) if stamp else time.monotonic() * 1000.0

    def eventFilter(self, _window: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        # The window's events pass here: the type test first (isinstance costs a tenth of
        # reading the event's type, which makes a Python enum).
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        obj = self._receiver()
        now = self._stamp_ms(event)
        fast = bool(self._burst) and obj is self._target and 0 <= now - self._last_ms <= self._max_gap
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in _TEXT_MODIFIERS:
            text = self._burst
            if fast and len(text) >= self._min_length:
                self._take_back()
                self._end_burst()
                self.scanned.emit(text)
                return True
            self.flush()
            return False
        typed = event.text()
        if (typed and typed.isprintable() and not event.isAutoRepeat()
                and event.modifiers() in _TEXT_MODIFIERS):
            if not fast:
                self.flush()  # the previous burst, if any, was typed by hand
                self._target = obj
                self._field_text_before = self._text_of(obj)
            self._burst += typed
            self._last_ms = now
            if _is_text_field(obj):
                return False  # typed at once; taken back if this is a scan
            self._held.append(_copy(event))
            self._flush_timer.start(max(1, int(self._max_gap)))
            return True
        self.flush()  # a shortcut, an arrow, Tab...: what was held goes first, in order
        return False

    def flush(self) -> None:
        """End the burst: deliver the held keys to the widget they were meant for, in order."""
        held, target = self._held, self._target
        self._end_burst()
        if not held or target is None or not shiboken6.isValid(target):
            return
        for event in held:  # (to the widget itself: they do not pass the window's filter again)
            QApplication.sendEvent(target, event)

    def _end_burst(self) -> None:
        self._flush_timer.stop()
        self._held = []
        self._burst = ""
        self._target = None

    @staticmethod
    def _text_of(widget: QWidget | None) -> str:
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return ""

    def _take_back(self) -> None:
        """Remove what the scan typed into the text field that had the focus."""
        w = self._target
        if w is None or not shiboken6.isValid(w):
            return
        if isinstance(w, QLineEdit) and not w.isReadOnly():
            w.setText(self._field_text_before)
        elif isinstance(w, QPlainTextEdit) and not w.isReadOnly():
            w.setPlainText(self._field_text_before)


def _copy(event: QKeyEvent) -> QKeyEvent:
    copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(), event.isAutoRepeat(), event.count())
    copy.setTimestamp(event.timestamp())
    return copy
