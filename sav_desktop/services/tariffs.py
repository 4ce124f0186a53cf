"""Versioned price list (RULES.md section 1): read the stored versions, add a new one.

A version is never edited once stored: an administrator (MANAGE_TARIFFS) adds the next one,
effective strictly after the latest, starting from the prices in force (domain.price_list).
``stored_tariffs`` gives the coverage engine every stored version, so that quotes, check-ins
and loss statements are priced with the version in force on their day and keep its name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..domain.accounts import Permission
from ..domain.catalogue import TARIFF_2025_01, Tariff, tariff_in_force
from ..domain.errors import NotFoundError
from ..domain.validators import check_date
from ..domain.price_list import (
    PRICE_KIND_LABELS,
    PriceKey,
    PriceKind,
    changed_prices,
    new_version,
    price_label,
    tariff_from_prices,
    tariff_prices,
)
from ..store.models import TariffPrice, TariffVersion
from .accounts import require
from .uow import UnitOfWork
from .permissions import use_case


@dataclass(frozen=True)
class TariffVersionView:
    id: int
    name: str
    effective_on: date
    state: str  # "in_force", "future", "past"

    @property
    def state_label(self) -> str:
        return {"in_force": "en vigueur", "future": "à venir", "past": "ancienne"}[self.state]


@dataclass(frozen=True)
class TariffPriceView:
    code: str
    kind: PriceKind
    label: str
    amount_ht: Decimal

    @property
    def kind_label(self) -> str:
        return PRICE_KIND_LABELS[self.kind]

    @property
    def key(self) -> PriceKey:
        return (self.code, self.kind)


@dataclass(frozen=True)
class TariffDetail:
    version: TariffVersionView
    prices: tuple[TariffPriceView, ...]


_KIND_ORDER = {PriceKind.FEE: 0, PriceKind.REPLACEMENT_LT2: 1, PriceKind.REPLACEMENT_GE2: 2}


def _load(uow: UnitOfWork) -> list[TariffVersion]:
    stmt = select(TariffVersion).options(selectinload(TariffVersion.prices)).order_by(TariffVersion.effective_on)
    return list(uow.session.scalars(stmt))


def _as_tariff(version: TariffVersion) -> Tariff:
    prices = {(p.item_code, PriceKind(p.price_kind)): p.amount_ht for p in version.prices}
    return tariff_from_prices(version.name, version.effective_on, prices)


@use_case("tariff.read")
def stored_tariffs(uow: UnitOfWork) -> tuple[Tariff, ...]:
    """Every stored version, for the coverage engine (the built-in 01/2025 when none is
    stored, as in a database made before the price list was seeded)."""
    versions = tuple(_as_tariff(v) for v in _load(uow))
    return versions or (TARIFF_2025_01,)


def _states(versions: list[TariffVersion], today: date) -> list[TariffVersionView]:
    in_force = tariff_in_force([_bare(v) for v in versions], today).name if versions else None
    views = []
    for v in versions:
        state = "in_force" if v.name == in_force else ("future" if v.effective_on > today else "past")
        views.append(TariffVersionView(v.id, v.name, v.effective_on, state))
    return views


def _bare(v: TariffVersion) -> Tariff:
    return Tariff(v.name, v.effective_on)


@use_case("tariff.read")
def list_versions(uow: UnitOfWork) -> list[TariffVersionView]:
    """Every version, oldest first, with which one is in force today (readable by everyone)."""
    versions = list(uow.session.scalars(select(TariffVersion).order_by(TariffVersion.effective_on)))
    return _states(versions, uow.today())


@use_case("tariff.read")
def tariff_detail(uow: UnitOfWork, version_id: int) -> TariffDetail:
    """One version and all its prices, fees first then replacements, in catalogue order."""
    versions = list(uow.session.scalars(select(TariffVersion).order_by(TariffVersion.effective_on)))
    view = next((v for v in _states(versions, uow.today()) if v.id == version_id), None)
    if view is None:
        raise NotFoundError("Version de tarif", str(version_id))
    rows = uow.session.scalars(select(TariffPrice).where(TariffPrice.tariff_id == version_id)).all()
    prices = [
        TariffPriceView(p.item_code, PriceKind(p.price_kind), price_label(p.item_code), p.amount_ht) for p in rows
    ]
    order = {code: i for i, code in enumerate(_code_order())}
    prices.sort(key=lambda p: (_KIND_ORDER[p.kind], order.get(p.code, len(order)), p.code))
    return TariffDetail(view, tuple(prices))


def _code_order() -> list[str]:
    t = TARIFF_2025_01
    return list(t.fees) + list(t.replacement_lt2)


@use_case("tariff.add")
def add_version(
    uow: UnitOfWork, name: str, effective_on: date | None, changes: Mapping[PriceKey, object]
) -> int:
    """The next version: the prices in force copied, ``changes`` applied (HT, 3 decimals).
    ValidationError naming ``nom``, ``date_effet`` or ``prix[code/kind]``; nothing written then."""
    require(uow, Permission.MANAGE_TARIFFS)
    if effective_on is not None:
        effective_on = check_date(effective_on, "date_effet", uow.today())
    uow.serialize()  # PostgreSQL: two administrators adding a version at once are taken in turn
    stored = _load(uow)
    tariffs = [_as_tariff(v) for v in stored] or [TARIFF_2025_01]
    tariff = new_version(tariffs, name, effective_on, changes)
    base = tariff_in_force(tariffs, tariff.effective_on)
    version = TariffVersion(name=tariff.name, effective_on=tariff.effective_on)
    for (code, kind), amount in tariff_prices(tariff).items():
        version.prices.append(TariffPrice(item_code=code, price_kind=kind.value, amount_ht=amount))
    uow.session.add(version)
    uow.flush()
    changed = changed_prices(base, tariff)
    uow.audit(
        "tariff", tariff.name, "create",
        f"Tarif {tariff.name} ajouté, en vigueur le {tariff.effective_on:%d/%m/%Y} "
        f"(base {base.name}, {len(changed)} prix modifié(s))",
        after={
            "effective_on": tariff.effective_on,
            "base": base.name,
            "changes": {f"{c}/{k.value}": [old, new] for (c, k), (old, new) in sorted(changed.items())},
        },
    )
    return version.id
