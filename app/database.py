"""Opening a database for the CLI and the GUI: engine, schema upgrade, seeding."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

from app import migrate
from app.db import make_engine, make_session_factory, sqlite_path, to_url
from app.connection import explain_connect_error
from app.errors import DatabaseError


@dataclasses.dataclass
class Database:
    engine: Engine
    factory: sessionmaker

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def location(self) -> str:
        """What to show the user: the file of a SQLite database, else the URL without password."""
        path = sqlite_path(self.engine.url.render_as_string(hide_password=False))
        return str(path) if path is not None else self.url

    def close(self) -> None:
        self.engine.dispose()


def open_database(db: str | Path, *, upgrade: bool = True, backup: bool = True) -> Database:
    """Connect to `db` (path or URL); upgrade the schema to head (backing up a SQLite file
    first) and seed defaults. Raises DatabaseError, SchemaTooNew, BadInput, NetworkDatabase
    (a SQLite file on a network share)."""
    _refuse_network_file(db)
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


def _refuse_network_file(db: str | Path) -> None:
    """A SQLite file on a network share is refused before it is touched (app.netpath)."""
    from app.netpath import refuse_network_sqlite, unc_share

    text = str(db).strip()
    if "://" not in text and unc_share(text) is not None:
        refuse_network_sqlite(text)
    path = sqlite_path(to_url(db))
    if path is not None:
        refuse_network_sqlite(path)


def seed(factory: sessionmaker) -> None:
    """Idempotent defaults of a new database."""
    from app.services.catalogue import seed_catalogue
    from app.services.settings import seed_settings

    with factory.begin() as session:
        seed_settings(session)
        seed_catalogue(session)
