"""Deposit in euros (R-50 Decision): ``deposit_ht`` becomes ``deposit``; check-in settlements in TTC

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

A deposit (dépôt de garantie) is a sum of money held, not a sale: it carries no VAT and is
stored and shown in euros, never "HT". Money columns stay integer thousandths.

* ``contracts.deposit_ht`` -> ``contracts.deposit`` and ``check_ins.deposit_ht`` ->
  ``check_ins.deposit``. The stored number was the amount the customer paid at signature,
  so its euro value is that amount rounded to the cent (half-up): 150.000 stays 150.00,
  a stray 99.995 becomes 100.00.
* A check-in's settlement is now in euros against the TTC charges:
  ``deducted_ht`` -> ``kept`` (part of the deposit kept), ``refund_ht`` -> ``refund``
  (paid back), ``balance_ht`` -> ``balance_ttc`` (billed beyond the deposit, TTC). Rows
  settled before this revision keep what actually happened: the kept and refunded sums
  were amounts of money (rounded to the cent), and the balance was billed as its TTC
  (balance HT x 1.20, half-up to the cent), which is what ``balance_ttc`` now holds.

Integer arithmetic on thousandths (values are never negative): a cent is 10 thousandths,
round(x / 10) = (x + 5) / 10; TTC cents of x thousandths HT = (12 x + 50) / 100.
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_TO_CENT = "(({c} + 5) / 10) * 10"
_TTC = "((12 * {c} + 50) / 100) * 10"


def _rename(table: str, old: str, new: str) -> None:
    # A plain RENAME COLUMN (PostgreSQL, SQLite >= 3.25): no table copy, so no foreign key
    # to break and nothing else in the table touched.
    op.execute(f'ALTER TABLE {table} RENAME COLUMN "{old}" TO "{new}"')


_RENAMES = (
    ("contracts", "deposit_ht", "deposit"),
    ("check_ins", "deposit_ht", "deposit"),
    ("check_ins", "deducted_ht", "kept"),
    ("check_ins", "refund_ht", "refund"),
    ("check_ins", "balance_ht", "balance_ttc"),
)


def upgrade() -> None:
    for table, old, new in _RENAMES:
        _rename(table, old, new)
    op.execute(f"UPDATE contracts SET deposit = {_TO_CENT.format(c='deposit')}")
    op.execute(
        "UPDATE check_ins SET "
        f"deposit = {_TO_CENT.format(c='deposit')}, "
        f"kept = {_TO_CENT.format(c='kept')}, "
        f"refund = {_TO_CENT.format(c='refund')}, "
        f"balance_ttc = {_TTC.format(c='balance_ttc')}"
    )


def downgrade() -> None:
    # The names only: the cent rounding and the TTC of the balance stay (not reversible exactly).
    for table, old, new in reversed(_RENAMES):
        _rename(table, new, old)
