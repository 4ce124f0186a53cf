"""The "Prise en charge" panel: describe an incident, see at once what is covered and billed.

The panel is given the facts of an asset (model, commissioning date, contract, options,
history of SERENITE benefits) as domain values through :meth:`CoveragePanel.set_facts`;
the desk answers the questions (incident, exclusions seen, confirmed fault, repairable...)
and the panel shows the decision of :func:`sav_desktop.domain.coverage.assess`, the charges
HT/TTC, the deadline and the French "why". It never touches the store: whoever embeds it
(asset view, repair workflow pricing a quote) loads the facts and listens to
``decision_changed``.

Keyboard: every field has an Alt mnemonic, Tab follows the reading order, Space ticks an
exclusion in the list.

The accessory's reception day is typed (ui.qdates.DateLineEdit, jj/mm/aaaa): a date that does
not exist (31/02/2026) is refused naming the field with R-90, never changed into another, and
nothing is decided until it is corrected.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .qdates import DateLineEdit, DateTimeLineEdit, parse_date_fr, to_qdate
from ..domain.calendar import format_date_fr
from ..domain.catalogue import EXCLUSIONS, MODELS_BY_CODE, TARIFF_2025_01, Tariff
from ..domain.coverage import (
    DEFAULT_CALL_TIME,
    AssetFacts,
    BenefitUse,
    ContractFacts,
    CoverageCase,
    CoverageResult,
    Decision,
    Incident,
    IncidentKind,
    OptionFacts,
    assess,
    check_case,
    to_desk_time,
)
from ..domain.enums import CONTRACT_KIND_LABELS
from ..domain.errors import FieldProblem, ValidationError
from ..domain.money import format_eur

_CONTEXT = "CoveragePanel"

# Marked for lupdate (QT_TRANSLATE_NOOP), translated when shown.
_INCIDENT_TEXT: dict[IncidentKind, str] = {
    IncidentKind.FAULT: QT_TRANSLATE_NOOP("CoveragePanel", "Panne"),
    IncidentKind.DAMAGE: QT_TRANSLATE_NOOP("CoveragePanel", "Dommage"),
    IncidentKind.LOSS: QT_TRANSLATE_NOOP("CoveragePanel", "Perte"),
    IncidentKind.THEFT: QT_TRANSLATE_NOOP("CoveragePanel", "Vol"),
    IncidentKind.DESTRUCTION: QT_TRANSLATE_NOOP("CoveragePanel", "Destruction"),
    IncidentKind.NON_RETURN: QT_TRANSLATE_NOOP("CoveragePanel", "Non-restitution (fin de location)"),
    IncidentKind.BATTERY_REQUEST: QT_TRANSLATE_NOOP("CoveragePanel", "Batterie (demande de remplacement)"),
    IncidentKind.ACCESSORY_FAULT: QT_TRANSLATE_NOOP("CoveragePanel", "Accessoire en panne"),
}

_DECISION_TEXT: dict[Decision, str] = {
    Decision.COVERED_WARRANTY: QT_TRANSLATE_NOOP("CoveragePanel", "Pris en charge : garantie constructeur"),
    Decision.COVERED_EXCHANGE: QT_TRANSLATE_NOOP("CoveragePanel", "Pris en charge : échange standard"),
    Decision.COVERED_SERENITE: QT_TRANSLATE_NOOP("CoveragePanel", "Pris en charge : dommage couvert par SERENITE"),
    Decision.FREE_BATTERY: QT_TRANSLATE_NOOP("CoveragePanel", "Batterie offerte (SERENITE)"),
    Decision.BILLED_UNJUSTIFIED: QT_TRANSLATE_NOOP("CoveragePanel", "Facturé : échange injustifié"),
    Decision.BILLED_REPAIR: QT_TRANSLATE_NOOP("CoveragePanel", "Facturé : analyse et réparation"),
    Decision.BILLED_ANALYSIS: QT_TRANSLATE_NOOP("CoveragePanel", "Facturé : analyse seule"),
    Decision.BILLED_REPAIR_NO_QUOTE: QT_TRANSLATE_NOOP("CoveragePanel", "Facturé : réparation sans devis"),
    Decision.BILLED_REPLACEMENT: QT_TRANSLATE_NOOP("CoveragePanel", "Facturé : prix de remplacement"),
    Decision.AWAITING_RETURN: QT_TRANSLATE_NOOP("CoveragePanel", "Retour du matériel attendu"),
    Decision.NOT_COVERED: QT_TRANSLATE_NOOP("CoveragePanel", "Non pris en charge"),
}

_CHARGE_TEXT: dict[str, str] = {
    "ANALYSIS": QT_TRANSLATE_NOOP("CoveragePanel", "Analyse et tests du matériel"),
    "OTHER_SERVICE": QT_TRANSLATE_NOOP("CoveragePanel", "Frais autre prestation"),
    "REPAIR_MOVE5000": QT_TRANSLATE_NOOP("CoveragePanel", "Forfait réparation terminaux MOVE/5000"),
    "REPAIR_OTHER_TPE": QT_TRANSLATE_NOOP("CoveragePanel", "Forfait réparation autres terminaux"),
    "REPAIR_SOCLE": QT_TRANSLATE_NOOP("CoveragePanel", "Forfait réparation socles"),
}

# Which questions make sense for which incident (the others are greyed out).
_FAULT_LIKE = {IncidentKind.FAULT, IncidentKind.DAMAGE}
_USES_EXCLUSIONS = {IncidentKind.FAULT, IncidentKind.DAMAGE, IncidentKind.ACCESSORY_FAULT}
_USES_DEFECT = {IncidentKind.FAULT, IncidentKind.ACCESSORY_FAULT}
_USES_CONFIRMED = {IncidentKind.FAULT, IncidentKind.DAMAGE, IncidentKind.ACCESSORY_FAULT}

#: The field the accessory's reception day is checked as (check_case names it the same way).
ACCESSORY_FIELD = "incident.accessory_received_on"
REPORTED_FIELD = "incident.reported_at"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class CoveragePanel(QWidget):
    """Incident questions on the left, the decision and its reasons on the right."""

    #: Emitted with the new :class:`CoverageResult` (or None when the facts are incomplete
    #: or refused) each time the decision shown changes.
    decision_changed = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        tariffs: Sequence[Tariff] = (TARIFF_2025_01,),
        alsace_moselle: bool = False,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coveragePanel")
        self.setWindowTitle(self.tr("Prise en charge"))
        self._tariffs = tuple(tariffs)
        self._alsace_moselle = alsace_moselle
        self._clock = clock
        self._asset: AssetFacts | None = None
        self._contract: ContractFacts | None = None
        self._options: tuple[OptionFacts, ...] = ()
        self._history: tuple[BenefitUse, ...] = ()
        self._today: date = clock().date()
        self._result: CoverageResult | None = None
        self._problems: list[FieldProblem] = []
        self._updating = False
        self._build()
        self._refresh()

    # ------------------------------------------------------------------ layout

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """Side by side when the sheet is wide enough, else the decision above the questions
        (one column: the sheet never pushes the device list's columns out of sight)."""
        boxes = [self._outer.itemAt(i).widget() for i in range(self._outer.count())]
        wide = sum(b.minimumSizeHint().width() for b in boxes if b is not None) + self._outer.spacing() + 24
        direction = QBoxLayout.Direction.LeftToRight if event.size().width() >= wide else QBoxLayout.Direction.BottomToTop
        if self._outer.direction() != direction:
            self._outer.setDirection(direction)
        super().resizeEvent(event)

    def _build(self) -> None:
        outer = self._outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)

        questions = QGroupBox(self.tr("Incident"), self)
        form = QFormLayout(questions)
        self.facts_label = QLabel(questions)
        self.facts_label.setObjectName("factsLabel")
        self.facts_label.setWordWrap(True)
        form.addRow(self.facts_label)

        self.kind_combo = QComboBox(questions)
        self.kind_combo.setObjectName("kindCombo")
        for kind in IncidentKind:
            self.kind_combo.addItem(_tr(_INCIDENT_TEXT[kind]), kind.value)
        kind_label = QLabel(self.tr("&Incident :"), questions)
        kind_label.setBuddy(self.kind_combo)
        form.addRow(kind_label, self.kind_combo)

        # Typed, read strictly, like the accessory's day below.
        self.reported_edit = DateTimeLineEdit(questions, field=REPORTED_FIELD)
        self.reported_edit.setObjectName("reportedEdit")
        reported_label = QLabel(self.tr("&Appel reçu le :"), questions)
        reported_label.setBuddy(self.reported_edit)
        form.addRow(reported_label, self.reported_edit)

        self.exclusions_list = QListWidget(questions)
        self.exclusions_list.setObjectName("exclusionsList")
        for exclusion in EXCLUSIONS:
            text = QCoreApplication.translate("Exclusion", exclusion.label)
            if exclusion.is_damage:
                text = self.tr("%1 (dommage)").replace("%1", text)
            item = QListWidgetItem(text, self.exclusions_list)
            item.setData(Qt.ItemDataRole.UserRole, exclusion.code)
            item.setToolTip(exclusion.code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        exclusions_label = QLabel(self.tr("&Exclusions constatées (Espace pour cocher) :"), questions)
        exclusions_label.setBuddy(self.exclusions_list)
        form.addRow(exclusions_label)
        form.addRow(self.exclusions_list)

        self.confirmed_check = QCheckBox(self.tr("Panne &confirmée ?"), questions)
        self.confirmed_check.setObjectName("confirmedCheck")
        self.confirmed_check.setToolTip(
            self.tr("Décochée : questionnaire refusé, réponses inexactes ou aucune panne réelle (R-47)")
        )
        self.defect_check = QCheckBox(self.tr("Défaut de &fabrication ?"), questions)
        self.defect_check.setObjectName("defectCheck")
        self.repairable_check = QCheckBox(self.tr("&Réparable ?"), questions)
        self.repairable_check.setObjectName("repairableCheck")
        self.quote_check = QCheckBox(self.tr("&Devis accepté (bon pour accord) ?"), questions)
        self.quote_check.setObjectName("quoteCheck")
        self.predates_check = QCheckBox(self.tr("Panne antérieure à l'&option ?"), questions)
        self.predates_check.setObjectName("predatesCheck")
        self.predates_check.setToolTip(self.tr("Réparation facturée au tarif sans devis (R-48)"))
        for box in (
            self.confirmed_check,
            self.defect_check,
            self.repairable_check,
            self.quote_check,
            self.predates_check,
        ):
            form.addRow(box)

        # Typed, read strictly: never a QDateEdit, which turns 31/02 into another day.
        self.accessory_edit = DateLineEdit(questions, field=ACCESSORY_FIELD)
        self.accessory_edit.setObjectName("accessoryEdit")
        accessory_label = QLabel(self.tr("Accessoire re&çu le :"), questions)
        accessory_label.setBuddy(self.accessory_edit)
        form.addRow(accessory_label, self.accessory_edit)
        outer.addWidget(questions, 1)

        answer = QGroupBox(self.tr("Prise en charge"), self)
        column = QVBoxLayout(answer)
        self.decision_label = QLabel(answer)
        self.decision_label.setObjectName("decisionLabel")
        font = self.decision_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.decision_label.setFont(font)
        self.decision_label.setWordWrap(True)
        self.charges_label = QLabel(answer)
        self.charges_label.setObjectName("chargesLabel")
        self.charges_label.setTextFormat(Qt.TextFormat.PlainText)
        self.total_ht_label = QLabel(answer)
        self.total_ht_label.setObjectName("totalHtLabel")
        self.total_ttc_label = QLabel(answer)
        self.total_ttc_label.setObjectName("totalTtcLabel")
        self.deadline_label = QLabel(answer)
        self.deadline_label.setObjectName("deadlineLabel")
        self.why_label = QLabel(answer)
        self.why_label.setObjectName("whyLabel")
        self.why_label.setWordWrap(True)
        self.why_label.setTextFormat(Qt.TextFormat.PlainText)
        self.why_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.why_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.problems_label = QLabel(answer)
        self.problems_label.setObjectName("problemsLabel")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setStyleSheet("color: #b00020;")
        for widget in (
            self.decision_label,
            self.charges_label,
            self.total_ht_label,
            self.total_ttc_label,
            self.deadline_label,
            self.why_label,
            self.problems_label,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        outer.addWidget(answer, 1)

        self._reset_questions()

        self.kind_combo.currentIndexChanged.connect(self._on_input_changed)
        self.reported_edit.textChanged.connect(self._on_input_changed)
        self.exclusions_list.itemChanged.connect(self._on_input_changed)
        for box in (
            self.confirmed_check,
            self.defect_check,
            self.repairable_check,
            self.quote_check,
            self.predates_check,
        ):
            box.toggled.connect(self._on_input_changed)
        # Every keystroke: an impossible date must take the decision away, not leave the last one.
        self.accessory_edit.textChanged.connect(self._on_input_changed)

    def _reset_questions(self) -> None:
        """The CLI's defaults (COVERAGE_CLI.md): confirmed, repairable, quote accepted."""
        self._updating = True
        try:
            self.confirmed_check.setChecked(True)
            self.defect_check.setChecked(False)
            self.repairable_check.setChecked(True)
            self.quote_check.setChecked(True)
            self.predates_check.setChecked(False)
            for row in range(self.exclusions_list.count()):
                self.exclusions_list.item(row).setCheckState(Qt.CheckState.Unchecked)
            self.accessory_edit.setDate(to_qdate(self._today))
            self.reported_edit.setDateTime(datetime.combine(self._today, DEFAULT_CALL_TIME))
        finally:
            self._updating = False

    # ------------------------------------------------------------------ public API

    def set_pricing(self, tariffs: Sequence[Tariff], alsace_moselle: bool) -> None:
        """The stored tariff versions and the Alsace-Moselle setting (R-01) of this desk."""
        if tuple(tariffs):
            self._tariffs = tuple(tariffs)
        self._alsace_moselle = alsace_moselle

    def set_facts(
        self,
        asset: AssetFacts,
        contract: ContractFacts,
        options: Sequence[OptionFacts] = (),
        history: Sequence[BenefitUse] = (),
        *,
        today: date | None = None,
    ) -> None:
        """The asset's facts, as the store knows them. ``today`` defaults to the clock's
        day; the call time then defaults to now (else to 09:00, as the CLI does)."""
        self._asset = asset
        self._contract = contract
        self._options = tuple(options)
        self._history = tuple(history)
        now = self._clock()
        self._today = today if today is not None else now.date()
        self._updating = True
        try:
            # R-46 Decision: the call time is the desk's (Europe/Paris), whatever the station's zone.
            call = to_desk_time(now) if today is None else datetime.combine(self._today, DEFAULT_CALL_TIME)
            self.reported_edit.setDateTime(call)
            self.accessory_edit.setDate(to_qdate(self._today))
        finally:
            self._updating = False
        self._refresh()

    def set_incident(self, incident: Incident) -> None:
        """Fill the questions from an incident (e.g. a ticket being reopened)."""
        self._updating = True
        try:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(incident.kind.value))
            reported = incident.reported_at or datetime.combine(self._today, DEFAULT_CALL_TIME)
            self.reported_edit.setDateTime(reported)
            codes = set(incident.exclusions)
            for row in range(self.exclusions_list.count()):
                item = self.exclusions_list.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in codes
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.confirmed_check.setChecked(incident.fault_confirmed)
            self.defect_check.setChecked(incident.manufacturing_defect)
            self.repairable_check.setChecked(incident.repairable)
            self.quote_check.setChecked(incident.quote_accepted)
            self.predates_check.setChecked(incident.predates_option)
            if incident.accessory_received_on is not None:
                self.accessory_edit.setDate(to_qdate(incident.accessory_received_on))
        finally:
            self._updating = False
        self._refresh()

    def incident(self) -> Incident:
        """The incident as answered in the panel."""
        kind = self.current_kind()
        exclusions = tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.exclusions_list.item(row) for row in range(self.exclusions_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
        if kind not in _USES_EXCLUSIONS:
            exclusions = ()
        return Incident(
            kind=kind,
            reported_at=self.reported_moment() if kind in _FAULT_LIKE else None,  # None: today 09:00 (unread)
            fault_confirmed=self.confirmed_check.isChecked() if kind in _USES_CONFIRMED else True,
            manufacturing_defect=self.defect_check.isChecked() if kind in _USES_DEFECT else False,
            exclusions=exclusions,
            repairable=self.repairable_check.isChecked() if kind in _FAULT_LIKE else True,
            predates_option=self.predates_check.isChecked() if kind in _FAULT_LIKE else False,
            quote_accepted=self.quote_check.isChecked() if kind in _FAULT_LIKE else True,
            accessory_received_on=self.accessory_day() if kind is IncidentKind.ACCESSORY_FAULT else None,
        )

    def accessory_day(self) -> date | None:
        """The accessory's reception day as typed (None: left empty, which check_case refuses
        for an accessory fault). A date that does not exist (31/02/2026) or unreadable text is
        a ValidationError naming the field (R-90): it is never changed into another day."""
        return _named(self.tr("« Accessoire reçu le »"),
                      lambda: parse_date_fr(self.accessory_edit.text(), ACCESSORY_FIELD))

    def reported_moment(self) -> datetime:
        """The call's day and time as typed; ValidationError naming the field (R-90) for a
        date or time that does not exist, never changed into another one."""
        return _named(self.tr("« Appel reçu le »"), self.reported_edit.value)

    def typed_problems(self) -> list[FieldProblem]:
        """What is refused in the questions as typed (the call's moment, the accessory's
        reception day), before any decision: with one of them, nothing is assessed. A greyed
        field is not read."""
        problems: list[FieldProblem] = []
        kind = self.current_kind()
        checks = []
        if kind in _FAULT_LIKE:
            checks.append(self.reported_moment)
        if kind is IncidentKind.ACCESSORY_FAULT:
            checks.append(self.accessory_day)
        for check in checks:
            try:
                check()
            except ValidationError as exc:
                problems.extend(exc.problems)
        return problems

    def current_kind(self) -> IncidentKind:
        return IncidentKind(str(self.kind_combo.currentData()))

    def case(self) -> CoverageCase | None:
        """The case the panel decides on; None without facts. ValidationError (R-90) when a
        typed date does not exist (see :meth:`typed_problems`)."""
        if self._asset is None or self._contract is None:
            return None
        return CoverageCase(
            today=self._today,
            asset=self._asset,
            contract=self._contract,
            options=self._options,
            history=self._history,
            incident=self.incident(),
        )

    def result(self) -> CoverageResult | None:
        """The decision shown, or None when the facts are missing or refused."""
        return self._result

    def problems(self) -> list[FieldProblem]:
        return list(self._problems)

    # ------------------------------------------------------------------ slots

    def _on_input_changed(self, *_args: object) -> None:
        if not self._updating:
            self._refresh()

    def _refresh(self) -> None:
        kind = self.current_kind()
        self.exclusions_list.setEnabled(kind in _USES_EXCLUSIONS)
        self.confirmed_check.setEnabled(kind in _USES_CONFIRMED)
        self.defect_check.setEnabled(kind in _USES_DEFECT)
        for box in (self.repairable_check, self.quote_check):
            box.setEnabled(kind in _FAULT_LIKE)
        # R-48 Decision: "predates the option" needs an option subscribed.
        self.predates_check.setEnabled(kind in _FAULT_LIKE and bool(self._options))
        if not self._options and self.predates_check.isChecked():
            self._updating = True
            try:
                self.predates_check.setChecked(False)
            finally:
                self._updating = False
        self.reported_edit.setEnabled(kind in _FAULT_LIKE)
        self.accessory_edit.setEnabled(kind is IncidentKind.ACCESSORY_FAULT)

        self._show_facts()
        result: CoverageResult | None = None
        problems: list[FieldProblem] = self.typed_problems()
        case = None if problems else self.case()
        if case is not None:
            problems = check_case(case)
            if not problems:
                try:
                    result = assess(case, self._tariffs, alsace_moselle=self._alsace_moselle)
                except ValidationError as exc:  # pragma: no cover - check_case found none
                    problems = exc.problems
        self._problems = problems
        self._show(result, problems, has_facts=self._asset is not None and self._contract is not None)
        if result != self._result:
            self._result = result
            self.decision_changed.emit(result)

    # ------------------------------------------------------------------ display

    def _show_facts(self) -> None:
        if self._asset is None or self._contract is None:
            self.facts_label.setText(self.tr("Aucun matériel choisi."))
            return
        model = MODELS_BY_CODE.get(self._asset.model)
        model_text = model.label if model is not None else self._asset.model
        kind_text = QCoreApplication.translate("ContractKind", CONTRACT_KIND_LABELS[self._contract.kind])
        self.facts_label.setText(
            self.tr("%1 — %2 signé(e) le %3 — examen du %4")
            .replace("%1", model_text)
            .replace("%2", kind_text)
            .replace("%3", format_date_fr(self._contract.signed_on))
            .replace("%4", format_date_fr(self._today))
        )

    def _show(self, result: CoverageResult | None, problems: list[FieldProblem], *, has_facts: bool) -> None:
        if result is None:
            self.decision_label.setText(
                self.tr("Données refusées") if problems else self.tr("Choisissez un matériel")
            )
            for label in (self.charges_label, self.total_ht_label, self.total_ttc_label, self.deadline_label):
                label.clear()
            self.why_label.clear()
            self.problems_label.setText("\n".join(str(p) for p in problems))
            self.problems_label.setVisible(bool(problems))
            return
        self.problems_label.clear()
        self.problems_label.setVisible(False)
        self.decision_label.setText(_tr(_DECISION_TEXT[result.decision]))
        if result.charges:
            lines = []
            for charge in result.charges:
                label = _CHARGE_TEXT.get(charge.code)
                if label is not None:
                    text = _tr(label)
                else:  # a replacement: the line is the model itself
                    model = MODELS_BY_CODE.get(charge.code)
                    text = self.tr("Remplacement %1").replace("%1", model.label if model else charge.code)
                lines.append(f"{text} : {format_eur(charge.amount_ht)} HT")
            self.charges_label.setText("\n".join(lines))
        else:
            self.charges_label.setText(self.tr("Aucun frais"))
        self.total_ht_label.setText(self.tr("Total HT : %1").replace("%1", format_eur(result.total_ht)))
        self.total_ttc_label.setText(self.tr("Total TTC : %1").replace("%1", format_eur(result.total_ttc, 2)))
        if result.deadline is not None:
            deadline_text = (
                self.tr("Échéance de retour : %1")
                if result.decision in (Decision.AWAITING_RETURN, Decision.BILLED_REPLACEMENT)
                else self.tr("Livraison de l'appareil d'échange au plus tard le %1")
            )
            self.deadline_label.setText(deadline_text.replace("%1", format_date_fr(result.deadline)))
        else:
            self.deadline_label.setText(self.tr("Pas d'échéance"))
        self.why_label.setText(result.why)


_T = TypeVar("_T")


def _named(label: str, read: Callable[[], _T]) -> _T:
    """``read()``, its refusals prefixed with the field's label as the panel shows it."""
    try:
        return read()
    except ValidationError as exc:
        raise ValidationError(
            [FieldProblem(p.field, f"{label} : {p.message}", p.rule) for p in exc.problems]
        ) from None
