"""Demo-like data for the workflow GUI tests, built through the services (Desk), plus the
helpers that drive a FormDialog the way its ``ask()`` would, without a modal loop."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from sav_desktop.domain.enums import ContractKind, ItemKind, OptionName
from sav_desktop.domain.records import AssetInput, ContractInput, OptionInput
from sav_desktop.services.desk import Desk
from sav_desktop.store.models import CatalogueItem, ContractLine, ContractLineAccessory
from tests.conftest import customer_input

# The demo's catalogue (services/demo.py ACCESSORIES): the socle and the power block.
SOCLE = ("SOCLE_CHARGE", "Socle de charge", "79.000")
PSU = ("PSU_TPE", "Bloc d'alimentation terminal", "29.000")


@dataclass
class Rental:
    customer_id: int
    contract_id: int
    asset_id: int
    tag: str
    serial: str
    socle_item: int
    psu_item: int


def add_item(desk: Desk, code: str, label: str, price: str) -> int:
    with desk.unit_of_work() as uow:
        found = uow.session.scalar(select(CatalogueItem.id).where(CatalogueItem.code == code))
        if found is not None:
            return int(found)
        item = CatalogueItem(code=code, label=label, kind=ItemKind.ACCESSORY.value, price_ht=Decimal(price),
                             active=True)
        uow.session.add(item)
        uow.flush()
        uow.commit()
        return item.id


def lend(desk: Desk, asset_id: int, item_id: int, quantity: int = 1) -> None:
    with desk.unit_of_work() as uow:
        line = uow.session.scalar(
            select(ContractLine).where(ContractLine.asset_id == asset_id, ContractLine.removed_on.is_(None)))
        assert line is not None
        uow.session.add(ContractLineAccessory(line_id=line.id, item_id=item_id, quantity=quantity))
        uow.commit()


def rental(desk: Desk, n: int, *, ended_on: date | None = None, deposit: str = "300.000",
           model: str = "MOVE5000_WIFI", serenite: bool = False) -> Rental:
    """A demo-like rental: a MOVE/5000 with its socle and power block, deposit held."""
    customer = desk.create_customer(customer_input(f"Cabinet infirmier n° {n}", n))
    ref = desk.register_asset(AssetInput(model, f"RENT{n:05d}", in_service_on=date(2025, 3, 10)))
    options = (OptionInput(OptionName.SERENITE, date(2025, 3, 3)),) if serenite else ()
    contract = desk.create_contract(ContractInput(
        ContractKind.RENTAL, customer, date(2025, 3, 3), (ref.id,), delivered_on=date(2025, 3, 10),
        ended_on=ended_on, deposit=Decimal(deposit), software_service="Logiciel de facturation",
        insurer="MACSF", policy_number=f"POL-{n:06d}", options=options,
    ))
    socle = add_item(desk, *SOCLE)
    psu = add_item(desk, *PSU)
    lend(desk, ref.id, socle)
    lend(desk, ref.id, psu)
    return Rental(customer, contract, ref.id, ref.asset_tag, ref.serial, socle, psu)


def sale_out_of_warranty(desk: Desk, n: int, model: str = "MOVE5000_WIFI") -> tuple[int, int]:
    """A device sold in 2024, its manufacturer warranty over (R-10): (contract id, asset id)."""
    customer = desk.create_customer(customer_input(f"Cabinet médical n° {n}", n))
    ref = desk.register_asset(AssetInput(model, f"SOLD{n:05d}", in_service_on=date(2024, 1, 15)))
    contract = desk.create_contract(ContractInput(
        ContractKind.SALE, customer, date(2024, 1, 10), (ref.id,), delivered_on=date(2024, 1, 15),
        software_service="Logiciel de facturation",
    ))
    return contract, ref.id


def stock(desk: Desk, serial: str, model: str = "MOVE5000_WIFI") -> Any:
    return desk.register_asset(AssetInput(model, serial, in_service_on=date(2025, 6, 2)))


def driven(cls: type, fill: Callable[[Any], None], seen: list[Any] | None = None) -> Callable[..., Any]:
    """A stand-in for ``cls.ask``: builds the real dialog, lets ``fill`` type into it, presses
    its Save button and returns what ``ask`` would (None when the dialog stayed open)."""

    def ask(*args: Any, **kwargs: Any) -> Any:
        dialog = cls(*args, **kwargs)
        fill(dialog)
        dialog.on_save_clicked()
        if seen is not None:
            seen.append(dialog)
        accepted = dialog.result() == QDialog.DialogCode.Accepted
        value = dialog.result_value if accepted else None
        if seen is None:
            dialog.deleteLater()
        return value

    return ask
