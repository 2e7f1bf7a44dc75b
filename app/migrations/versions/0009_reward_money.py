"""reward money: base salaries as dated data, the rounding of a rule set, amounts frozen on
an issued decision, and the "unconfirmed" mark of individual multiples

Revision ID: 0009
Revises: 0014
Create Date: 2026-12-07 03:00:00
"""

import datetime as _dt

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0014"
branch_labels = None
depends_on = None

# app.rules.money.BASE_SALARIES at the time of this migration (a migration never imports
# the program's current constants).
_SALARIES = (
    (_dt.date(2013, 7, 1), 1150000, "Nghị định 66/2013/NĐ-CP"),
    (_dt.date(2016, 5, 1), 1210000, "Nghị định 47/2016/NĐ-CP"),
    (_dt.date(2017, 7, 1), 1300000, "Nghị định 47/2017/NĐ-CP"),
    (_dt.date(2018, 7, 1), 1390000, "Nghị định 72/2018/NĐ-CP"),
    (_dt.date(2019, 7, 1), 1490000, "Nghị định 38/2019/NĐ-CP"),
    (_dt.date(2023, 7, 1), 1800000, "Nghị định 24/2023/NĐ-CP"),
    (_dt.date(2024, 7, 1), 2340000, "Nghị định 73/2024/NĐ-CP"),
)
_UNCONFIRMED = ("GK", "BK_BO", "BK_TTG", "HCLD3")


def upgrade() -> None:
    base_salary = op.create_table(
        "base_salary",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("legal_text", sa.String(length=255), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_base_salary")),
        sa.UniqueConstraint("effective_from", name=op.f("uq_base_salary_effective_from")),
    )
    stamp = _dt.datetime(2024, 1, 1)
    op.bulk_insert(
        base_salary,
        [
            dict(effective_from=d, amount=a, legal_text=t, version=1, updated_at=stamp, updated_by="init")
            for d, a, t in _SALARIES
        ],
    )
    # Plain ADD COLUMN, never a batch: on SQLite a batch may recreate rule_set, and dropping
    # the old table cascades (foreign_keys=ON) to every award_rule of the office.
    op.add_column("rule_set", sa.Column("reward_rounding_step", sa.Integer(), server_default="10000", nullable=False))
    op.add_column(
        "rule_set", sa.Column("reward_rounding_mode", sa.String(length=10), server_default="UP", nullable=False)
    )
    op.add_column(
        "rule_set", sa.Column("reward_rounding_confirmed", sa.Boolean(), server_default=sa.false(), nullable=False)
    )
    # DOMAIN.md §5 states the rounding for the 2024 decree; NĐ 152/2025 stays unconfirmed.
    op.execute(
        sa.text("UPDATE rule_set SET reward_rounding_confirmed = :t WHERE name = :n").bindparams(t=True, n="NĐ 98/2023")
    )
    op.add_column("decision", sa.Column("base_salary", sa.BigInteger(), nullable=True))
    op.add_column("decision_item", sa.Column("reward_multiple", sa.Numeric(precision=6, scale=2), nullable=True))
    op.add_column("decision_item", sa.Column("amount", sa.BigInteger(), nullable=True))
    op.add_column("decision_item", sa.Column("amount_note", sa.String(length=255), server_default="", nullable=False))
    # Individual multiples not in DOMAIN.md, still taken from the catalogue: marked unconfirmed.
    conn = op.get_bind()
    rule = sa.table(
        "award_rule", sa.column("id", sa.Integer), sa.column("award_code", sa.String), sa.column("params", sa.JSON)
    )
    for rid, params in conn.execute(
        sa.select(rule.c.id, rule.c.params).where(rule.c.award_code.in_(_UNCONFIRMED))
    ).all():
        params = dict(params or {})
        if params.get("reward_multiple") is None and not params.get("reward_unconfirmed"):
            params["reward_unconfirmed"] = True
            conn.execute(rule.update().where(rule.c.id == rid).values(params=params))


def downgrade() -> None:
    conn = op.get_bind()
    rule = sa.table("award_rule", sa.column("id", sa.Integer), sa.column("params", sa.JSON))
    for rid, params in conn.execute(sa.select(rule.c.id, rule.c.params)).all():
        if params and "reward_unconfirmed" in params:
            params = {k: v for k, v in params.items() if k != "reward_unconfirmed"}
            conn.execute(rule.update().where(rule.c.id == rid).values(params=params))
    # Plain DROP COLUMN (SQLite ≥ 3.35, PostgreSQL): a batch would recreate the tables and
    # the cascade of the old table's DROP would delete the award rules and decision lines.
    for table, column in (
        ("decision_item", "amount_note"),
        ("decision_item", "amount"),
        ("decision_item", "reward_multiple"),
        ("decision", "base_salary"),
        ("rule_set", "reward_rounding_confirmed"),
        ("rule_set", "reward_rounding_mode"),
        ("rule_set", "reward_rounding_step"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    op.drop_table("base_salary")
