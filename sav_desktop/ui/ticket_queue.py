"""Dossiers en cours: every open ticket across devices (services.desk_queries.ticket_queue),
oldest call first, filtered by step, by an overdue exchange deadline (R-46: J+2 passed and
the replacement not shipped) and by technician; a ticket is assigned to a technician here
(audited on the device's timeline). Enter opens the ticket's device and its ticket.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.calendar import format_date_fr
from ..domain.errors import SavError
from ..domain.tickets import TICKET_STATE_LABELS, TicketState
from ..services.desk import Desk
from ..services.desk_queries import TicketRow
from .row_models import Column, RowRole, RowsModel

_CONTEXT = "TicketQueue"

COL_NUMBER, COL_REPORTED, COL_DEVICE, COL_CUSTOMER, COL_STATE, COL_DEADLINE, COL_TECHNICIAN, COL_PROBLEM = (
    "number", "reported", "device", "customer", "state", "deadline", "technician", "problem")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _deadline(t: TicketRow) -> str:
    if t.exchange_deadline is None:
        return "—"
    text = format_date_fr(t.exchange_deadline)
    return f"{text} — " + _tr("dépassé (R-46)") if t.overdue else text


COLUMNS = (
    Column(COL_NUMBER, QT_TRANSLATE_NOOP("TicketQueue", "Dossier"), lambda t: t.number),
    Column(COL_REPORTED, QT_TRANSLATE_NOOP("TicketQueue", "Appel du"), lambda t: t.reported_at.strftime("%d/%m/%Y %H:%M")),
    Column(COL_DEVICE, QT_TRANSLATE_NOOP("TicketQueue", "Matériel"), lambda t: f"{t.asset_tag} — {t.serial}"),
    Column(COL_CUSTOMER, QT_TRANSLATE_NOOP("TicketQueue", "Client"), lambda t: t.customer_name),
    Column(COL_STATE, QT_TRANSLATE_NOOP("TicketQueue", "Étape"), lambda t: t.state_label),
    Column(COL_DEADLINE, QT_TRANSLATE_NOOP("TicketQueue", "Livraison au plus tard (R-46)"), _deadline),
    Column(COL_TECHNICIAN, QT_TRANSLATE_NOOP("TicketQueue", "Technicien"), lambda t: t.assigned_to or "—"),
    Column(COL_PROBLEM, QT_TRANSLATE_NOOP("TicketQueue", "Problème"), lambda t: t.problem),
)

ANY = "__any__"
NOBODY = ""


class AssignDialog(QDialog):
    """Confier le dossier à…: a technician, or nobody."""

    def __init__(self, ticket: TicketRow, technicians: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attribuer le dossier {n}").format(n=ticket.number))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("{n} — {t} {s} ({c})").format(n=ticket.number, t=ticket.asset_tag,
                                                                 s=ticket.serial, c=ticket.customer_name)))
        form = QFormLayout()
        self.technician = QComboBox()
        self.technician.setObjectName("assignTechnician")
        self.technician.addItem(self.tr("(personne)"), NOBODY)
        for name in technicians:
            self.technician.addItem(name, name)
        if ticket.assigned_to:
            self.technician.setCurrentIndex(max(0, self.technician.findData(ticket.assigned_to)))
        form.addRow(self.tr("&Technicien :"), self.technician)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    @classmethod
    def ask(cls, ticket: TicketRow, technicians: list[str], parent: QWidget | None = None) -> str | None:
        """The technician chosen ("" for nobody), or None when cancelled."""
        dialog = cls(ticket, technicians, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return str(dialog.technician.currentData())


class TicketQueuePage(QWidget):
    """``ticket_opened(asset_id, ticket_id)`` when a line is opened."""

    ticket_opened = Signal(int, int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketQueue")
        self.desk = desk
        lay = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.state = QComboBox()
        self.state.setObjectName("queueState")
        self.state.addItem(self.tr("Toutes les étapes"), ANY)
        for s in TicketState:
            if s is not TicketState.CLOSED:
                self.state.addItem(QCoreApplication.translate("TicketState", TICKET_STATE_LABELS[s]), s.value)
        filters.addWidget(QLabel(self.tr("Étape :")))
        filters.addWidget(self.state)
        self.overdue = QCheckBox(self.tr("Délai d'échange &dépassé (R-46)"))
        self.overdue.setObjectName("queueOverdue")
        filters.addWidget(self.overdue)
        self.technician = QComboBox()
        self.technician.setObjectName("queueTechnician")
        filters.addWidget(QLabel(self.tr("Technicien :")))
        filters.addWidget(self.technician)
        filters.addStretch(1)
        self.assign_button = QPushButton(self.tr("&Attribuer…"))
        self.assign_button.setObjectName("assignButton")
        self.assign_button.clicked.connect(self.on_assign_button_clicked)
        filters.addWidget(self.assign_button)
        self.reload_button = QPushButton(self.tr("Actualiser (F5)"))
        self.reload_button.clicked.connect(self.reload)
        filters.addWidget(self.reload_button)
        lay.addLayout(filters)
        self.count = QLabel()
        self.count.setObjectName("queueCount")
        lay.addWidget(self.count)
        self.model = RowsModel(COLUMNS, _CONTEXT, self, emphasis=lambda t: "urgent" if t.overdue else None)
        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self.on_table_activated)
        self.table.doubleClicked.connect(self.on_table_activated)
        lay.addWidget(self.table, 1)
        self.error = QLabel()
        self.error.setObjectName("queueError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        reload_action = QAction(self)
        reload_action.setShortcut(QKeySequence("F5"))
        reload_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reload_action.triggered.connect(self.reload)
        self.addAction(reload_action)
        self._fill_technicians()
        try:
            from ..domain.accounts import Permission

            if not desk.can(Permission.REPAIR):  # the services refuse it too (assign_ticket)
                self.assign_button.setEnabled(False)
                self.assign_button.setToolTip(self.tr("Réservé aux techniciens : attribuer un dossier."))
        except SavError:
            pass
        self.state.currentIndexChanged.connect(self.reload)
        self.overdue.toggled.connect(self.reload)
        self.technician.currentIndexChanged.connect(self.reload)

    def _fill_technicians(self) -> None:
        current = self.technician.currentData()
        self.technician.blockSignals(True)
        self.technician.clear()
        self.technician.addItem(self.tr("Tous"), ANY)
        self.technician.addItem(self.tr("Non attribués"), NOBODY)
        try:
            names = self.desk.technicians()
        except SavError:
            names = []
        for name in names:
            self.technician.addItem(name, name)
        if current is not None:
            self.technician.setCurrentIndex(max(0, self.technician.findData(current)))
        self.technician.blockSignals(False)

    def reload(self) -> None:
        state = self.state.currentData()
        technician = self.technician.currentData()
        keep = self.current_ticket()
        try:
            rows = self.desk.ticket_queue(None if state == ANY else state, self.overdue.isChecked(),
                                          None if technician in (ANY, None) else technician)
        except SavError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self.model.set_rows(rows)
        late = sum(1 for r in rows if r.overdue)
        self.count.setText(self.tr("{n} dossier(s) ouvert(s), dont {l} en retard d'échange (R-46)").format(
            n=len(rows), l=late))
        again = next((i for i, r in enumerate(rows) if keep is not None and r.id == keep.id), 0 if rows else None)
        if again is not None:
            self.table.selectRow(again)

    def current_ticket(self) -> TicketRow | None:
        index = self.table.currentIndex()
        return self.model.data(index, RowRole) if index.isValid() else None

    def on_assign_button_clicked(self) -> None:
        ticket = self.current_ticket()
        if ticket is None:
            self.error.setText(self.tr("Choisissez d'abord un dossier dans la liste."))
            self.error.show()
            return
        try:
            names = self.desk.technicians()
        except SavError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        chosen = AssignDialog.ask(ticket, names, self)
        if chosen is None:
            return
        try:
            self.desk.assign_ticket(ticket.id, chosen or None, ticket.version)
        except SavError as exc:
            self.reload()
            self.error.setText(str(exc))
            self.error.show()
            return
        self._fill_technicians()
        self.reload()

    def on_table_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.ticket_opened.emit(row.asset_id, row.id)


def install_ticket_queue(window: Any) -> TicketQueuePage:
    """The Dossiers en cours page (Ctrl+Shift+D shows it); it reloads each time it is shown."""
    page = TicketQueuePage(window.desk)
    window.add_page(page, QCoreApplication.translate(_CONTEXT, "Dossiers en cours"))
    window.ticket_queue_page = page

    def open_ticket(asset_id: int, ticket_id: int) -> None:
        window.search.setFocus()
        window.open_asset(asset_id)
        panel = getattr(window, "tickets_panel", None)
        if panel is not None:
            window.detail_view.tabs.setCurrentWidget(panel)
            panel.load(asset_id, keep=ticket_id)

    page.ticket_opened.connect(open_ticket)

    def on_tab_changed(index: int) -> None:
        if window.tabs.widget(index) is page:
            page.reload()

    window.tabs.currentChanged.connect(on_tab_changed)
    action = QAction(QCoreApplication.translate(_CONTEXT, "Dossiers en cours"), window)
    action.setObjectName("action_ticket_queue")
    action.setShortcut(QKeySequence("Ctrl+Shift+D"))
    action.triggered.connect(lambda: (window.tabs.setCurrentWidget(page), page.table.setFocus()))
    window.register_action("ticket_queue", action, "desk")
    return page


__all__ = ["AssignDialog", "TicketQueuePage", "install_ticket_queue"]
