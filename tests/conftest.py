from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SAV_NO_AUTO_BACKUP", "1")
# The audit key and anchors (store.audit_key) of the test run: never the user's own, never
# the OS keyring (one folder per run, shared with the processes the tests start).
if "SAV_CONFIG_DIR" not in os.environ:
    import tempfile as _tempfile

    os.environ["SAV_CONFIG_DIR"] = _tempfile.mkdtemp(prefix="sav-config-")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
if "SAV_LOG_DIR" not in os.environ:  # the support log of the tests: never the user's own folder
    import tempfile as _tempfile

    os.environ["SAV_LOG_DIR"] = _tempfile.mkdtemp(prefix="sav-log-")

# PC/SC: the client library reads its socket path once per process, at the first PC/SC call,
# and any GUI test that builds the main window (its readers panel) makes one. So the path of
# the private pcscd that the PC/SC tests start (tests/pcsc_harness.py) is fixed here, first.
if "SAV_TEST_PCSC_RUN" not in os.environ:
    import tempfile

    os.environ["SAV_TEST_PCSC_RUN"] = tempfile.mkdtemp(prefix="sav-pcscd-run-")
    os.environ["PCSCLITE_CSOCK_NAME"] = os.path.join(os.environ["SAV_TEST_PCSC_RUN"], "pcscd.comm")

from sav_desktop.domain.identifiers import luhn_check_digit  # noqa: E402
from sav_desktop.domain.records import CustomerInput, PractitionerInput  # noqa: E402

PG_URL_ENV = "SAV_TEST_DATABASE_URL"

# What every contract needs since issue 11: a terminal's software service; a rental's
# deposit, insurer and policy number.
SALE_TERMS: dict[str, object] = {"software_service": "Logiciel de facturation"}
RENTAL_TERMS: dict[str, object] = {
    "software_service": "Logiciel de facturation", "deposit": Decimal("300.000"),
    "insurer": "MACSF", "policy_number": "POL-000001",
}
FIXED_NOW = datetime(2026, 3, 16, 9, 30, tzinfo=timezone.utc)


def fixed_clock() -> datetime:
    return FIXED_NOW


def valid_rpps(n: int = 1) -> str:
    body = f"1{n:09d}"
    return body + luhn_check_digit(body)


def valid_siret(n: int = 1) -> str:
    """A SIRET whose SIREN (9 digits, Luhn key) and whole number (Luhn key) both check,
    distinct for each n < 10**7."""
    siren_body = f"4{n // 10_000:07d}"
    siren = siren_body + luhn_check_digit(siren_body)
    body = f"{siren}{n % 10_000:04d}"
    return body + luhn_check_digit(body)


def valid_iccid(n: int = 1) -> str:
    body = f"893320{n:012d}"
    return body + luhn_check_digit(body)


def customer_input(name: str = "Cabinet du Dr Dupont", n: int = 1, **kw: object) -> CustomerInput:
    base = dict(
        practice_name=name,
        siret=valid_siret(n),
        postal_code="75011",
        city="Paris",
        practitioners=(PractitionerInput("Jean Dupont", "Médecin généraliste", rpps=valid_rpps(n)),),
    )
    base.update(kw)
    return CustomerInput(**base)  # type: ignore[arg-type]


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


def database_urls() -> list[object]:
    params: list[object] = [pytest.param("sqlite", id="sqlite")]
    params.append(pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres))
    return params


@pytest.fixture(params=database_urls())
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh empty database: a SQLite file, and PostgreSQL when SAV_TEST_DATABASE_URL is set."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'sav.sqlite3'}"
    from tests.support import need

    url = os.environ.get(PG_URL_ENV, "")
    need(bool(url), f"PostgreSQL non configuré ({PG_URL_ENV} absent) : ./scripts/test.sh en root le démarre")
    from sav_desktop.store.db import normalize_url

    url = normalize_url(url)
    _reset_postgres(url)
    return url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'sav.sqlite3'}"


@pytest.fixture
def db(db_url: str) -> Iterator[object]:
    from sav_desktop.store.db import open_database

    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[object]:
    from sav_desktop.store.db import open_database

    database = open_database(sqlite_url)
    yield database
    database.dispose()


@pytest.fixture
def desk(db: object) -> object:
    from sav_desktop.services.desk import Desk

    return Desk.trusted(db, "Marie Lefort", clock=fixed_clock)  # type: ignore[arg-type]


@pytest.fixture
def sqlite_desk(sqlite_db: object) -> object:
    from sav_desktop.services.desk import Desk

    return Desk.trusted(sqlite_db, "Marie Lefort", clock=fixed_clock)  # type: ignore[arg-type]


__all__ = ["RENTAL_TERMS", "SALE_TERMS", "customer_input", "valid_rpps", "valid_siret", "valid_iccid", "fixed_clock", "date"]


@pytest.fixture(autouse=True)
def _discard_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """A form or wizard left open with typed work is closed at a test's end: the "discard?"
    question (ui.forms.DiscardChanges, issue 11) answers yes there instead of blocking, and
    the carence notice shows no modal box. A test about them patches them itself."""
    import sys

    forms = sys.modules.get("sav_desktop.ui.forms")
    if forms is not None:
        monkeypatch.setattr(forms.DiscardChanges, "ask", classmethod(lambda cls, parent, what="": True))
        # The carence confirmation after an option is subscribed: no modal box in tests.
        monkeypatch.setattr(forms.CarenceNotice, "ask", classmethod(lambda cls, parent, text: None))
