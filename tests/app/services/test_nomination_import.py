"""Nominations from the units' Excel lists (issue 16 point 5): the template, matching by
code or by name + year of birth + unit, every problem reported with its row, all or
nothing, duplicates refused; `tdkt-cli template/import nominations`."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.cli import EXIT_BAD_INPUT, EXIT_OK, main
from app.errors import BadInput
from app.exports.nomination_template import write_nomination_template
from app.models import Nomination
from app.rules.person import PersonInput, UnitInput
from app.services import movement as mv
from app.services import nomination as nom
from app.services import nomination_import as ni
from app.services.org import create_person, create_unit


def _world(session):
    bloc = create_unit(session, data=UnitInput("KHOI", "Khối thi đua", "KHOI"))
    agency = create_unit(session, data=UnitInput("SNV", "Sở Nội vụ", "CO_QUAN", bloc))
    vp = create_unit(session, data=UnitInput("SNV-VP", "Văn phòng", "DON_VI", agency))
    tc = create_unit(session, data=UnitInput("SNV-TC", "Phòng Tổ chức", "DON_VI", agency))
    other = create_unit(session, data=UnitInput("STC", "Sở Tài chính", "CO_QUAN", bloc))
    other_vp = create_unit(session, data=UnitInput("STC-VP", "Văn phòng", "DON_VI", other))
    people = {}
    for code, name, gender, year, unit in (
        ("CB001", "Nguyễn Thị Hoa", "F", 1982, vp),
        ("CB002", "Trần Văn Minh", "M", 1979, vp),
        ("CB003", "Lê Văn An", "M", 1985, vp),
        ("CB004", "Lê Văn An", "M", 1990, tc),
        ("CB005", "Phạm Thị Mai", "F", 1988, other_vp),
    ):
        people[code] = create_person(session, data=PersonInput(code, name, gender, unit, birth_year=year))
    rnd = mv.create_round(session, name="Đợt xét năm 2026", year=2026, review_date=dt.date(2026, 12, 10))
    session.commit()
    return dict(round=rnd, people=people, vp=vp, tc=tc, agency=agency, other_vp=other_vp)


def _file(path, persons=(), units=(), *, template=True):
    """A unit's list written into the blank template (as a clerk fills it)."""
    if template:
        write_nomination_template(path)
        wb = load_workbook(path)
    else:
        from openpyxl import Workbook

        wb = Workbook()
        wb.active.title = "Cá nhân"
        wb["Cá nhân"].append(
            [
                "Mã cán bộ",
                "Họ và tên",
                "Năm sinh",
                "Đơn vị công tác",
                "Danh hiệu/hình thức đề nghị",
                "Tóm tắt thành tích",
                "Đơn vị đề nghị",
            ]
        )
        wb.create_sheet("Tập thể").append(
            ["Mã đơn vị", "Tên tập thể", "Danh hiệu/hình thức đề nghị", "Tóm tắt thành tích", "Đơn vị đề nghị"]
        )
    for row in persons:
        wb["Cá nhân"].append(list(row))
    for row in units:
        wb["Tập thể"].append(list(row))
    wb.save(path)
    return path


def _snapshot(session):
    return sorted(
        tuple(r)
        for r in session.execute(
            select(
                Nomination.id, Nomination.person_id, Nomination.unit_id, Nomination.award_code, Nomination.achievement
            )
        )
    )


GOOD_PEOPLE = [
    ("CB001", "Nguyễn Thị Hoa", None, None, "CSTDCS", "Hoàn thành xuất sắc nhiệm vụ; sáng kiến số hóa hồ sơ", None),
    (None, "tran van minh", 1979, "Văn phòng", "Lao động tiên tiến", "Hoàn thành tốt nhiệm vụ", None),
    (None, "Lê Văn An", 1990, None, "LDTT", None, "SNV"),  # two Lê Văn An: the year tells them apart
    (None, "Lê Văn An", None, "SNV-VP", "Giấy khen", "Thành tích đột xuất", None),  # ... or the unit
]
GOOD_UNITS = [("SNV-TC", "Phòng Tổ chức", "Tập thể lao động xuất sắc", "Dẫn đầu phong trào", None)]


