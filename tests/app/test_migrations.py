"""Migrations: upgrade to head from nothing, and the result matches the models."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

import app.models  # noqa: F401
from app import migrate
from app.db import Base, make_engine


def test_upgrade_head_matches_models(db_url):
    engine = make_engine(db_url)
    assert migrate.upgrade(engine) is True
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    assert diff == []


def test_upgrade_is_idempotent_and_sets_head(db_url):
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    assert migrate.upgrade(engine) is False
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert "person" in inspect(engine).get_table_names()
    engine.dispose()


def test_sqlite_pragmas(tmp_path):
    engine = make_engine(tmp_path / "p.db")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
    engine.dispose()


def test_schema_newer_than_program_is_refused(db_url):
    import pytest

    from app.errors import SchemaTooNew

    engine = make_engine(db_url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num='9999_future'")
    with pytest.raises(SchemaTooNew):
        migrate.upgrade(engine)
    engine.dispose()


def test_backup_before_migrating_existing_file(tmp_path):
    engine = make_engine(tmp_path / "old.db")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE legacy (x INTEGER)")
    migrate.upgrade(engine)
    engine.dispose()
    backups = list((tmp_path / "backups").glob("old-*.db"))
    assert len(backups) == 1
