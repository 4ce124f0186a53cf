"""The contract edit screen (Contrat, Ctrl+Shift+C on the device shown, or from the customer
page): its terms with the creation's rules (R-50, R-54, R-55), the end of a rental (expiry or
termination, who asked, why), its renewal, and the deposit ledger (paid, kept, refunded,
balance; euros, no VAT).

Every save goes through the services with the version read: when another station saved
first, the screen says so in French and shows the saved data again (nothing is overwritten).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.calendar import format_date_fr
from ..domain.contracts import (
    CONTRACT_END_LABELS,
    DEPOSIT_ENTRY_LABELS,
    END_REQUESTER_LABELS,
    ContractEnd,
    ContractEndKind,
    DepositEntryKind,
    EndRequester,
)
from ..domain.enums import CONTRACT_KIND_LABELS, DEPOSIT_STATE_LABELS, ContractKind, DepositState
from ..domain.errors import SavError
from ..domain.money import format_eur
from ..services.contract_life import ContractChanges, ContractDetail
from ..services.desk import Desk
from .forms import FormDialog, parse_amount, parse_date_fr
from .row_models import Column, RowsModel

_CONTEXT = "ContractScreens"


def _d(value: Any) -> str:
    return format_date_fr(value) if value else "—"


def _eur(value: Any) -> str:
    return format_eur(value, 2)


COL_LINE_TAG, COL_LINE_SERIAL, COL_LINE_STATUS, COL_LINE_ADDED, COL_LINE_REMOVED = (
    "tag", "serial", "status", "added", "removed")
LINE_COLUMNS = (
    Column(COL_LINE_TAG, QT_TRANSLATE_NOOP("ContractScreens", "Étiquette"), lambda r: r.asset_tag),
    Column(COL_LINE_SERIAL, QT_TRANSLATE_NOOP("ContractScreens", "N° de série"), lambda r: f"{r.serial} ({r.model_code})"),
    Column(COL_LINE_STATUS, QT_TRANSLATE_NOOP("ContractScreens", "Statut"), lambda r: r.status_label),
    Column(COL_LINE_ADDED, QT_TRANSLATE_NOOP("ContractScreens", "Depuis le"), lambda r: _d(r.added_on)),
    Column(COL_LINE_REMOVED, QT_TRANSLATE_NOOP("ContractScreens", "Rendu / retiré le"), lambda r: _d(r.removed_on)),
)
COL_LEDGER_DATE, COL_LEDGER_KIND, COL_LEDGER_AMOUNT, COL_LEDGER_NOTE, COL_LEDGER_BY = (
    "date", "kind", "amount", "note", "by")
LEDGER_COLUMNS = (
    Column(COL_LEDGER_DATE, QT_TRANSLATE_NOOP("ContractScreens", "Date"), lambda e: _d(e.entry_on)),
    Column(COL_LEDGER_KIND, QT_TRANSLATE_NOOP("ContractScreens", "Mouvement"),
           lambda e: QCoreApplication.translate("ContractScreens", e.kind_label)),
    Column(COL_LEDGER_AMOUNT, QT_TRANSLATE_NOOP("ContractScreens", "Montant (€)"), lambda e: _eur(e.amount), right=True),
    Column(COL_LEDGER_NOTE, QT_TRANSLATE_NOOP("ContractScreens", "Motif"), lambda e: e.note),
    Column(COL_LEDGER_BY, QT_TRANSLATE_NOOP("ContractScreens", "Par"), lambda e: e.recorded_by),
)


def ledger_summary(detail: ContractDetail) -> str:
    led = detail.ledger
    return QCoreApplication.translate(
        "ContractScreens", "Versé {p} · retenu {k} · remboursé {r} · détenu {b}").format(
        p=_eur(led.paid), k=_eur(led.kept), r=_eur(led.refunded), b=_eur(led.balance))


def _table(model: RowsModel, name: str, height: int) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setFixedHeight(height)
    return table


class ContractEditDialog(FormDialog):
    """Contrat {number}: edit its terms; end, renew, deposit movements (each its own dialog)."""

    def __init__(self, desk: Desk, contract_id: int, parent: QWidget | None = None) -> None:
        d = desk.contract_detail(contract_id)
        super().__init__(desk, "", parent)
        self.detail: ContractDetail = d
        self.setWindowTitle(self.tr("Contrat {n}").format(n=d.number))
        self.setObjectName("contractEditDialog")
        self.heading = QLabel()
        self.heading.setObjectName("contractHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self._layout.insertWidget(0, self.heading)
        self.lines_model = RowsModel(LINE_COLUMNS, _CONTEXT, self)
        self.lines = _table(self.lines_model, "contractLines", 96)
        self.form.addRow(self.tr("Matériels :"), self.lines)
        self.signed_on = self.line("signed_on", self.tr("Signé le *"), "", "jj/mm/aaaa")
        self.delivered_on = self.line("delivered_on", self.tr("Livré le"), "", "jj/mm/aaaa")
        rental = d.kind == ContractKind.RENTAL.value
        self.deposit = self.line("deposit", self.tr("Dépôt de garantie (€) *") if rental
                                 else self.tr("Dépôt de garantie (€)"), "")
        self.software = self.line("software_service", self.tr("Service logiciel associé (R-55)"))
        self.insurer = self.line("insurer", self.tr("Assureur (R-54) *") if rental else self.tr("Assureur"))
        self.policy = self.line("policy_number", self.tr("N° de police (R-54) *") if rental else self.tr("N° de police"))
        self.notes_edit = self.notes("notes", self.tr("Notes"))
        for w in (self.deposit, self.insurer, self.policy):
            w.setEnabled(rental)

        self.end_box = QGroupBox(self.tr("Fin de la location (R-51)"))
        end_lay = QHBoxLayout(self.end_box)
        self.end_label = QLabel()
        self.end_label.setObjectName("contractEnd")
        self.end_label.setWordWrap(True)
        end_lay.addWidget(self.end_label, 1)
        self.end_button = QPushButton(self.tr("Enregistrer la &fin…"))
        self.end_button.setObjectName("endButton")
        self.end_button.clicked.connect(self.on_end_button_clicked)
        end_lay.addWidget(self.end_button)
        self.renew_button = QPushButton(self.tr("&Renouveler…"))
        self.renew_button.setObjectName("renewButton")
        self.renew_button.clicked.connect(self.on_renew_button_clicked)
        end_lay.addWidget(self.renew_button)
        self._layout.addWidget(self.end_box)

        self.ledger_box = QGroupBox(self.tr("Dépôt de garantie : registre (euros, sans TVA, R-50)"))
        led_lay = QVBoxLayout(self.ledger_box)
        self.ledger_model = RowsModel(LEDGER_COLUMNS, _CONTEXT, self)
        self.ledger = _table(self.ledger_model, "depositLedger", 110)
        led_lay.addWidget(self.ledger)
        row = QHBoxLayout()
        self.ledger_totals = QLabel()
        self.ledger_totals.setObjectName("ledgerTotals")
        self.ledger_totals.setStyleSheet("font-weight: bold;")
        row.addWidget(self.ledger_totals, 1)
        self.deposit_button = QPushButton(self.tr("&Mouvement du dépôt…"))
        self.deposit_button.setObjectName("depositButton")
        self.deposit_button.clicked.connect(self.on_deposit_button_clicked)
        row.addWidget(self.deposit_button)
        led_lay.addLayout(row)
        self._layout.addWidget(self.ledger_box)
        for box in (self.end_box, self.ledger_box):
            box.setVisible(rental)
        self.fill(d)
        self.finish_layout()
        self.resize(760, 820 if rental else 560)
        self.signed_on.setFocus()

    # --- showing
    def fill(self, d: ContractDetail) -> None:
        self.detail = d
        kind = CONTRACT_KIND_LABELS[ContractKind(d.kind)]
        self.heading.setText(self.tr("{k} {n} — {c}").format(k=kind, n=d.number, c=d.customer_name))
        self.lines_model.set_rows(d.lines)
        self.signed_on.setText(_d(d.signed_on))
        self.delivered_on.setText(format_date_fr(d.delivered_on) if d.delivered_on else "")
        self.deposit.setText(f"{d.deposit:.2f}".replace(".", ",") if d.deposit else "")
        self.software.setText(d.software_service)
        self.insurer.setText(d.insurer)
        self.policy.setText(d.policy_number)
        self.notes_edit.setPlainText(d.notes)
        if d.ended_on is None:
            self.end_label.setText(self.tr("Sans date de fin : enregistrez la fin (échéance ou résiliation) "
                                           "pour que le matériel puisse être rendu."))
        else:
            return_by = self.tr("retour du matériel dans le mois qui suit (R-51)")
            self.end_label.setText(f"{d.end_summary}\n{return_by}")
        self.renew_button.setEnabled(d.can_renew)
        self.renew_button.setToolTip("" if d.can_renew else self.tr(
            "Résiliée ou matériel déjà rendu : une nouvelle location est un nouveau contrat."))
        self.ledger_model.set_rows(d.ledger.entries)
        state = DEPOSIT_STATE_LABELS.get(DepositState(d.deposit_state), d.deposit_state)
        self.ledger_totals.setText(f"{ledger_summary(d)} — {state}")
        self.mark_unchanged()

    def reload(self) -> None:
        try:
            self.fill(self.desk.contract_detail(self.detail.id))
        except SavError as exc:
            self.general_error.setText(str(exc))
            self.general_error.show()

    def reload_after_conflict(self) -> None:
        self.reload()

    # --- saving the terms
    def save(self) -> int:
        problems: list[Any] = []
        from ..domain.errors import ValidationError

        def attempt(fn: Any, *args: Any) -> Any:
            try:
                return fn(*args)
            except ValidationError as exc:
                problems.extend(exc.problems)
                return None

        signed = attempt(parse_date_fr, self.signed_on.text(), "signed_on")
        delivered = attempt(parse_date_fr, self.delivered_on.text(), "delivered_on")
        deposit = attempt(parse_amount, self.deposit.text(), "deposit")
        if problems:
            raise ValidationError(problems)
        from decimal import Decimal

        changes = ContractChanges(signed, delivered, deposit if deposit is not None else Decimal("0"),
                                  self.software.text(), self.insurer.text(), self.policy.text(),
                                  self.notes_edit.toPlainText())
        self.desk.update_contract(self.detail.id, changes, self.detail.version)
        return self.detail.id

    # --- the other use cases, each its own dialog; the screen shows the result
    def _sub(self, dialog_cls: type, *args: Any) -> None:
        if self.is_modified():
            self.general_error.setText(self.tr("Enregistrez ou annulez d'abord les modifications du contrat."))
            self.general_error.show()
            return
        done = dialog_cls.ask(self.desk, self.detail, self)
        self.reload()
        if done:
            self.clear_errors()

    def on_end_button_clicked(self) -> None:
        self._sub(ContractEndDialog)

    def on_renew_button_clicked(self) -> None:
        self._sub(RenewDialog)

    def on_deposit_button_clicked(self) -> None:
        self._sub(DepositEntryDialog)


class _ContractStepDialog(FormDialog):
    """A dialog acting on one contract with the version the screen read."""

    def __init__(self, desk: Desk, detail: ContractDetail, title: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, title, parent)
        self.detail = detail
        info = QLabel(self.tr("{n} — {c}").format(n=detail.number, c=detail.customer_name))
        info.setStyleSheet("font-weight: bold;")
        self._layout.insertWidget(0, info)

    def reload_after_conflict(self) -> None:
        try:
            self.detail = self.desk.contract_detail(self.detail.id)
        except SavError:
            pass


class ContractEndDialog(_ContractStepDialog):
    def __init__(self, desk: Desk, detail: ContractDetail, parent: QWidget | None = None) -> None:
        super().__init__(desk, detail, self.tr("Fin de la location"), parent)
        self.kind = QComboBox()
        for k in ContractEndKind:
            self.kind.addItem(QCoreApplication.translate("ContractScreens", CONTRACT_END_LABELS[k]), k.value)
        if detail.end_kind:
            self.kind.setCurrentIndex(max(0, self.kind.findData(detail.end_kind)))
        self.add_field("end_kind", self.tr("Fin par *"), self.kind)
        today = desk.clock().astimezone().date()
        self.ended_on = self.line("ended_on", self.tr("Date de fin effective *"),
                                  format_date_fr(detail.ended_on or today), "jj/mm/aaaa")
        self.requester = QComboBox()
        self.requester.addItem("—", "")
        for r in EndRequester:
            self.requester.addItem(QCoreApplication.translate("ContractScreens", END_REQUESTER_LABELS[r]), r.value)
        if detail.end_requested_by:
            self.requester.setCurrentIndex(max(0, self.requester.findData(detail.end_requested_by)))
        self.add_field("end_requested_by", self.tr("Demandée par"), self.requester)
        self.reason = self.notes("end_reason", self.tr("Motif"), detail.end_reason)
        hint = QLabel(self.tr("Le matériel doit être rendu dans le mois qui suit la fin effective (R-51)."))
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.finish_layout()
        self.resize(520, 340)
        self.ended_on.setFocus()

    def save(self) -> int:
        end = ContractEnd(parse_date_fr(self.ended_on.text(), "ended_on"), self.kind.currentData(),
                          self.requester.currentData() or None, self.reason.toPlainText())
        self.desk.end_contract(self.detail.id, end, self.detail.version)
        return self.detail.id


class RenewDialog(_ContractStepDialog):
    def __init__(self, desk: Desk, detail: ContractDetail, parent: QWidget | None = None) -> None:
        super().__init__(desk, detail, self.tr("Renouveler la location"), parent)
        self.form.addRow(self.tr("Fin actuelle :"), QLabel(_d(detail.ended_on)))
        self.renewed_until = self.line("renewed_until", self.tr("Nouvelle date de fin *"), "", "jj/mm/aaaa")
        hint = QLabel(self.tr("Le même contrat continue : matériels, options et dépôt restent."))
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.finish_layout()
        self.resize(460, 200)

    def save(self) -> int:
        self.desk.renew_contract(self.detail.id, parse_date_fr(self.renewed_until.text(), "renewed_until"),
                                 self.detail.version)
        return self.detail.id


class DepositEntryDialog(_ContractStepDialog):
    def __init__(self, desk: Desk, detail: ContractDetail, parent: QWidget | None = None) -> None:
        super().__init__(desk, detail, self.tr("Mouvement du dépôt de garantie"), parent)
        self.form.addRow(self.tr("Détenu :"), QLabel(_eur(detail.ledger.balance)))
        self.kind = QComboBox()
        for k in (DepositEntryKind.REFUNDED, DepositEntryKind.KEPT, DepositEntryKind.PAID):
            self.kind.addItem(QCoreApplication.translate("ContractScreens", DEPOSIT_ENTRY_LABELS[k]), k.value)
        self.add_field("deposit.kind", self.tr("Mouvement *"), self.kind)
        self.amount = self.line("deposit.amount", self.tr("Montant (€) *"), "", "ex. 150,00")
        today = desk.clock().astimezone().date()
        self.entry_on = self.line("deposit.entry_on", self.tr("Date *"), format_date_fr(today), "jj/mm/aaaa")
        self.note = self.line("deposit.note", self.tr("Motif"))
        self.finish_layout()
        self.resize(460, 260)
        self.amount.setFocus()

    def save(self) -> int:
        on = parse_date_fr(self.entry_on.text(), "deposit.entry_on")
        return self.desk.record_deposit_entry(self.detail.id, self.kind.currentData(), self.amount.text(), on,
                                              self.note.text(), self.detail.version)


def install_contracts(window: Any) -> QAction:
    """Contrat… (Ctrl+Shift+C): the edit screen of the shown device's contract."""

    def open_contract(contract_id: int | None = None) -> None:
        if contract_id is None:
            d = window.detail_view.detail
            if d is None or d.contract is None:
                window.statusBar().showMessage(QCoreApplication.translate(
                    _CONTEXT, "Ouvrez d'abord un matériel sous contrat."), 5000)
                return
            contract_id = d.contract.id
        ContractEditDialog.ask(window.desk, contract_id, window)
        shown = window.current_asset_id()
        if shown is not None:
            window.open_asset(shown)

    action = QAction(QCoreApplication.translate(_CONTEXT, "Contrat…"), window)
    action.setObjectName("action_contract")
    action.setShortcut(QKeySequence("Ctrl+Shift+C"))
    action.triggered.connect(lambda: open_contract())
    window.register_action("contract", action, "customer")
    window.open_contract = open_contract
    return action


__all__ = ["ContractEditDialog", "ContractEndDialog", "DepositEntryDialog", "RenewDialog", "install_contracts",
           "ledger_summary"]
