"""Signing in at the desk (pytest-qt, offscreen): first-start dialog, login dialog with French
errors in place, idle lock asking the password again, damaged database said in French."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMainWindow, QWidget

from sav_desktop.domain.enums import Role
from sav_desktop.services.desk import Desk
from sav_desktop.store.db import Database
from sav_desktop.ui import session
from sav_desktop.ui.session import FirstStartDialog, IdleLock, LoginDialog, UnlockDialog, sign_in
from tests.keyboard import type_keys

GOOD = "Vitale-2026!"


def test_first_start_dialog_creates_the_admin(qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    created: list[str] = []
    dialog = FirstStartDialog(lambda n, p: (Desk.create_first_admin(sqlite_db, n, p), created.append(n))[0], "alice")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.password_edit
    dialog.password_edit.setText(GOOD)
    dialog.confirm_edit.setText("Autre-chose-1!")  # type: ignore[union-attr]
    dialog.on_buttons_accepted()
    assert "diffèrent" in dialog.error_label.text() and not created
    dialog.password_edit.setText("faible")
    dialog.confirm_edit.setText("faible")  # type: ignore[union-attr]
    dialog.on_buttons_accepted()
    assert "mot de passe trop faible" in dialog.error_label.text() and not created
    dialog.password_edit.setText(GOOD)
    dialog.confirm_edit.setText(GOOD)  # type: ignore[union-attr]
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)  # keyboard-first: Entrée validates
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.created_name == "alice"
    assert Desk.login(sqlite_db, "alice", GOOD).role is Role.ADMIN


def test_login_dialog_shows_the_refusal_and_stays_open(qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    Desk.create_first_admin(sqlite_db, "alice", GOOD)
    dialog = LoginDialog(lambda n, p: Desk.login(sqlite_db, n, p), "alice")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.password_edit.setText("Mauvais-mot2!")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert "nom de compte ou mot de passe incorrect" in dialog.error_label.text()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.password_edit.text() == ""
    dialog.password_edit.setText(GOOD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.desk is not None and dialog.desk.user_name == "alice"


def test_sign_in_asks_first_start_then_login(sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def first(cls, create, hint, parent=None):  # type: ignore[no-untyped-def]
        calls.append(f"first:{hint}")
        create("Alice Martin", GOOD)
        return "Alice Martin"

    def login(cls, do_login, hint, parent=None):  # type: ignore[no-untyped-def]
        calls.append(f"login:{hint}")
        return do_login(hint, GOOD)

    monkeypatch.setattr(FirstStartDialog, "ask", classmethod(first))
    monkeypatch.setattr(LoginDialog, "ask", classmethod(login))
    desk = sign_in(sqlite_db, "alice")
    assert desk is not None and desk.role is Role.ADMIN
    assert calls == ["first:alice", "login:Alice Martin"]
    calls.clear()
    assert sign_in(sqlite_db, "Alice Martin") is not None and calls == ["login:Alice Martin"]


def test_idle_lock_hides_the_window_and_asks_the_password(qtbot, sqlite_db: Database,  # type: ignore[no-untyped-def]
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    Desk.create_first_admin(sqlite_db, "alice", GOOD)
    desk = Desk.login(sqlite_db, "alice", GOOD)
    window = QMainWindow()
    window.setCentralWidget(QLabel("fiche client"))
    qtbot.addWidget(window)
    window.show()
    seen: list[bool] = []

    def ask(cls, d, parent=None):  # type: ignore[no-untyped-def]
        seen.append(window.centralWidget().isVisible())
        d.unlock(GOOD)
        return True

    monkeypatch.setattr(UnlockDialog, "ask", classmethod(ask))
    lock = IdleLock(window, desk, 0)
    lock.set_interval_ms(50)
    with qtbot.waitSignal(lock.unlocked, timeout=5000):
        pass
    assert seen == [False] and window.centralWidget().isVisible()
    lock.detach()


def test_idle_lock_cancel_closes_the_window(qtbot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    desk = Desk.trusted(sqlite_db, "alice")
    window = QMainWindow()
    window.setCentralWidget(QLabel("x"))
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda cls, d, parent=None: False))
    lock = IdleLock(window, desk, 0)
    with qtbot.waitSignal(lock.locked, timeout=5000):
        lock.set_interval_ms(20)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    lock.detach()


def test_unlock_dialog_refuses_a_wrong_password(qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    Desk.create_first_admin(sqlite_db, "alice", GOOD)
    desk = Desk.login(sqlite_db, "alice", GOOD)
    dialog = UnlockDialog(desk)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.isReadOnly() and dialog.name_edit.text() == "alice"
    dialog.password_edit.setText("Mauvais-mot2!")
    dialog.on_buttons_accepted()
    assert "incorrect" in dialog.error_label.text()
    dialog.password_edit.setText(GOOD)
    dialog.on_buttons_accepted()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_gui_start_on_a_damaged_database_says_so_in_french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from sav_desktop.cli.gui import run_gui

    bad = tmp_path / "abime.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    shown: list[str] = []
    monkeypatch.setattr(session.StartupError, "show", classmethod(lambda cls, m, parent=None: shown.append(m)))
    code = run_gui(argparse.Namespace(database=str(bad), user="alice"))
    assert code == 2 and shown and "endommagée" in shown[0]
    assert "erreur : " in capsys.readouterr().err


def test_gui_start_without_login_quits_quietly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sav_desktop.cli.gui import run_gui

    monkeypatch.setattr(FirstStartDialog, "ask", classmethod(lambda cls, c, h, parent=None: None))
    assert run_gui(argparse.Namespace(database=str(tmp_path / "n.sqlite3"), user="alice")) == 0


def _type_into_login(qtbot, password: str | None) -> None:  # type: ignore[no-untyped-def]
    """Once the sign-in dialog is up, type the password and Entrée (None: Échap)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(20, drive)
            return
        if password is None:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            return
        qtbot.keyClicks(dialog.password_edit, password)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, drive)


