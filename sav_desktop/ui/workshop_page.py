"""Atelier: every device waiting at the workshop (diagnosis, repair, maker return, wipe,
restock), oldest first; Enter opens the row's next step. And the step dialog, which takes a
device along the lifecycle machine from any status (also from the device sheet, Ctrl+Shift+M).

A ticket's step opens the device's Dossiers SAV tab on that ticket; the wipe opens the wipe
form (R-80); a plain workshop step (repaired, sent to the maker, back, restock, scrap) opens
the step dialog with the row's step chosen. Scrapping asks first.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from PySide6.QtCore import QAbstractTableModel

from ..domain.accounts import PERMISSION_LABELS, Permission
from ..domain.calendar import format_date_fr
from ..domain.enums import AssetStatus
from ..domain.errors import SavError, ValidationError
from ..services.desk import Desk
from ..services.lifecycle import ExitView
from ..services.workshop import Waiting, WorkshopRow, maker_sentence
from . import forms
from .checkin_wizard import WIPE_METHODS
from .forms import FormDialog
from .background import shared_ops
from .qdates import DateLineEdit
from .tickets_view import refusal_text

_CONTEXT = "WorkshopPage"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class WorkshopModel(QAbstractTableModel):
    HEADERS = ("Depuis", "En attente de", "Étiquette", "N° de série", "Modèle", "Statut", "Prochaine étape (Entrée)",
               "Dossier", "Constructeur (R-60)")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[WorkshopRow] = []
        self.today = date.today()

    def set_rows(self, rows: list[WorkshopRow], today: date) -> None:
        self.beginResetModel()
        self.rows, self.today = list(rows), today
        self.endResetModel()

    def row_at(self, row: int) -> WorkshopRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def _texts(self, r: WorkshopRow) -> tuple[str, ...]:
        days = r.waited_days(self.today)
        maker = ""
        if r.maker_since is not None:
            maker = (_tr("⚠ plus de 3 mois (depuis le {d})") if r.maker_overdue else _tr("depuis le {d}")).format(
                d=format_date_fr(r.maker_since))
        return (
            _tr("{d} ({n} j)").format(d=format_date_fr(r.since.date()), n=days),
            _tr(r.waiting_label), r.asset_tag, r.serial, r.model_label, _tr(r.status_label), _tr(r.next_step),
            r.ticket_number, maker,
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index.row())
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(r)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and r.maker_overdue:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole and r.maker_since is not None:
            return maker_sentence(r, self.today)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self.HEADERS[section])
        return None


class StepDialog(FormDialog):
    """Take one step of the device machine: the ways out of its current status (a use case's
    way, such as a sale or a rental return, is named with its screen and cannot be taken here)."""

    def __init__(self, desk: Desk, asset_id: int, preferred: str | None = None, parent: QWidget | None = None) -> None:
        d = desk.asset_detail(asset_id)
        super().__init__(desk, self.tr("Étape du matériel {t} (n° {s})").format(t=d.asset_tag, s=d.serial), parent)
        self.asset_id = asset_id
        self.setObjectName("step_dialog")
        self.current = QLabel(self.tr("{t} — n° {s} — {m} : « {st} »").format(
            t=d.asset_tag, s=d.serial, m=d.model_label, st=_tr(_status_label(d.status))))
        self.current.setObjectName("step_device")
        self.current.setStyleSheet("font-weight: bold;")
        self._layout.insertWidget(0, self.current)
        self.choices = QListWidget()
        self.choices.setObjectName("step_choices")
        self.exits: list[ExitView] = list(desk.asset_exits(asset_id))
        allowed = {p: desk.can(Permission(p)) for p in {e.permission for e in self.exits}}
        self.takeable = [e.manual and allowed[e.permission] for e in self.exits]
        manual = [i for i, ok in enumerate(self.takeable) if ok]
        chosen = next((i for i in manual if self.exits[i].target == preferred), manual[0] if manual else -1)
        for e, ok in zip(self.exits, self.takeable):
            text = f"{_tr(e.label)} → « {_tr(e.target_label)} » ({e.rule})"
            if not e.manual:
                text += self.tr(" — par {w}").format(w=_tr(e.where))
            elif not allowed[e.permission]:
                text += self.tr(" — réservé : votre rôle ne permet pas de {p}").format(
                    p=_tr(PERMISSION_LABELS[Permission(e.permission)]))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, e.target)
            if not ok:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable & ~Qt.ItemFlag.ItemIsEnabled)
            self.choices.addItem(item)
        if chosen >= 0:
            self.choices.setCurrentRow(chosen)
        self.add_field("status", self.tr("&Étape :"), self.choices)
        self.reason = self.line("reason", self.tr("&Motif :"), placeholder=self.tr("ce qui a été fait ou constaté"))
        self.finish_layout()
        self.resize(620, 360)
        self.choices.setFocus()

    def chosen(self) -> ExitView | None:
        row = self.choices.currentRow()
        if row < 0 or row >= len(self.exits) or not self.takeable[row]:
            return None
        return self.exits[row]

    def save(self) -> Any:
        e = self.chosen()
        if e is None:
            raise ValidationError.single("status", self.tr("choisissez une étape que l'atelier peut faire ici"))
        if e.target == AssetStatus.SCRAPPED.value and not forms.confirm(
                self, self.tr("Mise au rebut"),
                self.tr("Mettre au rebut le matériel ? Il sort du parc disponible.")):
            raise ValidationError.single("status", self.tr("mise au rebut non confirmée : rien n'a changé"))
        self.desk.set_asset_status(self.asset_id, AssetStatus(e.target), self.reason.text().strip())
        return e.target

    def on_save_clicked(self) -> None:
        try:
            self.result_value = self.save()
        except ValidationError as exc:
            self.show_problems(exc)
            return
        except SavError as exc:  # a refused permission, a conflict...
            self.clear_errors()
            self.general_error.setText(refusal_text(exc))
            self.general_error.show()
            return
        self.accept()


def _status_label(status: str) -> str:
    from ..domain.enums import ASSET_STATUS_LABELS

    try:
        return ASSET_STATUS_LABELS[AssetStatus(status)]
    except ValueError:
        return status


class WipeDialog(FormDialog):
    """R-80: record the data wipe of a returned terminal (method, operator, date)."""

    def __init__(self, desk: Desk, asset_id: int, parent: QWidget | None = None) -> None:
        d = desk.asset_detail(asset_id)
        super().__init__(desk, self.tr("Effacement des données de {t} (n° {s})").format(t=d.asset_tag, s=d.serial),
                         parent)
        self.asset_id = asset_id
        self.setObjectName("wipe_dialog")
        rule = QLabel(self.tr("Un terminal rendu peut contenir des données de facturation des patients : il ne revient "
                              "en stock qu'après l'enregistrement de l'effacement (R-80)."))
        rule.setWordWrap(True)
        self._layout.insertWidget(0, rule)
        self.method = QComboBox()
        self.method.setEditable(True)
        for m in WIPE_METHODS:
            self.method.addItem(QCoreApplication.translate("CheckInWizard", str(m)))
        self.add_field("method", self.tr("&Méthode :"), self.method)
        self.operator = self.line("operator", self.tr("&Opérateur :"), desk.user_name)
        self.wiped_on = DateLineEdit(field="wiped_on")  # typed, read strictly: 31/02 refused
        today = desk.clock().astimezone().date()
        self.wiped_on.setDate(today)
        self.wiped_on.setMaximumDate(today)
        self.add_field("wiped_on", self.tr("&Date :"), self.wiped_on)
        self.finish_layout()
        self.method.setFocus()

    def save(self) -> Any:
        return self.desk.record_wipe(self.asset_id, self.method.currentText(), self.operator.text(),
                                     self.wiped_on.value())


class WorkshopPage(QWidget):
    """The workshop queue. ``step_done(asset_id)`` after each step (the sheet follows);
    ``ticket_step(asset_id, ticket_id)`` when the step is a ticket's (the window opens it)."""

    step_done = Signal(int)
    ticket_step = Signal(int, int)
    loaded = Signal()  # the queue asked for by reload() is shown

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = shared_ops()  # the queue is read off the GUI thread (a second on 1,000,000 devices)
        self.setObjectName("workshop_page")
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("workshop_summary")
        self.summary.setWordWrap(True)
        head.addWidget(self.summary, 1)
        self.open_button = QPushButton(self.tr("&Ouvrir l'étape (Entrée)"))
        self.open_button.setObjectName("workshop_open")
        self.open_button.clicked.connect(self.open_current)
        head.addWidget(self.open_button)
        self.reload_button = QPushButton(self.tr("&Actualiser"))
        self.reload_button.clicked.connect(self.reload)
        head.addWidget(self.reload_button)
        lay.addLayout(head)
        self.model = WorkshopModel(self)
        self.table = QTableView()
        self.table.setObjectName("workshop_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((140, 190, 80, 130, 180, 130, 310, 120)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(lambda _i: self.open_current())  # Enter, double-click
        lay.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setObjectName("workshop_message")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self.rows: list[WorkshopRow] = []

    def reload(self) -> None:
        """Ask for the queue in a worker; it is shown when it arrives (``loaded``), keeping the
        current device's row. A newer request drops an older one's answer."""
        keep = self.current_row()
        if not self.rows:
            self.summary.setText(self.tr("File de l'atelier — chargement…"))

        def failed(exc: BaseException) -> None:
            self._show([], keep)
            self.summary.setText(refusal_text(exc) if isinstance(exc, SavError) else str(exc))

        self.ops.run("workshop", self.desk.workshop_queue, lambda rows: self._show(rows, keep), failed)

    def wait_loaded(self, timeout_ms: int = 10_000) -> None:
        """Let the queue asked for arrive (tests, tools; the page itself never waits)."""
        self.ops.wait(timeout_ms)

    def _show(self, rows: list[WorkshopRow], keep: WorkshopRow | None) -> None:
        today = self.desk.clock().astimezone().date()
        self.rows = rows
        self.model.set_rows(rows, today)
        counts = {w: sum(1 for r in rows if r.waiting is w) for w in Waiting}
        parts = [f"{_tr(r.waiting_label)} : {counts[r.waiting]}" for r in {r.waiting: r for r in rows}.values()]
        overdue = sum(1 for r in rows if r.maker_overdue)
        text = self.tr("{n} matériel(s) en attente, le plus ancien en premier").format(n=len(rows))
        if parts:
            text += " — " + ", ".join(parts)
        if overdue:
            text += self.tr(" — ⚠ {n} chez le constructeur depuis plus de 3 mois (R-60)").format(n=overdue)
        self.summary.setText(text)
        row = 0
        if keep is not None:
            row = next((i for i, r in enumerate(rows) if r.asset_id == keep.asset_id), 0)
        if rows:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.open_button.setEnabled(bool(rows))
        self.loaded.emit()

    def current_row(self) -> WorkshopRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_asset(self, asset_id: int) -> bool:
        for i, r in enumerate(self.rows):
            if r.asset_id == asset_id:
                self.table.setCurrentIndex(self.model.index(i, 0))
                return True
        return False

    def open_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.message.clear()
        if row.ticket_id is not None and row.target is None:
            self.ticket_step.emit(row.asset_id, row.ticket_id)
            return
        if row.waiting is Waiting.WIPE:
            done = WipeDialog.ask(self.desk, row.asset_id, parent=self)
            if done is not None:
                self.message.setText(self.tr("Effacement enregistré pour {t} (R-80) : il peut être remis en stock.")
                                     .format(t=row.asset_tag))
        else:
            done = StepDialog.ask(self.desk, row.asset_id, row.target, parent=self)
            if done is not None:
                self.message.setText(self.tr("{t} : « {s} ».").format(
                    t=row.asset_tag, s=_tr(_status_label(str(done)))))
        if done is not None:
            self.step_done.emit(row.asset_id)
        self.reload()
        self.table.setFocus()


def install_workshop(window: Any) -> WorkshopPage:
    """Add the Atelier page (Ctrl+Shift+W) and the step dialog of the device sheet (Ctrl+Shift+M)."""
    page = WorkshopPage(window.desk)
    window.add_page(page, QCoreApplication.translate(_CONTEXT, "Atelier"))
    window.workshop_page = page

    def show_page() -> None:
        window.tabs.setCurrentWidget(page)
        page.reload()
        page.table.setFocus()

    def on_tab_changed(index: int) -> None:
        if window.tabs.widget(index) is page:
            page.reload()

    window.tabs.currentChanged.connect(on_tab_changed)

    def open_ticket(asset_id: int, ticket_id: int) -> None:
        window.search.setFocus()
        window.open_asset(asset_id)
        panel = getattr(window, "tickets_panel", None)
        if panel is not None:
            window.detail_view.tabs.setCurrentWidget(panel)
            panel.load(asset_id, keep=ticket_id)

    def refresh(asset_id: int) -> None:
        if window.current_asset_id() == asset_id:
            window.open_asset(asset_id)

    page.ticket_step.connect(open_ticket)
    page.step_done.connect(refresh)

    action = QAction(QCoreApplication.translate(_CONTEXT, "File de l'atelier"), window)
    action.setObjectName("action_workshop")
    action.setShortcut(QKeySequence("Ctrl+Shift+W"))
    action.triggered.connect(show_page)
    window.register_action("workshop", action, "desk")

    def device_step() -> None:
        asset_id = window.current_asset_id()
        if asset_id is None:
            window.statusBar().showMessage(QCoreApplication.translate(_CONTEXT, "Choisissez d'abord un matériel."), 5000)
            return
        if StepDialog.ask(window.desk, asset_id, None, parent=window) is not None:
            window.open_asset(asset_id)
            page.reload()

    step = QAction(QCoreApplication.translate(_CONTEXT, "Étape du matériel…"), window)
    step.setObjectName("action_device_step")
    step.setShortcut(QKeySequence("Ctrl+Shift+M"))
    step.triggered.connect(device_step)
    window.register_action("device_step", step, "asset")
    window.open_workshop = show_page
    page.reload()
    return page


__all__ = ["StepDialog", "WipeDialog", "WorkshopModel", "WorkshopPage", "install_workshop"]
