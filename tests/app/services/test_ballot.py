"""Council, meetings and secret ballots through the services (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect, update

from app.errors import BadInput, ValidationFailed
from app.models import BallotSheet, Nomination
from app.rules.person import PersonInput, UnitInput
from app.rules.tally import INVALID, WRITTEN, Sheet, Threshold
from app.services import ballot as bs
from app.services import council as cs
from app.services import movement as mv
from app.services import nomination as nom
from app.services.org import create_person, create_unit

NAMES = ["Nguyễn Thị Hoa", "Trần Văn Minh", "Lê Thị Lan", "Phạm Văn Nam", "Đỗ Thị Ánh"]
MEMBERS = [
    "Hoàng Văn Chủ",
    "Vũ Thị Phó",
    "Bùi Văn Thường",
    "Đinh Thị Một",
    "Ngô Văn Hai",
    "Lý Thị Ba",
    "Mai Văn Bốn",
    "Tạ Thị Năm",
    "Cao Văn Sáu",
    "Phan Thị Thư",
]
ROLES = ["CHU_TICH", "PHO_CHU_TICH", "UY_VIEN_TT"] + ["UY_VIEN"] * 6 + ["THU_KY"]


SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLES = ["Thị", "Văn", "Đức", "Minh", "Ngọc"]
GIVEN = ["Hoa", "Minh", "Lan", "Nam", "Ánh", "Dũng", "Hương", "Tuấn", "Yến", "Khoa", "Thảo", "Sơn", "Trang"]


def person_name(i: int) -> str:
    """Distinct Vietnamese names (no digits allowed in a name); the first five are NAMES."""
    if i < len(NAMES):
        return NAMES[i]
    return f"{SURNAMES[i % 12]} {MIDDLES[(i // 12) % 5]} {GIVEN[(i // 60) % 13]}"


def make_world(session, *, members: int = 10, candidates: int = 5):
    """A council of `members`, a round with `candidates` CSTĐCS nominations checked, a meeting."""
    bloc = create_unit(session, data=UnitInput("KHOI", "Khối thi đua", "KHOI"))
    agency = create_unit(session, data=UnitInput("CQ", "Sở Nội vụ", "CO_QUAN", bloc))
    dept = create_unit(session, data=UnitInput("CQ-VP", "Văn phòng Sở", "DON_VI", agency))
    people = [
        create_person(session, data=PersonInput(f"CB{i:03d}", person_name(i), "F", dept, position="Chuyên viên"))
        for i in range(candidates)
    ]
    council_id = cs.create_council(session, name="Hội đồng Thi đua - Khen thưởng Khối", unit_id=bloc)
    member_ids = [
        cs.add_member(
            session,
            council_id=council_id,
            data=cs.MemberInput(MEMBERS[i] if i < 10 else person_name(i + 50), ROLES[i % 10] if i < 10 else "UY_VIEN"),
        )
        for i in range(members)
    ]
    rnd = mv.create_round(
        session, name="Đợt xét năm 2024", year=2024, review_date=dt.date(2025, 1, 15), council_id=council_id
    )
    added = nom.add_nominations(session, round_id=rnd, award_code="CSTDCS", person_ids=people, status="SUBMITTED")
    for nid in added.added:
        n = session.get(Nomination, nid)
        nom.change_status(session, nomination_id=nid, version=n.version, to_status="CHECKED")
    meeting = cs.create_meeting(
        session, round_id=rnd, starts_at=dt.datetime(2025, 1, 20, 8, 30), place="Hội trường tầng 3"
    )
    session.commit()
    return dict(
        council=council_id, members=member_ids, round=rnd, meeting=meeting, people=people, nominations=added.added
    )


@pytest.fixture
def world(session):
    return make_world(session)


def enter(session, ballot_id, entry, sheets):
    for s in sheets:
        bs.add_sheet(session, ballot_id=ballot_id, entry=entry, kind=s.kind, struck=s.struck, number=s.number)
    bs.finish_entry(session, ballot_id=ballot_id, entry=entry)


# ---------------------------------------------------------------- council and meeting


def test_members_roles_terms_and_deactivation(session, world):
    members = cs.list_members(session, council_id=world["council"])
    assert [m.role_label for m in members[:3]] == ["Chủ tịch", "Phó Chủ tịch", "Ủy viên thường trực"]
    with pytest.raises(ValidationFailed) as exc:
        cs.add_member(session, council_id=world["council"], data=cs.MemberInput("Người Mới", "CHU_TICH"))
    assert "đã có Chủ tịch (Hoàng Văn Chủ)" in exc.value.fields["role"]
    with pytest.raises(ValidationFailed):
        cs.add_member(session, council_id=world["council"], data=cs.MemberInput("  ", "UY_VIEN"))
    # Linked to a person of the registry: name, unit and position come from there.
    mid = cs.add_member(
        session,
        council_id=world["council"],
        data=cs.MemberInput(person_id=world["people"][0], role="UY_VIEN", term_start=dt.date(2024, 1, 1)),
    )
    row = cs.get_member(session, mid)
    assert (row.full_name, row.unit_name, row.position) == ("Nguyễn Thị Hoa", "Văn phòng Sở", "Chuyên viên")
    with pytest.raises(ValidationFailed):
        cs.add_member(session, council_id=world["council"], data=cs.MemberInput(person_id=world["people"][0]))
    cs.update_member(
        session,
        member_id=mid,
        version=row.version,
        data=cs.MemberInput(
            "Nguyễn Thị Hoa",
            "THU_KY",
            world["people"][0],
            term_start=dt.date(2024, 1, 1),
            term_end=dt.date(2028, 12, 31),
        ),
    )
    row = cs.get_member(session, mid)
    assert row.role == "THU_KY" and row.term_end == dt.date(2028, 12, 31)
    cs.set_member_active(session, member_id=mid, version=row.version, active=False, end_date=dt.date(2025, 3, 1))
    assert mid not in [m.id for m in cs.list_members(session, council_id=world["council"], active_only=True)]
    assert cs.get_member(session, mid).term_end == dt.date(2025, 3, 1)
    assert cs.list_councils(session)[0].active_members == 10


def test_quorum_is_two_thirds_in_integers():
    assert cs.quorum_check(9, 6, 2, 3).met and cs.quorum_check(9, 6, 2, 3).required == 6
    assert not cs.quorum_check(9, 5, 2, 3).met
    assert cs.quorum_check(10, 7, 2, 3).required == 7 and not cs.quorum_check(10, 6, 2, 3).met
    assert cs.quorum_check(15, 12, 4, 5).met and not cs.quorum_check(15, 11, 4, 5).met


def test_attendance_quorum_warning_and_committee(session, world):
    m = world["meeting"]
    rows = cs.list_attendance(session, meeting_id=m)
    assert len(rows) == 10 and all(r.status == "PRESENT" for r in rows)
    for r in rows[:3]:
        cs.set_attendance(session, meeting_id=m, member_id=r.member_id, status="ABSENT")
    q = cs.quorum(session, meeting_id=m)
    assert (q.present, q.required, q.met) == (7, 7, True)
    cs.set_attendance(
        session, meeting_id=m, member_id=rows[3].member_id, status="WRITTEN", opinion="Đồng ý tất cả các trường hợp"
    )
    q = cs.quorum(session, meeting_id=m)
    assert not q.met and q.written == 1 and "CHƯA ĐỦ SỐ LƯỢNG: có mặt 6/10 thành viên, cần ít nhất 7" in q.message
    with pytest.raises(ValidationFailed) as exc:
        cs.set_committee(session, meeting_id=m, head_id=rows[0].member_id, member_ids=[rows[5].member_id])
    assert "không có mặt" in exc.value.fields["committee"]
    with pytest.raises(ValidationFailed):
        cs.set_committee(session, meeting_id=m, head_id=rows[5].member_id, member_ids=[])
    cs.set_committee(
        session, meeting_id=m, head_id=rows[5].member_id, member_ids=[rows[6].member_id, rows[7].member_id]
    )
    head, others = cs.committee(session, meeting_id=m)
    assert head.member_id == rows[5].member_id and [o.member_id for o in others] == [
        rows[6].member_id,
        rows[7].member_id,
    ]
    cs.set_attendance(session, meeting_id=m, member_id=rows[6].member_id, status="ABSENT")
    assert len(cs.committee(session, meeting_id=m)[1]) == 1


def test_agenda_lists_checked_vote_awards_only(session, world):
    rows = cs.agenda(session, meeting_id=world["meeting"])
    assert len(rows) == 5 and {r.award_code for r in rows} == {"CSTDCS"}
    nom.add_nominations(session, round_id=world["round"], award_code="LDTT", person_ids=world["people"][:1])
    assert len(cs.agenda(session, meeting_id=world["meeting"])) == 5


# ---------------------------------------------------------------- ballots


def test_create_ballot_takes_threshold_and_base_from_rules(session, world):
    bid = bs.create_ballot(session, meeting_id=world["meeting"], award_code="CSTDCS", spares=3)
    b = bs.get_ballot(session, bid)
    assert b.threshold == Threshold(4, 5) and b.members == 10 and b.candidates == 5 and b.issued == 10
    assert b.title == "Bầu danh hiệu Chiến sĩ thi đua cơ sở năm 2024"
    assert [c.number for c in bs.list_candidates(session, ballot_id=bid)] == [1, 2, 3, 4, 5]
    assert all(r.ballot_id == bid for r in cs.agenda(session, meeting_id=world["meeting"]))
    with pytest.raises(BadInput):
        bs.create_ballot(session, meeting_id=world["meeting"], award_code="CSTDCS")
    with pytest.raises(BadInput):
        bs.create_ballot(session, meeting_id=world["meeting"], award_code="LDTT")


def test_entry_validation_undo_and_pass_isolation(session, world):
    bid = bs.create_ballot(session, meeting_id=world["meeting"], award_code="CSTDCS")
    s1 = bs.add_sheet(session, ballot_id=bid, entry="A", struck="3 5")
    assert s1 == Sheet(1, "ballot", frozenset({3, 5}))
    bs.add_sheet(session, ballot_id=bid, entry="A", struck="3,4")
    with pytest.raises(BadInput) as exc:
        bs.add_sheet(session, ballot_id=bid, entry="A", struck="3 17")
    assert "số 17 không có trong danh sách (1–5)" in exc.value.message()
    with pytest.raises(BadInput):
        bs.add_sheet(session, ballot_id=bid, entry="A", struck="", number=2)
    with pytest.raises(BadInput):
        bs.add_sheet(session, ballot_id=bid, entry="A", struck="", number=11)
    bs.add_sheet(session, ballot_id=bid, entry="A", kind=WRITTEN, struck=[1])
    bs.add_sheet(session, ballot_id=bid, entry="B", struck="1")
    state = bs.entry_state(session, ballot_id=bid, entry="A")
    assert [s.number for s in state.sheets] == [1, 2, 3] and state.next_number == 4
    assert state.counts == {"ballot": 2, "written": 1, "invalid": 0}
    assert bs.entry_state(session, ballot_id=bid, entry="B").sheets == (Sheet(1, "ballot", frozenset({1})),)
    assert bs.undo_last_sheet(session, ballot_id=bid, entry="A") == Sheet(3, WRITTEN, frozenset({1}))
    assert bs.entry_state(session, ballot_id=bid, entry="A").next_number == 3
    with pytest.raises(BadInput) as exc:
        bs.compare_passes(session, ballot_id=bid)
    assert "lượt A và B chưa nhập xong" in exc.value.message()


def test_parse_entry_line():
    assert bs.parse_entry_line("3 17", 20) == ("ballot", frozenset({3, 17}), [])
    assert bs.parse_entry_line("3,17", 20) == ("ballot", frozenset({3, 17}), [])
    assert bs.parse_entry_line("v 2", 20) == ("written", frozenset({2}), [])
    assert bs.parse_entry_line("v2", 20) == ("written", frozenset({2}), [])
    assert bs.parse_entry_line("k", 20) == ("invalid", frozenset(), [])
    assert bs.parse_entry_line("", 20, kind="written") == ("written", frozenset(), [])
    assert bs.parse_entry_line("3 21", 20)[2] == ["số 21 không có trong danh sách (1–20)"]
    assert bs.parse_entry_line("x3", 20)[2] == ["'x3' không phải số thứ tự ứng viên"]


def _pile():
    # 10 members: 8 ballots, 1 written opinion, 1 invalid. Candidate 1 struck on 2 → 6/10.
    return [
        Sheet(1, "ballot", frozenset({1})),
        Sheet(2, "ballot", frozenset({1, 2})),
        Sheet(3, "ballot"),
        Sheet(4, "ballot", frozenset({3})),
        Sheet(5, "ballot"),
        Sheet(6, "ballot"),
        Sheet(7, "ballot"),
        Sheet(8, "ballot", frozenset({5})),
        Sheet(9, WRITTEN, frozenset({2})),
        Sheet(10, INVALID),
    ]


def test_double_entry_mismatch_blocks_tally_then_seal_moves_nominations(session, world):
    bid = bs.create_ballot(session, meeting_id=world["meeting"], award_code="CSTDCS")
    pile = _pile()
    enter(session, bid, "A", pile)
    typo = list(pile)
    typo[3] = Sheet(4, "ballot", frozenset({4}))
    enter(session, bid, "B", typo[:-1])
    diff = bs.compare_passes(session, ballot_id=bid)
    assert not diff.agree and [d.number for d in diff.differences] == [4, 10]
    assert diff.differences[0].first.struck == {3} and diff.differences[1].second is None
    with pytest.raises(bs.EntriesDiffer):
        bs.preview_tally(session, ballot_id=bid)
    with pytest.raises(bs.EntriesDiffer):
        bs.seal_ballot(session, ballot_id=bid)
    bs.replace_sheet(session, ballot_id=bid, entry="B", number=4, kind="ballot", struck="3")
    bs.add_sheet(session, ballot_id=bid, entry="B", kind=INVALID)
    assert bs.compare_passes(session, ballot_id=bid).agree
    preview = bs.preview_tally(session, ballot_id=bid)
    assert [c.approvals for c in preview.candidates] == [7, 7, 8, 9, 8]
    assert (preview.collected, preview.valid, preview.invalid, preview.written) == (10, 9, 1, 1)
    sealed = bs.seal_ballot(session, ballot_id=bid)
    assert len(sealed.seal_hash) == 64 and bs.verify_seal(session, ballot_id=bid)
    assert [c.passed for c in sealed.result.candidates] == [False, False, True, True, True]
    statuses = {r.id: r.status for r in nom.list_nominations(session, round_id=world["round"])}
    cands = bs.list_candidates(session, ballot_id=bid)
    assert [statuses[c.nomination_id] for c in cands] == ["REJECTED", "REJECTED", "APPROVED", "APPROVED", "APPROVED"]
    events = nom.nomination_events(session, nomination_id=cands[0].nomination_id)
    assert [e.to_status for e in events][-2:] == ["VOTED", "REJECTED"]
    assert "7/10 phiếu đồng ý (70,00%), ngưỡng 80%" in events[-1].reason
    session.commit()


def test_sealed_ballot_refuses_changes_and_reopen_needs_reason(session, world):
    bid = bs.create_ballot(session, meeting_id=world["meeting"], award_code="CSTDCS")
    enter(session, bid, "A", _pile())
    enter(session, bid, "B", _pile())
    first = bs.seal_ballot(session, ballot_id=bid).seal_hash
    for call in (
        lambda: bs.add_sheet(session, ballot_id=bid, entry="A", struck=""),
        lambda: bs.undo_last_sheet(session, ballot_id=bid, entry="A"),
        lambda: bs.replace_sheet(session, ballot_id=bid, entry="B", number=1, kind="ballot", struck=""),
        lambda: bs.delete_sheet(session, ballot_id=bid, entry="A", number=1),
        lambda: bs.finish_entry(session, ballot_id=bid, entry="A", done=False),
        lambda: bs.seal_ballot(session, ballot_id=bid),
        lambda: bs.delete_ballot(session, ballot_id=bid),
    ):
        with pytest.raises(bs.BallotSealed):
            call()
    with pytest.raises(ValidationFailed):
        bs.reopen_ballot(session, ballot_id=bid, reason="   ")
    bs.reopen_ballot(session, ballot_id=bid, reason="Phiếu số 4 nhập nhầm ở cả hai lượt")
    b = bs.get_ballot(session, bid)
    assert b.status == "OPEN" and b.seal_hash == ""
    statuses = {r.status for r in nom.list_nominations(session, round_id=world["round"])}
    assert statuses == {"VOTED"}
    events = bs.ballot_events(session, ballot_id=bid)
    assert [e.action for e in events] == ["SEAL", "REOPEN"]
    assert events[1].reason == "Phiếu số 4 nhập nhầm ở cả hai lượt" and events[1].seal_hash == first
    bs.replace_sheet(session, ballot_id=bid, entry="A", number=4, kind="ballot", struck="")
    bs.replace_sheet(session, ballot_id=bid, entry="B", number=4, kind="ballot", struck="")
    second = bs.seal_ballot(session, ballot_id=bid)
    assert second.seal_hash != first and second.result.candidates[2].approvals == 9
    assert [e.action for e in bs.ballot_events(session, ballot_id=bid)] == ["SEAL", "REOPEN", "SEAL"]
    session.commit()


def test_tampering_with_a_sealed_sheet_shows(session, world):
    bid = bs.create_ballot(session, meeting_id=world["meeting"], award_code="CSTDCS")
    enter(session, bid, "A", _pile())
    enter(session, bid, "B", _pile())
    bs.seal_ballot(session, ballot_id=bid)
    session.commit()
    assert bs.verify_seal(session, ballot_id=bid)
    session.execute(
        update(BallotSheet)
        .where(BallotSheet.ballot_id == bid, BallotSheet.entry == "A", BallotSheet.number == 3)
        .values(struck="1")
    )
    session.expire_all()
    assert not bs.verify_seal(session, ballot_id=bid)


def test_seal_hash_is_canonical():
    t = Threshold(4, 5)
    sheets = [Sheet(2, "ballot", frozenset({3, 1})), Sheet(1, "ballot")]
    a = bs.seal_payload(
        award_code="X",
        round_no=1,
        members=3,
        threshold=t,
        max_approvals=None,
        quota=None,
        candidates=[(2, "B"), (1, "Ánh")],
        sheets=sheets,
        results={"k": 1},
    )
    b = bs.seal_payload(
        award_code="X",
        round_no=1,
        members=3,
        threshold=t,
        max_approvals=None,
        quota=None,
        candidates=[(1, "Ánh"), (2, "B")],
        sheets=list(reversed(sheets)),
        results={"k": 1},
    )
    assert a == b and b'"sheets":[[1,"ballot",[]],[2,"ballot",[1,3]]]' in a
    assert bs.compute_seal_hash(a) == bs.compute_seal_hash(b)


def test_quota_tie_chair_decision_and_second_round(session, world):
    bid = bs.create_ballot(session, meeting_id=world["meeting"], award_code="CSTDCS", quota=2)
    # Candidate 5 is struck on two sheets (8/10 reaches 80 %, but 1–4 tie at 10 for the 2 seats).
    pile = [Sheet(i, "ballot", frozenset({5}) if i <= 2 else frozenset()) for i in range(1, 11)]
    enter(session, bid, "A", pile)
    enter(session, bid, "B", pile)
    assert [c.tied for c in bs.preview_tally(session, ballot_id=bid).candidates] == [True] * 4 + [False]
    with pytest.raises(BadInput):
        bs.seal_ballot(session, ballot_id=bid, chair_choice=[1, 2, 3])
    sealed = bs.seal_ballot(session, ballot_id=bid)
    assert sealed.result.tied and sealed.result.seats_left == 2
    statuses = [nom.list_nominations(session, round_id=world["round"])]
    by_id = {r.id: r.status for r in statuses[0]}
    cands = bs.list_candidates(session, ballot_id=bid)
    assert [by_id[c.nomination_id] for c in cands] == ["VOTED"] * 4 + ["REJECTED"]
    second = bs.create_second_round(session, ballot_id=bid)
    b2 = bs.get_ballot(session, second)
    assert (b2.round_no, b2.quota, b2.candidates, b2.members) == (2, 2, 4, 10)
    with pytest.raises(BadInput):
        bs.reopen_ballot(session, ballot_id=bid, reason="thử")
    pile2 = [Sheet(i, "ballot", frozenset({3, 4})) for i in range(1, 11)]
    enter(session, second, "A", pile2)
    enter(session, second, "B", pile2)
    bs.seal_ballot(session, ballot_id=second)
    by_id = {r.id: r.status for r in nom.list_nominations(session, round_id=world["round"])}
    assert [by_id[c.nomination_id] for c in cands] == ["APPROVED", "APPROVED", "REJECTED", "REJECTED", "REJECTED"]
    session.commit()


def test_chair_decision_is_recorded_in_the_seal(session, world):
    bid = bs.create_ballot(session, meeting_id=world["meeting"], award_code="CSTDCS", quota=1)
    pile = [Sheet(i, "ballot", frozenset({3, 4, 5})) for i in range(1, 11)]
    enter(session, bid, "A", pile)
    enter(session, bid, "B", pile)
    sealed = bs.seal_ballot(session, ballot_id=bid, chair_choice=[2], chair_note="Thành tích nổi bật hơn")
    assert [c.verdict() for c in sealed.result.candidates][:2] == ["Bằng phiếu", "Đạt (Chủ tịch quyết định)"]
    assert bs.verify_seal(session, ballot_id=bid)
    assert bs.sealed_result(session, ballot_id=bid) == sealed.result
    assert "Chủ tịch quyết định: Thành tích nổi bật hơn" in bs.ballot_events(session, ballot_id=bid)[0].reason


def test_no_column_links_a_sheet_to_a_member(session):
    columns = {c["name"] for c in inspect(session.get_bind()).get_columns("ballot_sheet")}
    assert columns == {"id", "ballot_id", "entry", "number", "kind", "struck"}


def test_sealing_moves_every_nomination_in_one_batch(session):
    """Issue 17: sealing a large ballot is one batch of status moves (one flush for all the
    nominations), and gives the same outcome as the moves one by one: each nomination gets
    CHECKED → VOTED and VOTED → APPROVED/REJECTED with its own reason."""
    from sqlalchemy import event

    w = make_world(session, members=10, candidates=40)
    bid = bs.create_ballot(session, meeting_id=w["meeting"], award_code="CSTDCS")
    # Sheet k strikes candidates k..k+9 (mod 40): approvals differ from candidate to candidate.
    pile = [Sheet(k + 1, "ballot", frozenset(((k * 4 + j) % 40) + 1 for j in range(10))) for k in range(10)]
    enter(session, bid, "A", pile)
    enter(session, bid, "B", pile)
    flushes = []
    listener = lambda *_: flushes.append(1)  # noqa: E731
    event.listen(session, "after_flush", listener)
    try:
        sealed = bs.seal_ballot(session, ballot_id=bid)
    finally:
        event.remove(session, "after_flush", listener)
    assert len(flushes) <= 3  # the seal, the candidates' moves (and nothing per candidate)
    cands = bs.list_candidates(session, ballot_id=bid)
    by_number = {c.number: c for c in sealed.result.candidates}
    statuses = {r.id: r.status for r in nom.list_nominations(session, round_id=w["round"])}
    assert {statuses[c.nomination_id] for c in cands} == {"APPROVED", "REJECTED"}
    for c in cands:
        expected = "APPROVED" if by_number[c.number].passed else "REJECTED"
        assert statuses[c.nomination_id] == expected
        events = nom.nomination_events(session, nomination_id=c.nomination_id)
        assert [(e.from_status, e.to_status) for e in events][-2:] == [("CHECKED", "VOTED"), ("VOTED", expected)]
        assert f"{by_number[c.number].approvals}/10 phiếu đồng ý" in events[-1].reason
    session.commit()
