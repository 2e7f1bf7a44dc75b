"""Emulation blocs (khối/cụm thi đua): members, yearly leadership, pledges (giao ước thi
đua), criteria tables and the scores members give each other."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, utcnow


class Bloc(Base):
    """A bloc; kind KHOI or CUM."""

    __tablename__ = "bloc"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="KHOI")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow)


class BlocMember(Base):
    """A member agency: a unit of the tree, or an outside agency known only by name."""

    __tablename__ = "bloc_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    bloc_id: Mapped[int] = mapped_column(ForeignKey("bloc.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(255))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    joined_year: Mapped[int | None] = mapped_column(Integer)
    left_year: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("bloc_id", "name", name="uq_bloc_member_name"),)


class BlocLeadership(Base):
    """A member's leadership role in a year: KHOI_TRUONG, KHOI_PHO_TT (Khối phó thường
    trực) or KHOI_PHO."""

    __tablename__ = "bloc_leadership"

    id: Mapped[int] = mapped_column(primary_key=True)
    bloc_id: Mapped[int] = mapped_column(ForeignKey("bloc.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    member_id: Mapped[int] = mapped_column(ForeignKey("bloc_member.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(15))

    __table_args__ = (UniqueConstraint("bloc_id", "year", "member_id", name="uq_bloc_leadership_member"),)


class BlocPledge(Base):
    """The yearly pledge (giao ước thi đua) of a bloc."""

    __tablename__ = "bloc_pledge"

    id: Mapped[int] = mapped_column(primary_key=True)
    bloc_id: Mapped[int] = mapped_column(ForeignKey("bloc.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(String(255), default="")
    signed_on: Mapped[_dt.date | None] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("bloc_id", "year", name="uq_bloc_pledge_year"),)


class BlocPledgeSignatory(Base):
    """A member that signed (or is to sign) a pledge, with its signer."""

    __tablename__ = "bloc_pledge_signatory"

    id: Mapped[int] = mapped_column(primary_key=True)
    pledge_id: Mapped[int] = mapped_column(ForeignKey("bloc_pledge.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("bloc_member.id", ondelete="CASCADE"))
    signer_name: Mapped[str] = mapped_column(String(255), default="")
    signer_title: Mapped[str] = mapped_column(String(255), default="")
    signed: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (UniqueConstraint("pledge_id", "member_id", name="uq_bloc_pledge_signatory_member"),)


class ScoringTable(Base):
    """A criteria table (bảng tiêu chí chấm điểm) of a bloc for a year, or of a movement.
    The weights of its NORMAL items add up to `declared_total` (app.rules.scoring)."""

    __tablename__ = "scoring_table"

    id: Mapped[int] = mapped_column(primary_key=True)
    bloc_id: Mapped[int | None] = mapped_column(ForeignKey("bloc.id", ondelete="CASCADE"), index=True)
    movement_id: Mapped[int | None] = mapped_column(ForeignKey("movement.id", ondelete="SET NULL"))
    year: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(500))
    declared_total: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    drop_extremes: Mapped[bool] = mapped_column(Boolean, default=False)
    # MEMBERS: every bloc member scores the others; PANEL: the listed ScoringAssessor rows
    # (e.g. the council's members, each belonging to the member unit it never scores).
    assessor_mode: Mapped[str] = mapped_column(String(10), default="MEMBERS", server_default="MEMBERS")
    created_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow)


class ScoringItem(Base):
    """A criterion, bonus or penalty item of a table (kind NORMAL | BONUS | PENALTY)."""

    __tablename__ = "scoring_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    table_id: Mapped[int] = mapped_column(ForeignKey("scoring_table.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    group_name: Mapped[str] = mapped_column(String(255), default="")
    name: Mapped[str] = mapped_column(String(1000))
    max_points: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    kind: Mapped[str] = mapped_column(String(10), default="NORMAL")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("table_id", "code", name="uq_scoring_item_code"),)


class ScoringAssessor(Base):
    """A scorer of a table. `member_id` is the bloc member it belongs to (it never scores
    that member); in MEMBERS mode there is one per member and its name is the member's."""

    __tablename__ = "scoring_assessor"

    id: Mapped[int] = mapped_column(primary_key=True)
    table_id: Mapped[int] = mapped_column(ForeignKey("scoring_table.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("bloc_member.id", ondelete="CASCADE"))
    council_member_id: Mapped[int | None] = mapped_column(ForeignKey("council_member.id", ondelete="SET NULL"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("table_id", "name", name="uq_scoring_assessor_name"),)


class Score(Base):
    """Points of one member on one item, by an assessor of the table (NULL: self-score)."""

    __tablename__ = "score"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("scoring_item.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("bloc_member.id", ondelete="CASCADE"), index=True)
    assessor_id: Mapped[int | None] = mapped_column(ForeignKey("scoring_assessor.id", ondelete="CASCADE"), index=True)
    points: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    updated_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        UniqueConstraint("item_id", "member_id", "assessor_id", name="uq_score_sheet"),
        # Covering: the ranking's aggregates read this index alone (issue 17).
        Index("ix_score_item_member_assessor_points", "item_id", "member_id", "assessor_id", "points"),
        # The same, sheet by sheet: the ranking's totals per sheet without a sort.
        Index("ix_score_member_assessor_item_points", "member_id", "assessor_id", "item_id", "points"),
    )
