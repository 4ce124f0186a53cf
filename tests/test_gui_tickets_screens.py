"""`sav-desktop screenshots` shows the issue-6 screens (ticket view, check-in wizard, today's
desk) on demo data, and writes nothing to the database while doing so."""

from __future__ import annotations

import sqlite3

from sav_desktop.cli import main


def test_screenshots_include_tickets_check_in_and_today_and_write_nothing(tmp_path, qapp, monkeypatch):
    db = tmp_path / "demo.sqlite3"
    assert main(["--database", f"sqlite:///{db}", "demo", "--assets", "300", "--today", "2026-03-16"]) == 0
    from sav_desktop.services.desk import Desk
    from sav_desktop.store.db import open_database

    base = open_database(f"sqlite:///{db}")
    Desk.create_first_admin(base, "Marie Lefort", "Vitale-2026!")  # an existing base: screenshots sign in
    base.dispose()
    monkeypatch.setenv("SAV_PASSWORD", "Vitale-2026!")
    count = "SELECT (SELECT count(*) FROM audit_log), (SELECT count(*) FROM tickets), (SELECT count(*) FROM check_ins)"
    before = sqlite3.connect(db).execute(count).fetchone()
    out = tmp_path / "shots"
    # signed in as the demo's administrator: no account is created on the way
    assert main(["--database", f"sqlite:///{db}", "--user", "Marie Lefort", "screenshots", "--out", str(out)]) == 0
    names = {p.name for p in out.glob("*.png")}
    assert {"11-aujourdhui.png", "30-dossier-sav.png", "31-echange-standard.png", "32-examen-atelier.png",
            "40-retour-scan.png", "41-retour-location.png", "42-retour-controle.png", "43-retour-frais.png",
            "44-retour-depot.png", "45-retour-statut.png"} <= names
    assert sqlite3.connect(db).execute(count).fetchone() == before
