"""Catalogue items (accessories and consumables) administered with their HT price (RULES.md 1).

Items have no built-in price: an administrator (MANAGE_CATALOGUE) adds them, edits their label
and price, deactivates them. An item once delivered with a device or put on a contract is never
deleted (the contract and its check-ins name it): it is deactivated, and stays readable.
A changed price applies to what is priced from then on; documents already made keep their
amounts (check-ins store each charge).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import func, select

from ..domain.accounts import Permission
from ..domain.enums import ITEM_KIND_LABELS, ItemKind
from ..domain.errors import Collector, NotFoundError, ValidationError
from ..domain.price_list import clean_item_code, clean_label, parse_price
from ..store.models import AssetAccessory, CatalogueItem, ContractLineAccessory
from .accounts import require
from .uow import UnitOfWork
from .permissions import use_case

T = TypeVar("T")


@dataclass(frozen=True)
class CatalogueItemView:
    id: int
    code: str
    label: str
    kind: ItemKind
    price_ht: Decimal
    active: bool
    version: int = 1  # what an edit form passes back (update_item's expected_version)

    @property
    def kind_label(self) -> str:
        return ITEM_KIND_LABELS[self.kind]


def _view(item: CatalogueItem) -> CatalogueItemView:
    return CatalogueItemView(item.id, item.code, item.label, ItemKind(item.kind), item.price_ht, bool(item.active),
                             item.version)


def _get(uow: UnitOfWork, item_id: int) -> CatalogueItem:
    item = uow.session.get(CatalogueItem, item_id)
    if item is None:
        raise NotFoundError("Article du catalogue", str(item_id))
    return item


@use_case("catalogue.read")
def list_items(uow: UnitOfWork, include_inactive: bool = True) -> list[CatalogueItemView]:
    """Every item, active ones first, by label (readable by everyone: the desk picks them)."""
    stmt = select(CatalogueItem)
    if not include_inactive:
        stmt = stmt.where(CatalogueItem.active.is_(True))
    items = uow.session.scalars(stmt).all()
    return [_view(i) for i in sorted(items, key=lambda i: (not i.active, i.label.casefold(), i.code))]


@use_case("catalogue.read")
@use_case("catalogue.read")
def get_item(uow: UnitOfWork, item_id: int) -> CatalogueItemView:
    return _view(_get(uow, item_id))


def _kind(kind: ItemKind | str, col: Collector) -> ItemKind | None:
    try:
        return ItemKind(kind)
    except ValueError:
        col.add("nature", "nature inconnue (accessoire ou consommable)")
        return None


def _attempt(col: Collector, fn: Callable[[], T]) -> T | None:
    try:
        return fn()
    except ValidationError as exc:
        col.problems.extend(exc.problems)
        return None


@use_case("catalogue.update")
def add_item(uow: UnitOfWork, code: str, label: str, kind: ItemKind | str, price_ht: object) -> int:
    """A new accessory or consumable with its HT price; every field problem reported at once."""
    require(uow, Permission.MANAGE_CATALOGUE)
    col = Collector()
    clean_code = _attempt(col, lambda: clean_item_code(code, "code"))
    clean_text = _attempt(col, lambda: clean_label(label, "libelle"))
    item_kind = _kind(kind, col)
    price = _attempt(col, lambda: parse_price(price_ht, "prix_ht"))
    if clean_code is not None and uow.session.scalar(
        select(func.count(CatalogueItem.id)).where(CatalogueItem.code == clean_code)
    ):
        col.add("code", f"un article de code {clean_code} existe déjà")
    col.check()
    assert clean_code is not None and clean_text is not None and price is not None and item_kind is not None
    item = CatalogueItem(code=clean_code, label=clean_text, kind=item_kind.value, price_ht=price, active=True)
    uow.session.add(item)
    uow.flush()
    uow.audit("catalogue_item", clean_code, "create",
              f"Catalogue : {ITEM_KIND_LABELS[item_kind].lower()} {clean_code} « {clean_text} » ajouté, "
              f"{price} € HT",
              after={"label": clean_text, "kind": item_kind.value, "price_ht": price})
    return item.id


@use_case("catalogue.update")
def update_item(uow: UnitOfWork, item_id: int, label: str, price_ht: object, expected_version: int) -> None:
    """A new label and/or price (what is priced from now on; documents keep their amounts).
    ``expected_version``: the item's version the form loaded; ConflictError (naming who
    changed it meanwhile, and when) if another administrator saved first."""
    require(uow, Permission.MANAGE_CATALOGUE)
    item = _get(uow, item_id)
    uow.expect_version("catalogue_items", item.version, expected_version,
                       what="L'article", key=item.code, entity="catalogue_item", entity_id=item.code)
    col = Collector()
    clean_text = _attempt(col, lambda: clean_label(label, "libelle"))
    price = _attempt(col, lambda: parse_price(price_ht, "prix_ht"))
    col.check()
    assert clean_text is not None and price is not None
    before = {"label": item.label, "price_ht": item.price_ht}
    if before == {"label": clean_text, "price_ht": price}:
        return
    item.label, item.price_ht = clean_text, price
    uow.flush()
    changes = []
    if before["label"] != clean_text:
        changes.append(f"libellé « {before['label']} » → « {clean_text} »")
    if before["price_ht"] != price:
        changes.append(f"prix {before['price_ht']} → {price} € HT")
    uow.audit("catalogue_item", item.code, "update", f"Catalogue : {item.code}, " + ", ".join(changes),
              before=before, after={"label": clean_text, "price_ht": price})


@use_case("catalogue.update")
def set_item_active(uow: UnitOfWork, item_id: int, active: bool) -> None:
    """Deactivate (no longer offered) or reactivate an item; it stays on past contracts."""
    require(uow, Permission.MANAGE_CATALOGUE)
    item = _get(uow, item_id)
    if bool(item.active) == active:
        return
    item.active = active
    uow.flush()
    uow.audit("catalogue_item", item.code, "enable" if active else "disable",
              f"Catalogue : {item.code} « {item.label} » " + ("réactivé" if active else "désactivé"),
              before={"active": not active}, after={"active": active})


@use_case("catalogue.read")
def item_in_use(uow: UnitOfWork, item_id: int) -> bool:
    """Delivered with a device or put on a contract line (then never deleted)."""
    on_assets = uow.session.scalar(select(func.count(AssetAccessory.id)).where(AssetAccessory.item_id == item_id))
    on_lines = uow.session.scalar(
        select(func.count(ContractLineAccessory.id)).where(ContractLineAccessory.item_id == item_id)
    )
    return bool(on_assets or on_lines)


@use_case("catalogue.delete")
def delete_item(uow: UnitOfWork, item_id: int) -> None:
    """Delete an item entered by mistake (DELETE permission). Refused once it is used on a
    device or a contract: deactivate it instead."""
    require(uow, Permission.MANAGE_CATALOGUE)
    require(uow, Permission.DELETE)
    item = _get(uow, item_id)
    if item_in_use(uow, item_id):
        raise ValidationError.single(
            "code", f"{item.code} figure sur des contrats ou des matériels : désactivez-le au lieu de le supprimer"
        )
    before = {"label": item.label, "kind": item.kind, "price_ht": item.price_ht, "active": item.active}
    code = item.code
    uow.session.delete(item)
    uow.flush()
    uow.audit("catalogue_item", code, "delete", f"Catalogue : {code} « {before['label']} » supprimé (jamais utilisé)",
              before=before)
