"""Migrations: upgrade to head from nothing, and the result matches the models."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

import app.models  # noqa: F401
from app import migrate
from app.db import Base, make_engine

# Created by migration 0021 on PostgreSQL only (pg_trgm), outside the models.
PG_ONLY_INDEXES = {"ix_person_search_trgm", "ix_person_search_ids"}


def _in_models(obj, name, type_, reflected, compare_to) -> bool:
    return not (type_ == "index" and name in PG_ONLY_INDEXES)


def test_upgrade_head_matches_models(db_url):
    engine = make_engine(db_url)
    assert migrate.upgrade(engine) is True
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True, "include_object": _in_models}), Base.metadata
        )
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
        conn.execute(
            text("INSERT INTO bloc (id, name, kind, note, created_at) VALUES (1, 'K', 'KHOI', '', '2024-01-01')")
        )
        conn.execute(
            text("INSERT INTO bloc_member (id, bloc_id, name, sort_order) VALUES (11, 1, 'A', 1), (12, 1, 'B', 2)")
        )
        conn.execute(
            text(
                "INSERT INTO scoring_table (id, bloc_id, year, name, declared_total, drop_extremes, "
                "created_at) VALUES (5, 1, 2024, 'T', 100, false, '2024-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO scoring_item (id, table_id, code, group_name, name, max_points, kind, "
                "sort_order) VALUES (7, 5, '1', '', 'x', 100, 'NORMAL', 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO score (item_id, member_id, assessor_id, points, updated_at) VALUES "
                "(7, 11, 12, 80, '2024-01-01'), (7, 11, NULL, 90, '2024-01-01')"
            )
        )
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


def test_0008_corrects_the_seeded_rules_and_keeps_the_office_edits(db_url):
    """Issue 16: a database seeded before 0008 gets the law's corrections on the rules still
    as seeded (alternative criteria, TTLĐXS without discipline, NĐ 152's unconfirmed values);
    a rule the office edited is left alone."""
    import sqlalchemy as sa
    from alembic import command

    engine = make_engine(db_url)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
    rules = sa.table(
        "award_rule",
        sa.column("id", sa.Integer),
        sa.column("rule_set_id", sa.Integer),
        sa.column("award_code", sa.String),
        sa.column("params", sa.JSON),
        sa.column("updated_by", sa.String),
        sa.column("version", sa.Integer),
    )
    sets = sa.table(
        "rule_set",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("effective_from", sa.Date),
        sa.column("version", sa.Integer),
        sa.column("legal_text", sa.Text),
        sa.column("updated_by", sa.String),
        sa.column("updated_at", sa.DateTime),
    )
    rules.append_column(sa.column("updated_at", sa.DateTime))
    old = {
        "TTLDXS": {"criterion": "COLLECTIVE_SHARES", "member_ldtt_share": [7, 10], "blocking_discipline": "CANH_CAO"},
        "BK_BO": {"criterion": "BK_BO", "streak_award": "CSTDCS", "streak_years": 2},
        "CSTDCS": {"criterion": "CSTDCS", "min_rating": "HTTNV", "vote_required": True, "vote_threshold": [4, 5]},
    }
    import datetime as dt

    with engine.begin() as conn:
        for sid, name in ((1, "NĐ 98/2023"), (2, "NĐ 152/2025")):
            conn.execute(
                sets.insert().values(
                    id=sid,
                    name=name,
                    effective_from=dt.date(2024, 1, 1),
                    version=1,
                    legal_text="",
                    updated_by="init",
                    updated_at=dt.datetime(2024, 1, 1),
                )
            )
        for code in old:
            conn.execute(
                sa.text(
                    "INSERT INTO award_type (code, name, subject, kind, level, authority, "
                    "reward_multiple, certificate_template, sort_order, is_active, version, updated_by, updated_at) "
                    "VALUES (:c, :c, 'CA_NHAN', 'DANH_HIEU', 'CO_SO', '', 1, '', 1, :t, 1, 'init', :u)"
                ),
                {"c": code, "t": True, "u": dt.datetime(2024, 1, 1)},
            )
        rid = 0
        for sid in (1, 2):
            for code, params in old.items():
                rid += 1
                conn.execute(
                    rules.insert().values(
                        id=rid,
                        rule_set_id=sid,
                        award_code=code,
                        params=params,
                        version=1,
                        updated_by="clerk" if (sid, code) == (2, "BK_BO") else "init",
                        updated_at=dt.datetime(2024, 1, 1),
                    )
                )
    migrate.upgrade(engine, backup=False)
    with engine.connect() as conn:
        got = {
            (sid, code): params
            for sid, code, params in conn.execute(sa.select(rules.c.rule_set_id, rules.c.award_code, rules.c.params))
        }
        cols = {c["name"] for c in inspect(conn).get_columns("nomination")}
    engine.dispose()
    assert "blocking_discipline" not in got[(1, "TTLDXS")] and "blocking_discipline" not in got[(2, "TTLDXS")]
    assert got[(1, "BK_BO")]["alternative_checks"] == ["OUTSTANDING_IN_MOVEMENT", "MANY_OR_SUDDEN", "CONTRIBUTION"]
    # Edited by the office: kept (0009 only adds its own mark on the unconfirmed multiple).
    assert {k: v for k, v in got[(2, "BK_BO")].items() if k != "reward_unconfirmed"} == old["BK_BO"]
    assert "unconfirmed" not in got[(1, "CSTDCS")]
    assert got[(2, "CSTDCS")]["unconfirmed"] == ["vote_required", "vote_threshold", "vote_base"]
    assert {"review_hold", "review_hold_note"} <= cols


def test_0008_keeps_every_nomination_up_and_down(tmp_path):
    """Adding the review columns must not recreate review_round/nomination (the cascade of a
    recreated table's DROP would delete every nomination): up to head and back to 0006 with data."""
    import datetime as dt

    import sqlalchemy as sa
    from alembic import command

    engine = make_engine(tmp_path / "old.db")
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO unit (id, code, name, kind, sort_order, is_active, version, updated_by, "
                "updated_at) VALUES (1, 'U', 'Đơn vị', 'CO_QUAN', 1, 1, 1, '', :t)"
            ),
            {"t": dt.datetime(2026, 12, 1)},
        )
        conn.execute(
            sa.text(
                "INSERT INTO review_round (id, name, year, review_date, status, note, version, "
                "updated_at, updated_by) VALUES (1, 'Đợt', 2026, :d, 'OPEN', '', 1, :t, '')"
            ),
            {"d": dt.date(2026, 12, 1), "t": dt.datetime(2026, 12, 1)},
        )
        conn.execute(
            sa.text(
                "INSERT INTO nomination (id, round_id, unit_id, award_code, status, achievement, "
                "verdict_status, created_at, version, updated_at, updated_by) VALUES "
                "(1, 1, 1, 'TTLDTT', 'DRAFT', '', '', :t, 1, :t, '')"
            ),
            {"t": dt.datetime(2026, 12, 1)},
        )
        conn.execute(
            sa.text(
                "INSERT INTO nomination_event (id, nomination_id, at, by, from_status, to_status, reason) "
                "VALUES (1, 1, :t, '', '', 'DRAFT', '')"
            ),
            {"t": dt.datetime(2026, 12, 1)},
        )
    migrate.upgrade(engine, backup=False)
    with engine.begin() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM nomination")).scalar() == 1
        assert conn.execute(sa.text("SELECT count(*) FROM nomination_event")).scalar() == 1
        assert conn.execute(sa.text("SELECT review_hold FROM nomination")).scalar() == ""
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM nomination")).scalar() == 1
        assert conn.execute(sa.text("SELECT count(*) FROM nomination_event")).scalar() == 1
        assert "review_hold" not in {c["name"] for c in inspect(conn).get_columns("nomination")}
    engine.dispose()
