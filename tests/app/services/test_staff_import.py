"""Staff import from Excel: reading, preview, all-or-nothing apply, only-valid, upserts."""

from __future__ import annotations

import datetime as _dt
import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.errors import BadInput, Cancelled
from app.models import Person, Unit
from app.rules.vntext import name_sort_key
from app.services.org import search_people
from app.services.staff_import import (
    ACTION_ERROR,
    ACTION_NEW,
    ACTION_UNCHANGED,
    ACTION_UPDATE,
    apply_import,
    preview_import,
    read_staff_file,
    run_import,
)

UNIT_HEADERS = ["Mã đơn vị*", "Tên đơn vị*", "Loại đơn vị", "Mã đơn vị cấp trên"]
STAFF_HEADERS = [
    "Mã cán bộ*",
    "Họ và tên*",
    "Giới tính*",
    "Ngày sinh",
    "Dân tộc",
    "Chức vụ",
    "Cấp lãnh đạo",
    "Đối tượng",
    "Mã đơn vị*",
    "Ngày bắt đầu công tác",
    "Ngày thôi công tác",
]

GOOD_UNITS = [
    ["KHOI", "Khối các cơ quan Đảng Trung ương", "Khối thi đua", None],
    ["BTC", "Ban Tổ chức Trung ương", "Cơ quan", "KHOI"],
    ["BTC-VP", "Văn phòng Ban", "DON_VI", "BTC"],
]
GOOD_PEOPLE = [
    [
        "CB001",
        "Nguyễn Thị Hoa",
        "Nữ",
        "15/03/1985",
        "Kinh",
        "Chuyên viên chính",
        "Không giữ chức vụ lãnh đạo",
        "Công chức",
        "BTC-VP",
        "01/09/2008",
        None,
    ],
    ["CB002", "Trần Văn Minh", "nam", "1972", "Kinh", "Vụ trưởng", "VU_SO", "Công chức", "BTC", "15/08/1996", None],
    [
        "CB003",
        "Lò Thị Mai",
        "NU",
        _dt.datetime(1990, 11, 2),
        "Thái",
        "Chuyên viên",
        None,
        "vien chuc",
        "BTC-VP",
        "2015-03-01",
        None,
    ],
    [
        "CB004",
        "Đỗ Văn An",
        "Nam",
        "5/3/1980",
        "Kinh",
        "Phó Vụ trưởng",
        "lanh dao khac tu pho phong tro len",
        "Công chức",
        "BTC",
        "01/01/2005",
        "01/01/2024",
    ],
]


def write_xlsx(
    path: Path,
    *,
    units: list[list] | None = None,
    people: list[list] | None = None,
    unit_headers: list[str] = UNIT_HEADERS,
    staff_headers: list[str] = STAFF_HEADERS,
    staff_sheet: str = "Cán bộ",
    unit_sheet: str = "Đơn vị",
) -> Path:
    """An import file; `units=None` leaves out the unit sheet. A str starting with '='
    becomes a formula cell, as when a clerk types one."""
    wb = Workbook()
    wb.remove(wb.active)
    if units is not None:
        ws = wb.create_sheet(unit_sheet)
        ws.append(unit_headers)
        for row in units:
            ws.append(row)
    if people is not None:
        ws = wb.create_sheet(staff_sheet)
        ws.append(staff_headers)
        for row in people:
            ws.append(row)
    if not wb.sheetnames:
        wb.create_sheet("Sheet1")
    wb.save(path)
    return path


def person_row(code="CB100", name="Phạm Văn Khoa", gender="Nam", birth="01/01/1980", unit="BTC", **over):
    row = [code, name, gender, birth, "Kinh", "Chuyên viên", None, None, unit, None, None]
    for key, value in over.items():
        row[STAFF_KEYS.index(key)] = value
    return row


STAFF_KEYS = [
    "code",
    "name",
    "gender",
    "birth",
    "ethnicity",
    "position",
    "leader",
    "category",
    "unit",
    "active_from",
    "active_to",
]


