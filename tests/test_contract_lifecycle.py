"""Contracts as the desk lives them (issue 11): creation refuses what R-50/R-54/R-55 forbid,
an edit based on an older version is refused, a rental is ended (expiry or termination),
renewed, and its deposit ledger holds what was paid, kept and refunded. Real databases
(SQLite file and PostgreSQL), through the services' door (Desk)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select

from sav_desktop.domain.accounts import PermissionDeniedError
from sav_desktop.domain.contracts import ContractEnd
from sav_desktop.domain.enums import AssetStatus, ContractKind, Role
from sav_desktop.domain.errors import ConflictError, ValidationError
from sav_desktop.domain.records import AssetInput, ContractInput
from sav_desktop.services.contract_life import ContractChanges
from sav_desktop.services.desk import Desk
from sav_desktop.store.models import AuditEntry
from tests.conftest import RENTAL_TERMS, customer_input, fixed_clock

D = Decimal


def _rental(desk: Desk, n: int = 1, **kw: object) -> tuple[int, int]:
    cid = desk.create_customer(customer_input(f"Cabinet n° {n}", n))
    ref = desk.register_asset(AssetInput("MOVE5000_WIFI", f"RENT{n:04d}", in_service_on=date(2025, 3, 10)))
    terms = {**RENTAL_TERMS, **kw}
    kid = desk.create_contract(ContractInput(ContractKind.RENTAL, cid, date(2025, 3, 3), (ref.id,),
                                             delivered_on=date(2025, 3, 10), **terms))  # type: ignore[arg-type]
    return kid, ref.id


def _changes(detail, **kw: object) -> ContractChanges:
    base = dict(signed_on=detail.signed_on, delivered_on=detail.delivered_on, deposit=detail.deposit,
                software_service=detail.software_service, insurer=detail.insurer,
                policy_number=detail.policy_number, notes=detail.notes)
    base.update(kw)
    return ContractChanges(**base)  # type: ignore[arg-type]


def _count_contracts(desk: Desk) -> int:
    return sum(len(desk.contracts_of_customer(c)) for c, _, _ in desk.find_customers("", 100))


def test_R54_rental_without_deposit_insurer_policy_is_refused_naming_each_field(desk):
    cid = desk.create_customer(customer_input())
    ref = desk.register_asset(AssetInput("MOVE5000_WIFI", "M5W0001"))
    with pytest.raises(ValidationError) as err:
        desk.create_contract(ContractInput(ContractKind.RENTAL, cid, date(2025, 3, 3), (ref.id,),
                                           software_service="Logiciel de facturation"))
    by_field = {p.field: p for p in err.value.problems}
    assert by_field["insurer"].rule == "R-54" and "assureur" in by_field["insurer"].message
    assert by_field["policy_number"].rule == "R-54" and "police" in by_field["policy_number"].message
    assert by_field["deposit"].rule == "R-50" and "dépôt" in by_field["deposit"].message
    assert desk.asset_detail(ref.id).status == AssetStatus.IN_STOCK  # nothing written
    assert desk.contracts_of_customer(cid) == []


def test_R55_terminal_without_software_service_is_refused_a_reader_alone_is_not(desk):
    cid = desk.create_customer(customer_input())
    terminal = desk.register_asset(AssetInput("MOVE5000_WIFI", "M5W0002"))
    reader = desk.register_asset(AssetInput("PCSC_READER", "DSC0002"))
    with pytest.raises(ValidationError) as err:
        desk.create_contract(ContractInput(ContractKind.SALE, cid, date(2025, 3, 3), (terminal.id, reader.id)))
    assert [(p.field, p.rule) for p in err.value.problems] == [("software_service", "R-55")]
    assert "service logiciel" in err.value.problems[0].message
    assert desk.asset_detail(terminal.id).status == AssetStatus.IN_STOCK
    # A PC/SC reader is no terminal: sold alone, it needs no software service.
    kid = desk.create_contract(ContractInput(ContractKind.SALE, cid, date(2025, 3, 3), (reader.id,)))
    assert desk.contract_detail(kid).lines[0].asset_id == reader.id


def test_edit_saves_and_audits_then_an_edit_from_an_older_version_is_refused(desk, db):
    kid, asset_id = _rental(desk)
    seen_here = desk.contract_detail(kid)
    other_station = Desk.trusted(db, "Paul Martin", clock=fixed_clock)
    seen_there = other_station.contract_detail(kid)
    other_station.update_contract(kid, _changes(seen_there, insurer="AXA", policy_number="AXA-778899"),
                                  seen_there.version)
    with pytest.raises(ConflictError) as err:
        desk.update_contract(kid, _changes(seen_here, insurer="MMA"), seen_here.version)
    assert "modifié entre-temps" in str(err.value)
    now = desk.contract_detail(kid)
    assert (now.insurer, now.policy_number) == ("AXA", "AXA-778899")  # the other station's save holds
    assert now.version > seen_here.version
    with db.session_factory() as s:
        summaries = s.scalars(select(AuditEntry.summary).where(AuditEntry.action == "update",
                                                              AuditEntry.entity == "contract")).all()
    assert any("assureur" in t and "n° de police" in t for t in summaries)
    history = [e.summary for e in desk.asset_detail(asset_id).timeline]
    assert any("modifié" in t for t in history)  # the device's timeline shows it too


def test_edit_keeps_the_creation_rules(desk):
    kid, _ = _rental(desk)
    detail = desk.contract_detail(kid)
    with pytest.raises(ValidationError) as err:
        desk.update_contract(kid, _changes(detail, insurer="  ", software_service=""), detail.version)
    assert {(p.field, p.rule) for p in err.value.problems} == {("insurer", "R-54"), ("software_service", "R-55")}
    with pytest.raises(ValidationError) as err:
        desk.update_contract(kid, _changes(detail, delivered_on=date(2025, 3, 1)), detail.version)
    assert err.value.fields == ["delivered_on"]
    assert desk.contract_detail(kid).insurer == "MACSF"


def test_a_rental_without_end_date_is_ended_then_checked_in(desk, db):
    kid, asset_id = _rental(desk)
    with pytest.raises(ValidationError) as err:
        desk.preview_check_in(asset_id)
    assert err.value.problems[0].rule == "R-51"
    detail = desk.contract_detail(kid)
    with pytest.raises(ValidationError) as err:
        desk.end_contract(kid, ContractEnd(date(2026, 3, 2), "TERMINATION"), detail.version)
    assert err.value.fields == ["end_requested_by"]  # a termination says who asked
    with pytest.raises(ValidationError) as err:
        desk.end_contract(kid, ContractEnd(date(2025, 3, 1), "TERMINATION", "CUSTOMER"), detail.version)
    assert err.value.fields == ["ended_on"]  # before the signature
    desk.end_contract(kid, ContractEnd(date(2026, 3, 2), "TERMINATION", "CUSTOMER", "cessation d'activité"),
                      detail.version)
    ended = desk.contract_detail(kid)
    assert ended.ended_on == date(2026, 3, 2)
    assert ended.end_summary == "Résiliation le 02/03/2026, à la demande du client — cessation d'activité"
    assert not ended.can_renew  # a terminated rental is not renewed
    view = desk.check_in_rental(asset_id, returned_on=date(2026, 3, 16))
    assert view.settlement.settlement.value == "REFUND"
    ledger = desk.contract_detail(kid).ledger
    assert (ledger.paid, ledger.kept, ledger.refunded, ledger.balance) == (D("300"), D("0"), D("300"), D("0"))
    assert [e.kind for e in ledger.entries] == ["PAID", "REFUNDED"]


def test_a_sale_has_no_end(desk):
    cid = desk.create_customer(customer_input())
    ref = desk.register_asset(AssetInput("PCSC_READER", "DSC0003"))
    kid = desk.create_contract(ContractInput(ContractKind.SALE, cid, date(2025, 3, 3), (ref.id,)))
    with pytest.raises(ValidationError) as err:
        desk.end_contract(kid, ContractEnd(date(2026, 3, 2), "EXPIRY"), desk.contract_detail(kid).version)
    assert "vente" in err.value.problems[0].message


def test_renewal_moves_the_end_later_and_is_refused_once_devices_came_back(desk):
    kid, asset_id = _rental(desk, ended_on=date(2026, 3, 2))
    detail = desk.contract_detail(kid)
    assert detail.can_renew
    with pytest.raises(ValidationError) as err:
        desk.renew_contract(kid, date(2026, 1, 1), detail.version)
    assert err.value.fields == ["renewed_until"]
    desk.renew_contract(kid, date(2029, 3, 2), detail.version)
    renewed = desk.contract_detail(kid)
    assert renewed.ended_on == date(2029, 3, 2) and "renouvelée" in renewed.end_reason
    assert any("renouvelée jusqu'au 02/03/2029" in e.summary for e in desk.asset_detail(asset_id).timeline)
    # Ended again, checked in: a renewal would need a new contract.
    desk.end_contract(kid, ContractEnd(date(2026, 3, 13), "EXPIRY"), renewed.version)
    desk.check_in_rental(asset_id, returned_on=date(2026, 3, 16))
    after = desk.contract_detail(kid)
    assert not after.can_renew
    with pytest.raises(ValidationError) as err:
        desk.renew_contract(kid, date(2030, 1, 1), after.version)
    assert "nouveau contrat" in err.value.problems[0].message


def test_deposit_ledger_paid_kept_refunded_balance_in_euros(desk):
    kid, _ = _rental(desk, deposit=D("300.000"))
    d = desk.contract_detail(kid)
    assert [(e.kind, e.amount) for e in d.ledger.entries] == [("PAID", D("300"))]
    desk.record_deposit_entry(kid, "KEPT", "120,50", date(2026, 3, 10), "écran cassé", d.version)
    d2 = desk.contract_detail(kid)
    with pytest.raises(ConflictError):  # based on the version before the entry
        desk.record_deposit_entry(kid, "REFUNDED", "10", date(2026, 3, 10), "", d.version)
    with pytest.raises(ValidationError) as err:
        desk.record_deposit_entry(kid, "REFUNDED", "200", date(2026, 3, 10), "", d2.version)
    assert err.value.fields == ["deposit.amount"] and err.value.problems[0].rule == "R-50"
    with pytest.raises(ValidationError) as err:
        desk.record_deposit_entry(kid, "REFUNDED", "-5", date(2025, 1, 1), "", d2.version)
    assert set(err.value.fields) == {"deposit.amount", "deposit.entry_on"}
    desk.record_deposit_entry(kid, "REFUNDED", "179.5", date(2026, 3, 11), "", d2.version)
    ledger = desk.contract_detail(kid).ledger
    assert (ledger.paid, ledger.kept, ledger.refunded, ledger.balance) == (D("300"), D("120.5"), D("179.5"), D("0"))
    assert desk.contract_detail(kid).deposit_state == "PARTLY_KEPT"


def test_editing_the_deposit_moves_the_payment_until_a_movement_exists(desk):
    kid, _ = _rental(desk)
    d = desk.contract_detail(kid)
    desk.update_contract(kid, _changes(d, deposit=D("450")), d.version)
    d = desk.contract_detail(kid)
    assert d.deposit == D("450") and d.ledger.paid == D("450")
    desk.record_deposit_entry(kid, "KEPT", "50", date(2026, 3, 10), "", d.version)
    d = desk.contract_detail(kid)
    with pytest.raises(ValidationError) as err:
        desk.update_contract(kid, _changes(d, deposit=D("500")), d.version)
    assert err.value.fields == ["deposit"]


def test_ticket_assignment_needs_the_repair_permission_and_is_audited(desk, db):
    kid, asset_id = _rental(desk)
    ticket = desk.open_ticket(asset_id, "écran noir", datetime(2026, 3, 16, 9, 0))
    desk.add_user("Lucie Accueil", Role.ACCUEIL, "Accueil#2026x")
    desk.add_user("Tom Atelier", Role.TECHNICIEN, "Atelier#2026x")
    row = desk.ticket_queue()[0]
    with pytest.raises(PermissionDeniedError):
        Desk(db, "Lucie Accueil", clock=fixed_clock).assign_ticket(ticket, "Tom Atelier", row.version)
    with pytest.raises(ValidationError):
        desk.assign_ticket(ticket, "Lucie Accueil", row.version)  # not a technician
    desk.assign_ticket(ticket, "Tom Atelier", row.version)
    assert desk.ticket_queue(technician="Tom Atelier")[0].assigned_to == "Tom Atelier"
    assert desk.ticket_queue(technician="") == []
    assert any("confié à Tom Atelier" in e.summary for e in desk.asset_detail(asset_id).timeline)
    with pytest.raises(ConflictError):
        desk.assign_ticket(ticket, None, row.version)


def test_settlement_at_check_in_fills_the_ledger(desk):
    kid, asset_id = _rental(desk, ended_on=date(2026, 3, 13))
    desk.check_in_rental(asset_id, returned_on=date(2026, 3, 16), damage=("BREAKAGE",))
    ledger = desk.contract_detail(kid).ledger
    assert ledger.kept > 0 and ledger.balance == 0
    assert ledger.kept + ledger.refunded == ledger.paid


def _status_entries(db, asset_id: int) -> list[AuditEntry]:
    """The device's status changes after its rental began (the creation's IN_STOCK -> RENTED left out)."""
    with db.session_factory() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.asset_id == asset_id, AuditEntry.action == "status")
                         .order_by(AuditEntry.id)).all()
    return [e for e in rows if '"status": "IN_STOCK"' not in (e.before_json or "")]


def test_R51_an_end_reached_puts_the_rented_devices_awaiting_return_audited(desk, db):
    """The clock is Monday 16/03/2026: an end on that day (or before) is reached."""
    kid, asset_id = _rental(desk)
    assert desk.asset_detail(asset_id).status == AssetStatus.RENTED
    assert _status_entries(db, asset_id) == []
    detail = desk.contract_detail(kid)
    desk.end_contract(kid, ContractEnd(date(2026, 3, 16), "EXPIRY"), detail.version)
    assert desk.asset_detail(asset_id).status == AssetStatus.AWAITING_RETURN
    [entry] = _status_entries(db, asset_id)
    assert entry.entity == "asset" and entry.entity_id == str(asset_id) and entry.user_name == "Marie Lefort"
    assert "Loué → Retour attendu" in entry.summary and entry.summary.endswith("[R-51]")
    assert "fin de la location" in entry.summary and "16/03/2026" in entry.summary
    assert '"rule": "R-51"' in entry.after_json and '"status": "RENTED"' in entry.before_json
    assert desk.contract_detail(kid).lines[0].status_label == "Retour attendu"
    # the check-in still finds it and takes it back (AWAITING_RETURN -> TO_WIPE, R-80)
    assert desk.rental_return(asset_id).contract_id == kid
    desk.check_in_rental(asset_id, returned_on=date(2026, 3, 16))
    assert desk.asset_detail(asset_id).status == AssetStatus.TO_WIPE


def test_R51_an_end_in_the_past_moves_the_devices_an_end_in_the_future_leaves_them_rented(desk, db):
    kid, asset_id = _rental(desk)
    detail = desk.contract_detail(kid)
    desk.end_contract(kid, ContractEnd(date(2026, 3, 17), "TERMINATION", "CUSTOMER"), detail.version)
    assert desk.contract_detail(kid).ended_on == date(2026, 3, 17)
    assert desk.asset_detail(asset_id).status == AssetStatus.RENTED  # the rental runs until tomorrow
    assert _status_entries(db, asset_id) == []
    assert desk.rental_return(asset_id).ended_on == date(2026, 3, 17)  # the check-in finds it all the same
    other_kid, other_asset = _rental(desk, 2)
    desk.end_contract(other_kid, ContractEnd(date(2026, 2, 27), "EXPIRY"), desk.contract_detail(other_kid).version)
    assert desk.asset_detail(other_asset).status == AssetStatus.AWAITING_RETURN
    assert len(_status_entries(db, other_asset)) == 1
    assert desk.asset_detail(asset_id).status == AssetStatus.RENTED  # the other rental's devices untouched


def test_R51_a_refused_end_moves_nothing(desk, db):
    kid, asset_id = _rental(desk)
    with pytest.raises(ValidationError):
        desk.end_contract(kid, ContractEnd(date(2026, 3, 2), "TERMINATION"), desk.contract_detail(kid).version)
    assert desk.asset_detail(asset_id).status == AssetStatus.RENTED
    assert _status_entries(db, asset_id) == []


def test_R51_a_renewal_or_an_end_moved_later_puts_the_devices_back_to_rented(desk, db):
    kid, asset_id = _rental(desk)
    desk.end_contract(kid, ContractEnd(date(2026, 3, 13), "EXPIRY"), desk.contract_detail(kid).version)
    assert desk.asset_detail(asset_id).status == AssetStatus.AWAITING_RETURN
    desk.renew_contract(kid, date(2027, 3, 2), desk.contract_detail(kid).version)
    assert desk.asset_detail(asset_id).status == AssetStatus.RENTED  # the rental runs again
    last = _status_entries(db, asset_id)[-1]
    assert "Retour attendu → Loué" in last.summary and "renouvelée jusqu'au 02/03/2027" in last.summary
    assert last.summary.endswith("[R-51]")
    # ended again (reached), then the end corrected to a later day: rented again
    desk.end_contract(kid, ContractEnd(date(2026, 3, 16), "EXPIRY"), desk.contract_detail(kid).version)
    assert desk.asset_detail(asset_id).status == AssetStatus.AWAITING_RETURN
    desk.end_contract(kid, ContractEnd(date(2026, 6, 30), "EXPIRY"), desk.contract_detail(kid).version)
    assert desk.asset_detail(asset_id).status == AssetStatus.RENTED
    assert [("Loué → Retour attendu" in e.summary) for e in _status_entries(db, asset_id)] == [
        True, False, True, False]


def test_R51_a_rental_recorded_after_its_end_has_its_devices_awaiting_return(desk, db):
    """A rental typed in after it ended (the clock is 16/03/2026, the end 28/02/2026): its
    device is « Retour attendu » at once, through the machine (audited, R-51), and the
    check-in takes it back."""
    kid, asset_id = _rental(desk, 3, ended_on=date(2026, 2, 28))
    assert desk.asset_detail(asset_id).status == AssetStatus.AWAITING_RETURN
    [entry] = _status_entries(db, asset_id)
    assert "Loué → Retour attendu" in entry.summary and entry.summary.endswith("[R-51]")
    assert "28/02/2026" in entry.summary
    assert desk.rental_return(asset_id).contract_id == kid
    _kid, running = _rental(desk, 4, ended_on=date(2026, 3, 17))  # ends tomorrow: still rented
    assert desk.asset_detail(running).status == AssetStatus.RENTED


def test_R51_an_end_recorded_ahead_moves_the_devices_once_it_is_reached(db):
    """An end recorded for tomorrow leaves the device « Loué »; the next day the desk's
    start (settle_reached_ends) makes it « Retour attendu », audited, once (the permission
    matrix checks who may: EDIT_RECORDS)."""
    from datetime import timedelta

    monday = Desk.trusted(db, "Marie Lefort", clock=fixed_clock)
    kid, asset_id = _rental(monday)
    monday.end_contract(kid, ContractEnd(date(2026, 3, 17), "TERMINATION", "CUSTOMER"),
                        monday.contract_detail(kid).version)
    assert monday.settle_reached_ends() == 0 and monday.asset_detail(asset_id).status == AssetStatus.RENTED

    def tuesday_clock() -> datetime:
        return fixed_clock() + timedelta(days=1)

    tuesday = Desk(db, "Marie Lefort", clock=tuesday_clock)
    assert tuesday.settle_reached_ends() == 1
    assert tuesday.asset_detail(asset_id).status == AssetStatus.AWAITING_RETURN
    [entry] = _status_entries(db, asset_id)
    assert "Loué → Retour attendu" in entry.summary and "17/03/2026" in entry.summary and entry.summary.endswith("[R-51]")
    assert tuesday.settle_reached_ends() == 0  # nothing twice


def test_the_desk_start_settles_the_ends_reached_and_says_so(qtbot, sqlite_db):
    """The GUI's start (progressive window): once its screens are in, a rental ended since
    the last start has its device « Retour attendu », said in the status bar and shown in the
    list's row."""
    from datetime import timedelta

    from sav_desktop.ui.app import build_main_window

    monday = Desk.trusted(sqlite_db, "Marie Lefort", clock=fixed_clock)
    kid, asset_id = _rental(monday)
    monday.end_contract(kid, ContractEnd(date(2026, 3, 16) + timedelta(days=1), "EXPIRY"),
                        monday.contract_detail(kid).version)
    tuesday = Desk(sqlite_db, "Marie Lefort", clock=lambda: fixed_clock() + timedelta(days=1))
    window = build_main_window(tuesday, progressive=True)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(0)
    window.show()
    qtbot.waitUntil(lambda: "Retour attendu" in window.statusBar().currentMessage(), timeout=10_000)
    assert window.statusBar().currentMessage().startswith("1 matériel(s)")
    row = window.model.row_of_asset(asset_id)
    qtbot.waitUntil(lambda: window.model.row_at(row).status == AssetStatus.AWAITING_RETURN.value, timeout=5000)
    window.ops.wait()
