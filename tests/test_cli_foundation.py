"""The commands a new installation uses first: demo, db upgrade, screenshots, bench."""

from __future__ import annotations

import json
import sqlite3

import pytest

from sav_desktop.cli import main


ADMIN, PASSWORD = "Alice Martin", "Vitale-2026!"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["--database", f"sqlite:///{path}", "demo", "--assets", "300", "--today", "2026-03-16"]) == 0
    from sav_desktop.services.desk import Desk
    from sav_desktop.store.db import open_database

    db = open_database(f"sqlite:///{path}")
    Desk.create_first_admin(db, ADMIN, PASSWORD)  # commands on an existing base sign in
    db.dispose()
    return path


@pytest.fixture(autouse=True)
def signed_in(monkeypatch):
    monkeypatch.setenv("SAV_USER", ADMIN)
    monkeypatch.setenv("SAV_PASSWORD", PASSWORD)


def test_demo_is_realistic_and_deterministic(demo_db, tmp_path):
    other = tmp_path / "again.sqlite3"
    assert main(["--database", f"sqlite:///{other}", "demo", "--assets", "300", "--today", "2026-03-16"]) == 0
    query = "SELECT asset_tag, serial, status, model_code FROM assets ORDER BY id"
    a, b = sqlite3.connect(demo_db), sqlite3.connect(other)
    assert a.execute(query).fetchall() == b.execute(query).fetchall()
    statuses = {r[0] for r in a.execute("SELECT DISTINCT status FROM assets")}
    assert {"SOLD", "RENTED", "IN_STOCK"} <= statuses
    kinds = {r[0] for r in a.execute("SELECT DISTINCT kind FROM contracts")}
    assert kinds == {"sale", "rental"}
    assert a.execute("SELECT count(*) FROM contracts WHERE ended_on IS NOT NULL").fetchone()[0] > 0
    assert a.execute("SELECT count(*) FROM option_subscriptions").fetchone()[0] > 0


def test_demo_refuses_a_database_that_holds_devices(demo_db, capsys):
    assert main(["--database", f"sqlite:///{demo_db}", "demo", "--assets", "10"]) == 2
    assert "déjà des matériels" in capsys.readouterr().err


def test_db_upgrade_reports_the_revision(demo_db, capsys):
    assert main(["--database", f"sqlite:///{demo_db}", "db", "upgrade"]) == 0
    assert "Base à jour" in capsys.readouterr().out


def test_screenshots_render_each_main_screen_with_demo_rows(demo_db, tmp_path, qapp):
    out = tmp_path / "shots"
    assert main(["--database", f"sqlite:///{demo_db}", "screenshots", "--out", str(out)]) == 0
    names = sorted(p.name for p in out.glob("*.png"))
    assert {"01-parc-fiche.png", "02-parc-historique.png", "03-recherche.png", "20-client.png",
            "21-materiel.png", "22-contrat.png"} <= set(names)
    assert any("diagnostic" in n for n in names)
    from PySide6.QtGui import QImage

    image = QImage(str(out / "01-parc-fiche.png"))
    assert image.width() >= 1200 and image.height() >= 700
    # Rows of text (and the selected one) make many grey levels; a blank list has two or three.
    colours = {image.pixel(x, y) for x in range(0, 800, 3) for y in range(80, 400, 3)}
    assert len(colours) > 20


def test_bench_prints_every_figure(demo_db, capsys):
    assert main(["--database", f"sqlite:///{demo_db}", "bench", "--assets", "300", "--queries", "12", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    for key in ("startup_ms", "search_ms_p50", "search_ms_p95", "raw_search_ms_p50", "raw_back_to_back_ms_p50",
                "list_paint_floor_ms", "list_reset_floor_ms", "open_asset_ms", "rss_mb", "labels_1000_ms"):
        assert figures[key] > 0, key


def test_demo_rentals_hold_at_most_one_serenite_each(demo_db):
    con = sqlite3.connect(demo_db)
    doubles = con.execute(
        "SELECT contract_id FROM option_subscriptions o JOIN contracts c ON c.id = o.contract_id "
        "WHERE c.kind = 'rental' GROUP BY contract_id HAVING count(*) > 1"
    ).fetchall()
    assert doubles == []
    assert con.execute("SELECT count(*) FROM option_subscriptions o JOIN contracts c ON c.id = o.contract_id "
                       "WHERE c.kind = 'rental'").fetchone()[0] > 0
