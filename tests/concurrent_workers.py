"""What one desk station does in tests/test_concurrent_stations.py, in its own process.

Each worker opens the database by its URL (its own engine and connections, as another PC
would), waits at the barrier so that the stations act at the same moment, and reports each
outcome as plain data: ("ok", value), ("refused", kind, French message, fields) or
("crash", traceback) — a crash is what the tests prove never happens.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sav_desktop.domain.errors import SavError, ValidationError
from sav_desktop.domain.records import AssetInput
from sav_desktop.services import assets, catalogue, customers
from sav_desktop.services.uow import UnitOfWork, run
from sav_desktop.store.db import Database, open_database

from .conftest import customer_input, valid_iccid, valid_siret

Outcome = tuple[Any, ...]


def _attempt(db: Database, user: str, fn: Callable[[UnitOfWork], Any]) -> Outcome:
    try:
        return ("ok", run(db, user, fn))
    except SavError as exc:
        fields = exc.fields if isinstance(exc, ValidationError) else []
        return ("refused", type(exc).__name__, str(exc), fields)
    except BaseException:  # noqa: BLE001 - reported to the test, which fails on it
        return ("crash", traceback.format_exc())


def _station(url: str, barrier: Any, results: Any, station: int, work: Callable[[Database], list[Outcome]]) -> None:
    try:
        db = open_database(url)
    except BaseException:  # noqa: BLE001
        barrier.abort()
        results.put((station, [("crash", traceback.format_exc())]))
        return
    try:
        barrier.wait(timeout=120)
        results.put((station, work(db)))
    except BaseException:  # noqa: BLE001
        results.put((station, [("crash", traceback.format_exc())]))
    finally:
        db.dispose()


def create_customers(url: str, barrier: Any, results: Any, station: int, count: int) -> None:
    def work(db: Database) -> list[Outcome]:
        out = []
        for i in range(count):
            n = 10_000 + station * 1000 + i
            data = customer_input(f"Cabinet {station}-{i}", n=n)
            out.append(_attempt(db, f"Poste {station}", lambda u, d=data: customers.create_customer(u, d)))
        return out

    _station(url, barrier, results, station, work)


def change_price(url: str, barrier: Any, results: Any, station: int, item_id: int, version: int, price: str) -> None:
    def work(db: Database) -> list[Outcome]:
        return [_attempt(db, f"Poste {station}", lambda u: catalogue.update_item(
            u, item_id, "Batterie MOVE/5000", Decimal(price), version))]

    _station(url, barrier, results, station, work)


def create_customer_siret(url: str, barrier: Any, results: Any, station: int, siret_n: int) -> None:
    def work(db: Database) -> list[Outcome]:
        data = customer_input(f"Cabinet du poste {station}", n=siret_n)
        assert data.siret == valid_siret(siret_n)
        return [_attempt(db, f"Poste {station}", lambda u: customers.create_customer(u, data))]

    _station(url, barrier, results, station, work)


def register_iccid(url: str, barrier: Any, results: Any, station: int, iccid_n: int) -> None:
    def work(db: Database) -> list[Outcome]:
        data = AssetInput("MOVE5000_4G", f"M5G{station:03d}4242", iccid=valid_iccid(iccid_n))
        return [_attempt(db, f"Poste {station}", lambda u: assets.register_asset(u, data).id)]

    _station(url, barrier, results, station, work)
