"""Where the files shipped inside the package are: migrations, label templates, translations.

Read through ``importlib.resources`` so that a checkout, an editable install, a wheel and a
PyInstaller bundle all find them the same way (they are plain folders in each of those).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def package_path(*parts: str) -> Path:
    """A folder or file inside the installed ``sav_desktop`` package, as a filesystem path."""
    resource = files("sav_desktop").joinpath(*parts)
    return Path(str(resource))


def migrations_dir() -> Path:
    return package_path("migrations")


def label_templates_dir() -> Path:
    return package_path("resources", "labels")


def translations_dir() -> Path:
    return package_path("resources", "i18n")


def icon_path() -> Path:
    return package_path("resources", "icons", "sav-desktop.png")
