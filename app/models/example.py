"""Model examples (điển hình tiên tiến) found in a movement, and the four stages ("4 khâu")
they go through: PHAT_HIEN (found), BOI_DUONG (fostered), TONG_KET (reviewed),
NHAN_RONG (spread)."""

from __future__ import annotations

import datetime as _dt

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, utcnow

STAGES = ("PHAT_HIEN", "BOI_DUONG", "TONG_KET", "NHAN_RONG")


class ModelExample(Base):
    """A person or a collective registered as a model example of a movement."""

    __tablename__ = "model_example"

    id: Mapped[int] = mapped_column(primary_key=True)
    movement_id: Mapped[int | None] = mapped_column(ForeignKey("movement.id", ondelete="SET NULL"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    year: Mapped[int | None] = mapped_column(Integer)
    achievement: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (CheckConstraint("(person_id IS NULL) <> (unit_id IS NULL)", name="one_subject"),)


class ModelExampleStage(Base):
    """One of the four stages of a model example, with its date and notes."""

    __tablename__ = "model_example_stage"

    id: Mapped[int] = mapped_column(primary_key=True)
    example_id: Mapped[int] = mapped_column(ForeignKey("model_example.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(12))
    on_date: Mapped[_dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("example_id", "stage", name="uq_model_example_stage"),)
