"""Create or upgrade a database to the newest schema (Alembic head), safely.

A SQLite file that already holds data is backed up before any migration runs.
"""

from __future__ import annotations

import logging

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from app import paths
from app.errors import DatabaseError, SchemaTooNew

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_schema(engine: Engine) -> tuple[str | None, str]:
    """(current, head); raises SchemaTooNew when the database is ahead of the program."""
    try:
        current = current_revision(engine)
    except OperationalError as exc:
        from app.connection import explain_connect_error

        raise DatabaseError(url=engine.url.render_as_string(hide_password=True),
                            detail=explain_connect_error(exc)) from exc
    head = head_revision()
    if current is not None and current != head:
        known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
        if current not in known:
            raise SchemaTooNew(revision=current)
    return current, head


def upgrade(engine: Engine, *, backup: bool = True) -> bool:
    """Bring the schema to head. Returns True when a migration ran.

    Backs up a SQLite file that has tables before migrating it. Raises SchemaTooNew,
    DatabaseError.
    """
    current, head = check_schema(engine)
    if current == head:
        return False
    if backup and current is not None or backup and _has_tables(engine):
        from app.services.backup import backup_database

        target = backup_database(engine, reason="truoc-nang-cap")
        if target is not None:
            log.info("backed up %s before migrating to %s", target, head)
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except SQLAlchemyError as exc:
        raise DatabaseError(url=engine.url.render_as_string(hide_password=True), detail=str(exc)) from exc
    return True


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())
