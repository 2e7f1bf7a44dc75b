"""Expected errors of the program.

`app/` raises `AppError` subclasses carrying a stable code and parameters; the text lives
in the message catalogues (`app.messages`, Vietnamese and English). The CLI prints
`message(lang)` on stderr (exit 2; Vietnamese unless `--lang en`) and `ui/errors.py` shows
`message(<the interface language>)` in a message box.
"""

from __future__ import annotations

from typing import Any

from app.messages import Msg, format_message, localize

__all__ = [
    "AppError",
    "BadInput",
    "Cancelled",
    "DatabaseError",
    "FileLocked",
    "LoginFailed",
    "Msg",
    "NotFound",
    "PermissionDenied",
    "SchemaTooNew",
    "ServerUnavailable",
    "StaleRecord",
    "ValidationFailed",
]


class AppError(Exception):
    """Base of every expected error. `code` is a key of the message catalogues; `params`
    fill its text. `str(exc)` is the Vietnamese message."""

    code = "app_error"

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        if code is not None:
            self.code = code
        self.params = params
        super().__init__(self.message("vi"))

    def message(self, lang: str | None = None) -> str:
        """The message in `lang` ('vi' or 'en'; None: `app.messages.current_language()`,
        Vietnamese unless the GUI or `--lang` chose English)."""
        return format_message(self.code, self.params, lang)


class Cancelled(AppError):
    """The user cancelled a long operation; nothing was written."""

    code = "cancelled"


class BadInput(AppError):
    """Input that the user must correct (a file, a field, an argument).

    `BadInput(detail="…")` (code `bad_input`) is the old form: a Vietnamese sentence that the
    English interface shows as it is. New code raises `BadInput("some.code", **params)`."""

    code = "bad_input"


class NotFound(AppError):
    code = "not_found"


class ValidationFailed(AppError):
    """A record failed validation. `fields` maps a field name to its reason in the current
    language (`app.messages.current_language()` when raised: screens show them under their
    fields as they are); `reasons_by_field` keeps them as given (`Msg` or plain text)."""

    code = "validation_failed"

    def __init__(self, fields: dict[str, str]) -> None:
        self.reasons_by_field = dict(fields)
        self.fields = {k: localize(v) for k, v in self.reasons_by_field.items()}
        super().__init__(summary="")  # message() rebuilds the summary in the language asked

    def message(self, lang: str | None = None) -> str:
        summary = "; ".join(f"{k}: {localize(v, lang)}" for k, v in self.reasons_by_field.items())
        return format_message(self.code, {"summary": summary}, lang)

    def reasons(self, lang: str | None = None) -> list[str]:
        """The reasons alone, in `lang`, in field order."""
        return [localize(v, lang) for v in self.reasons_by_field.values()]


class StaleRecord(AppError):
    """Someone else saved the record after it was loaded (optimistic locking)."""

    code = "stale_record"


class DatabaseError(AppError):
    code = "database_error"


class SchemaTooNew(AppError):
    code = "schema_too_new"


class FileLocked(AppError):
    code = "file_locked"


class PermissionDenied(AppError):
    """The logged-in account's role may not do this (issue 12: roles enforced in services)."""

    code = "permission_denied"


class LoginFailed(AppError):
    """A wrong login or password, a disabled or locked account."""

    code = "login_failed"


class ServerUnavailable(AppError):
    """The database server stopped answering, dropped the connection, timed out a statement
    or a lock wait (app.db.server_unavailable classifies the driver's errors).

    `reason`: "lost" (no answer or connection lost), "timeout" (statement over the time
    limit), "lock" (a row locked by someone else too long). `may_have_written`: the
    connection was lost while a write was being committed, so it may have been saved."""

    code = "server_unavailable"
    REASONS = ("lost", "timeout", "lock")

    def __init__(self, *, reason: str = "lost", may_have_written: bool = False, driver_text: str = "") -> None:
        self.reason = reason if reason in self.REASONS else "lost"
        self.may_have_written = may_have_written
        # the driver's own first line, for the log (the message says what to do instead)
        super().__init__(reason=self.reason, may_have_written=may_have_written, driver_text=driver_text)

    def message(self, lang: str | None = None) -> str:
        head = format_message(f"server_unavailable.{self.reason}", {}, lang)
        if self.may_have_written:
            then = "server_unavailable.then_check"
        elif self.reason == "lock":
            then = "server_unavailable.then_wait"
        else:
            then = "server_unavailable.then_retry"
        return f"{head} {format_message(then, {}, lang)}"
