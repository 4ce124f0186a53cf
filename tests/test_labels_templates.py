"""Label templates: the shipped files load; a broken file is refused naming the file and key."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sav_desktop.labels.templates import (
    TemplateError,
    UnknownTemplateError,
    get_template,
    load_template_file,
    load_templates,
    template_dirs,
)

SHIPPED = {
    "brother-ql-62x29": (62, 29, None),
    "brother-ql-29x90": (29, 90, None),
    "dymo-57x32": (57, 32, None),
    "zebra-2x1": (50.8, 25.4, None),
    "a4-3x7-63.5x38.1": (63.5, 38.1, (3, 7)),
    "a4-3x8-63.5x33.9": (63.5, 33.9, (3, 8)),
}
RESOURCES = Path(__file__).resolve().parents[1] / "sav_desktop" / "resources" / "labels"


def test_shipped_templates_load_with_their_sizes() -> None:
    templates = load_templates([RESOURCES])
    assert set(SHIPPED) <= set(templates)
    for name, (w, h, grid) in SHIPPED.items():
        t = templates[name]
        assert (t.width, t.height) == (w, h), name
        assert t.description
        if grid is None:
            assert t.sheet is None and t.page_size_mm == (w, h)
        else:
            assert t.sheet is not None and (t.sheet.cols, t.sheet.rows) == grid
            assert t.page_size_mm == (210, 297)
    assert templates["zebra-2x1"].zpl_dpi == 203


def test_default_search_finds_the_source_tree_resources() -> None:
    assert RESOURCES in template_dirs()
    assert set(SHIPPED) <= set(load_templates())


def test_adding_a_template_is_adding_a_file(tmp_path: Path) -> None:
    shutil.copy(RESOURCES / "dymo-57x32.json", tmp_path / "my-dymo.json")
    templates = load_templates([tmp_path])
    assert list(templates) == ["my-dymo"]
    assert templates["my-dymo"].size_text() == "57x32 mm"


def _broken(tmp_path: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    data = json.loads((RESOURCES / "brother-ql-62x29.json").read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "broken-label.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("edit", "key", "words"),
    [
        (lambda d: d.pop("qr"), "qr", "manque"),
        (lambda d: d["label_mm"].update(width="62"), "label_mm.width", "nombre"),
        (lambda d: d["label_mm"].update(height=-1), "label_mm.height", "positif"),
        (lambda d: d["fields"][1].update(text="{modele}"), "fields[1].text", "{modele} inconnu"),
        (lambda d: d["fields"][0].update(x_mm=50), "fields[0]", "dépasse"),
        (lambda d: d["fields"][2].update(align="middle"), "fields[2].align", "left, center ou right"),
        (lambda d: d.update(kind="roll"), "kind", "single"),
        (lambda d: d["qr"].update(size_mm=40), "qr", "dépasse"),
    ],
)
def test_broken_template_is_refused_naming_file_and_key(tmp_path: Path, edit, key: str, words: str) -> None:  # type: ignore[no-untyped-def]
    path = _broken(tmp_path, edit)
    with pytest.raises(TemplateError) as err:
        load_templates([tmp_path])
    message = str(err.value)
    assert "broken-label.json" in message
    assert f"« {key} »" in message
    assert words in message
    assert err.value.key == key


def test_sheet_that_does_not_fit_the_page_is_refused(tmp_path: Path) -> None:
    # 8 rows of 38.1 mm are 304.8 mm: more than an A4 page.
    data = json.loads((RESOURCES / "a4-3x7-63.5x38.1.json").read_text(encoding="utf-8"))
    data["sheet"]["rows"] = 8
    path = tmp_path / "a4-3x8-trop-haut.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateError, match=r"a4-3x8-trop-haut\.json : « sheet » ne tient pas sur la page"):
        load_template_file(path)


def test_invalid_json_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"description": "x",\n  "kind": }', encoding="utf-8")
    with pytest.raises(TemplateError, match=r"bad\.json : « ligne 2, colonne \d+ » JSON invalide"):
        load_template_file(path)


def test_unknown_template_names_the_option() -> None:
    with pytest.raises(UnknownTemplateError, match="--template : modèle d'étiquette inconnu « nope »"):
        get_template("nope", load_templates([RESOURCES]))