def counts(db) -> tuple[int, int]:
    with db.factory() as s:
        return s.scalar(select(func.count()).select_from(Unit)), s.scalar(select(func.count()).select_from(Person))


def snapshot(db) -> list[tuple]:
    with db.factory() as s:
        people = s.execute(
            select(Person.code, Person.full_name, Person.position, Person.version, Person.unit_id).order_by(Person.code)
        ).all()
        units = s.execute(select(Unit.code, Unit.name, Unit.parent_id, Unit.version).order_by(Unit.code)).all()
    return [tuple(r) for r in people + units]


def do_import(db, path, **kwargs):
    staff = read_staff_file(path)
    with db.factory.begin() as s:
        return apply_import(s, staff, **kwargs)


@pytest.fixture
def good_file(tmp_path):
    return write_xlsx(tmp_path / "can-bo.xlsx", units=GOOD_UNITS, people=GOOD_PEOPLE)


def issue_cells(issues) -> set[tuple[str, int, str]]:
    return {(i.sheet, i.row, i.column) for i in issues}


# ---------------------------------------------------------------- good files


def test_good_file_imports_everything(db, good_file):
    result = do_import(db, good_file)
    assert (result.created_units, result.created_people, result.updated_people, result.issues) == (3, 4, 0, ())
    assert counts(db) == (3, 4)
    with db.factory() as s:
        units = {u.code: u for u in s.scalars(select(Unit))}
        assert units["KHOI"].parent_id is None and units["KHOI"].kind == "KHOI"
        assert units["BTC"].parent_id == units["KHOI"].id and units["BTC"].kind == "CO_QUAN"
        assert units["BTC-VP"].parent_id == units["BTC"].id
        people = {p.code: p for p in s.scalars(select(Person))}
        hoa = people["CB001"]
        assert (hoa.full_name, hoa.gender, hoa.birth_date, hoa.birth_year) == (
            "Nguyễn Thị Hoa",
            "F",
            _dt.date(1985, 3, 15),
            1985,
        )
        assert hoa.unit_id == units["BTC-VP"].id and hoa.active_from == _dt.date(2008, 9, 1)
        assert hoa.sort_key == name_sort_key("Nguyễn Thị Hoa")
        assert hoa.search_key == "nguyen thi hoa cb001"
        assert hoa.version == 1 and hoa.updated_by is not None
        minh = people["CB002"]
        assert (minh.gender, minh.birth_date, minh.birth_year, minh.leader_level) == ("M", None, 1972, "VU_SO")
        mai = people["CB003"]
        assert (mai.gender, mai.birth_date, mai.leader_level, mai.staff_category) == (
            "F",
            _dt.date(1990, 11, 2),
            "NONE",
            "VIEN_CHUC",
        )
        assert mai.active_from == _dt.date(2015, 3, 1)
        an = people["CB004"]
        assert (an.birth_date, an.leader_level, an.active_to) == (_dt.date(1980, 3, 5), "PHONG", _dt.date(2024, 1, 1))
        found = search_people(s, query="nguyen thi").rows
        assert [r.code for r in found] == ["CB001"]
        # Vietnamese name order: given names An < Hoa < Mai < Minh.
        everyone = search_people(s, include_inactive=True).rows
        assert [r.full_name for r in everyone] == ["Đỗ Văn An", "Nguyễn Thị Hoa", "Lò Thị Mai", "Trần Văn Minh"]


