"""Retour de location: the shop's check-in wizard (Ctrl+R).

Scan the label -> the rental -> checklist (accessories of the contract line, seal, visible
damage with the R-30 exclusion codes, optional reader diagnostic) -> charges from the engine
(missing items at catalogue price R-52, damage R-63, late return R-51), computed by the same
service as the check-in and rolled back until the desk validates -> deposit settlement
(R-50) and the receipt PDF -> the device's status: back to stock only once its data wipe is
recorded (R-80).

Keyboard: Enter goes to the next page (a scanner ends with Enter), Tab follows the reading
order, Space ticks; the check-in itself is a commit page (no going back once validated) and
asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from .qdates import DateLineEdit, from_qdate, to_qdate
from ..domain.calendar import format_date_fr
from ..domain.catalogue import EXCLUSIONS
from ..domain.checkin import Settlement
from ..domain.enums import ASSET_STATUS_LABELS, AssetStatus
from ..domain.errors import SavError
from ..domain.money import format_eur
from ..services.checkin import CheckInView
from ..services.desk import Desk
from ..services.workflow_views import RentalReturnView
from . import forms
from .forms import ERROR_STYLE
from .permissions import RoleGuard
from .tickets_view import refusal_text

_CONTEXT = "CheckInWizard"

#: Wipe methods offered (free text allowed): what the desk does with the makers' tools.
WIPE_METHODS = (
    QT_TRANSLATE_NOOP("CheckInWizard", "Réinitialisation usine (menu maintenance du constructeur)"),
    QT_TRANSLATE_NOOP("CheckInWizard", "Effacement des données de facturation (logiciel de maintenance)"),
    QT_TRANSLATE_NOOP("CheckInWizard", "Remplacement de la mémoire / carte SD"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class ScanPage(QWizardPage):
    def __init__(self, wizard: "CheckInWizard") -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Retour de location : scannez l'étiquette"))
        self.setSubTitle(self.tr("Scannez l'étiquette (ou tapez le n° de série) du matériel rendu, puis Entrée."))
        lay = QVBoxLayout(self)
        self.scan = QLineEdit()
        self.scan.setObjectName("scanEdit")
        self.scan.setPlaceholderText(self.tr("Étiquette ou n° de série"))
        lay.addWidget(self.scan)
        self.error = _error_label("scanError")
        lay.addWidget(self.error)
        lay.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.scan.setFocus()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        text = self.scan.text().strip()
        if not text:
            _show_error(self.error, self.tr("Scannez l'étiquette du matériel rendu."))
            return False
        try:
            asset_id = self.w.desk.find_by_scan(text)
            if asset_id is None:
                _show_error(self.error, self.tr("Aucun matériel ne correspond à « {t} ».").format(t=text[:60]))
                return False
            self.w.rental = self.w.desk.rental_return(asset_id)
        except SavError as exc:
            _show_error(self.error, refusal_text(exc))
            return False
        _show_error(self.error, "")
        return True


class RentalPage(QWizardPage):
    def __init__(self, wizard: "CheckInWizard") -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("La location"))
        lay = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("rentalSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.summary)
        self.warning = QLabel()
        self.warning.setObjectName("rentalWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("font-weight: bold; color: #b00020;")
        lay.addWidget(self.warning)
        lay.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        r = self.w.rental
        assert r is not None
        today = self.w.today()
        lines = [
            self.tr("Matériel : {m} — n° {s} [{t}]").format(m=r.model_label, s=r.serial, t=r.asset_tag),
            self.tr("Client : {c}").format(c=r.customer_name),
            self.tr("Location {n}, signée le {d}").format(n=r.contract_number, d=format_date_fr(r.signed_on)),
            self.tr("Fin effective : {d}").format(d=format_date_fr(r.ended_on) if r.ended_on else "—"),
        ]
        if r.return_deadline:
            lines.append(self.tr("Retour au plus tard le {d} (R-51)").format(d=format_date_fr(r.return_deadline)))
        lines.append(self.tr("Dépôt de garantie : {a}, sans TVA (R-50)").format(a=format_eur(r.deposit, 2)))
        lent = [f"  • {a.label} x{a.quantity} ({format_eur(a.unit_price_ht, 2)} HT)" for a in r.accessories]
        lines.append(self.tr("Accessoires confiés :"))
        lines.extend(lent or ["  " + self.tr("aucun")])
        self.summary.setText("\n".join(lines))
        if r.ended_on is None:
            self.warning.setText(self.tr("Cette location n'a pas de date de fin : enregistrez-la d'abord (R-51)."))
        elif r.return_deadline and today > r.return_deadline:
            self.warning.setText(self.tr("Retour hors délai : le prix de remplacement sera facturé (R-51, R-61)."))
        else:
            self.warning.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.w.rental is not None and self.w.rental.ended_on is not None


class ChecklistPage(QWizardPage):
    def __init__(self, wizard: "CheckInWizard") -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Contrôle du matériel rendu"))
        self.setSubTitle(self.tr("Cochez ce qui est rendu ; Espace coche, Tab passe au suivant."))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.returned_on = DateLineEdit(field="returned_on")  # 31/02 refused, never corrected
        self.returned_on.setObjectName("returnedOn")
        self.returned_on.setDisplayFormat("dd/MM/yyyy")
        self.returned_on.setCalendarPopup(True)
        form.addRow(self.tr("Rendu le :"), self.returned_on)
        self.date_error = _error_label("returnedOnError")
        form.addRow("", self.date_error)
        lay.addLayout(form)
        self.accessories_box = QGroupBox(self.tr("Accessoires de la ligne de location (R-52)"))
        self.accessories_form = QFormLayout(self.accessories_box)
        lay.addWidget(self.accessories_box)
        self.accessory_widgets: dict[int, QCheckBox | QSpinBox] = {}
        self.seal = QCheckBox(self.tr("&Scellé de sécurité intact"))
        self.seal.setObjectName("sealCheck")
        lay.addWidget(self.seal)
        lay.addWidget(QLabel(self.tr("Dommages visibles (codes d'exclusion R-30) :")))
        self.damage = QListWidget()
        self.damage.setObjectName("damageList")
        for e in EXCLUSIONS:
            if e.code == "SEAL_BROKEN":
                continue  # the seal box above
            text = QCoreApplication.translate("Exclusion", e.label)
            if e.is_damage:
                text = self.tr("{x} (dommage)").format(x=text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, e.code)
            item.setToolTip(e.code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.damage.addItem(item)
        self.damage.setMinimumHeight(150)
        lay.addWidget(self.damage)
        self.repairable = QCheckBox(self.tr("&Réparable ?"))
        self.repairable.setObjectName("repairableCheck")
        lay.addWidget(self.repairable)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(44)
        self.notes.setPlaceholderText(self.tr("Notes (état, remarques du client…)"))
        lay.addWidget(self.notes)
        diag = QHBoxLayout()
        self.diagnostic_button = QPushButton(self.tr("Lancer le &diagnostic lecteur"))
        self.diagnostic_button.setObjectName("diagnosticButton")
        self.diagnostic_button.clicked.connect(self.on_diagnostic_button_clicked)
        self.diagnostic_note = QLabel()
        diag.addWidget(self.diagnostic_button)
        diag.addWidget(self.diagnostic_note, 1)
        lay.addLayout(diag)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        r = self.w.rental
        assert r is not None
        self.returned_on.setDate(to_qdate(self.w.today()))
        self.returned_on.setMaximumDate(to_qdate(self.w.today()))
        while self.accessories_form.rowCount():
            self.accessories_form.removeRow(0)
        self.accessory_widgets = {}
        for a in r.accessories:
            label = f"{a.label} ({format_eur(a.unit_price_ht, 2)} HT)"
            widget: QCheckBox | QSpinBox
            if a.quantity == 1:
                widget = QCheckBox(self.tr("présent"))
                widget.setChecked(True)
            else:
                widget = QSpinBox()
                widget.setRange(0, a.quantity)
                widget.setValue(a.quantity)
                widget.setSuffix(self.tr(" / {n} rendus").format(n=a.quantity))
            widget.setObjectName(f"accessory_{a.code}")
            self.accessories_form.addRow(label + " :", widget)
            self.accessory_widgets[a.item_id] = widget
        if not r.accessories:
            self.accessories_form.addRow(QLabel(self.tr("Aucun accessoire sur cette ligne.")))
        self.seal.setChecked(True)
        self.repairable.setChecked(True)
        for row in range(self.damage.count()):
            self.damage.item(row).setCheckState(Qt.CheckState.Unchecked)
        self.diagnostic_button.setVisible(self.w.run_diagnostic is not None)
        self.diagnostic_note.clear()
        first = next(iter(self.accessory_widgets.values()), None)
        (first or self.seal).setFocus()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """The return date as typed: an impossible one (31/02) is refused here, never changed (R-90)."""
        try:
            self.returned_on.value()
        except SavError as exc:
            _show_error(self.date_error, refusal_text(exc))
            self.returned_on.setFocus()
            return False
        _show_error(self.date_error, "")
        return True

    def set_present(self, item_id: int, returned: int) -> None:
        widget = self.accessory_widgets[item_id]
        if isinstance(widget, QCheckBox):
            widget.setChecked(returned > 0)
        else:
            widget.setValue(returned)

    def set_damage(self, codes: set[str]) -> None:
        for row in range(self.damage.count()):
            item = self.damage.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes
                               else Qt.CheckState.Unchecked)

    def checklist(self) -> dict[str, Any]:
        returned = {
            item_id: (int(w.isChecked()) if isinstance(w, QCheckBox) else w.value())
            for item_id, w in self.accessory_widgets.items()
        }
        damage = [str(self.damage.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.damage.count())
                  if self.damage.item(r).checkState() == Qt.CheckState.Checked]
        return {
            "returned_on": from_qdate(self.returned_on.date()),
            "accessories_returned": returned,
            "seal_intact": self.seal.isChecked(),
            "damage": damage,
            "repairable": self.repairable.isChecked(),
            "notes": self.notes.toPlainText(),
        }

    def on_diagnostic_button_clicked(self) -> None:
        if self.w.run_diagnostic is not None:
            self.w.run_diagnostic()
            self.diagnostic_note.setText(self.tr("Diagnostic lancé : voir la page « Diagnostic lecteurs »."))


def _charges_table() -> QTableWidget:
    table = QTableWidget(0, 5)
    table.setObjectName("chargesTable")
    table.setHorizontalHeaderLabels([
        QCoreApplication.translate("CheckInWizard", "Frais"), QCoreApplication.translate("CheckInWizard", "Qté"),
        QCoreApplication.translate("CheckInWizard", "Prix unitaire HT"),
        QCoreApplication.translate("CheckInWizard", "Montant HT"), QCoreApplication.translate("CheckInWizard", "Règle"),
    ])
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return table


class ChargesPage(QWizardPage):
    """The engine's charges, computed and rolled back; validating commits the check-in."""

    def __init__(self, wizard: "CheckInWizard") -> None:
        super().__init__()
        self.w = wizard
        self.preview: CheckInView | None = None
        self.setTitle(self.tr("Frais du retour"))
        self.setSubTitle(self.tr("Calculés par les règles : accessoires manquants (R-52), dommages (R-63), "
                                 "retard (R-51). Vérifiez puis validez le retour."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Valider le retour"))
        lay = QVBoxLayout(self)
        self.table = _charges_table()
        lay.addWidget(self.table, 1)
        self.totals = QLabel()
        self.totals.setObjectName("chargesTotals")
        self.totals.setStyleSheet("font-weight: bold;")
        lay.addWidget(self.totals)
        self.why = QLabel()
        self.why.setObjectName("chargesWhy")
        self.why.setWordWrap(True)
        lay.addWidget(self.why)
        self.error = _error_label("chargesError")
        lay.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        r = self.w.rental
        assert r is not None
        self.preview = None
        _show_error(self.error, "")
        try:
            self.preview = self.w.desk.preview_check_in(r.asset_id, **self.w.checklist_page.checklist())
        except SavError as exc:
            _show_error(self.error, refusal_text(exc))
            self.table.setRowCount(0)
            self.totals.clear()
            self.why.clear()
        else:
            fill_charges(self.table, self.preview)
            self.totals.setText(self.tr("Total des frais : {ht} HT — {ttc} TTC").format(
                ht=format_eur(self.preview.total_ht), ttc=format_eur(self.preview.total_ttc, 2)))
            self.why.setText(self.preview.why)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.preview is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        r = self.w.rental
        assert r is not None
        if not forms.confirm(self, self.tr("Valider le retour"), self.tr(
                "Valider le retour de {t} ?\nLa ligne de location {n} sera close, les frais enregistrés et le "
                "dépôt de garantie soldé ; le matériel part à l'atelier.").format(t=r.asset_tag, n=r.contract_number)):
            return False
        try:
            self.w.result_view = self.w.desk.check_in_rental(r.asset_id, **self.w.checklist_page.checklist())
        except SavError as exc:
            _show_error(self.error, refusal_text(exc))
            return False
        self.w.checked_in.emit(r.asset_id)
        return True


def fill_charges(table: QTableWidget, view: CheckInView) -> None:
    table.setRowCount(len(view.charges))
    for row, c in enumerate(view.charges):
        for col, text in enumerate((c.label, str(c.quantity), format_eur(c.unit_ht), format_eur(c.amount_ht),
                                    c.rule)):
            item = QTableWidgetItem(text)
            if col in (1, 2, 3):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, col, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class SettlementPage(QWizardPage):
    """R-50: refund, partial deduction or balance billed; the receipt PDF."""

    def __init__(self, wizard: "CheckInWizard") -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Dépôt de garantie"))
        lay = QVBoxLayout(self)
        self.headline = QLabel()
        self.headline.setObjectName("settlementHeadline")
        self.headline.setStyleSheet("font-size: 13pt; font-weight: bold;")
        lay.addWidget(self.headline)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, text in (("deposit", self.tr("Dépôt de garantie")), ("charges", self.tr("Frais à régler")),
                          ("deducted", self.tr("Retenu sur le dépôt")), ("refund", self.tr("À rembourser")),
                          ("balance", self.tr("Solde à facturer"))):
            value = QLabel()
            value.setObjectName(f"settlement_{key}")
            form.addRow(text + " :", value)
            self.values[key] = value
        lay.addLayout(form)
        self.why = QLabel()
        self.why.setObjectName("settlementWhy")
        self.why.setWordWrap(True)
        lay.addWidget(self.why)
        row = QHBoxLayout()
        self.receipt_button = QPushButton(self.tr("Reçu &PDF…"))
        self.receipt_button.setObjectName("receiptButton")
        self.receipt_button.clicked.connect(self.on_receipt_button_clicked)
        row.addWidget(self.receipt_button)
        self.receipt_note = QLabel()
        self.receipt_note.setObjectName("receiptNote")
        self.receipt_note.setWordWrap(True)
        row.addWidget(self.receipt_note, 1)
        lay.addLayout(row)
        lay.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        v = self.w.result_view
        assert v is not None
        s = v.settlement
        self.headline.setText(_tr(v.settlement_label))
        # R-50 Decision: the deposit is euros (no VAT), set against the charges TTC.
        self.values["deposit"].setText(format_eur(s.deposit, 2))
        self.values["charges"].setText(self.tr("{ht} HT, soit {ttc} TTC").format(
            ht=format_eur(s.charges_ht), ttc=format_eur(s.charges_ttc, 2)))
        self.values["deducted"].setText(format_eur(s.kept, 2))
        self.values["refund"].setText(format_eur(s.refund, 2))
        self.values["balance"].setText(self.tr("{ttc} TTC").format(ttc=format_eur(s.balance_ttc, 2)))
        self.why.setText(s.why)
        if s.settlement is Settlement.BALANCE_BILLED:
            self.headline.setStyleSheet("font-size: 13pt; font-weight: bold; color: #b00020;")
        enabled = self.w.receipt_writer is not None
        self.receipt_button.setEnabled(enabled)
        self.receipt_button.setToolTip(
            self.tr("Enregistrer le reçu de retour en PDF") if enabled
            else self.tr("Le reçu PDF n'est pas encore disponible (module documents à venir)."))

    def on_receipt_button_clicked(self) -> None:
        v, r = self.w.result_view, self.w.rental
        if v is None or r is None or self.w.receipt_writer is None:
            return
        path = self.w.ask_receipt_path(f"recu-retour-{r.contract_number}-{r.asset_tag}.pdf")
        if not path:
            return
        try:
            written = self.w.receipt_writer(v.id, path)
        except (SavError, OSError) as exc:
            self.receipt_note.setStyleSheet(ERROR_STYLE)
            self.receipt_note.setText(str(exc))
            return
        self.w.receipt_path = written
        self.receipt_note.setStyleSheet("")
        self.receipt_note.setText(self.tr("Reçu enregistré : {p}").format(p=str(written)))


class StatusPage(QWizardPage):
    """R-80: a returned terminal goes back to stock only once its data wipe is recorded."""

    def __init__(self, wizard: "CheckInWizard") -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Statut du matériel"))
        lay = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("assetStatus")
        self.status.setStyleSheet("font-weight: bold;")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.rule = QLabel(self.tr("Un terminal rendu peut contenir des données de facturation des patients : il ne "
                                   "revient en stock qu'après l'enregistrement de l'effacement de ses données "
                                   "(méthode, opérateur, date) (R-80)."))
        self.rule.setWordWrap(True)
        lay.addWidget(self.rule)
        self.wipe_box = QGroupBox(self.tr("Effacement des données (R-80)"))
        form = QFormLayout(self.wipe_box)
        self.method = QComboBox()
        self.method.setObjectName("wipeMethod")
        self.method.setEditable(True)
        for m in WIPE_METHODS:
            self.method.addItem(_tr(m))
        form.addRow(self.tr("&Méthode :"), self.method)
        self.operator = QLineEdit()
        self.operator.setObjectName("wipeOperator")
        form.addRow(self.tr("&Opérateur :"), self.operator)
        self.wiped_on = DateLineEdit(field="wiped_on")
        self.wiped_on.setObjectName("wipeDate")
        self.wiped_on.setDisplayFormat("dd/MM/yyyy")
        self.wiped_on.setCalendarPopup(True)
        form.addRow(self.tr("&Date :"), self.wiped_on)
        self.wipe_button = QPushButton(self.tr("&Enregistrer l'effacement"))
        self.wipe_button.setObjectName("wipeButton")
        self.wipe_button.clicked.connect(self.on_wipe_button_clicked)
        RoleGuard(wizard.desk).guard_button("checkin.wipe", self.wipe_button)  # R-80 wipes: WIPE
        form.addRow("", self.wipe_button)
        lay.addWidget(self.wipe_box)
        self.workshop_note = QLabel(self.tr(
            "Dommage constaté : le matériel part à l'atelier. Il ne reviendra en stock qu'une fois réparé "
            "(ou mis au rebut) puis effacé : la suite se fait dans la file de l'atelier (Ctrl+Shift+W) "
            "(CYCLE-2, R-80)."))
        self.workshop_note.setObjectName("workshopNote")
        self.workshop_note.setWordWrap(True)
        self.workshop_note.setStyleSheet(ERROR_STYLE)
        lay.addWidget(self.workshop_note)
        self.stock_button = QPushButton(self.tr("Remettre en &stock"))
        self.stock_button.setObjectName("stockButton")
        self.stock_button.clicked.connect(self.on_stock_button_clicked)
        lay.addWidget(self.stock_button)
        self.message = QLabel()
        self.message.setObjectName("statusMessage")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        lay.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.operator.setText(self.w.desk.user_name)
        self.wiped_on.setDate(to_qdate(self.w.today()))
        self.wiped_on.setMaximumDate(to_qdate(self.w.today()))
        r = self.w.rental
        self.wipe_box.setVisible(bool(r and r.is_terminal))
        self.rule.setVisible(bool(r and r.is_terminal))
        self.message.clear()
        self._show_status()

    def _show_status(self) -> None:
        r = self.w.rental
        assert r is not None
        try:
            status = self.w.desk.asset_detail(r.asset_id).status
        except SavError as exc:
            self.status.setText(refusal_text(exc))
            return
        self.status.setText(self.tr("{t} : {s}").format(
            t=r.asset_tag, s=_tr(ASSET_STATUS_LABELS.get(AssetStatus(status), status))))
        # CYCLE-2: a damaged device waits for its repair; only an intact one is released here.
        self.workshop_note.setVisible(status == AssetStatus.IN_REPAIR.value)
        self.stock_button.setEnabled(status == AssetStatus.TO_WIPE.value)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #1b5e20;")
        self.message.setText(text)

    def on_wipe_button_clicked(self) -> None:
        r = self.w.rental
        assert r is not None
        try:
            self.w.desk.record_wipe(r.asset_id, self.method.currentText(), self.operator.text(),
                                    from_qdate(self.wiped_on.date()))
        except SavError as exc:
            self._say(refusal_text(exc), error=True)
            return
        self.w.wiped = True
        self._say(self.tr("Effacement enregistré (R-80)."))
        self.w.checked_in.emit(r.asset_id)

    def on_stock_button_clicked(self) -> None:
        r = self.w.rental
        assert r is not None
        try:
            self.w.desk.set_asset_status(r.asset_id, AssetStatus.IN_STOCK, self.tr("retour de location contrôlé"))
        except SavError as exc:
            self._say(self.tr("Refusé : {why}").format(why=refusal_text(exc)), error=True)
            return
        self._say(self.tr("Matériel remis en stock."))
        self._show_status()
        self.w.checked_in.emit(r.asset_id)


class CheckInWizard(QWizard):
    """Retour de location. ``checked_in(asset_id)`` fires after each write (refresh the sheet)."""

    checked_in = Signal(int)

    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        *,
        scan_text: str = "",
        run_diagnostic: Callable[[], None] | None = None,
        receipt_writer: Callable[[int, str], Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkInWizard")
        self.desk = desk
        self.run_diagnostic = run_diagnostic
        # The documents module writes the reçu de restitution (Desk.write_return_receipt).
        self.receipt_writer = receipt_writer or getattr(desk, "write_return_receipt", None)
        self.rental: RentalReturnView | None = None
        self.result_view: CheckInView | None = None
        self.receipt_path: Path | None = None
        self.wiped = False
        self.setWindowTitle(self.tr("Retour de location"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.scan_page = ScanPage(self)
        self.rental_page = RentalPage(self)
        self.checklist_page = ChecklistPage(self)
        self.charges_page = ChargesPage(self)
        self.settlement_page = SettlementPage(self)
        self.status_page = StatusPage(self)
        for page in (self.scan_page, self.rental_page, self.checklist_page, self.charges_page,
                     self.settlement_page, self.status_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Précédent"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Terminer"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        self.scan_page.scan.setText(scan_text)
        self._initial_scan = scan_text
        self.resize(760, 640)

    def today(self) -> date:
        return self.desk.clock().astimezone().date()

    def has_unsaved_work(self) -> bool:
        """Something scanned or checked that the check-in has not recorded yet."""
        if self.result_view is not None:
            return False  # the check-in is recorded: what follows saves step by step
        return (self.currentPage() is not self.scan_page
                or self.scan_page.scan.text().strip() not in ("", self._initial_scan.strip()))

    def reject(self) -> None:
        """Escape or Annuler: asks before discarding a check-in under way."""
        if self.has_unsaved_work() and not forms.DiscardChanges.ask(
                self, self.tr("Le retour de location n'est pas validé.")):
            return
        super().reject()

    def ask_receipt_path(self, suggested: str) -> str:
        """Where to save the receipt (tests patch this)."""
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Reçu de retour"), suggested,
                                                    self.tr("PDF (*.pdf)"))
        return path


def install_checkin(window: Any, receipt_writer: Callable[[int, str], Path] | None = None) -> QAction:
    """The Retour de location action (Ctrl+R): the wizard opens on the device shown, if any."""

    def open_wizard() -> CheckInWizard:
        shown = window.detail_view.detail
        scan = shown.asset_tag if shown is not None and shown.contract is not None else ""
        diagnostics = getattr(window, "diagnostics", None)

        def run() -> None:
            window.tabs.setCurrentWidget(diagnostics)
            diagnostics.run_diagnostic()

        offered = diagnostics is not None and hasattr(diagnostics, "run_diagnostic")
        wizard = CheckInWizard(window.desk, window, scan_text=scan, run_diagnostic=run if offered else None,
                               receipt_writer=receipt_writer)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

        def refresh(asset_id: int) -> None:
            window.model.refresh()
            window._update_count()
            window.open_asset(asset_id)

        wizard.checked_in.connect(refresh)
        window.checkin_wizard = wizard
        wizard.show()
        return wizard

    text = QCoreApplication.translate("CheckInWizard", "Retour de location")
    action = QAction(text, window)
    action.setObjectName("action_check_in")
    action.setShortcut(QKeySequence("Ctrl+R"))
    action.triggered.connect(open_wizard)
    window.register_action("check_in", action, "desk", toolbar=True)
    window.open_check_in = open_wizard
    return action


__all__ = ["CheckInWizard", "WIPE_METHODS", "fill_charges", "install_checkin"]
