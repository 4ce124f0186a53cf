"""The workshop queue (services.workshop, ui.workshop_page): every device waiting for
something, oldest first, its next step, the maker turnaround flag (R-60); today's desk lists
the devices stuck at the workshop and the wipes to do (R-80)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sav_desktop.domain.enums import AssetStatus, ContractKind
from sav_desktop.services import checkin, lifecycle, today, wipes, workshop
from sav_desktop.services.workshop import Waiting

from .workflow_support import World

S = AssetStatus
TODAY = date(2025, 3, 7)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path, TODAY)


def _queue(world: World) -> list[workshop.WorkshopRow]:
    return world.read(workshop.workshop_queue)


def _three_waiting(world: World) -> tuple[int, int, int]:
    at_maker, repair = world.asset(), world.asset()
    world.today = date(2024, 10, 1)
    world.run(lambda u: lifecycle.step(u, at_maker, S.IN_REPAIR, "défaut au déballage"))
    world.run(lambda u: lifecycle.step(u, at_maker, S.AT_MANUFACTURER, "carte mère"))
    world.today = date(2025, 2, 1)
    world.run(lambda u: lifecycle.step(u, repair, S.IN_REPAIR, "clavier"))
    world.today = TODAY
    customer = world.customer()
    to_wipe = world.asset()
    world.contract(ContractKind.RENTAL, customer, (to_wipe,), signed_on=date(2024, 1, 2), ended_on=date(2025, 3, 1),
                   software_service="Logiciel", insurer="MACSF", policy_number="P-1")
    world.run(lambda u: checkin.check_in_rental(u, to_wipe))
    return at_maker, repair, to_wipe


def test_oldest_first_with_the_next_step_and_the_maker_flag(world: World) -> None:
    at_maker, repair, to_wipe = _three_waiting(world)
    rows = _queue(world)
    assert [r.asset_id for r in rows] == [at_maker, repair, to_wipe]
    maker, rep, wipe = rows
    assert maker.waiting is Waiting.MAKER_RETURN and maker.maker_overdue and maker.rule == "R-60"
    assert maker.maker_since == date(2024, 10, 1) and "plus de 3 mois" in workshop.maker_sentence(maker, TODAY)
    assert maker.target == S.IN_REPAIR.value
    assert rep.waiting is Waiting.REPAIR and rep.target == S.TO_WIPE.value
    assert wipe.waiting is Waiting.WIPE and wipe.rule == "R-80" and wipe.target is None
    world.run(lambda u: wipes.record_wipe(u, to_wipe, "Effacement usine", "Paul"))
    last = _queue(world)[-1]
    assert last.waiting is Waiting.RESTOCK and last.target == S.IN_STOCK.value
    world.run(lambda u: lifecycle.step(u, to_wipe, S.IN_STOCK))
    assert [r.asset_id for r in _queue(world)] == [at_maker, repair]


def test_a_maker_return_within_three_months_is_not_flagged(world: World) -> None:
    asset = world.asset()
    world.today = date(2025, 1, 10)
    world.run(lambda u: lifecycle.step(u, asset, S.IN_REPAIR))
    world.run(lambda u: lifecycle.step(u, asset, S.AT_MANUFACTURER))
    world.today = TODAY
    (row,) = _queue(world)
    assert not row.maker_overdue and "3 mois au plus : 10/04/2025" in workshop.maker_sentence(row, TODAY)


def test_todays_desk_lists_stuck_devices_and_pending_wipes(world: World) -> None:
    at_maker, repair, to_wipe = _three_waiting(world)
    view = world.read(today.today_view)
    stuck = [i for i in view.items if i.kind is today.TodayKind.WORKSHOP_STUCK]
    pending = [i for i in view.items if i.kind is today.TodayKind.WIPE_PENDING]
    assert [i.asset_id for i in stuck] == [repair]  # the maker has its own line
    assert "34 jours" in stuck[0].sentence and "réparation" in stuck[0].sentence
    assert [i.asset_id for i in pending] == [to_wipe] and pending[0].rule == "R-80"
    assert "effacement" in pending[0].sentence


# --------------------------------------------------------------------------- the page


def test_the_page_shows_the_queue_and_flags_the_maker_in_red(qtbot, sqlite_desk) -> None:
    from PySide6.QtCore import Qt

    from sav_desktop.ui.workshop_page import WorkshopPage

    desk = sqlite_desk
    from sav_desktop.domain.records import AssetInput

    ref = desk.register_asset(AssetInput("MOVE5000_WIFI", "PAGE0000001"))
    desk.set_asset_status(ref.id, S.IN_REPAIR, "défaut")
    page = WorkshopPage(desk)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()  # read off the GUI thread
    assert page.model.rowCount() == 1
    assert "1 matériel(s) en attente" in page.summary.text() and "Réparation : 1" in page.summary.text()
    texts = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert texts[1] == "Réparation" and texts[2] == ref.asset_tag and "enregistrer la réparation" in texts[6]
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None


def test_the_step_dialog_offers_only_what_the_role_may_do(qtbot, sqlite_desk) -> None:
    from sav_desktop.domain.enums import Role
    from sav_desktop.domain.records import AssetInput
    from sav_desktop.services.desk import Desk
    from sav_desktop.ui.workshop_page import StepDialog

    admin = sqlite_desk
    ref = admin.register_asset(AssetInput("MOVE5000_WIFI", "ROLE0000001"))
    admin.set_asset_status(ref.id, S.IN_REPAIR, "défaut")
    with admin.unit_of_work() as uow:
        from sav_desktop.services import users

        users.ensure_user(uow, "Bruno Atelier", Role.TECHNICIEN)
        uow.commit()
    tech = Desk(admin.db, "Bruno Atelier", clock=admin.clock)
    d = StepDialog(tech, ref.id, S.SCRAPPED.value)
    qtbot.addWidget(d)
    targets = [e.target for e in d.exits]
    scrap = d.choices.item(targets.index(S.SCRAPPED.value))
    assert "réservé" in scrap.text() and "mettre un matériel au rebut" in scrap.text()
    assert not scrap.flags() & Qt.ItemFlag.ItemIsEnabled
    assert d.chosen() is not None and d.chosen().target == S.TO_WIPE.value  # not the scrapping asked for
