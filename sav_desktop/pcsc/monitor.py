"""Watching readers and cards with ``SCardGetStatusChange``, on the caller's thread.

``StatusWatcher.run()`` blocks (run it on a worker thread) and reports events through a
callback; it never touches a widget. When the service goes away (pcscd restart; on
Windows SCardSvr stops when the last reader is unplugged) it reports ``service_lost``,
then tries to establish a new context every ``retry_s`` and reports ``service_restored``
and the readers and cards it finds again.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from ..domain.atr import format_atr
from . import codes
from .backend import load_scard
from .errors import PyscardMissing, ServiceUnavailable

PNP_NOTIFICATION = "\\\\?PnP?\\Notification"


class EventKind(enum.Enum):
    READER_ADDED = "reader_added"
    READER_REMOVED = "reader_removed"
    CARD_INSERTED = "card_inserted"
    CARD_REMOVED = "card_removed"
    SERVICE_LOST = "service_lost"
    SERVICE_RESTORED = "service_restored"


@dataclass(frozen=True)
class PcscEvent:
    kind: EventKind
    reader: str = ""
    atr: str = ""  # spaced upper-case hex, for CARD_INSERTED
    message: str = ""  # French, for SERVICE_LOST


class StatusWatcher:
    """Blocking watch loop; ``stop()`` from any thread ends it within ``wait_ms``."""

    def __init__(
        self,
        on_event: Callable[[PcscEvent], None],
        *,
        scard: ModuleType | None = None,
        wait_ms: int = 500,
        retry_s: float = 0.5,
    ) -> None:
        self._on_event = on_event
        self._scard = scard
        self._wait_ms = wait_ms
        self._retry_s = retry_s
        self._stop = threading.Event()
        self._ctx: Any = None
        self._ctx_lock = threading.Lock()
        # reader -> last event state (with pcsc-lite's event counter in the high word)
        self._states: dict[str, int] = {}
        self._present: dict[str, bool] = {}
        self._atrs: dict[str, str] = {}
        self._service_up: bool | None = None
        self._pnp_supported = True

    # -- control ----------------------------------------------------------------------
    def stop(self) -> None:
        self._stop.set()
        with self._ctx_lock:
            ctx = self._ctx
        if ctx is not None and self._scard is not None:
            try:
                self._scard.SCardCancel(ctx)
            except Exception:  # noqa: BLE001 - the context may be gone
                pass

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    # -- loop ---------------------------------------------------------------------------
    def run(self) -> None:
        try:
            if self._scard is None:
                self._scard = load_scard()
        except PyscardMissing as exc:
            self._emit(PcscEvent(EventKind.SERVICE_LOST, message=str(exc)))
            return
        while not self._stop.is_set():
            if self._ctx is None and not self._connect():
                self._stop.wait(self._retry_s)
                continue
            try:
                self._watch_once()
            except ServiceUnavailable as exc:
                self._lose(exc)
        self._drop_context()

    def _emit(self, event: PcscEvent) -> None:
        if not self._stop.is_set():
            self._on_event(event)

    def _connect(self) -> bool:
        s = self._scard
        assert s is not None
        hr, ctx = s.SCardEstablishContext(s.SCARD_SCOPE_USER)
        hr = codes.normalize(hr)
        if hr != codes.SCARD_S_SUCCESS:
            self._lose(ServiceUnavailable(hr))
            return False
        with self._ctx_lock:
            self._ctx = ctx
        if self._service_up is False:
            self._emit(PcscEvent(EventKind.SERVICE_RESTORED))
        self._service_up = True
        try:
            self._sync_readers()
        except ServiceUnavailable as exc:
            self._lose(exc)
            return False
        return True

    def _lose(self, exc: ServiceUnavailable) -> None:
        self._drop_context()
        if self._service_up is not False:
            self._service_up = False
            self._emit(PcscEvent(EventKind.SERVICE_LOST, message=str(exc)))
            for reader in list(self._states):
                if self._present.get(reader):
                    self._emit(PcscEvent(EventKind.CARD_REMOVED, reader))
                self._emit(PcscEvent(EventKind.READER_REMOVED, reader))
        self._states.clear()
        self._present.clear()
        self._atrs.clear()

    def _drop_context(self) -> None:
        with self._ctx_lock:
            ctx, self._ctx = self._ctx, None
        if ctx is not None:
            try:
                self._scard.SCardReleaseContext(ctx)  # type: ignore[union-attr]
            except Exception:  # noqa: BLE001
                pass

    def _list(self) -> list[str]:
        s = self._scard
        assert s is not None
        hr, names = s.SCardListReaders(self._ctx, [])
        hr = codes.normalize(hr)
        if hr == codes.SCARD_E_NO_READERS_AVAILABLE:
            return []
        if hr != codes.SCARD_S_SUCCESS:
            raise ServiceUnavailable(hr)
        return list(names)

    def _sync_readers(self) -> None:
        names = self._list()
        for gone in [r for r in self._states if r not in names]:
            self._atrs.pop(gone, None)
            if self._present.pop(gone, False):
                self._emit(PcscEvent(EventKind.CARD_REMOVED, gone))
            del self._states[gone]
            self._emit(PcscEvent(EventKind.READER_REMOVED, gone))
        s = self._scard
        assert s is not None
        for new in [r for r in names if r not in self._states]:
            self._states[new] = s.SCARD_STATE_UNAWARE
            self._present[new] = False
            self._emit(PcscEvent(EventKind.READER_ADDED, new))
        if any(state == s.SCARD_STATE_UNAWARE for state in self._states.values()):
            self._poll(0)  # the cards already in the new readers

    def _watch_once(self) -> None:
        self._poll(self._wait_ms)
        if not self._stop.is_set():
            self._sync_readers()

    def _poll(self, timeout_ms: int) -> None:
        s = self._scard
        assert s is not None
        readers = list(self._states)
        query = [(r, self._states[r]) for r in readers]
        use_pnp = self._pnp_supported
        if use_pnp:
            query.append((PNP_NOTIFICATION, self._pnp_state))
        if not query:
            self._stop.wait(timeout_ms / 1000)
            return
        hr, result = s.SCardGetStatusChange(self._ctx, timeout_ms, query)
        hr = codes.normalize(hr)
        if hr in (codes.SCARD_E_TIMEOUT, codes.SCARD_E_CANCELLED):
            return
        if hr == codes.SCARD_E_UNKNOWN_READER:
            if use_pnp and not readers:
                self._pnp_supported = False
            return  # a reader went away: the next sync sees it
        if hr != codes.SCARD_S_SUCCESS:
            raise ServiceUnavailable(hr)
        for name, event_state, atr in result:
            if name == PNP_NOTIFICATION:
                self._pnp_state = event_state & ~s.SCARD_STATE_CHANGED
                continue
            if name not in self._states:
                continue
            self._states[name] = event_state & ~s.SCARD_STATE_CHANGED
            present = bool(event_state & s.SCARD_STATE_PRESENT)
            atr_hex = format_atr(atr) if present else ""
            was_present = self._present.get(name, False)
            if was_present and (not present or atr_hex != self._atrs.get(name)):
                self._emit(PcscEvent(EventKind.CARD_REMOVED, name))
            if present and (not was_present or atr_hex != self._atrs.get(name)):
                self._emit(PcscEvent(EventKind.CARD_INSERTED, name, atr_hex))
            self._present[name] = present
            self._atrs[name] = atr_hex

    _pnp_state: int = 0
