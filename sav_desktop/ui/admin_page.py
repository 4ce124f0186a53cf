"""Administration page: accounts, catalogue items, tariff versions, business settings.

Added to the main window only for a user whose role can manage at least one of them (each tab
only when the role allows it); the services check the permission again on every call.
Keyboard-first: each list has its buttons with mnemonics (Alt+letter), Entrée on a line opens
its form, every form shows the services' French problems next to the field.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.accounts import Permission, password_problems
from ..domain.calendar import format_date_fr
from ..domain.enums import ITEM_KIND_LABELS, ROLE_LABELS, ItemKind, Role
from ..domain.errors import ConflictError, FieldProblem, SavError, ValidationError
from ..domain.money import format_eur
from ..services.business_settings import BACKUP_FOLDER_MAX, DESK_PHONE_MAX, BusinessSettings
from ..services.desk import Desk
from .forms import ERROR_STYLE, FormDialog, confirm, parse_date_fr
from .widgets import field_with_error

#: What makes the page appear (any of them), and which tab each one shows.
ADMIN_PERMISSIONS = (
    Permission.MANAGE_USERS,
    Permission.MANAGE_CATALOGUE,
    Permission.MANAGE_TARIFFS,
    Permission.MANAGE_SETTINGS,
)
OK_STYLE = "color: #1b5e20;"
_ROW_ID = Qt.ItemDataRole.UserRole


def _amount_text(amount: Decimal) -> str:
    """An HT amount as typed back in a form: ``87,083``."""
    return f"{amount:f}".replace(".", ",")


def _item(text: str, data: Any = None, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if data is not None:
        item.setData(_ROW_ID, data)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str], object_name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the list for its buttons
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class _AdminForm(FormDialog):
    """A form whose refusals other than bad input (permission...) show at its top."""

    def on_save_clicked(self) -> None:
        try:
            super().on_save_clicked()
        except SavError as exc:
            self.clear_errors()
            self.general_error.setText(str(exc))
            self.general_error.show()


class _ListTab(QWidget):
    """A list with its buttons underneath and a line for the outcome of the last action."""

    def __init__(self, desk: Desk, headers: list[str], object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.layout_ = QVBoxLayout(self)
        self.table = _table(headers, object_name)
        self.table.itemSelectionChanged.connect(self.on_table_selection_changed)
        self.table.activated.connect(lambda _index: self.on_table_activated())
        self.layout_.addWidget(self.table)
        self.buttons = QHBoxLayout()
        self.layout_.addLayout(self.buttons)
        self.message = QLabel()
        self.message.setObjectName(f"{object_name}_message")
        self.message.setWordWrap(True)
        self.layout_.addWidget(self.message)

    def button(self, text: str, slot: Callable[[], None], name: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(b)
        return b

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)

    def attempt(self, fn: Callable[[], Any], done: str) -> bool:
        """Run one change; its French refusal shown under the list."""
        try:
            fn()
        except SavError as exc:
            self.say(str(exc), error=True)
            return False
        self.reload()
        self.say(done)
        return True

    def selected(self) -> Any:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(_ROW_ID) if item is not None else None

    def select_data(self, data: Any) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(_ROW_ID) == data:
                self.table.selectRow(row)
                return

    def reload(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def on_table_selection_changed(self) -> None:
        pass

    def on_table_activated(self) -> None:
        pass


# --- Comptes ---------------------------------------------------------------------------------


class _PasswordFields:
    """Password and confirmation with the rule's missing parts shown as one types."""

    def add_password_fields(self, form: FormDialog, user_name: Callable[[], str]) -> None:
        self.password = form.line("mot_de_passe", form.tr("Mot de passe *"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation = form.line("confirmation", form.tr("Confirmation *"))
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.rule_hint = QLabel()
        self.rule_hint.setObjectName("password_hint")
        self.rule_hint.setWordWrap(True)
        form.form.addRow("", self.rule_hint)
        self._user_name = user_name
        self.password.textChanged.connect(lambda _t: self._update_hint())
        self._update_hint()

    def _update_hint(self) -> None:
        missing = password_problems(self.password.text(), self._user_name())
        self.rule_hint.setText(
            QCoreApplication.translate("AdminPage", "Il manque : {what}").format(what=", ".join(missing))
            if missing else QCoreApplication.translate("AdminPage", "Mot de passe conforme à la règle.")
        )

    def checked_password(self) -> str:
        if self.password.text() != self.confirmation.text():
            raise ValidationError.single("confirmation", "les deux mots de passe diffèrent")
        return self.password.text()


class UserDialog(_AdminForm, _PasswordFields):
    """A new account: name, role, first password (the password rule's messages)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Nouveau compte"), parent)
        self.name = self.line("utilisateur", self.tr("Nom du compte *"), placeholder=self.tr("ex. Marie Lefort"))
        self.role = QComboBox()
        for role in (Role.ACCUEIL, Role.TECHNICIEN, Role.ADMIN):
            self.role.addItem(ROLE_LABELS[role], role.value)
        self.add_field("role", self.tr("Rôle *"), self.role)
        self.add_password_fields(self, self.name.text)
        self.finish_layout()
        self.resize(460, 300)

    def save(self) -> str:
        password = self.checked_password()
        self.desk.add_user(self.name.text(), Role(self.role.currentData()), password)
        return " ".join(self.name.text().split())


class PasswordDialog(_AdminForm, _PasswordFields):
    """A new password set by an administrator (also unlocks the account)."""

    def __init__(self, desk: Desk, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Nouveau mot de passe pour {name}").format(name=user_name), parent)
        self.user_name = user_name
        self.add_password_fields(self, lambda: user_name)
        self.finish_layout()
        self.resize(460, 220)

    def save(self) -> str:
        self.desk.reset_password(self.user_name, self.checked_password())
        return self.user_name


class RoleDialog(_AdminForm):
    def __init__(self, desk: Desk, user_name: str, current: Role, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Rôle de {name}").format(name=user_name), parent)
        self.user_name = user_name
        self.current = current  # what the list showed: refused if changed meanwhile
        self.role = QComboBox()
        for role in (Role.ACCUEIL, Role.TECHNICIEN, Role.ADMIN):
            self.role.addItem(ROLE_LABELS[role], role.value)
        self.role.setCurrentIndex(max(0, self.role.findData(current.value)))
        self.add_field("utilisateur", self.tr("Rôle *"), self.role)
        self.finish_layout()
        self.resize(380, 140)

    def save(self) -> Role:
        role = Role(self.role.currentData())
        self.desk.set_user_role(self.user_name, role, self.current)
        return role


class AccountsTab(_ListTab):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, [self.tr("Compte"), self.tr("Rôle"), self.tr("État"), self.tr("Dernière connexion")],
                         "admin_users", parent)
        self.users: dict[str, Any] = {}
        self.add_button = self.button(self.tr("&Ajouter un compte…"), self.on_add_clicked, "user_add")
        self.role_button = self.button(self.tr("Changer le &rôle…"), self.on_role_clicked, "user_role")
        self.toggle_button = self.button(self.tr("&Désactiver"), self.on_toggle_clicked, "user_toggle")
        self.password_button = self.button(self.tr("Réinitialiser le &mot de passe…"), self.on_password_clicked,
                                           "user_password")
        self.buttons.addStretch(1)

    def reload(self) -> None:
        keep = self.selected()
        users = self.desk.list_users()
        self.users = {u.name: u for u in users}
        self.table.setRowCount(0)
        for u in users:
            if not u.active:
                state = self.tr("Désactivé")
            elif u.locked:
                state = self.tr("Verrouillé")
            elif not u.has_password:
                state = self.tr("Sans mot de passe")
            else:
                state = self.tr("Actif")
            last = format_date_fr(u.last_login_at.astimezone().date()) if u.last_login_at else "—"
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, text in enumerate((u.name, u.role_label, state, last)):
                self.table.setItem(row, col, _item(text, u.name if col == 0 else None))
        if keep:
            self.select_data(keep)
        elif users:
            self.table.selectRow(0)
        self.on_table_selection_changed()

    def on_table_selection_changed(self) -> None:
        user = self.users.get(self.selected() or "")
        for b in (self.role_button, self.toggle_button, self.password_button):
            b.setEnabled(user is not None)
        self.toggle_button.setText(self.tr("&Réactiver") if user is not None and not user.active
                                   else self.tr("&Désactiver"))

    def on_table_activated(self) -> None:
        self.on_role_clicked()

    def on_add_clicked(self) -> None:
        name = UserDialog.ask(self.desk, self)
        if name:
            self.reload()
            self.select_data(name)
            self.say(self.tr("Compte {name} créé.").format(name=name))

    def on_role_clicked(self) -> None:
        user = self.users.get(self.selected() or "")
        if user is None:
            return
        if RoleDialog.ask(self.desk, user.name, user.role, self) is not None:
            self.reload()
            self.say(self.tr("Rôle de {name} modifié.").format(name=user.name))

    def on_toggle_clicked(self) -> None:
        user = self.users.get(self.selected() or "")
        if user is None:
            return
        if not user.active:
            self.attempt(lambda: self.desk.enable_user(user.name),
                         self.tr("Compte {name} réactivé.").format(name=user.name))
            return
        if not confirm(self, self.tr("Désactiver le compte"),
                       self.tr("Désactiver le compte {name} ? Il ne pourra plus se connecter "
                               "(son historique est gardé).").format(name=user.name)):
            return
        self.attempt(lambda: self.desk.disable_user(user.name),
                     self.tr("Compte {name} désactivé.").format(name=user.name))

    def on_password_clicked(self) -> None:
        user = self.users.get(self.selected() or "")
        if user is not None and PasswordDialog.ask(self.desk, user.name, self):
            self.reload()
            self.say(self.tr("Mot de passe de {name} réinitialisé (compte déverrouillé).").format(name=user.name))


# --- Catalogue -------------------------------------------------------------------------------


class ItemDialog(_AdminForm):
    """An accessory or consumable with its HT price (the code and kind are fixed once made)."""

    def __init__(self, desk: Desk, item: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Modifier l'article") if item else self.tr("Nouvel article"), parent)
        self.item = item
        self.code = self.line("code", self.tr("Code *"), item.code if item else "", self.tr("ex. BATT_MOVE5000"))
        self.code.setEnabled(item is None)
        self.label = self.line("libelle", self.tr("Libellé *"), item.label if item else "")
        self.kind = QComboBox()
        for kind in ItemKind:
            self.kind.addItem(ITEM_KIND_LABELS[kind], kind.value)
        if item:
            self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind.value)))
        self.kind.setEnabled(item is None)
        self.add_field("nature", self.tr("Nature *"), self.kind)
        self.price = self.line("prix_ht", self.tr("Prix HT (€) *"), _amount_text(item.price_ht) if item else "",
                               self.tr("ex. 12,500 (trois décimales au plus)"))
        self.finish_layout()
        self.resize(460, 240)
        if item:
            self.label.setFocus()

    def reload_record(self) -> None:
        if self.item is None:
            return
        self.item = self.desk.catalogue_item(self.item.id)
        self.label.setText(self.item.label)
        self.price.setText(_amount_text(self.item.price_ht))

    def save(self) -> int:
        if self.item is None:
            return self.desk.add_catalogue_item(self.code.text(), self.label.text(), self.kind.currentData(),
                                                self.price.text())
        self.desk.update_catalogue_item(self.item.id, self.label.text(), self.price.text(), self.item.version)
        return int(self.item.id)


class CatalogueTab(_ListTab):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, [self.tr("Code"), self.tr("Libellé"), self.tr("Nature"), self.tr("Prix HT"),
                                self.tr("État")], "admin_items", parent)
        self.items: dict[int, Any] = {}
        hint = QLabel(self.tr("Accessoires et consommables vendus ou facturés (R-52), au tarif en vigueur. "
                              "Un article déjà livré ou sur un contrat n'est jamais supprimé : désactivez-le."))
        hint.setWordWrap(True)
        self.layout_.insertWidget(0, hint)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # Libellé
        self.add_button = self.button(self.tr("&Ajouter un article…"), self.on_add_clicked, "item_add")
        self.edit_button = self.button(self.tr("&Modifier…"), self.on_edit_clicked, "item_edit")
        self.toggle_button = self.button(self.tr("&Désactiver"), self.on_toggle_clicked, "item_toggle")
        self.buttons.addStretch(1)

    def reload(self) -> None:
        keep = self.selected()
        items = self.desk.catalogue_items()
        self.items = {i.id: i for i in items}
        self.table.setRowCount(0)
        for i in items:
            row = self.table.rowCount()
            self.table.insertRow(row)
            state = self.tr("Actif") if i.active else self.tr("Désactivé")
            cells = (i.code, i.label, i.kind_label, format_eur(i.price_ht), state)
            for col, text in enumerate(cells):
                self.table.setItem(row, col, _item(text, i.id if col == 0 else None, align_right=col == 3))
        if keep is not None:
            self.select_data(keep)
        elif items:
            self.table.selectRow(0)
        self.on_table_selection_changed()

    def on_table_selection_changed(self) -> None:
        item = self.items.get(self.selected() or 0)
        self.edit_button.setEnabled(item is not None)
        self.toggle_button.setEnabled(item is not None)
        self.toggle_button.setText(self.tr("&Réactiver") if item is not None and not item.active
                                   else self.tr("&Désactiver"))

    def on_table_activated(self) -> None:
        self.on_edit_clicked()

    def on_add_clicked(self) -> None:
        item_id = ItemDialog.ask(self.desk, None, self)
        if item_id is not None:
            self.reload()
            self.select_data(item_id)
            self.say(self.tr("Article {code} ajouté.").format(code=self.items[item_id].code))

    def on_edit_clicked(self) -> None:
        item = self.items.get(self.selected() or 0)
        if item is None:
            return
        saved = ItemDialog.ask(self.desk, item, self)
        self.reload()  # also after a refused save: the list shows what is stored now
        if saved is not None:
            self.say(self.tr("Article {code} modifié.").format(code=item.code))

    def on_toggle_clicked(self) -> None:
        item = self.items.get(self.selected() or 0)
        if item is None:
            return
        done = self.tr("Article {code} réactivé.") if not item.active else self.tr("Article {code} désactivé.")
        self.attempt(lambda: self.desk.set_catalogue_item_active(item.id, not item.active),
                     done.format(code=item.code))


# --- Tarifs ----------------------------------------------------------------------------------


class TariffVersionDialog(_AdminForm):
    """The next version of the price list: the prices in force copied; change some of them."""

    COL_LABEL, COL_KIND, COL_CURRENT, COL_NEW = range(4)

    def __init__(self, desk: Desk, base: Any, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Nouvelle version du tarif"), parent)
        self.base = base
        intro = QLabel(self.tr("Les prix de la version {name} sont recopiés : modifiez ceux qui changent "
                               "(HT, trois décimales). Les versions existantes restent inchangées.")
                       .format(name=base.version.name))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.name = self.line("nom", self.tr("Nom de la version *"), "", self.tr("ex. 01/2026"))
        self.effective_on = self.line("date_effet", self.tr("En vigueur le *"), "", "jj/mm/aaaa")
        self.prices = QTableWidget(0, 4)
        self.prices.setObjectName("tariff_new_prices")
        self.prices.setHorizontalHeaderLabels([self.tr("Désignation"), self.tr("Prix"), self.tr("Actuel HT"),
                                               self.tr("Nouveau HT")])
        self.prices.verticalHeader().hide()
        self.prices.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.prices.horizontalHeader().setStretchLastSection(True)
        self.prices.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        for p in base.prices:
            row = self.prices.rowCount()
            self.prices.insertRow(row)
            self.prices.setItem(row, self.COL_LABEL, _item(p.label, p.key))
            self.prices.setItem(row, self.COL_KIND, _item(p.kind_label))
            self.prices.setItem(row, self.COL_CURRENT, _item(format_eur(p.amount_ht), align_right=True))
            new = QTableWidgetItem(_amount_text(p.amount_ht))
            new.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.prices.setItem(row, self.COL_NEW, new)
        self.prices.setMinimumHeight(320)
        self.add_field("prix", self.tr("Prix"), self.prices)
        self.finish_layout()
        self.resize(760, 640)

    def row_of(self, key: Any) -> int:
        for row in range(self.prices.rowCount()):
            item = self.prices.item(row, self.COL_LABEL)
            if item is not None and item.data(_ROW_ID) == key:
                return row
        raise KeyError(key)

    def set_price(self, key: Any, text: str) -> None:
        item = self.prices.item(self.row_of(key), self.COL_NEW)
        assert item is not None
        item.setText(text)

    def changes(self) -> dict[Any, str]:
        out: dict[Any, str] = {}
        for row, p in enumerate(self.base.prices):
            item = self.prices.item(row, self.COL_NEW)
            text = item.text().strip() if item is not None else ""
            if text != _amount_text(p.amount_ht):
                out[p.key] = text
        return out

    def save(self) -> int:
        problems: list[FieldProblem] = []
        try:
            on = parse_date_fr(self.effective_on.text(), "date_effet")
        except ValidationError as exc:
            problems.extend(exc.problems)
            on = None
        if problems:
            raise ValidationError(problems)
        return self.desk.add_tariff_version(self.name.text(), on, self.changes())


class TariffsTab(_ListTab):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, [self.tr("Version"), self.tr("En vigueur le"), self.tr("État")], "admin_tariffs",
                         parent)
        self.prices = _table([self.tr("Désignation"), self.tr("Code"), self.tr("Prix"), self.tr("Montant HT")],
                             "admin_tariff_prices")
        split = QSplitter()
        self.layout_.removeWidget(self.table)
        split.addWidget(self.table)
        split.addWidget(self.prices)
        split.setSizes([300, 700])
        self.layout_.insertWidget(0, split, 1)
        self.detail: Any = None
        self.versions: list[Any] = []
        self.new_button = self.button(self.tr("&Nouvelle version…"), self.on_new_clicked, "tariff_new")
        self.buttons.addStretch(1)

    def reload(self) -> None:
        keep = self.selected()
        self.versions = self.desk.tariff_versions()
        self.table.setRowCount(0)
        current = None
        for v in self.versions:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, text in enumerate((v.name, format_date_fr(v.effective_on), v.state_label)):
                self.table.setItem(row, col, _item(text, v.id if col == 0 else None))
            if v.state == "in_force":
                current = v.id
        self.select_data(keep if keep is not None else current)
        self.on_table_selection_changed()

    def on_table_selection_changed(self) -> None:
        version_id = self.selected()
        self.prices.setRowCount(0)
        self.detail = None
        if version_id is None:
            return
        self.detail = self.desk.tariff_detail(version_id)
        for p in self.detail.prices:
            row = self.prices.rowCount()
            self.prices.insertRow(row)
            for col, text in enumerate((p.label, p.code, p.kind_label, format_eur(p.amount_ht))):
                self.prices.setItem(row, col, _item(text, align_right=col == 3))

    def on_new_clicked(self) -> None:
        if not self.versions:
            return
        latest = self.desk.tariff_detail(self.versions[-1].id)  # the one a later version starts from
        version_id = TariffVersionDialog.ask(self.desk, latest, self)
        if version_id is not None:
            self.reload()
            self.select_data(version_id)
            self.say(self.tr("Version {name} ajoutée.").format(name=self.detail.version.name if self.detail else ""))


# --- Réglages --------------------------------------------------------------------------------


class SettingsTab(QWidget):
    """The business settings shared by every station; saved at once (one transaction)."""

    saved = Signal(object)  # services.business_settings.BusinessSettings

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        form_box = QWidget()
        form_box.setMaximumWidth(820)  # short values: no field across the whole screen
        form_box.setLayout(self.form)
        outer.addWidget(form_box)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.loaded: BusinessSettings | None = None  # what the form shows (the save's expected)
        self.desk_phone = QLineEdit()
        self.desk_phone.setMaxLength(DESK_PHONE_MAX)
        self.desk_phone.setPlaceholderText(self.tr("ex. 01 23 45 67 89 (imprimé sur les étiquettes)"))
        self._add("telephone_sav", self.tr("Téléphone du SAV"), self.desk_phone)
        self.alsace_moselle = QCheckBox(self.tr("Compter les jours fériés d'Alsace-Moselle (R-01)"))
        self._add("alsace_moselle", self.tr("Calendrier"), self.alsace_moselle)
        self.idle_lock = QSpinBox()
        self.idle_lock.setRange(0, 24 * 60)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.idle_lock.setSpecialValueText(self.tr("jamais"))
        self._add("verrouillage", self.tr("Verrouillage après inactivité"), self.idle_lock)
        self.backup_folder = QLineEdit()
        self.backup_folder.setMaxLength(BACKUP_FOLDER_MAX)
        self._add("sauvegarde.dossier", self.tr("Dossier des sauvegardes automatiques"), self.backup_folder)
        self.backup_browse = QPushButton(self.tr("&Parcourir…"))
        self.backup_browse.setObjectName("settings_backup_browse")
        self.backup_browse.clicked.connect(lambda _checked=False: self.on_backup_browse_clicked())
        self.backup_hint = QLabel(
            self.tr("De préférence un autre disque, une clé USB ou un dossier réseau : une sauvegarde "
                    "sur le disque du poste ne protège pas d'une panne de ce disque.")
        )
        self.backup_hint.setWordWrap(True)
        self.backup_hint.setStyleSheet("color: #555;")
        self.form.addRow("", self.backup_browse)
        self.form.addRow("", self.backup_hint)
        self.backup_count = QSpinBox()
        self.backup_count.setRange(1, 365)
        self._add("sauvegarde.nombre", self.tr("Sauvegardes gardées"), self.backup_count)
        key_row = QHBoxLayout()
        self.audit_key_label = QLabel()
        self.audit_key_label.setObjectName("audit_key_id")
        self.audit_key_label.setWordWrap(True)
        key_row.addWidget(self.audit_key_label, 1)
        self.audit_key_button = QPushButton(self.tr("Afficher la &clé…"))
        self.audit_key_button.setObjectName("audit_key_show")
        self.audit_key_button.clicked.connect(lambda _checked=False: self.on_show_key_clicked())
        key_row.addWidget(self.audit_key_button)
        key_box = QWidget()
        key_box.setLayout(key_row)
        self.form.addRow(self.tr("Clé d'audit de ce poste"), key_box)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Enregistrer les réglages"))
        self.save_button.setObjectName("settings_save")
        self.save_button.clicked.connect(lambda _checked=False: self.on_save_clicked())
        row.addWidget(self.save_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("settings_message")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        outer.addStretch(1)
        for w in (self.desk_phone, self.backup_folder):
            w.returnPressed.connect(self.on_save_clicked)

    def _add(self, name: str, label: str, widget: QWidget) -> None:
        box, err = field_with_error(name, widget)
        self.form.addRow(label, box)
        self.errors[name] = err
        self.fields[name] = widget

    def reload(self) -> None:
        s = self.loaded = self.desk.business_settings()
        self.desk_phone.setText(s.desk_phone)
        self.alsace_moselle.setChecked(s.alsace_moselle)
        self.idle_lock.setValue(s.idle_lock_minutes)
        self.backup_folder.setText(s.backup_folder)
        self.backup_folder.setPlaceholderText(self.tr("par défaut : {folder}").format(folder=s.default_backup_folder))
        self.backup_count.setValue(s.backup_count)
        try:
            key = self.desk.audit_key_summary()
            self.audit_key_label.setText(
                self.tr("identifiant {id}, gardée dans : {where}").format(id=key.key_id or "—", where=key.where))
        except SavError as exc:
            self.audit_key_label.setText(str(exc))
        self._clear()

    def on_show_key_clicked(self) -> None:
        from .audit_key_dialog import AuditKeyShown

        try:
            key_hex = self.desk.reveal_audit_key()
        except SavError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(str(exc))
            return
        AuditKeyShown.show(key_hex, self)

    def _clear(self) -> None:
        for err in self.errors.values():
            err.clear()
            err.hide()
        self.message.clear()

    def ask_backup_folder(self, start: str) -> str:
        """The folder picker (tests replace this method); "" when cancelled."""
        return QFileDialog.getExistingDirectory(self, self.tr("Dossier des sauvegardes automatiques"), start)

    def on_backup_browse_clicked(self) -> None:
        start = self.backup_folder.text() or self.backup_folder.placeholderText().split(" : ", 1)[-1]
        chosen = self.ask_backup_folder(start)
        if chosen:
            self.backup_folder.setText(chosen)

    def on_save_clicked(self) -> None:
        self._clear()
        try:
            saved = self.desk.save_business_settings(
                desk_phone=self.desk_phone.text(), alsace_moselle=self.alsace_moselle.isChecked(),
                idle_lock_minutes=self.idle_lock.value(), backup_folder=self.backup_folder.text(),
                backup_count=self.backup_count.value(), expected=self.loaded,
            )
        except ValidationError as exc:
            first: QWidget | None = None
            general = []
            for p in exc.problems:
                err = self.errors.get(p.field)
                if err is None:
                    general.append(f"{p.field} : {p.message}")
                    continue
                err.setText(p.message)
                err.show()
                first = first or self.fields[p.field]
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText("\n".join(general) or self.tr("Réglages non enregistrés : corrigez les champs en rouge."))
            if first is not None:
                first.setFocus()
            return
        except ConflictError as exc:  # another administrator changed the same setting
            self.reload()
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(str(exc))
            return
        except SavError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(str(exc))
            return
        self.loaded = saved
        self.desk_phone.setText(saved.desk_phone)
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("Réglages enregistrés."))
        self.saved.emit(saved)


# --- the page --------------------------------------------------------------------------------


class AdminPage(QWidget):
    """One tab per thing the user's role can manage; each tab loads when shown."""

    def __init__(self, desk: Desk, permissions: frozenset[Permission], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.tabs = QTabWidget()
        self.tabs.setObjectName("admin_tabs")
        QVBoxLayout(self).addWidget(self.tabs)
        self.accounts: AccountsTab | None = None
        self.catalogue: CatalogueTab | None = None
        self.tariffs: TariffsTab | None = None
        self.settings: SettingsTab | None = None
        if Permission.MANAGE_USERS in permissions:
            self.accounts = AccountsTab(desk)
            self.tabs.addTab(self.accounts, self.tr("Comptes"))
        if Permission.MANAGE_CATALOGUE in permissions:
            self.catalogue = CatalogueTab(desk)
            self.tabs.addTab(self.catalogue, self.tr("Catalogue"))
        if Permission.MANAGE_TARIFFS in permissions:
            self.tariffs = TariffsTab(desk)
            self.tabs.addTab(self.tariffs, self.tr("Tarifs"))
        if Permission.MANAGE_SETTINGS in permissions:
            self.settings = SettingsTab(desk)
            self.tabs.addTab(self.settings, self.tr("Réglages"))
        self.tabs.currentChanged.connect(lambda _i: self.reload_current())

    def reload_current(self) -> None:
        tab = self.tabs.currentWidget()
        reload = getattr(tab, "reload", None)
        if reload is None:
            return
        try:
            reload()
        except SavError as exc:  # e.g. the role was changed meanwhile: said, not raised
            message = getattr(tab, "message", None)
            if isinstance(message, QLabel):
                message.setStyleSheet(ERROR_STYLE)
                message.setText(str(exc))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        self.reload_current()


def admin_permissions(desk: Desk) -> frozenset[Permission]:
    return frozenset(p for p in ADMIN_PERMISSIONS if desk.can(p))


def install_admin(window: Any) -> AdminPage | None:
    """The Administration page (Ctrl+Shift+A), only for a user who can manage something."""
    permissions = admin_permissions(window.desk)
    if not permissions:
        return None
    page = AdminPage(window.desk, permissions)
    window.add_page(page, QCoreApplication.translate("AdminPage", "Administration"))
    window.admin_page = page
    action = QAction(QCoreApplication.translate("AdminPage", "Administration"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+A"))
    action.setToolTip(QCoreApplication.translate("AdminPage", "Administration (Ctrl+Shift+A)"))
    action.triggered.connect(lambda _checked=False: window.tabs.setCurrentWidget(page))
    # In the SAV menu, not through register_action: the page only exists for those allowed.
    window.menus["desk"].addSeparator()
    window.menus["desk"].addAction(action)
    window.admin_action = action
    if page.settings is not None:
        def on_saved(saved: Any) -> None:
            lock = getattr(window, "idle_lock", None)
            if lock is not None:
                lock.set_minutes(saved.idle_lock_minutes)

        page.settings.saved.connect(on_saved)
    return page


__all__ = ["AdminPage", "install_admin"]
