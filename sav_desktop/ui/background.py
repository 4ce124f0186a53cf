"""One helper for every read the GUI does off its thread (searches, page fetches, look-ups).

Like Anki's ``QueryOp``: ``ops.run(channel, fn, on_done, on_error)`` runs ``fn()`` in a thread
pool and calls ``on_done(result)`` (or ``on_error(exc)``) back on the GUI thread. Each channel
("assets", "customers"...) keeps only its newest request: starting another one supersedes
the previous, whose result is dropped when it arrives (and which does not even start if it
was still waiting in the pool). Typing never waits on the database; a slow statement only
delays the list, never the keys.

``fn`` must not touch widgets (it runs on a pool thread); the services open their own unit of
work per call, on their own connection, so calling the ``Desk`` from ``fn`` is safe.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QThreadPool, QTimer, Signal

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class BackgroundOps(QObject):
    """Runs reads off the GUI thread and delivers the newest result of each channel on it."""

    _arrived = Signal(object)  # (channel, generation, ok, value), emitted from a pool thread
    idle = Signal()  # no request pending any more (tests and the bench wait on it)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._lock = threading.Lock()
        self._generation: dict[str, int] = {}
        self._callbacks: dict[tuple[str, int], tuple[Done, Failed | None]] = {}
        self._arrived.connect(self._deliver)  # queued: the slot runs on this object's (GUI) thread

    def run(self, channel: str, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> int:
        """Start ``fn`` for ``channel``, superseding that channel's earlier request."""
        with self._lock:
            generation = self._generation.get(channel, 0) + 1
            self._generation[channel] = generation
        self._callbacks[(channel, generation)] = (on_done, on_error)

        def job() -> None:
            if self.superseded(channel, generation):
                self._arrived.emit((channel, generation, False, None))  # never ran: nothing to say
                return
            try:
                value, ok = fn(), True
            except BaseException as exc:  # noqa: BLE001 - delivered to on_error on the GUI thread
                value, ok = exc, False
            self._arrived.emit((channel, generation, ok, value))

        self.pool.start(job)
        return generation

    def superseded(self, channel: str, generation: int) -> bool:
        with self._lock:
            return self._generation.get(channel) != generation

    def cancel(self, channel: str) -> None:
        """Drop whatever ``channel`` has pending."""
        with self._lock:
            self._generation[channel] = self._generation.get(channel, 0) + 1

    def pending(self, channel: str | None = None) -> bool:
        if channel is None:
            return bool(self._callbacks)
        return any(c == channel for c, _ in self._callbacks)

    def wait(self, timeout_ms: int = 10_000) -> None:
        """Run the event loop until nothing is pending (screenshots, tools; never the GUI itself)."""
        if not self._callbacks:
            return
        loop = QEventLoop()
        self.idle.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.idle.disconnect(loop.quit)

    def _deliver(self, payload: tuple[str, int, bool, Any]) -> None:
        channel, generation, ok, value = payload
        callbacks = self._callbacks.pop((channel, generation), None)
        try:
            if callbacks is None or self.superseded(channel, generation):
                return  # a newer request of this channel is on its way: this answer is stale
            on_done, on_error = callbacks
            owner = getattr(on_done, "__self__", None)
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                return  # the form that asked is gone
            if ok:
                on_done(value)
            elif on_error is not None and value is not None:
                on_error(value)
            elif value is not None:
                raise value
        finally:
            if not self._callbacks:
                self.idle.emit()


def shared_ops() -> BackgroundOps:
    """The application's one helper (its channels keep the list's and the forms' requests apart)."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    ops = getattr(app, "_sav_background_ops", None)
    if ops is None:
        ops = BackgroundOps(app)
        app._sav_background_ops = ops  # type: ignore[union-attr]
    return ops  # type: ignore[no-any-return]


__all__ = ["BackgroundOps", "shared_ops"]
