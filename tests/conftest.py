"""Shared fixtures: a fresh database per test, on SQLite or on PostgreSQL.

With TDKT_TEST_DATABASE_URL set (tests/run.sh does it for its second pass), `db_url` and
`db` give each test its own schema on that PostgreSQL server; otherwise a fresh SQLite
file (a file, not :memory:, so worker threads see it).
"""

from __future__ import annotations

import os
import sys
import uuid

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_URL = os.environ.get("TDKT_TEST_DATABASE_URL", "")


def pytest_report_header(config):
    return f"database under test: {'PostgreSQL ' + PG_URL if PG_URL else 'SQLite files'}"


@pytest.fixture
def db_url(tmp_path):
    """A path or URL of an empty database, dropped after the test."""
    if not PG_URL:
        yield str(tmp_path / "test.db")
        return
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    yield url.render_as_string(hide_password=False)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    admin.dispose()


@pytest.fixture
def db(db_url):
    """A fresh, migrated database (app.database.Database)."""
    from app.database import open_database

    database = open_database(db_url)
    yield database
    database.close()


@pytest.fixture
def session(db):
    """A session in a transaction that the test may commit; closed afterwards."""
    with db.factory() as s:
        yield s


@pytest.fixture
def on_postgres():
    return bool(PG_URL)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """End Qt's life in order once pytest has reported everything (ui/shutdown.py: workers
    waited for, widgets deleted, the QApplication shut down), so the interpreter's own exit
    finds no Qt wrapper to finalise. The process then exits normally with pytest's status:
    an exit crash would show, not be hidden."""
    if "PySide6.QtCore" in sys.modules:
        from ui.shutdown import orderly_shutdown

        orderly_shutdown()
