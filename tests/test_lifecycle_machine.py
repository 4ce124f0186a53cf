"""The device state machine (domain.lifecycle) and its enforcement (services.lifecycle): every
status has a way out the desk can take, every refused change says why in French with its rule
id, and a device is walked through every status by the real services."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from sav_desktop.domain.accounts import PermissionDeniedError, Permission
from sav_desktop.domain.coverage import IncidentKind
from sav_desktop.domain.enums import ASSET_STATUS_LABELS, AssetStatus, ContractKind, OptionName, Role
from sav_desktop.domain.errors import ValidationError
from sav_desktop.domain.lifecycle import BY_PAIR, TRANSITIONS, USE_CASE_LABELS, exits, find
from sav_desktop.services import assets, checkin, lifecycle, losses, tickets, users, wipes

from .workflow_support import World, option

S = AssetStatus
TODAY = date(2025, 3, 7)
RULE = re.compile(r"\((R-\d\d|CYCLE-\d)\)$")


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path, TODAY)


def status(world: World, asset_id: int) -> AssetStatus:
    return AssetStatus(world.read(lambda u: assets.asset_detail(u, asset_id).status))


# --------------------------------------------------------------------------- the table


@pytest.mark.parametrize("state", list(AssetStatus))
def test_every_state_has_a_way_out_the_desk_can_take(state: AssetStatus) -> None:
    ways = exits(state)
    assert ways, f"{state} has no exit"
    for t in ways:
        assert t.rule and (t.rule.startswith("R-") or t.rule.startswith("CYCLE-"))
        assert isinstance(t.permission, Permission)
        assert t.manual or t.use_case in USE_CASE_LABELS  # a step dialog or a named screen
        assert t.label and t.label == t.label.strip()


def test_every_state_is_reachable_from_the_stock_and_leads_back_to_it() -> None:
    seen, todo = {S.IN_STOCK}, [S.IN_STOCK]
    while todo:
        for t in exits(todo.pop()):
            if t.target not in seen:
                seen.add(t.target)
                todo.append(t.target)
    assert seen == set(AssetStatus)
    # ... and from every state but the customer's hands the stock is reachable again
    for state in AssetStatus:
        seen, todo = {state}, [state]
        while todo:
            for t in exits(todo.pop()):
                if t.target not in seen:
                    seen.add(t.target)
                    todo.append(t.target)
        assert S.IN_STOCK in seen, state


def test_the_stock_is_reached_only_through_the_wipe() -> None:
    into_stock = [t for t in TRANSITIONS if t.target is S.IN_STOCK]
    assert [(t.source, t.needs_wipe, t.rule) for t in into_stock] == [(S.TO_WIPE, True, "R-80")]
    scrap = [t for t in TRANSITIONS if t.target is S.SCRAPPED or t.source is S.SCRAPPED]
    assert scrap and {t.permission for t in scrap} == {Permission.SCRAP}


@pytest.mark.parametrize("source", list(AssetStatus))
def test_each_refused_change_says_why_in_french_with_its_rule(source: AssetStatus) -> None:
    for target in AssetStatus:
        if target is source or (source, target) in BY_PAIR:
            continue
        with pytest.raises(ValidationError) as caught:
            find(source, target)
        problem = caught.value.problems[0]
        assert problem.field == "status" and problem.rule in {"CYCLE-1", "CYCLE-2", "CYCLE-3"}
        assert RULE.search(str(problem)), str(problem)
        assert ASSET_STATUS_LABELS[source] in problem.message or problem.rule == "CYCLE-2"
    if source is S.IN_REPAIR:
        with pytest.raises(ValidationError, match="enregistrez la réparation") as caught:
            find(S.IN_REPAIR, S.IN_STOCK)
        assert caught.value.problems[0].rule == "CYCLE-2"


# --------------------------------------------------------------------------- the services


def _rental(world: World, ended_on: date | None = date(2025, 3, 1)) -> tuple[int, int]:
    customer = world.customer()
    asset = world.asset()
    contract = world.contract(
        ContractKind.RENTAL, customer, (asset,), signed_on=date(2024, 1, 2), ended_on=ended_on,
        software_service="Logiciel de facturation", insurer="MACSF", policy_number="POL-1",
    )
    return contract, asset


def test_a_rental_walks_rented_awaiting_return_workshop_maker_wipe_stock(world: World) -> None:
    _, asset = _rental(world)  # recorded after its end (01/03/2025): due back at once
    assert status(world, asset) is S.AWAITING_RETURN
    [entry] = [e for e in world.read(lambda u: assets.timeline(u, asset)) if "Retour attendu" in e.summary]
    assert "Loué → Retour attendu" in entry.summary
    # a cracked screen at the return: the workshop, never the stock straight away
    world.run(lambda u: checkin.check_in_rental(u, asset, damage=["BREAKAGE"]))
    assert status(world, asset) is S.IN_REPAIR
    with pytest.raises(ValidationError, match=r"CYCLE-2"):
        world.run(lambda u: lifecycle.step(u, asset, S.IN_STOCK))
    world.run(lambda u: wipes.record_wipe(u, asset, "Effacement usine", "Paul"))
    with pytest.raises(ValidationError, match=r"CYCLE-2"):  # a wipe does not repair the screen
        world.run(lambda u: lifecycle.step(u, asset, S.IN_STOCK))
    world.run(lambda u: lifecycle.step(u, asset, S.AT_MANUFACTURER, "écran à changer"))
    assert status(world, asset) is S.AT_MANUFACTURER
    world.run(lambda u: lifecycle.step(u, asset, S.IN_REPAIR, "revenu"))
    world.run(lambda u: lifecycle.step(u, asset, S.TO_WIPE, "écran remplacé"))
    assert status(world, asset) is S.TO_WIPE
    world.run(lambda u: wipes.record_wipe(u, asset, "Effacement usine", "Paul"))
    world.run(lambda u: lifecycle.step(u, asset, S.IN_STOCK))
    assert status(world, asset) is S.IN_STOCK
    summaries = [e.summary for e in world.read(lambda u: assets.timeline(u, asset))]
    assert any("À effacer → En stock" in s and "[R-80]" in s for s in summaries)
    assert any("En réparation → Chez le constructeur" in s and "[R-60]" in s for s in summaries)


def test_an_intact_return_goes_to_the_wipe_and_a_refused_stock_writes_nothing(world: World) -> None:
    _, asset = _rental(world)
    world.run(lambda u: checkin.check_in_rental(u, asset))
    assert status(world, asset) is S.TO_WIPE
    before = world.audit_count()
    with pytest.raises(ValidationError) as caught:
        world.run(lambda u: lifecycle.step(u, asset, S.IN_STOCK))
    assert caught.value.problems[0].rule == "R-80" and "07/03/2025" in caught.value.problems[0].message
    assert world.audit_count() == before and status(world, asset) is S.TO_WIPE


def test_an_exchange_faulty_unit_goes_workshop_wipe_stock(world: World) -> None:
    customer = world.customer()
    faulty, spare = world.asset(), world.asset()
    signed = date(2025, 1, 6)
    world.contract(ContractKind.SALE, customer, (faulty,), signed_on=signed, software_service="Logiciel",
                   options=(option(OptionName.ECHANGE_STANDARD, signed, faulty),))
    assert status(world, faulty) is S.SOLD
    tid = world.run(lambda u: tickets.open_ticket(u, faulty, "panne", datetime(2025, 3, 5, 9, 0)))
    world.run(lambda u: tickets.start_diagnosis(u, tid))
    world.run(lambda u: tickets.record_diagnosis(u, tid, True))
    world.run(lambda u: tickets.ship_replacement(u, tid, spare, date(2025, 3, 5)))
    assert status(world, faulty) is S.AT_CUSTOMER_EXCHANGE and status(world, spare) is S.SOLD
    world.run(lambda u: tickets.receive_faulty(u, tid, date(2025, 3, 6)))
    world.run(lambda u: tickets.close(u, tid))
    assert status(world, faulty) is S.IN_REPAIR
    world.run(lambda u: lifecycle.step(u, faulty, S.TO_WIPE, "réparé"))
    world.run(lambda u: wipes.record_wipe(u, faulty, "Effacement usine", "Paul"))
    world.run(lambda u: lifecycle.step(u, faulty, S.IN_STOCK))
    assert status(world, faulty) is S.IN_STOCK


@pytest.mark.parametrize(("kind", "state"), [(IncidentKind.LOSS, S.LOST), (IncidentKind.THEFT, S.STOLEN),
                                             (IncidentKind.DESTRUCTION, S.DESTROYED)])
def test_losses_found_again_or_scrapped_and_scrapping_undone(world: World, kind: IncidentKind,
                                                              state: AssetStatus) -> None:
    _, asset = _rental(world, ended_on=None)
    world.run(lambda u: losses.declare_loss(u, asset, kind, date(2025, 3, 3), circumstances="cabinet"))
    assert status(world, asset) is state
    if state is S.DESTROYED:
        with pytest.raises(ValidationError, match="CYCLE-1"):
            world.run(lambda u: lifecycle.step(u, asset, S.TO_WIPE))
    else:
        world.run(lambda u: lifecycle.step(u, asset, S.TO_WIPE, "retrouvé"))
        assert status(world, asset) is S.TO_WIPE
        # found again: a wipe of the day it came back is required even without a return record
        world.run(lambda u: lifecycle.step(u, asset, S.IN_REPAIR, "à contrôler"))
    world.run(lambda u: lifecycle.step(u, asset, S.SCRAPPED, "hors d'usage"))
    assert status(world, asset) is S.SCRAPPED
    world.run(lambda u: lifecycle.step(u, asset, S.TO_WIPE, "mise au rebut par erreur"))
    assert status(world, asset) is S.TO_WIPE
    with pytest.raises(ValidationError) as caught:  # still on its contract: the return comes first
        world.run(lambda u: lifecycle.step(u, asset, S.IN_STOCK))
    assert caught.value.problems[0].rule in {"CYCLE-3", "R-80"}


def test_found_again_needs_a_wipe_of_that_day(world: World) -> None:
    asset = world.asset()
    world.run(lambda u: lifecycle.step(u, asset, S.SCRAPPED, "carte mère HS"))
    world.today = date(2025, 3, 10)
    world.run(lambda u: lifecycle.step(u, asset, S.TO_WIPE, "rebut annulé"))
    with pytest.raises(ValidationError, match="R-80"):
        world.run(lambda u: lifecycle.step(u, asset, S.IN_STOCK))
    world.run(lambda u: wipes.record_wipe(u, asset, "Effacement usine", "Paul"))
    world.run(lambda u: lifecycle.step(u, asset, S.IN_STOCK))


def test_an_open_ticket_drives_its_device(world: World) -> None:
    customer = world.customer()
    asset = world.asset()
    world.contract(ContractKind.SALE, customer, (asset,), signed_on=date(2024, 1, 2), software_service="Logiciel")
    tid = world.run(lambda u: tickets.open_ticket(u, asset, "écran noir", datetime(2025, 3, 5, 9, 0)))
    world.run(lambda u: tickets.start_diagnosis(u, tid))
    world.run(lambda u: tickets.record_diagnosis(u, tid, True))
    world.run(lambda u: tickets.issue_rma(u, tid))
    world.run(lambda u: tickets.receive_device(u, tid))
    assert status(world, asset) is S.IN_REPAIR
    with pytest.raises(ValidationError) as caught:
        world.run(lambda u: lifecycle.step(u, asset, S.TO_WIPE))
    assert caught.value.problems[0].rule == "CYCLE-1" and "Ctrl+D" in caught.value.problems[0].message


def test_a_use_case_change_is_not_a_bare_status_change(world: World) -> None:
    asset = world.asset()
    with pytest.raises(ValidationError) as caught:
        world.run(lambda u: lifecycle.step(u, asset, S.RENTED))
    problem = caught.value.problems[0]
    assert problem.rule == "CYCLE-1" and "Nouveau contrat" in problem.message
    with pytest.raises(ValidationError, match="CYCLE-1"):  # a new device is registered in stock
        from sav_desktop.domain.records import AssetInput
        world.run(lambda u: assets.register_asset(u, AssetInput("MOVE5000_WIFI", "SN77777777", status=S.RENTED)))


def test_the_role_decides_who_takes_a_step(world: World) -> None:
    asset = world.asset()
    world.run(lambda u: users.ensure_user(u, "Chloé", Role.ACCUEIL))
    world.run(lambda u: users.ensure_user(u, "Bruno", Role.TECHNICIEN))
    with pytest.raises(PermissionDeniedError, match="traiter les réparations"):
        world.run(lambda u: lifecycle.step(u, asset, S.IN_REPAIR), user="Chloé")
    world.run(lambda u: lifecycle.step(u, asset, S.IN_REPAIR), user="Bruno")
    with pytest.raises(PermissionDeniedError, match="mettre un matériel au rebut"):  # scrapping is SCRAP (CYCLE-4)
        world.run(lambda u: lifecycle.step(u, asset, S.SCRAPPED), user="Bruno")
    assert status(world, asset) is S.IN_REPAIR


def test_migration_0009_maps_a_device_waiting_for_its_wipe(world: World) -> None:
    from alembic import command

    from sav_desktop.store.db import sqlite_foreign_keys, alembic_config

    _, intact = _rental(world)
    _, damaged = _rental(world)
    world.run(lambda u: checkin.check_in_rental(u, intact))
    world.run(lambda u: checkin.check_in_rental(u, damaged, damage=["LIQUID"]))
    url = str(world.db.engine.url)
    # As the app migrates SQLite (store.db.upgrade): batch table copies with foreign keys off.
    with world.db.engine.connect() as conn:
        sqlite_foreign_keys(conn, False)
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
        conn.commit()
    with world.db.engine.connect() as conn:  # the models are at head: read the row as 0008 left it
        stored = conn.exec_driver_sql("SELECT status FROM assets WHERE id = ?", (intact,)).scalar()
    assert stored == S.IN_REPAIR.value  # what 0008 knew
    with world.db.engine.connect() as conn:
        sqlite_foreign_keys(conn, False)
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
    assert status(world, intact) is S.TO_WIPE
    assert status(world, damaged) is S.IN_REPAIR
