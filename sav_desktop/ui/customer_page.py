"""The customer page (Ctrl+K): everything of one practice on one screen, read by one service
query (services.desk_queries.customer_page): identity and its validated numbers (SIRET,
FINESS), practitioners (RPPS/ADELI), contracts with their devices and deposits, devices,
open and closed tickets, loss declarations, and the documents it has (return receipts,
quotes, loss statements) saved as PDF on demand. Editing the customer is one button.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.calendar import format_date_fr
from ..domain.enums import CONTRACT_KIND_LABELS, ContractKind
from ..domain.errors import SavError, ValidationError
from ..domain.identifiers import validate_adeli, validate_finess, validate_rpps, validate_siret
from ..domain.money import format_eur
from ..services.desk import Desk
from ..services.desk_queries import CustomerPage
from .background import shared_ops
from .forms import CustomerDialog
from .row_models import Column, RowRole, RowsModel

_CONTEXT = "CustomerPage"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _d(value: Any) -> str:
    return format_date_fr(value) if value else "—"


def _checked(value: str | None, validator: Any) -> str:
    """A stored number with its check: ✓ when its key is right (they are validated on save)."""
    if not value:
        return "—"
    try:
        validator(value)
    except ValidationError:
        return f"{value} — " + _tr("à vérifier")
    return f"{value} ✓"


PRACTITIONER_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("CustomerPage", "Praticien"), lambda p: p.full_name),
    Column("profession", QT_TRANSLATE_NOOP("CustomerPage", "Profession"), lambda p: p.profession),
    Column("rpps", QT_TRANSLATE_NOOP("CustomerPage", "RPPS"), lambda p: _checked(p.rpps, validate_rpps)),
    Column("adeli", QT_TRANSLATE_NOOP("CustomerPage", "ADELI"), lambda p: _checked(p.adeli, validate_adeli)),
)
CONTRACT_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("CustomerPage", "Contrat"), lambda c: c.number),
    Column("kind", QT_TRANSLATE_NOOP("CustomerPage", "Type"),
           lambda c: CONTRACT_KIND_LABELS[ContractKind(c.kind)]),
    Column("signed", QT_TRANSLATE_NOOP("CustomerPage", "Signé le"), lambda c: _d(c.signed_on)),
    Column("end", QT_TRANSLATE_NOOP("CustomerPage", "Fin"), lambda c: c.end_summary or _tr("en cours")),
    Column("deposit", QT_TRANSLATE_NOOP("CustomerPage", "Dépôt détenu"),
           lambda c: format_eur(c.ledger.balance, 2) if c.kind == ContractKind.RENTAL.value else "—", right=True),
    Column("devices", QT_TRANSLATE_NOOP("CustomerPage", "Matériels"),
           lambda c: ", ".join(line.asset_tag for line in c.lines)),
)
DEVICE_COLUMNS = (
    Column("tag", QT_TRANSLATE_NOOP("CustomerPage", "Étiquette"), lambda r: r.asset_tag),
    Column("serial", QT_TRANSLATE_NOOP("CustomerPage", "N° de série"), lambda r: r.serial),
    Column("model", QT_TRANSLATE_NOOP("CustomerPage", "Modèle"), lambda r: r.model_code),
    Column("status", QT_TRANSLATE_NOOP("CustomerPage", "Statut"), lambda r: r.status_label),
    Column("contract", QT_TRANSLATE_NOOP("CustomerPage", "Contrat"),
           lambda r: r.contract_number + ("" if r.on_contract else " " + _tr("(rendu)"))),
)
TICKET_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("CustomerPage", "Dossier"), lambda t: t.number),
    Column("device", QT_TRANSLATE_NOOP("CustomerPage", "Matériel"), lambda t: f"{t.asset_tag} {t.serial}"),
    Column("state", QT_TRANSLATE_NOOP("CustomerPage", "Étape"), lambda t: t.state_label),
    Column("reported", QT_TRANSLATE_NOOP("CustomerPage", "Appel du"), lambda t: t.reported_at.strftime("%d/%m/%Y %H:%M")),
    Column("technician", QT_TRANSLATE_NOOP("CustomerPage", "Technicien"), lambda t: t.assigned_to or "—"),
    Column("problem", QT_TRANSLATE_NOOP("CustomerPage", "Problème"), lambda t: t.problem),
)
LOSS_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("CustomerPage", "Déclaration"), lambda x: x.number),
    Column("device", QT_TRANSLATE_NOOP("CustomerPage", "Matériel"), lambda x: x.asset_tag),
    Column("kind", QT_TRANSLATE_NOOP("CustomerPage", "Nature"), lambda x: x.kind_label),
    Column("event", QT_TRANSLATE_NOOP("CustomerPage", "Survenu le"), lambda x: _d(x.event_on)),
    Column("state", QT_TRANSLATE_NOOP("CustomerPage", "État"), lambda x: x.state_label),
)
DOCUMENT_COLUMNS = (
    Column("day", QT_TRANSLATE_NOOP("CustomerPage", "Date"), lambda x: _d(x.day)),
    Column("label", QT_TRANSLATE_NOOP("CustomerPage", "Document"), lambda x: x.label),
)


def _table(model: RowsModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class CustomerPageDialog(QDialog):
    """Page client. ``asset_chosen(asset_id)`` when a device (or a ticket's device) is opened."""

    asset_chosen = Signal(int)

    def __init__(self, desk: Desk, customer_id: int, parent: QWidget | None = None,
                 open_contract: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerPage")
        self.desk = desk
        self.customer_id = customer_id
        self._open_contract = open_contract
        self.page: CustomerPage | None = None
        self.resize(1100, 720)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("customerTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        top.addWidget(self.title, 1)
        self.edit_button = QPushButton(self.tr("&Modifier le client…"))
        self.edit_button.setObjectName("editCustomerButton")
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        top.addWidget(self.edit_button)
        lay.addLayout(top)
        self.identity = QLabel()
        self.identity.setObjectName("customerIdentity")
        self.identity.setWordWrap(True)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.identity)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("customerTabs")
        lay.addWidget(self.tabs, 1)
        self.practitioners_model = RowsModel(PRACTITIONER_COLUMNS, _CONTEXT, self)
        self.contracts_model = RowsModel(CONTRACT_COLUMNS, _CONTEXT, self)
        self.devices_model = RowsModel(DEVICE_COLUMNS, _CONTEXT, self,
                                       emphasis=lambda r: None if r.on_contract else "muted")
        self.tickets_model = RowsModel(TICKET_COLUMNS, _CONTEXT, self,
                                       emphasis=lambda t: "urgent" if t.overdue else ("muted" if t.closed else None))
        self.losses_model = RowsModel(LOSS_COLUMNS, _CONTEXT, self)
        self.documents_model = RowsModel(DOCUMENT_COLUMNS, _CONTEXT, self)

        self.practitioners = _table(self.practitioners_model, "practitionersTable")
        self.tabs.addTab(self.practitioners, self.tr("Praticiens"))

        contracts_tab = QWidget()
        c_lay = QVBoxLayout(contracts_tab)
        split = QSplitter(Qt.Orientation.Vertical)
        self.contracts = _table(self.contracts_model, "contractsTable")
        split.addWidget(self.contracts)
        self.contract_info = QLabel()
        self.contract_info.setObjectName("contractInfo")
        self.contract_info.setWordWrap(True)
        self.contract_info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.contract_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        split.addWidget(self.contract_info)
        c_lay.addWidget(split, 1)
        self.open_contract_button = QPushButton(self.tr("&Ouvrir le contrat…"))
        self.open_contract_button.setObjectName("openContractButton")
        self.open_contract_button.clicked.connect(self.on_open_contract_clicked)
        c_lay.addWidget(self.open_contract_button, 0, Qt.AlignmentFlag.AlignRight)
        self.contracts.selectionModel().currentRowChanged.connect(self.on_contract_current_changed)
        self.contracts.activated.connect(lambda _i: self.on_open_contract_clicked())
        self.contracts.doubleClicked.connect(lambda _i: self.on_open_contract_clicked())
        self.tabs.addTab(contracts_tab, self.tr("Contrats"))

        self.devices = _table(self.devices_model, "devicesTable")
        self.devices.activated.connect(self.on_device_activated)
        self.devices.doubleClicked.connect(self.on_device_activated)
        self.tabs.addTab(self.devices, self.tr("Matériels"))
        self.tickets = _table(self.tickets_model, "ticketsTable")
        self.tickets.activated.connect(self.on_ticket_activated)
        self.tickets.doubleClicked.connect(self.on_ticket_activated)
        self.tabs.addTab(self.tickets, self.tr("Dossiers SAV"))
        self.losses = _table(self.losses_model, "lossesTable")
        self.tabs.addTab(self.losses, self.tr("Sinistres"))

        docs_tab = QWidget()
        d_lay = QVBoxLayout(docs_tab)
        self.documents = _table(self.documents_model, "documentsTable")
        d_lay.addWidget(self.documents, 1)
        self.save_document_button = QPushButton(self.tr("&Enregistrer le PDF…"))
        self.save_document_button.setObjectName("saveDocumentButton")
        self.save_document_button.clicked.connect(self.on_save_document_clicked)
        self.documents.activated.connect(lambda _i: self.on_save_document_clicked())
        d_lay.addWidget(self.save_document_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(docs_tab, self.tr("Documents"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setWindowTitle(self.tr("Page client"))
        self.reload()

    # --- loading
    def reload(self) -> None:
        try:
            page = self.desk.customer_page(self.customer_id)
        except SavError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self.page = page
        c = page.customer
        self.title.setText(c.practice_name)
        self.setWindowTitle(self.tr("Page client — {n}").format(n=c.practice_name))
        address = ", ".join(x for x in (c.address, f"{c.postal_code} {c.city}".strip()) if x)
        self.identity.setText("\n".join((
            self.tr("Adresse : {a}").format(a=address or "—"),
            self.tr("Téléphone : {p} · E-mail : {e}").format(p=c.phone or "—", e=c.email or "—"),
            self.tr("SIRET : {s} · FINESS : {f}").format(s=_checked(c.siret, validate_siret),
                                                         f=_checked(c.finess, validate_finess)),
        )))
        self.practitioners_model.set_rows(c.practitioners)
        self.contracts_model.set_rows(page.contracts)
        self.devices_model.set_rows(page.devices)
        self.tickets_model.set_rows(page.tickets)
        self.losses_model.set_rows(page.losses)
        self.documents_model.set_rows(page.documents)
        open_tickets = sum(1 for t in page.tickets if not t.closed)
        for i, (label, n) in enumerate((
                (self.tr("Praticiens"), len(c.practitioners)), (self.tr("Contrats"), len(page.contracts)),
                (self.tr("Matériels"), len(page.devices)),
                (self.tr("Dossiers SAV"), f"{open_tickets} / {len(page.tickets)}"),
                (self.tr("Sinistres"), len(page.losses)), (self.tr("Documents"), len(page.documents)))):
            self.tabs.setTabText(i, f"{label} ({n})")
        if page.contracts:
            self.contracts.selectRow(0)
        self._show_contract(0)

    def _show_contract(self, row: int) -> None:
        contract = self.contracts_model.row_at(row)
        self.open_contract_button.setEnabled(contract is not None)
        if contract is None:
            self.contract_info.setText(self.tr("Aucun contrat."))
            return
        lines = [f"  • {line.asset_tag} — {line.serial} ({line.model_code}) : {line.status_label}"
                 + (f", {self.tr('rendu le')} {_d(line.removed_on)}" if line.removed_on else "")
                 for line in contract.lines]
        text = [
            f"{CONTRACT_KIND_LABELS[ContractKind(contract.kind)]} {contract.number} — "
            + self.tr("signé le {s}, livré le {l}").format(s=_d(contract.signed_on), l=_d(contract.delivered_on)),
            self.tr("Service logiciel : {s}").format(s=contract.software_service or "—"),
        ]
        if contract.kind == ContractKind.RENTAL.value:
            led = contract.ledger
            text.append(self.tr("Assureur : {i} · police {p}").format(i=contract.insurer or "—",
                                                                      p=contract.policy_number or "—"))
            text.append(self.tr("Dépôt : versé {p} · retenu {k} · remboursé {r} · détenu {b}").format(
                p=format_eur(led.paid, 2), k=format_eur(led.kept, 2), r=format_eur(led.refunded, 2),
                b=format_eur(led.balance, 2)))
            text.append(self.tr("Fin : {e}").format(e=contract.end_summary or self.tr("sans date de fin")))
        text.append(self.tr("Matériels :"))
        text.extend(lines)
        self.contract_info.setText("\n".join(text))

    def on_contract_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_contract(current.row())

    # --- actions
    def on_edit_button_clicked(self) -> None:
        try:
            customer = self.desk.get_customer(self.customer_id)
        except SavError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        CustomerDialog.ask(self.desk, customer, self)
        self.reload()

    def selected(self, table: QTableView) -> Any:
        index = table.currentIndex()
        return table.model().data(index, RowRole) if index.isValid() else None

    def on_open_contract_clicked(self) -> None:
        contract = self.selected(self.contracts) or self.contracts_model.row_at(0)
        if contract is None:
            return
        from .contract_screens import ContractEditDialog

        ContractEditDialog.ask(self.desk, contract.id, self)
        self.reload()

    def on_device_activated(self, index: QModelIndex) -> None:
        row = self.devices_model.row_at(index.row())
        if row is not None:
            self.asset_chosen.emit(row.asset_id)
            self.accept()

    def on_ticket_activated(self, index: QModelIndex) -> None:
        row = self.tickets_model.row_at(index.row())
        if row is not None:
            self.asset_chosen.emit(row.asset_id)
            self.accept()

    def ask_document_path(self, suggested: str) -> str:
        """Where to save a document (tests patch this)."""
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le document"), suggested,
                                                    self.tr("PDF (*.pdf)"))
        return path

    def on_save_document_clicked(self) -> None:
        doc = self.selected(self.documents) or self.documents_model.row_at(0)
        if doc is None:
            return
        path = self.ask_document_path(f"{doc.kind}-{doc.ref_id}.pdf")
        if not path:
            return
        writers = {"receipt": self.desk.write_return_receipt, "quote": self.desk.write_quote,
                   "statement": self.desk.write_loss_statement}
        try:
            written = writers[doc.kind](doc.ref_id, Path(path))
        except (SavError, OSError) as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.setText(self.tr("Document enregistré : {p}").format(p=written))
        self.error.setStyleSheet("color: #1b5e20;")
        self.error.show()

    @classmethod
    def ask(cls, desk: Desk, customer_id: int, parent: QWidget | None = None) -> int | None:
        """Open the page; the device the user chose to open, if any."""
        dialog = cls(desk, customer_id, parent)
        chosen: list[int] = []
        dialog.asset_chosen.connect(chosen.append)
        dialog.exec()
        return chosen[-1] if chosen else None


class CustomerPicker(QDialog):
    """Which customer? (Ctrl+K with no device under contract shown): name or SIRET, ↓, Entrée."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Page client : choisir le client"))
        lay = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("customerPickerSearch")
        self.search.setPlaceholderText(self.tr("Nom du cabinet ou SIRET"))
        lay.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("customerPickerList")
        lay.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.search.textChanged.connect(self.on_search_text_changed)
        self.list.itemActivated.connect(lambda _i: self.accept())
        self.on_search_text_changed("")
        self.resize(460, 380)

    def on_search_text_changed(self, text: str) -> None:
        """Look the text up in a worker (ui.background): typing is never held up, and the
        answer of an older text is dropped."""
        desk = self.desk
        shared_ops().run("customer_picker", lambda: desk.find_customers(text, 50), self._show_found,
                         lambda _exc: self.list.clear())

    def _show_found(self, found: list[tuple[int, str, str]]) -> None:
        self.list.clear()
        for cid, name, city in found:
            item = QListWidgetItem(f"{name} — {city}" if city else name)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    @classmethod
    def ask(cls, desk: Desk, parent: QWidget | None = None) -> int | None:
        dialog = cls(desk, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def install_customer_page(window: Any) -> None:
    """Ctrl+K (Page client): the page of the shown device's customer, or a customer picked."""

    def open_customer_page(customer_id: int | None = None) -> None:
        if customer_id is None:
            d = window.detail_view.detail
            if d is not None and d.contract is not None:
                customer_id = d.contract.customer_id
            elif d is not None:
                customer_id = window.desk.customer_of_asset(d.id)
        if customer_id is None:
            customer_id = CustomerPicker.ask(window.desk, window)
        if customer_id is None:
            return
        asset_id = CustomerPageDialog.ask(window.desk, customer_id, window)
        shown = asset_id if asset_id is not None else window.current_asset_id()
        if shown is not None:
            window.open_asset(shown)

    window.open_customer_page = open_customer_page
    action = window.actions.get("edit_customer")
    if action is not None:
        action.setText(QCoreApplication.translate(_CONTEXT, "Page client"))
        action.setToolTip(QCoreApplication.translate(_CONTEXT, "Page client (Ctrl+K)"))


__all__ = ["CustomerPageDialog", "CustomerPicker", "install_customer_page"]
