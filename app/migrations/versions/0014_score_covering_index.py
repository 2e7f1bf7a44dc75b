"""score covering index: the ranking's aggregates read the index alone

Revision ID: 0014
Revises: 0006
Create Date: 2026-12-07 03:00:00
"""

from alembic import op

revision = "0014"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_score_item_member_assessor_points", "score", ["item_id", "member_id", "assessor_id", "points"])


def downgrade() -> None:
    op.drop_index("ix_score_item_member_assessor_points", table_name="score")
