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

    # Accounts (issue 12): the logged-in account is in every later Session's `info`
    # (worker threads' sessions too), where app.services.audit checks the role.
    @property
    def actor(self):
        return self.factory.kw.get("info", {}).get("actor")

    def accounts_exist(self) -> bool:
        from app.services.accounts import accounts_exist

        with self.factory() as session:
            exists = accounts_exist(session)
        self.factory.kw.setdefault("info", {})["accounts_required"] = exists
        return exists

    def set_actor(self, actor) -> None:
        from app.services import audit

        self.factory.kw.setdefault("info", {})["actor"] = actor
        audit.set_process_actor(actor)

    def login(self, login: str, password: str):
        """Log in (LoginFailed on a wrong password, a disabled or locked account; the failed
        attempt is recorded and counted all the same). Returns the Actor."""
        from app.services.accounts import authenticate, require_login_ok

        with self.factory.begin() as session:
            outcome = authenticate(session, login=login, password=password)
        actor = require_login_ok(outcome)
        self.set_actor(actor)
        return actor


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
    database = Database(engine, make_session_factory(engine))
    try:
        database.accounts_exist()
    except (OperationalError, SQLAlchemyDatabaseError):
        pass  # opened without upgrading: an old schema has no account table yet
    return database


def seed(factory: sessionmaker) -> None:
    """Idempotent defaults of a new database."""
    from app.services.catalogue import seed_catalogue
    from app.services.settings import seed_settings

    with factory.begin() as session:
        seed_settings(session)
        seed_catalogue(session)
