"""PrintingScreen, BlankTemplateEditor, PrinterProfilesDialog."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from app.services import decision as dec
from app.services import printing
from tests.ui.test_decisions import approved_db  # noqa: F401  (fixture)


@pytest.fixture
def decision_db(approved_db):  # noqa: F811
    with approved_db.factory.begin() as s:
        approved_db.decision_id = dec.create_decision(
            s, data=dec.default_input(s, on=dt.date(2025, 3, 5), round_id=approved_db.round_id))
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
    assert editor.save()
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
        tiny = [dataclasses.replace(b, w=15, h=4, min_size=12) if b.name == "recipient" else b
                for b in layout.template.blank]
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
    from ui.printing.profiles_dialog import PrinterProfilesDialog

    dialog = PrinterProfilesDialog(decision_db)
    qtbot.addWidget(dialog)
    dialog.name.setText("Canon phòng TĐKT")
    dialog.spins["offset_x_mm"].setValue(-1.5)
    dialog.spins["offset_y_mm"].setValue(0.8)
    assert dialog.save()
    with decision_db.factory() as s:
        p = printing.get_printer_profile(s, name="canon phong tdkt")
    assert (p.offset_x_mm, p.offset_y_mm, p.scale_x) == (-1.5, 0.8, 1.0)
    out = dialog.write_test_sheet(tmp_path / "test.pdf", with_profile=True)
    assert out.exists()
    dialog.profiles.setCurrentIndex(0)
    dialog.name.setText("CANON phòng tđkt")
    assert not dialog.save() and dialog.name_box.error.text()
