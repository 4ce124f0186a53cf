"""A QGuiApplication for rendering outside the GUI (CLI, bench): fonts need one."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication

_app: QGuiApplication | None = None


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a headless one (offscreen on Linux) made once."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    if sys.platform.startswith("linux"):
        # Rendering labels needs no display; don't let a missing X/Wayland stop the CLI.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["sav-desktop"])
    return _app
