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


def test_0006_moves_member_scores_to_assessors(db_url):
    """Scores given by bloc members before 0006 end up on the member's assessor row."""
    from alembic import command
    from sqlalchemy import text

    engine = make_engine(db_url)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO bloc (id, name, kind, note, created_at) VALUES (1, 'K', 'KHOI', '', '2024-01-01')"))
        conn.execute(text("INSERT INTO bloc_member (id, bloc_id, name, sort_order) VALUES (11, 1, 'A', 1), (12, 1, 'B', 2)"))
        conn.execute(text("INSERT INTO scoring_table (id, bloc_id, year, name, declared_total, drop_extremes, "
                          "created_at) VALUES (5, 1, 2024, 'T', 100, false, '2024-01-01')"))
        conn.execute(text("INSERT INTO scoring_item (id, table_id, code, group_name, name, max_points, kind, "
                          "sort_order) VALUES (7, 5, '1', '', 'x', 100, 'NORMAL', 0)"))
        conn.execute(text("INSERT INTO score (item_id, member_id, assessor_id, points, updated_at) VALUES "
                          "(7, 11, 12, 80, '2024-01-01'), (7, 11, NULL, 90, '2024-01-01')"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with engine.connect() as conn:
        assessors = conn.execute(text("SELECT id, member_id, name FROM scoring_assessor ORDER BY member_id")).all()
        scores = conn.execute(text("SELECT member_id, assessor_id, points FROM score ORDER BY points")).all()
        mode = conn.execute(text("SELECT assessor_mode FROM scoring_table")).scalar()
    engine.dispose()
    assert [(a.member_id, a.name) for a in assessors] == [(11, "A"), (12, "B")]
    by_member = {a.member_id: a.id for a in assessors}
    assert [(s.member_id, s.assessor_id, int(s.points)) for s in scores] == [(11, by_member[12], 80), (11, None, 90)]
    assert mode == "MEMBERS"
