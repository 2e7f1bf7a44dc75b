"""What every service shares: the current account and the optimistic-lock check.

Every editable record carries a `version` column (SQLAlchemy's version counter) and
`updated_by`. A screen loads a record with its version and saves with it; a save from an
older version is refused with StaleRecord naming who saved last, never silently merged.

- `current_user()`: the login recorded in `updated_by` and the audit trail.
- `load_for_update(session, Model, key, version, missing=..., stale=...)`: load, NotFound
  when absent, StaleRecord when the version differs.
- `check_version(obj, version, stale)`: the same check on a record already loaded.
- `flush_or_stale(session, what, Model, key)`: flush; a concurrent save caught by the
  version column at flush time becomes StaleRecord.

Pure helpers over the caller's Session; any thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.errors import NotFound, StaleRecord
from app.services.audit import current_login

__all__ = ["current_user", "load_for_update", "check_version", "flush_or_stale"]

M = TypeVar("M")

Stale = str | Callable[[Any], str]  # what the record is called, or how to call it from the record


def current_user() -> str:
    """The logged-in account's login where one exists, else the OS login name."""
    return current_login()


def check_version(obj: Any, version: int | None, stale: Stale) -> None:
    """Raise StaleRecord when `version` (None: no check) is not the record's version.

    `stale` is the record's name in the message, or a function of the record giving it.
    """
    if version is not None and obj.version != version:
        what = stale(obj) if callable(stale) else stale
        raise StaleRecord(what=what, who=obj.updated_by or "người khác")


def load_for_update(
    session: Session, model: type[M], key: Any, version: int | None, *, missing: str, stale: Stale
) -> M:
    """The record `model[key]` as the screen saw it at `version` (None: no check).

    Raises NotFound(what=`missing`) and StaleRecord (see `check_version`).
    """
    obj = session.get(model, key)
    if obj is None:
        raise NotFound(what=missing, key=key)
    check_version(obj, version, stale)
    return obj


def flush_or_stale(session: Session, what: str, model: Any = None, key: Any = None) -> None:
    """Flush; a concurrent save caught by the version column becomes StaleRecord naming
    who saved last (read on a separate connection: the session's flush has failed)."""
    try:
        session.flush()
    except StaleDataError as exc:
        who = ""
        if model is not None:
            bind = session.get_bind()
            engine = bind if isinstance(bind, Engine) else bind.engine
            with engine.connect() as conn:
                who = conn.execute(select(model.updated_by).where(model.id == key)).scalar() or ""
        raise StaleRecord(what=what, who=who or "người khác") from exc
