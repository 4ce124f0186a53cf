"""On PostgreSQL the application runs under a role that may add audit entries but neither
change, delete, truncate nor alter the audit table; the migrations run under the owner role.

The roles are made with the SQL of the README (section Sauvegardes), as the PostgreSQL
superuser (``su postgres -c psql``): needs root.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from sav_desktop.services.trust import check_audit
from sav_desktop.services.uow import run
from sav_desktop.store.db import open_database

from .support import need

pytestmark = pytest.mark.postgres

OWNER, APP = "sav_evidence_owner", "sav_evidence_app"


def _psql(database: str, sql: str) -> None:
    subprocess.run(["su", "postgres", "-c", f"psql -v ON_ERROR_STOP=1 -q -d {database}"],
                   input=sql, text=True, check=True, capture_output=True, cwd="/")


def _grants(schema: str) -> str:
    """The README's grants (with the test's schema instead of public)."""
    return f"""
GRANT USAGE ON SCHEMA {schema} TO {APP};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {APP};
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO {APP};
REVOKE UPDATE, DELETE, TRUNCATE ON {schema}.audit_log FROM {APP};
"""


@pytest.fixture
def role_urls() -> Iterator[tuple[str, str]]:
    base = os.environ.get("SAV_TEST_DATABASE_URL")
    need(bool(base), "SAV_TEST_DATABASE_URL non défini : test PostgreSQL ignoré")
    need(os.geteuid() == 0 and shutil.which("su") is not None,
         "créer les rôles PostgreSQL demande root (su postgres -c psql)")
    url = make_url(base)
    database = url.database
    schema = f"roles_{uuid.uuid4().hex[:10]}"
    _psql(database, f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{OWNER}') THEN
    CREATE ROLE {OWNER} LOGIN PASSWORD '{OWNER}'; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{APP}') THEN
    CREATE ROLE {APP} LOGIN PASSWORD '{APP}'; END IF;
END $$;
GRANT CONNECT ON DATABASE {database} TO {OWNER}, {APP};
CREATE SCHEMA {schema} AUTHORIZATION {OWNER};
""")

    def as_role(role: str) -> str:
        u = url.set(username=role, password=role).update_query_dict({"options": f"-csearch_path={schema}"})
        return u.render_as_string(hide_password=False)

    try:
        yield as_role(OWNER), as_role(APP)
    finally:
        _psql(database, f"DROP SCHEMA {schema} CASCADE;")


def test_app_role_cannot_touch_the_audit_table(role_urls: tuple[str, str]) -> None:
    owner_url, app_url = role_urls
    owner = open_database(owner_url)  # the migrations, under the owner role
    owner.dispose()
    schema = make_url(owner_url).query["options"].split("=", 1)[1]
    _psql(make_url(owner_url).database or "", _grants(schema))

    app = open_database(app_url)  # the application, under its own role
    try:
        for i in range(3):
            run(app, "Marie", lambda u, i=i: u.audit("asset", i + 1, "note", f"Note {i}", asset_id=i + 1))
        engine = create_engine(app_url)
        refused = {
            "DROP TRIGGER audit_log_no_change ON audit_log": "must be owner",
            "ALTER TABLE audit_log DISABLE TRIGGER ALL": "must be owner",
            "DROP TABLE audit_log": "must be owner",
            "DELETE FROM audit_log": "permission denied",
            "UPDATE audit_log SET summary = 'x'": "permission denied",
            "TRUNCATE audit_log": "permission denied",
        }
        for sql, why in refused.items():
            with pytest.raises(DBAPIError, match=why):
                with engine.begin() as conn:
                    conn.execute(text(sql))
        with engine.begin() as conn:  # the application's own writes elsewhere are allowed
            conn.execute(text("UPDATE settings SET value = value"))
            count = conn.execute(text("SELECT count(*) FROM audit_log")).scalar()
        engine.dispose()
        assert count == 4  # the marker and the three entries, all still there
        report = check_audit(app)
        assert report.ok, report
    finally:
        app.dispose()