def test_reimport_updates_instead_of_duplicating(db, good_file, tmp_path):
    do_import(db, good_file)
    again = do_import(db, good_file)
    assert (again.created_units, again.created_people, again.updated_people) == (0, 0, 0)
    assert (again.unchanged_units, again.unchanged_people) == (3, 4)
    assert counts(db) == (3, 4)

    people = [list(r) for r in GOOD_PEOPLE]
    people[0][5] = "Phó Trưởng phòng"
    people[1][1] = "Trần Văn Mình"  # same person, name corrected; same birth year
    changed = write_xlsx(tmp_path / "sua.xlsx", units=GOOD_UNITS, people=people)
    with db.factory() as s:
        preview = preview_import(s, read_staff_file(changed))
    # the preview says what will really change: an identical row is "không đổi", not "cập nhật"
    assert [r.action for r in preview.rows] == [ACTION_UNCHANGED] * 3 + [ACTION_UPDATE] * 2 + [ACTION_UNCHANGED] * 2
    assert (preview.updated_people, preview.unchanged_people, preview.unchanged_units) == (2, 2, 3)
    result = do_import(db, changed)
    assert (result.created_people, result.updated_people, result.unchanged_people) == (0, 2, 2)
    assert counts(db) == (3, 4)
    with db.factory() as s:
        hoa = s.scalar(select(Person).where(Person.code == "CB001"))
        assert (hoa.position, hoa.version) == ("Phó Trưởng phòng", 2)
        minh = s.scalar(select(Person).where(Person.code == "CB002"))
        assert minh.full_name == "Trần Văn Mình" and minh.sort_key == name_sort_key("Trần Văn Mình")
        assert minh.search_key.startswith("tran van minh")
        mai = s.scalar(select(Person).where(Person.code == "CB003"))
        assert mai.version == 1


def test_missing_columns_are_left_alone_on_update(db, good_file, tmp_path):
    do_import(db, good_file)
    headers = ["Mã cán bộ", "Họ và tên", "Giới tính", "Mã đơn vị"]
    slim = write_xlsx(tmp_path / "slim.xlsx", people=[["CB001", "Nguyễn Thị Hoa", "Nữ", "BTC"]], staff_headers=headers)
    result = do_import(db, slim)
    assert result.updated_people == 1
    with db.factory() as s:
        hoa = s.scalar(select(Person).where(Person.code == "CB001"))
        btc = s.scalar(select(Unit.id).where(Unit.code == "BTC"))
        assert hoa.unit_id == btc
        assert (hoa.position, hoa.birth_date, hoa.active_from) == (
            "Chuyên viên chính",
            _dt.date(1985, 3, 15),
            _dt.date(2008, 9, 1),
        )


def test_units_sheet_is_optional_when_units_exist(db, good_file, tmp_path):
    do_import(db, good_file)
    only_people = write_xlsx(tmp_path / "p.xlsx", people=[person_row("CB200", unit="BTC-VP")])
    result = do_import(db, only_people)
    assert (result.created_units, result.created_people) == (0, 1)


