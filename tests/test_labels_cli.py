"""``sav-desktop labels``: template list, PDF/ZPL for devices of a real SQLite database, errors."""

from __future__ import annotations

import getpass

from pathlib import Path

import pytest

from sav_desktop.cli import main
from sav_desktop.domain.records import AssetInput
from sav_desktop.labels.templates import load_templates
from sav_desktop.services.assets import register_asset, timeline
from sav_desktop.services.labels import DESK_PHONE_KEY, assets_without_label
from sav_desktop.services.uow import UnitOfWork
from sav_desktop.services.users import ensure_user
from sav_desktop.store.db import open_database
from sav_desktop.store.models import Setting
from tests.test_labels_render import decode_qr, pypdf, rasterise


@pytest.fixture(autouse=True)
def signed_in(monkeypatch):  # type: ignore[no-untyped-def]
    """``labels`` signs in (the account is made in db_url)."""
    monkeypatch.setenv("SAV_USER", "Alice Martin")
    monkeypatch.setenv("SAV_PASSWORD", "Vitale-2026!")


@pytest.fixture()
def db_url(tmp_path: Path):  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'sav.sqlite3'}"
    db = open_database(url)
    from sav_desktop.services.desk import Desk

    Desk.create_first_admin(db, "Alice Martin", "Vitale-2026!")
    with UnitOfWork(db, "Alice Martin") as uow:
        register_asset(uow, AssetInput("MOVE5000_4G", "18274CT41028735"))
        register_asset(uow, AssetInput("PCSC_READER", "SNS-0099-1234"))
        uow.session.add(Setting(key=DESK_PHONE_KEY, value="04 78 12 34 56"))
        uow.commit()
    db.dispose()
    return url


def _tags(url: str) -> dict[str, tuple[int, str]]:
    db = open_database(url)
    try:
        with UnitOfWork(db, "Alice Martin") as uow:  # an existing account (a name alone creates none)
            return {a.serial: (a.id, a.tag) for a in assets_without_label(uow)}
    finally:
        db.dispose()


def test_list_templates_one_line_each(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["labels", "--list-templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    templates = load_templates()
    assert len(lines) == len(templates)
    for line, t in zip(lines, templates.values()):
        name, size, description = line.split("\t")
        assert (name, description) == (t.name, t.description)
        assert size == f"{t.width:g}x{t.height:g} mm"
    assert "brother-ql-62x29\t62x29 mm\t" in "\n".join(lines)
    assert "zebra-2x1\t50.8x25.4 mm\t" in "\n".join(lines)


@pytest.mark.gui
def test_pdf_for_assets_by_tag_and_serial_then_new_is_empty(db_url: str, tmp_path: Path, qapp, capsys) -> None:  # type: ignore[no-untyped-def]
    tags = _tags(db_url)
    move_id, move_tag = tags["18274CT41028735"]
    out = tmp_path / "labels.pdf"
    rc = main(["--database", db_url, "labels", "--template", "dymo-57x32",
               "--asset", move_tag, "--asset", "SNS-0099-1234", "--out", str(out)])
    assert rc == 0, capsys.readouterr().err
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == 2
    first = reader.pages[0].extract_text()
    assert move_tag in first and "18274CT41028735" in first and "04\t78\t12\t34\t56" in first.replace(" ", "\t")
    assert decode_qr(rasterise(out, page=1)) == [f"SAV1:{move_tag}:18274CT41028735"]

    # Both printed: recorded on the timeline, and --new has nothing left.
    db = open_database(db_url)
    with UnitOfWork(db, "Alice Martin") as uow:
        events = [e for e in timeline(uow, move_id) if e.action == "label_print"]
        assert len(events) == 1 and "dymo-57x32" in events[0].summary and "labels.pdf" in events[0].summary
    db.dispose()
    capsys.readouterr()
    assert main(["--database", db_url, "labels", "--template", "dymo-57x32", "--new", "--out", str(tmp_path / "n.pdf")]) == 0
    assert "rien à imprimer" in capsys.readouterr().err
    assert not (tmp_path / "n.pdf").exists()


def test_zpl_for_new_assets(db_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    tags = _tags(db_url)
    out = tmp_path / "labels.zpl"
    assert main(["--database", db_url, "labels", "--template", "zebra-2x1", "--new", "--out", str(out)]) == 0
    zpl = out.read_text(encoding="utf-8")
    assert zpl.count("^XA") == 2
    for serial, (_, tag) in tags.items():
        assert f"^BQN,2," in zpl and f"^FDMA,SAV1:{tag}:{serial}^FS" in zpl
    assert _tags(db_url) == {}


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["--template", "nope", "--asset", "X", "--out", "x.pdf"], "--template"),
        (["--template", "zebra-2x1", "--asset", "NOPE-404", "--out", "x.pdf"], "--asset"),
        (["--template", "zebra-2x1", "--out", "x.pdf"], "--asset"),
        (["--template", "zebra-2x1", "--asset", "X"], "--out"),
        (["--template", "zebra-2x1", "--asset", "X", "--out", "x.png"], "--out"),
        (["--template", "a4-3x8-63.5x33.9", "--asset", "X", "--out", "x.zpl"], "--template"),
        (["--asset", "X", "--out", "x.pdf"], "--template"),
    ],
)
def test_errors_exit_2_naming_the_option(argv: list[str], option: str, db_url: str, tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert main(["--database", db_url, "labels", *argv]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"erreur : {option} ")
    assert not list(tmp_path.glob("x.*"))
