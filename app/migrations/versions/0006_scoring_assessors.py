"""scoring assessors: a table's scorers are bloc members or a panel (e.g. the council)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21 08:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("scoring_table", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assessor_mode", sa.String(length=10), server_default="MEMBERS", nullable=False))
    op.create_table(
        "scoring_assessor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("council_member_id", sa.Integer(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["council_member_id"],
            ["council_member.id"],
            name=op.f("fk_scoring_assessor_council_member_id_council_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["bloc_member.id"],
            name=op.f("fk_scoring_assessor_member_id_bloc_member"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["scoring_table.id"],
            name=op.f("fk_scoring_assessor_table_id_scoring_table"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scoring_assessor")),
        sa.UniqueConstraint("table_id", "name", name="uq_scoring_assessor_name"),
    )
    with op.batch_alter_table("scoring_assessor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scoring_assessor_table_id"), ["table_id"], unique=False)

    # Every existing table scored by its bloc's members: one assessor per member, and the
    # scores' assessor_id (a bloc member until now) re-pointed at it.
    op.execute(
        "INSERT INTO scoring_assessor (table_id, name, member_id, sort_order) "
        "SELECT t.id, m.name, m.id, m.sort_order FROM scoring_table t "
        "JOIN bloc_member m ON m.bloc_id = t.bloc_id"
    )
    with op.batch_alter_table("score", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_score_assessor_id_bloc_member"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("ck_score_not_own"), type_="check")
    op.execute(
        "UPDATE score SET assessor_id = (SELECT a.id FROM scoring_assessor a "
        "JOIN scoring_item i ON i.table_id = a.table_id "
        "WHERE i.id = score.item_id AND a.member_id = score.assessor_id) "
        "WHERE assessor_id IS NOT NULL"
    )
    with op.batch_alter_table("score", schema=None) as batch_op:
        batch_op.create_foreign_key(
            batch_op.f("fk_score_assessor_id_scoring_assessor"),
            "scoring_assessor",
            ["assessor_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_index(batch_op.f("ix_score_assessor_id"), ["assessor_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_score_assessor_id"))
        batch_op.drop_constraint(batch_op.f("fk_score_assessor_id_scoring_assessor"), type_="foreignkey")
    # Panel scores have no bloc-member equivalent: they are dropped.
    op.execute("DELETE FROM score WHERE assessor_id IN (SELECT id FROM scoring_assessor WHERE member_id IS NULL)")
    op.execute(
        "UPDATE score SET assessor_id = (SELECT a.member_id FROM scoring_assessor a "
        "WHERE a.id = score.assessor_id) WHERE assessor_id IS NOT NULL"
    )
    with op.batch_alter_table("score", schema=None) as batch_op:
        batch_op.create_foreign_key(
            batch_op.f("fk_score_assessor_id_bloc_member"), "bloc_member", ["assessor_id"], ["id"], ondelete="CASCADE"
        )
        batch_op.create_check_constraint(
            batch_op.f("ck_score_not_own"), "assessor_id IS NULL OR assessor_id <> member_id"
        )
    with op.batch_alter_table("scoring_assessor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scoring_assessor_table_id"))
    op.drop_table("scoring_assessor")
    with op.batch_alter_table("scoring_table", schema=None) as batch_op:
        batch_op.drop_column("assessor_mode")
