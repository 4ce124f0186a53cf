"""Typed errors of the PC/SC engine, with French messages saying what to do."""

from __future__ import annotations

from ..domain.errors import SavError
from .codes import describe, format_code

PYSCARD_MISSING_MESSAGE = (
    "le module pyscard n'est pas installé : installez-le avec "
    "« pip install sav-desktop[pcsc] » (sous Linux il se compile : "
    "apt-get install swig libpcsclite-dev pcscd, puis pip install pyscard)"
)


class PcscError(SavError):
    """Base of the errors of the reader/card engine."""


class PyscardMissing(PcscError):
    """pyscard cannot be imported: the diagnostics are unavailable, the app still runs."""

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(PYSCARD_MISSING_MESSAGE)


class ServiceUnavailable(PcscError):
    """The PC/SC service (pcscd, or SCardSvr on Windows) does not answer."""

    def __init__(self, code: int | None = None) -> None:
        self.code = code
        where = f" ({format_code(code)})" if code is not None else ""
        super().__init__(
            f"le service PC/SC n'est pas disponible{where} : démarrez-le "
            "(Linux : « sudo systemctl start pcscd » ; Windows : service « Carte à puce », "
            "qui s'arrête quand aucun lecteur n'est branché) et branchez un lecteur"
        )


class ReaderNotFound(PcscError):
    """The reader asked for is unknown, or the name matches several readers."""

    def __init__(self, asked: str, available: list[str], matches: list[str] | None = None) -> None:
        self.asked = asked
        self.available = list(available)
        self.matches = list(matches or [])
        if self.matches:
            message = f"nom de lecteur ambigu « {asked} » : il désigne {len(self.matches)} lecteurs"
        else:
            message = f"lecteur inconnu « {asked} »"
        super().__init__(message)


class PcscCallFailed(PcscError):
    """A PC/SC call failed with a code the engine does not turn into a verdict."""

    def __init__(self, call: str, code: int) -> None:
        self.call = call
        self.code = code
        super().__init__(f"{call} : {describe(code)}")
