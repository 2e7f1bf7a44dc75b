"""The award catalogue (danh hiệu, hình thức) and versioned rule sets.

`AwardType` is one title or form. `RuleSet` is a legal text with its effective dates
(inclusive; `effective_to` None = still in force); `AwardRule` holds one award's
parameters inside a rule set as JSON, always read through
`app.rules.catalogue.params_from_json` (validated by the `RuleParams` dataclass).
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, utcnow


class AwardType(Base):
    __tablename__ = "award_type"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    subject: Mapped[str] = mapped_column(String(10))  # CA_NHAN | TAP_THE
    kind: Mapped[str] = mapped_column(String(10))  # DANH_HIEU | HINH_THUC
    level: Mapped[str] = mapped_column(String(10))  # CO_SO | BO_TINH | NHA_NUOC
    authority: Mapped[str] = mapped_column(String(255), default="")
    reward_multiple: Mapped[Decimal] = mapped_column(Numeric(6, 2), default=Decimal("0"))
    certificate_template: Mapped[str] = mapped_column(String(30), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    __mapper_args__ = {"version_id_col": version}


class RuleSet(Base):
    __tablename__ = "rule_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    legal_text: Mapped[str] = mapped_column(Text, default="")
    effective_from: Mapped[_dt.date] = mapped_column(Date)
    effective_to: Mapped[_dt.date | None] = mapped_column(Date)
    copied_from_id: Mapped[int | None] = mapped_column(ForeignKey("rule_set.id", ondelete="SET NULL"))
    # Reward money (app.rules.money.Rounding): amounts rounded to a multiple of this step.
    reward_rounding_step: Mapped[int] = mapped_column(Integer, default=10000, server_default="10000")
    reward_rounding_mode: Mapped[str] = mapped_column(String(10), default="UP", server_default="UP")
    reward_rounding_confirmed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    __mapper_args__ = {"version_id_col": version}


class AwardRule(Base):
    __tablename__ = "award_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_set_id: Mapped[int] = mapped_column(ForeignKey("rule_set.id", ondelete="CASCADE"), index=True)
    award_code: Mapped[str] = mapped_column(ForeignKey("award_type.code"))
    params: Mapped[dict] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (UniqueConstraint("rule_set_id", "award_code"),)
