"""Label templates: one JSON file per template in ``resources/labels/`` (no Qt here).

A template's name is its file name without ``.json``; adding a template is adding a file.
Every length is in millimetres, measured from the label's top-left corner::

    {
      "description": "Brother QL, ...",          shown by --list-templates and in the dialog
      "kind": "single" | "sheet",                one label per page, or an A4 sheet of labels
      "label_mm": {"width": 62, "height": 29},
      "margins_mm": {"top": 1.5, "right": 1.5, "bottom": 1.5, "left": 1.5},
      "qr": {"x_mm": 1.5, "y_mm": 1.5, "size_mm": 26},
      "fields": [                                 text lines; placeholders {tag} {model}
        {"text": "S/N {serial}", "x_mm": 29.5,     {maker} {serial} {phone}; a line whose
         "y_mm": 15, "width_mm": 31,               placeholders are all empty is left out
         "height_mm": 5, "font_pt": 8,
         "bold": false, "align": "left|center|right", "wrap": false}
      ],
      "sheet": {"page_mm": {"width": 210, "height": 297}, "rows": 7, "cols": 3,
                "first_mm": {"x": 7.2, "y": 15.15}, "pitch_mm": {"x": 66.04, "y": 38.1}},
      "zpl": {"dpi": 203}                         optional; ZPL output (single labels only)
    }

Text that does not fit its box is drawn smaller (down to ``min_font_pt``, default 5), then
wrapped (``wrap``) or cut with an ellipsis.
"""

from __future__ import annotations

import json
import os
import string
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.errors import SavError
from ..package_data import label_templates_dir

PLACEHOLDERS = ("tag", "model", "maker", "serial", "phone")
ENV_DIR = "SAV_LABEL_TEMPLATES"  # an extra folder of templates (same format), optional
DEFAULT_ZPL_DPI = 203
_TOL_MM = 0.01


class TemplateError(SavError):
    """A template file is unreadable or wrong: the message names the file and the key."""

    def __init__(self, path: Path | str, key: str, message: str) -> None:
        self.path = Path(path)
        self.key = key
        super().__init__(f"modèle d'étiquette {self.path.name} : « {key} » {message}")


class UnknownTemplateError(SavError):
    def __init__(self, name: str, known: Iterable[str]) -> None:
        self.name = name
        super().__init__(
            f"--template : modèle d'étiquette inconnu « {name} » (modèles : {', '.join(sorted(known))})"
        )


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class TextField:
    text: str  # a format string over PLACEHOLDERS
    box: Box
    font_pt: float
    min_font_pt: float = 5.0
    bold: bool = False
    align: str = "left"
    wrap: bool = False


@dataclass(frozen=True)
class Sheet:
    page_width: float
    page_height: float
    rows: int
    cols: int
    first_x: float
    first_y: float
    pitch_x: float
    pitch_y: float

    @property
    def per_page(self) -> int:
        return self.rows * self.cols

    def origin(self, index: int) -> tuple[float, float]:
        """Top-left corner (mm) of the label at ``index`` on its page, row by row."""
        row, col = divmod(index % self.per_page, self.cols)
        return self.first_x + col * self.pitch_x, self.first_y + row * self.pitch_y


@dataclass(frozen=True)
class Template:
    name: str
    description: str
    width: float  # label, mm
    height: float
    margins: tuple[float, float, float, float]  # top, right, bottom, left
    qr: Box  # a square: width == height
    fields: tuple[TextField, ...]
    sheet: Sheet | None = None
    zpl_dpi: int | None = None
    path: Path | None = None

    @property
    def kind(self) -> str:
        return "sheet" if self.sheet else "single"

    @property
    def labels_per_page(self) -> int:
        return self.sheet.per_page if self.sheet else 1

    @property
    def page_size_mm(self) -> tuple[float, float]:
        if self.sheet:
            return self.sheet.page_width, self.sheet.page_height
        return self.width, self.height

    def size_text(self) -> str:
        return f"{self.width:g}x{self.height:g} mm"


# --- Parsing ---------------------------------------------------------------------------------


