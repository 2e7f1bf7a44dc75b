"""History import from Excel: template round trip, good file, every failure kind, only-valid, upserts."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.errors import BadInput, Cancelled
from app.exports.history_template import EXAMPLES, write_history_template
from app.models import Award, Discipline, Initiative, Leave, Rating
from app.rules.history_sheets import HISTORY_SHEETS
from app.rules.person import PersonInput, UnitInput
from app.services.history import FIRST_YEAR, add_rating, get_history
from app.services.history_import import (
    ACTION_ERROR,
    ACTION_UNCHANGED,
    ACTION_UPDATE,
    apply_history_import,
    preview_history_import,
    read_history_file,
    run_import,
)
from app.services.org import create_person, create_unit

TODAY = _dt.date(2025, 6, 1)

RATING_HEADERS = ["Mã cán bộ*", "Năm*", "Xếp loại*"]
AWARD_HEADERS = [
    "Mã cán bộ",
    "Mã đơn vị",
    "Năm*",
    "Danh hiệu/hình thức*",
    "Số quyết định",
    "Ngày quyết định",
    "Cơ quan ban hành",
]
INITIATIVE_HEADERS = [
    "Mã cán bộ*",
    "Tên sáng kiến/đề tài*",
    "Loại",
    "Cấp công nhận*",
    "Năm*",
    "Ngày công nhận",
    "Tác giả",
]
DISCIPLINE_HEADERS = ["Mã cán bộ*", "Hình thức*", "Từ ngày*", "Đến ngày", "Ghi chú"]
LEAVE_HEADERS = ["Mã cán bộ*", "Từ ngày*", "Đến ngày*", "Ghi chú"]

GOOD = {
    "Xếp loại": (
        RATING_HEADERS,
        [
            ["CB001", 2022, "HTXSNV"],
            ["CB001", "2023", "Hoàn thành tốt nhiệm vụ"],
            ["CB002", 2023.0, "htnv"],
            ["CB003", 2024, "hoan thanh xuat sac nhiem vu"],
        ],
    ),
    "Khen thưởng": (
        AWARD_HEADERS,
        [
            ["CB001", None, 2023, "CSTDCS", "125/QĐ-BTCTW", "15/01/2024", "Ban Tổ chức Trung ương"],
            ["CB002", None, 2023, "lao dong tien tien", None, _dt.datetime(2024, 1, 15), None],
            [None, "BTC-VP", 2023, "Tập thể lao động xuất sắc", "130/QĐ", "20/01/2024", "Ban Tổ chức"],
        ],
    ),
    "Sáng kiến": (
        INITIATIVE_HEADERS,
        [
            ["CB001", "Số hóa hồ sơ", "Sáng kiến", "Cấp cơ sở", 2023, "20/11/2023", "Nguyễn Thị Hoa"],
            ["CB002", "Đề án tinh gọn bộ máy", "Đề tài", "BO_TINH", 2022, None, None],
        ],
    ),
    "Kỷ luật": (
        DISCIPLINE_HEADERS,
        [
            ["CB003", "Khiển trách", "01/06/2021", "31/05/2022", "QĐ 45"],
        ],
    ),
    "Nghỉ thai sản": (
        LEAVE_HEADERS,
        [
            ["CB003", "01/02/2022", "31/07/2022", None],
        ],
    ),
}


def write_history_xlsx(path: Path, sheets: dict[str, tuple[list[str], list[list]]]) -> Path:
    """An import file: sheet title → (headers, rows). A str starting with '=' becomes a
    formula cell, as when a clerk types one."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, (headers, rows) in sheets.items():
        ws = wb.create_sheet(title)
        ws.append(headers)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def seed_people(db) -> dict[str, int]:
    """The staff template's example units and people (CB001–CB003, BTC-VP)."""
    with db.factory.begin() as s:
        khoi = create_unit(s, data=UnitInput("KDCTW", "Khối các cơ quan Đảng Trung ương", "KHOI"))
        btc = create_unit(s, data=UnitInput("BTC", "Ban Tổ chức Trung ương", "CO_QUAN", khoi))
        vp = create_unit(s, data=UnitInput("BTC-VP", "Văn phòng Ban Tổ chức Trung ương", "DON_VI", btc))
        ids = {
            "CB001": create_person(
                s, data=PersonInput("CB001", "Nguyễn Thị Hoa", "F", vp, birth_date=_dt.date(1985, 3, 15))
            ),
            "CB002": create_person(
                s, data=PersonInput("CB002", "Trần Văn Minh", "M", btc, birth_year=1972, leader_level="VU_SO")
            ),
            "CB003": create_person(
                s, data=PersonInput("CB003", "Lò Thị Mai", "F", vp, birth_date=_dt.date(1990, 11, 2))
            ),
        }
    return {**ids, "BTC-VP": vp}


