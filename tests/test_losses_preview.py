"""Desk.preview_loss: what a declaration would give (R-61 replacement price by age, R-53 for a
rental), computed in a transaction that is rolled back: nothing is written."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from sav_desktop.domain.enums import AssetStatus, ContractKind
from sav_desktop.domain.errors import ValidationError
from sav_desktop.services.desk import Desk

from .workflow_support import World

D = Decimal


def test_preview_prices_by_age_and_writes_nothing(tmp_path: Path) -> None:
    world = World(tmp_path, date(2025, 6, 16))
    customer = world.customer()
    asset = world.asset("MOVE5000_4G", date(2023, 6, 10))
    world.contract(ContractKind.RENTAL, customer, (asset,), signed_on=date(2023, 6, 10), deposit=D("300.000"),
                   insurer="MACSF", policy_number="POL-1")
    desk = Desk.trusted(world.db, "Julie Moreau", clock=world.clock)
    before = world.audit_count()
    view = desk.preview_loss(asset, "theft", date(2025, 6, 9), datetime(2025, 6, 10, 8, 45), "Vol")
    assert view.total_ht == D("876.333") and "moins de 2 ans" in view.why and "R-53" in view.why
    assert world.audit_count() == before
    assert desk.losses_of_asset(asset) == []
    assert desk.asset_detail(asset).status == AssetStatus.RENTED.value
    with pytest.raises(ValidationError) as caught:  # the service's refusals, field by field
        desk.preview_loss(asset, "theft", date(2025, 6, 20))
    assert "event_on" in caught.value.fields
    assert world.audit_count() == before
