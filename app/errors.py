"""Expected errors of the program.

`app/` raises `AppError` subclasses carrying a code and parameters; the CLI prints
`message()` on stderr (exit 2) and `ui/errors.py` shows the same text in a message box.
Messages are Vietnamese because the CLI has no translation layer; the GUI may translate
them by code.
"""

from __future__ import annotations

from typing import Any, ClassVar


class AppError(Exception):
    """Base of every expected error. `code` is stable; `params` fill the template."""

    code = "app_error"
    template = "Đã có lỗi: {detail}"

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        if code is not None:
            self.code = code
        self.params = params
        super().__init__(self.message())

    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):
            return f"{self.template} {self.params}"


class Cancelled(AppError):
    """The user cancelled a long operation; nothing was written."""

    code = "cancelled"
    template = "Đã hủy thao tác; không có gì thay đổi."


class BadInput(AppError):
    """Input that the user must correct (a file, a field, an argument)."""

    code = "bad_input"
    template = "{detail}"


class NotFound(AppError):
    code = "not_found"
    template = "Không tìm thấy {what}: {key}."


class ValidationFailed(AppError):
    """A record failed validation. `fields` maps a field name to a Vietnamese reason."""

    code = "validation_failed"
    template = "Dữ liệu chưa hợp lệ: {summary}"

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = dict(fields)
        super().__init__(summary="; ".join(f"{k}: {v}" for k, v in self.fields.items()))


class StaleRecord(AppError):
    """Someone else saved the record after it was loaded (optimistic locking)."""

    code = "stale_record"
    template = (
        "{what} đã được {who} thay đổi sau khi bạn mở. Hãy tải lại dữ liệu rồi sửa lại; "
        "thay đổi của bạn chưa được lưu."
    )


class DatabaseError(AppError):
    code = "database_error"
    template = "Không mở được cơ sở dữ liệu {url}: {detail}"


class SchemaTooNew(AppError):
    code = "schema_too_new"
    template = (
        "Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của chương trình (phiên bản lược đồ "
        "{revision}). Hãy cập nhật TĐKT Desk trước khi mở tệp này."
    )


class FileLocked(AppError):
    code = "file_locked"
    template = (
        "Không ghi được tệp {path}: tệp đang được mở trong chương trình khác (ví dụ Excel). "
        "Hãy đóng tệp đó hoặc chọn tên khác."
    )


class PermissionDenied(AppError):
    """The logged-in account's role may not do this (issue 12: roles enforced in services)."""

    code = "permission_denied"
    template = "Tài khoản {who} (vai trò {role}) không có quyền {what}; không có gì thay đổi."


class LoginFailed(AppError):
    """A wrong login or password, a disabled or locked account."""

    code = "login_failed"
    template = "{detail}"


class ServerUnavailable(AppError):
    """The database server stopped answering, dropped the connection, timed out a statement
    or a lock wait (app.db.server_unavailable classifies the driver's errors).

    `reason`: "lost" (no answer or connection lost), "timeout" (statement over the time
    limit), "lock" (a row locked by someone else too long). `may_have_written`: the
    connection was lost while a write was being committed, so it may have been saved."""

    code = "server_unavailable"
    REASONS: ClassVar[dict[str, str]] = {
        "lost": "Máy chủ cơ sở dữ liệu không phản hồi hoặc đã mất kết nối.",
        "timeout": "Máy chủ cơ sở dữ liệu xử lý quá lâu nên thao tác đã bị dừng.",
        "lock": "Dữ liệu cần sửa đang bị một máy khác giữ quá lâu.",
    }

    def __init__(self, *, reason: str = "lost", may_have_written: bool = False, detail: str = "") -> None:
        self.reason = reason if reason in self.REASONS else "lost"
        self.may_have_written = may_have_written
        super().__init__(reason=self.reason, may_have_written=may_have_written, detail=detail)

    def message(self) -> str:
        head = self.REASONS[self.reason]
        if self.may_have_written:
            return (f"{head} Kết nối bị mất đúng lúc đang lưu, nên thay đổi có thể đã được lưu hoặc chưa. "
                    "Hãy kiểm tra lại trước khi làm lại: mở lại màn hình để xem dữ liệu hiện có.")
        if self.reason == "lock":
            return f"{head} Không có gì thay đổi. Hãy đợi một lát rồi bấm Thử lại."
        return (f"{head} Thao tác chưa thực hiện được và không có gì thay đổi. Hãy kiểm tra máy chủ đã bật "
                "và mạng nội bộ thông suốt, rồi bấm Thử lại.")
