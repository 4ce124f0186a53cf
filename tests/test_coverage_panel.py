"""The "Prise en charge" panel shows what the CLI decides, for the same facts."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sav_desktop.cli import main
from sav_desktop.domain.coverage import (
    AssetFacts,
    ContractFacts,
    Decision,
    Incident,
    IncidentKind,
    OptionFacts,
    parse_case,
)
from sav_desktop.domain.enums import ContractKind, OptionName
from sav_desktop.ui.coverage_panel import CoveragePanel
from tests.test_coverage_cli import SCENARIOS  # ../shared found from a worktree too

# The offscreen platform says it cannot propagate size hints when a window is shown.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]


EXTRA_CASES: list[dict[str, Any]] = [
    {
        "today": "2025-06-06",
        "asset": {"model": "IWL250", "in_service_on": "2024-01-15"},
        "contract": {"kind": "sale", "signed_on": "2024-01-10"},
        "options": [{"name": "CONFORT", "subscribed_on": "2024-01-10"}],
        "incident": {"kind": "fault", "reported_at": "2025-06-06T10:15"},
    },
    {
        "today": "2025-06-10",
        "asset": {"model": "MOVE5000_4G", "in_service_on": "2022-01-03"},
        "contract": {"kind": "rental", "signed_on": "2022-01-03", "ended_on": "2025-05-14"},
        "incident": {"kind": "non_return"},
    },
    {
        "today": "2025-02-10",
        "asset": {"model": "NEO", "in_service_on": "2024-01-15"},
        "contract": {"kind": "sale", "signed_on": "2024-01-10"},
        "incident": {"kind": "accessory_fault", "accessory_received_on": "2025-01-31", "manufacturing_defect": True},
    },
    {
        "today": "2025-06-10",
        "asset": {"model": "TLT_TOUCH", "in_service_on": "2024-02-01"},
        "contract": {"kind": "rental", "signed_on": "2024-02-01"},
        "options": [{"name": "SERENITE", "subscribed_on": "2024-02-01"}],
        "history": [{"event": "serenite_battery_sent", "on": "2024-02-01"}],
        "incident": {"kind": "battery_request"},
    },
]


def all_cases() -> list[tuple[str, dict[str, Any]]]:
    cases = [
        (p.stem, json.loads(p.read_text(encoding="utf-8"))["case"]) for p in sorted(SCENARIOS.glob("*.json"))
    ] if SCENARIOS.is_dir() else []
    return cases + [(f"extra-{i}", c) for i, c in enumerate(EXTRA_CASES)]


def cli_output(case: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    assert main(["coverage", str(path)]) == 0
    out: dict[str, Any] = json.loads(capsys.readouterr().out)
    return out


def fixed_clock() -> datetime:
    return datetime(2025, 6, 10, 9, 0)


@pytest.fixture
def panel(qtbot: Any) -> CoveragePanel:
    widget = CoveragePanel(clock=fixed_clock)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.parametrize(("name", "case"), all_cases(), ids=[n for n, _ in all_cases()])
def test_panel_shows_the_cli_decision(
    name: str, case: dict[str, Any], panel: CoveragePanel, qtbot: Any, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    expected = cli_output(case, tmp_path, capsys)
    facts = parse_case(case)
    with qtbot.waitSignal(panel.decision_changed, timeout=2000):
        panel.set_facts(facts.asset, facts.contract, facts.options, facts.history, today=facts.today)
        panel.set_incident(facts.incident)
    result = panel.result()
    assert result is not None
    assert result.decision.value == expected["decision"]
    assert [{"code": c.code, "amount_ht": f"{c.amount_ht:f}"} for c in result.charges] == expected["charges"]
    assert f"{result.total_ttc:f}" == expected["total_ttc"]
    # and what the user reads
    ht = expected["total_ht"].replace(".", ",")
    ttc = expected["total_ttc"].replace(".", ",")
    assert panel.total_ht_label.text().replace("\u202f", "").startswith(f"Total HT : {ht}")
    assert panel.total_ttc_label.text().replace("\u202f", "") == f"Total TTC : {ttc}\u00a0€"
    assert panel.why_label.text() == expected["why"]
    if expected["deadline"]:
        day = date.fromisoformat(expected["deadline"])
        assert day.strftime("%d/%m/%Y") in panel.deadline_label.text()
    else:
        assert panel.deadline_label.text() == "Pas d'échéance"
    assert panel.decision_label.text()


def rental_move5000(panel: CoveragePanel, **kwargs: Any) -> None:
    panel.set_facts(
        AssetFacts("MOVE5000_4G", date(2024, 1, 15)),
        ContractFacts(ContractKind.RENTAL, date(2024, 3, 1)),
        [OptionFacts(OptionName.SERENITE, date(2024, 3, 1))],
        **kwargs,
    )


def test_keyboard_only_damage_then_not_repairable(panel: CoveragePanel, qtbot: Any) -> None:
    rental_move5000(panel, today=date(2025, 6, 10))
    assert panel.result() is not None and panel.result().decision is Decision.COVERED_EXCHANGE  # type: ignore[union-attr]
    assert "12/06/2025" in panel.deadline_label.text()  # 10/06 09:00 -> J+2

    # Choose "Dommage" in the combo with the keyboard.
    panel.kind_combo.setFocus()
    qtbot.keyClick(panel.kind_combo, Qt.Key.Key_Down)
    assert panel.current_kind() is IncidentKind.DAMAGE
    assert panel.result() is None  # a damage needs an exclusion code
    assert "incident.exclusions" in panel.problems_label.text()

    # Tick "Choc, chute..." (BREAKAGE) with Space in the exclusions list.
    codes = [panel.exclusions_list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(panel.exclusions_list.count())]
    panel.exclusions_list.setFocus()
    panel.exclusions_list.setCurrentRow(codes.index("BREAKAGE"))
    with qtbot.waitSignal(panel.decision_changed, timeout=2000) as blocker:
        qtbot.keyClick(panel.exclusions_list, Qt.Key.Key_Space)
    assert blocker.args[0].decision is Decision.COVERED_SERENITE
    assert panel.decision_label.text() == "Pris en charge : dommage couvert par SERENITE"
    assert panel.charges_label.text() == "Aucun frais"

    # "Réparable ?" unticked with its Alt mnemonic: SERENITE never covers it.
    with qtbot.waitSignal(panel.decision_changed, timeout=2000):
        qtbot.keyClick(panel, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert not panel.repairable_check.isChecked()
    assert panel.result().decision is Decision.BILLED_REPLACEMENT  # type: ignore[union-attr]
    assert "876,333\u00a0€ HT" in panel.charges_label.text()
    assert panel.total_ttc_label.text() == "Total TTC : 1\u202f051,60\u00a0€"


def test_unconfirmed_fault_is_billed_unjustified(panel: CoveragePanel, qtbot: Any) -> None:
    rental_move5000(panel, today=date(2025, 6, 10))
    with qtbot.waitSignal(panel.decision_changed, timeout=2000):
        panel.confirmed_check.setChecked(False)
    assert panel.decision_label.text() == "Facturé : échange injustifié"
    assert "Frais autre prestation : 87,083\u00a0€ HT" == panel.charges_label.text()
    assert panel.total_ttc_label.text() == "Total TTC : 104,50\u00a0€"


def test_questions_that_do_not_apply_are_greyed_out(panel: CoveragePanel) -> None:
    rental_move5000(panel, today=date(2025, 6, 10))
    panel.set_incident(Incident(IncidentKind.LOSS))
    assert not panel.exclusions_list.isEnabled()
    assert not panel.repairable_check.isEnabled()
    assert not panel.accessory_edit.isEnabled()
    panel.set_incident(Incident(IncidentKind.ACCESSORY_FAULT, accessory_received_on=date(2025, 6, 1)))
    assert panel.accessory_edit.isEnabled()
    assert panel.result().decision is Decision.NOT_COVERED  # type: ignore[union-attr]  # rented accessory (R-52)


def test_refused_history_is_shown_not_decided(panel: CoveragePanel) -> None:
    panel.set_facts(
        AssetFacts("NEO", date(2024, 1, 10)),
        ContractFacts(ContractKind.SALE, date(2024, 1, 10)),
        [OptionFacts(OptionName.CONFORT, date(2024, 4, 11))],  # one day too late
        today=date(2024, 6, 1),
    )
    assert panel.result() is None
    assert panel.decision_label.text() == "Données refusées"
    assert "options[0].subscribed_on" in panel.problems_label.text()
    assert "(R-40)" in panel.problems_label.text()


def test_without_facts_nothing_is_decided(panel: CoveragePanel) -> None:
    assert panel.result() is None
    assert panel.decision_label.text() == "Choisissez un matériel"


def test_today_defaults_to_the_clock_and_the_call_to_now(qtbot: Any) -> None:
    widget = CoveragePanel(clock=lambda: datetime(2025, 6, 6, 10, 45))
    qtbot.addWidget(widget)
    rental_move5000(widget)
    assert widget.result() is not None
    assert widget.result().deadline == date(2025, 6, 11)  # type: ignore[union-attr]  # Friday 10:45, Pentecôte


def test_R48_predates_option_needs_an_option(panel: CoveragePanel) -> None:
    """R-48 Decision: "predates the option" with no option subscribed is bad input; the
    question is greyed out until the device has an option."""
    panel.set_facts(AssetFacts("NEO", date(2024, 1, 10)), ContractFacts(ContractKind.SALE, date(2024, 1, 10)),
                    today=date(2025, 6, 10))
    assert not panel.predates_check.isEnabled() and not panel.predates_check.isChecked()
    assert panel.result() is not None
    panel.set_facts(AssetFacts("NEO", date(2024, 1, 10)), ContractFacts(ContractKind.SALE, date(2024, 1, 10)),
                    [OptionFacts(OptionName.SERENITE, date(2024, 1, 10))], today=date(2025, 6, 10))
    assert panel.predates_check.isEnabled()
    panel.set_incident(Incident(IncidentKind.DAMAGE, exclusions=("BREAKAGE",), predates_option=True))
    result = panel.result()
    assert result is not None and result.decision is Decision.BILLED_REPAIR_NO_QUOTE  # R-48 before R-44


def test_R46_call_time_default_is_paris_time(qtbot: Any) -> None:
    from datetime import timezone

    # 08:45 UTC on Friday 06/06/2025 is 10:45 in Paris: before 11:00, J = 06/06, J+2 = 11/06.
    widget = CoveragePanel(clock=lambda: datetime(2025, 6, 6, 8, 45, tzinfo=timezone.utc))
    qtbot.addWidget(widget)
    rental_move5000(widget)
    assert widget.reported_edit.value().hour == 10
    assert widget.result().deadline == date(2025, 6, 11)  # type: ignore[union-attr]


def test_R90_an_impossible_accessory_date_is_refused_naming_the_field_and_nothing_is_decided(
    panel: CoveragePanel, qtbot: Any
) -> None:
    """R-90: 31/02/2026 typed in « Accessoire reçu le » is refused in French, naming the field,
    never turned into 28/02 or 03/03, and no decision is shown until it is corrected."""
    from PySide6.QtWidgets import QDateEdit

    from sav_desktop.ui.qdates import DateLineEdit

    assert isinstance(panel.accessory_edit, DateLineEdit) and not panel.findChildren(QDateEdit)
    panel.set_facts(AssetFacts("NEO", date(2024, 1, 15)), ContractFacts(ContractKind.SALE, date(2024, 1, 10)),
                    today=date(2026, 3, 16))
    panel.set_incident(Incident(IncidentKind.ACCESSORY_FAULT, manufacturing_defect=True,
                                accessory_received_on=date(2026, 1, 5)))
    decided = panel.result()
    assert decided is not None and panel.decision_label.text() != "Données refusées"
    assert panel.accessory_edit.isEnabled() and panel.accessory_edit.text() == "05/01/2026"

    emitted: list[object] = []
    panel.decision_changed.connect(emitted.append)
    panel.accessory_edit.setFocus()
    panel.accessory_edit.selectAll()
    qtbot.keyClick(panel.accessory_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(panel.accessory_edit, "31/02/2026")
    assert emitted and emitted[-1] is None  # the decision shown was taken away
    assert panel.accessory_edit.text() == "31/02/2026"  # what was typed stays, never corrected
    assert panel.result() is None
    assert panel.decision_label.text() == "Données refusées"
    text = panel.problems_label.text()
    assert panel.problems_label.isVisibleTo(panel)
    assert text.startswith("incident.accessory_received_on: « Accessoire reçu le » : "), text
    assert "le 31/02/2026 n'existe pas : date refusée" in text and text.endswith("(R-90)"), text
    assert "28/02/2026" not in text and "03/03/2026" not in text
    assert [p.rule for p in panel.problems()] == ["R-90"]
    for label in (panel.charges_label, panel.total_ht_label, panel.total_ttc_label, panel.deadline_label,
                  panel.why_label):
        assert label.text() == ""  # nothing computed

    # corrected: decided again, as for that day
    panel.accessory_edit.selectAll()
    qtbot.keyClick(panel.accessory_edit, Qt.Key.Key_Delete)
    with qtbot.waitSignal(panel.decision_changed, timeout=2000):
        qtbot.keyClicks(panel.accessory_edit, "05/01/2026")
    assert panel.result() == decided and panel.problems() == []
    assert not panel.problems_label.isVisibleTo(panel)


def test_R90_an_impossible_call_date_is_refused_naming_the_field_and_nothing_is_decided(
    panel: CoveragePanel, qtbot: Any
) -> None:
    """R-90: « Appel reçu le » is typed too (never a QDateTimeEdit, which turns 31/02 into
    another day): 31/02/2026 10:00 is refused naming the field, nothing is decided."""
    from PySide6.QtWidgets import QDateTimeEdit

    assert not panel.findChildren(QDateTimeEdit)
    rental_move5000(panel, today=date(2025, 6, 10))
    panel.set_incident(Incident(IncidentKind.FAULT, reported_at=datetime(2025, 6, 10, 10, 0)))
    decided = panel.result()
    assert decided is not None and panel.reported_edit.text() == "10/06/2025 10:00"

    panel.reported_edit.setFocus()
    panel.reported_edit.selectAll()
    qtbot.keyClick(panel.reported_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(panel.reported_edit, "31/02/2026 10:00")
    assert panel.reported_edit.text() == "31/02/2026 10:00"  # kept as typed
    assert panel.result() is None and panel.decision_label.text() == "Données refusées"
    text = panel.problems_label.text()
    assert text.startswith("incident.reported_at: « Appel reçu le » : "), text
    assert "le 31/02/2026 n'existe pas" in text and text.endswith("(R-90)"), text
    for label in (panel.charges_label, panel.total_ht_label, panel.deadline_label):
        assert label.text() == ""

    panel.reported_edit.selectAll()
    qtbot.keyClick(panel.reported_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(panel.reported_edit, "10/06/2025 10:00")
    assert panel.result() == decided and panel.problems() == []


def test_a_narrow_sheet_stacks_the_decision_above_the_questions(qtbot: Any) -> None:
    """On a narrow sheet the two boxes stack (decision first) instead of widening the sheet
    past the device list's columns; on a wide one they sit side by side."""
    from PySide6.QtWidgets import QGroupBox

    widget = CoveragePanel(clock=fixed_clock)
    qtbot.addWidget(widget)
    boxes = {b.title(): b for b in widget.findChildren(QGroupBox)}
    questions, answer = boxes["Incident"], boxes["Prise en charge"]
    widget.resize(500, 1200)
    widget.show()
    qtbot.waitUntil(lambda: answer.geometry().bottom() < questions.geometry().top(), timeout=2000)
    widget.resize(1300, 700)
    qtbot.waitUntil(lambda: questions.geometry().right() < answer.geometry().left(), timeout=2000)
    assert abs(questions.geometry().top() - answer.geometry().top()) < 5
