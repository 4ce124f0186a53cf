"""`sav-desktop coverage` end to end: the public scenarios, the output shape, the errors.

The scenarios live in ../shared/domain/scenarios beside the repository (COVERAGE_CLI.md).
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from sav_desktop.cli import main
from tests.support import need

def _scenarios_dir() -> Path:
    """../shared/domain/scenarios beside the repository (worktrees live one level deeper)."""
    here = Path(__file__).resolve()
    for parent in here.parents[1:4]:
        candidate = parent / "shared" / "domain" / "scenarios"
        if candidate.is_dir():
            return candidate
    return here.parents[2] / "shared" / "domain" / "scenarios"


SCENARIOS = _scenarios_dir()
REPO = Path(__file__).resolve().parents[1]


def scenario_files() -> list[Path]:
    return sorted(SCENARIOS.glob("*.json")) if SCENARIOS.is_dir() else []


def run_cli(capsys: pytest.CaptureFixture[str], case: object, tmp_path: Path, *extra: str) -> tuple[int, str, str]:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    code = main(["coverage", *extra, str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_scenarios_are_there() -> None:
    need(len(scenario_files()) >= 8, f"scenarios not found in {SCENARIOS}")


@pytest.mark.parametrize("path", scenario_files(), ids=lambda p: p.stem)
def test_scenario(path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    scenario = json.loads(path.read_text(encoding="utf-8"))
    code, out, err = run_cli(capsys, scenario["case"], tmp_path)
    assert code == 0, err
    assert err == ""
    data = json.loads(out)
    expected = scenario["expected"]
    for key in ("decision", "charges", "total_ht", "total_ttc", "deadline"):
        assert data[key] == expected[key], key


def test_output_keys_in_documented_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    case = {
        "today": "2025-06-10",
        "asset": {"model": "NEO", "in_service_on": "2024-01-01"},
        "contract": {"kind": "sale", "signed_on": "2024-01-01"},
        "incident": {"kind": "fault"},
    }
    code, out, err = run_cli(capsys, case, tmp_path)
    assert code == 0 and err == ""
    data = json.loads(out)
    assert list(data) == ["decision", "charges", "total_ht", "total_ttc", "deadline", "rules", "why"]
    assert data["decision"] == "BILLED_REPAIR"
    assert isinstance(data["why"], str) and data["why"]
    assert data["rules"] and all(rule.startswith("R-") for rule in data["rules"])


def test_why_cites_dates_in_french_format(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    case = {
        "today": "2024-05-10",
        "asset": {"model": "TLT_TOUCH", "in_service_on": "2024-01-15"},
        "contract": {"kind": "sale", "signed_on": "2024-01-10"},
        "options": [{"name": "ECHANGE_STANDARD", "subscribed_on": "2024-03-20"}],
        "incident": {"kind": "fault"},
    }
    code, out, _ = run_cli(capsys, case, tmp_path)
    data = json.loads(out)
    assert code == 0
    assert data["decision"] == "BILLED_REPAIR"
    assert "09/01/2025" in data["why"]  # end of warranty
    assert "20/06/2024" in data["why"]  # end of carence
    assert "R-42" in data["rules"]


def test_reads_standard_input_and_prints_utf8_json() -> None:
    case = {
        "today": "2025-06-06",
        "asset": {"model": "VITALACT_3S", "in_service_on": "2024-01-15"},
        "contract": {"kind": "rental", "signed_on": "2024-03-01"},
        "incident": {"kind": "fault", "reported_at": "2025-06-06T10:00"},
    }
    result = subprocess.run(
        [sys.executable, "-m", "sav_desktop", "coverage", "-"],
        input=json.dumps(case),
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["decision"] == "COVERED_EXCHANGE"
    assert data["deadline"] == "2025-06-11"  # Lundi de Pentecôte not counted
    assert "09/06 est le lundi de Pentecôte" in data["why"]


def test_alsace_moselle_setting_moves_the_exchange_deadline(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    case = {
        "today": "2025-04-17",
        "asset": {"model": "VITALACT_3S", "in_service_on": "2024-01-15"},
        "contract": {"kind": "rental", "signed_on": "2024-03-01"},
        "incident": {"kind": "fault", "reported_at": "2025-04-17T10:00"},
    }
    _, out, _ = run_cli(capsys, case, tmp_path)
    assert json.loads(out)["deadline"] == "2025-04-22"
    _, out, _ = run_cli(capsys, case, tmp_path, "--alsace-moselle")
    assert json.loads(out)["deadline"] == "2025-04-23"  # Vendredi saint is a holiday there


def test_amounts_are_exact_strings(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    case = {
        "today": "2025-06-10",
        "asset": {"model": "MOVE5000_4G", "in_service_on": "2024-03-01"},
        "contract": {"kind": "rental", "signed_on": "2024-03-01"},
        "incident": {"kind": "theft"},
    }
    _, out, _ = run_cli(capsys, case, tmp_path)
    data = json.loads(out, parse_float=Decimal)
    assert data["charges"] == [{"code": "MOVE5000_4G", "amount_ht": "876.333"}]
    assert data["total_ht"] == "876.333" and data["total_ttc"] == "1051.60"


# ------------------------------------------------------------------ bad input: exit 2


def base_case(**changes: Any) -> dict[str, Any]:
    case: dict[str, Any] = {
        "today": "2025-06-10",
        "asset": {"model": "MOVE5000_4G", "in_service_on": "2023-03-01"},
        "contract": {"kind": "sale", "signed_on": "2024-01-10", "delivered_on": "2024-01-15", "ended_on": None},
        "options": [],
        "history": [],
        "incident": {"kind": "fault"},
    }
    case.update(changes)
    return case


ERROR_CASES: list[tuple[str, dict[str, Any], list[tuple[str, str | None]]]] = [
    ("unknown-field", base_case(colour="red"), [("colour", None)]),
    (
        "unknown-incident-field",
        base_case(incident={"kind": "fault", "severity": 3}),
        [("incident.severity", None)],
    ),
    ("unknown-model", base_case(asset={"model": "IPHONE", "in_service_on": "2023-03-01"}), [("asset.model", None)]),
    ("unknown-incident-kind", base_case(incident={"kind": "flood"}), [("incident.kind", None)]),
    (
        "unknown-exclusion-code",
        base_case(incident={"kind": "damage", "exclusions": ["BREAKAGE", "ALIENS"]}),
        [("incident.exclusions[1]", "R-30")],
    ),
    (
        "unknown-option",
        base_case(options=[{"name": "PLATINUM", "subscribed_on": "2024-01-10"}]),
        [("options[0].name", None)],
    ),
    ("missing-today", {k: v for k, v in base_case().items() if k != "today"}, [("today", None)]),
    (
        "missing-signed_on",
        base_case(contract={"kind": "sale", "delivered_on": "2024-01-15"}),
        [("contract.signed_on", None)],
    ),
    (
        "missing-subscribed_on",
        base_case(options=[{"name": "CONFORT"}]),
        [("options[0].subscribed_on", None)],
    ),
    ("malformed-date", base_case(today="10/06/2025"), [("today", None)]),
    ("impossible-date", base_case(today="2025-02-29"), [("today", None)]),
    (
        "R-40-option-subscribed-after-3-months",
        base_case(
            options=[
                {"name": "SERENITE", "subscribed_on": "2024-01-10"},
                {"name": "CONFORT", "subscribed_on": "2024-04-11"},
            ]
        ),
        [("options[1].subscribed_on", "R-40")],
    ),
    (
        "R-40-option-before-purchase",
        base_case(options=[{"name": "CONFORT", "subscribed_on": "2024-01-09"}]),
        [("options[0].subscribed_on", "R-40")],
    ),
    (
        "R-41-serenite-after-12-months",
        base_case(
            contract={"kind": "rental", "signed_on": "2024-03-01"},
            options=[{"name": "SERENITE", "subscribed_on": "2025-03-02"}],
        ),
        [("options[0].subscribed_on", "R-41")],
    ),
    (
        "R-41-other-option-on-rental",
        base_case(
            contract={"kind": "rental", "signed_on": "2024-03-01"},
            options=[{"name": "ECHANGE_STANDARD", "subscribed_on": "2024-03-01"}],
        ),
        [("options[0].name", "R-41")],
    ),
    (
        "R-43-resubscribed-after-termination",
        base_case(
            options=[
                {"name": "ECHANGE_STANDARD", "subscribed_on": "2024-01-10", "terminated_on": "2024-02-01"},
                {"name": "SERENITE", "subscribed_on": "2024-03-01"},
            ]
        ),
        [("options[1].subscribed_on", "R-43")],
    ),
    (
        "R-43-rental-serenite-again",
        base_case(
            contract={"kind": "rental", "signed_on": "2024-03-01"},
            options=[
                {"name": "SERENITE", "subscribed_on": "2024-03-01", "terminated_on": "2024-06-01"},
                {"name": "SERENITE", "subscribed_on": "2024-06-01"},
            ],
        ),
        [("options[1].subscribed_on", "R-43")],
    ),
    (
        "damage-without-exclusion",
        base_case(incident={"kind": "damage"}),
        [("incident.exclusions", "R-30")],
    ),
    ("R-51-non_return-on-sale", base_case(incident={"kind": "non_return"}), [("incident.kind", "R-51")]),
    (
        "R-51-non_return-without-ended_on",
        base_case(contract={"kind": "rental", "signed_on": "2024-03-01", "ended_on": None},
                  incident={"kind": "non_return"}),
        [("contract.ended_on", "R-51")],
    ),
    (
        "R-13-accessory-without-receipt-date",
        base_case(incident={"kind": "accessory_fault", "manufacturing_defect": True}),
        [("incident.accessory_received_on", "R-13")],
    ),
    ("wrong-type-boolean", base_case(incident={"kind": "fault", "repairable": "oui"}), [("incident.repairable", None)]),
]


@pytest.mark.parametrize(("case", "expected"), [c[1:] for c in ERROR_CASES], ids=[c[0] for c in ERROR_CASES])
def test_bad_input_exits_2_naming_field_and_rule(
    case: dict[str, Any],
    expected: list[tuple[str, str | None]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    code, out, err = run_cli(capsys, case, tmp_path)
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    for field, rule in expected:
        matching = [line for line in lines if line.startswith(f"erreur : {field}: ")]
        assert matching, (field, lines)
        if rule is not None:
            assert any(line.endswith(f"({rule})") for line in matching), (rule, matching)


def test_every_problem_is_reported_one_line_each(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    case = base_case(
        asset={"model": "FOO", "in_service_on": "2023-03-01"},
        options=[
            {"name": "SERENITE", "subscribed_on": "2024-02-01", "terminated_on": "2024-03-01"},
            {"name": "CONFORT", "subscribed_on": "2024-03-15"},
        ],
        incident={"kind": "damage", "exclusions": []},
    )
    code, out, err = run_cli(capsys, case, tmp_path)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("erreur : asset.model: ")
    assert any(line.startswith("erreur : options[1].subscribed_on: ") and line.endswith("(R-43)") for line in lines)
    assert any(line.startswith("erreur : incident.exclusions: ") and line.endswith("(R-30)") for line in lines)


def test_invalid_json_exits_2_with_a_french_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sav_desktop", "coverage", "-"],
        input='{"today": "2025-06-10",',
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("erreur : case: JSON invalide")
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code = main(["coverage", str(tmp_path / "absent.json")])
    _, err = capsys.readouterr()
    assert code == 2
    assert "fichier introuvable" in err
