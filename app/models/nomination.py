"""Nominations (đề nghị khen thưởng) of a review round and their status history."""

from __future__ import annotations

import datetime as _dt

from sqlalchemy import JSON, CheckConstraint, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, utcnow


class Nomination(Base):
    """One proposal: a person or a unit for an award in a round.

    `verdict_*` cache the last eligibility verdict (recomputed by
    `app.services.nomination.compute_verdicts`); `initiative_id` is the sáng kiến that
    grounded it in that verdict, if any.
    """

    __tablename__ = "nomination"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("review_round.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    award_code: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(10), default="DRAFT")
    achievement: Mapped[str] = mapped_column(Text, default="")
    submitting_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    initiative_id: Mapped[int | None] = mapped_column(ForeignKey("initiative.id", ondelete="SET NULL"))
    leads_bloc: Mapped[str | None] = mapped_column(String(255))
    """Name of the bloc this unit leads (dẫn đầu khối/cụm thi đua), the ground of a Cờ thi
    đua that the meeting minutes must show; None when not applicable."""
    review_hold: Mapped[str] = mapped_column(String(10), default="", server_default="")
    """"" or a kind of `app.rules.eligibility.REVIEW_HOLDS`: the nominee is under discipline,
    inspection or complaint review (NĐ 152/2025 Art. 4(4)); it blocks the award."""
    review_hold_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    verdict_status: Mapped[str] = mapped_column(String(15), default="")
    verdict_reasons: Mapped[list | None] = mapped_column(JSON)
    verdict_at: Mapped[_dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("(person_id IS NULL) <> (unit_id IS NULL)", name="one_subject"),
        UniqueConstraint("round_id", "person_id", "award_code", name="uq_nomination_person"),
        UniqueConstraint("round_id", "unit_id", "award_code", name="uq_nomination_unit"),
        Index("ix_nomination_round_status", "round_id", "status"),
    )


class NominationEvent(Base):
    """A status change of a nomination, with the reason (required to return or reject)."""

    __tablename__ = "nomination_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    nomination_id: Mapped[int] = mapped_column(ForeignKey("nomination.id", ondelete="CASCADE"), index=True)
    at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(100), default="")
    from_status: Mapped[str] = mapped_column(String(10), default="")
    to_status: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text, default="")
