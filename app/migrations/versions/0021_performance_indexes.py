"""performance indexes: the ranking's per-sheet totals read one covering index in order

Revision ID: 0021
Revises: 0007
Create Date: 2026-12-07 06:00:00
"""
from alembic import op


revision = '0021'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_score_member_assessor_item_points', 'score',
                    ['member_id', 'assessor_id', 'item_id', 'points'])


def downgrade() -> None:
    op.drop_index('ix_score_member_assessor_item_points', table_name='score')
