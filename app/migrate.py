"""Create or upgrade a database to the newest schema (Alembic head), safely.

A SQLite file that already holds data is backed up before any migration runs.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from app import paths
from app.connection import explain_connect_error
from app.errors import DatabaseError, SchemaTooNew
from app.revisions import known_revisions  # noqa: F401 (part of this module's interface)
from app.services.backup import backup_database

if TYPE_CHECKING:  # Alembic is imported only when a migration runs
    from alembic.config import Config

log = logging.getLogger(__name__)


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, None for a database without one."""
    if "alembic_version" not in inspect(engine).get_table_names():
        return None
    with engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config() -> Config:
    # Lazy: Alembic (≈ 0.3 s) loads only when there is something to migrate.
    from alembic.config import Config

    cfg = Config()
    # Alembic's options go through configparser, whose interpolation reads "%": a path like
    # "C:\\Dữ liệu 100%\\…" must be written with "%%" (read back as one "%").
    cfg.set_main_option("script_location", str(paths.migrations_dir()).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    # Lazy: Alembic (≈ 0.3 s) loads only when there is something to migrate.
    from alembic.script import ScriptDirectory

    # None only for a folder without any migration (ours always has some).
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    # Lazy: Alembic (≈ 0.3 s) loads only when there is something to migrate.
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_schema(engine: Engine) -> tuple[str | None, str]:
    """(current, head); raises SchemaTooNew when the database is ahead of the program."""
    try:
        current = stored_revision(engine)
    except OperationalError as exc:
        raise DatabaseError(
            url=engine.url.render_as_string(hide_password=True), detail=explain_connect_error(exc)
        ) from exc
    known, head = known_revisions()
    if head is None:
        head = head_revision()  # several heads: let Alembic say what is wrong
    if current is not None and current != head and current not in known:
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
        target = backup_database(engine, reason="truoc-nang-cap")
        if target is not None:
            log.info("backed up %s before migrating to %s", target, head)
    # Lazy: Alembic (≈ 0.3 s) loads only when there is something to migrate.
    from alembic import command

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
