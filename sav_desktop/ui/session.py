"""Signing in at the desk: first-start dialog (the administrator account), login dialog, and
the idle lock that asks the password again after N minutes without keyboard or mouse.

Keyboard-first: the field to type in has the focus, Entrée validates, Échap cancels. The
dialogs never see the database: they get callables from the services (``Desk.login``,
``Desk.create_first_admin``, ``desk.unlock``) and show their French errors in place.
Each dialog exposes ``ask(...)`` (tests patch it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QInputEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import SavError
from ..services.desk import Desk
from .window_input import AllWindows

Login = Callable[[str, str], Desk]
CreateAdmin = Callable[[str, str], None]


class _CredentialsDialog(QDialog):
    """Name and password fields, an error line, OK/Annuler."""

    def __init__(self, title: str, intro: str, user_hint: str, parent: QWidget | None, confirm: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(user_hint, self)
        self.name_edit.setMaxLength(80)
        self.name_edit.setObjectName("name")
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setObjectName("password")
        form.addRow(self.tr("&Nom du compte :"), self.name_edit)
        form.addRow(self.tr("&Mot de passe :"), self.password_edit)
        self.confirm_edit: QLineEdit | None = None
        if confirm:
            self.confirm_edit = QLineEdit(self)
            self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.confirm_edit.setObjectName("confirm")
            form.addRow(self.tr("&Confirmation :"), self.confirm_edit)
        layout.addLayout(form)
        self.error_label = QLabel("", self)
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)  # Entrée in any field validates
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.password_edit if user_hint else self.name_edit).setFocus()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.password_edit.clear()
        if self.confirm_edit is not None:
            self.confirm_edit.clear()
        self.password_edit.setFocus()

    def on_buttons_accepted(self) -> None:  # pragma: no cover - overridden
        self.accept()


class LoginDialog(_CredentialsDialog):
    """Connexion: the name (pre-filled with the OS login) and the password."""

    def __init__(self, login: Login, user_hint: str = "", parent: QWidget | None = None,
                 opened: Callable[[], bool] | None = None) -> None:
        super().__init__(
            self.tr("Connexion — SAV Desktop"),
            self.tr("Identifiez-vous pour ouvrir le poste SAV."),
            user_hint, parent, confirm=False,
        )
        self._login = login
        self._opened = opened
        self.desk: Desk | None = None
        self.aborted = False  # the database being opened meanwhile could not be opened

    def on_buttons_accepted(self) -> None:
        if self._opened is not None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                ok = self._opened()  # the base opening while the user typed: waited for here
            finally:
                QApplication.restoreOverrideCursor()
            if not ok:
                self.aborted = True  # the start says why (cli.gui), as without this dialog
                self.reject()
                return
        try:
            self.desk = self._login(self.name_edit.text(), self.password_edit.text())
        except SavError as exc:
            self.show_error(str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, login: Login, user_hint: str = "", parent: QWidget | None = None) -> Desk | None:
        """The signed-in desk, or None when the user gives up."""
        dialog = cls(login, user_hint, parent)
        return dialog.desk if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask_while_opening(cls, opened: Callable[[], bool], login: Login,
                          user_hint: str = "") -> tuple[Desk | None, bool]:
        """The GUI's start: the dialog shows while the database opens in a worker; OK waits
        for it (``opened``: False when it failed). (desk or None, whether it failed)."""
        dialog = cls(login, user_hint, None, opened)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.desk if accepted else None), dialog.aborted


class FirstStartDialog(_CredentialsDialog):
    """Premier démarrage: the administrator account is created (name, password twice)."""

    def __init__(self, create: CreateAdmin, user_hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Premier démarrage — SAV Desktop"),
            self.tr("Aucun compte administrateur : créez le vôtre. Il gérera ensuite les comptes "
                    "des autres personnes (un compte par personne). Mot de passe : 10 caractères au "
                    "moins, avec minuscule, majuscule, chiffre et caractère spécial."),
            user_hint, parent, confirm=True,
        )
        self._create = create
        self.created_name: str | None = None

    def on_buttons_accepted(self) -> None:
        assert self.confirm_edit is not None
        if self.password_edit.text() != self.confirm_edit.text():
            self.show_error(self.tr("Les deux mots de passe diffèrent."))
            return
        try:
            self._create(self.name_edit.text(), self.password_edit.text())
        except SavError as exc:
            self.show_error(str(exc))
            return
        self.created_name = " ".join(self.name_edit.text().split())
        self.accept()

    @classmethod
    def ask(cls, create: CreateAdmin, user_hint: str = "", parent: QWidget | None = None) -> str | None:
        """The administrator's name once created, or None when the user gives up."""
        dialog = cls(create, user_hint, parent)
        return dialog.created_name if dialog.exec() == QDialog.DialogCode.Accepted else None


