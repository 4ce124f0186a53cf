"""Bad input, each refused with a clear French message and nothing changed: a damaged database
file at open, a label scan of random bytes, an absurdly long field. (A truncated backup:
tests/test_trust_backup.py; an export with a missing column or wrong types:
tests/test_trust_exchange.py.)"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from sav_desktop.cli import main
from sav_desktop.domain.errors import ValidationError
from sav_desktop.domain.records import AssetInput
from sav_desktop.services.desk import Desk
from sav_desktop.store.db import DatabaseOpenError, open_database

from .conftest import customer_input


@pytest.mark.parametrize("damage", ["not_sqlite", "bad_pages", "header_only"])
def test_damaged_database_file_is_refused_in_french(tmp_path: Path, damage: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sav.sqlite3"
    if damage == "not_sqlite":
        path.write_bytes(b"PK\x03\x04 ceci est un zip" + bytes(range(256)) * 20)
    else:
        db = open_database(f"sqlite:///{path}")
        Desk.trusted(db, "Marie").create_customer(customer_input())
        db.dispose()
        data = bytearray(path.read_bytes())
        if damage == "bad_pages":
            data[100:4096] = random.Random(1).randbytes(4096 - 100)
        else:
            data = data[:100]
        path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as info:
        open_database(f"sqlite:///{path}")
    assert "restaurez" in str(info.value) or "n'est pas une base" in str(info.value)
    assert main(["--database", str(path), "export", "--out", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("erreur : ") and ("endommagée" in err or "n'est pas une base" in err)
    assert "Traceback" not in err
    assert path.read_bytes() == before and not (tmp_path / "x").exists()


def _random_scans() -> list[str]:
    rng = random.Random(2026)
    scans = [rng.randbytes(n).decode("latin-1") for n in (1, 7, 40, 300, 5000)]
    scans += [rng.randbytes(64).decode("utf-8", errors="replace"), "\x00" * 10, "SAV|\x00|\x00", "", " \t\n",
              "🙂" * 50, "A" * 100_000]
    return scans


def test_scan_of_random_bytes_finds_nothing_and_writes_nothing(desk: Desk) -> None:
    ref = desk.register_asset(AssetInput("PCSC_READER", "DSC000123"))
    count = desk.count_assets()
    for text in _random_scans():
        assert desk.find_by_scan(text) is None, repr(text[:40])
    assert desk.find_by_scan(ref.asset_tag) == ref.id and desk.count_assets() == count


def test_main_window_copes_with_a_random_scan(qtbot, sqlite_desk: Desk) -> None:  # type: ignore[no-untyped-def]
    from sav_desktop.ui.main_window import MainWindow

    window = MainWindow(sqlite_desk)
    qtbot.addWidget(window)
    for text in _random_scans():
        assert window.open_scan(text, quiet=True) is False


@pytest.mark.parametrize("field", ["practice_name", "address", "city", "notes", "email", "phone"])
def test_absurdly_long_customer_field_is_refused(desk: Desk, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        desk.create_customer(customer_input(**{field: "x" * 100_000}))
    assert any(p.field.endswith(field) for p in info.value.problems), info.value
    assert desk.find_customers("x" * 10) == []


def test_absurdly_long_device_serial_and_ticket_problem(desk: Desk) -> None:
    with pytest.raises(ValidationError):
        desk.register_asset(AssetInput("PCSC_READER", "S" * 100_000))
    assert desk.count_assets() == 0
