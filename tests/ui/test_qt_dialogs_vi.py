"""Qt's own dialogs speak Vietnamese (issue 13): Qt ships no qtbase_vi.qm, so
resources/translations/tdkt_qt_vi.ts translates its file, progress and print dialogs
(on Windows the file and print dialogs are the system's own, in its language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressDialog, QPushButton


def test_qt_dialog_strings_are_vietnamese(app):
    tr = QCoreApplication.translate
    assert tr("QFileDialog", "Look in:") == "Tìm trong:"
    assert tr("QFileDialog", "%1 already exists.\nDo you want to replace it?").startswith("%1 đã có.")
    assert tr("QFileSystemModel", "Date Modified") == "Ngày sửa"
    assert tr("QPrintDialog", "&Print") == "&In"
    assert tr("QPrintSettingsOutput", "Copies:") == "Số bản:"


def test_widget_file_dialog_shows_vietnamese_labels(qtbot, tmp_path):
    dialog = QFileDialog(None, "Lưu", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Tìm &trong:", "&Tên tệp:", "&Loại tệp:"} <= texts
    assert "&Lưu" in {b.text() for b in dialog.findChildren(QPushButton)}


def test_progress_dialog_cancel_is_vietnamese(qtbot):
    dialog = QProgressDialog()
    qtbot.addWidget(dialog)
    assert "Hủy" in {b.text() for b in dialog.findChildren(QPushButton)}