def counts(db) -> tuple[int, int, int, int, int]:
    with db.factory() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m)) for m in (Rating, Award, Initiative, Discipline, Leave)
        )


def do_import(db, path, **kwargs):
    with db.factory.begin() as s:
        return apply_history_import(s, read_history_file(path), today=TODAY, **kwargs)


def check(db, path) -> list[str]:
    with db.factory() as s:
        return preview_history_import(s, read_history_file(path), today=TODAY).report_lines()


@pytest.fixture
def ids(db):
    return seed_people(db)


@pytest.fixture
def good_file(tmp_path):
    return write_history_xlsx(tmp_path / "lịch sử.xlsx", GOOD)


# ---------------------------------------------------------------- good files


def test_good_file_imports_everything(db, ids, good_file):
    result = do_import(db, good_file)
    assert result.written and not result.issues
    assert dict(result.created) == {"rating": 4, "award": 3, "initiative": 2, "discipline": 1, "leave": 1}
    assert counts(db) == (4, 3, 2, 1, 1)
    with db.factory() as s:
        h = get_history(s, person_id=ids["CB001"])
        assert [(r.year, r.rating) for r in h.ratings] == [(2023, "HTTNV"), (2022, "HTXSNV")]
        (award,) = h.awards
        assert (award.award_code, award.year, award.decision_no, award.decision_date, award.issuer) == (
            "CSTDCS",
            2023,
            "125/QĐ-BTCTW",
            _dt.date(2024, 1, 15),
            "Ban Tổ chức Trung ương",
        )
        (ini,) = h.initiatives
        assert (ini.title, ini.kind, ini.level, ini.year, ini.recognised_date, ini.authors) == (
            "Số hóa hồ sơ",
            "SANG_KIEN",
            "CO_SO",
            2023,
            _dt.date(2023, 11, 20),
            "Nguyễn Thị Hoa",
        )
        h2 = get_history(s, person_id=ids["CB002"])
        assert [(r.year, r.rating) for r in h2.ratings] == [(2023, "HTNV")]
        assert [(a.award_code, a.decision_no, a.decision_date) for a in h2.awards] == [
            ("LDTT", "", _dt.date(2024, 1, 15))
        ]
        assert [(i.kind, i.level) for i in h2.initiatives] == [("DE_TAI", "BO_TINH")]
        # The leader level at the time of the award is kept with it (statistics rows).
        assert s.scalar(select(Award.subject_category).where(Award.person_id == ids["CB002"])) == "VU_SO"
        h3 = get_history(s, person_id=ids["CB003"])
        assert [(r.year, r.rating) for r in h3.ratings] == [(2024, "HTXSNV")]
        assert [(d.level, d.start_date, d.end_date, d.note) for d in h3.disciplines] == [
            ("KHIEN_TRACH", _dt.date(2021, 6, 1), _dt.date(2022, 5, 31), "QĐ 45")
        ]
        assert [(lv.kind, lv.start_date, lv.end_date) for lv in h3.leaves] == [
            ("THAI_SAN", _dt.date(2022, 2, 1), _dt.date(2022, 7, 31))
        ]
        unit = get_history(s, unit_id=ids["BTC-VP"])
        assert [(a.award_code, a.year, a.person_id) for a in unit.awards] == [("TTLDXS", 2023, None)]


