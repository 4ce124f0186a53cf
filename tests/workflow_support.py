"""Fixture data for the workflow tests, built through the services on a real SQLite file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, select

from sav_desktop.domain.enums import ContractKind, ItemKind
from sav_desktop.domain.identifiers import luhn_check_digit
from sav_desktop.domain.records import AssetInput, ContractInput, CustomerInput, OptionInput, PractitionerInput
from sav_desktop.services import assets, contracts, customers, users
from sav_desktop.services.uow import UnitOfWork
from sav_desktop.services.users import ensure_user
from sav_desktop.store.db import Database, open_database
from sav_desktop.store.models import AuditEntry, CatalogueItem, ContractLine, ContractLineAccessory

T = TypeVar("T")


class World:
    """A database plus a settable clock (noon UTC of ``today``)."""

    def __init__(self, tmp_path: Path, today: date) -> None:
        self.db: Database = open_database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
        self.today = today
        self._serial = 0
        # The acting user's account (the first one is an administrator): services check its role.
        self.run(lambda u: users.ensure_user(u, "Marie"))

    def clock(self) -> datetime:
        return datetime(self.today.year, self.today.month, self.today.day, 12, 0, tzinfo=timezone.utc)

    def run(self, fn: Callable[[UnitOfWork], T], user: str = "Marie") -> T:
        with UnitOfWork(self.db, user, self.clock) as uow:
            result = fn(uow)
            uow.commit()
            return result

    def read(self, fn: Callable[[UnitOfWork], T]) -> T:
        with UnitOfWork(self.db, "Marie", self.clock) as uow:
            return fn(uow)

    def audit_count(self) -> int:
        return int(self.read(lambda u: u.session.scalar(select(func.count(AuditEntry.id)))) or 0)

    def customer(self) -> int:
        rpps = "1000000001"
        rpps += luhn_check_digit(rpps)
        data = CustomerInput(
            practice_name="Cabinet Dupont", city="Lyon", postal_code="69003",
            practitioners=(PractitionerInput("Dr Jeanne Dupont", "Médecin", rpps=rpps),),
        )
        return self.run(lambda u: customers.create_customer(u, data))

    def asset(self, model: str = "MOVE5000_WIFI", in_service_on: date | None = date(2024, 6, 1)) -> int:
        self._serial += 1
        data = AssetInput(model_code=model, serial=f"SN{self._serial:08d}", in_service_on=in_service_on)
        return self.run(lambda u: assets.register_asset(u, data)).id

    def contract(self, kind: ContractKind, customer_id: int, asset_ids: tuple[int, ...], **kw: Any) -> int:
        options = tuple(kw.pop("options", ()))
        kw.setdefault("software_service", "Logiciel de facturation")
        if kind is ContractKind.RENTAL:
            kw.setdefault("deposit", Decimal("300.000"))
            kw.setdefault("insurer", "MACSF")
            kw.setdefault("policy_number", "POL-000001")
        data = ContractInput(kind=kind, customer_id=customer_id, asset_ids=asset_ids, options=options, **kw)
        return self.run(lambda u: contracts.create_contract(u, data))

    def item(self, code: str, label: str, price: str) -> int:
        def add(u: UnitOfWork) -> int:
            item = CatalogueItem(code=code, label=label, kind=ItemKind.ACCESSORY.value, price_ht=Decimal(price),
                                 active=True)
            u.session.add(item)
            u.flush()
            return item.id

        return self.run(add)

    def line_accessory(self, asset_id: int, item_id: int, quantity: int = 1) -> None:
        def add(u: UnitOfWork) -> None:
            line = u.session.scalar(
                select(ContractLine).where(ContractLine.asset_id == asset_id, ContractLine.removed_on.is_(None))
            )
            assert line is not None
            u.session.add(ContractLineAccessory(line_id=line.id, item_id=item_id, quantity=quantity))

        self.run(add)


def option(name: Any, on: date, asset_id: int | None = None) -> OptionInput:
    return OptionInput(name=name, subscribed_on=on, asset_id=asset_id)
