"""Loss, theft, destruction declarations (R-62) on a real SQLite file: replacement price by
age on the day of the event (R-61) through the coverage engine, status, letter and complaint,
closing refused without the complaint reference, the statement PDF read back."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from sav_desktop.domain.coverage import IncidentKind
from sav_desktop.domain.enums import AssetStatus, ContractKind
from sav_desktop.domain.errors import TransitionError, ValidationError
from sav_desktop.services import assets, losses
from sav_desktop.services.desk import Desk

from .test_documents_pdf import pdf_text
from .workflow_support import World

D = Decimal
TODAY = date(2025, 6, 16)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path, TODAY)


def _rented(world: World, model: str = "MOVE5000_4G", in_service: date = date(2023, 6, 10)) -> int:
    customer = world.customer()
    a = world.asset(model, in_service)
    world.contract(ContractKind.RENTAL, customer, (a,), signed_on=in_service, deposit=D("300.000"),
                   insurer="MACSF", policy_number="POL-1")
    return a


@pytest.mark.parametrize(("event_on", "price", "column"), [
    (date(2025, 6, 9), D("876.333"), "moins de 2 ans"),  # 2 years on 10/06/2025: not yet on the 9th
    (date(2025, 6, 10), D("438.167"), "2 ans et plus"),  # 2 years that very day
])
def test_R61_replacement_price_by_age_on_the_day_of_the_event(world: World, event_on: date, price: Decimal,
                                                             column: str) -> None:
    asset = _rented(world)
    lid = world.run(lambda u: losses.declare_loss(u, asset, IncidentKind.THEFT, event_on,
                                                  datetime(2025, 6, 12, 10, 0), "vol dans le véhicule"))
    view = world.read(lambda u: losses.loss_view(u, lid))
    assert [(c.code, c.amount_ht, c.rule) for c in view.charges] == [("MOVE5000_4G", price, "R-61")]
    assert view.total_ht == price and view.decision == "BILLED_REPLACEMENT"
    assert column in view.why and "R-53" in view.why and {"R-61", "R-62"} <= set(view.rules)
    assert view.number == f"PVD2025-{lid:06d}" and view.tariff_name == "01/2025"
    assert view.state == "OPEN" and not view.can_close
    assert world.read(lambda u: assets.asset_detail(u, asset).status) == AssetStatus.STOLEN.value
    summaries = [e.summary for e in world.read(lambda u: assets.timeline(u, asset))]
    assert any("Vol déclaré" in s and "R-61" in s for s in summaries)


@pytest.mark.parametrize(("kind", "status"), [
    ("loss", AssetStatus.LOST), ("destruction", AssetStatus.DESTROYED), ("theft", AssetStatus.STOLEN)])
def test_each_kind_sets_its_status(world: World, kind: str, status: AssetStatus) -> None:
    asset = _rented(world)
    world.run(lambda u: losses.declare_loss(u, asset, kind, date(2025, 6, 1)))
    assert world.read(lambda u: assets.asset_detail(u, asset).status) == status.value


def test_R62_closing_needs_the_complaint_reference(world: World) -> None:
    asset = _rented(world)
    desk = Desk.trusted(world.db, "Julie Moreau", clock=world.clock)
    lid = desk.declare_loss(asset, "loss", date(2025, 6, 13))
    before = world.audit_count()
    with pytest.raises(ValidationError) as caught:
        desk.close_loss(lid)
    problem = caught.value.problems[0]
    assert (problem.field, problem.rule) == ("complaint_reference", "R-62")
    assert "sans la référence du dépôt de plainte" in problem.message
    assert world.audit_count() == before  # nothing written
    desk.record_loss_letter(lid, date(2025, 6, 14), "1A 234 567 8901 2")
    with pytest.raises(ValidationError, match="R-62"):
        desk.close_loss(lid)  # the letter alone is not enough
    with pytest.raises(ValidationError) as caught:
        desk.record_loss_complaint(lid, "  ", date(2025, 6, 20))
    assert set(caught.value.fields) == {"complaint_reference", "complaint_on"}
    desk.record_loss_complaint(lid, "PV 2025/00123", date(2025, 6, 13), "Commissariat de Lyon 3e")
    assert desk.loss(lid).can_close
    desk.close_loss(lid)
    view = desk.loss(lid)
    assert view.state == "CLOSED" and view.state_label == "Clos"
    with pytest.raises(TransitionError, match="close"):
        desk.record_loss_letter(lid, date(2025, 6, 15), "X")
    assert [v.id for v in desk.losses_of_asset(asset)] == [lid]


def test_declaration_refusals_write_nothing(world: World) -> None:
    asset = _rented(world)
    stock = world.asset()
    before = world.audit_count()
    with pytest.raises(ValidationError) as caught:
        world.run(lambda u: losses.declare_loss(u, asset, "fault", date(2025, 6, 20), datetime(2025, 6, 1, 9, 0)))
    assert set(caught.value.fields) == {"kind", "event_on", "reported_at"}
    with pytest.raises(ValidationError, match="aucun contrat en cours"):
        world.run(lambda u: losses.declare_loss(u, stock, "loss", date(2025, 6, 1)))
    assert world.audit_count() == before
    world.run(lambda u: losses.declare_loss(u, asset, "loss", date(2025, 6, 1)))
    with pytest.raises(ValidationError, match="déjà en cours"):
        world.run(lambda u: losses.declare_loss(u, asset, "theft", date(2025, 6, 2)))


def test_sold_hardware_nothing_billed(world: World) -> None:
    customer = world.customer()
    sold = world.asset("IWL250", date(2024, 6, 1))
    world.contract(ContractKind.SALE, customer, (sold,), signed_on=date(2024, 6, 1))
    lid = world.run(lambda u: losses.declare_loss(u, sold, "destruction", date(2025, 6, 2)))
    view = world.read(lambda u: losses.loss_view(u, lid))
    assert view.charges == () and view.total_ht == D("0.000") and view.decision == "NOT_COVERED"
    assert "R-53" not in view.why


def test_statement_pdf(world: World, tmp_path: Path) -> None:
    asset = _rented(world)
    desk = Desk.trusted(world.db, "Julie Moreau", clock=world.clock)
    lid = desk.declare_loss(asset, "theft", date(2025, 6, 9), datetime(2025, 6, 10, 8, 45), "Vol au cabinet")
    text = pdf_text(desk.write_loss_statement(lid, tmp_path / "vol.pdf"))
    for expected in ("Déclaration de vol de matériel", f"PVD2025-{lid:06d}", "Cabinet Dupont", "Terminal MOVE/5000 3G/4G",
                     "09/06/2025", "10/06/2025 08:45", "non reçue à ce jour", "obligatoire pour clore, R-62",
                     "Vol au cabinet", "Prix de remplacement (R-61)", "876,333 €", "Total HT 876,333 €",
                     "TVA 20 % 175,27 €", "Total TTC 1 051,60 €", "moins de 2 ans", "R-53", "Signature"):
        assert expected in text, expected
    desk.record_loss_letter(lid, date(2025, 6, 11), "1A 234")
    desk.record_loss_complaint(lid, "PV 2025/00123", date(2025, 6, 9), "Commissariat de Lyon 3e")
    text = pdf_text(desk.write_loss_statement(lid, tmp_path / "vol2.pdf"))
    assert "1A 234 (envoyée le 11/06/2025)" in text
    assert "PV 2025/00123 (09/06/2025, Commissariat de Lyon 3e)" in text