def test_headers_in_any_order_any_case_without_tones_below_a_title(db, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "CAN BO"
    ws.append(["DANH SÁCH CÁN BỘ NĂM 2025"])
    ws.append(["STT", "MA DON VI *", "ho va ten", "Giới Tính", "mã cán bộ*", "Ngày sinh (dd/mm/yyyy)"])
    ws.append([1, "X1", "Bùi Thị Lan", "Nữ", "A1", "1988"])
    ws.append([None, None, None, None, None, None])
    ws.append([2, "X1", "Vũ Văn Long", "Nam", "A2", "02/02/1979"])
    wu = wb.create_sheet("Đơn vị")
    wu.append(["Tên đơn vị", "Mã đơn vị"])
    wu.append(["Phòng X", "X1"])
    wb.save(tmp_path / "h.xlsx")
    staff = read_staff_file(tmp_path / "h.xlsx")
    assert [(p.row, p.code, p.full_name) for p in staff.people] == [(3, "A1", "Bùi Thị Lan"), (5, "A2", "Vũ Văn Long")]
    assert staff.issues == ()
    result = do_import(db, tmp_path / "h.xlsx")
    assert (result.created_units, result.created_people, result.issues) == (1, 2, ())


def test_nfd_text_is_stored_as_nfc(db, tmp_path):
    nfd = unicodedata.normalize("NFD", "Nguyễn  Thị   Ánh ")
    unit_nfd = unicodedata.normalize("NFD", "Phòng Tổ chức")
    assert nfd != unicodedata.normalize("NFC", nfd)
    path = write_xlsx(
        tmp_path / "nfd.xlsx",
        units=[["TC", unit_nfd, None, None]],
        people=[
            person_row(
                "CB1",
                nfd,
                unicodedata.normalize("NFD", "Nữ"),
                unit="TC",
                position=unicodedata.normalize("NFD", "Chuyên viên"),
            )
        ],
    )
    do_import(db, path)
    with db.factory() as s:
        p = s.scalar(select(Person))
        u = s.scalar(select(Unit))
    assert p.full_name == "Nguyễn Thị Ánh" and unicodedata.is_normalized("NFC", p.full_name)
    assert p.position == "Chuyên viên" and unicodedata.is_normalized("NFC", p.position)
    assert p.gender == "F"
    assert u.name == "Phòng Tổ chức" and unicodedata.is_normalized("NFC", u.name)


def test_numeric_codes_and_excel_dates(db, tmp_path):
    path = write_xlsx(
        tmp_path / "n.xlsx",
        units=[[101, "Phòng 101", None, None]],
        people=[
            [
                2001,
                "Hà Văn Tú",
                "Nam",
                _dt.date(1981, 7, 9),
                None,
                None,
                None,
                None,
                101,
                _dt.datetime(2004, 1, 5),
                None,
            ]
        ],
    )
    staff = read_staff_file(path)
    assert staff.issues == ()
    assert (staff.people[0].code, staff.people[0].unit_code, staff.people[0].birth_date) == (
        "2001",
        "101",
        _dt.date(1981, 7, 9),
    )
    assert staff.people[0].active_from == _dt.date(2004, 1, 5)


# ---------------------------------------------------------------- bad rows


def test_every_bad_row_is_reported_and_nothing_is_written(db, good_file, tmp_path):
    do_import(db, good_file)
    with db.factory.begin() as s:
        s.add(
            Person(
                code="CB900",
                full_name="Trần Văn B",
                gender="M",
                birth_year=1975,
                unit_id=1,
                sort_key=name_sort_key("Trần Văn B"),
                search_key="tran van b cb900",
            )
        )
    before_counts, before = counts(db), snapshot(db)
    units = [
        ["NEW1", "Phòng mới", None, "KHONGCO"],  # row 2: parent unknown
        ["C1", "Vòng 1", None, "C2"],  # row 3: cycle
        ["C2", "Vòng 2", None, "C1"],  # row 4: cycle
        ["NEW2", "", "Phòng ban lạ", "BTC"],  # row 5: empty name, unknown kind
        ["NEW3", "Phòng ba", None, "BTC"],  # row 6: fine
    ]
    people = [
        person_row("CB101", name=""),  # row 2: empty name
        person_row("CB102", gender="Nữa"),  # row 3: unknown gender
        person_row("CB103", birth="31/02/1990"),  # row 4: impossible date
        person_row("CB104", position="x" * 201),  # row 5: too long
        person_row("CB105", unit="KHONGCO"),  # row 6: unknown unit
        person_row("CB106"),  # row 7: duplicate (first)
        person_row("CB106", name="Lê Thị Hằng", gender="Nữ"),  # row 8: duplicate
        person_row("CB107", active_from="=TODAY()"),  # row 9: formula
        person_row("CB900", name="Nguyễn Văn C", birth="1980"),  # row 10: code of someone else
        person_row("CB108", unit="NEW1"),  # row 11: unit row is bad
        person_row("CB109"),  # row 12: fine
        person_row("CB106", name="Mai Văn Ba"),  # row 13: duplicate again
        person_row("CB110", leader="Trưởng thôn", category="Bộ đội"),  # row 14: two bad lists
        person_row("CB111", gender=None, birth="1800"),  # row 15: empty gender, bad year
    ]
    path = write_xlsx(tmp_path / "loi.xlsx", units=units, people=people)
    staff = read_staff_file(path)
    with db.factory() as s:
        preview = preview_import(s, staff)
    cells = issue_cells(preview.issues)
    expected = {
        ("Đơn vị", 2, "Mã đơn vị cấp trên"),
        ("Đơn vị", 3, "Mã đơn vị cấp trên"),
        ("Đơn vị", 4, "Mã đơn vị cấp trên"),
        ("Đơn vị", 5, "Tên đơn vị"),
        ("Đơn vị", 5, "Loại đơn vị"),
        ("Cán bộ", 2, "Họ và tên"),
        ("Cán bộ", 3, "Giới tính"),
        ("Cán bộ", 4, "Ngày sinh"),
        ("Cán bộ", 5, "Chức vụ"),
        ("Cán bộ", 6, "Mã đơn vị"),
        ("Cán bộ", 7, "Mã cán bộ"),
        ("Cán bộ", 8, "Mã cán bộ"),
        ("Cán bộ", 9, "Ngày bắt đầu công tác"),
        ("Cán bộ", 10, "Mã cán bộ"),
        ("Cán bộ", 11, "Mã đơn vị"),
        ("Cán bộ", 13, "Mã cán bộ"),
        ("Cán bộ", 14, "Cấp lãnh đạo"),
        ("Cán bộ", 14, "Đối tượng"),
        ("Cán bộ", 15, "Giới tính"),
        ("Cán bộ", 15, "Ngày sinh"),
    }
    assert cells == expected
    messages = {(i.sheet, i.row, i.column): i.message for i in preview.issues}
    assert "KHONGCO" in messages[("Đơn vị", 2, "Mã đơn vị cấp trên")]
    assert "vòng lặp" in messages[("Đơn vị", 3, "Mã đơn vị cấp trên")]
    assert "không tồn tại" in messages[("Cán bộ", 4, "Ngày sinh")]
    assert "Nữa" in messages[("Cán bộ", 3, "Giới tính")]
    assert "200" in messages[("Cán bộ", 5, "Chức vụ")]
    assert "trùng với dòng 7" in messages[("Cán bộ", 8, "Mã cán bộ")]
    assert "trùng với dòng 7" in messages[("Cán bộ", 13, "Mã cán bộ")]
    assert "8, 13" in messages[("Cán bộ", 7, "Mã cán bộ")]
    assert "công thức" in messages[("Cán bộ", 9, "Ngày bắt đầu công tác")]
    assert messages[("Cán bộ", 10, "Mã cán bộ")].startswith(
        "mã CB900 đã thuộc về Trần Văn B (sinh 1975) trong cơ sở dữ liệu"
    )
    assert "NEW1" in messages[("Cán bộ", 11, "Mã đơn vị")] and "dòng 2" in messages[("Cán bộ", 11, "Mã đơn vị")]
    # The report is in sheet, row order; good rows are marked for import.
    assert [(i.sheet, i.row) for i in preview.issues] == sorted(
        [(i.sheet, i.row) for i in preview.issues], key=lambda t: (t[0] != "Đơn vị", t[1])
    )
    actions = {(r.sheet, r.row): r.action for r in preview.rows}
    assert actions[("Đơn vị", 6)] == ACTION_NEW and actions[("Cán bộ", 12)] == ACTION_NEW
    assert actions[("Cán bộ", 10)] == ACTION_ERROR
    assert (preview.bad_units, preview.new_units, preview.bad_people, preview.new_people) == (4, 1, 13, 1)
    assert preview.has_errors
    assert "Sheet 'Cán bộ', dòng 3, cột 'Giới tính': " in "\n".join(preview.report_lines())

    with pytest.raises(BadInput) as info:
        do_import(db, path)
    assert "lỗi" in info.value.message()
    assert issue_cells(info.value.params["issues"]) == expected
    assert counts(db) == before_counts and snapshot(db) == before

    with db.factory.begin() as s:
        result = run_import(
            s, kind="staff", path=path, dry_run=False, only_valid=False, backup_engine=db.engine, progress=None
        )
    assert result.has_errors and not result.written
    assert (result.created_people, result.updated_people, result.skipped_rows) == (0, 0, 17)
    assert counts(db) == before_counts and snapshot(db) == before
    assert not (Path(db.engine.url.database).parent / "backups").exists() or not any(
        "truoc-nhap" in p.name for p in (Path(db.engine.url.database).parent / "backups").iterdir()
    )


def test_only_valid_writes_good_rows_and_skips_dependants(db, tmp_path):
    units = [["A", "Cơ quan A", None, None], ["B", "", None, "A"], ["C", "Phòng C", None, "B"]]
    people = [
        person_row("P1", unit="A"),
        person_row("P2", unit="B"),  # unit row bad
        person_row("P3", unit="C"),  # unit's parent bad
        person_row("P4", gender="X", unit="A"),  # own error
        person_row("P5", name="Lý Thị Nở", gender="Nữ", unit="A"),
    ]
    path = write_xlsx(tmp_path / "ov.xlsx", units=units, people=people)
    result = do_import(db, path, only_valid=True)
    assert (result.created_units, result.created_people, result.skipped_rows) == (1, 2, 5)
    assert issue_cells(result.issues) == {
        ("Đơn vị", 3, "Tên đơn vị"),
        ("Đơn vị", 4, "Mã đơn vị cấp trên"),
        ("Cán bộ", 3, "Mã đơn vị"),
        ("Cán bộ", 4, "Mã đơn vị"),
        ("Cán bộ", 5, "Giới tính"),
    }
    assert "bỏ qua 5 dòng lỗi" in result.summary()
    with db.factory() as s:
        assert sorted(s.scalars(select(Person.code))) == ["P1", "P5"]
        assert list(s.scalars(select(Unit.code))) == ["A"]


def test_code_clash_only_when_name_and_birth_both_differ(db, tmp_path):
    with db.factory.begin() as s:
        unit = Unit(code="U", name="Đơn vị U")
        s.add(unit)
        s.flush()
        s.add(
            Person(
                code="CB001",
                full_name="Trần Văn B",
                gender="M",
                birth_date=_dt.date(1975, 4, 30),
                unit_id=unit.id,
                sort_key=b"",
                search_key="",
            )
        )

    def check(name, birth):
        path = write_xlsx(tmp_path / "c.xlsx", people=[person_row("CB001", name=name, birth=birth, unit="U")])
        with db.factory() as s:
            return preview_import(s, read_staff_file(path))

    clash = check("Nguyễn Văn C", "1980")
    assert [i.message for i in clash.issues] == [
        "mã CB001 đã thuộc về Trần Văn B (sinh 30/04/1975) trong cơ sở dữ liệu; hãy kiểm tra lại mã"
    ]
    assert check("Nguyễn Văn C", "30/04/1975").issues == ()  # same birth: a name correction
    assert check("Tran van b", "01/01/1980").issues == ()  # same name: a birth correction
    assert check("Nguyễn Văn C", "1975").issues == ()  # same year
    assert check("Nguyễn Văn C", None).issues == ()  # birth unknown in the file


def test_unit_cycle_through_the_database(db, good_file, tmp_path):
    do_import(db, good_file)  # KHOI > BTC > BTC-VP
    path = write_xlsx(tmp_path / "cy.xlsx", units=[["KHOI", "Khối", None, "BTC-VP"]], people=[])
    with db.factory() as s:
        preview = preview_import(s, read_staff_file(path))
    assert issue_cells(preview.issues) == {("Đơn vị", 2, "Mã đơn vị cấp trên")}
    assert "KHOI → BTC-VP → BTC → KHOI" in preview.issues[0].message


def test_unit_moves_under_a_new_unit(db, good_file, tmp_path):
    do_import(db, good_file)
    units = [["VP2", "Văn phòng 2", None, "KHOI"], ["BTC-VP", "Văn phòng Ban", "DON_VI", "VP2"]]
    result = do_import(db, write_xlsx(tmp_path / "mv.xlsx", units=units, people=[]))
    assert (result.created_units, result.updated_units) == (1, 1)
    with db.factory() as s:
        ids = dict(s.execute(select(Unit.code, Unit.id)).all())
        vp = s.scalar(select(Unit).where(Unit.code == "BTC-VP"))
        assert vp.parent_id == ids["VP2"] and vp.version == 2


def test_dates_accepted_and_rejected(tmp_path):
    people = [
        person_row("D1", birth="1985"),
        person_row("D2", birth="05/03/1985", active_from="1/9/2008"),
        person_row("D3", birth="1985-03-05", active_from="2008-09-01"),
        person_row("D4", birth="05-03-1985"),
        person_row("D5", birth="29/02/1985"),
        person_row("D6", birth="3/5/85"),
        person_row("D7", active_from="2008"),
        person_row("D8", active_from="01/09/2010", active_to="01/09/2009"),
    ]
    staff = read_staff_file(write_xlsx(tmp_path / "d.xlsx", units=[["BTC", "Ban", None, None]], people=people))
    by_code = {p.code: p for p in staff.people}
    assert (by_code["D1"].birth_date, by_code["D1"].birth_year) == (None, 1985)
    assert by_code["D2"].birth_date == by_code["D3"].birth_date == by_code["D4"].birth_date == _dt.date(1985, 3, 5)
    assert by_code["D2"].active_from == by_code["D3"].active_from == _dt.date(2008, 9, 1)
    assert issue_cells(staff.issues) == {
        ("Cán bộ", 6, "Ngày sinh"),
        ("Cán bộ", 7, "Ngày sinh"),
        ("Cán bộ", 8, "Ngày bắt đầu công tác"),
    }


def test_active_to_before_active_from_is_reported(db, tmp_path):
    path = write_xlsx(
        tmp_path / "a.xlsx",
        units=[["BTC", "Ban", None, None]],
        people=[person_row("D8", active_from="01/09/2010", active_to="01/09/2009")],
    )
    with db.factory() as s:
        preview = preview_import(s, read_staff_file(path))
    assert issue_cells(preview.issues) == {("Cán bộ", 2, "Ngày thôi công tác")}


def test_apply_revalidates_against_the_current_database(db, tmp_path):
    path = write_xlsx(
        tmp_path / "r.xlsx",
        units=[["U", "Đơn vị U", None, None]],
        people=[person_row("CB1", name="Hà Thị Thu", birth="1990", unit="U")],
    )
    staff = read_staff_file(path)
    with db.factory() as s:
        assert not preview_import(s, staff).has_errors
    # Someone else takes the code meanwhile.
    with db.factory.begin() as s:
        s.add(Unit(code="Z", name="Z"))
        s.flush()
        zid = s.scalar(select(Unit.id).where(Unit.code == "Z"))
        s.add(
            Person(
                code="CB1", full_name="Khác Hẳn", gender="M", birth_year=1970, unit_id=zid, sort_key=b"", search_key=""
            )
        )
    with pytest.raises(BadInput):
        with db.factory.begin() as s:
            apply_import(s, staff)
    assert counts(db) == (1, 1)


def test_backup_before_writing(db, good_file, on_postgres):
    result = do_import(db, good_file, backup_engine=db.engine)
    if on_postgres:  # the office backs the server up with pg_dump (README)
        assert result.backup_path is None
        return
    assert result.backup_path is not None and result.backup_path.exists()
    assert "truoc-nhap" in result.backup_path.name


def test_progress_and_cancel(db, good_file):
    calls = []
    read_staff_file(good_file, progress=lambda d, t: calls.append((d, t)))
    assert calls and calls[-1][0] == calls[-1][1]
    with pytest.raises(Cancelled):
        read_staff_file(good_file, is_cancelled=lambda: True)
    staff = read_staff_file(good_file)
    with pytest.raises(Cancelled):
        with db.factory.begin() as s:
            apply_import(s, staff, is_cancelled=lambda: True)
    assert counts(db) == (0, 0)
    seen = []
    with db.factory.begin() as s:
        run_import(
            s,
            kind="staff",
            path=good_file,
            dry_run=False,
            only_valid=False,
            backup_engine=None,
            progress=lambda d, t: seen.append((d, t)),
        )
    assert seen[-1] == (1000, 1000) and all(a[0] <= b[0] for a, b in zip(seen, seen[1:]))


def test_dry_run_writes_nothing(db, good_file):
    with db.factory.begin() as s:
        result = run_import(
            s, kind="staff", path=good_file, dry_run=True, only_valid=False, backup_engine=db.engine, progress=None
        )
    assert result.dry_run and (result.created_units, result.created_people) == (3, 4)
    assert "chưa ghi gì" in result.summary()
    assert counts(db) == (0, 0)


# ---------------------------------------------------------------- bad files


def test_missing_required_column(tmp_path):
    headers = [h for h in STAFF_HEADERS if h != "Giới tính*"]
    path = write_xlsx(
        tmp_path / "m.xlsx",
        people=[["CB1", "A B", None, None, None, None, None, "U", None, None]],
        staff_headers=headers,
    )
    with pytest.raises(BadInput) as info:
        read_staff_file(path)
    assert "Cán bộ" in info.value.message() and "Giới tính" in info.value.message()

    path = write_xlsx(
        tmp_path / "mu.xlsx", units=[["U", None]], unit_headers=["Mã đơn vị", "Cấp trên"], people=[person_row()]
    )
    with pytest.raises(BadInput) as info:
        read_staff_file(path)
    assert "Đơn vị" in info.value.message() and "Tên đơn vị" in info.value.message()


def test_missing_staff_sheet(tmp_path):
    path = write_xlsx(tmp_path / "s.xlsx", units=GOOD_UNITS)
    with pytest.raises(BadInput) as info:
        read_staff_file(path)
    assert "không có sheet 'Cán bộ'" in info.value.message() and "Đơn vị" in info.value.message()


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"ma,ten\nCB1,A\n", "không phải tệp Excel"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ".xls"),
        (b"PK\x03\x04 broken zip", "không phải tệp Excel"),
    ],
)
def test_not_an_xlsx(tmp_path, content, expected):
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    with pytest.raises(BadInput) as info:
        read_staff_file(path)
    assert expected in info.value.message()


