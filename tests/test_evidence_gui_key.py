"""The audit key at the desk: its id and a way to copy it in Administration > Réglages, and a
new station that lacks it asks for it instead of opening a base it cannot sign."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sav_desktop.domain.audit_chain import key_id
from sav_desktop.services.desk import Desk
from sav_desktop.services.trust import save_station_audit_key
from sav_desktop.services.uow import run
from sav_desktop.store import audit_key
from sav_desktop.store.db import AuditKeyOpenError, open_database
from sav_desktop.ui import audit_key_dialog
from sav_desktop.ui.admin_page import install_admin
from sav_desktop.ui.main_window import MainWindow
from tests.conftest import fixed_clock


def test_settings_show_the_key_id_and_the_key(qtbot: Any, sqlite_db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    admin = Desk.trusted(sqlite_db, "Alice Martin", clock=fixed_clock)
    w = MainWindow(admin)
    qtbot.addWidget(w)
    install_admin(w)
    w.show()
    qtbot.waitExposed(w)
    w.admin_action.trigger()  # type: ignore[attr-defined]
    page = w.admin_page  # type: ignore[attr-defined]
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    page.tabs.setCurrentIndex(titles.index("Réglages"))
    tab = page.settings
    tab.reload()
    key = sqlite_db.audit_key
    assert key_id(key) in tab.audit_key_label.text()
    assert key.hex() not in tab.audit_key_label.text()  # only its id, until asked
    shown: list[str] = []
    monkeypatch.setattr(audit_key_dialog.AuditKeyShown, "show", classmethod(lambda cls, k, parent=None: shown.append(k)))
    qtbot.mouseClick(tab.audit_key_button, Qt.MouseButton.LeftButton)
    assert shown == [key.hex()]
    with sqlite_db.engine.connect() as conn:
        actions = [r[0] for r in conn.exec_driver_sql("SELECT action FROM audit_log ORDER BY id")]
    assert actions[-1] == "key_shown"  # showing the key is audited


def test_a_station_without_the_key_is_asked_for_it(sqlite_url: str, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_database(sqlite_url)
    run(db, "Marie", lambda u: u.audit("asset", 1, "note", "signée", asset_id=1))
    key = db.audit_key
    db.dispose()
    assert key is not None
    monkeypatch.setenv("SAV_CONFIG_DIR", str(tmp_path / "autre-poste"))  # a second station, no key
    with pytest.raises(AuditKeyOpenError, match="ce poste n'a pas la clé d'audit"):
        open_database(sqlite_url)
    assert not audit_key.key_file().exists()  # no key made up for a signed base
    with pytest.raises(Exception, match="clé d'audit invalide"):
        save_station_audit_key("1234")
    save_station_audit_key(key.hex())  # what the start-up dialog does with the typed key
    again = open_database(sqlite_url)
    try:
        run(again, "Karim", lambda u: u.audit("asset", 1, "note", "depuis le 2e poste", asset_id=1))
    finally:
        again.dispose()
