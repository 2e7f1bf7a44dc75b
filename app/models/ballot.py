"""Council meetings, their secret ballots, the entered sheets and the seal log.

Secrecy by design (issue 4 item 9): a `BallotSheet` carries only its serial number in the
pile, its kind and the struck candidate numbers — no column anywhere links a sheet to a
member, to a clerk or to an entry time.
"""

from __future__ import annotations

import datetime as _dt

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, utcnow


class Meeting(Base):
    """A sitting of the Council over a review round; `quorum_num/quorum_den` of the
    members must be present (default 2/3, configurable)."""

    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("council.id", ondelete="CASCADE"), index=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("review_round.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(255), default="")
    starts_at: Mapped[_dt.datetime] = mapped_column(DateTime)
    ends_at: Mapped[_dt.datetime | None] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(255), default="")
    quorum_num: Mapped[int] = mapped_column(Integer, default=2)
    quorum_den: Mapped[int] = mapped_column(Integer, default=3)
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    __mapper_args__ = {"version_id_col": version}


class MeetingAttendance(Base):
    """One member at one meeting: PRESENT, WRITTEN (absent, sent a written opinion) or
    ABSENT; `committee_role` HEAD/MEMBER of the counting committee (Ban kiểm phiếu)."""

    __tablename__ = "meeting_attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("council_member.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(10), default="PRESENT")
    opinion: Mapped[str] = mapped_column(Text, default="")
    committee_role: Mapped[str] = mapped_column(String(10), default="")

    __table_args__ = (UniqueConstraint("meeting_id", "member_id", name="uq_meeting_attendance_member"),)


class Ballot(Base):
    """One secret ballot of a meeting over one award group.

    `members` is the base of every percentage (total Council members when the ballot was
    made); the threshold is the exact fraction of the rule set in force. `entry_a_done` /
    `entry_b_done`: each clerk declared his pass finished (comparison needs both).
    `results` holds the sealed `TallyResult` (JSON), `seal_hash` its SHA-256.
    """

    __tablename__ = "ballot"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    award_code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(255), default="")
    round_no: Mapped[int] = mapped_column(Integer, default=1)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("ballot.id", ondelete="SET NULL"))
    members: Mapped[int] = mapped_column(Integer)
    threshold_num: Mapped[int] = mapped_column(Integer)
    threshold_den: Mapped[int] = mapped_column(Integer)
    max_approvals: Mapped[int | None] = mapped_column(Integer)
    quota: Mapped[int | None] = mapped_column(Integer)
    issued: Mapped[int] = mapped_column(Integer, default=0)
    spares: Mapped[int] = mapped_column(Integer, default=2)
    status: Mapped[str] = mapped_column(String(10), default="OPEN")
    entry_a_done: Mapped[bool] = mapped_column(Boolean, default=False)
    entry_b_done: Mapped[bool] = mapped_column(Boolean, default=False)
    results: Mapped[dict | None] = mapped_column(JSON)
    seal_hash: Mapped[str] = mapped_column(String(64), default="")
    sealed_at: Mapped[_dt.datetime | None] = mapped_column(DateTime)
    sealed_by: Mapped[str] = mapped_column(String(100), default="")
    chair_choice: Mapped[list | None] = mapped_column(JSON)
    chair_note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    __mapper_args__ = {"version_id_col": version}


class BallotCandidate(Base):
    """A numbered line of the ballot paper (numbered from 1)."""

    __tablename__ = "ballot_candidate"

    id: Mapped[int] = mapped_column(primary_key=True)
    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballot.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    nomination_id: Mapped[int | None] = mapped_column(ForeignKey("nomination.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(255))
    unit_name: Mapped[str] = mapped_column(String(255), default="")

    __table_args__ = (UniqueConstraint("ballot_id", "number", name="uq_ballot_candidate_number"),)


class BallotSheet(Base):
    """An entered sheet of pass `entry` ("A" or "B"): serial number, kind, struck numbers
    ("3 17", sorted). Nothing here names a member (secrecy)."""

    __tablename__ = "ballot_sheet"

    id: Mapped[int] = mapped_column(primary_key=True)
    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballot.id", ondelete="CASCADE"))
    entry: Mapped[str] = mapped_column(String(1))
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10), default="ballot")
    struck: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("ballot_id", "entry", "number", name="uq_ballot_sheet_number"),)


class BallotEvent(Base):
    """The ballot's log: SEAL, REOPEN (with its reason), SECOND_ROUND; who, when, which hash."""

    __tablename__ = "ballot_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballot.id", ondelete="CASCADE"), index=True)
    at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    seal_hash: Mapped[str] = mapped_column(String(64), default="")