def test_zip_that_is_not_a_workbook(tmp_path):
    import zipfile

    path = tmp_path / "z.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "xin chào")
    with pytest.raises(BadInput) as info:
        read_staff_file(path)
    assert "z.xlsx" in info.value.message()


def test_file_not_found(tmp_path):
    with pytest.raises(BadInput) as info:
        read_staff_file(tmp_path / "không có.xlsx")
    assert "Không tìm thấy tệp" in info.value.message()


def test_unknown_kind(session, good_file):
    with pytest.raises(BadInput):
        run_import(
            session, kind="history", path=good_file, dry_run=True, only_valid=False, backup_engine=None, progress=None
        )


def test_wrong_dimension_record_does_not_lose_rows(tmp_path):
    """Some programs write a stale <dimension ref="A1"/>; read-only openpyxl trusts it."""
    import re
    import zipfile

    src = write_xlsx(tmp_path / "src.xlsx", people=[person_row(f"CB{i}") for i in range(5)])
    dst = tmp_path / "dim.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data, n = re.subn(rb'<dimension ref="[^"]*" ?/>', b'<dimension ref="A1:B2"/>', data)
                assert n == 1
            zout.writestr(item, data)
    assert [p.code for p in read_staff_file(dst).people] == [f"CB{i}" for i in range(5)]
