"""The reader/card engine over pyscard, behind a small interface.

pyscard is imported lazily (``backend.load_scard``): importing this package never needs
it, so the application starts without pyscard or pcscd and says what to install.
"""

from __future__ import annotations

from .backend import pyscard_available
from .engine import PcscEngine, match_reader
from .errors import PcscError, PyscardMissing, ReaderNotFound, ServiceUnavailable
from .model import CardReport, DiagnosticReport, ReaderReport, SlotRole, Verdict, group_slots
from .monitor import EventKind, PcscEvent, StatusWatcher

__all__ = [
    "CardReport",
    "DiagnosticReport",
    "EventKind",
    "PcscEngine",
    "PcscError",
    "PcscEvent",
    "PyscardMissing",
    "ReaderNotFound",
    "ReaderReport",
    "ServiceUnavailable",
    "SlotRole",
    "StatusWatcher",
    "Verdict",
    "group_slots",
    "match_reader",
    "pyscard_available",
]
