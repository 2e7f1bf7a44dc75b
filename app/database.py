"""Opening a database for the CLI and the GUI: engine, schema upgrade, seeding."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

from app import migrate
from app.connection import explain_connect_error
from app.db import make_engine, sqlite_path, to_url
from app.errors import AppError, DatabaseError
from app.netpath import refuse_network_sqlite, unc_share
from app.services import audit
from app.services.accounts import accounts_exist, authenticate, require_login_ok
from app.services.backup import daily_backup
from app.services.catalogue import seed_catalogue
from app.services.in_use import InUseMarker
from app.services.output_guard import protect_database, release_database
from app.services.settings import seed_settings

log = logging.getLogger(__name__)


def make_session_factory(engine: Engine) -> sessionmaker:
    """Sessions that keep loaded values after commit (DTOs are built after it), with the
    audit trail and the role checks hooked under them (app.services.audit)."""
    factory = sessionmaker(bind=engine, expire_on_commit=False, future=True)
    audit.install(factory, engine)
    return factory


@dataclasses.dataclass
class Database:
    engine: Engine
    factory: sessionmaker
    # A SQLite file: its in-use marker (app.services.in_use) and the path the output
    # guard protects while it is open (app.services.output_guard).
    marker: InUseMarker | None = None
    file: Path | None = None

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
        if self.marker is not None:
            self.marker.release()
            self.marker = None
        if self.file is not None:
            release_database(self.file)
            self.file = None

    # Accounts (issue 12): the logged-in account is in every later Session's `info`
    # (worker threads' sessions too), where app.services.audit checks the role.
    @property
    def actor(self) -> audit.Actor | None:
        return self.factory.kw.get("info", {}).get("actor")

    def accounts_exist(self) -> bool:
        with self.factory() as session:
            exists = accounts_exist(session)
        self.factory.kw.setdefault("info", {})["accounts_required"] = exists
        return exists

    def set_actor(self, actor: audit.Actor | None) -> None:
        self.factory.kw.setdefault("info", {})["actor"] = actor
        audit.set_process_actor(actor)

    def login(self, login: str, password: str) -> audit.Actor:
        """Log in (LoginFailed on a wrong password, a disabled or locked account; the failed
        attempt is recorded and counted all the same). Returns the Actor."""
        with self.factory.begin() as session:
            outcome = authenticate(session, login=login, password=password)
        actor = require_login_ok(outcome)
        self.set_actor(actor)
        return actor


def open_database(db: str | Path, *, upgrade: bool = True, backup: bool = True) -> Database:
    """Connect to `db` (path or URL); upgrade the schema to head (backing up a SQLite file
    first) and seed defaults. A SQLite file that already held data gets its first backup
    of the day (rotated), is marked in use (a restore elsewhere waits for it to close)
    and is protected from being overwritten by an export. Raises DatabaseError,
    SchemaTooNew, BadInput, NetworkDatabase (a SQLite file on a network share)."""
    _refuse_network_file(db)
    engine = make_engine(db)
    file = sqlite_path(engine.url.render_as_string(hide_password=False))
    existed = file is not None and file.is_file() and file.stat().st_size > 0
    try:
        if upgrade:
            migrate.upgrade(engine, backup=backup)
            seed(make_session_factory(engine))
        else:
            migrate.check_schema(engine)
        if existed and backup:
            _daily_backup(engine)
    except (OperationalError, SQLAlchemyDatabaseError) as exc:
        # Unreachable server, wrong password, a file that is not a database at all.
        engine.dispose()
        raise DatabaseError(
            url=engine.url.render_as_string(hide_password=True), detail=explain_connect_error(exc)
        ) from exc
    except Exception:
        engine.dispose()
        raise
    database = Database(engine, make_session_factory(engine))
    if file is not None:
        database.marker = InUseMarker(file)
        database.file = file
        protect_database(file)
    try:
        database.accounts_exist()
    except (OperationalError, SQLAlchemyDatabaseError):
        pass  # opened without upgrading: an old schema has no account table yet
    return database


def _daily_backup(engine: Engine) -> None:
    """The first backup of the day; a failure (full disk) is logged, never blocks work."""
    try:
        made = daily_backup(engine)
    except (AppError, OSError) as exc:
        log.warning("daily backup failed: %s", exc)
        return
    if made is not None:
        log.info("daily backup %s", made)


def _refuse_network_file(db: str | Path) -> None:
    """A SQLite file on a network share is refused before it is touched (app.netpath)."""
    text = str(db).strip()
    if "://" not in text and unc_share(text) is not None:
        refuse_network_sqlite(text)
    path = sqlite_path(to_url(db))
    if path is not None:
        refuse_network_sqlite(path)


def seed(factory: sessionmaker) -> None:
    """Idempotent defaults of a new database."""
    with factory.begin() as session:
        seed_settings(session)
        seed_catalogue(session)