def test_reimport_updates_instead_of_duplicating(db, ids, good_file, tmp_path):
    do_import(db, good_file)
    again = do_import(db, good_file)
    assert sum(again.created.values()) == 0 and sum(again.updated.values()) == 0
    assert sum(again.unchanged.values()) == 11
    assert counts(db) == (4, 3, 2, 1, 1)

    changed = {k: (h, [list(r) for r in rows]) for k, (h, rows) in GOOD.items()}
    changed["Xếp loại"][1][0][2] = "KHTNV"
    changed["Khen thưởng"][1][0][4] = "999/QĐ"
    changed["Sáng kiến"][1][0][1] = "SỐ HÓA HỒ SƠ"  # same title ignoring case
    changed["Sáng kiến"][1][0][3] = "Toàn quốc"
    changed["Kỷ luật"][1][0][3] = None  # still in force
    path = write_history_xlsx(tmp_path / "đổi.xlsx", changed)
    with db.factory() as s:
        preview = preview_history_import(s, read_history_file(path), today=TODAY)
    # the preview counts what will really change: the 4 edited rows, the other 7 "không đổi"
    assert [r.action for r in preview.rows].count(ACTION_UPDATE) == 4
    assert [r.action for r in preview.rows].count(ACTION_UNCHANGED) == 7
    assert sum(preview.updated.values()) == 4 and sum(preview.unchanged.values()) == 7
    result = do_import(db, path)
    assert dict(result.created) == {"rating": 0, "award": 0, "initiative": 0, "discipline": 0, "leave": 0}
    assert dict(result.updated) == {"rating": 1, "award": 1, "initiative": 1, "discipline": 1, "leave": 0}
    assert counts(db) == (4, 3, 2, 1, 1)
    with db.factory() as s:
        h = get_history(s, person_id=ids["CB001"])
        rating_2022 = next(r for r in h.ratings if r.year == 2022)
        assert (rating_2022.rating, rating_2022.version) == ("KHTNV", 2)
        assert h.awards[0].decision_no == "999/QĐ" and h.awards[0].version == 2
        assert (h.initiatives[0].title, h.initiatives[0].level) == ("SỐ HÓA HỒ SƠ", "TOAN_QUOC")
        assert get_history(s, person_id=ids["CB003"]).disciplines[0].end_date is None


def test_existing_rating_in_database_is_updated(db, ids, tmp_path):
    with db.factory.begin() as s:
        add_rating(s, person_id=ids["CB001"], year=2023, rating="HTNV")
    path = write_history_xlsx(tmp_path / "r.xlsx", {"Xếp loại": (RATING_HEADERS, [["CB001", 2023, "HTXSNV"]])})
    result = do_import(db, path)
    assert (result.created["rating"], result.updated["rating"]) == (0, 1)
    with db.factory() as s:
        assert [(r.year, r.rating) for r in get_history(s, person_id=ids["CB001"]).ratings] == [(2023, "HTXSNV")]


def test_absent_optional_columns_are_left_alone_on_update(db, ids, good_file, tmp_path):
    do_import(db, good_file)
    slim = write_history_xlsx(
        tmp_path / "slim.xlsx",
        {"Khen thưởng": (["Mã cán bộ", "Năm", "Danh hiệu"], [["CB001", 2023, "Chiến sĩ thi đua cơ sở"]])},
    )
    result = do_import(db, slim)
    assert (result.created["award"], result.updated["award"], result.unchanged["award"]) == (0, 0, 1)
    with db.factory() as s:
        assert get_history(s, person_id=ids["CB001"]).awards[0].decision_no == "125/QĐ-BTCTW"


