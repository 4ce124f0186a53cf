"""The reader/card diagnostic engine over pyscard (low-level ``smartcard.scard``).

One pass: list the readers; for each, maker/firmware/serial where the driver gives them;
the card's ATR (parsed, identified by ``domain.atr``); one harmless APDU (SELECT of the
master file with "no response data", which reads nothing) timed; a verdict with French
notes carrying the PC/SC code. The only command ever sent to a card is in
``HARMLESS_APDUS``: never VERIFY (INS 20) nor anything touching a PIN (three wrong PINs
block a CPS card), never a read of personal data (RULES.md R-81).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import datetime
from types import ModuleType
from typing import Any

from ..domain.atr import CardKind, format_atr, identify_card, parse_atr
from . import codes
from .backend import load_scard
from .errors import PcscCallFailed, ReaderNotFound, ServiceUnavailable
from .model import CardReport, DiagnosticReport, ReaderReport, Verdict, physical_readers, virtual_readers

# SELECT MF (3F00), P2=0C: no FCI returned, so nothing is read.
SELECT_MF = bytes.fromhex("00A4000C023F00")
HARMLESS_APDUS: frozenset[bytes] = frozenset({SELECT_MF})
PIN_INSTRUCTIONS = frozenset({0x20, 0x21, 0x24, 0x26, 0x28, 0x2C})  # VERIFY, CHANGE, ...

NOT_AVAILABLE = "non disponible"


class UnsafeApdu(ValueError):
    """An APDU outside the allow-list: refused before it reaches the card."""


def check_harmless(apdu: bytes) -> None:
    if len(apdu) >= 2 and apdu[1] in PIN_INSTRUCTIONS:
        raise UnsafeApdu(f"commande de code PIN refusée (INS {apdu[1]:02X})")
    if apdu not in HARMLESS_APDUS:
        raise UnsafeApdu(f"commande non autorisée pour un diagnostic : {format_atr(apdu)}")


def match_reader(asked: str, names: list[str]) -> str:
    """Exact name, else the unique reader whose name contains ``asked`` (case kept, then
    ignored). ``ReaderNotFound`` lists what exists (or what matched, when ambiguous)."""
    if asked in names:
        return asked
    for fold in (False, True):
        key = asked.casefold() if fold else asked
        hits = [n for n in names if key in (n.casefold() if fold else n)]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise ReaderNotFound(asked, names, hits)
    raise ReaderNotFound(asked, names)


def _decode_text(data: list[int]) -> str | None:
    raw = bytes(data).split(b"\x00", 1)[0].strip()
    if not raw:
        return None
    return raw.decode("ascii", errors="replace")


def _decode_version(data: list[int], windows: bool = sys.platform == "win32") -> str | None:
    """SCARD_ATTR_VENDOR_IFD_VERSION: a little-endian DWORD 0xMMmmbbbb.

    pcsc-lite's CCID driver puts the USB bcdDevice in the high word, so major and minor are
    binary-coded decimal ("2.04"); on Windows the vendor's driver gives plain numbers
    (major.minor.build in decimal). Anything but four bytes is taken as text.
    """
    if len(data) != 4:
        return _decode_text(data)
    value = int.from_bytes(bytes(data), "little")
    if value == 0:
        return None
    major, minor, build = value >> 24, (value >> 16) & 0xFF, value & 0xFFFF
    if windows:
        text = f"{major}.{minor}"
    else:
        text = f"{major:X}.{minor:02X}"
    return f"{text}.{build}" if build else text


class PcscEngine:
    """Diagnostics over the PC/SC service. Each pass uses its own PC/SC context, so the
    engine may be used from any one thread at a time."""

    def __init__(
        self,
        scard: ModuleType | None = None,
        *,
        removal_wait_ms: int = 1000,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._scard = scard
        self._removal_wait_ms = removal_wait_ms
        self._clock = clock or (lambda: datetime.now().astimezone())

    @property
    def scard(self) -> ModuleType:
        if self._scard is None:
            self._scard = load_scard()
        return self._scard

    # -- context ----------------------------------------------------------------------
    def _establish(self) -> Any:
        s = self.scard
        hr, ctx = s.SCardEstablishContext(s.SCARD_SCOPE_USER)
        if codes.normalize(hr) != codes.SCARD_S_SUCCESS:
            raise ServiceUnavailable(codes.normalize(hr))
        return ctx

    def _release(self, ctx: Any) -> None:
        try:
            self.scard.SCardReleaseContext(ctx)
        except Exception:  # noqa: BLE001 - the service may be gone already
            pass

    def _list(self, ctx: Any) -> list[str]:
        hr, names = self.scard.SCardListReaders(ctx, [])
        hr = codes.normalize(hr)
        if hr == codes.SCARD_E_NO_READERS_AVAILABLE:
            return []
        if hr in codes.SERVICE_DOWN_CODES:
            raise ServiceUnavailable(hr)
        if hr != codes.SCARD_S_SUCCESS:
            raise PcscCallFailed("SCardListReaders", hr)
        return list(names)

    def list_readers(self) -> list[str]:
        ctx = self._establish()
        try:
            return self._list(ctx)
        finally:
            self._release(ctx)

    # -- one pass -----------------------------------------------------------------------
    def diagnose(self, reader: str | None = None) -> DiagnosticReport:
        """One pass over every reader, or over ``reader`` (exact name or unique substring).

        Raises ``ServiceUnavailable`` when the service is down, ``ReaderNotFound`` for an
        unknown or ambiguous ``reader``, ``PyscardMissing`` without pyscard."""
        ctx = self._establish()
        try:
            listed = self._list(ctx)
            # TPM virtual smart cards and Windows Hello are not card readers: never diagnosed.
            names = physical_readers(listed)
            if reader is not None:
                names = [match_reader(reader, names)]
            reports = [self._diagnose_reader(ctx, name) for name in names]
        finally:
            self._release(ctx)
        return DiagnosticReport(
            checked_at=self._clock(), service="ok", readers=reports, ignored=tuple(virtual_readers(listed))
        )

    def _diagnose_reader(self, ctx: Any, name: str) -> ReaderReport:
        s = self.scard
        hr, states = s.SCardGetStatusChange(ctx, 0, [(name, s.SCARD_STATE_UNAWARE)])
        hr = codes.normalize(hr)
        if hr in codes.SERVICE_DOWN_CODES:
            raise ServiceUnavailable(hr)
        if hr not in (codes.SCARD_S_SUCCESS, codes.SCARD_E_TIMEOUT) or not states:
            return ReaderReport(
                name, None, None, None, None, Verdict.FAULT,
                [f"état du lecteur illisible : {codes.describe(hr)}"],
            )
        _, state, atr_list = states[0]
        if state & (s.SCARD_STATE_UNAVAILABLE | s.SCARD_STATE_UNKNOWN):
            return ReaderReport(
                name, None, None, None, None, Verdict.FAULT,
                [f"lecteur indisponible : {codes.describe(codes.SCARD_E_READER_UNAVAILABLE)}"],
            )
        if not state & s.SCARD_STATE_PRESENT:
            vendor, firmware, serial = self._attributes_direct(ctx, name)
            return ReaderReport(name, vendor, firmware, serial, None, Verdict.OK, [])
        return self._diagnose_card(ctx, name, state, bytes(atr_list))

    def _diagnose_card(self, ctx: Any, name: str, state: int, atr: bytes) -> ReaderReport:
        s = self.scard
        parsed = parse_atr(atr)
        identity = identify_card(atr)
        notes: list[str] = []
        fault = False
        roundtrip_ms: float | None = None
        vendor = firmware = serial = None

        if state & s.SCARD_STATE_MUTE:
            notes.append(f"carte présente mais muette : {codes.describe(codes.SCARD_W_UNRESPONSIVE_CARD)}")
            fault = True
            vendor, firmware, serial = self._attributes_direct(ctx, name)
        else:
            hr, hcard, protocol = s.SCardConnect(
                ctx, name, s.SCARD_SHARE_SHARED, s.SCARD_PROTOCOL_T0 | s.SCARD_PROTOCOL_T1
            )
            hr = codes.normalize(hr)
            if hr in codes.SERVICE_DOWN_CODES:
                raise ServiceUnavailable(hr)
            if hr != codes.SCARD_S_SUCCESS:
                fault = True
                notes.append(f"connexion à la carte impossible : {codes.describe(hr)}")
                vendor, firmware, serial = self._attributes_direct(ctx, name)
            else:
                try:
                    vendor, firmware, serial = self._attributes(hcard)
                    roundtrip_ms, problem = self._exchange(ctx, name, hcard, protocol)
                    if problem:
                        fault = True
                        notes.append(problem)
                finally:
                    s.SCardDisconnect(hcard, s.SCARD_LEAVE_CARD)

        for problem in parsed.problems:
            notes.append(f"ATR invalide : {problem}")
        if identity.kind is CardKind.OTHER:
            notes.append(
                "carte non reconnue : d'après son ATR ce n'est ni une Carte Vitale ni une "
                "carte CPS"
            )
        if fault:
            verdict = Verdict.FAULT
        elif not parsed.valid or identity.kind is CardKind.OTHER:
            verdict = Verdict.WARNING
        else:
            verdict = Verdict.OK
        card = CardReport(
            atr=format_atr(atr),
            atr_valid=parsed.valid,
            protocols=parsed.protocol_names,
            kind=identity.kind,
            label=identity.label,
            roundtrip_ms=roundtrip_ms,
        )
        return ReaderReport(name, vendor, firmware, serial, card, verdict, notes)

    def _exchange(self, ctx: Any, name: str, hcard: Any, protocol: int) -> tuple[float | None, str | None]:
        """Send SELECT MF once; (round-trip ms, None) or (None, French problem)."""
        s = self.scard
        check_harmless(SELECT_MF)
        started = time.perf_counter()
        hr, response = s.SCardTransmit(hcard, protocol, list(SELECT_MF))
        elapsed_ms = round((time.perf_counter() - started) * 1000, 2)
        hr = codes.normalize(hr)
        if hr in codes.SERVICE_DOWN_CODES:
            raise ServiceUnavailable(hr)
        if hr != codes.SCARD_S_SUCCESS:
            return None, f"la carte n'a pas répondu : {codes.describe(hr)}"
        if len(response) < 2:
            # No status word: the card left (or went mute) during the exchange.
            removed = self._removed_since(ctx, name)
            if removed:
                return None, (
                    "carte retirée pendant l'échange : réponse incomplète "
                    f"({len(response)} octet(s)), {codes.describe(codes.SCARD_W_REMOVED_CARD)}"
                )
            return None, (
                f"réponse incomplète de la carte ({len(response)} octet(s), sans mot d'état) : "
                f"{codes.describe(codes.SCARD_W_UNRESPONSIVE_CARD)}"
            )
        return elapsed_ms, None

    def _removed_since(self, ctx: Any, name: str) -> bool:
        """Wait (bounded) for the reader to report the card gone."""
        s = self.scard
        hr, states = s.SCardGetStatusChange(ctx, 0, [(name, s.SCARD_STATE_UNAWARE)])
        if codes.normalize(hr) != codes.SCARD_S_SUCCESS or not states:
            return False
        current = states[0][1]
        deadline = time.monotonic() + self._removal_wait_ms / 1000
        while current & s.SCARD_STATE_PRESENT:
            left = int((deadline - time.monotonic()) * 1000)
            if left <= 0:
                return False
            hr, states = s.SCardGetStatusChange(ctx, left, [(name, current)])
            if codes.normalize(hr) != codes.SCARD_S_SUCCESS or not states:
                return False
            current = states[0][1]
        return True

    # -- reader attributes ---------------------------------------------------------------
    def _attributes(self, hcard: Any) -> tuple[str | None, str | None, str | None]:
        s = self.scard
        wanted = (
            (s.SCARD_ATTR_VENDOR_NAME, _decode_text),
            (s.SCARD_ATTR_VENDOR_IFD_VERSION, _decode_version),
            (s.SCARD_ATTR_VENDOR_IFD_SERIAL_NO, _decode_text),
        )
        values: list[str | None] = []
        for attr, decode in wanted:
            try:
                hr, data = s.SCardGetAttrib(hcard, attr)
            except Exception:  # noqa: BLE001 - absent is normal: "non disponible"
                values.append(None)
                continue
            values.append(decode(data) if codes.normalize(hr) == 0 and data else None)
        return values[0], values[1], values[2]

    def _attributes_direct(self, ctx: Any, name: str) -> tuple[str | None, str | None, str | None]:
        """Attributes of a reader without (usable) card: a direct connection."""
        s = self.scard
        hr, hcard, _ = s.SCardConnect(ctx, name, s.SCARD_SHARE_DIRECT, 0)
        if codes.normalize(hr) != codes.SCARD_S_SUCCESS:
            return None, None, None
        try:
            return self._attributes(hcard)
        finally:
            s.SCardDisconnect(hcard, s.SCARD_LEAVE_CARD)
