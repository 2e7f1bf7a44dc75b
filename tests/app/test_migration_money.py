"""Migration 0009 on a database made before it: base salaries seeded, the rounding of the
existing rule sets, and the "unconfirmed" mark on the individual multiples the office has
not set itself."""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import text

from app import migrate
from app.db import make_engine


def _upgrade(engine, revision: str) -> None:
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def test_upgrade_from_0006_keeps_office_edits(db_url):
    engine = make_engine(db_url)
    _upgrade(engine, "0006")
    with engine.begin() as conn:
        for code in ("GK", "BK_BO", "LDTT"):
            conn.execute(
                text(
                    "INSERT INTO award_type (code, name, subject, kind, level, authority, reward_multiple, "
                    "certificate_template, sort_order, is_active, version, updated_at, updated_by) VALUES "
                    "(:c, :c, 'CA_NHAN', 'HINH_THUC', 'CO_SO', '', 0.3, '', 0, :t, 1, :d, '')"
                ),
                dict(c=code, t=True, d=dt.datetime(2024, 1, 1)),
            )
        for rid, name in ((1, "NĐ 98/2023"), (2, "NĐ 152/2025")):
            conn.execute(
                text(
                    "INSERT INTO rule_set (id, name, legal_text, effective_from, version, updated_at, "
                    "updated_by) VALUES (:i, :n, '', :f, 1, :d, '')"
                ),
                dict(
                    i=rid, n=name, f=dt.date(2024, 1, 1) if rid == 1 else dt.date(2025, 7, 1), d=dt.datetime(2024, 1, 1)
                ),
            )
        rules = [
            (1, 1, "GK", '{"criterion": "MANUAL"}'),
            (2, 1, "BK_BO", '{"criterion": "MANUAL", "reward_multiple": "1.5"}'),  # set by the office
            (3, 1, "LDTT", '{"criterion": "LDTT", "min_rating": "HTTNV"}'),
        ]
        for rid, rs, code, params in rules:
            conn.execute(
                text(
                    "INSERT INTO award_rule (id, rule_set_id, award_code, params, version, updated_at, "
                    "updated_by) VALUES (:i, :r, :c, :p, 1, :d, '')"
                ),
                dict(i=rid, r=rs, c=code, p=params, d=dt.datetime(2024, 1, 1)),
            )
    _upgrade(engine, "head")
    from app.database import make_session_factory
    from app.services import catalogue, money

    with make_session_factory(engine)() as s:
        assert money.base_salary_in_force(s, on=dt.date(2024, 7, 1)).amount == 2_340_000
        assert money.base_salary_in_force(s, on=dt.date(2024, 6, 30)).amount == 1_800_000
        assert money.get_rule_set_money(s, rule_set_id=1).rounding.confirmed is True
        r152 = money.get_rule_set_money(s, rule_set_id=2).rounding
        assert (r152.step, r152.mode, r152.confirmed) == (10_000, "UP", False)
        rows = catalogue.list_award_rules(s, rule_set_id=1)

        params = {r.award_code: r.params for r in rows}
        assert params["GK"].reward_unconfirmed is True
        assert params["BK_BO"].reward_unconfirmed is False  # the office's own multiple
        assert params["LDTT"].reward_unconfirmed is False
    engine.dispose()


def test_downgrade_to_0006_keeps_rules_and_decision_lines(db_url):
    engine = make_engine(db_url)
    migrate.upgrade(engine, backup=False)
    from app.database import make_session_factory, seed

    seed(make_session_factory(engine))
    with engine.connect() as conn:
        rules = conn.execute(text("SELECT count(*) FROM award_rule")).scalar()
    assert rules > 0
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM award_rule")).scalar() == rules
        assert "reward_unconfirmed" not in str(conn.execute(text("SELECT params FROM award_rule")).all())
    _upgrade(engine, "head")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM award_rule")).scalar() == rules
        assert conn.execute(text("SELECT count(*) FROM base_salary")).scalar() == 7
    engine.dispose()
