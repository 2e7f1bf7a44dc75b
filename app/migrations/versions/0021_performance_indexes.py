"""performance indexes: the ranking's per-sheet totals and the PostgreSQL staff search

Revision ID: 0021
Revises: 0007
Create Date: 2026-12-07 06:00:00

- score (member_id, assessor_id, item_id, points): the ranking's totals per sheet read one
  covering index in order, without sorting every score of the table (issue 17).
- PostgreSQL: person (sort_key, search_key, active_to, unit_id) INCLUDE (id), from which
  the search reads the ids of its first matches without fetching rows; and
  a pg_trgm GIN index on person.search_key, so that search-as-you-type
  (`search_key LIKE '%token%'`) reads the matching rows alone. The extension is created
  when the account may (a server whose administrator forbids it keeps the plain search,
  only slower: the upgrade does not fail for it).
"""

import logging

from alembic import op

revision = "0021"
down_revision = "0007"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")


def upgrade() -> None:
    op.create_index("ix_score_member_assessor_item_points", "score", ["member_id", "assessor_id", "item_id", "points"])
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    # PostgreSQL tests a LIKE filter only after fetching the row from the table; with the
    # id in the index, the search reads the ids of its first matches from the index alone.
    bind.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_person_search_ids ON person "
        "(sort_key, search_key, active_to, unit_id) INCLUDE (id)"
    )
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
    except Exception as exc:  # noqa: BLE001 - no right to create extensions: search stays unindexed
        log.warning("pg_trgm not available (%s): person search without a trigram index", type(exc).__name__)
        return
    bind.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_person_search_trgm ON person USING gin (search_key public.gin_trgm_ops)"
    )


def downgrade() -> None:
    op.drop_index("ix_score_member_assessor_item_points", table_name="score")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_person_search_trgm")
        op.execute("DROP INDEX IF EXISTS ix_person_search_ids")
