"""The GUI greys from the domain's table (issue 10): the check-in wizard's data wipe (R-80,
WIPE) is disabled for the reception, with the French reason; a technician may record it."""

from __future__ import annotations

import pytest

from sav_desktop.domain.accounts import Permission
from sav_desktop.domain.enums import Role
from sav_desktop.services.desk import Desk
from sav_desktop.ui.permissions import ACTION_PERMISSIONS, ACTION_USE_CASES

from .conftest import fixed_clock

pytestmark = pytest.mark.gui


def test_action_permissions_come_from_the_domain_table() -> None:
    from sav_desktop.domain.permissions import USE_CASES

    assert set(ACTION_PERMISSIONS) == set(ACTION_USE_CASES)
    for key, use_case in ACTION_USE_CASES.items():
        assert ACTION_PERMISSIONS[key] is USE_CASES[use_case], key
    assert ACTION_PERMISSIONS["checkin.wipe"] is Permission.WIPE


def test_wipe_button_greyed_for_the_reception(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from sav_desktop.ui.checkin_wizard import CheckInWizard

    Desk.trusted(sqlite_db, "Alice Admin", clock=fixed_clock)
    accueil = Desk.trusted(sqlite_db, "Chloé Accueil", clock=fixed_clock, role=Role.ACCUEIL)
    tech = Desk.trusted(sqlite_db, "Bruno Atelier", clock=fixed_clock, role=Role.TECHNICIEN)
    refused = CheckInWizard(accueil)
    qtbot.addWidget(refused)
    button = refused.status_page.wipe_button
    assert not button.isEnabled() and "effacement des données" in button.toolTip()
    allowed = CheckInWizard(tech)
    qtbot.addWidget(allowed)
    assert allowed.status_page.wipe_button.isEnabled()
