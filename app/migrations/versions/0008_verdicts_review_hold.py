"""verdicts: nominations under review, the round's confirmation, and the seeded rules the
law corrected (alternative criteria of the forms, TTLĐXS without a discipline clause, the
values NĐ 152/2025 leaves unconfirmed)

Revision ID: 0008
Revises: 0011
Create Date: 2026-12-07 03:00:00
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0011"
branch_labels = None
depends_on = None

_VOTE = ["vote_required", "vote_threshold", "vote_base"]
_NOTE_LEFT = (
    "Từ 01/7/2025, Nghị định 152/2025/NĐ-CP Điều 6 khoản 2 điểm c giao bộ, ngành, tỉnh quy định "
    "thủ tục xét danh hiệu, hình thức này: hãy đặt theo quy chế thi đua, khen thưởng của cơ quan."
)
_NOTE_VOTE = (
    "Tỷ lệ phiếu lấy theo Nghị định 98/2023/NĐ-CP Điều 30 khoản 7; điều khoản tương ứng của Nghị định "
    "152/2025/NĐ-CP chưa được xác nhận: hãy đối chiếu quy chế của cơ quan."
)
# Changes to the rules still as seeded (updated_by 'init'); an office's edits are kept.
_ALL_SETS = {
    "BK_BO": {"alternative_checks": ["OUTSTANDING_IN_MOVEMENT", "MANY_OR_SUDDEN", "CONTRIBUTION"]},
    "BK_TTG": {"alternative_checks": ["OUTSTANDING_IN_MOVEMENT", "MANY_OR_SUDDEN"]},
}
_NO_DISCIPLINE = ("TTLDXS",)
_ND152 = {
    code: {"unconfirmed": _VOTE, "unconfirmed_note": _NOTE_LEFT} for code in ("LDTT", "CSTDCS", "TTLDTT", "GK", "GK_TT")
}
_ND152.update(
    {
        code: {"unconfirmed": ["vote_threshold", "vote_base"], "unconfirmed_note": _NOTE_VOTE}
        for code in ("CSTDBO", "CSTDTQ", "CO_BO", "CO_CP")
    }
)


def upgrade() -> None:
    # Plain ADD COLUMN: a SQLite batch would recreate the tables, and dropping the old
    # review_round/nomination would cascade to every nomination and its history.
    op.add_column("nomination", sa.Column("review_hold", sa.String(length=10), server_default="", nullable=False))
    op.add_column("nomination", sa.Column("review_hold_note", sa.Text(), server_default="", nullable=False))
    op.add_column("review_round", sa.Column("review_confirmed_at", sa.DateTime(), nullable=True))
    op.add_column(
        "review_round", sa.Column("review_confirmed_by", sa.String(length=100), server_default="", nullable=False)
    )

    conn = op.get_bind()
    rules = sa.table(
        "award_rule",
        sa.column("id", sa.Integer),
        sa.column("rule_set_id", sa.Integer),
        sa.column("award_code", sa.String),
        sa.column("params", sa.JSON),
        sa.column("updated_by", sa.String),
    )
    sets = sa.table("rule_set", sa.column("id", sa.Integer), sa.column("name", sa.String))
    rows = conn.execute(
        sa.select(rules.c.id, rules.c.award_code, rules.c.params, sets.c.name)
        .join(sets, sets.c.id == rules.c.rule_set_id)
        .where(rules.c.updated_by == "init", sets.c.name.in_(["NĐ 98/2023", "NĐ 152/2025"]))
    ).all()
    for rule_id, code, params, set_name in rows:
        data = json.loads(params) if isinstance(params, str) else dict(params or {})
        before = dict(data)
        data.update(_ALL_SETS.get(code, {}))
        if code in _NO_DISCIPLINE:
            data.pop("blocking_discipline", None)
        if set_name == "NĐ 152/2025":
            data.update(_ND152.get(code, {}))
        if data != before:
            conn.execute(rules.update().where(rules.c.id == rule_id).values(params=data))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite ≥ 3.35, PostgreSQL), for the reason above. The corrected rule
    # parameters are kept: they are what the law says (DOMAIN.md §3–§5).
    for table, column in (
        ("review_round", "review_confirmed_by"),
        ("review_round", "review_confirmed_at"),
        ("nomination", "review_hold_note"),
        ("nomination", "review_hold"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