class _Reader:
    """Typed access to a JSON object, raising TemplateError with the dotted key."""

    def __init__(self, path: Path, data: Any, prefix: str = "") -> None:
        self.path = path
        self.prefix = prefix
        if not isinstance(data, dict):
            raise TemplateError(path, prefix or "(racine)", "doit être un objet JSON { ... }")
        self.data: dict[str, Any] = data

    def key(self, name: str) -> str:
        return f"{self.prefix}.{name}" if self.prefix else name

    def raw(self, name: str, default: Any = ...) -> Any:
        if name not in self.data:
            if default is ...:
                raise TemplateError(self.path, self.key(name), "manque")
            return default
        return self.data[name]

    def obj(self, name: str) -> "_Reader":
        return _Reader(self.path, self.raw(name), self.key(name))

    def number(self, name: str, default: Any = ..., *, positive: bool = False) -> float:
        v = self.raw(name, default)
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise TemplateError(self.path, self.key(name), f"doit être un nombre (trouvé : {v!r})")
        if v < 0 or (positive and v == 0):
            raise TemplateError(self.path, self.key(name), f"doit être positif (trouvé : {v!r})")
        return float(v)

    def integer(self, name: str) -> int:
        v = self.raw(name)
        if isinstance(v, bool) or not isinstance(v, int) or v <= 0:
            raise TemplateError(self.path, self.key(name), f"doit être un entier positif (trouvé : {v!r})")
        return v

    def text(self, name: str, default: Any = ...) -> str:
        v = self.raw(name, default)
        if not isinstance(v, str):
            raise TemplateError(self.path, self.key(name), f"doit être un texte (trouvé : {v!r})")
        return v

    def flag(self, name: str, default: bool) -> bool:
        v = self.raw(name, default)
        if not isinstance(v, bool):
            raise TemplateError(self.path, self.key(name), f"doit valoir true ou false (trouvé : {v!r})")
        return v

    def box(self, width_key: str = "width_mm", height_key: str = "height_mm") -> Box:
        return Box(
            self.number("x_mm"), self.number("y_mm"),
            self.number(width_key, positive=True), self.number(height_key, positive=True),
        )


def _check_inside(path: Path, key: str, box: Box, width: float, height: float) -> None:
    if box.x + box.width > width + _TOL_MM or box.y + box.height > height + _TOL_MM:
        raise TemplateError(
            path, key,
            f"dépasse de l'étiquette ({box.x:g}+{box.width:g} x {box.y:g}+{box.height:g} mm "
            f"pour une étiquette de {width:g} x {height:g} mm)",
        )


def _parse_format(path: Path, key: str, text: str) -> None:
    try:
        names = [name for _, name, spec, conv in string.Formatter().parse(text) if name is not None]
    except ValueError as exc:
        raise TemplateError(path, key, f"texte mal formé ({exc})") from exc
    for name in names:
        if name not in PLACEHOLDERS:
            raise TemplateError(
                path, key,
                f"utilise {{{name}}} inconnu (possibles : {', '.join('{' + p + '}' for p in PLACEHOLDERS)})",
            )


