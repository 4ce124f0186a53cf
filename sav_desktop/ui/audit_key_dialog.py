"""The audit key at the desk: typed once on a new PostgreSQL station, shown on the first one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget,
)


class AuditKeyDialog(QDialog):
    """Asks for the base's audit key when this station cannot open the base without it."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clé d'audit de la base"))
        layout = QVBoxLayout(self)
        intro = QLabel(message)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        hint = QLabel(self.tr("Sur un poste qui a la clé : Administration > Réglages > « Afficher la clé », "
                              "ou « sav-desktop audit key --show ». Saisissez-la ici une fois (64 chiffres "
                              "hexadécimaux) :"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.key = QLineEdit()
        self.key.setObjectName("audit_key")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    @classmethod
    def ask(cls, message: str, parent: QWidget | None = None) -> str | None:
        dialog = cls(message, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.key.text()


class AuditKeyShown:
    """Shows the key so that an administrator can copy it to another station."""

    @classmethod
    def show(cls, key_hex: str, parent: QWidget | None = None) -> None:
        box = QMessageBox(parent)
        box.setWindowTitle(QApplication.translate("AuditKeyShown", "Clé d'audit"))
        box.setText(QApplication.translate(
            "AuditKeyShown", "Clé d'audit de cette installation, à saisir une fois sur chaque autre poste "
                             "(ne la communiquez à personne d'autre) :"))
        box.setInformativeText(key_hex)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
