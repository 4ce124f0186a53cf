"""Dossiers SAV on the device sheet: the device's tickets, the selected ticket's state, J+2
deadline (R-46), decision and charges, history, and one button per step the state machine
allows now (domain.tickets). Every step runs through the Desk in one transaction; a refused
step shows its French reason and changes nothing; each step refreshes the device sheet and
its timeline (``asset_changed``).

Dialogs that ask something (new ticket, diagnosis, replacement, inspection) expose
``ask(...)`` for tests to patch; confirmations go through :func:`forms.confirm`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.calendar import format_date_fr
from ..domain.catalogue import EXCLUSIONS, EXCLUSIONS_BY_CODE, FEES, MODELS_BY_CODE
from ..domain.coverage import Decision, to_desk_time
from ..domain.errors import SavError, TransitionError, ValidationError
from ..domain.money import format_eur
from ..domain.tickets import DIAGNOSIS_KIND_LABELS, DiagnosisKind, RemoteDiagnosis, TicketAction, TicketState
from ..services import tickets as ticket_steps
from ..services.desk import Desk
from ..services.tickets import TicketView
from . import forms
from .coverage_panel import _DECISION_TEXT
from .forms import ERROR_STYLE, FormDialog, parse_date_fr
from .qdates import parse_datetime_fr
from .widgets import NOTE_STYLE, make_label

_CONTEXT = "TicketsPanel"

A = TicketAction
S = TicketState

#: Button text of each step (lupdate reads them through QT_TRANSLATE_NOOP).
ACTION_BUTTONS: dict[TicketAction, str] = {
    A.START_DIAGNOSIS: QT_TRANSLATE_NOOP("TicketsPanel", "Commencer le diagnostic à distance"),
    A.SHIP_REPLACEMENT: QT_TRANSLATE_NOOP("TicketsPanel", "Expédier un appareil de remplacement…"),
    A.RECEIVE_FAULTY: QT_TRANSLATE_NOOP("TicketsPanel", "Appareil en panne reçu"),
    A.ISSUE_RMA: QT_TRANSLATE_NOOP("TicketsPanel", "Retour atelier : délivrer un n° RMA"),
    A.RECEIVE_DEVICE: QT_TRANSLATE_NOOP("TicketsPanel", "Appareil reçu à l'atelier"),
    A.INSPECT: QT_TRANSLATE_NOOP("TicketsPanel", "Examen (exclusions R-30)…"),
    A.DECIDE: QT_TRANSLATE_NOOP("TicketsPanel", "Décider de la prise en charge"),
    A.DRAW_QUOTE: QT_TRANSLATE_NOOP("TicketsPanel", "Établir le devis"),
    A.ACCEPT_QUOTE: QT_TRANSLATE_NOOP("TicketsPanel", "Devis accepté (bon pour accord)"),
    A.REFUSE_QUOTE: QT_TRANSLATE_NOOP("TicketsPanel", "Devis refusé"),
    A.SEND_TO_MAKER: QT_TRANSLATE_NOOP("TicketsPanel", "Envoyé chez le constructeur"),
    A.RECEIVE_FROM_MAKER: QT_TRANSLATE_NOOP("TicketsPanel", "Revenu du constructeur"),
    A.RETURN_TO_CUSTOMER: QT_TRANSLATE_NOOP("TicketsPanel", "Rendu au client"),
    A.CLOSE: QT_TRANSLATE_NOOP("TicketsPanel", "Clore le dossier"),
}

_FEE_LABELS = {f.code: f.label for f in FEES}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def refusal_text(exc: SavError) -> str:
    """A refused step in French, without field paths: what the desk reads."""
    if isinstance(exc, ValidationError):
        return "\n".join(f"{p.message} ({p.rule})" if p.rule else p.message for p in exc.problems)
    return str(exc)


def charge_label(code: str) -> str:
    if code in _FEE_LABELS:
        return QCoreApplication.translate("Fee", _FEE_LABELS[code])
    model = MODELS_BY_CODE.get(code)
    return QCoreApplication.translate("TicketsPanel", "Remplacement %1").replace("%1", model.label) if model else code



def exclusion_checklist(checked: Sequence[str]) -> QListWidget:
    """The R-30 exclusion codes as a checklist (damage ones marked), ``checked`` ticked."""
    widget = QListWidget()
    for e in EXCLUSIONS:
        text = QCoreApplication.translate("Exclusion", e.label)
        if e.is_damage:
            text = QCoreApplication.translate("ExclusionList", "{x} (dommage)").format(x=text)
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, e.code)
        item.setToolTip(e.code)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if e.code in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget

class ScanField(QLineEdit):
    """A line edit whose Enter (a scanner ends with Enter) stays here: the dialog's default
    button is not pressed by a scan."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