class UnlockDialog(_CredentialsDialog):
    """Session verrouillée: the signed-in user's password again (or Annuler: quit)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Session verrouillée"),
            self.tr("Session verrouillée après inactivité. Saisissez votre mot de passe pour continuer "
                    "(Annuler ferme l'application)."),
            desk.user_name, parent, confirm=False,
        )
        self.name_edit.setReadOnly(True)
        self._desk = desk

    def on_buttons_accepted(self) -> None:
        try:
            self._desk.unlock(self.password_edit.text())
        except SavError as exc:
            self.show_error(str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, desk: Desk, parent: QWidget | None = None) -> bool:
        return cls(desk, parent).exec() == QDialog.DialogCode.Accepted


def sign_in(db: Any, user_hint: str = "", parent: QWidget | None = None) -> Desk | None:
    """First start (the administrator account) when needed, then the login dialog."""
    if Desk.needs_first_admin(db):
        name = FirstStartDialog.ask(lambda n, p: Desk.create_first_admin(db, n, p), user_hint, parent)
        if name is None:
            return None
        user_hint = name
    return LoginDialog.ask(lambda n, p: Desk.login(db, n, p), user_hint, parent)


class StartupError:
    """A French message box when the desk cannot start (damaged database...)."""

    @classmethod
    def show(cls, message: str, parent: QWidget | None = None) -> None:
        QMessageBox.critical(parent, QApplication.translate("StartupError", "SAV Desktop"), message)


_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    """After ``minutes`` without keyboard or mouse activity, hide the window's content and ask
    the password again (UnlockDialog); Annuler closes the window. 0 minutes: never."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QMainWindow, desk: Desk, minutes: int) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.is_locked = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.on_timer_timeout)
        self.set_minutes(minutes)
        # On the top-level windows, where input arrives (ui.window_input), not app-wide.
        self._windows = AllWindows(self, window)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self.interval_ms = ms
        if ms > 0:
            self.timer.start(ms)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        # (Every event of the windows passes here: the cheap type test first.)
        if isinstance(event, QInputEvent) and not self.is_locked and self.interval_ms > 0 and event.type() in _ACTIVITY:
            self.timer.start(self.interval_ms)
        return False

    def on_timer_timeout(self) -> None:
        self.lock()

    def lock(self) -> None:
        if self.is_locked:
            return
        self.is_locked = True
        central = self.window.centralWidget()
        if central is not None:
            central.hide()
        self.locked.emit()
        ok = UnlockDialog.ask(self.desk, self.window)
        self.is_locked = False
        if not ok:
            self.window.close()
            return
        if central is not None:
            central.show()
        self.unlocked.emit()
        if self.interval_ms > 0:
            self.timer.start(self.interval_ms)

    def detach(self) -> None:
        self._windows.stop()
        self.timer.stop()


# --- log-out, switch user, quit (the Session menu) ------------------------------------------

#: What the window asks of the sign-in loop when it closes (``window.session_request``).
LOGOUT, SWITCH_USER, QUIT = "logout", "switch_user", "quit"


def install_session_menu(window: QMainWindow) -> dict[str, QAction]:
    """The Session menu: Se déconnecter, Changer d'utilisateur, Quitter (Ctrl+Q). Each closes
    the window (the forms still open ask first) and leaves ``window.session_request`` for the
    sign-in loop (cli.gui): the login dialog comes back, or the application ends."""
    menu = window.menuBar().addMenu(QApplication.translate("Session", "S&ession"))
    first = window.menuBar().actions()[0] if window.menuBar().actions() else None
    if first is not None and first is not menu.menuAction():
        window.menuBar().insertMenu(first, menu)  # first, where a desk looks for it
    window.session_request = QUIT  # type: ignore[attr-defined]  # the close box quits
    actions: dict[str, QAction] = {}
    for key, text, shortcut in (
        (LOGOUT, QApplication.translate("Session", "Se &déconnecter"), "Ctrl+Shift+L"),
        (SWITCH_USER, QApplication.translate("Session", "&Changer d'utilisateur…"), "Ctrl+Shift+U"),
        (QUIT, QApplication.translate("Session", "&Quitter"), "Ctrl+Q"),
    ):
        action = QAction(text, window)
        action.setObjectName(f"action_{key}")
        action.setShortcut(QKeySequence(shortcut))

        def request(_checked: bool = False, key: str = key) -> None:
            window.session_request = key  # type: ignore[attr-defined]
            if not window.close():
                window.session_request = QUIT  # type: ignore[attr-defined]

        action.triggered.connect(request)
        if key == QUIT:
            menu.addSeparator()
        menu.addAction(action)
        window.addAction(action)  # its shortcut works with the menu closed
        actions[key] = action
    window.session_actions = actions  # type: ignore[attr-defined]
    return actions


def install_idle_lock(window: QMainWindow, desk: Desk) -> IdleLock:
    """The idle lock with the stations' setting (minutes; 0 disables it)."""
    lock = IdleLock(window, desk, desk.idle_lock_minutes())
    window.idle_lock = lock  # type: ignore[attr-defined]
    return lock