def test_the_gui_start_shows_the_sign_in_while_the_base_opens(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A current local base with its administrator: the sign-in dialog comes first (the base
    opens in a worker meanwhile); Entrée waits for it and signs in. Annuler leaves, the base
    closed. A base that still needs its first start goes the usual way (no early dialog)."""
    from sav_desktop.cli.gui import early_sign_in
    from sav_desktop.store.db import open_database
    from sav_desktop.services.first_page import sign_in_ready

    path = tmp_path / "poste.sqlite3"
    args = argparse.Namespace(database=str(path), user="alice")
    db = open_database(str(path))
    assert not sign_in_ready(str(path))  # no administrator yet: the first start must run
    assert early_sign_in(args) == (None, None, False)
    Desk.create_first_admin(db, "alice", GOOD)
    db.dispose()
    assert sign_in_ready(str(path))

    _type_into_login(qtbot, GOOD)
    opened, desk, shown = early_sign_in(args)
    assert shown and desk is not None and desk.user_name == "alice" and desk.role is Role.ADMIN
    assert opened is desk.db and desk.search_assets("") == []
    opened.dispose()

    _type_into_login(qtbot, None)
    opened, desk, shown = early_sign_in(args)
    assert shown and desk is None and opened is not None  # the caller disposes it and quits
    opened.dispose()


def test_idle_lock_counts_keys_typed_in_the_window_and_in_a_dialog_opened_later(  # type: ignore[no-untyped-def]
        qtbot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Set up before the window is shown (as the GUI does), the lock sees the keys of the main
    window and of a dialog opened afterwards: typing in either keeps it open; once the keys
    stop, it locks."""
    desk = Desk.trusted(sqlite_db, "alice")
    window = QMainWindow()
    field = QLineEdit()
    window.setCentralWidget(field)
    qtbot.addWidget(window)
    asked: list[str] = []
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda cls, d, parent=None: asked.append("ask") or True))
    lock = IdleLock(window, desk, 0)
    lock.set_interval_ms(1500)
    window.show()
    qtbot.waitExposed(window)
    locked: list[bool] = []
    lock.locked.connect(lambda: locked.append(True))

    def type_for(widget: QWidget, ms: int) -> None:
        widget.activateWindow()
        widget.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=5000)
        for _ in range(ms // 100):
            type_keys(widget, "a")
            qtbot.wait(100)

    type_for(field, 2000)
    dialog = QDialog(window)
    note = QLineEdit(dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_for(note, 2000)
    assert locked == [] and field.text() == "a" * 20 and note.text() == "a" * 20
    dialog.close()
    with qtbot.waitSignal(lock.locked, timeout=5000):
        pass  # no key any more: it locks
    assert asked == ["ask"]
    lock.detach()
    type_keys(field, "b")
    type_keys(note, "b")
    assert not lock.timer.isActive()  # detached: no window's keys start it again


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")  # offscreen's menus
def test_idle_lock_counts_the_use_of_an_open_menu(qtbot, sqlite_db: Database,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A menu is a window of its own: keys in an open menu keep the window open; once they
    stop, the lock comes."""
    from PySide6.QtWidgets import QMenu

    desk = Desk.trusted(sqlite_db, "alice")
    window = QMainWindow()
    window.setCentralWidget(QLabel("fiche"))
    qtbot.addWidget(window)
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda cls, d, parent=None: True))
    lock = IdleLock(window, desk, 0)
    window.show()
    qtbot.waitExposed(window)
    menu = QMenu(window)
    for text in ("Nouveau matériel", "Nouveau contrat", "Étiquette"):
        menu.addAction(text)
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu, timeout=5000)
    locked: list[bool] = []
    lock.locked.connect(lambda: locked.append(True))
    lock.set_interval_ms(1000)
    for _ in range(25):  # 2.5 s of arrows in the menu, longer than the wait
        QApplication.sendEvent(menu.windowHandle(), QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down,
                                                              Qt.KeyboardModifier.NoModifier))
        qtbot.wait(100)
    assert locked == []
    with qtbot.waitSignal(lock.locked, timeout=5000):
        pass  # the keys stopped: it locks
    lock.detach()
