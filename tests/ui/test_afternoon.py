"""The clerk's afternoon (PRODUCT.md §4, issue 14), walked through the real main window on a
fresh database: real key events for every typed value (dates included), buttons found by
their text and clicked, modal dialogs answered as they open. Only the operating system's
file choosers are stood in for (they are native windows), and message boxes are recorded
(tests/ui/conftest.py). The database and every file written are checked at each step.

Run alone with `pytest -m afternoon`; it is part of the normal suite too."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy import func, select

from app.models import (
    Award,
    Ballot,
    CouncilMember,
    Meeting,
    MeetingAttendance,
    Nomination,
    Person,
    PrinterProfile,
    PrintLog,
)
from app.rules.person import STAFF_COLUMNS, STAFF_SHEET, UNIT_COLUMNS, UNIT_SHEET
from app.services import movement
from app.services import settings as settings_service
from tests.ui.keys import retype, type_text
from ui.first_run import run_wizard as REAL_RUN_WIZARD

pytestmark = pytest.mark.afternoon

YEAR = movement.default_round_year()
PDFTOTEXT = shutil.which("pdftotext")


# ---------------------------------------------------------------- the clerk's hands


def click(parent: QWidget, text: str) -> None:
    """Click the visible, enabled button whose text (without its & shortcut) is `text`."""
    found = [
        b
        for b in parent.findChildren(QAbstractButton)
        if b.text().replace("&&", "\0").replace("&", "").replace("\0", "&") == text and b.isVisible()
    ]
    assert found, f"no visible button «{text}» in {type(parent).__name__}"
    button = found[0]
    assert button.isEnabled(), f"button «{text}» is disabled"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def click_tab(tabs, text: str) -> None:
    bar = tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i).replace("&", "") == text)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def ok_button(dialog: QWidget) -> QAbstractButton:
    box = dialog.findChild(QDialogButtonBox)
    for role in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Save):
        if box.button(role) is not None:
            return box.button(role)
    raise AssertionError("no OK button")


class Modal:
    """Answer the next modal dialog: `action(dialog)` runs once it is shown (in its exec()
    loop). An exception closes the dialog (no hang) and is raised again by `check()`."""

    def __init__(self, action) -> None:
        self.action = action
        self.seen: list[QWidget] = []
        self.error: BaseException | None = None
        self.tries = 0
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            self.tries += 1
            if self.tries < 500:
                QTimer.singleShot(10, self._poll)
            return
        self.seen.append(dialog)
        try:
            self.action(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised by check()
            self.error = exc
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.reject()
            return
        QTimer.singleShot(300, lambda: self._still_open(dialog))

    def _still_open(self, dialog: QWidget) -> None:
        """The dialog was answered but is open again (refused input): fail, never hang."""
        try:
            still = QApplication.activeModalWidget() is dialog and dialog.isVisible()
        except RuntimeError:  # already deleted: it closed, as it should
            return
        if still:
            shown = [
                w.text()
                for w in dialog.findChildren(QWidget)
                if hasattr(w, "text") and w.isVisible() and w.property("role") == "field-error" and w.text()
            ]
            self.error = AssertionError(f"{type(dialog).__name__} still open after its answer: {shown}")
            dialog.reject()

    def check(self) -> QWidget:
        if self.error is not None:
            raise self.error
        assert self.seen, "the dialog never opened"
        return self.seen[0]


def answer_input(text: str, *, multi_line: bool = False):
    """An action typing `text` into a QInputDialog and pressing OK."""

    def act(dialog: QInputDialog) -> None:
        field = dialog.findChild(QPlainTextEdit) if multi_line else dialog.findChild(QLineEdit)
        retype(field, text)
        QTest.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    return act


def pdf_text(path: Path) -> str:
    return subprocess.run([PDFTOTEXT, "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


# ---------------------------------------------------------------- the files the clerk brings

UNITS = [
    ("KHOI", "Khối các sở, ngành", "Khối thi đua", ""),
    ("SNV", "Sở Nội vụ", "Cơ quan", "KHOI"),
    ("SNV-TC", "Phòng Tổ chức, biên chế", "Đơn vị (vụ, phòng)", "SNV"),
    ("SNV-VP", "Văn phòng Sở", "Đơn vị (vụ, phòng)", "SNV"),
]
# code, name, gender, birth, ethnicity, position, leader, category, unit, from, to
PEOPLE = [
    ("CB001", "Nguyễn Thị Hoa", "Nữ", "15/03/1985", "Kinh", "Chuyên viên", "", "", "SNV-TC", "", ""),
    ("CB002", "Trần Văn Minh", "Nam", "1978", "Kinh", "Trưởng phòng", "", "", "SNV-TC", "", ""),
    ("CB003", "Lê Thị Lan", "Nữ", "02/11/1990", "Tày", "Chuyên viên", "", "", "SNV-VP", "", ""),
    ("CB004", "Phạm Văn Nam", "Nam", "1969", "Kinh", "Giám đốc", "", "", "SNV", "", ""),
    ("CB005", "Đỗ Thị Ánh", "Nữ", "1992", "Kinh", "Chánh Văn phòng", "", "", "SNV-VP", "", ""),
    ("CB006", "Vũ Đức Thắng", "Nam", "1980", "Kinh", "Phó Giám đốc", "", "", "SNV", "", ""),
]
BAD_PEOPLE = [  # three rows a clerk gets wrong
    ("CB007", "Hoàng Văn Bảy", "X", "1985", "Kinh", "", "", "", "SNV-TC", "", ""),  # gender
    ("CB008", "Bùi Thị Tám", "Nữ", "31/02/1990", "Kinh", "", "", "", "SNV-TC", "", ""),  # no such day
    ("CB009", "Ngô Văn Chín", "Nam", "1975", "Kinh", "", "", "", "SNV-KH", "", ""),  # unknown unit
]
FIXED_PEOPLE = [
    ("CB007", "Hoàng Văn Bảy", "Nam", "1985", "Kinh", "Chuyên viên", "", "", "SNV-TC", "", ""),
    ("CB008", "Bùi Thị Tám", "Nữ", "28/02/1990", "Kinh", "Chuyên viên", "", "", "SNV-TC", "", ""),
    ("CB009", "Ngô Văn Chín", "Nam", "1975", "Kinh", "Chuyên viên", "", "", "SNV-VP", "", ""),
]


def staff_file(path: Path, people) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = UNIT_SHEET
    ws.append([c.header for c in UNIT_COLUMNS])
    for u in UNITS:
        ws.append(list(u))
    ws = wb.create_sheet(STAFF_SHEET)
    ws.append([c.header for c in STAFF_COLUMNS])
    for p in people:
        ws.append(list(p))
    wb.save(path)
    return path


def history_file(path: Path) -> Path:
    """Last year's and this year's ratings, and earlier awards: Hoa, Minh, Lan and Ánh rated
    «Hoàn thành xuất sắc nhiệm vụ» this year; Bảy only «Hoàn thành nhiệm vụ» (not LĐTT)."""
    wb = Workbook()
    wb.remove(wb.active)
    ws = wb.create_sheet("Xếp loại")
    ws.append(["Mã cán bộ*", "Năm*", "Xếp loại*"])
    for code in ("CB001", "CB002", "CB003", "CB005"):
        ws.append([code, YEAR - 1, "HTXSNV"])
        ws.append([code, YEAR, "Hoàn thành xuất sắc nhiệm vụ"])
    ws.append(["CB007", YEAR, "HTNV"])
    ws = wb.create_sheet("Khen thưởng")
    ws.append(
        [
            "Mã cán bộ",
            "Mã đơn vị",
            "Năm*",
            "Danh hiệu/hình thức*",
            "Số quyết định",
            "Ngày quyết định",
            "Cơ quan ban hành",
        ]
    )
    ws.append(["CB001", None, YEAR - 1, "LDTT", "12/QĐ-SNV", f"15/12/{YEAR - 1}", "Sở Nội vụ"])
    wb.save(path)
    return path


# ---------------------------------------------------------------- the afternoon


@pytest.fixture
def window(qtbot, db, monkeypatch):
    import ui.first_run as first_run
    from ui.main_window import MainWindow

    monkeypatch.setattr(first_run, "run_wizard", REAL_RUN_WIZARD)  # the real first-run wizard
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def save_as(monkeypatch):
    """The OS file chooser: answers with the next path given, records the suggested name."""
    answers: list[Path] = []
    suggested: list[str] = []

    def get_save(parent, title, start="", filt="", *a, **k):
        suggested.append(Path(start).name)
        return str(answers.pop(0)), filt

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save)
    return answers, suggested


def test_the_clerks_afternoon(qtbot, window, db, tmp_path, message_boxes, save_as, monkeypatch):
    from ui.nominations.nominations_screen import ExportOptionsDialog

    # The real options dialog, answered like every other modal dialog here (the shared
    # fixture accepts it blindly).
    monkeypatch.setattr(ExportOptionsDialog, "exec", QDialog.exec)
    answers, suggested = save_as
    folder = tmp_path / "Hồ sơ TĐKT #1 (100%)"
    folder.mkdir()

    # ---- 1. first run: the agency, typed into the wizard
    def fill_setup(wizard):
        type_text(wizard.fields["agency_name"], "Sở Nội vụ tỉnh Bắc Ninh")
        type_text(wizard.fields["issuing_body"], "UBND TỈNH BẮC NINH")
        retype(wizard.fields["place_name"], "Bắc Ninh")
        click(wizard, "Tiếp >")
        type_text(wizard.fields["signer_title"], "GIÁM ĐỐC")
        type_text(wizard.fields["signer_name"], "Phạm Văn Nam")
        click(wizard, "Xong")

    setup = Modal(fill_setup)
    window.first_run_setup()
    setup.check()
    with db.factory() as s:
        assert settings_service.missing_setup(settings_service.get_settings(s)) == []
    assert "Sở Nội vụ tỉnh Bắc Ninh" in window.windowTitle()

    # ---- 2. staff from Excel: three bad rows first, then fixed
    staff = staff_file(folder / "Danh sách cán bộ.xlsx", PEOPLE + BAD_PEOPLE)

    def import_staff(wizard):
        type_text(wizard.choose_page.path_edit, str(staff))
        QTest.keyClick(wizard.choose_page.path_edit, Qt.Key.Key_Return)  # Enter = «Tiếp»
        page = wizard.preview_page
        assert page.counts.text().startswith("10 dòng hợp lệ, 3 dòng lỗi"), page.counts.text()
        reasons = [page.issues_model.row_values(i) for i in range(page.issues_model.rowCount())]
        assert len(reasons) == 3 and {r[1] for r in reasons} == {8, 9, 10}
        assert not wizard.button(wizard.WizardButton.CommitButton).isEnabled()
        click(wizard, "< Quay lại")
        staff_file(staff, PEOPLE + FIXED_PEOPLE)  # the clerk fixes the file in Excel
        click(wizard, "Tiếp >")
        assert page.counts.text().startswith("13 dòng hợp lệ, 0 dòng lỗi — 13 thêm mới, 0 cập nhật, 0 không đổi")
        click(wizard, "Nhập")
        assert "9 cán bộ thêm mới" in wizard.result_page.summary.text()
        click(wizard, "Xong")

    step = Modal(import_staff)
    window.import_action.trigger()
    step.check()
    with db.factory() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 9

    # ---- 3. history, through the same wizard; an identical file again changes nothing
    hist = history_file(folder / "Lịch sử khen thưởng.xlsx")

    def import_history(wizard):
        assert wizard.windowTitle() == "Nhập lịch sử khen thưởng từ Excel"
        type_text(wizard.choose_page.path_edit, str(hist))
        click(wizard, "Tiếp >")
        assert "10 thêm mới, 0 cập nhật" in wizard.preview_page.counts.text()
        click(wizard, "Nhập")
        assert "Đã nhập" in wizard.result_page.summary.text()
        click(wizard, "Xong")

    step = Modal(import_history)
    window.import_history_action.trigger()
    step.check()

    def import_history_again(wizard):
        type_text(wizard.choose_page.path_edit, str(hist))
        click(wizard, "Tiếp >")
        assert "0 thêm mới, 0 cập nhật, 10 không đổi" in wizard.preview_page.counts.text()
        wizard.reject()

    step = Modal(import_history_again)
    window.import_history_action.trigger()
    step.check()

    # ---- 4. the round, its dates typed three ways
    window.show_screen("rounds")
    rounds = window.screen("rounds")

    def new_round(dialog):
        assert dialog.year.text() == str(YEAR)
        type_text(dialog.review_date, f"1612{YEAR}")
        type_text(dialog.submission_deadline, f"10-12-{YEAR}")
        type_text(dialog.meeting_date, f"16/12/{YEAR}")
        click(dialog, "Lưu")

    step = Modal(new_round)
    click(rounds, "Thêm đợt xét…")
    step.check()
    with db.factory() as s:
        rnd = movement.list_rounds(s)[0]
    assert (rnd.year, rnd.review_date, rnd.meeting_date) == (YEAR, dt.date(YEAR, 12, 16), dt.date(YEAR, 12, 16))

    # ---- 5. nominations: each nominee found by typing a few letters (one result: selected)
    window.show_screen("nominations")
    noms = window.screen("nominations")

    def nominate(query: str, award: str = "LDTT"):
        def act(picker):
            picker.award.setCurrentIndex(picker.award.findData(award))
            type_text(picker.search, query)
            picker.refresh_people()
            assert len(picker.person_ids) == 1
            QTest.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)

        return act

    for query in ("thi hoa", "tran van minh", "le thi lan", "hoang van bay"):
        step = Modal(nominate(query))
        click(noms, "Thêm…")
        step.check()
    for query in ("thi hoa", "tran van minh", "le thi lan"):  # CSTĐCS: the Council votes on it
        step = Modal(nominate(query, "CSTDCS"))
        click(noms, "Thêm…")
        step.check()
    click(noms, "Kiểm tra lại")

    def listed():
        return {
            (noms.model.row_at(i).name, noms.model.row_at(i).award_code): noms.model.row_at(i)
            for i in range(noms.model.rowCount())
        }

    rows = listed()
    assert len(rows) == 7
    assert rows[("Hoàng Văn Bảy", "LDTT")].verdict_status == "NOT_ELIGIBLE"
    assert {rows[(n, "LDTT")].verdict_status for n in ("Nguyễn Thị Hoa", "Trần Văn Minh", "Lê Thị Lan")} == {"ELIGIBLE"}

    def statuses() -> dict:
        with db.factory() as s:
            return {
                (n, a): st
                for n, a, st in s.execute(
                    select(Person.full_name, Nomination.award_code, Nomination.status).join(
                        Nomination, Nomination.person_id == Person.id
                    )
                )
            }

    # submitted and checked: all but Bảy's; the CSTĐCS ones go to the Council
    noms.select_ids([r.id for key, r in rows.items() if key[0] != "Hoàng Văn Bảy"])
    click(noms, "Nộp")
    click(noms, "Đã kiểm tra")
    assert statuses()[("Hoàng Văn Bảy", "LDTT")] == "DRAFT"
    assert {st for key, st in statuses().items() if key[0] != "Hoàng Văn Bảy"} == {"CHECKED"}

    # ---- 6. the Council from the registry: Minh (a nominee) and an outsider from a unit
    window.show_screen("council")
    council = window.screen("council")
    step = Modal(answer_input("Hội đồng Thi đua - Khen thưởng Sở Nội vụ"))
    click(council, "Tạo Hội đồng…")
    step.check()

    def add_member(query: str, role: str | None = None, outsider_unit: str | None = None):
        def act(dialog):
            if outsider_unit:
                dialog.outsider_radio.setChecked(True)
                type_text(dialog.name, query)
                type_text(dialog.unit.lineEdit(), outsider_unit)  # a unit's name, as the clerk knows it
                assert dialog.unit.is_valid()
            else:
                type_text(dialog.search, query)
                dialog._run_search()
                assert dialog.person_id is not None
            if role:
                dialog.role.setCurrentIndex(dialog.role.findData(role))
            QTest.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

        return act

    for args in (
        ("pham van nam", "CHU_TICH"),
        ("vu duc thang", "PHO_CHU_TICH"),
        ("tran van minh", None),
        ("do thi anh", "THU_KY"),
        ("Ngô Thanh Khách", None, "Văn phòng Sở"),
    ):
        step = Modal(add_member(*args))
        click(council, "Thêm thành viên…")
        step.check()
    with db.factory() as s:
        members = s.execute(select(CouncilMember.full_name, CouncilMember.person_id, CouncilMember.unit_id)).all()
    assert len(members) == 5 and sum(1 for m in members if m.person_id) == 4
    outsider = next(m for m in members if m.person_id is None)
    assert outsider.full_name == "Ngô Thanh Khách" and outsider.unit_id is not None

    window.show_screen("nominations")
    noms.refresh()
    flagged = {r.name: r.conflicts for r in listed().values()}
    # Minh is himself a nominee; Hoa works in Minh's own unit; Lan in the outsider's unit
    assert flagged["Trần Văn Minh"] == ("Trần Văn Minh",)
    assert flagged["Nguyễn Thị Hoa"] == ("Trần Văn Minh",)
    assert flagged["Lê Thị Lan"] == ("Đỗ Thị Ánh", "Ngô Thanh Khách")
    row = next(i for i in range(noms.model.rowCount()) if noms.model.row_at(i).name == "Trần Văn Minh")
    tip = noms.model.data(noms.model.index(row, noms.model.COL_CONFLICT), Qt.ItemDataRole.ToolTipRole)
    assert "Quy tắc" in tip and "cùng phòng" in tip

    # ---- 7. the meeting: its date from the round, times typed; attendance, a written opinion
    window.show_screen("council")
    click_tab(council.tabs, "Phiên họp")
    step = Modal(answer_input("Phòng họp tầng 2"))
    click(council, "Tạo phiên họp…")
    step.check()
    assert council.starts_edit.text() == f"16/12/{YEAR} 08:00"
    retype(council.starts_edit, f"16/12/{YEAR} 14:00")
    retype(council.ends_edit, f"1612{YEAR} 1630")
    click(council, "Lưu thông tin phiên họp")
    with db.factory() as s:
        meeting = s.scalars(select(Meeting)).one()
    assert (meeting.starts_at, meeting.ends_at) == (dt.datetime(YEAR, 12, 16, 14, 0), dt.datetime(YEAR, 12, 16, 16, 30))

    names = [council.attendance_table.item(r, 0).text() for r in range(council.attendance_table.rowCount())]
    opinion = "Nhất trí đề nghị tặng danh hiệu cho cả ba đồng chí."
    step = Modal(answer_input(opinion, multi_line=True))
    combo = council.attendance_table.cellWidget(names.index("Vũ Đức Thắng"), 2)
    combo.setCurrentIndex(combo.findData("WRITTEN"))
    step.check()
    with db.factory() as s:
        written = s.execute(
            select(MeetingAttendance.status, MeetingAttendance.opinion).where(MeetingAttendance.status == "WRITTEN")
        ).all()
    assert written == [("WRITTEN", opinion)]
    council.head_combo.setCurrentIndex(council.head_combo.findText("Đỗ Thị Ánh"))
    council.committee_list.item(0).setCheckState(Qt.CheckState.Checked)
    click(council, "Lưu Ban kiểm phiếu")

    # ---- 8. the ballot: papers printed, two passes with one disagreement, compare, fix, seal
    click_tab(council.tabs, "Bỏ phiếu")

    def new_ballot(dialog):
        QTest.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    step = Modal(new_ballot)
    click(council, "Tạo phiếu bầu…")
    step.check()
    with db.factory() as s:
        ballot = s.scalars(select(Ballot)).one()
    council.ballots_view.selectRow(0)
    papers = folder / "phiếu bầu.pdf"
    answers.append(papers)
    click(council, "In phiếu bầu (PDF)…")
    assert papers.exists() and "vòng 1" in suggested[-1] and suggested[-1].startswith("Phiếu bầu")
    if PDFTOTEXT:
        assert "SỞ NỘI VỤ TỈNH BẮC NINH" in pdf_text(papers) and "Trần Văn Minh" in pdf_text(papers)

    def enter(entry: str, sheets: list[str]) -> None:
        click(council, f"Nhập lượt {entry}")
        widget = council.detail
        for line in sheets:
            QTest.keyClicks(widget.input, line)
            QTest.keyClick(widget.input, Qt.Key.Key_Return)
        click(widget, "Xong lượt nhập")

    from app.services import ballot as ballot_service

    with db.factory() as s:
        numbers = {c.name: c.number for c in ballot_service.list_candidates(s, ballot_id=ballot.id)}
    lan, minh = str(numbers["Lê Thị Lan"]), str(numbers["Trần Văn Minh"])
    enter("A", [lan, lan, lan, lan])
    enter("B", [lan, lan, f"{lan} {minh}", lan])  # one sheet read differently
    click(council, "So sánh")
    compare = council.detail
    assert "khác nhau ở 1 phiếu" in compare.summary.text()
    compare.table.selectRow(0)
    click(compare, "Lấy theo lượt A")  # the paper says 3
    assert "khớp nhau (4 phiếu)" in compare.summary.text()
    click(council, "Kiểm phiếu và niêm phong…")
    with db.factory() as s:
        assert s.get(Ballot, ballot.id).status == "SEALED"
    assert "UTC" not in council.seal_label.text()
    after = statuses()
    assert after[("Nguyễn Thị Hoa", "CSTDCS")] == after[("Trần Văn Minh", "CSTDCS")] == "APPROVED"
    assert after[("Lê Thị Lan", "CSTDCS")] == "REJECTED"  # struck on every sheet
    # ---- both minutes: times from the meeting, the written opinion listed
    tally, minutes = folder / "biên bản kiểm phiếu.pdf", folder / "biên bản họp.pdf"
    answers.extend([tally])
    click(council, "Biên bản kiểm phiếu (PDF)…")
    click_tab(council.tabs, "Phiên họp")
    answers.extend([minutes])
    click(council, "Biên bản họp Hội đồng (PDF)…")
    assert tally.exists() and minutes.exists()
    if PDFTOTEXT:
        t, m = pdf_text(tally), pdf_text(minutes)
        assert "16 giờ 30" in t
        assert "Ý kiến bằng văn bản" in m and "Nhất trí đề nghị tặng danh hiệu" in m and "14 giờ" in m
    assert any(kind == "saved" for kind, _t, _x in message_boxes.calls)

    # ---- 9. the LĐTT ones approved (no vote needed), then the decision: its date typed over, issued
    window.show_screen("nominations")
    noms.refresh()
    noms.select_ids([r.id for key, r in listed().items() if key[1] == "LDTT" and key[0] != "Hoàng Văn Bảy"])
    click(noms, "Duyệt")
    # ---- the list sent upward: what the clerk chose (by default the sendable ones)
    sent = folder / "danh sách gửi cấp trên.xlsx"
    answers.append(sent)

    def export_options(dialog):
        assert dialog.sendable.isChecked()
        dialog.with_verdict.setChecked(True)
        click(dialog, "Chọn nơi lưu…")

    step = Modal(export_options)
    click(noms, "Xuất Excel…")
    step.check()
    cells = [c.value for row in load_workbook(sent).active.iter_rows() for c in row if c.value is not None]
    assert "Kết quả kiểm tra" in cells and "Hoàng Văn Bảy" not in cells  # a draft, ✘: not sent
    assert cells.count("Nguyễn Thị Hoa") == 2 and cells.count("Lê Thị Lan") == 1  # her CSTĐCS was voted down

    window.show_screen("decisions")
    decisions = window.screen("decisions")

    def new_decision(dialog):
        dialog.round.setCurrentIndex(dialog.round.findData(rnd.id))  # take the round's approved nominations
        retype(dialog.day, f"16/12/{YEAR}")
        assert f"ngày 16 tháng 12 năm {YEAR}" in dialog.preview.text()
        click(dialog, "Lưu")

    step = Modal(new_decision)
    click(decisions, "Quyết định mới…")
    step.check()
    click(decisions, "Ban hành")
    with db.factory() as s:
        awards = s.execute(
            select(Person.full_name, Award.award_code, Award.year)
            .join(Person, Person.id == Award.person_id)
            .where(Award.year == YEAR)
        ).all()
    assert not message_boxes.texts("warning"), message_boxes.texts("warning")
    assert sorted(awards) == [
        ("Lê Thị Lan", "LDTT", YEAR),
        ("Nguyễn Thị Hoa", "CSTDCS", YEAR),
        ("Nguyễn Thị Hoa", "LDTT", YEAR),
        ("Trần Văn Minh", "CSTDCS", YEAR),
        ("Trần Văn Minh", "LDTT", YEAR),
    ]
    assert set(statuses().values()) == {"DECIDED", "REJECTED", "DRAFT"}

    # ---- 10. the printer calibrated by typing where the marks landed
    window.show_screen("printing")
    printing_screen = window.screen("printing")

    def calibrate(dialog):
        type_text(dialog.name, "Canon LBP phòng TĐKT")
        (x1, y1), (x9, y9) = dialog.measured[1], dialog.measured[9]
        ex9, ey9 = dialog.targets[9]
        QTest.keyClicks(x1, "21.5")
        QTest.keyClicks(y1, "19,2")
        QTest.keyClicks(x9, f"{ex9 + 1.5:g}".replace(".", ","))
        QTest.keyClicks(y9, f"{ey9 - 0.8:g}")
        assert "-1,5" in dialog.result_label.text() and "+0,8" in dialog.result_label.text()
        click(dialog, "Lưu")
        click(dialog, "Đóng")

    step = Modal(calibrate)
    click(printing_screen, "Căn chỉnh máy in…")
    step.check()
    with db.factory() as s:
        profile = s.scalars(select(PrinterProfile)).one()
    assert (profile.offset_x_mm, profile.offset_y_mm) == (-1.5, 0.8)

    # ---- certificates onto the blanks
    printing_screen.mode.setCurrentIndex(printing_screen.mode.findData("blank"))
    certificates = folder / "giấy khen.pdf"
    answers.append(certificates)
    click(printing_screen, "Tạo PDF…")
    assert certificates.exists()
    with db.factory() as s:
        log = s.scalars(select(PrintLog)).one()
    assert (log.mode, log.printer_name, log.pages) == ("blank", "Canon LBP phòng TĐKT", 5)
    assert Path(log.output) == certificates
    if PDFTOTEXT:
        text = pdf_text(certificates)
        assert "Nguyễn Thị Hoa" in text or "NGUYỄN THỊ HOA" in text

    # ---- 11. form 0603
    window.show_screen("reports")
    reports = window.screen("reports")
    reports.kind_combo.setCurrentIndex(reports.kind_combo.findData("0603"))
    reports.year_spin.setValue(YEAR)
    form = folder / "Biểu 0603.xlsx"
    answers.append(form)
    click(reports, "Lưu Excel…")
    assert form.exists() and load_workbook(form).active.max_row > 5