def test_template_has_both_sheets_and_award_lists(tmp_path):
    out = write_nomination_template(tmp_path / "mẫu đề nghị #1.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == ["Cá nhân", "Tập thể"]
    headers = [c.value for c in wb["Cá nhân"][1]]
    assert "Họ và tên*" in headers and "Tóm tắt thành tích" in headers
    assert wb["Danh mục"].sheet_state == "hidden"
    lists = [c.value for c in wb["Danh mục"]["A"]]
    assert "Chiến sĩ thi đua cơ sở" in lists and "Tập thể lao động xuất sắc" not in lists


def test_good_file_imports_every_row(session, tmp_path):
    w = _world(session)
    path = _file(tmp_path / "Danh sách Sở Nội vụ 100%.xlsx", GOOD_PEOPLE, GOOD_UNITS)
    nf = ni.read_nomination_file(path)
    preview = ni.preview_nomination_import(session, nf, round_id=w["round"])
    assert not preview.has_errors and preview.new == 5
    assert [r.award for r in preview.rows][:2] == ["Chiến sĩ thi đua cơ sở", "Lao động tiên tiến"]
    assert [(r.code, r.action) for r in preview.rows] == [
        ("CB001", "thêm mới"),
        ("CB002", "thêm mới"),
        ("CB004", "thêm mới"),
        ("CB003", "thêm mới"),
        ("SNV-TC", "thêm mới"),
    ]
    result = ni.apply_nomination_import(session, nf, round_id=w["round"])
    session.commit()
    assert result.created == 5 and "Đã nhập 5 đề nghị" in result.summary()
    rows = {(r.person_code or r.name, r.award_code): r for r in nom.list_nominations(session, round_id=w["round"])}
    assert rows[("CB001", "CSTDCS")].achievement == "Hoàn thành xuất sắc nhiệm vụ; sáng kiến số hóa hồ sơ"
    assert rows[("CB001", "CSTDCS")].status == "SUBMITTED"
    assert rows[("CB004", "LDTT")].submitting_unit_id == w["agency"]
    assert rows[("CB003", "GK")].achievement == "Thành tích đột xuất"
    assert rows[("Phòng Tổ chức", "TTLDXS")].achievement == "Dẫn đầu phong trào"


@pytest.mark.parametrize(
    "persons,units,expected",
    [
        (
            [(None, "Hoàng Văn Không", 1970, None, "LDTT", None, None)],
            [],
            "dòng 3, cột 'Họ và tên': không tìm thấy cán bộ «Hoàng Văn Không», sinh năm 1970",
        ),
        (
            [(None, "Lê Văn An", None, None, "LDTT", None, None)],
            [],
            "có 2 cán bộ trùng: CB003 (Văn phòng, 1985), CB004 (Phòng Tổ chức, 1990) — hãy ghi Mã cán bộ",
        ),
        (
            [
                ("CB001", "Nguyễn Thị Hoa", None, None, "LDTT", None, None),
                ("CB001", None, None, None, "Lao động tiên tiến", None, None),
            ],
            [],
            "dòng 4, cột 'Danh hiệu/hình thức đề nghị': trùng với dòng 3 của sheet 'Cá nhân'",
        ),
        (
            [("CB001", "Nguyễn Thị Hoa", None, None, "XYZ", None, None)],
            [],
            "cột 'Danh hiệu/hình thức đề nghị': «XYZ» không có trong danh mục",
        ),
        (
            [("CB001", "Nguyễn Thị Hoa", None, None, "TTLDXS", None, None)],
            [],
            "dành cho tập thể; hãy ghi ở sheet «Tập thể»",
        ),
        ([("CB009", "Ai Đó", None, None, "LDTT", None, None)], [], "không có cán bộ mã «CB009»"),
        (
            [("CB001", "Trần Văn Minh", None, None, "LDTT", None, None)],
            [],
            "mã CB001 là của «Nguyễn Thị Hoa», không phải «Trần Văn Minh»",
        ),
        (
            [],
            [(None, "Văn phòng", "TTLDTT", None, None)],
            "có 2 đơn vị tên «Văn phòng»: SNV-VP (Sở Nội vụ), STC-VP (Sở Tài chính) — hãy ghi mã đơn vị",
        ),
        ([("CB001", None, None, None, None, "x", None)], [], "chưa ghi danh hiệu, hình thức đề nghị"),
    ],
)
def test_bad_rows_are_reported_and_nothing_changes(session, tmp_path, persons, units, expected):
    w = _world(session)
    nom.add_nominations(session, round_id=w["round"], award_code="GK", person_ids=[w["people"]["CB002"]])
    session.commit()
    before = _snapshot(session)
    # One good row with the bad ones: all or nothing.
    path = _file(tmp_path / "lỗi.xlsx", [GOOD_PEOPLE[0], *persons], units)
    nf = ni.read_nomination_file(path)
    preview = ni.preview_nomination_import(session, nf, round_id=w["round"])
    assert preview.has_errors
    text = "\n".join(preview.report_lines())
    assert expected in text, text
    with pytest.raises(BadInput, match="chưa nhập gì"):
        ni.apply_nomination_import(session, nf, round_id=w["round"])
    session.rollback()
    assert _snapshot(session) == before


def test_already_in_the_round_is_refused(session, tmp_path):
    w = _world(session)
    nom.add_nominations(session, round_id=w["round"], award_code="CSTDCS", person_ids=[w["people"]["CB001"]])
    session.commit()
    before = _snapshot(session)
    nf = ni.read_nomination_file(_file(tmp_path / "a.xlsx", GOOD_PEOPLE[:2]))
    preview = ni.preview_nomination_import(session, nf, round_id=w["round"])
    assert (
        "Nguyễn Thị Hoa đã có đề nghị Chiến sĩ thi đua cơ sở trong đợt «Đợt xét năm 2026»; không nhập trùng"
        in "\n".join(preview.report_lines())
    )
    assert [r.action for r in preview.rows] == ["lỗi", "thêm mới"]
    with pytest.raises(BadInput):
        ni.apply_nomination_import(session, nf, round_id=w["round"])
    session.rollback()
    assert _snapshot(session) == before


def test_a_plain_workbook_with_only_the_headers_works(session, tmp_path):
    w = _world(session)
    nf = ni.read_nomination_file(_file(tmp_path / "plain.xlsx", GOOD_PEOPLE[:1], template=False))
    assert ni.preview_nomination_import(session, nf, round_id=w["round"]).new == 1


def test_wrong_files(session, tmp_path):
    w = _world(session)
    other = tmp_path / "khác.xlsx"
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Sheet1"
    wb.save(other)
    with pytest.raises(BadInput, match="không có sheet 'Cá nhân', 'Tập thể'"):
        ni.read_nomination_file(other)
    (tmp_path / "x.xlsx").write_bytes(b"not a zip")
    with pytest.raises(BadInput, match="không phải tệp Excel"):
        ni.read_nomination_file(tmp_path / "x.xlsx")
    from app.models import ReviewRound

    session.get(ReviewRound, w["round"]).status = "CLOSED"
    session.flush()
    nf = ni.read_nomination_file(_file(tmp_path / "ok.xlsx", GOOD_PEOPLE[:1]))
    with pytest.raises(BadInput, match="đã đóng; không nhập đề nghị vào đợt đã đóng"):
        ni.preview_nomination_import(session, nf, round_id=w["round"])


def test_cli_template_and_import(db_url, tmp_path, capsys):
    from app.database import open_database

    database = open_database(db_url)
    with database.factory() as s:
        w = _world(s)
    database.close()
    template = tmp_path / "thư mục #2" / "mẫu.xlsx"
    template.parent.mkdir()
    assert main(["template", "nominations", "--out", str(template)]) == EXIT_OK
    assert template.exists()
    good = _file(tmp_path / "tốt.xlsx", GOOD_PEOPLE, GOOD_UNITS)
    assert (
        main(["--db", db_url, "import", "nominations", str(good), "--round", str(w["round"]), "--dry-run"]) == EXIT_OK
    )
    assert "nếu nhập sẽ thêm 5 đề nghị" in capsys.readouterr().out
    assert main(["--db", db_url, "import", "nominations", str(good), "--round", str(w["round"])]) == EXIT_OK
    assert "Đã nhập 5 đề nghị" in capsys.readouterr().out
    # The same list again: every row is a duplicate, nothing is written, exit 2.
    assert main(["--db", db_url, "import", "nominations", str(good), "--round", str(w["round"])]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "tốt.xlsx: Sheet 'Cá nhân', dòng 2" in err and "không nhập trùng" in err and "Không nhập gì" in err
    assert main(["--db", db_url, "import", "nominations", str(good)]) == EXIT_BAD_INPUT
    assert "Cần --round ID" in capsys.readouterr().err
    assert main(["--db", db_url, "import", "nominations", str(good), "--round", "999"]) == EXIT_BAD_INPUT
    assert "Không tìm thấy đợt xét: 999" in capsys.readouterr().err
    database = open_database(db_url)
    with database.factory() as s:
        assert len(nom.list_nominations(s, round_id=w["round"])) == 5
    database.close()
