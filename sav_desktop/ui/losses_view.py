"""Perte, vol, destruction on the device sheet (R-62, R-61, R-53).

A "Sinistres" tab of its own, next to "Dossiers SAV": a declaration is not a repair ticket
(no step machine, no workshop), it has its own papers (registered letter, police complaint)
and its own document, and the desk looks for it under that name. The tab lists the device's
declarations with their state; the selected one shows what was declared, the papers received,
the replacement price by age (R-61, with the engine's "why") and, for a rental, that rent
goes on (R-53). Buttons: record the registered letter, record the police complaint, close
(refused with the service's R-62 message until the complaint is recorded), write the
statement PDF.

Declaring (action "Déclarer une perte / un vol / une destruction…", Ctrl+Shift+P, menu SAV):
a dialog asks the kind, the date of the event, when it was reported and the circumstances,
shows the replacement price the declaration would give (the service's rolled-back preview,
``Desk.preview_loss``) and asks a confirmation before declaring: the device's status changes
at once (Perdu / Volé / Détruit) and the price is billed.

Every change goes through the Desk in one transaction and refreshes the sheet and its
timeline. Dialogs expose ``ask(...)`` for tests to patch; confirmations go through
:func:`forms.confirm`; the PDF's path through :meth:`LossesPanel.ask_pdf_path`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.calendar import format_date_fr
from ..domain.coverage import IncidentKind, to_desk_time
from ..domain.enums import ASSET_STATUS_LABELS, ContractKind
from ..domain.errors import SavError, ValidationError
from ..domain.money import format_eur
from ..services.desk import Desk
from ..services.losses import LOSS_KINDS, LossState, LossView
from ..services.views import AssetDetail
from . import forms
from .forms import ERROR_STYLE, FormDialog, parse_date_fr
from .widgets import NOTE_STYLE, make_label
from .tickets_view import parse_datetime_fr, refusal_text

_CONTEXT = "LossesPanel"
SHORTCUT = "Ctrl+Shift+P"  # P as perte; free in the main window (Ctrl+P is left to printing)
RENT_STYLE = "color: #8a4b00; font-weight: bold;"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def rent_goes_on_text() -> str:
    return _tr("Location : le loyer n'est pas suspendu (R-53). Il reste dû comme avant la déclaration, "
               "et le prix de remplacement s'y ajoute.")


def price_lines(view: LossView) -> list[str]:
    """The replacement price (R-61) as the desk reads it: charges, totals, tariff, why."""
    lines = [f"{c.label} — {format_eur(c.amount_ht)} HT ({c.rule})" for c in view.charges]
    if not view.charges:
        lines.append(_tr("Rien n'est facturé."))
    lines.append(_tr("Total : {ht} HT — {ttc} TTC").format(ht=format_eur(view.total_ht),
                                                          ttc=format_eur(view.total_ttc, 2)))
    if view.tariff_name:
        lines.append(_tr("Tarif : {t}").format(t=view.tariff_name))
    if view.why:
        lines.append(view.why)
    return lines


# --------------------------------------------------------------------------- dialogs


class LossDeclarationDialog(FormDialog):
    """Kind, date of the event, when reported, circumstances; the replacement price the
    declaration would give (R-61), then a confirmation (the status changes at once)."""

    KINDS = (IncidentKind.LOSS, IncidentKind.THEFT, IncidentKind.DESTRUCTION)

    def __init__(self, desk: Desk, detail: AssetDetail, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Déclarer une perte, un vol ou une destruction"), parent)
        self.detail = detail
        self.setWindowTitle(f"{self.windowTitle()} — n° {detail.serial} [{detail.asset_tag}]")
        self.preview: LossView | None = None
        self.add_field("asset_id", self.tr("Matériel"),
                       QLabel(f"{detail.model_label} — n° {detail.serial} [{detail.asset_tag}]"))
        self.rental = detail.contract is not None and detail.contract.kind == ContractKind.RENTAL.value
        if self.rental:
            rent = QLabel(rent_goes_on_text())
            rent.setObjectName("lossRent")
            rent.setWordWrap(True)
            rent.setStyleSheet(RENT_STYLE)
            self.form.addRow("", rent)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[IncidentKind, QRadioButton] = {}
        for kind, text in zip(self.KINDS, (self.tr("&Perte"), self.tr("&Vol"), self.tr("&Destruction")), strict=True):
            rb = QRadioButton(text)
            rb.setObjectName(f"kind_{kind.value}")
            self.kind_group.addButton(rb)
            self.kind_buttons[kind] = rb
            row.addWidget(rb)
            rb.toggled.connect(self.on_kind_toggled)
        row.addStretch(1)
        self.add_field("kind", self.tr("Nature *"), box)
        now = to_desk_time(desk.clock())  # R-46 Decision: the desk's time, Europe/Paris
        self.event_on = self.line("event_on", self.tr("Date de l'événement *"), format_date_fr(now.date()),
                                  "jj/mm/aaaa")
        self.reported_at = self.line("reported_at", self.tr("Signalé le *"), now.strftime("%d/%m/%Y %H:%M"),
                                     "jj/mm/aaaa hh:mm")
        self.circumstances = self.notes("circumstances", self.tr("Circonstances"))
        for edit in (self.event_on, self.reported_at):
            edit.editingFinished.connect(self.update_preview)
        price = QGroupBox(self.tr("Prix de remplacement selon l'âge (R-61)"))
        lay = QVBoxLayout(price)
        self.price_label = make_label("lossPrice", plain=True, selectable=True)
        lay.addWidget(self.price_label)
        self._layout.addWidget(price)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Décl&arer…"))
        self.finish_layout()
        self.resize(640, 560)
        self.update_preview()
        self.kind_buttons[IncidentKind.LOSS].setFocus()

    # --- what the form says
    def kind(self) -> IncidentKind | None:
        return next((k for k, rb in self.kind_buttons.items() if rb.isChecked()), None)

    def set_kind(self, kind: IncidentKind | str) -> None:
        self.kind_buttons[IncidentKind(kind)].setChecked(True)

    def _inputs(self) -> tuple[str, Any, datetime | None, str]:
        kind = self.kind()
        if kind is None:
            raise ValidationError.single("kind", "choisissez la nature : perte, vol ou destruction", "R-62")
        event_on = parse_date_fr(self.event_on.text(), "event_on")
        if event_on is None:
            raise ValidationError.single("event_on", "date de l'événement requise")
        reported = parse_datetime_fr(self.reported_at.text(), "reported_at")
        return kind.value, event_on, reported, self.circumstances.toPlainText()

    def compute_preview(self) -> LossView:
        """The declaration as the service would make it, rolled back (raises its refusals)."""
        kind, event_on, reported, circumstances = self._inputs()
        return self.desk.preview_loss(self.detail.id, kind, event_on, reported, circumstances)

    # --- the price shown before confirming
    def on_kind_toggled(self, checked: bool) -> None:
        if checked:
            self.update_preview()

    def update_preview(self) -> None:
        if self.kind() is None:
            self.preview = None
            self.price_label.setText(self.tr("Choisissez la nature pour voir le prix de remplacement."))
            return
        try:
            self.preview = self.compute_preview()
        except ValidationError as exc:
            self.preview = None
            self.price_label.setText(self.tr("Déclaration impossible en l'état :\n{why}").format(
                why=refusal_text(exc)))
            return
        except SavError as exc:
            self.preview = None
            self.price_label.setText(str(exc))
            return
        self.price_label.setText("\n".join(price_lines(self.preview)))

    # --- saving: preview, confirmation, then the declaration
    def on_save_clicked(self) -> None:
        self.clear_errors()
        try:
            preview = self.compute_preview()
        except ValidationError as exc:
            self.show_problems(exc)
            return
        except SavError as exc:
            self.general_error.setText(str(exc))
            self.general_error.show()
            return
        self.preview = preview
        self.price_label.setText("\n".join(price_lines(preview)))
        if not forms.confirm(self, self.windowTitle(), self.confirmation_text(preview)):
            return
        super().on_save_clicked()

    def confirmation_text(self, view: LossView) -> str:
        status = ASSET_STATUS_LABELS[LOSS_KINDS[IncidentKind(view.kind)]]
        text = self.tr(
            "Déclarer : {kind} du {d} pour {m} n° {s} ?\n\nLe matériel passera au statut « {status} ».\n"
            "Prix de remplacement (R-61) : {ht} HT ({ttc} TTC).\n"
            "La lettre recommandée et la plainte seront à enregistrer dès réception (R-62)."
        ).format(kind=view.kind_label.lower(), d=format_date_fr(view.event_on), m=self.detail.model_label,
                 s=self.detail.serial, status=status, ht=format_eur(view.total_ht),
                 ttc=format_eur(view.total_ttc, 2))
        if self.rental:
            text += "\n" + rent_goes_on_text()
        return text

    def save(self) -> int:
        kind, event_on, reported, circumstances = self._inputs()
        return self.desk.declare_loss(self.detail.id, kind, event_on, reported, circumstances)


class LetterDialog(FormDialog):
    """The registered letter confirming the declaration (R-62): date sent, its number."""

    def __init__(self, desk: Desk, loss: LossView, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Lettre recommandée — {n}").format(n=loss.number), parent)
        self.loss = loss
        today = desk.clock().astimezone().date()
        self.sent_on = self.line("letter_sent_on", self.tr("Envoyée le *"),
                                 format_date_fr(loss.letter_sent_on or today), "jj/mm/aaaa")
        self.reference = self.line("letter_reference", self.tr("N° de la lettre recommandée *"),
                                   loss.letter_reference, "ex. 1A 234 567 8901 2")
        self.finish_layout()
        self.resize(520, 200)
        self.reference.setFocus()

    def save(self) -> bool:
        sent_on = parse_date_fr(self.sent_on.text(), "letter_sent_on")
        if sent_on is None:
            raise ValidationError.single("letter_sent_on", "date d'envoi requise")
        self.desk.record_loss_letter(self.loss.id, sent_on, self.reference.text())
        return True


class ComplaintDialog(FormDialog):
    """The police complaint (plainte) attached to the letter (R-62): needed to close."""

    def __init__(self, desk: Desk, loss: LossView, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Dépôt de plainte — {n}").format(n=loss.number), parent)
        self.loss = loss
        self.reference = self.line("complaint_reference", self.tr("Référence de la plainte *"),
                                   loss.complaint_reference, "ex. PV 2026/00123")
        self.filed_on = self.line("complaint_on", self.tr("Déposée le *"),
                                  format_date_fr(loss.complaint_on or loss.event_on), "jj/mm/aaaa")
        self.police_office = self.line("police_office", self.tr("Commissariat / gendarmerie"), loss.police_office)
        self.finish_layout()
        self.resize(540, 240)
        self.reference.setFocus()

    def save(self) -> bool:
        filed_on = parse_date_fr(self.filed_on.text(), "complaint_on")
        if filed_on is None:
            raise ValidationError.single("complaint_on", "date de la plainte requise")
        self.desk.record_loss_complaint(self.loss.id, self.reference.text(), filed_on, self.police_office.text())
        return True


# --------------------------------------------------------------------------- the panel


class LossesPanel(QWidget):
    """The device's declarations and the selected one's papers, price and buttons."""

    asset_changed = Signal(int)  # a declaration changed the device: refresh its sheet
    loss_shown = Signal(object)  # the LossView now shown (None: none)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lossesPanel")
        self.desk = desk
        self.guard: Any = None  # ui.permissions.RoleGuard, set by install_losses
        self.asset_id: int | None = None
        self.detail: AssetDetail | None = None
        self.views: dict[int, LossView] = {}
        self.loss: LossView | None = None
        self._stale = False
        self._contract_kinds: dict[int, str] = {}
        self._build()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.declare_button = QPushButton(self.tr("Déclarer une perte / un vol / une destruction… ({k})").format(
            k=SHORTCUT))
        self.declare_button.setObjectName("declareLossButton")
        self.declare_button.clicked.connect(self.on_declare_button_clicked)
        top.addWidget(self.declare_button)
        top.addStretch(1)
        outer.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical)
        self.list = QTableWidget(0, 4)
        self.list.setObjectName("lossList")
        self.list.setHorizontalHeaderLabels([self.tr("Déclaration"), self.tr("Nature"), self.tr("Événement du"),
                                             self.tr("État")])
        self.list.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.list.verticalHeader().hide()
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.currentCellChanged.connect(self.on_list_current_changed)
        split.addWidget(self.list)

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        self.state_label = make_label("lossState", style="font-size: 13pt; font-weight: bold;")
        lay.addWidget(self.state_label)
        self.rent_label = make_label("lossRent", rent_goes_on_text(), style=RENT_STYLE)
        lay.addWidget(self.rent_label)
        self.info_label = make_label("lossInfo", plain=True, selectable=True)
        lay.addWidget(self.info_label)
        self.price_box = QGroupBox(self.tr("Prix de remplacement (R-61)"))
        price_lay = QVBoxLayout(self.price_box)
        self.price_label = make_label("lossPrice", plain=True, selectable=True)
        price_lay.addWidget(self.price_label)
        lay.addWidget(self.price_box)
        self.error_label = make_label("lossError", style=ERROR_STYLE, hidden=True)
        lay.addWidget(self.error_label)
        self.note_label = make_label("lossNote", style=NOTE_STYLE)
        lay.addWidget(self.note_label)
        self.buttons_box = QGroupBox(self.tr("Pièces et clôture (R-62)"))
        row = QHBoxLayout(self.buttons_box)
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("letter", self.tr("Lettre &recommandée…")), ("complaint", self.tr("&Plainte…")),
                          ("close", self.tr("C&lore")), ("pdf", self.tr("Déclaration P&DF…"))):
            button = QPushButton(text)
            button.setObjectName(f"loss_{key}")
            button.clicked.connect(lambda _checked=False, k=key: self.run(k))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        lay.addWidget(self.buttons_box)
        lay.addStretch(1)
        split.addWidget(body)
        split.setSizes([110, 560])
        outer.addWidget(split, 1)
        self._show(None)

    # --- loading (only when the tab is seen: opening a device stays as fast as before)
    def on_asset_opened(self, asset_id: int) -> None:
        if self.isVisible():
            self.load(asset_id)
        else:
            self.asset_id, self._stale = asset_id, True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale and self.asset_id is not None:
            self.load(self.asset_id)

    def load(self, asset_id: int, keep: int | None = None) -> None:
        """Read the device and its declarations; ``keep`` (or the one shown) stays selected."""
        same_asset = asset_id == self.asset_id and not self._stale
        keep = keep if keep is not None else (self.loss.id if self.loss and same_asset else None)
        self.asset_id, self._stale = asset_id, False
        try:
            detail = self.desk.asset_detail(asset_id)
            found = self.desk.losses_of_asset(asset_id)
        except SavError as exc:
            self.show_error(refusal_text(exc))
            return
        self.display(detail, found, keep)

    def display(self, detail: AssetDetail, found: Sequence[LossView], keep: int | None = None) -> None:
        """Show these declarations of the device (also used with a rolled-back preview)."""
        self.asset_id, self.detail, self._stale = detail.id, detail, False
        self.views = {v.id: v for v in found}
        if detail.contract is not None:
            self._contract_kinds[detail.contract.id] = detail.contract.kind
        self.declare_button.setEnabled(detail.contract is not None)
        self.declare_button.setToolTip("" if detail.contract is not None else
                                       self.tr("Matériel sur aucun contrat : rien à déclarer."))
        self.list.blockSignals(True)
        self.list.setRowCount(len(found))
        chosen = 0
        for row, v in enumerate(found):
            for col, text in enumerate((v.number, _tr(v.kind_label), format_date_fr(v.event_on),
                                        _tr(v.state_label))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, v.id)
                self.list.setItem(row, col, item)
            if v.id == keep:
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
        view = self.views.get(int(item.data(Qt.ItemDataRole.UserRole)))
        if view is not None and (self.loss is None or self.loss.id != view.id):
            self._show(view)

    # --- display
    def _is_rental(self, view: LossView) -> bool:
        kind = self._contract_kinds.get(view.contract_id)
        if kind is None:
            try:
                kind = self.desk.get_contract(view.contract_id).kind
            except SavError:
                kind = ""
            self._contract_kinds[view.contract_id] = kind
        return kind == ContractKind.RENTAL.value

    def _show(self, v: LossView | None) -> None:
        self.loss = v
        self.error_label.hide()
        self.note_label.clear()
        if v is None:
            self.state_label.setText(self.tr("Aucune perte, aucun vol, aucune destruction déclarés pour ce matériel.")
                                     if self.asset_id else self.tr("Ouvrez un matériel pour voir ses sinistres."))
            self.info_label.clear()
            self.rent_label.hide()
            self.price_box.hide()
            self.buttons_box.hide()
        else:
            self.state_label.setText(self.tr("{n} — {k} — {s}").format(n=v.number, k=_tr(v.kind_label),
                                                                        s=_tr(v.state_label)))
            self.rent_label.setVisible(self._is_rental(v))
            self.info_label.setText(self._info_text(v))
            self.price_label.setText("\n".join(price_lines(v)))
            self.price_box.show()
            self.buttons_box.show()
            is_open = v.state == LossState.OPEN.value
            for key in ("letter", "complaint", "close"):
                self.buttons[key].setEnabled(is_open)
                self.buttons[key].setToolTip("" if is_open else self.tr("Déclaration close."))
            self.buttons["pdf"].setEnabled(True)
            self.buttons["pdf"].setToolTip("")
            self.buttons["close"].setToolTip(
                "" if not is_open or v.can_close else
                self.tr("Clôture possible une fois la plainte enregistrée (R-62)."))
        if self.guard is not None:  # ui.permissions: what the role cannot use, greyed
            self.guard.guard_buttons("loss", self.buttons)
            self.guard.guard_button("loss.declare", self.declare_button)
        self.loss_shown.emit(v)

    def _info_text(self, v: LossView) -> str:
        lines = [self.tr("Événement du {d} ; signalé le {r} à {h}").format(
            d=format_date_fr(v.event_on), r=format_date_fr(v.reported_at.date()), h=v.reported_at.strftime("%H:%M"))]
        if v.circumstances:
            lines.append(self.tr("Circonstances : {c}").format(c=v.circumstances))
        if v.letter_reference:
            sent = format_date_fr(v.letter_sent_on) if v.letter_sent_on else "—"
            lines.append(self.tr("Lettre recommandée : n° {r}, envoyée le {d}").format(r=v.letter_reference, d=sent))
        else:
            lines.append(self.tr("Lettre recommandée : non reçue à ce jour"))
        if v.complaint_reference:
            filed = format_date_fr(v.complaint_on) if v.complaint_on else "—"
            text = self.tr("Plainte : n° {r} du {d}").format(r=v.complaint_reference, d=filed)
            if v.police_office:
                text += f", {v.police_office}"
            lines.append(text)
        else:
            lines.append(self.tr("Plainte : non reçue à ce jour — obligatoire pour clore (R-62)"))
        return "\n".join(lines)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # --- actions
    def on_declare_button_clicked(self) -> None:
        self.declare()

    def declare(self) -> int | None:
        if self.asset_id is None:
            self.show_error(self.tr("Ouvrez d'abord un matériel."))
            return None
        if self.detail is None or self._stale or self.detail.id != self.asset_id:
            self.load(self.asset_id)
        if self.detail is None:
            return None
        loss_id: int | None = LossDeclarationDialog.ask(self.desk, self.detail, self)
        if loss_id is not None:
            self._changed(keep=loss_id)
            self.note_label.setText(self.tr("Déclaration {n} enregistrée.").format(
                n=self.loss.number if self.loss else loss_id))
        return loss_id

    def run(self, key: str) -> bool:
        """One button of the shown declaration; False when cancelled or refused (reason shown)."""
        v = self.loss
        if v is None:
            return False
        try:
            done = self._run(v, key)
        except SavError as exc:
            self._changed(keep=v.id)
            self.show_error(self.tr("Refusé : {why}").format(why=refusal_text(exc)))
            return False
        if done:
            self._changed(keep=v.id)
        return done

    def _run(self, v: LossView, key: str) -> bool:
        if key == "letter":
            return LetterDialog.ask(self.desk, v, self) is not None
        if key == "complaint":
            return ComplaintDialog.ask(self.desk, v, self) is not None
        if key == "close":
            # Always asked first (closing is final); without the complaint the service refuses
            # with its R-62 message, shown in place, and nothing is written.
            if not forms.confirm(self, self.tr("Clore la déclaration"), self.tr(
                    "Clore la déclaration {n} ?\nPlus rien ne pourra y être modifié. La référence de la "
                    "plainte est obligatoire pour clore (R-62).").format(n=v.number)):
                return False
            self.desk.close_loss(v.id)
            return True
        if key == "pdf":
            path = self.ask_pdf_path(f"declaration-{v.number}.pdf")
            if path:
                written = self.desk.write_loss_statement(v.id, path)
                self.note_label.setText(self.tr("Déclaration enregistrée : {p}").format(p=str(written)))
            return False  # a document: nothing changed
        raise ValueError(key)  # pragma: no cover - one branch per button

    def ask_pdf_path(self, suggested: str) -> str:
        """Where to save the statement (tests patch this)."""
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Enregistrer la déclaration"), suggested,
                                                    self.tr("PDF (*.pdf)"))
        return path

    def _changed(self, keep: int | None = None) -> None:
        if self.asset_id is None:
            return
        asset_id = self.asset_id
        self.load(asset_id, keep=keep)
        self.asset_changed.emit(asset_id)


def install_losses(window: Any) -> LossesPanel:
    """Add the Sinistres tab to the device sheet and the declaration action (Ctrl+Shift+P)."""
    panel = LossesPanel(window.desk)
    panel.guard = getattr(window, "role_guard", None)
    sheet = window.detail_view
    index = sheet.tabs.addTab(panel, _tr("Sinistres"))
    window.losses_panel = panel
    window.asset_opened.connect(panel.on_asset_opened)

    def refresh(_asset_id: int) -> None:
        """The list (statuses), the sheet and its timeline show the change at once."""
        window.model.refresh()
        window._update_count()
        shown = window.current_asset_id()
        if shown is not None:
            window.detail_view.show_detail(window.desk.asset_detail(shown))

    panel.asset_changed.connect(refresh)

    def declare() -> None:
        shown = window.current_asset_id()
        if shown is None:
            window.statusBar().showMessage(_tr("Ouvrez d'abord un matériel."), 5000)
            return
        window.tabs.setCurrentIndex(0)
        sheet.tabs.setCurrentIndex(index)  # the tab shows: its declarations load
        if panel.asset_id != shown or panel._stale:
            panel.load(shown)
        panel.declare()

    action = QAction(_tr("Déclarer une perte / un vol / une destruction…"), window)
    action.setObjectName("action_declare_loss")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.triggered.connect(declare)
    window.register_action("declare_loss", action, "desk")
    return panel


__all__ = [
    "ComplaintDialog",
    "LetterDialog",
    "LossDeclarationDialog",
    "LossesPanel",
    "install_losses",
    "price_lines",
]
