"""The desk's clock (injected: tests and tools set the day). No database code here: the
device list's first paint imports it (README, performance)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


__all__ = ["Clock", "utc_now"]
