"""Warranty window of sold hardware (R-10, R-12)."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta


def sale_warranty_end(delivered_on: date) -> date:
    """Last covered day: delivered_on + 12 months - 1 day (R-10, R-02 month arithmetic)."""
    end: date = delivered_on + relativedelta(months=12) - timedelta(days=1)
    return end
