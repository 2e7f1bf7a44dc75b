"""The yearly pledge (giao ước thi đua) of a bloc through the services: drafts and default
signatories, save and update, validation, signed marks, copying from last year."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from app.errors import NotFound, ValidationFailed
from app.models import BlocMember
from app.services import bloc as bloc_svc
from app.services import pledge as svc
from app.services.pledge import SignatoryInput

AGENCIES = [
    "Văn phòng Trung ương Đảng",
    "Ban Tổ chức Trung ương",
    "Ban Dân vận Trung ương",
    "Học viện Chính trị quốc gia Hồ Chí Minh",
    "Đảng ủy Khối các cơ quan Trung ương",
]
CONTENT = "Các đơn vị thành viên thống nhất ký kết giao ước thi đua năm 2024:\n1. Hoàn thành nhiệm vụ năm 2024.\n- Thực hiện văn hóa công sở."


@pytest.fixture
def world(session):
    bloc = bloc_svc.create_bloc(session, name="Khối thi đua các cơ quan Đảng Trung ương")
    members = bloc_svc.add_members(session, bloc_id=bloc, names=AGENCIES, joined_year=2019)
    other = bloc_svc.create_bloc(session, name="Cụm thi đua các sở, ngành", kind="CUM")
    stranger = bloc_svc.add_members(session, bloc_id=other, names=["Sở Nội vụ"])[0]
    session.commit()
    return dict(bloc=bloc, members=members, stranger=stranger)


def _save(session, world, year=2024, **kw):
    args = dict(
        bloc_id=world["bloc"],
        year=year,
        title=f"Giao ước thi đua năm {year}",
        content=CONTENT,
        place="Hà Nội",
        signed_on=dt.date(year, 1, 15),
    )
    args.update(kw)
    return svc.save_pledge(session, **args)


def test_default_signatories_follow_members_and_leadership(session, world):
    m = world["members"]
    session.execute(update(BlocMember).where(BlocMember.id == m[1]).values(left_year=2023))
    session.execute(update(BlocMember).where(BlocMember.id == m[2]).values(left_year=2024))
    bloc_svc.set_leadership(
        session, bloc_id=world["bloc"], year=2024, leader_id=m[3], standing_deputy_id=m[4], deputy_ids=[m[0]]
    )
    bloc_svc.set_leadership(session, bloc_id=world["bloc"], year=2023, leader_id=m[0])
    rows = svc.default_signatories(session, bloc_id=world["bloc"], year=2024)
    # m[1] left in 2023; m[2] leaves during 2024, so it still signs the 2024 pledge.
    assert [r.member_id for r in rows] == [m[0], m[2], m[3], m[4]]
    assert [r.signer_title for r in rows] == ["Khối phó", "", "Khối trưởng", "Khối phó thường trực"]
    assert rows[2].member_name == "Học viện Chính trị quốc gia Hồ Chí Minh"
    assert not any(r.signed for r in rows) and all(r.signer_name == "" for r in rows)
    # Before the members joined nobody signs.
    assert svc.default_signatories(session, bloc_id=world["bloc"], year=2018) == ()
    with pytest.raises(NotFound):
        svc.default_signatories(session, bloc_id=9999, year=2024)


def test_draft_is_not_stored_and_uses_settings_place(session, world):
    draft = svc.draft_pledge(session, bloc_id=world["bloc"], year=2025)
    assert draft.id is None and draft.title == "Giao ước thi đua năm 2025"
    assert draft.place == "Hà Nội"
    assert "năm 2025" in draft.content and "Khối thi đua các cơ quan Đảng Trung ương" in draft.content
    assert "lập thành 05 bản" in draft.content
    assert len(draft.signatories) == 5
    assert svc.get_pledge(session, bloc_id=world["bloc"], year=2025) is None
    assert svc.list_pledge_years(session, bloc_id=world["bloc"]) == []


def test_save_creates_with_default_signatories_then_updates(session, world):
    m = world["members"]
    pid = _save(session, world)
    p = svc.get_pledge(session, bloc_id=world["bloc"], year=2024)
    assert p.id == pid and p.title == "Giao ước thi đua năm 2024" and p.signed_on == dt.date(2024, 1, 15)
    assert p.content == CONTENT and p.bloc_name == "Khối thi đua các cơ quan Đảng Trung ương"
    assert [s.member_id for s in p.signatories] == list(m)
    # Updating keeps one pledge a year; the given signatories replace the list.
    sigs = [
        SignatoryInput(m[3], "  Nguyễn   Xuân Thắng ", "Giám đốc", True),
        p.signatories[0]._replace(signer_name="Lê Minh Hưng", signer_title="Chánh Văn phòng"),
    ]
    again = _save(
        session,
        world,
        title="Giao ước thi đua năm 2024 (sửa đổi)",
        content="  Nội dung   mới. \n\n\n- Ý hai",
        signatories=sigs,
    )
    assert again == pid
    p = svc.get_pledge(session, bloc_id=world["bloc"], year=2024)
    assert p.title == "Giao ước thi đua năm 2024 (sửa đổi)"
    assert p.content == "Nội dung mới.\n\n- Ý hai"
    assert [(s.member_id, s.signer_name, s.signer_title, s.signed) for s in p.signatories] == [
        (m[0], "Lê Minh Hưng", "Chánh Văn phòng", False),
        (m[3], "Nguyễn Xuân Thắng", "Giám đốc", True),
    ]
    assert p.signed_count == 1
    # None keeps the stored list.
    _save(session, world, content="Nội dung khác.", signatories=None)
    assert len(svc.get_pledge(session, bloc_id=world["bloc"], year=2024).signatories) == 2
    assert svc.list_pledge_years(session, bloc_id=world["bloc"]) == [2024]


def test_validation_names_each_field(session, world):
    with pytest.raises(ValidationFailed) as exc:
        svc.save_pledge(
            session,
            bloc_id=world["bloc"],
            year=2024,
            title="  ",
            content=" \n ",
            place="",
            signed_on=dt.date(2021, 5, 1),
            signatories=[],
        )
    assert exc.value.fields == {
        "title": "chưa nhập tiêu đề giao ước",
        "content": "chưa nhập nội dung giao ước",
        "place": "chưa nhập địa danh (dùng cho dòng ngày tháng)",
        "signed_on": "ngày ký phải trong năm 2024 (hoặc cuối năm 2023)",
        "signatories": "chưa có đơn vị thành viên nào ký giao ước",
    }
    with pytest.raises(ValidationFailed, match="chỉ thành viên của khối"):
        _save(session, world, signatories=[SignatoryInput(world["stranger"])])
    with pytest.raises(ValidationFailed, match="chỉ ký một lần"):
        _save(session, world, signatories=[SignatoryInput(world["members"][0])] * 2)
    with pytest.raises(ValidationFailed, match="năm phải từ"):
        _save(session, world, year=1990, signed_on=None)
    # Signed at the end of the year before is fine.
    _save(session, world, signed_on=dt.date(2023, 12, 28))
    with pytest.raises(NotFound):
        _save(session, dict(world, bloc=9999))


def test_set_signed(session, world):
    m = world["members"]
    pid = _save(session, world)
    svc.set_signed(session, pledge_id=pid, member_id=m[2], signed=True)
    p = svc.get_pledge(session, bloc_id=world["bloc"], year=2024)
    assert [s.signed for s in p.signatories] == [False, False, True, False, False]
    svc.set_signed(session, pledge_id=pid, member_id=m[2], signed=False)
    assert svc.get_pledge(session, bloc_id=world["bloc"], year=2024).signed_count == 0
    with pytest.raises(NotFound):
        svc.set_signed(session, pledge_id=pid, member_id=world["stranger"], signed=True)


def test_copy_from_last_year(session, world):
    m = world["members"]
    bloc_svc.set_leadership(session, bloc_id=world["bloc"], year=2024, leader_id=m[3])
    bloc_svc.set_leadership(session, bloc_id=world["bloc"], year=2025, leader_id=m[0])
    _save(
        session,
        world,
        signatories=[
            SignatoryInput(m[0], "Lê Minh Hưng", "Chánh Văn phòng", True),
            SignatoryInput(m[3], "Nguyễn Xuân Thắng", "Khối trưởng", True),
            SignatoryInput(m[4], "Nguyễn Văn Thể", "Bí thư Đảng ủy Khối", False),
        ],
    )
    with pytest.raises(NotFound):
        svc.copy_pledge_from_last_year(session, bloc_id=world["bloc"], year=2024)
    pid = svc.copy_pledge_from_last_year(session, bloc_id=world["bloc"], year=2025)
    p = svc.get_pledge(session, bloc_id=world["bloc"], year=2025)
    assert p.id == pid and p.title == "Giao ước thi đua năm 2025"
    assert p.content == CONTENT.replace("2024", "2025") and "2024" not in p.content
    assert p.signed_on is None and p.place == "Hà Nội"
    rows = {s.member_id: s for s in p.signatories}
    assert list(rows) == list(m)  # every member of 2025, not only last year's signers
    assert not any(s.signed for s in p.signatories)
    assert (rows[m[0]].signer_name, rows[m[0]].signer_title) == ("Lê Minh Hưng", "Khối trưởng")
    # Last year's leader keeps its signer but not its old role; positions carry over.
    assert (rows[m[3]].signer_name, rows[m[3]].signer_title) == ("Nguyễn Xuân Thắng", "")
    assert rows[m[4]].signer_title == "Bí thư Đảng ủy Khối"
    assert rows[m[1]] == (m[1], AGENCIES[1], "", "", False)
    # Last year's pledge is untouched.
    assert svc.get_pledge(session, bloc_id=world["bloc"], year=2024).signed_count == 2
    with pytest.raises(ValidationFailed, match="đã có giao ước"):
        svc.copy_pledge_from_last_year(session, bloc_id=world["bloc"], year=2025)
    assert svc.copy_pledge_from_last_year(session, bloc_id=world["bloc"], year=2025, replace=True) == pid
    # From a gap year: the latest earlier pledge is the source.
    svc.copy_pledge_from_last_year(session, bloc_id=world["bloc"], year=2027)
    assert svc.get_pledge(session, bloc_id=world["bloc"], year=2027).title == "Giao ước thi đua năm 2027"
    assert svc.list_pledge_years(session, bloc_id=world["bloc"]) == [2027, 2025, 2024]


def test_delete_pledge(session, world):
    pid = _save(session, world)
    svc.delete_pledge(session, pledge_id=pid)
    assert svc.get_pledge(session, bloc_id=world["bloc"], year=2024) is None
    with pytest.raises(NotFound):
        svc.delete_pledge(session, pledge_id=pid)


@pytest.mark.parametrize(
    "title,expected",
    [
        ("Giao ước thi đua năm 2025", ("GIAO ƯỚC THI ĐUA", "NĂM 2025")),
        ("GIAO UOC THI DUA", ("GIAO ƯỚC THI ĐUA", "NĂM 2025")),
        ("", ("GIAO ƯỚC THI ĐUA", "NĂM 2025")),
        ("Giao ước thi đua giai đoạn 2021 - 2025", ("GIAO ƯỚC THI ĐUA", "GIAI ĐOẠN 2021 - 2025")),
        ("Bản cam kết thi đua năm 2025", ("GIAO ƯỚC THI ĐUA", "Bản cam kết thi đua năm 2025")),
    ],
)
def test_title_lines(title, expected):
    assert svc.title_lines(title, 2025) == expected


def test_pledge_document(session, world):
    import dataclasses

    from app.services.settings import get_settings, save_settings

    m = world["members"]
    _save(session, world, signatories=[SignatoryInput(m[3], "Nguyễn Xuân Thắng", "Giám đốc", False)])
    doc = svc.pledge_document(session, bloc_id=world["bloc"], year=2024)
    assert doc.header.agency_name == "Khối thi đua các cơ quan Đảng Trung ương"
    assert doc.header.header_style == "national"
    assert doc.header.place_date == "Hà Nội, ngày 15 tháng 01 năm 2024"
    assert (doc.title, doc.subtitle) == ("GIAO ƯỚC THI ĐUA", "NĂM 2024")
    assert [(s.member_name, s.signer_title, s.signer_name) for s in doc.signers] == [
        (AGENCIES[3], "Giám đốc", "Nguyễn Xuân Thắng")
    ]
    save_settings(session, values=dataclasses.replace(get_settings(session), header_style="party"))
    _save(session, world, signed_on=None)
    doc = svc.pledge_document(session, bloc_id=world["bloc"], year=2024)
    assert doc.header.header_style == "party"
    assert doc.header.place_date == "Hà Nội, ngày …… tháng …… năm 2024"
    with pytest.raises(NotFound):
        svc.pledge_document(session, bloc_id=world["bloc"], year=2030)
