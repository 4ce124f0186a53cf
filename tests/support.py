"""Helpers for tests that need a system part (PostgreSQL, pcscd, poppler...).

Elsewhere such a test skips with a clear reason; in CI (``CI`` set, run as root by
``scripts/test.sh``, which installs and starts them) a missing part is a failure: nothing
may skip there.
"""

from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def need(available: bool, reason: str) -> None:
    """Skip (or fail in CI) when a system part the test needs is missing."""
    if available:
        return
    if in_ci():
        pytest.fail(f"CI must not skip: {reason}", pytrace=False)
    pytest.skip(reason)
