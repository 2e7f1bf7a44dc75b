"""Sealing moves its nominations in one batch (one UPDATE, one INSERT of events, one
block of audit entries); the result must be the one-by-one result, and the trail stays
verifiable. Also the batch's optimistic version check."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.database import open_database
from app.errors import StaleRecord
from app.models import Nomination, Person
from app.rules.tally import reaches
from app.services import audit
from app.services import ballot as bs
from app.services import nomination as nom
from app.services.integrity import full_check
from tests.app.services.test_ballot import _pile, enter, make_world

IGNORED = {"version", "updated_at", "created_at"}  # one batched move bumps the version once, not twice


def _sealable(session):
    world = make_world(session, members=10, candidates=6)
    bid = bs.create_ballot(session, meeting_id=world["meeting"], award_code="CSTDCS")
    enter(session, bid, "A", _pile())
    enter(session, bid, "B", _pile())
    session.commit()
    return world, bid


def _state(session, world):
    """Per person code: status, the (from, to, reason) events, the trail's latest image."""
    out = {}
    for nid in world["nominations"]:
        n = session.get(Nomination, nid)
        code = session.scalar(select(Person.code).where(Person.id == n.person_id))
        events = [(e.from_status, e.to_status, e.reason) for e in nom.nomination_events(session, nomination_id=nid)]
        latest = audit.row_history(session, "nomination", nid)[-1].after
        out[code] = (n.status, events, {k: v for k, v in latest.items() if k not in IGNORED and k != "id"})
    return out


def test_batched_sealing_equals_moving_one_by_one(tmp_path, db, session):
    world, bid = _sealable(session)
    sealed = bs.seal_ballot(session, ballot_id=bid)
    session.commit()
    batched = _state(session, world)
    assert full_check(session) == []

    # The same ballot in a second database, the nominations moved one call at a time.
    other = open_database(tmp_path / "one-by-one.db")
    try:
        with other.factory() as s2:
            world2, bid2 = _sealable(s2)
            result = bs.preview_tally(s2, ballot_id=bid2)
            assert result == sealed.result
            label = result.threshold.label()
            for cand, c in zip(bs.list_candidates(s2, ballot_id=bid2), result.candidates):
                n = s2.get(Nomination, cand.nomination_id)
                nom.change_status(s2, nomination_id=n.id, version=n.version, to_status="VOTED")
                base = (
                    f"{bs.get_ballot(s2, bid2).title}: {c.approvals}/{result.members} phiếu đồng ý "
                    f"({c.percent.replace('.', ',')}%), ngưỡng {label}"
                )
                if c.passed:
                    to, reason = "APPROVED", base
                else:
                    outside = c.tied or reaches(c.approvals, result.members, result.threshold)
                    to, reason = (
                        "REJECTED",
                        base + (", đạt ngưỡng nhưng ngoài số lượng được chọn" if outside else ", không đạt"),
                    )
                nom.change_status(s2, nomination_id=n.id, version=n.version, to_status=to, reason=reason)
            s2.commit()
            one_by_one = _state(s2, world2)
            assert full_check(s2) == []
    finally:
        other.close()

    assert batched == one_by_one
    statuses = sorted(status for status, _, _ in batched.values())
    assert "APPROVED" in statuses and "REJECTED" in statuses  # both branches compared
    # One UPDATE entry a nomination, each with the image before the sealing.
    updates = [e for e in audit.list_entries(session, table="nomination") if e.action == "UPDATE"]
    last = {e.row_id: e for e in updates}
    assert len(last) == len(world["nominations"])
    assert all(e.before["status"] == "CHECKED" for e in last.values())


def test_a_nomination_moved_meanwhile_stops_the_batch(db, session):
    world = make_world(session, members=3, candidates=3)
    stale = [session.get(Nomination, nid) for nid in world["nominations"]]
    # Another clerk returns one of them meanwhile (another session, committed).
    with db.factory.begin() as other:
        n = other.get(Nomination, world["nominations"][1])
        nom.change_status(other, nomination_id=n.id, version=n.version, to_status="SUBMITTED", reason="Thiếu hồ sơ")
    with pytest.raises(StaleRecord):
        nom.apply_moves(session, [(n, "VOTED", "") for n in stale])
    session.rollback()
    statuses = [session.get(Nomination, nid).status for nid in world["nominations"]]
    assert statuses == ["CHECKED", "SUBMITTED", "CHECKED"]
    assert full_check(session) == []
