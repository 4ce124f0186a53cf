"""Per-customer export (right of access): the customer's records, contracts, devices and their
timelines while on the customer's contracts; nothing of another customer; audited."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, update

from sav_desktop.cli import main
from sav_desktop.domain.enums import ContractKind
from sav_desktop.domain.records import AssetInput, ContractInput
from sav_desktop.services.desk import Desk
from sav_desktop.services.trust import export_customer
from sav_desktop.store.exchange import ExchangeError
from sav_desktop.store.models import Asset, AuditEntry, ContractLine

from .conftest import RENTAL_TERMS, customer_input, valid_iccid


def _rows(directory: Path, table: str) -> list[dict[str, object]]:
    return json.loads((directory / f"{table}.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


class StoryClock:
    def __init__(self) -> None:
        self.now = datetime(2025, 1, 2, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def two_customers(db) -> tuple[Desk, int, int, int, int]:  # type: ignore[no-untyped-def]
    """Device X rented to Bernard (Jan. 2025, returned in Feb.), then to Aline since March;
    each event recorded when it happened."""
    clock = StoryClock()
    desk = Desk.trusted(db, "Marie Lefort", clock)
    a = desk.create_customer(customer_input("Cabinet Aline Petit", 1))
    b = desk.create_customer(customer_input("Cabinet Bernard Roy", 2))
    x = desk.register_asset(AssetInput("MOVE5000_4G", "M5G000111", iccid=valid_iccid(1))).id
    y = desk.register_asset(AssetInput("PCSC_READER", "DSC000222")).id
    z = desk.register_asset(AssetInput("PCSC_READER", "DSC000333")).id
    cb = desk.create_contract(ContractInput(ContractKind.RENTAL, b, date(2025, 1, 2), (x, z), **RENTAL_TERMS))
    clock.now = datetime(2025, 1, 20, 9, 0, tzinfo=timezone.utc)
    desk.add_timeline_event(x, "note", "Panne signalée par Bernard")
    with desk.db.engine.begin() as conn:  # returned on 1 Feb. (the check-in itself is tested elsewhere)
        conn.execute(update(ContractLine).where(ContractLine.contract_id == cb, ContractLine.asset_id == x)
                     .values(removed_on=date(2025, 2, 1)))
        conn.execute(update(Asset).where(Asset.id == x).values(status="IN_STOCK"))
    clock.now = datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)
    desk.create_contract(ContractInput(ContractKind.RENTAL, a, date(2025, 3, 3), (x, y), **RENTAL_TERMS))
    clock.now = datetime(2025, 6, 3, 9, 0, tzinfo=timezone.utc)
    desk.add_timeline_event(x, "note", "Écran changé pour Aline")
    return desk, a, b, x, y


def test_customer_export_holds_only_that_customer(two_customers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desk, a, b, x, y = two_customers
    summary = export_customer(desk.db, a, tmp_path / "aline", "Marie Lefort")
    out = summary.directory
    schema = json.loads((out / "schema.json").read_text(encoding="utf-8"))
    assert schema["format"] == "sav-desktop-export-client" and schema["customer_id"] == a
    assert [r["id"] for r in _rows(out, "customers")] == [a]
    assert {r["customer_id"] for r in _rows(out, "contracts")} == {a}
    assert sorted(r["id"] for r in _rows(out, "assets")) == sorted([x, y])
    assert all(r["customer_id"] == a for r in _rows(out, "practitioners"))
    summaries = [r["summary"] for r in _rows(out, "audit_log")]
    assert "Écran changé pour Aline" in summaries
    assert "Panne signalée par Bernard" not in summaries  # the device's previous holder
    text = "".join(p.read_text(encoding="utf-8-sig") for p in out.iterdir())
    assert "Bernard" not in text and "DSC000333" not in text
    assert not (out / "users.json").exists() and not (out / "tariff_prices.json").exists()
    for table in ("customers", "contracts", "assets", "audit_log"):
        assert (out / f"{table}.csv").read_text(encoding="utf-8-sig").count("\n") == summary.rows[table] + 1
    # The export is itself in the trail.
    with desk.db.engine.connect() as conn:
        last = conn.execute(select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.action)
                            .order_by(AuditEntry.id.desc()).limit(1)).one()
    assert tuple(last) == ("customer", str(a), "export")


def test_customer_export_refusals(two_customers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desk, a, *_ = two_customers
    with pytest.raises(ExchangeError, match="client introuvable"):
        export_customer(desk.db, 999_999, tmp_path / "x", "Marie Lefort")
    assert not (tmp_path / "x").exists()
    (tmp_path / "plein").mkdir()
    (tmp_path / "plein" / "f.txt").write_text("x")
    with pytest.raises(ExchangeError, match="nouveau ou vide"):
        export_customer(desk.db, a, tmp_path / "plein", "Marie Lefort")


def test_cli_export_customer(sqlite_desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    cid = sqlite_desk.create_customer(customer_input("Cabinet Aline Petit", 1))
    Desk.create_first_admin(sqlite_desk.db, "Marie Lefort", "Vitale-2026!")  # the export signs in
    monkeypatch.setenv("SAV_PASSWORD", "Vitale-2026!")
    out = tmp_path / "acces"
    assert main(["--database", sqlite_desk.db.url, "--user", "Marie Lefort", "export", "--customer", str(cid),
                 "--out", str(out)]) == 0
    assert f"Données du client {cid}" in capsys.readouterr().out
    assert [r["practice_name"] for r in _rows(out, "customers")] == ["Cabinet Aline Petit"]
    assert main(["--database", sqlite_desk.db.url, "--user", "Marie Lefort", "export", "--customer", "424242",
                 "--out", str(tmp_path / "n")]) == 2
    assert "client introuvable" in capsys.readouterr().err
