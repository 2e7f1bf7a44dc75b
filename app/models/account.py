"""Accounts (login, role, Argon2id hash) and the hash-chained audit trail."""

from __future__ import annotations

import datetime as _dt

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, utcnow


class Account(Base):
    """A person who logs in. `login_key` is the case-folded login (unique), so "An" and
    "an" are the same account. `locked_until`: five wrong passwords in a row lock it."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64))
    login_key: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(10))
    password_hash: Mapped[str] = mapped_column(String(255))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[_dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow)


class AuditEntry(Base):
    """One entry of the append-only trail. `before`/`after` are canonical JSON texts of the
    row's columns ("" when none); `hash` = SHA-256(previous hash + canonical JSON of the
    entry), see `app.services.audit.entry_hash`. `seq` is given by the program (1, 2, …)."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[_dt.datetime] = mapped_column(DateTime)
    account: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(64), default="")
    row_id: Mapped[str] = mapped_column(String(100), default="")
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_log_table_row", "table_name", "row_id"),)
