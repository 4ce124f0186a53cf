"""The deposit ledger of a rental (migration 0010): what was paid, kept and refunded (R-50).

A deposit is money held, not a sale: amounts in euros, no VAT."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base
from .types import Money


class DepositEntry(Base):
    __tablename__ = "deposit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # domain.enums.DepositEntryKind
    amount: Mapped[Decimal] = mapped_column(Money)  # euros, no VAT
    entry_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    recorded_by: Mapped[str] = mapped_column(String(80))
