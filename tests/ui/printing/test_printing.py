"""PrintingScreen, BlankTemplateEditor, PrinterProfilesDialog."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from app.services import decision as dec
from app.services import printing
from tests.ui.decisions.test_decisions import approved_db  # noqa: F401  (fixture)


@pytest.fixture
def decision_db(approved_db):  # noqa: F811
    with approved_db.factory.begin() as s:
        approved_db.decision_id = dec.create_decision(
            s, data=dec.default_input(s, on=dt.date(2025, 3, 5), round_id=approved_db.round_id)
        )
    return approved_db


@pytest.fixture
def screen(qtbot, decision_db):
    from ui.printing.printing_screen import PrintingScreen

    w = PrintingScreen(decision_db)
    qtbot.addWidget(w)
    w.resize(1300, 740)
    w.show()
    return w


def test_editor_drag_changes_stored_mm(qtbot, decision_db):
    from ui.printing.template_editor import BlankTemplateEditor

    editor = BlankTemplateEditor(decision_db, "giay-khen")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    item = editor.items["recipient"]
    x0, y0, w0, h0 = item.mm()
    view = editor.view
    start = view.mapFromScene(item.mapToScene(item.boundingRect().center()))
    scale = view.transform().m11()  # pixels per mm
    end = start + QPoint(round(20 * scale), round(10 * scale))
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(view.viewport(), start + QPoint(3, 3))
    QTest.mouseMove(view.viewport(), end)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    x1, y1, w1, h1 = item.mm()
    assert x1 - x0 == pytest.approx(20, abs=1.0) and y1 - y0 == pytest.approx(10, abs=1.0)
    assert (w1, h1) == (w0, h0)
    assert editor.fields.currentItem().text() == "Người hoặc tập thể được tặng"
    assert editor.spins["x"].value() == pytest.approx(x1)
    # the spin boxes resize the box too
    editor.spins["w"].setValue(150)
    assert item.mm()[2] == 150
    editor.load_scan_file(_scan(tmp=editor))
    editor.save()
    with decision_db.factory() as s:
        stored = printing.get_blank_layout(s, key="giay-khen")
    box = stored.template.field("recipient", blank=True)
    assert (box.x, box.y, box.w) == (pytest.approx(x1), pytest.approx(y1), 150)
    assert stored.scan_image and stored.scan_name == "phoi.png"


def _scan(tmp):
    import tempfile
    from pathlib import Path

    from PySide6.QtGui import QColor, QImage

    image = QImage(297, 210, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4ecd8"))
    path = Path(tempfile.mkdtemp()) / "phoi.png"
    image.save(str(path))
    return path


def test_check_fit_refusal_lists_problems_and_produces_nothing(qtbot, screen, decision_db, tmp_path):
    with decision_db.factory.begin() as s:
        layout = printing.get_blank_layout(s, key="giay-khen")
        tiny = [
            dataclasses.replace(b, w=15, h=4, min_size=12) if b.name == "recipient" else b
            for b in layout.template.blank
        ]
        printing.save_blank_layout(s, key="giay-khen", version=0, boxes=tiny)
    screen.mode.setCurrentIndex(screen.mode.findData("blank"))
    screen.produce_pdf(tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()
    assert len(screen.problems) == 4
    assert "Giấy thứ 1" in screen.problem_list.toPlainText()
    assert "chưa tạo, chưa in gì" in screen.status.text()
    assert screen.log_model.rowCount() == 0
    # full design fits: the PDF is written and logged
    screen.mode.setCurrentIndex(screen.mode.findData("full"))
    screen.produce_pdf(tmp_path / "out.pdf")
    assert (tmp_path / "out.pdf").exists() and screen.log_model.rowCount() == 1
    assert screen.problem_list.toPlainText() == ""


def test_preview_and_log_reprint(qtbot, screen, decision_db, tmp_path, qtmodeltester):
    screen.check_button.click()
    assert screen.page.maximum() == 4
    assert not screen.preview.pixmap().isNull()
    screen.page.setValue(4)
    assert screen.log_model.rowCount() == 0  # a preview is not a printing
    screen.produce_pdf(tmp_path / "all.pdf")
    qtmodeltester.check(screen.log_model)
    log = screen.log_model.row_at(0)
    names = log.recipients.split("; ")
    assert len(names) == 4 and names[-1] == "Tập thể Văn phòng Sở"
    screen.reprint(log.id, 3, tmp_path / "again.pdf")
    assert (tmp_path / "again.pdf").exists()
    assert screen.log_model.rowCount() == 2
    again = screen.log_model.row_at(0)
    assert again.reprint and again.pages == 1 and again.recipients == "Tập thể Văn phòng Sở"


def test_profiles_dialog_saves_offsets(qtbot, decision_db, tmp_path):
    """The clerk types where the marks landed (a point or a comma); the dialog computes
    the offsets: a printer 1.5 mm to the right and 0.8 mm high gets X −1.5, Y +0.8."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.ui.keys import type_text
    from ui.printing.profiles_dialog import PrinterProfilesDialog

    dialog = PrinterProfilesDialog(decision_db)
    qtbot.addWidget(dialog)
    type_text(dialog.name, "Canon phòng TĐKT")
    x1, y1 = dialog.measured[1]
    x9, y9 = dialog.measured[9]
    QTest.keyClicks(x1, "21.5")  # a point …
    QTest.keyClicks(y1, "19,2")  # … or a comma
    ex9, ey9 = dialog.targets[9]
    QTest.keyClicks(x9, f"{ex9 + 1.5:g}".replace(".", ","))
    QTest.keyClicks(y9, f"{ey9 - 0.8:g}")
    QTest.keyClick(y9, Qt.Key.Key_Tab)
    assert "-1,5" in dialog.result_label.text() and "+0,8" in dialog.result_label.text()
    dialog.save()
    assert dialog.saved_name == "Canon phòng TĐKT"
    with decision_db.factory() as s:
        p = printing.get_printer_profile(s, name="canon phong tdkt")
    assert (p.offset_x_mm, p.offset_y_mm, p.scale_x, p.scale_y) == (-1.5, 0.8, 1.0, 1.0)
    out = tmp_path / "test.pdf"
    dialog.write_test_sheet(out, with_profile=True)
    assert out.exists()
    # measured again on a sheet printed through that profile: the marks now land right
    assert dialog.through_profile.isChecked()
    x1, y1 = dialog.measured[1]
    QTest.keyClicks(x1, "20")
    QTest.keyClicks(y1, "20")
    dialog.save()
    with decision_db.factory() as s:
        p = printing.get_printer_profile(s, name="canon phong tdkt")
    assert (p.offset_x_mm, p.offset_y_mm) == (-1.5, 0.8)
    dialog.profiles.setCurrentIndex(0)
    dialog.name.setText("CANON phòng tđkt")
    dialog.save()
    assert dialog.name_box.error.text()
    with decision_db.factory() as s:
        assert [r.name for r in printing.list_printer_profiles(s)] == ["Canon phòng TĐKT"]


