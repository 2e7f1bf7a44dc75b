"""Emulation movements (phong trào thi đua), review rounds (đợt xét) and registrations
(đăng ký thi đua)."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, utcnow


class Movement(Base):
    """A movement: kind THUONG_XUYEN (regular), CHUYEN_DE (themed) or DOT_XUAT (sudden)."""

    __tablename__ = "movement"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(15), default="THUONG_XUYEN")
    start_date: Mapped[_dt.date | None] = mapped_column(Date)
    end_date: Mapped[_dt.date | None] = mapped_column(Date)
    launching_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    plan_number: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    __mapper_args__ = {"version_id_col": version}


class MovementCriterion(Base):
    """A scoring criterion of a movement (chấm điểm theo tiêu chí)."""

    __tablename__ = "movement_criterion"

    id: Mapped[int] = mapped_column(primary_key=True)
    movement_id: Mapped[int] = mapped_column(ForeignKey("movement.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(500))
    max_points: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class ReviewRound(Base):
    """A review round (đợt xét) for a year; judged under the rule set in force on `review_date`."""

    __tablename__ = "review_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    year: Mapped[int] = mapped_column(Integer)
    review_date: Mapped[_dt.date] = mapped_column(Date)
    submission_deadline: Mapped[_dt.date | None] = mapped_column(Date)
    meeting_date: Mapped[_dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="OPEN")  # OPEN | CLOSED
    movement_id: Mapped[int | None] = mapped_column(ForeignKey("movement.id", ondelete="SET NULL"))
    council_id: Mapped[int | None] = mapped_column(ForeignKey("council.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    # The clerk confirmed once that nobody in the round is under discipline, inspection or
    # complaint review but those marked (NĐ 152/2025 Art. 4(4)); asked before the list is sent.
    review_confirmed_at: Mapped[_dt.datetime | None] = mapped_column(DateTime)
    review_confirmed_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    __mapper_args__ = {"version_id_col": version}


class Registration(Base):
    """A target registered at the start of a year (đăng ký thi đua) by a person or a unit."""

    __tablename__ = "registration"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    award_code: Mapped[str] = mapped_column(String(20))
    movement_id: Mapped[int | None] = mapped_column(ForeignKey("movement.id", ondelete="SET NULL"))
    registered_on: Mapped[_dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(500), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (CheckConstraint("(person_id IS NULL) <> (unit_id IS NULL)", name="one_subject"),)
