"""Role-aware actions (pytest-qt, offscreen): an Accueil user sees the workshop steps and the
administrator-only actions greyed, with a French tooltip saying why; what the role allows
stays enabled. One table maps every main-window action to its permission."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sav_desktop.domain.accounts import Permission
from sav_desktop.domain.enums import Role
from sav_desktop.domain.identifiers import label_text
from sav_desktop.domain.records import AssetInput
from sav_desktop.services.desk import Desk
from sav_desktop.ui.app import build_main_window
from sav_desktop.ui.main_window import MainWindow
from sav_desktop.ui.permissions import ACTION_PERMISSIONS, RoleGuard
from sav_desktop.ui.tickets_view import NewTicketDialog
from tests.conftest import fixed_clock
from tests.gui_workflow_support import driven, rental

PASSWORD = "Accueil-2026!"


@pytest.fixture
def accueil(sqlite_db) -> Desk:
    admin = Desk.trusted(sqlite_db, "Marie Lefort", clock=fixed_clock)  # the first account: administrator
    admin.add_user("Claire Accueil", Role.ACCUEIL, PASSWORD)
    desk = Desk.trusted(sqlite_db, "Claire Accueil", clock=fixed_clock)
    assert desk.role is Role.ACCUEIL and not desk.can(Permission.REPAIR)
    return desk


def _window(qtbot, desk: Desk) -> MainWindow:
    w = build_main_window(desk)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_every_main_window_action_has_its_permission(qtbot, sqlite_desk) -> None:
    window = _window(qtbot, sqlite_desk)
    assert set(window.actions) <= set(ACTION_PERMISSIONS), set(window.actions) - set(ACTION_PERMISSIONS)
    # the administrator may do all; those acting on "the device" wait until one is shown
    from sav_desktop.ui.main_window import DEVICE_ACTIONS

    assert all(a.isEnabled() for k, a in window.actions.items() if k not in DEVICE_ACTIONS)
    assert not any(window.actions[k].isEnabled() for k in DEVICE_ACTIONS & set(window.actions))
    asset = sqlite_desk.register_asset(AssetInput("NEO", "NEO778899"))
    window.open_asset(asset.id)
    assert all(a.isEnabled() for a in window.actions.values())


def test_accueil_cannot_run_workshop_steps(qtbot, accueil: Desk, sqlite_db, monkeypatch) -> None:
    admin = Desk.trusted(sqlite_db, "Marie Lefort", clock=fixed_clock)
    r = rental(admin, 1)
    window = _window(qtbot, accueil)
    window.open_scan(label_text(r.tag, r.serial))  # (the actions on "the device" need one shown)
    # the desk's daily work stays open to the reception
    for key in ("new_asset", "edit_asset", "new_customer", "new_contract", "label", "new_ticket", "check_in",
                "declare_loss"):
        assert window.actions[key].isEnabled(), key

    monkeypatch.setattr(NewTicketDialog, "ask", driven(
        NewTicketDialog, lambda d: d.problem.insertPlainText("Ecran noir")))
    window.actions["new_ticket"].trigger()  # Nouveau dossier: open to the reception
    panel = window.tickets_panel
    assert panel.ticket is not None and panel.ticket.state == "CALL_RECEIVED"
    step = panel.action_buttons["START_DIAGNOSIS"]
    assert not step.isEnabled()  # the remote diagnosis is the workshop's (REPAIR)
    assert "Réservé" in step.toolTip() and "« Accueil »" in step.toolTip()
    assert "traiter les réparations" in step.toolTip()
    qtbot.mouseClick(step, Qt.MouseButton.LeftButton)  # a greyed button does nothing
    assert admin.ticket(panel.ticket.id).state == "CALL_RECEIVED"
    assert panel.new_button.isEnabled()

    # the same ticket seen by a technician: the step is open
    tech = Desk.trusted(sqlite_db, "Paul Atelier", clock=fixed_clock)  # a new account: technicien
    assert tech.role is Role.TECHNICIEN
    other = _window(qtbot, tech)
    other.open_asset(r.asset_id)
    assert other.tickets_panel.action_buttons["START_DIAGNOSIS"].isEnabled()


def test_refused_action_says_why_in_french(qtbot, accueil: Desk) -> None:
    window = _window(qtbot, accueil)
    guard = window.role_guard
    assert isinstance(guard, RoleGuard)
    assert guard.why_not("new_ticket") is None
    assert guard.why_not("ticket.INSPECT") == (
        "Réservé : le rôle « Accueil » ne permet pas de traiter les réparations (demandez à un administrateur).")
    from PySide6.QtGui import QAction

    action = QAction("Essai", window)
    guarded = RoleGuard(accueil, {"essai": Permission.MANAGE_TARIFFS})
    assert not guarded.guard_action("essai", action)
    assert not action.isEnabled() and "modifier les tarifs" in action.toolTip()
    window.register_action("ticket.DECIDE", QAction("Décider", window), "desk")  # through the window's table
    assert not window.actions["ticket.DECIDE"].isEnabled()
    assert window.menus["desk"].toolTipsVisible()
