"""Desk forms: customer, device, contract. Keyboard-first; errors shown next to the field.

Each dialog validates through the services (one transaction); a refused save shows every
problem next to its field, in French, and writes nothing.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.calendar import format_date_fr
from ..domain.catalogue import MODELS, MODELS_BY_CODE
from ..domain.coverage import OPTION_BENEFITS, options_for
from ..domain.enums import OPTION_LABELS, ContractKind, OptionName
from ..domain.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from ..domain.records import FIELD_MAX_LENGTHS, AssetInput, ContractInput, CustomerInput, OptionInput, PractitionerInput
from ..services.desk import Desk
from ..services.views import AssetDetail, CustomerView
from .carence import carence_text
from .qdates import parse_date_fr
from .widgets import ERROR_STYLE, field_with_error



def _fr(d: date | None) -> str:
    return format_date_fr(d) if d else ""


def parse_amount(text: str, field: str) -> Decimal:
    t = (text or "").strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace("€", "")
    if not t:
        return Decimal("0")
    try:
        value = Decimal(t.replace(",", "."))
    except InvalidOperation:
        raise ValidationError.single(field, "montant invalide (ex. 150,00)") from None
    if not value.is_finite():
        raise ValidationError.single(field, "montant invalide (ex. 150,00)")
    return value


def device_text(detail: Any) -> str:
    """How a dialog names the device it acts on: ``MOVE/5000 4G — n° M5G001 [A0001]``."""
    return f"{detail.model_label} — n° {detail.serial} [{detail.asset_tag}]"


class FormDialog(QDialog):
    """A form whose fields each have an error line underneath."""

    def __init__(self, desk: Desk, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(title)
        self.setModal(True)
        self._layout = QVBoxLayout(self)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.setObjectName("error_general")
        self.general_error.hide()
        self._layout.addWidget(self.general_error)
        self.form = QFormLayout()
        self._layout.addLayout(self.form)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, str] = {}
        self.required: set[str] = set()  # the fields whose label ends with "*"
        self._initial_state: tuple[Any, ...] | None = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.result_value: Any = None

    def name_device(self, text: str) -> None:
        """Say which device the form acts on (serial and tag), in its title and at its top."""
        if not text:
            return
        self.setWindowTitle(f"{self.windowTitle()} — {text}")
        banner = QLabel(text)
        banner.setObjectName("dialog_device")
        banner.setStyleSheet("font-weight: bold;")
        self._layout.insertWidget(0, banner)

    def finish_layout(self) -> None:
        self._layout.addStretch(1)
        self._layout.addWidget(self.buttons)
        self.mark_unchanged()

    # --- changed or not (Escape asks before discarding typed work)
    def _state(self) -> tuple[Any, ...]:
        states: list[Any] = []
        for widget in self.fields.values():
            for w in [widget, *widget.findChildren(QWidget)]:
                if isinstance(w, QLineEdit):
                    states.append(w.text())
                elif isinstance(w, QPlainTextEdit):
                    states.append(w.toPlainText())
                elif isinstance(w, QComboBox):
                    states.append(w.currentText())
                elif isinstance(w, QAbstractButton) and w.isCheckable():
                    states.append(w.isChecked())
                elif isinstance(w, QTableWidget):
                    states.append(tuple(w.item(r, c).text() if w.item(r, c) else ""
                                        for r in range(w.rowCount()) for c in range(w.columnCount())))
        return tuple(states)

    def mark_unchanged(self) -> None:
        self._initial_state = self._state()

    def is_modified(self) -> bool:
        return self._initial_state is not None and self._state() != self._initial_state

    def reject(self) -> None:
        """Escape, Annuler or the window's close box: asks before discarding typed work."""
        if self.is_modified() and not DiscardChanges.ask(self, self.windowTitle()):
            return
        super().reject()

    # --- required fields (Enter never saves a form with one of them empty)
    def is_required(self, name: str) -> bool:
        return name in self.required

    def field_is_empty(self, name: str) -> bool:
        w = self.fields[name]
        if isinstance(w, QLineEdit):
            return not w.text().strip()
        if isinstance(w, QPlainTextEdit):
            return not w.toPlainText().strip()
        if isinstance(w, QComboBox):
            return w.currentIndex() < 0 and not w.currentText().strip()
        return False

    def missing_required(self) -> list[str]:
        return [n for n in self.fields if self.is_required(n) and self.fields[n].isEnabled() and self.field_is_empty(n)]

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        container, err = field_with_error(name, widget)
        self.form.addRow(label, container)
        self.fields[name] = widget
        self.errors[name] = err
        self.labels[name] = label.rstrip(" :*")
        if label.rstrip(" :").endswith("*"):
            self.required.add(name)
        return widget

    def line(self, name: str, label: str, text: str = "", placeholder: str = "") -> QLineEdit:
        w = QLineEdit(text)
        w.setPlaceholderText(placeholder)
        # The length the services accept for this field (domain.records, one number for both).
        w.setMaxLength(FIELD_MAX_LENGTHS.get(name, 400))
        self.add_field(name, label, w)
        return w

    def notes(self, name: str, label: str, text: str = "") -> QPlainTextEdit:
        w = QPlainTextEdit(text)
        w.setTabChangesFocus(True)
        w.setFixedHeight(60)
        self.add_field(name, label, w)
        return w

    # --- errors
    def clear_errors(self) -> None:
        self.general_error.hide()
        for err in self.errors.values():
            err.clear()
            err.hide()

    def field_for(self, problem: FieldProblem) -> str | None:
        if problem.field in self.errors:
            return problem.field
        head = re.split(r"[\[.]", problem.field, maxsplit=1)[0]
        return head if head in self.errors else None

    def describe(self, problem: FieldProblem) -> str:
        rule = f" ({problem.rule})" if problem.rule else ""
        return f"{problem.message}{rule}"

    def show_problems(self, exc: ValidationError) -> None:
        self.clear_errors()
        general: list[str] = []
        first: QWidget | None = None
        for p in exc.problems:
            name = self.field_for(p)
            if name is None:
                general.append(f"{p.field} : {self.describe(p)}")
                continue
            err = self.errors[name]
            text = self.describe(p)
            err.setText(f"{err.text()}\n{text}" if err.text() else text)
            err.show()
            first = first or self.fields[name]
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        if first is not None:
            first.setFocus()

    # --- saving
    def save(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        """Entrée never saves while a required field is empty: it shows which, and goes there."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            missing = self.missing_required()
            if missing:
                self.show_problems(ValidationError([FieldProblem(n, self.tr("champ obligatoire")) for n in missing]))
                event.accept()
                return
        super().keyPressEvent(event)

    def on_save_clicked(self) -> None:
        try:
            self.result_value = self.save()
        except ValidationError as exc:
            self.show_problems(exc)
            return
        except ConflictError as exc:
            # Another station saved first: show what is stored now (with who and when), so
            # that the change is made again on the current version, never over it.
            self.clear_errors()
            try:
                self.reload_record()
            except NotFoundError as gone:
                self.general_error.setText(str(gone))
            else:
                self.general_error.setText(str(exc))
            self.general_error.show()
            return
        except NotFoundError as exc:
            self.clear_errors()
            self.general_error.setText(str(exc))
            self.general_error.show()
            return
        self.accept()

    def reload_record(self) -> None:
        """Show the record as stored now (after a version conflict); forms that edit one override."""
        self.reload_after_conflict()

    def reload_after_conflict(self) -> None:
        """Another station saved first: forms that can, show the saved data again."""

    @classmethod
    def run(cls, *args: Any, **kwargs: Any) -> Any:
        """Open modally; the saved value (an id...) or None when cancelled. Tests patch ``ask``."""
        dialog = cls(*args, **kwargs)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_value
        return None

    ask = run


class CustomerDialog(FormDialog):
    PRACTITIONER_COLUMNS = ("Nom et prénom", "Profession", "RPPS (11 chiffres)", "ADELI (9 chiffres)")

    def __init__(self, desk: Desk, customer: CustomerView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Client") if customer else self.tr("Nouveau client"), parent)
        self.customer = customer
        c = customer
        self.practice_name = self.line("practice_name", self.tr("Cabinet / raison sociale *"), c.practice_name if c else "")
        self.siret = self.line("siret", self.tr("SIRET"), c.siret or "" if c else "", "14 chiffres")
        self.finess = self.line("finess", self.tr("FINESS"), c.finess or "" if c else "", "9 caractères")
        self.address = self.line("address", self.tr("Adresse"), c.address if c else "")
        self.postal_code = self.line("postal_code", self.tr("Code postal"), c.postal_code if c else "")
        self.city = self.line("city", self.tr("Ville"), c.city if c else "")
        self.phone = self.line("phone", self.tr("Téléphone"), c.phone or "" if c else "", "01 23 45 67 89")
        self.email = self.line("email", self.tr("E-mail"), c.email or "" if c else "")
        self.practitioners = QTableWidget(0, 4)
        self.practitioners.setHorizontalHeaderLabels([self.tr(h) for h in self.PRACTITIONER_COLUMNS])
        self.practitioners.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.practitioners.setTabKeyNavigation(True)
        self.practitioners.setFixedHeight(110)
        self.add_field("practitioners", self.tr("Praticien(s)"), self.practitioners)
        add = QPushButton(self.tr("Ajouter un praticien"))
        add.clicked.connect(lambda: self.add_practitioner_row())
        self.form.addRow("", add)
        for p in (c.practitioners if c else ()):
            self.add_practitioner_row(p.full_name, p.profession, p.rpps or "", p.adeli or "")
        if self.practitioners.rowCount() == 0:
            self.add_practitioner_row()
        self.notes_edit = self.notes("notes", self.tr("Notes"), c.notes if c else "")
        self.finish_layout()
        self.resize(620, 640)

    def reload_record(self) -> None:
        if self.customer is None:
            return
        c = self.customer = self.desk.get_customer(self.customer.id)
        for widget, value in ((self.practice_name, c.practice_name), (self.siret, c.siret or ""),
                              (self.finess, c.finess or ""), (self.address, c.address),
                              (self.postal_code, c.postal_code), (self.city, c.city), (self.phone, c.phone or ""),
                              (self.email, c.email or "")):
            widget.setText(value)
        self.practitioners.setRowCount(0)
        for p in c.practitioners:
            self.add_practitioner_row(p.full_name, p.profession, p.rpps or "", p.adeli or "")
        if self.practitioners.rowCount() == 0:
            self.add_practitioner_row()
        self.notes_edit.setPlainText(c.notes)

    def add_practitioner_row(self, *values: str) -> None:
        row = self.practitioners.rowCount()
        self.practitioners.insertRow(row)
        for col in range(4):
            self.practitioners.setItem(row, col, QTableWidgetItem(values[col] if col < len(values) else ""))

    def set_practitioner(self, row: int, name: str, profession: str = "", rpps: str = "", adeli: str = "") -> None:
        while self.practitioners.rowCount() <= row:
            self.add_practitioner_row()
        for col, v in enumerate((name, profession, rpps, adeli)):
            self.practitioners.item(row, col).setText(v)

    def _cell(self, row: int, col: int) -> str:
        item = self.practitioners.item(row, col)
        return item.text().strip() if item else ""

    def describe(self, problem: FieldProblem) -> str:
        m = re.match(r"practitioners\[(\d+)\]\.(\w+)", problem.field)
        if m:
            col = {"full_name": 0, "profession": 1, "rpps": 2, "adeli": 3}.get(m[2], 0)
            what = self.tr(self.PRACTITIONER_COLUMNS[col]).split(" (")[0]
            return self.tr("Praticien {n}, {what} : {msg}").format(n=int(m[1]) + 1, what=what, msg=super().describe(problem))
        return super().describe(problem)

    def collect(self) -> CustomerInput:
        rows = []
        for r in range(self.practitioners.rowCount()):
            values = [self._cell(r, c) for c in range(4)]
            if any(values):
                rows.append(PractitionerInput(values[0], values[1], values[2] or None, values[3] or None))
        return CustomerInput(
            practice_name=self.practice_name.text(),
            siret=self.siret.text() or None,
            finess=self.finess.text() or None,
            address=self.address.text(),
            postal_code=self.postal_code.text(),
            city=self.city.text(),
            phone=self.phone.text() or None,
            email=self.email.text() or None,
            notes=self.notes_edit.toPlainText(),
            practitioners=tuple(rows),
        )

    def save(self) -> int:
        data = self.collect()
        if self.customer is None:
            return self.desk.create_customer(data)
        self.desk.update_customer(self.customer.id, data, self.customer.version)
        return self.customer.id


class AssetDialog(FormDialog):
    def __init__(self, desk: Desk, asset: AssetDetail | None = None, serial: str = "", parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Modifier le matériel") if asset else self.tr("Nouveau matériel"), parent)
        self.asset = asset
        a = asset
        if a is not None:
            self.name_device(device_text(a))
        self.model = QComboBox()
        for m in MODELS:
            self.model.addItem(f"{m.label} ({m.maker})", m.code)
        if a:
            self.model.setCurrentIndex(max(0, self.model.findData(a.model_code)))
        self.add_field("model_code", self.tr("Modèle *"), self.model)
        self.serial = self.line("serial", self.tr("N° de série constructeur *"), a.serial if a else serial)
        self.in_service_on = self.line("in_service_on", self.tr("Mise en service"), _fr(a.in_service_on) if a else "", "jj/mm/aaaa")
        self.firmware = self.line("firmware_version", self.tr("Version logicielle"), a.firmware_version if a else "")
        self.iccid = self.line("iccid", self.tr("ICCID de la carte SIM"), a.iccid or "" if a else "", "19 ou 20 chiffres")
        self.notes_edit = self.notes("notes", self.tr("Notes"), a.notes if a else "")
        self.model.currentIndexChanged.connect(self._on_model_changed)
        self._on_model_changed()
        self.finish_layout()
        self.resize(520, 380)

    def reload_record(self) -> None:
        if self.asset is None:
            return
        a = self.asset = self.desk.asset_detail(self.asset.id)
        self.model.setCurrentIndex(max(0, self.model.findData(a.model_code)))
        self.serial.setText(a.serial)
        self.in_service_on.setText(_fr(a.in_service_on))
        self.firmware.setText(a.firmware_version)
        self.iccid.setText(a.iccid or "")
        self.notes_edit.setPlainText(a.notes)

    def _on_model_changed(self) -> None:
        model = MODELS_BY_CODE.get(self.model.currentData())
        has_sim = bool(model and model.has_sim)
        self.iccid.setEnabled(has_sim)
        if not has_sim:
            self.iccid.clear()

    def save(self) -> Any:
        data = AssetInput(
            model_code=self.model.currentData(),
            serial=self.serial.text(),
            in_service_on=parse_date_fr(self.in_service_on.text(), "in_service_on"),
            firmware_version=self.firmware.text(),
            iccid=self.iccid.text() or None,
            notes=self.notes_edit.toPlainText(),
        )
        if self.asset is None:
            return self.desk.register_asset(data)
        self.desk.update_asset(self.asset.id, data, self.asset.version)
        return self.asset.id


class ContractDialog(FormDialog):
    """A sale or a rental: customer, devices (scan their labels), dates, deposit, options."""

    def __init__(self, desk: Desk, customer_id: int | None = None, asset_ids: tuple[int, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Nouveau contrat"), parent)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Vente"), ContractKind.SALE.value)
        self.kind.addItem(self.tr("Location"), ContractKind.RENTAL.value)
        self.add_field("kind", self.tr("Type *"), self.kind)
        self.customer_search = QLineEdit()
        self.customer_search.setPlaceholderText(self.tr("Nom du cabinet ou SIRET, puis ↓ et Entrée"))
        self.customer_list = QListWidget()
        self.customer_list.setFixedHeight(90)
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.customer_search)
        lay.addWidget(self.customer_list)
        self.add_field("customer_id", self.tr("Client *"), box)
        self.customer_search.textChanged.connect(self._on_customer_search)
        # Entrée in the customer search picks the customer and moves on: it never saves.
        self.customer_search.installEventFilter(self)
        self.customer_list.installEventFilter(self)
        self.assets = self.notes("asset_ids", self.tr("Matériels * (étiquette ou n° de série, un par ligne)"))
        today = desk.clock().astimezone().date()
        self.signed_on = self.line("signed_on", self.tr("Signé le *"), _fr(today), "jj/mm/aaaa")
        self.delivered_on = self.line("delivered_on", self.tr("Livré le"), "", "jj/mm/aaaa")
        self.deposit = self.line("deposit", self.tr("Dépôt de garantie (€, sans TVA)"), "", "location : ex. 150,00")
        self.software = self.line("software_service", self.tr("Service logiciel associé (R-55)"))
        self.insurer = self.line("insurer", self.tr("Assureur (location, R-54)"))
        self.policy = self.line("policy_number", self.tr("N° de police (location, R-54)"))
        opt_box = QWidget()
        opt_lay = QHBoxLayout(opt_box)
        opt_lay.setContentsMargins(0, 0, 0, 0)
        self.option_group = QButtonGroup(self)
        self.option_buttons: dict[str | None, QRadioButton] = {}
        for value, text in ((None, self.tr("Aucune")), (OptionName.ECHANGE_STANDARD.value, "Échange Standard"),
                            (OptionName.CONFORT.value, "CONFORT"), (OptionName.SERENITE.value, "SERENITE")):
            rb = QRadioButton(text)
            self.option_group.addButton(rb)
            self.option_buttons[value] = rb
            opt_lay.addWidget(rb)
        self.option_buttons[None].setChecked(True)
        self.add_field("options", self.tr("Option"), opt_box)
        self.option_on = self.line("option_on", self.tr("Option souscrite le"), "", "jj/mm/aaaa (défaut : signature)")
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()
        if customer_id is not None:
            c = desk.get_customer(customer_id)
            self.customer_search.setText(c.practice_name)
        if asset_ids:
            self.assets.setPlainText("\n".join(desk.asset_detail(i).asset_tag for i in asset_ids))
        self.finish_layout()
        self.resize(600, 600)

    def _on_kind_changed(self) -> None:
        rental = self.kind.currentData() == ContractKind.RENTAL.value
        for option, benefits in OPTION_BENEFITS.items():
            if benefits.on_rental:
                continue
            self.option_buttons[option.value].setEnabled(not rental)  # rentals have these benefits
            if rental and self.option_buttons[option.value].isChecked():
                self.option_buttons[None].setChecked(True)
        for name, w, text in (("deposit", self.deposit, self.tr("Dépôt de garantie (€)")),
                              ("insurer", self.insurer, self.tr("Assureur (location, R-54)")),
                              ("policy_number", self.policy, self.tr("N° de police (location, R-54)"))):
            w.setEnabled(rental)
            label = self.form.labelForField(w.parentWidget())
            if isinstance(label, QLabel):
                label.setText(f"{text} *" if rental else text)

    def is_required(self, name: str) -> bool:
        if name in ("deposit", "insurer", "policy_number"):
            return self.kind.currentData() == ContractKind.RENTAL.value
        return super().is_required(name)

    def field_is_empty(self, name: str) -> bool:
        if name == "customer_id":
            return self.selected_customer() is None
        return super().field_is_empty(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.KeyPress and watched in (self.customer_search, self.customer_list)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):  # type: ignore[attr-defined]
            if watched is self.customer_search and self.customer_list.count() and self.selected_customer() is None:
                self.customer_list.setCurrentRow(0)
            if self.selected_customer() is not None:
                self.assets.setFocus()  # the next field
            else:
                self.customer_search.setFocus()
            return True  # consumed: the dialog's default button (Enregistrer) is not pressed
        if (event.type() == QEvent.Type.KeyPress and watched is self.customer_search
                and event.key() == Qt.Key.Key_Down and self.customer_list.count()):  # type: ignore[attr-defined]
            self.customer_list.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _on_customer_search(self, text: str) -> None:
        """The look-up runs off the GUI thread (ui.background): typing never waits on it."""
        from .background import shared_ops

        ops = shared_ops()
        if len(text.strip()) < 2:
            ops.cancel("customers")
            self.customer_list.clear()
            return
        desk = self.desk
        ops.run("customers", lambda: desk.find_customers(text, 30), self._show_customers)

    def _show_customers(self, found: list[tuple[int, str, str]]) -> None:
        self.customer_list.clear()
        for cid, name, city in found:
            item = QListWidgetItem(f"{name} — {city}")
            item.setData(Qt.ItemDataRole.UserRole, cid)
            self.customer_list.addItem(item)
        if self.customer_list.count():
            self.customer_list.setCurrentRow(0)

    def done(self, result: int) -> None:
        from .background import shared_ops

        shared_ops().cancel("customers")  # an answer arriving after the form closed is dropped
        super().done(result)

    def selected_customer(self) -> int | None:
        from .background import shared_ops

        ops = shared_ops()
        if ops.pending("customers"):  # saved faster than the look-up came back: settle it now
            ops.cancel("customers")
            text = self.customer_search.text()
            self._show_customers(self.desk.find_customers(text, 30) if len(text.strip()) >= 2 else [])
        item = self.customer_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def save(self) -> int:
        problems: list[FieldProblem] = []

        def attempt(fn: Any, *args: Any) -> Any:
            try:
                return fn(*args)
            except ValidationError as exc:
                problems.extend(exc.problems)
                return None

        customer_id = self.selected_customer()
        if customer_id is None:
            problems.append(FieldProblem("customer_id", "choisissez le client dans la liste"))
        asset_ids: list[int] = []
        for i, line in enumerate(t for t in self.assets.toPlainText().splitlines() if t.strip()):
            found = self.desk.find_by_scan(line)
            if found is None:
                problems.append(FieldProblem("asset_ids", f"aucun matériel pour « {line.strip()} »"))
            else:
                asset_ids.append(found)
        signed = attempt(parse_date_fr, self.signed_on.text(), "signed_on")
        if signed is None and not any(p.field == "signed_on" for p in problems):
            problems.append(FieldProblem("signed_on", "champ obligatoire"))
        delivered = attempt(parse_date_fr, self.delivered_on.text(), "delivered_on")
        deposit = attempt(parse_amount, self.deposit.text(), "deposit") or Decimal("0")
        option_on = attempt(parse_date_fr, self.option_on.text(), "option_on")
        if problems:
            raise ValidationError(problems)
        kind = ContractKind(self.kind.currentData())
        chosen = next((v for v, b in self.option_buttons.items() if b.isChecked()), None)
        options: tuple[OptionInput, ...] = ()
        if chosen:
            on = option_on or signed
            if kind is ContractKind.SALE:
                options = tuple(OptionInput(OptionName(chosen), on, asset_id=a) for a in asset_ids)
            else:
                options = (OptionInput(OptionName(chosen), on),)
        data = ContractInput(
            kind=kind, customer_id=customer_id or 0, signed_on=signed, asset_ids=tuple(asset_ids),
            delivered_on=delivered, deposit=deposit, software_service=self.software.text(),
            insurer=self.insurer.text(), policy_number=self.policy.text(), options=options,
        )
        return self.desk.create_contract(data)


class CarenceNotice:
    """The confirmation shown once an option is subscribed, with its carence end (R-42).
    Tests patch ``ask``."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("Carence", "Option souscrite"), text)


class OptionDialog(FormDialog):
    """Subscribe a maintenance option on the device's contract (windows R-40/R-41, R-43);
    the carence end (R-42) is shown as the date is typed and confirmed after the save."""

    def __init__(self, desk: Desk, asset: AssetDetail, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Souscrire une option"), parent)
        assert asset.contract is not None
        self.asset = asset
        self.name_device(device_text(asset))
        self.contract = asset.contract
        rental = self.contract.kind == ContractKind.RENTAL.value
        info = QLabel(self.tr("Contrat {n}, signé le {d} — {t} {s} [{g}]").format(
            n=self.contract.number, d=_fr(self.contract.signed_on), t=asset.model_label, s=asset.serial,
            g=asset.asset_tag))
        info.setWordWrap(True)
        self.form.addRow("", info)
        self.name = QComboBox()
        names = options_for(ContractKind(self.contract.kind))  # from the option benefits table
        for n in names:
            self.name.addItem(OPTION_LABELS[n], n.value)
        self.add_field("option.name", self.tr("Option *"), self.name)
        today = desk.clock().astimezone().date()
        self.subscribed_on = self.line("option.subscribed_on", self.tr("Souscrite le *"), _fr(today), "jj/mm/aaaa")
        self.carence = QLabel()
        self.carence.setObjectName("carence")
        self.carence.setWordWrap(True)
        self.carence.setStyleSheet("font-weight: bold;")
        self.form.addRow(self.tr("Carence (R-42) :"), self.carence)
        self.subscribed_on.textChanged.connect(self._show_carence)
        self.name.currentIndexChanged.connect(self._show_carence)
        self._show_carence()
        self.finish_layout()
        self.resize(520, 260)

    def _show_carence(self) -> None:
        try:
            on = parse_date_fr(self.subscribed_on.text(), "option.subscribed_on")
        except ValidationError:
            on = None
        self.carence.setText(carence_text(self.contract, self.name.currentData(), on) if on else "—")

    def save(self) -> int:
        on = parse_date_fr(self.subscribed_on.text(), "option.subscribed_on")
        if on is None:
            raise ValidationError.single("option.subscribed_on", "champ obligatoire")
        rental = self.contract.kind == ContractKind.RENTAL.value
        name = OptionName(self.name.currentData())
        option_id = self.desk.subscribe_option(self.contract.id, None if rental else self.asset.id, name, on)
        CarenceNotice.ask(self, self.tr("{o} souscrite le {d} : {c}.").format(
            o=OPTION_LABELS[name], d=_fr(on), c=carence_text(self.contract, name, on)))
        return option_id


class DiscardChanges:
    """Escape (or Annuler) on a changed form asks first: typed work is never thrown away
    silently. Tests patch ``ask``."""

    @classmethod
    def ask(cls, parent: QWidget | None, what: str = "") -> bool:
        """True when the user agrees to discard."""
        title = QCoreApplication.translate("DiscardChanges", "Abandonner la saisie ?")
        text = QCoreApplication.translate(
            "DiscardChanges", "Les informations saisies ne sont pas enregistrées. Les abandonner ?")
        if what:
            text = f"{what}\n\n{text}"
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, parent)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before anything destructive (tests patch this)."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


__all__ = ["AssetDialog", "ContractDialog", "CustomerDialog", "DiscardChanges", "FormDialog", "OptionDialog", "confirm",
           "parse_date_fr"]