def parse_template(path: Path, data: Any) -> Template:
    r = _Reader(path, data)
    description = r.text("description")
    kind = r.text("kind", "single")
    if kind not in ("single", "sheet"):
        raise TemplateError(path, "kind", f"doit valoir \"single\" ou \"sheet\" (trouvé : {kind!r})")
    size = r.obj("label_mm")
    width, height = size.number("width", positive=True), size.number("height", positive=True)
    m = r.obj("margins_mm") if "margins_mm" in r.data else None
    margins = (
        (m.number("top"), m.number("right"), m.number("bottom"), m.number("left")) if m else (0.0, 0.0, 0.0, 0.0)
    )
    q = r.obj("qr")
    size_mm = q.number("size_mm", positive=True)
    qr = Box(q.number("x_mm"), q.number("y_mm"), size_mm, size_mm)
    _check_inside(path, "qr", qr, width, height)

    raw_fields = r.raw("fields")
    if not isinstance(raw_fields, list):
        raise TemplateError(path, "fields", "doit être une liste [ ... ]")
    fields = []
    for i, item in enumerate(raw_fields):
        f = _Reader(path, item, f"fields[{i}]")
        text = f.text("text")
        _parse_format(path, f.key("text"), text)
        box = f.box()
        _check_inside(path, f"fields[{i}]", box, width, height)
        align = f.text("align", "left")
        if align not in ("left", "center", "right"):
            raise TemplateError(path, f.key("align"), f"doit valoir left, center ou right (trouvé : {align!r})")
        font_pt = f.number("font_pt", positive=True)
        fields.append(
            TextField(
                text=text, box=box, font_pt=font_pt,
                min_font_pt=min(font_pt, f.number("min_font_pt", 5.0, positive=True)),
                bold=f.flag("bold", False), align=align, wrap=f.flag("wrap", False),
            )
        )

    sheet = None
    if kind == "sheet":
        s = r.obj("sheet")
        page = s.obj("page_mm")
        first, pitch = s.obj("first_mm"), s.obj("pitch_mm")
        sheet = Sheet(
            page.number("width", positive=True), page.number("height", positive=True),
            s.integer("rows"), s.integer("cols"),
            first.number("x"), first.number("y"),
            pitch.number("x", positive=True), pitch.number("y", positive=True),
        )
        if sheet.pitch_x + _TOL_MM < width or sheet.pitch_y + _TOL_MM < height:
            raise TemplateError(path, "sheet.pitch_mm", "est plus petit que l'étiquette : les étiquettes se chevauchent")
        right = sheet.first_x + (sheet.cols - 1) * sheet.pitch_x + width
        bottom = sheet.first_y + (sheet.rows - 1) * sheet.pitch_y + height
        if right > sheet.page_width + _TOL_MM or bottom > sheet.page_height + _TOL_MM:
            raise TemplateError(
                path, "sheet",
                f"ne tient pas sur la page : {sheet.cols} x {sheet.rows} étiquettes vont jusqu'à "
                f"{right:g} x {bottom:g} mm pour une page de {sheet.page_width:g} x {sheet.page_height:g} mm",
            )
    elif "sheet" in r.data:
        raise TemplateError(path, "sheet", "n'a de sens qu'avec \"kind\": \"sheet\"")

    zpl_dpi = None
    if "zpl" in r.data:
        z = r.obj("zpl")
        zpl_dpi = z.integer("dpi")
        if kind == "sheet":
            raise TemplateError(path, "zpl", "ne s'applique qu'aux étiquettes à l'unité (kind single)")

    return Template(
        name=path.stem, description=description, width=width, height=height, margins=margins,
        qr=qr, fields=tuple(fields), sheet=sheet, zpl_dpi=zpl_dpi, path=path,
    )


def load_template_file(path: Path | str) -> Template:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TemplateError(path, "(fichier)", f"illisible : {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise TemplateError(path, "(fichier)", "n'est pas en UTF-8") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TemplateError(path, f"ligne {exc.lineno}, colonne {exc.colno}", f"JSON invalide : {exc.msg}") from exc
    return parse_template(path, data)


# --- Where the files are -----------------------------------------------------------------------


def template_dirs() -> list[Path]:
    """Folders searched, first match of a name wins.

    ``$SAV_LABEL_TEMPLATES`` (a desk's own templates), then the templates shipped inside the
    package (``sav_desktop/resources/labels``: the same in a checkout, a wheel or a bundle).
    """
    dirs: list[Path] = []
    extra = os.environ.get(ENV_DIR)
    if extra:
        dirs.append(Path(extra))
    dirs.append(label_templates_dir())
    return dirs


def load_templates(directories: Iterable[Path | str] | None = None) -> dict[str, Template]:
    """Every template found, by name (sorted). A broken file raises TemplateError."""
    found: dict[str, Template] = {}
    for d in (template_dirs() if directories is None else [Path(p) for p in directories]):
        if not d.is_dir():
            continue
        for path in sorted(d.glob("*.json")):
            if path.stem not in found:
                found[path.stem] = load_template_file(path)
    return dict(sorted(found.items()))


def get_template(name: str, templates: dict[str, Template] | None = None) -> Template:
    templates = load_templates() if templates is None else templates
    try:
        return templates[name]
    except KeyError:
        raise UnknownTemplateError(name, templates) from None
