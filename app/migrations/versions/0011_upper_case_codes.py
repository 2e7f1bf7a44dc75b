"""staff and unit codes are case-insensitive: existing codes stored upper-case

'vptw-001' and 'VPTW-001' are one person; the program now stores codes upper-case
(app.rules.person.clean_code). Existing codes are upper-cased unless that would collide
with another row (two records that differ only by case are left for the office to merge).

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-07 03:00:00
"""

from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("person", "unit"):
        op.execute(
            f"UPDATE {table} SET code = UPPER(code) WHERE code <> UPPER(code) AND NOT EXISTS "
            f"(SELECT 1 FROM {table} other WHERE other.id <> {table}.id AND UPPER(other.code) = UPPER({table}.code))"
        )


def downgrade() -> None:
    pass  # the original case is not kept; upper-case codes stay valid for older versions
