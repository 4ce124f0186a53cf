"""What ``sav-desktop --version`` prints: the app, its schema revision, the main libraries.

Works the same from a checkout, a wheel and the bundle (the bundle ships the libraries'
metadata for this; a library absent on this machine says so).
"""

from __future__ import annotations

import platform
from importlib import metadata

from . import __version__

#: The libraries a support call asks about, by distribution name, with the label shown.
MAIN_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("PySide6-Essentials", "PySide6"),
    ("SQLAlchemy", "SQLAlchemy"),
    ("alembic", "Alembic"),
    ("psycopg", "psycopg"),
    ("pyscard", "pyscard"),
    ("qrcode", "qrcode"),
    ("holidays", "holidays"),
    ("python-stdnum", "python-stdnum"),
    ("argon2-cffi", "argon2-cffi"),
    ("platformdirs", "platformdirs"),
)


def library_version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def qt_version() -> str | None:
    try:
        from PySide6.QtCore import qVersion
    except ImportError:
        return None
    return str(qVersion())


def version_lines() -> list[str]:
    from .store.db import newest_migration_id

    lines = [
        f"SAV Desktop {__version__}",
        f"schéma de la base : révision {newest_migration_id() or 'aucune'}",
        f"Python {platform.python_version()} ({platform.system()} {platform.machine()})",
    ]
    qt = qt_version()
    lines.append(f"Qt {qt}" if qt else "Qt : absent")
    for distribution, label in MAIN_LIBRARIES:
        version = library_version(distribution)
        lines.append(f"{label} {version}" if version else f"{label} : non installé")
    return lines
