"""Blocs through the services: members, leadership rotation, criteria tables, scores,
ranking and the nominations made from it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from app.errors import BadInput, NotFound, ValidationFailed
from app.models import Nomination
from app.rules.person import UnitInput
from app.rules.scoring import BONUS, PENALTY, Criterion
from app.services import bloc as svc
from app.services import movement as mv
from app.services.org import create_unit

AGENCIES = [
    "Văn phòng Trung ương Đảng",
    "Ban Tổ chức Trung ương",
    "Ban Dân vận Trung ương",
    "Học viện Chính trị quốc gia Hồ Chí Minh",
    "Đảng ủy Khối các cơ quan Trung ương",
]
ITEMS = [
    Criterion("1", "Thực hiện nhiệm vụ chính trị", D(60), "I"),
    Criterion("2", "Công tác xây dựng Đảng", D(40), "II"),
    Criterion("T", "Được tặng Cờ thi đua năm trước", D(5), "Thưởng", BONUS),
    Criterion("P", "Có cán bộ bị kỷ luật", D(10), "Trừ", PENALTY),
]


@pytest.fixture
def world(session):
    root = create_unit(session, data=UnitInput("KHOI", "Khối thi đua các cơ quan Đảng Trung ương", "KHOI"))
    units = [create_unit(session, data=UnitInput(f"CQ{i}", n, "CO_QUAN", root)) for i, n in enumerate(AGENCIES)]
    bloc = svc.create_bloc(session, name="Khối thi đua các cơ quan Đảng Trung ương")
    members = svc.add_members(session, bloc_id=bloc, unit_ids=units, names=["Báo Nhân Dân"], joined_year=2019)
    rnd = mv.create_round(session, name="Đợt xét năm 2024", year=2024, review_date=dt.date(2025, 1, 15))
    session.commit()
    return dict(bloc=bloc, units=units, members=members, round=rnd)


def test_members_and_duplicates(session, world):
    rows = svc.list_members(session, bloc_id=world["bloc"])
    assert [r.name for r in rows] == AGENCIES + ["Báo Nhân Dân"]
    assert rows[-1].unit_id is None and rows[0].unit_id == world["units"][0]
    with pytest.raises(ValidationFailed, match="đã là thành viên"):
        svc.add_members(session, bloc_id=world["bloc"], names=["Báo Nhân Dân"])
    with pytest.raises(NotFound):
        svc.add_members(session, bloc_id=9999, names=["X"])


def test_leadership_history_and_rotation(session, world):
    m = world["members"]
    assert svc.suggest_leader(session, bloc_id=world["bloc"], year=2019) == m[0]
    svc.set_leadership(
        session, bloc_id=world["bloc"], year=2019, leader_id=m[3], standing_deputy_id=m[4], deputy_ids=[m[2]]
    )
    svc.set_leadership(session, bloc_id=world["bloc"], year=2020, leader_id=m[0])
    svc.set_leadership(session, bloc_id=world["bloc"], year=2020, leader_id=m[1])  # replaces 2020
    hist = svc.leadership_history(session, bloc_id=world["bloc"])
    assert [(h.year, h.role, h.member_id) for h in hist] == [
        (2020, "KHOI_TRUONG", m[1]),
        (2019, "KHOI_TRUONG", m[3]),
        (2019, "KHOI_PHO_TT", m[4]),
        (2019, "KHOI_PHO", m[2]),
    ]
    # never led: m[0], m[2], m[4], m[5] → the first of them in member order
    assert svc.suggest_leader(session, bloc_id=world["bloc"], year=2021) == m[0]
    for y, who in enumerate([m[0], m[2], m[4], m[5]], start=2021):
        svc.set_leadership(session, bloc_id=world["bloc"], year=y, leader_id=who)
    assert svc.suggest_leader(session, bloc_id=world["bloc"], year=2025) == m[3]  # led in 2019, least recently
    with pytest.raises(ValidationFailed, match="một vai trò"):
        svc.set_leadership(session, bloc_id=world["bloc"], year=2025, leader_id=m[0], deputy_ids=[m[0]])


def test_table_weights_checked_and_copied(session, world):
    with pytest.raises(ValidationFailed, match="không bằng tổng điểm đã công bố 100"):
        svc.create_table(
            session,
            bloc_id=world["bloc"],
            year=2023,
            name="Bảng tiêu chí 2023",
            declared_total=100,
            items=ITEMS[:1] + ITEMS[2:],
        )
    tid = svc.create_table(
        session, bloc_id=world["bloc"], year=2023, name="Bảng tiêu chí 2023", declared_total=100, items=ITEMS
    )
    t = svc.get_table(session, table_id=tid)
    assert t.criteria == tuple(ITEMS) and t.declared_total == D(100)
    new = svc.copy_table_from_last_year(session, bloc_id=world["bloc"], year=2024)
    copy = svc.get_table(session, table_id=new)
    assert copy.name == "Bảng tiêu chí 2024" and copy.year == 2024 and copy.criteria == t.criteria
    with pytest.raises(NotFound):
        svc.copy_table_from_last_year(session, bloc_id=world["bloc"], year=2023)
    svc.update_table(
        session, table_id=new, declared_total=110, items=[Criterion("1", "a", D(70)), Criterion("2", "b", D(40))]
    )
    assert svc.get_table(session, table_id=new).declared_total == D(110)
    svc.delete_table(session, table_id=new)
    assert [x.id for x in svc.list_tables(session, bloc_id=world["bloc"])] == [tid]


def _assessors(session, tid):
    """member id -> its assessor id; a draft table made first keeps the two id series apart."""
    return {a.member_id: a.id for a in svc.list_assessors(session, table_id=tid)}


def _full(one, two, bonus=None, penalty=None):
    d = {"1": D(one), "2": D(two)}
    if bonus is not None:
        d["T"] = D(bonus)
    if penalty is not None:
        d["P"] = D(penalty)
    return d


def test_scores_ranking_and_nominations(session, world):
    m = world["members"]
    svc.create_table(session, bloc_id=world["bloc"], year=2024, name="Bảng nháp", declared_total=100, items=ITEMS)
    tid = svc.create_table(
        session,
        bloc_id=world["bloc"],
        year=2024,
        name="Bảng tiêu chí 2024",
        declared_total=100,
        items=ITEMS,
        drop_extremes=True,
    )
    A = _assessors(session, tid)
    assert set(A) == set(m) and set(A.values()).isdisjoint(m)
    with pytest.raises(BadInput, match="chính đơn vị mình"):
        svc.record_scores(session, table_id=tid, member_id=m[0], assessor_id=A[m[0]], points=_full(50, 30))
    with pytest.raises(BadInput, match="vượt điểm tối đa 60"):
        svc.record_scores(session, table_id=tid, member_id=m[0], assessor_id=A[m[1]], points={"1": "60.5"})
    # target totals per member before averaging; each assessor gives the same sheet
    base = {
        m[0]: ("55.5", "35", "5", None),
        m[1]: ("50", "30", None, "2"),
        m[2]: ("55.5", "35", "5", None),
        m[3]: ("40", "30", None, None),
        m[4]: ("45", "30", None, None),
        m[5]: ("30", "20", None, None),
    }
    for member, (a, b, t, p) in base.items():
        svc.record_scores(session, table_id=tid, member_id=member, assessor_id=None, points=_full(60, 40))
        for assessor in m:
            if assessor != member:
                svc.record_scores(
                    session, table_id=tid, member_id=member, assessor_id=A[assessor], points=_full(a, b, t, p)
                )
    # one harsh and one generous assessor of m[1]: extremes dropped (5 assessors)
    svc.record_scores(session, table_id=tid, member_id=m[1], assessor_id=A[m[2]], points={"1": "20"})
    svc.record_scores(session, table_id=tid, member_id=m[1], assessor_id=A[m[3]], points={"1": "60", "2": "40"})
    # an incomplete sheet: reported, left out of m[5]'s average
    svc.record_scores(session, table_id=tid, member_id=m[5], assessor_id=A[m[0]], points={"2": None})
    session.commit()
    res = svc.compute_ranking(session, table_id=tid)
    got = [(r.rank, r.member_id, r.total) for r in res.rows]
    assert got == [
        (1, m[0], D("95.50")),
        (1, m[2], D("95.50")),
        (3, m[1], D("78.00")),
        (4, m[4], D("75.00")),
        (5, m[3], D("70.00")),
        (6, m[5], D("50.00")),
    ]
    assert res.rows[2].dropped_extremes is True and res.rows[0].self_total == D(100)
    assert [(x.member_id, x.assessor_id, x.codes) for x in res.missing] == [(m[5], A[m[0]], ("2",))]
    gap = {g.code: g for g in next(r for r in res.results if r.member == m[0]).gaps}
    assert gap["1"].gap == D("4.50") and gap["2"].gap == D("5.00")

    with pytest.raises(ValidationFailed, match="đồng hạng nhất"):
        svc.nominate_from_ranking(session, table_id=tid, round_id=world["round"], merit_count=2)
    out = svc.nominate_from_ranking(
        session, table_id=tid, round_id=world["round"], merit_count=2, leader_member_id=m[2]
    )
    session.commit()
    assert len(out.flag.added) == 1 and len(out.merit.added) == 2
    assert out.outside_skipped == ("Báo Nhân Dân",) and out.boundary_tie is False
    noms = session.execute(
        select(Nomination.award_code, Nomination.unit_id, Nomination.leads_bloc)
        .where(Nomination.round_id == world["round"])
        .order_by(Nomination.id)
    ).all()
    u = world["units"]
    assert sorted(noms, key=lambda n: (n[0], n[1])) == sorted(
        [
            ("CO_BO", u[2], "Khối thi đua các cơ quan Đảng Trung ương"),
            ("BK_BO_TT", u[0], None),
            ("BK_BO_TT", u[1], None),
        ],
        key=lambda n: (n[0], n[1]),
    )


def test_boundary_tie_flagged(session, world):
    m = world["members"]
    svc.create_table(session, bloc_id=world["bloc"], year=2024, name="Bảng nháp", declared_total=100, items=ITEMS)
    tid = svc.create_table(
        session, bloc_id=world["bloc"], year=2024, name="Bảng 2024", declared_total=100, items=ITEMS[:2]
    )
    A = _assessors(session, tid)
    totals = {m[0]: (60, 40), m[1]: (50, 30), m[2]: (50, 30), m[3]: (10, 10), m[4]: (10, 10)}
    for member, (a, b) in totals.items():
        for assessor in m:
            if assessor != member:
                svc.record_scores(session, table_id=tid, member_id=member, assessor_id=A[assessor], points=_full(a, b))
    out = svc.nominate_from_ranking(session, table_id=tid, round_id=world["round"], merit_count=1)
    assert out.boundary_tie is True and len(out.merit.added) == 1
    leader = session.scalar(select(Nomination).where(Nomination.award_code == "CO_BO"))
    assert leader.unit_id == world["units"][0] and leader.leads_bloc and "Dẫn đầu" in leader.achievement


def test_member_assessors_follow_the_member_list(session, world):
    m = world["members"]
    tid = svc.create_table(
        session, bloc_id=world["bloc"], year=2024, name="Bảng 2024", declared_total=100, items=ITEMS[:2]
    )
    assert [a.member_id for a in svc.list_assessors(session, table_id=tid)] == list(m)
    (late,) = svc.add_members(session, bloc_id=world["bloc"], names=["Tạp chí Cộng sản"], joined_year=2024)
    (future,) = svc.add_members(session, bloc_id=world["bloc"], names=["Nhà xuất bản Sự thật"], joined_year=2025)
    names = [a.name for a in svc.list_assessors(session, table_id=tid)]
    assert "Tạp chí Cộng sản" in names and "Nhà xuất bản Sự thật" not in names  # joins after the table's year
    with pytest.raises(BadInput, match="không phải thành viên"):
        svc.record_scores(session, table_id=tid, member_id=future, assessor_id=None, points={"1": 50})
    with pytest.raises(ValidationFailed, match="chấm chéo"):
        svc.add_assessors(session, table_id=tid, assessors=[svc.AssessorInput("Ông A")])


def test_council_panel_scores_units_never_its_own(session, world):
    """Inside an agency the council scores its departments; a council member never scores
    the department (or the member unit above the unit) he works in."""
    from app.services import council as csvc

    m, u = world["members"], world["units"]
    dept = create_unit(session, data=UnitInput("V1", "Vụ Tổ chức - Điều lệ", "DON_VI", u[1]))
    council = csvc.create_council(session, name="Hội đồng TĐKT")
    for name, unit in [("Nguyễn Văn An", dept), ("Trần Thị Bình", u[0]), ("Lê Văn Cường", None)]:
        csvc.add_member(session, council_id=council, data=csvc.MemberInput(full_name=name, unit_id=unit))
    tid = svc.create_table(
        session, bloc_id=world["bloc"], year=2024, name="Chấm điểm các vụ", declared_total=100, items=ITEMS[:2]
    )
    svc.record_scores(session, table_id=tid, member_id=m[0], assessor_id=None, points=_full(50, 30))
    ids = svc.add_council_as_assessors(session, table_id=tid, council_id=council)
    panel = svc.list_assessors(session, table_id=tid)
    assert [(a.name, a.member_id) for a in panel] == [
        ("Nguyễn Văn An", m[1]),
        ("Trần Thị Bình", m[0]),
        ("Lê Văn Cường", None),
    ]
    assert svc.get_table(session, table_id=tid).assessor_mode == "PANEL" and len(ids) == 3
    with pytest.raises(BadInput, match="chính đơn vị mình"):
        svc.record_scores(session, table_id=tid, member_id=m[1], assessor_id=panel[0].id, points=_full(50, 30))
    svc.record_scores(session, table_id=tid, member_id=m[1], assessor_id=panel[1].id, points=_full(50, 30))
    svc.record_scores(session, table_id=tid, member_id=m[1], assessor_id=panel[2].id, points=_full(41, 30))
    res = svc.compute_ranking(session, table_id=tid)
    row = next(r for r in res.rows if r.member_id == m[1])
    assert row.total == D("75.50")  # (80 + 71) / 2; An's own unit is not expected from him
    assert not any(x.member_id == m[1] and x.assessor_id == panel[0].id for x in res.missing)
    assert svc.add_council_as_assessors(session, table_id=tid, council_id=council) == ()  # already listed
    with pytest.raises(ValidationFailed, match="không đổi được cách chấm"):
        svc.set_assessor_mode(session, table_id=tid, mode="MEMBERS")
    assert svc.remove_assessor(session, assessor_id=panel[2].id) == 2
    assert svc.compute_ranking(session, table_id=tid).rows[0].total == D("80.00")


def test_table_of_a_movement(session, world):
    mid = mv.create_movement(session, name="Tham mưu giỏi, phục vụ tốt")
    tid = svc.create_table(
        session,
        bloc_id=world["bloc"],
        year=2024,
        name="Chấm điểm phong trào",
        declared_total=100,
        items=ITEMS[:2],
        movement_id=mid,
    )
    assert svc.get_table(session, table_id=tid).movement_id == mid
    svc.update_table(session, table_id=tid, name="Chấm điểm phong trào 2024")
    assert svc.get_table(session, table_id=tid).movement_id == mid  # kept when not given
    svc.update_table(session, table_id=tid, movement_id=None)
    assert svc.get_table(session, table_id=tid).movement_id is None
