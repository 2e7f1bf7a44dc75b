"""Opening a database for the CLI and the GUI: engine, schema upgrade, seeding."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

from app import migrate
from app.db import make_engine, make_session_factory
from app.connection import explain_connect_error
from app.errors import DatabaseError


@dataclasses.dataclass
class Database:
    engine: Engine
    factory: sessionmaker

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def open_database(db: str | Path, *, upgrade: bool = True, backup: bool = True) -> Database:
    """Connect to `db` (path or URL); upgrade the schema to head (backing up a SQLite file
    first) and seed defaults. Raises DatabaseError, SchemaTooNew, BadInput."""
    engine = make_engine(db)
    try:
        if upgrade:
            migrate.upgrade(engine, backup=backup)
            seed(make_session_factory(engine))
        else:
            migrate.check_schema(engine)
    except (OperationalError, SQLAlchemyDatabaseError) as exc:
        # Unreachable server, wrong password, a file that is not a database at all.
        engine.dispose()
        raise DatabaseError(url=engine.url.render_as_string(hide_password=True),
                            detail=explain_connect_error(exc)) from exc
    except Exception:
        engine.dispose()
        raise
    return Database(engine, make_session_factory(engine))


def seed(factory: sessionmaker) -> None:
    """Idempotent defaults of a new database."""
    from app.services.catalogue import seed_catalogue
    from app.services.settings import seed_settings

    with factory.begin() as session:
        seed_settings(session)
        seed_catalogue(session)