# --------------------------------------------------------------------------- dialogs


class NewTicketDialog(FormDialog):
    """A customer's call about the device: the problem and when the call came (R-46 counts
    from it: before 11:00 on a business day, J is that day)."""

    def __init__(self, desk: Desk, asset_id: int, asset_text: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Nouveau dossier SAV"), parent)
        self.asset_id = asset_id
        self.setWindowTitle(f"{self.windowTitle()} — {asset_text}")
        self.add_field("asset_id", self.tr("Matériel"), QLabel(asset_text))
        self.problem = self.notes("problem", self.tr("Problème signalé *"))
        now = to_desk_time(desk.clock())  # R-46 Decision: the desk's time, Europe/Paris
        self.reported_at = self.line("reported_at", self.tr("Appel reçu le *"), now.strftime("%d/%m/%Y %H:%M"),
                                     "jj/mm/aaaa hh:mm")
        self.finish_layout()
        self.resize(520, 260)
        self.problem.setFocus()

    def save(self) -> int:
        reported = parse_datetime_fr(self.reported_at.text(), "reported_at")
        return self.desk.open_ticket(self.asset_id, self.problem.toPlainText(), reported)


class DiagnosisDialog(FormDialog):
    """The reseller's remote diagnosis (R-46): what happened — a defect, a damage (with its R-30
    codes), or no real fault; repairable; a fault that started before the option (R-48); the
    questionnaire refused (R-47). Nothing is chosen in advance: the decision shown afterwards
    is the coverage engine's for these facts."""

    def __init__(self, desk: Desk, ticket: TicketView, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Diagnostic à distance — {n}").format(n=ticket.number), parent)
        self.name_device(getattr(parent, "asset_text", ""))  # the device the step acts on
        self.ticket = ticket
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.kind_defect = QRadioButton(self.tr("&Panne : défaut de l'appareil (aucun code d'exclusion)"))
        self.kind_damage = QRadioButton(self.tr("&Dommage : choc, chute, écran cassé, liquide… (codes R-30)"))
        self.kind_none = QRadioButton(self.tr("&Aucune panne réelle constatée (R-47)"))
        self.kinds = {DiagnosisKind.DEFECT: self.kind_defect, DiagnosisKind.DAMAGE: self.kind_damage,
                      DiagnosisKind.NO_FAULT: self.kind_none}
        for rb in self.kinds.values():
            self.group.addButton(rb)
            lay.addWidget(rb)
        if ticket.diagnosis_kind:
            self.kinds[DiagnosisKind(ticket.diagnosis_kind)].setChecked(True)
        self.fault_yes, self.fault_no = self.kind_defect, self.kind_none  # the short form's names
        self.add_field("diagnosis_kind", self.tr("Ce que le diagnostic a constaté *"), box)
        self.exclusions = exclusion_checklist(ticket.exclusions)
        self.exclusions.setMinimumHeight(180)
        self.add_field("exclusions", self.tr("Codes d'exclusion du dommage (Espace pour cocher, R-30)"),
                       self.exclusions)
        self.repairable = QCheckBox(self.tr("&Réparable"))
        self.repairable.setChecked(ticket.repairable)
        self.add_field("repairable", "", self.repairable)
        self.predates = QCheckBox(self.tr("La panne a commencé &avant la souscription de l'option (R-48)"))
        self.predates.setChecked(ticket.predates_option)
        self.add_field("predates_option", "", self.predates)
        self.refused = QCheckBox(self.tr("Questionnaire de diagnostic &refusé ou inexact (R-47)"))
        self.refused.setChecked(ticket.questionnaire_refused)
        self.add_field("questionnaire_refused", "", self.refused)
        self.notes_edit = self.notes("notes", self.tr("Notes du diagnostic"))
        self.group.buttonToggled.connect(lambda *_a: self._sync())
        self._sync()
        self.finish_layout()
        self.resize(640, 640)
        self.kind_defect.setFocus()

    def _sync(self) -> None:
        self.exclusions.setEnabled(self.kind_damage.isChecked())

    def set_checked(self, codes: set[str]) -> None:
        for row in range(self.exclusions.count()):
            item = self.exclusions.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes
                               else Qt.CheckState.Unchecked)

    def checked_codes(self) -> list[str]:
        return [str(self.exclusions.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.exclusions.count())
                if self.exclusions.item(r).checkState() == Qt.CheckState.Checked]

    def facts(self) -> RemoteDiagnosis:
        kind = next((k for k, rb in self.kinds.items() if rb.isChecked()), None)
        if kind is None and not self.refused.isChecked():
            raise ValidationError.single("diagnosis_kind", self.tr("choisissez ce que le diagnostic a constaté"))
        return RemoteDiagnosis(
            kind or DiagnosisKind.NO_FAULT,
            exclusions=tuple(self.checked_codes()) if kind is DiagnosisKind.DAMAGE else (),
            repairable=self.repairable.isChecked(),
            predates_option=self.predates.isChecked(),
            questionnaire_refused=self.refused.isChecked(),
        )

    def save(self) -> Any:
        return self.desk.ticket_step(self.ticket.id, ticket_steps.record_diagnosis, None,
                                     self.notes_edit.toPlainText(), facts=self.facts())


class ReplacementDialog(FormDialog):
    """Standard exchange (R-46): an identical device from stock. Scan its label (or serial)
    or pick it in the list of same-model devices in stock."""

    def __init__(self, desk: Desk, ticket: TicketView, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Échange standard — {n}").format(n=ticket.number), parent)
        self.name_device(getattr(parent, "asset_text", ""))  # the device the step acts on
        self.ticket = ticket
        self.scan = ScanField()
        self.scan.setPlaceholderText(self.tr("Scannez l'étiquette ou le n° de série de l'appareil de remplacement"))
        self.scan.returnPressed.connect(self.on_scan_return_pressed)
        self.add_field("scan", self.tr("Scan"), self.scan)
        self.stock = QListWidget()
        self.stock.setFixedHeight(150)
        for c in desk.replacement_candidates(ticket.asset_id):
            item = QListWidgetItem(f"{c.asset_tag} — n° {c.serial} — {c.model_label}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.stock.addItem(item)
        if self.stock.count():
            self.stock.setCurrentRow(0)
        self.add_field("replacement_asset_id", self.tr("Appareil identique en stock *"), self.stock)
        if not self.stock.count():
            self.errors["replacement_asset_id"].setText(self.tr("Aucun appareil de ce modèle en stock."))
            self.errors["replacement_asset_id"].show()
        today = desk.clock().astimezone().date()
        self.shipped_on = self.line("shipped_on", self.tr("Expédié le *"), format_date_fr(today), "jj/mm/aaaa")
        if ticket.exchange_deadline:
            self.form.addRow("", QLabel(self.tr("Livraison au plus tard le {d} (J+2, R-46)").format(
                d=format_date_fr(ticket.exchange_deadline))))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("&Expédier"))
        self.finish_layout()
        self.resize(600, 380)
        self.scan.setFocus()

    def on_scan_return_pressed(self) -> None:
        text = self.scan.text().strip()
        if not text:
            return
        self.clear_errors()
        found = self.desk.find_by_scan(text)
        if found is None:
            self.show_problems(ValidationError.single("scan", f"aucun matériel pour « {text[:60]} »"))
            return
        for row in range(self.stock.count()):
            if self.stock.item(row).data(Qt.ItemDataRole.UserRole) == found:
                self.stock.setCurrentRow(row)
                self.scan.clear()
                self.buttons.button(self.buttons.StandardButton.Save).setFocus()
                return
        self.show_problems(ValidationError.single(
            "scan", "ce matériel n'est pas un appareil identique en stock", "R-46"))

    def save(self) -> int:
        item = self.stock.currentItem()
        if item is None:
            raise ValidationError.single("replacement_asset_id", "choisissez l'appareil de remplacement")
        shipped = parse_date_fr(self.shipped_on.text(), "shipped_on")
        chosen = int(item.data(Qt.ItemDataRole.UserRole))
        self.desk.ticket_step(self.ticket.id, ticket_steps.ship_replacement, chosen, shipped)
        return chosen


class InspectionDialog(FormDialog):
    """The workshop's inspection: the exclusion checklist of R-30, the seal, repairable?"""

    def __init__(self, desk: Desk, ticket: TicketView, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Examen de l'appareil — {n}").format(n=ticket.number), parent)
        self.name_device(getattr(parent, "asset_text", ""))  # the device the step acts on
        self.ticket = ticket
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.exclusions = exclusion_checklist(ticket.exclusions)
        self.exclusions.setMinimumHeight(260)
        self.add_field("exclusions", self.tr("Exclusions constatées (Espace pour cocher, R-30)"), self.exclusions)
        self.seal = QCheckBox(self.tr("&Scellé de sécurité intact"))
        self.seal.setChecked(True)
        self.add_field("seal_intact", "", self.seal)
        self.repairable = QCheckBox(self.tr("&Réparable ?"))
        self.repairable.setChecked(True)
        self.add_field("repairable", "", self.repairable)
        self.defect = QCheckBox(self.tr("Défaut de &fabrication ?"))
        self.add_field("manufacturing_defect", "", self.defect)
        self.notes_edit = self.notes("notes", self.tr("Notes d'examen"))
        self.finish_layout()
        self.resize(760, 620)
        self.exclusions.setFocus()
        if self.exclusions.count():
            self.exclusions.setCurrentRow(0)

    def set_checked(self, codes: set[str]) -> None:
        for row in range(self.exclusions.count()):
            item = self.exclusions.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes
                               else Qt.CheckState.Unchecked)

    def checked_codes(self) -> list[str]:
        return [str(self.exclusions.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.exclusions.count())
                if self.exclusions.item(r).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        self.desk.ticket_step(
            self.ticket.id, ticket_steps.inspect, exclusions=self.checked_codes(), seal_intact=self.seal.isChecked(),
            repairable=self.repairable.isChecked(), manufacturing_defect=self.defect.isChecked(),
            notes=self.notes_edit.toPlainText(),
        )
        return True


# --------------------------------------------------------------------------- the panel


class TicketsPanel(QWidget):
    """The device's tickets and the selected one's state, history and allowed steps."""

    asset_changed = Signal(int)  # a step changed the device (or its replacement): refresh its sheet
    ticket_shown = Signal(object)  # the TicketView now shown (None: no ticket)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketsPanel")
        self.desk = desk
        self.asset_id: int | None = None
        self.asset_text = ""
        self.ticket: TicketView | None = None
        self.action_buttons: dict[str, QPushButton] = {}
        self._build()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Nouveau dossier (Ctrl+D)"))
        self.new_button.setObjectName("newTicketButton")
        self.new_button.clicked.connect(self.on_new_button_clicked)
        top.addWidget(self.new_button)
        top.addStretch(1)
        outer.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical)
        self.list = QTableWidget(0, 3)
        self.list.setObjectName("ticketList")
        self.list.setHorizontalHeaderLabels([self.tr("Dossier"), self.tr("Étape"), self.tr("Appel du")])
        self.list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.verticalHeader().hide()
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.currentCellChanged.connect(self.on_list_current_changed)
        split.addWidget(self.list)

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        self.state_label = make_label("ticketState", style="font-size: 13pt; font-weight: bold;")
        lay.addWidget(self.state_label)
        self.deadline_label = make_label("ticketDeadline")
        lay.addWidget(self.deadline_label)
        self.info_label = make_label("ticketInfo", selectable=True)
        lay.addWidget(self.info_label)
        self.charges_box = QGroupBox(self.tr("Décision et frais"))
        charges_lay = QVBoxLayout(self.charges_box)
        self.charges_label = make_label("ticketCharges", plain=True, selectable=True)
        charges_lay.addWidget(self.charges_label)
        lay.addWidget(self.charges_box)
        self.error_label = make_label("ticketError", style=ERROR_STYLE, hidden=True)
        lay.addWidget(self.error_label)
        self.note_label = make_label("ticketNote", style=NOTE_STYLE)
        lay.addWidget(self.note_label)
        self.steps_box = QGroupBox(self.tr("Étapes possibles"))
        self.steps_grid = QGridLayout(self.steps_box)
        lay.addWidget(self.steps_box)
        self.blocked_label = QLabel()
        self.blocked_label.setObjectName("ticketBlocked")
        self.blocked_label.setWordWrap(True)
        self.blocked_label.setStyleSheet("color: #555;")
        lay.addWidget(self.blocked_label)
        self.history = QTableWidget(0, 3)
        self.history.setObjectName("ticketHistory")
        self.history.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Utilisateur"), self.tr("Étape")])
        self.history.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay.addWidget(self.history, 1)
        split.addWidget(body)
        split.setSizes([120, 600])
        outer.addWidget(split, 1)
        self._show(None)

    # --- loading
    def load(self, asset_id: int, keep: int | None = None) -> None:
        """Show the device's tickets; ``keep`` (or the ticket shown) stays selected."""
        same_asset = asset_id == self.asset_id
        keep = keep if keep is not None else (self.ticket.id if self.ticket and same_asset else None)
        self.asset_id = asset_id
        try:
            detail = self.desk.asset_detail(asset_id)
            found = self.desk.tickets_of_asset(asset_id)
        except SavError as exc:
            self.show_error(refusal_text(exc))
            return
        self.asset_text = f"{detail.model_label} — n° {detail.serial} [{detail.asset_tag}]"
        self._timeline = detail.timeline
        self.new_button.setEnabled(detail.contract is not None)
        self.list.blockSignals(True)
        self.list.setRowCount(len(found))
        chosen = 0
        for row, t in enumerate(found):
            for col, text in enumerate((t.number, _tr(t.state_label),
                                        t.reported_at.strftime("%d/%m/%Y %H:%M"))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, t.id)
                self.list.setItem(row, col, item)
            if t.id == keep:
                chosen = row
        self.list.resizeColumnToContents(0)
        self.list.resizeColumnToContents(2)
        self.list.blockSignals(False)
        if found:
            self.list.setCurrentCell(chosen, 0)
            self._show(found[chosen])
        else:
            self._show(None)

    def on_list_current_changed(self, row: int, _col: int, _prev_row: int, _prev_col: int) -> None:
        item = self.list.item(row, 0) if row >= 0 else None
        if item is None:
            return
        ticket_id = int(item.data(Qt.ItemDataRole.UserRole))
        if self.ticket is None or self.ticket.id != ticket_id:
            self._show(self.desk.ticket(ticket_id))

    # --- display
    def _show(self, t: TicketView | None) -> None:
        self.ticket = t
        self.error_label.hide()
        self.note_label.clear()
        for button in self.action_buttons.values():
            self.steps_grid.removeWidget(button)
            button.deleteLater()
        self.action_buttons = {}
        if t is None:
            self.state_label.setText(self.tr("Aucun dossier SAV pour ce matériel.") if self.asset_id
                                     else self.tr("Ouvrez un matériel pour voir ses dossiers SAV."))
            for label in (self.deadline_label, self.info_label, self.charges_label, self.blocked_label):
                label.clear()
            self.charges_box.hide()
            self.steps_box.hide()
            self.history.setRowCount(0)
            self.ticket_shown.emit(None)
            return
        self.state_label.setText(self.tr("Dossier {n} — {s}").format(n=t.number, s=_tr(t.state_label)))
        self._show_deadline(t)
        self.info_label.setText(self._info_text(t))
        self._show_charges(t)
        self._show_steps(t)
        self._show_history(t)
        self.ticket_shown.emit(t)

    def _show_deadline(self, t: TicketView) -> None:
        relevant = t.exchange_deadline is not None and t.state in (S.REMOTE_DIAGNOSIS.value,
                                                                     S.REPLACEMENT_SHIPPED.value)
        if not relevant:
            self.deadline_label.clear()
            self.deadline_label.hide()
            return
        assert t.exchange_deadline is not None
        today = self.desk.clock().astimezone().date()
        text = self.tr("Échéance J+2 : livraison de l'appareil d'échange au plus tard le {d} (R-46)").format(
            d=format_date_fr(t.exchange_deadline))
        late = t.state == S.REMOTE_DIAGNOSIS.value and today > t.exchange_deadline
        if late:
            text += self.tr(" — DÉPASSÉE")
        self.deadline_label.setText(text)
        self.deadline_label.setStyleSheet("color: #b00020; font-weight: bold;" if late else "font-weight: bold;")
        self.deadline_label.show()

    def _info_text(self, t: TicketView) -> str:
        lines = [self.tr("Appel du {d} à {h} : {p}").format(
            d=format_date_fr(t.reported_at.date()), h=t.reported_at.strftime("%H:%M"), p=t.problem)]
        if t.questionnaire_refused:
            lines.append(self.tr("Diagnostic à distance : questionnaire refusé ou inexact (R-47)"))
        elif t.diagnosis_kind:
            lines.append(self.tr("Diagnostic à distance : {k}{r}{p}").format(
                k=_tr(DIAGNOSIS_KIND_LABELS[DiagnosisKind(t.diagnosis_kind)]),
                r="" if t.repairable or t.diagnosis_kind == DiagnosisKind.NO_FAULT.value
                else self.tr(", non réparable"),
                p=self.tr(", panne antérieure à l'option (R-48)") if t.predates_option else ""))
        elif t.hardware_fault is not None:
            lines.append(self.tr("Diagnostic à distance : panne matérielle") if t.hardware_fault
                         else self.tr("Diagnostic à distance : pas de panne matérielle"))
        if t.replacement_asset_id is not None:
            try:
                r = self.desk.asset_detail(t.replacement_asset_id)
                lines.append(self.tr("Appareil de remplacement : {t} (n° {s})").format(t=r.asset_tag, s=r.serial))
            except SavError:
                pass
        if t.rma_number:
            lines.append(self.tr("Accord de retour (R-72) : {r}").format(r=t.rma_number))
        if t.exclusions:
            labels = [EXCLUSIONS_BY_CODE[c].label if c in EXCLUSIONS_BY_CODE else c for c in t.exclusions]
            lines.append(self.tr("Exclusions constatées (R-30) : {x}").format(x=" ; ".join(labels)))
        return "\n".join(lines)

    def _show_charges(self, t: TicketView) -> None:
        if not t.decision:
            self.charges_box.hide()
            self.charges_label.clear()
            return
        decision = Decision(t.decision)
        lines = [QCoreApplication.translate("CoveragePanel", _DECISION_TEXT[decision])]
        for c in t.charges:
            lines.append(f"  {charge_label(c.code)} : {format_eur(c.amount_ht)} HT")
        if not t.charges:
            lines.append("  " + self.tr("Aucun frais"))
        if t.total_ht is not None and t.total_ttc is not None:
            lines.append(self.tr("Total : {ht} HT — {ttc} TTC").format(
                ht=format_eur(t.total_ht), ttc=format_eur(t.total_ttc, 2)))
        if t.rules:
            lines.append(self.tr("Règles : {r}").format(r=", ".join(t.rules)))
        if t.tariff_name:
            lines.append(self.tr("Tarif : {t}").format(t=t.tariff_name))
        if t.decision_why:
            lines.append(t.decision_why)
        self.charges_label.setText("\n".join(lines))
        self.charges_box.show()

    def _show_steps(self, t: TicketView) -> None:
        buttons: list[tuple[str, str]] = []
        if t.state == S.REMOTE_DIAGNOSIS.value:
            buttons.append(("RECORD_DIAGNOSIS", self.tr("Résultat du diagnostic…")))
        for action in t.allowed_actions:
            buttons.append((action, _tr(ACTION_BUTTONS[TicketAction(action)])))
        if t.state in (S.QUOTE_DRAWN.value, S.QUOTE_ACCEPTED.value) and hasattr(self.desk, "write_quote"):
            buttons.append(("QUOTE_PDF", self.tr("Devis PDF…")))
        for i, (key, text) in enumerate(buttons):
            button = QPushButton(text)
            button.setObjectName(f"step_{key}")
            button.clicked.connect(lambda _checked=False, k=key: self.run_step(k))
            self.steps_grid.addWidget(button, i // 2, i % 2)
            self.action_buttons[key] = button
        self.steps_box.setVisible(bool(buttons))
        if t.state == S.CLOSED.value:
            self.blocked_label.setText(self.tr("Dossier clos."))
            return
        try:
            blocked = self.desk.ticket_blocked_steps(t.id)
        except SavError:
            blocked = []
        self.blocked_label.setText("\n".join(
            self.tr("Pas possible maintenant — {a} : {why}").format(a=label, why=why) for _a, label, why in blocked))

    def _show_history(self, t: TicketView) -> None:
        mine = [e for e in getattr(self, "_timeline", ()) if t.number in e.summary or
                (t.rma_number and t.rma_number in e.summary)]
        self.history.setRowCount(len(mine))
        for row, e in enumerate(mine):
            for col, text in enumerate((e.at.astimezone().strftime("%d/%m/%Y %H:%M"), e.user_name, e.summary)):
                self.history.setItem(row, col, QTableWidgetItem(text))
        self.history.resizeColumnToContents(0)
        self.history.resizeColumnToContents(1)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # --- steps
    def on_new_button_clicked(self) -> None:
        self.new_ticket()

    def new_ticket(self) -> int | None:
        if self.asset_id is None:
            self.show_error(self.tr("Ouvrez d'abord un matériel."))
            return None
        ticket_id = NewTicketDialog.ask(self.desk, self.asset_id, self.asset_text, self)
        if ticket_id is not None:
            self._changed(keep=ticket_id)
        return ticket_id

    def run_step(self, key: str) -> bool:
        """Run one step of the shown ticket; False when cancelled or refused (reason shown)."""
        t = self.ticket
        if t is None:
            return False
        try:
            done = self._run(t, key)
        except (TransitionError, ValidationError, SavError) as exc:
            self._changed(keep=t.id)
            self.show_error(self.tr("Refusé : {why}").format(why=refusal_text(exc)))
            return False
        if done:
            self._changed(keep=t.id)
        return bool(done)

    def _run(self, t: TicketView, key: str) -> bool:
        step: Callable[..., Any] | None = {
            A.START_DIAGNOSIS.value: ticket_steps.start_diagnosis,
            A.RECEIVE_FAULTY.value: ticket_steps.receive_faulty,
            A.ISSUE_RMA.value: ticket_steps.issue_rma,
            A.RECEIVE_DEVICE.value: ticket_steps.receive_device,
            A.DECIDE.value: ticket_steps.decide,
            A.DRAW_QUOTE.value: ticket_steps.draw_quote,
            A.ACCEPT_QUOTE.value: ticket_steps.accept_quote,
            A.SEND_TO_MAKER.value: ticket_steps.send_to_maker,
            A.RECEIVE_FROM_MAKER.value: ticket_steps.receive_from_maker,
            A.RETURN_TO_CUSTOMER.value: ticket_steps.return_to_customer,
        }.get(key)
        if key == "QUOTE_PDF":
            path = self.ask_pdf_path(f"devis-{t.number}.pdf")
            if path:
                written = self.desk.write_quote(t.id, path)
                self.note_label.setText(self.tr("Devis enregistré : {p}").format(p=str(written)))
            return False  # a document, not a step: nothing to reload
        if key == "RECORD_DIAGNOSIS":
            return DiagnosisDialog.ask(self.desk, t, self) is not None
        if key == A.SHIP_REPLACEMENT.value:
            return ReplacementDialog.ask(self.desk, t, self) is not None
        if key == A.INSPECT.value:
            return InspectionDialog.ask(self.desk, t, self) is not None
        if key == A.REFUSE_QUOTE.value:
            if not forms.confirm(self, self.tr("Devis refusé"), self.tr(
                    "Enregistrer le refus du devis {n} ?\nL'appareil reviendra non réparé ; l'analyse reste "
                    "facturée (R-60).").format(n=t.number)):
                return False
            self.desk.ticket_step(t.id, ticket_steps.refuse_quote)
            return True
        if key == A.CLOSE.value:
            if not forms.confirm(self, self.tr("Clore le dossier"), self.tr(
                    "Clore le dossier {n} ?\nAucune étape ne pourra plus y être enregistrée.").format(n=t.number)):
                return False
            self.desk.ticket_step(t.id, ticket_steps.close)
            return True
        if step is None:  # pragma: no cover - every action has a button handler
            raise TransitionError(t.state, key, "étape inconnue")
        self.desk.ticket_step(t.id, step)
        return True

    def ask_pdf_path(self, suggested: str) -> str:
        """Where to save a document (tests patch this)."""
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le devis"), suggested,
                                                    self.tr("PDF (*.pdf)"))
        return path

    def _changed(self, keep: int | None = None) -> None:
        if self.asset_id is None:
            return
        asset_id = self.asset_id
        self.load(asset_id, keep=keep)
        self.asset_changed.emit(asset_id)


def install_tickets(window: Any) -> TicketsPanel:
    """Add the Dossiers SAV tab to the device sheet and the Nouveau dossier action (Ctrl+D)."""
    panel = TicketsPanel(window.desk)
    sheet = window.detail_view
    index = sheet.tabs.addTab(panel, QCoreApplication.translate("TicketsPanel", "Dossiers SAV"))
    window.tickets_panel = panel
    window.asset_opened.connect(panel.load)

    def refresh(_asset_id: int) -> None:
        """The list (statuses), the sheet and its timeline show the step at once."""
        window.model.refresh()
        window._update_count()
        shown = window.current_asset_id()
        if shown is not None:
            window.detail_view.show_detail(window.desk.asset_detail(shown))

    panel.asset_changed.connect(refresh)
    guard = getattr(window, "role_guard", None)  # ui.permissions: steps the role cannot run, greyed
    if guard is not None:
        panel.ticket_shown.connect(lambda _t: (guard.guard_buttons("ticket", panel.action_buttons),
                                               guard.guard_button("new_ticket", panel.new_button)))

    def new_ticket() -> None:
        if window.current_asset_id() is None:
            window.statusBar().showMessage(
                QCoreApplication.translate("TicketsPanel", "Ouvrez d'abord un matériel."), 5000)
            return
        window.tabs.setCurrentIndex(0)
        sheet.tabs.setCurrentIndex(index)
        panel.new_ticket()

    text = QCoreApplication.translate("TicketsPanel", "Nouveau dossier")
    action = QAction(text, window)
    action.setObjectName("action_new_ticket")
    action.setShortcut(QKeySequence("Ctrl+D"))
    action.triggered.connect(new_ticket)
    window.register_action("new_ticket", action, "desk", toolbar=True)
    return panel


__all__ = [
    "DiagnosisDialog",
    "InspectionDialog",
    "NewTicketDialog",
    "ReplacementDialog",
    "TicketsPanel",
    "install_tickets",
    "parse_datetime_fr",
]
