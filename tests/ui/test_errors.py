import sys

from PySide6.QtGui import QGuiApplication

from app.errors import NotFound
from ui import errors
from ui.errors import UnexpectedErrorDialog


def test_app_error_is_a_vietnamese_warning(message_boxes):
    errors.show_error(None, NotFound(what="cán bộ", key="CB9"))
    assert message_boxes.texts("warning") == ["Không tìm thấy cán bộ: CB9."]


def test_unexpected_error_dialog_shows_traceback_copy_and_log(qtbot, monkeypatch, tmp_path):
    shown = []

    def fake_exec(self):
        qtbot.addWidget(self)
        shown.append(self)
        return 0

    monkeypatch.setattr(UnexpectedErrorDialog, "exec", fake_exec)
    errors.set_log_file(tmp_path / "tdkt.log")
    try:
        try:
            {}["missing"]
        except KeyError as exc:
            errors.show_error(None, exc)
    finally:
        errors.set_log_file(None)
    (dialog,) = shown
    assert "Đã xảy ra lỗi không mong muốn" in [w.text() for w in dialog.findChildren(type(dialog.log_label))]
    assert "KeyError: 'missing'" in dialog.text.toPlainText()
    assert "test_errors.py" in dialog.text.toPlainText()
    assert str(tmp_path / "tdkt.log") in dialog.log_label.text()
    assert dialog.copy_button.text() == "Sao chép chi tiết"
    dialog.copy_button.click()
    assert "KeyError: 'missing'" in QGuiApplication.clipboard().text()


def test_excepthook_routes_uncaught_exceptions_to_the_dialog(monkeypatch):
    shown = []
    monkeypatch.setattr(UnexpectedErrorDialog, "exec", lambda self: shown.append(self.details) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    try:
        raise RuntimeError("slot exploded")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1 and "RuntimeError: slot exploded" in shown[0]
