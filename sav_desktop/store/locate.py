"""Where the database is (URL resolution) and which migration is the newest, without
importing SQLAlchemy or Alembic: the device list's first paint needs both (README,
performance); store.db re-exports them."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote

from ..package_data import migrations_dir

ENV_URL = "SAV_DATABASE_URL"
MIGRATIONS_DIR = migrations_dir()


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("sav-desktop", appauthor=False))


def resolve_url(cli_value: str | None = None) -> str:
    """``--database`` first, then ``$SAV_DATABASE_URL``, then a SQLite file in the user's data dir."""
    if cli_value:
        return normalize_url(cli_value)
    env = os.environ.get(ENV_URL)
    if env:
        return normalize_url(env)
    path = default_data_dir() / "sav-desktop.sqlite3"
    return f"sqlite:///{path}"


def normalize_url(url: str) -> str:
    """Accept ``postgresql://`` as a psycopg 3 URL, and a bare path as a SQLite file."""
    if "://" not in url:
        return f"sqlite:///{Path(url).resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def plain_sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///path`` URL (no driver, no query string), else None:
    the few URLs the first page may read without SQLAlchemy's URL parser."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    rest = unquote(url[len(prefix):])
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


def newest_migration_id() -> str | None:
    """The head revision, read from the file names (``NNNN_name.py``, revision ``NNNN``).

    Lets a start-up on an up-to-date database skip loading Alembic; a test checks that
    this agrees with Alembic's own head.
    """
    ids = sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return ids[-1] if ids else None


__all__ = ["ENV_URL", "MIGRATIONS_DIR", "default_data_dir", "newest_migration_id", "normalize_url",
           "plain_sqlite_file", "resolve_url"]
