"""Fixtures for the trust tests: a real SQLite file, and PostgreSQL in a private schema.

Import them in a test module with ``from tests.trust_fixtures import *  # noqa: F401,F403``.
Each PostgreSQL test gets its own schema (search_path in the URL), dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from sav_desktop.store.db import Database, open_database

from .support import need

PG_ENV = "SAV_TEST_DATABASE_URL"


def pg_base_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@pytest.fixture
def pg_url_factory() -> Iterator[Callable[[], str]]:
    """Make PostgreSQL URLs, each with its own fresh schema (search_path), all dropped afterwards."""
    base = pg_base_url()
    need(base is not None, f"{PG_ENV} non défini : tests PostgreSQL ignorés")
    assert base is not None
    admin = create_engine(base)
    schemas: list[str] = []

    def make() -> str:
        schema = f"trust_{uuid.uuid4().hex[:12]}"
        with admin.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
        schemas.append(schema)
        sep = "&" if "?" in base else "?"
        return f"{base}{sep}options=-csearch_path%3D{schema}"

    try:
        yield make
    finally:
        with admin.begin() as conn:
            for schema in schemas:
                conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


@pytest.fixture
def pg_url(pg_url_factory: Callable[[], str]) -> str:
    """A PostgreSQL URL whose search_path is a fresh, empty schema."""
    return pg_url_factory()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'x.sqlite3'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def any_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'x.sqlite3'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def any_db(any_url: str) -> Iterator[Database]:
    db = open_database(any_url)
    try:
        yield db
    finally:
        db.dispose()
