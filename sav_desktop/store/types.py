"""Column types: money as exact integer thousandths (SQLite has no decimal type)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from ..domain.money import from_thousandths, to_thousandths


class Money(TypeDecorator[Decimal]):
    """A ``Decimal`` HT amount with three decimals, stored as integer thousandths."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must never be a float")
        return to_thousandths(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return from_thousandths(int(value))
