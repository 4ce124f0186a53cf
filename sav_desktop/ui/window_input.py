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

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QWidget


class _WhenShown(QObject):
    """Waits for a widget's first show (its QWindow exists then), attaches, and goes away."""

    def __init__(self, watcher: QObject, widget: QWidget) -> None:
        super().__init__(watcher)
        self._watcher = watcher
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            handle = watched.windowHandle()
            if handle is not None:
                handle.installEventFilter(self._watcher)
                watched.removeEventFilter(self)
                self.deleteLater()
        return False


def watch_window_of(watcher: QObject, widget: QWidget) -> None:
    """``watcher`` filters the events of ``widget``'s top-level window: at once if the window
    exists, else from the moment it is first shown."""
    top = widget.window()
    handle = top.windowHandle()
    if handle is not None:
        handle.installEventFilter(watcher)
    else:
        _WhenShown(watcher, top)


class AllWindows:
    """``watcher`` filters the events of every top-level window: the ones open now, the
    given widget's once it is shown, and each window opened later as it gets the focus (a
    dialog, the unlock prompt). ``stop()`` removes it from all of them."""

    def __init__(self, watcher: QObject, widget: QWidget | None = None) -> None:
        self._watcher = watcher
        self._widget = widget
        self._windows: list[QWindow] = []
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        for window in app.topLevelWindows():
            self._add(window)
        if widget is not None:
            watch_window_of(watcher, widget)
        app.focusWindowChanged.connect(self._add)
        self._app = app

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
        windows = list(self._windows)
        widget = self._widget
        if widget is not None and shiboken6.isValid(widget) and widget.window().windowHandle() is not None:
            windows.append(widget.window().windowHandle())
        for window in windows:
            if shiboken6.isValid(window):
                window.removeEventFilter(self._watcher)
        self._windows = []


__all__ = ["AllWindows", "watch_window_of"]