def test_profiles_dialog_questions_bad_readings(qtbot, decision_db):
    from PySide6.QtTest import QTest

    from ui.printing.profiles_dialog import PrinterProfilesDialog

    dialog = PrinterProfilesDialog(decision_db)
    qtbot.addWidget(dialog)
    dialog.name.setText("HP")
    x1, y1 = dialog.measured[1]
    QTest.keyClicks(x1, "2O")  # a letter O typed for a zero
    dialog.save()
    assert "Dấu 1, x" in dialog.measure_error.text()
    x1.clear()
    QTest.keyClicks(x1, "75")  # 55 mm off: a misreading, not a printer
    QTest.keyClicks(y1, "20")
    dialog.save()
    assert "dấu số 1: đo được 75 mm nhưng dấu in ở 20 mm — lệch quá" in dialog.measure_error.text()
    assert dialog.result_label.text() == ""
    with decision_db.factory() as s:
        assert printing.list_printer_profiles(s) == []


def test_profiles_dialog_keeps_qdialog_result(qtbot, decision_db):
    """The calibration line is `result_label`: the dialog's QDialog.result() is not shadowed
    by a QLabel (found by mypy), so code asking a closed dialog for its result works."""
    from PySide6.QtWidgets import QDialog

    from ui.printing.profiles_dialog import PrinterProfilesDialog

    dialog = PrinterProfilesDialog(decision_db)
    qtbot.addWidget(dialog)
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected.value


def test_issuing_in_the_decisions_screen_refreshes_printing(qtbot, screen, decision_db, message_boxes):
    """No main window in between: the decisions screen issues through CollectionOp and the
    printing screen, subscribed to the change hub, shows the decision as issued."""
    from ui.decisions.decisions_screen import DecisionsScreen

    screen.show()
    qtbot.waitExposed(screen)
    assert screen.decision.count() == 1 and "dự thảo" in screen.decision.itemText(0)
    decisions = DecisionsScreen(decision_db)
    qtbot.addWidget(decisions)
    decisions.issue_button.click()
    assert "đã ban hành" in screen.decision.itemText(0)


def test_certificates_pdf_through_the_export_flow(qtbot, screen, decision_db, tmp_path, message_boxes, monkeypatch):
    """*Tạo PDF…*: the save dialog proposes the source and the date; the saved box offers to
    open the file; the print log gains the printing; another printing screen, hidden, shows
    it when shown again."""
    from ui import export_flow
    from ui.printing.printing_screen import PrintingScreen

    other = PrintingScreen(decision_db)
    qtbot.addWidget(other)
    asked = []
    monkeypatch.setattr(
        export_flow,
        "ask_save_file_name",
        lambda parent, title, start, filters: asked.append(start) or (str(tmp_path / "gk"), filters),
    )
    screen.pdf_button.click()
    assert Path(asked[-1]).name.startswith("Giấy khen Quyết định 01-QĐ-HĐTĐKT")
    assert (tmp_path / "gk.pdf").stat().st_size > 0  # the suffix added from the filter
    assert any(kind == "saved" for kind, _t, _x in message_boxes.calls)
    assert screen.log_model.rowCount() == 1
    assert other.log_model.rowCount() == 0  # hidden: reloaded when shown
    other.show()
    qtbot.waitExposed(other)
    assert other.log_model.rowCount() == 1
