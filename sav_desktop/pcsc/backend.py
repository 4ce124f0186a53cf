"""Lazy access to pyscard's low-level ``smartcard.scard`` module.

pyscard is optional (no Linux wheel): nothing imports it at module import time, so the
application starts without it and says in French what to install.
"""

from __future__ import annotations

from types import ModuleType

from .errors import PyscardMissing

_scard: ModuleType | None = None


def load_scard() -> ModuleType:
    """``smartcard.scard``, or ``PyscardMissing`` with the French install hint."""
    global _scard
    if _scard is None:
        try:
            from smartcard import scard  # noqa: PLC0415 - lazy on purpose
        except ImportError as exc:  # pyscard absent, or libpcsclite missing
            raise PyscardMissing(str(exc)) from exc
        _scard = scard
    return _scard


def pyscard_available() -> bool:
    try:
        load_scard()
    except PyscardMissing:
        return False
    return True
