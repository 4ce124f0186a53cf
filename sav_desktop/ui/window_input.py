"""Input events watched where the platform delivers them: on top-level windows, not app-wide.

An event filter installed on the application is called for every event of every object:
each paint of each widget, each timer, layout request and cross-thread signal. A filter
written in Python there costs a call into Python per event and takes the GIL each time,
against the search's worker thread: with the scanner's filter app-wide, a keystroke to the
painted device list took 4.7 ms at the median on 100,000 devices, 3.6 ms without it.

Keys, mouse and wheel reach a top-level ``QWindow`` first (the platform delivers them
there), and the window hands them to its focus widget or to the widget under the mouse. A
filter on the windows sees every input event and few others. Events an application sends
straight to a widget (``QApplication.sendEvent``) do not pass there: tests that stand for a
keyboard or a scanner send their keys to the window (``window.windowHandle()``), as the
platform does.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QWidget

Attach = Callable[[QWindow], None]


class _WhenShown(QObject):
    """Waits for a widget's first show (its QWindow exists then), attaches, and goes away."""

    def __init__(self, widget: QWidget, attach: Attach) -> None:
        super().__init__(widget)
        self._widget = widget
        self._attach: Attach | None = attach
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Show and self._attach is not None:
            handle = self._widget.windowHandle()
            if handle is not None:
                attach, self._attach = self._attach, None
                attach(handle)
                self.cancel()
        return False

    def cancel(self) -> None:
        self._attach = None
        if shiboken6.isValid(self._widget):
            self._widget.removeEventFilter(self)
        self.deleteLater()


def when_window_of(widget: QWidget, attach: Attach) -> _WhenShown | None:
    """Call ``attach`` with ``widget``'s top-level QWindow: at once if it exists (None is
    returned), else when the window is first shown (the waiter is returned: ``cancel()``)."""
    top = widget.window()
    handle = top.windowHandle()
    if handle is not None:
        attach(handle)
        return None
    return _WhenShown(top, attach)


def watch_window_of(watcher: QObject, widget: QWidget) -> None:
    """``watcher`` filters the events of ``widget``'s top-level window (now or once shown)."""
    when_window_of(widget, lambda handle: handle.installEventFilter(watcher))


class AllWindows:
    """``watcher`` filters the events of every top-level window: the ones open now, the
    given widget's once it is shown, and each window opened later as it gets the focus (a
    dialog, the unlock prompt). ``stop()`` removes it from all of them."""

    def __init__(self, watcher: QObject, widget: QWidget | None = None) -> None:
        self._watcher = watcher
        self._windows: list[QWindow] = []
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        self._app = app
        for window in app.topLevelWindows():
            self._add(window)
        self._waiting = when_window_of(widget, self._add) if widget is not None else None
        app.focusWindowChanged.connect(self._add)

    def _add(self, window: QWindow | None) -> None:
        if window is None:
            return
        window.installEventFilter(self._watcher)  # (installed once: Qt moves a repeated one)
        self._windows = [w for w in self._windows if shiboken6.isValid(w) and w is not window] + [window]

    def stop(self) -> None:
        try:
            self._app.focusWindowChanged.disconnect(self._add)
        except (RuntimeError, TypeError):
            pass
        if self._waiting is not None and shiboken6.isValid(self._waiting):
            self._waiting.cancel()  # (stopped before its window was ever shown)
        self._waiting = None
        for window in self._windows:
            if shiboken6.isValid(window):
                window.removeEventFilter(self._watcher)
        self._windows = []


def send_key(window: QWindow, text: str, stamp: int | None = None, key: Qt.Key | None = None) -> None:
    """One key typed on the keyboard (press and release), delivered to ``window`` as the
    platform delivers it: the window hands it to its focus widget, through the filters above.
    ``stamp``: the events' timestamp (ms), as a platform gives. The bench and the tests that
    stand for a keyboard or a scanner type with it."""
    if key is None:
        key = Qt.Key(ord(text.upper())) if text.isascii() and text.isalnum() else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        if stamp is not None:
            event.setTimestamp(stamp)
        QCoreApplication.sendEvent(window, event)


__all__ = ["AllWindows", "send_key", "watch_window_of", "when_window_of"]
