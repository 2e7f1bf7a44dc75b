"""Bloc administration: listing and renaming blocs, member years, editing and removing
members, counting a table's scores and moving it to another year."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from app.errors import NotFound, ValidationFailed
from app.rules.person import UnitInput
from app.rules.scoring import Criterion
from app.services import bloc as svc
from app.services import bloc_admin as adm
from app.services.org import create_unit

ITEMS = [
    Criterion("1", "Thực hiện nhiệm vụ chính trị", D(60), "I"),
    Criterion("2", "Công tác xây dựng Đảng", D(40), "II"),
]


@pytest.fixture
def world(session):
    root = create_unit(session, data=UnitInput("KHOI", "Khối các cơ quan Đảng Trung ương", "KHOI"))
    units = [
        create_unit(session, data=UnitInput(f"CQ{i}", n, "CO_QUAN", root))
        for i, n in enumerate(["Ban Tổ chức Trung ương", "Ban Dân vận Trung ương"])
    ]
    bloc = svc.create_bloc(session, name="Khối thi đua các cơ quan Đảng Trung ương")
    other = svc.create_bloc(session, name="Cụm thi đua các tỉnh miền núi", kind="CUM")
    members = svc.add_members(session, bloc_id=bloc, unit_ids=units, names=["Báo Nhân Dân"], joined_year=2019)
    session.commit()
    return dict(bloc=bloc, other=other, units=units, members=members)


def test_list_and_rename_blocs(session, world):
    blocs = adm.list_blocs(session)
    assert [(b.name, b.kind, b.member_count) for b in blocs] == [
        ("Cụm thi đua các tỉnh miền núi", "CUM", 0),
        ("Khối thi đua các cơ quan Đảng Trung ương", "KHOI", 3),
    ]
    adm.rename_bloc(session, bloc_id=world["other"], name="  Cụm thi đua miền núi  ", note="Cụm 1")
    assert adm.list_blocs(session)[0][:4] == (world["other"], "Cụm thi đua miền núi", "CUM", "Cụm 1")
    with pytest.raises(ValidationFailed, match="đã có khối cùng tên"):
        adm.rename_bloc(session, bloc_id=world["other"], name="Khối thi đua các cơ quan Đảng Trung ương")
    with pytest.raises(ValidationFailed, match="chưa nhập tên khối"):
        adm.rename_bloc(session, bloc_id=world["other"], name="  ")
    with pytest.raises(NotFound):
        adm.rename_bloc(session, bloc_id=9999, name="X")


def test_member_details_and_update(session, world):
    m = world["members"]
    rows = adm.list_member_details(session, bloc_id=world["bloc"])
    assert [(r.name, r.unit_id is None, r.joined_year, r.left_year) for r in rows] == [
        ("Ban Tổ chức Trung ương", False, 2019, None),
        ("Ban Dân vận Trung ương", False, 2019, None),
        ("Báo Nhân Dân", True, 2019, None),
    ]
    adm.update_member(session, member_id=m[2], name="Báo Nhân Dân điện tử", joined_year=2018, left_year=2023)
    assert adm.list_member_details(session, bloc_id=world["bloc"])[2][3:] == ("Báo Nhân Dân điện tử", 3, 2018, 2023)
    with pytest.raises(ValidationFailed, match="năm rời khối phải từ năm tham gia"):
        adm.update_member(session, member_id=m[2], joined_year=2020, left_year=2019)
    with pytest.raises(ValidationFailed, match="năm phải từ 1945"):
        adm.update_member(session, member_id=m[2], joined_year=19, left_year=None)
    with pytest.raises(ValidationFailed, match="màn hình Tổ chức"):
        adm.update_member(session, member_id=m[0], name="Ban khác", joined_year=2019, left_year=None)
    with pytest.raises(ValidationFailed, match="Ban Dân vận Trung ương đã là thành viên"):
        adm.update_member(session, member_id=m[2], name="Ban Dân vận Trung ương", joined_year=None, left_year=None)
    adm.update_member(session, member_id=m[0], name="Ban Tổ chức Trung ương", joined_year=None, left_year=None)
    assert adm.list_member_details(session, bloc_id=world["bloc"])[0].joined_year is None
    # a member that has left is no longer suggested to lead the bloc
    adm.update_member(session, member_id=m[0], joined_year=2019, left_year=2020)
    assert svc.suggest_leader(session, bloc_id=world["bloc"], year=2021) == m[1]
    with pytest.raises(NotFound):
        adm.update_member(session, member_id=9999, joined_year=None, left_year=None)


def test_remove_member_refused_with_scores_or_leadership(session, world):
    m = world["members"]
    tid = svc.create_table(session, bloc_id=world["bloc"], year=2024, name="Bảng 2024", declared_total=100, items=ITEMS)
    svc.record_scores(session, table_id=tid, member_id=m[0], assessor_id=None, points={"1": D(50)})
    svc.set_leadership(session, bloc_id=world["bloc"], year=2024, leader_id=m[1])
    with pytest.raises(ValidationFailed, match="đã có 1 điểm chấm"):
        adm.remove_member(session, member_id=m[0])
    with pytest.raises(ValidationFailed, match="đã giữ vai trò khối trưởng"):
        adm.remove_member(session, member_id=m[1])
    adm.remove_member(session, member_id=m[2])
    assert [r.id for r in adm.list_member_details(session, bloc_id=world["bloc"])] == [m[0], m[1]]
    with pytest.raises(NotFound):
        adm.remove_member(session, member_id=m[2])


def test_remove_member_refused_when_it_scored_others_or_sits_on_a_panel(session, world):
    m = world["members"]
    extra = svc.add_members(session, bloc_id=world["bloc"], names=["Tạp chí Cộng sản", "Nhà xuất bản Sự thật"])
    tid = svc.create_table(session, bloc_id=world["bloc"], year=2024, name="Bảng 2024", declared_total=100, items=ITEMS)
    by_member = {a.member_id: a.id for a in svc.list_assessors(session, table_id=tid)}
    svc.record_scores(session, table_id=tid, member_id=m[1], assessor_id=by_member[m[0]], points={"1": D(50)})
    with pytest.raises(ValidationFailed, match="Ban Tổ chức Trung ương đã có 1 điểm chấm"):
        adm.remove_member(session, member_id=m[0])
    panel = svc.create_table(
        session,
        bloc_id=world["bloc"],
        year=2025,
        name="Bảng 2025",
        declared_total=100,
        items=ITEMS,
        assessor_mode="PANEL",
    )
    svc.add_assessors(session, table_id=panel, assessors=[svc.AssessorInput("Ông A", extra[0], None)])
    with pytest.raises(ValidationFailed, match="có người chấm điểm trong bảng tiêu chí"):
        adm.remove_member(session, member_id=extra[0])
    adm.remove_member(session, member_id=extra[1])  # its MEMBERS-mode assessor goes with it
    assert extra[1] not in {a.member_id for a in svc.list_assessors(session, table_id=tid)}


def test_table_scores_counted_and_year_moved(session, world):
    m = world["members"]
    tid = svc.create_table(session, bloc_id=world["bloc"], year=2042, name="Bảng 2042", declared_total=100, items=ITEMS)
    assert adm.count_table_scores(session, table_id=tid) == 0
    adm.set_table_year(session, table_id=tid, year=2024)
    assert svc.get_table(session, table_id=tid).year == 2024
    with pytest.raises(ValidationFailed, match="năm phải từ"):
        adm.set_table_year(session, table_id=tid, year=24)
    svc.record_scores(session, table_id=tid, member_id=m[0], assessor_id=None, points={"1": D(50), "2": D("30.5")})
    assert adm.count_table_scores(session, table_id=tid) == 2
    adm.set_table_year(session, table_id=tid, year=2024)  # unchanged: allowed
    with pytest.raises(ValidationFailed, match="không đổi được năm"):
        adm.set_table_year(session, table_id=tid, year=2025)
    with pytest.raises(NotFound):
        adm.set_table_year(session, table_id=9999, year=2025)