def test_headers_without_tones_in_any_order_below_a_title(db, ids, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "XEP LOAI"
    ws.append(["DANH SÁCH XẾP LOẠI CÁN BỘ"])
    ws.append([])
    ws.append(["xep loai", "ma can bo", "NAM"])
    ws.append(["HTTNV", "CB002", 2024])
    wb.save(tmp_path / "h.xlsx")
    result = do_import(db, tmp_path / "h.xlsx")
    assert result.created == {"rating": 1}


# ---------------------------------------------------------------- bad rows


def test_every_bad_row_is_reported_and_nothing_is_written(db, ids, tmp_path):
    sheets = {
        "Xếp loại": (
            RATING_HEADERS,
            [
                ["CB001", 2023, "HTXSNV"],  # 2: good
                ["CB999", 2023, "HTTNV"],  # 3: unknown person
                ["CB001", 1949, "HTTNV"],  # 4: year too early
                ["CB002", 2026, "HTTNV"],  # 5: year in the future
                ["CB002", 2023, "Xuất sắc"],  # 6: unknown rating
                ["CB003", 2022, "HTNV"],  # 7: duplicate of 8
                ["CB003", "2022", "HTTNV"],  # 8
                ["CB003", "năm ngoái", "HTTNV"],  # 9: not a year
                [None, 2021, None],  # 10: blanks
                ["CB002", "=2020+1", "HTTNV"],  # 11: formula
            ],
        ),
        "Khen thưởng": (
            AWARD_HEADERS,
            [
                ["CB001", "BTC-VP", 2023, "CSTDCS", None, None, None],  # 2: both subjects
                [None, None, 2023, "CSTDCS", None, None, None],  # 3: neither
                [None, "KHONGCO", 2023, "TTLDXS", None, None, None],  # 4: unknown unit
                ["CB001", None, 2023, "Huy chương vàng", None, None, None],  # 5: unknown award
                ["CB001", None, 2023, "TTLDXS", None, None, None],  # 6: collective award to a person
                [None, "BTC-VP", 2023, "LDTT", None, None, None],  # 7: individual award to a unit
                ["CB002", None, 2023, "GK", "x" * 51, "31/12/2022", "y" * 256],  # 8: too long, date before year
                ["CB002", None, 2022, "GK", None, "30/02/2023", None],  # 9: impossible date
                ["CB003", None, 2023, "LDTT", None, None, None],  # 10: duplicate of 11
                ["CB003", None, 2023, "lao động tiên tiến", None, None, None],  # 11
            ],
        ),
        "Sáng kiến": (
            INITIATIVE_HEADERS,
            [
                ["CB001", None, None, "Cấp cơ sở", 2023, None, None],  # 2: no title
                ["CB001", "A", "Bài báo", "Cấp xã", 2023, "01/01/2022", None],  # 3: kind, level, date not in year
                ["CB001", "t" * 501, None, "CO_SO", 2023, None, "a" * 501],  # 4: too long
            ],
        ),
        "Kỷ luật": (
            DISCIPLINE_HEADERS,
            [
                ["CB001", "Phê bình", "01/01/2022", None, None],  # 2: unknown level
                ["CB001", "Cảnh cáo", "01/06/2022", "01/01/2022", None],  # 3: end before start
                ["CB001", "Cảnh cáo", None, None, "n" * 501],  # 4: no start, note too long
            ],
        ),
        "Nghỉ thai sản": (
            LEAVE_HEADERS,
            [
                ["CB003", "01/08/2022", "01/02/2022", None],  # 2: end before start
                ["CB003", "01/02/2023", None, None],  # 3: no end
            ],
        ),
    }
    path = write_history_xlsx(tmp_path / "lỗi.xlsx", sheets)
    lines = check(db, path)
    assert lines == [
        "Sheet 'Xếp loại', dòng 3, cột 'Mã cán bộ': không có cán bộ mã CB999 trong cơ sở dữ liệu; "
        "hãy nhập danh sách cán bộ trước",
        f"Sheet 'Xếp loại', dòng 4, cột 'Năm': năm 1949 không hợp lệ; phải từ {FIRST_YEAR} đến 2025",
        "Sheet 'Xếp loại', dòng 5, cột 'Năm': năm 2026 không hợp lệ; phải từ 1950 đến 2025",
        "Sheet 'Xếp loại', dòng 6, cột 'Xếp loại': 'Xuất sắc' không có trong danh mục; chọn một trong: "
        "Hoàn thành xuất sắc nhiệm vụ; Hoàn thành tốt nhiệm vụ; Hoàn thành nhiệm vụ; Không hoàn thành nhiệm vụ",
        "Sheet 'Xếp loại', dòng 7, cột 'Năm': trùng với dòng 8 (cùng cán bộ và năm)",
        "Sheet 'Xếp loại', dòng 8, cột 'Năm': trùng với dòng 7 (cùng cán bộ và năm)",
        "Sheet 'Xếp loại', dòng 9, cột 'Năm': 'năm ngoái' không phải năm; cần ghi năm bằng 4 chữ số, ví dụ 2023",
        "Sheet 'Xếp loại', dòng 10, cột 'Mã cán bộ': không được để trống",
        "Sheet 'Xếp loại', dòng 10, cột 'Xếp loại': không được để trống",
        "Sheet 'Xếp loại', dòng 11, cột 'Năm': ô chứa công thức; hãy dán giá trị (Paste Values)",
        "Sheet 'Khen thưởng', dòng 2, cột 'Mã đơn vị': "
        "chỉ ghi một trong hai cột: Mã cán bộ (cá nhân) hoặc Mã đơn vị (tập thể)",
        "Sheet 'Khen thưởng', dòng 3, cột 'Mã cán bộ': "
        "phải ghi Mã cán bộ (cá nhân được khen) hoặc Mã đơn vị (tập thể được khen)",
        "Sheet 'Khen thưởng', dòng 4, cột 'Mã đơn vị': không có đơn vị mã KHONGCO trong cơ sở dữ liệu",
        "Sheet 'Khen thưởng', dòng 5, cột 'Danh hiệu/hình thức': "
        "'Huy chương vàng' không có trong danh mục danh hiệu, hình thức",
        "Sheet 'Khen thưởng', dòng 6, cột 'Danh hiệu/hình thức': "
        "'Tập thể lao động xuất sắc' dành cho tập thể; hãy ghi Mã đơn vị thay cho Mã cán bộ",
        "Sheet 'Khen thưởng', dòng 7, cột 'Danh hiệu/hình thức': "
        "'Lao động tiên tiến' dành cho cá nhân; hãy ghi Mã cán bộ thay cho Mã đơn vị",
        "Sheet 'Khen thưởng', dòng 8, cột 'Số quyết định': dài quá 50 ký tự",
        "Sheet 'Khen thưởng', dòng 8, cột 'Ngày quyết định': trước năm 2023 được khen",
        "Sheet 'Khen thưởng', dòng 8, cột 'Cơ quan ban hành': dài quá 255 ký tự",
        "Sheet 'Khen thưởng', dòng 9, cột 'Ngày quyết định': ngày 30/02/2023 không tồn tại",
        "Sheet 'Khen thưởng', dòng 10, cột 'Danh hiệu/hình thức': trùng với dòng 11 (cùng đối tượng, danh hiệu và năm)",
        "Sheet 'Khen thưởng', dòng 11, cột 'Danh hiệu/hình thức': trùng với dòng 10 (cùng đối tượng, danh hiệu và năm)",
        "Sheet 'Sáng kiến', dòng 2, cột 'Tên sáng kiến/đề tài': không được để trống",
        "Sheet 'Sáng kiến', dòng 3, cột 'Loại': 'Bài báo' không có trong danh mục; chọn một trong: "
        "Sáng kiến; Đề tài, đề án",
        "Sheet 'Sáng kiến', dòng 3, cột 'Cấp công nhận': 'Cấp xã' không có trong danh mục; chọn một trong: "
        "Cấp cơ sở; Cấp bộ, ngành, tỉnh; Toàn quốc",
        "Sheet 'Sáng kiến', dòng 3, cột 'Ngày công nhận': không thuộc năm 2023",
        "Sheet 'Sáng kiến', dòng 4, cột 'Tên sáng kiến/đề tài': dài quá 500 ký tự",
        "Sheet 'Sáng kiến', dòng 4, cột 'Tác giả': dài quá 500 ký tự",
        "Sheet 'Kỷ luật', dòng 2, cột 'Hình thức': 'Phê bình' không có trong danh mục; chọn một trong: "
        "Khiển trách; Cảnh cáo; Hạ bậc lương; Cách chức; Buộc thôi việc",
        "Sheet 'Kỷ luật', dòng 3, cột 'Đến ngày': phải từ ngày bắt đầu trở đi",
        "Sheet 'Kỷ luật', dòng 4, cột 'Từ ngày': không được để trống",
        "Sheet 'Kỷ luật', dòng 4, cột 'Ghi chú': dài quá 500 ký tự",
        "Sheet 'Nghỉ thai sản', dòng 2, cột 'Đến ngày': phải từ ngày bắt đầu trở đi",
        "Sheet 'Nghỉ thai sản', dòng 3, cột 'Đến ngày': không được để trống",
    ]
    with db.factory() as s:
        preview = preview_history_import(s, read_history_file(path), today=TODAY)
    assert [(r.sheet, r.row) for r in preview.rows if r.action != ACTION_ERROR] == [("Xếp loại", 2)]
    assert preview.bad_rows == 9 + 10 + 3 + 3 + 2

    before = counts(db)
    with pytest.raises(BadInput) as info:
        do_import(db, path)
    assert len(info.value.params["issues"]) == len(lines)
    assert "chưa nhập gì" in info.value.message()
    with db.factory.begin() as s:
        result = run_import(s, path=path, today=TODAY)
    assert not result.written and result.has_errors and "Không nhập gì" in result.summary()
    assert counts(db) == before == (0, 0, 0, 0, 0)


def test_only_valid_writes_the_good_rows(db, ids, tmp_path):
    sheets = {
        "Xếp loại": (
            RATING_HEADERS,
            [["CB001", 2023, "HTXSNV"], ["CB999", 2023, "HTTNV"], ["CB002", 2023, "HTTNV"], ["CB002", 2023, "HTNV"]],
        )
    }
    path = write_history_xlsx(tmp_path / "p.xlsx", sheets)
    result = do_import(db, path, only_valid=True)
    assert result.written and result.created == {"rating": 1} and result.skipped_rows == 3
    assert "bỏ qua 3 dòng lỗi" in result.summary()
    assert counts(db)[0] == 1


def test_apply_revalidates_against_the_current_database(db, ids, tmp_path):
    path = write_history_xlsx(tmp_path / "p.xlsx", {"Xếp loại": (RATING_HEADERS, [["CB001", 2023, "HTXSNV"]])})
    hf = read_history_file(path)
    with db.factory.begin() as s:
        from app.models import Person

        s.delete(s.get(Person, ids["CB001"]))
    with db.factory.begin() as s, pytest.raises(BadInput) as info:
        apply_history_import(s, hf, today=TODAY)
    assert "CB001" in info.value.params["issues"][0].message


def test_dry_run_writes_nothing(db, ids, good_file):
    with db.factory.begin() as s:
        result = run_import(s, path=good_file, dry_run=True, today=TODAY)
    assert result.dry_run and not result.written and result.created["rating"] == 4
    assert "chưa ghi gì" in result.summary()
    assert counts(db) == (0, 0, 0, 0, 0)


def test_backup_progress_and_cancel(db, ids, good_file, on_postgres):
    seen: list[tuple[int, int]] = []
    with db.factory.begin() as s:
        result = run_import(
            s, path=good_file, backup_engine=db.engine, progress=lambda d, t: seen.append((d, t)), today=TODAY
        )
    if on_postgres:
        assert result.backup_path is None
    else:
        assert result.backup_path is not None and result.backup_path.exists()
    assert seen and seen[-1] == (1000, 1000)
    with db.factory.begin() as s, pytest.raises(Cancelled):
        run_import(s, path=good_file, is_cancelled=lambda: True, today=TODAY)


# ---------------------------------------------------------------- bad files


def test_file_without_history_sheets(tmp_path):
    path = write_history_xlsx(tmp_path / "x.xlsx", {"Cán bộ": (["Mã cán bộ"], [])})
    with pytest.raises(BadInput) as info:
        read_history_file(path)
    assert "'Xếp loại'" in info.value.message() and "Cán bộ" in info.value.message()


def test_missing_required_column(tmp_path):
    path = write_history_xlsx(tmp_path / "x.xlsx", {"Xếp loại": (["Mã cán bộ", "Năm"], [["CB001", 2023]])})
    with pytest.raises(BadInput) as info:
        read_history_file(path)
    assert "thiếu cột bắt buộc 'Xếp loại'" in info.value.message()
    assert "template history" in info.value.message()
    path = write_history_xlsx(tmp_path / "y.xlsx", {"Khen thưởng": (["Năm", "Danh hiệu"], [[2023, "LDTT"]])})
    with pytest.raises(BadInput) as info:
        read_history_file(path)
    assert "'Mã cán bộ' hoặc 'Mã đơn vị'" in info.value.message()


def test_not_an_xlsx(tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"ma,nam\nCB1,2023\n")
    with pytest.raises(BadInput) as info:
        read_history_file(path)
    assert "không phải tệp Excel" in info.value.message()


# ---------------------------------------------------------------- template


def _example_blocks(path: Path) -> dict[str, tuple[list[str], list[list]]]:
    """The 'Ví dụ' sheet read back: sheet title → (headers, rows)."""
    ws = load_workbook(path)["Ví dụ"]
    blocks: dict[str, tuple[list[str], list[list]]] = {}
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    i = 0
    while i < len(rows):
        first = rows[i][0]
        if isinstance(first, str) and first.startswith("Ví dụ sheet '"):
            title = first[len("Ví dụ sheet '") : -1]
            headers = [h for h in rows[i + 1] if h is not None]
            data = []
            i += 2
            while i < len(rows) and any(v is not None for v in rows[i]):
                data.append(rows[i][: len(headers)])
                i += 1
            blocks[title] = (headers, data)
        i += 1
    return blocks


def test_template_layout(tmp_path):
    out = write_history_template(tmp_path / "Tài liệu" / "mẫu lịch sử.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Xếp loại", "Khen thưởng", "Sáng kiến", "Kỷ luật", "Nghỉ thai sản", "Ví dụ", "Danh mục"]
    assert wb["Danh mục"].sheet_state == "hidden"
    assert [c.value for c in wb["Xếp loại"][1]] == RATING_HEADERS
    assert [c.value for c in wb["Khen thưởng"][1]] == AWARD_HEADERS
    assert [c.value for c in wb["Sáng kiến"][1]] == INITIATIVE_HEADERS
    assert [c.value for c in wb["Kỷ luật"][1]] == DISCIPLINE_HEADERS
    assert [c.value for c in wb["Nghỉ thai sản"][1]] == LEAVE_HEADERS
    for _, title, _ in HISTORY_SHEETS:
        ws = wb[title]
        assert ws.freeze_panes == "A2" and ws.max_row == 1
        assert all(ws.column_dimensions[c].width >= 8 for c in "ABC")
    formulas = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in wb["Xếp loại"].data_validations.dataValidation}
    assert formulas["C2"] == "'Danh mục'!$A$2:$A$5"
    lists = wb["Danh mục"]
    assert [lists.cell(row=r, column=1).value for r in range(2, 6)] == [
        "Hoàn thành xuất sắc nhiệm vụ",
        "Hoàn thành tốt nhiệm vụ",
        "Hoàn thành nhiệm vụ",
        "Không hoàn thành nhiệm vụ",
    ]
    award_dv = [dv for dv in wb["Khen thưởng"].data_validations.dataValidation if dv.type == "list"]
    assert len(award_dv) == 1 and "Danh mục" in award_dv[0].formula1
    blocks = _example_blocks(out)
    assert list(blocks) == [title for _, title, _ in HISTORY_SHEETS]
    assert all(blocks[t][1] for t in blocks)
    # Nothing in the template is a formula (a decision number such as "-QĐ" stays text).
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            assert all(c.data_type != "f" for c in row)


def test_template_examples_import_cleanly(db, ids, tmp_path):
    out = write_history_template(tmp_path / "mẫu.xlsx")
    blocks = _example_blocks(out)
    assert {t: [tuple(v) for v in rows] for t, (_, rows) in blocks.items()} == {
        t: [tuple(v) for v in rows] for t, rows in EXAMPLES.items()
    }
    path = write_history_xlsx(tmp_path / "điền.xlsx", blocks)
    with db.factory.begin() as s:
        result = run_import(s, path=path, today=_dt.date.today())
    assert result.report_lines() == [] and result.written
    assert sum(result.created.values()) == sum(len(rows) for rows in EXAMPLES.values())
    # The blank template itself imports as "nothing to do", not as an error.
    with db.factory.begin() as s:
        blank = run_import(s, path=out, today=_dt.date.today())
    assert blank.written and not blank.issues and sum(blank.created.values()) == 0
