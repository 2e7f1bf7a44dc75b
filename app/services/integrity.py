"""Tamper evidence: `tdkt-cli check` and *Kiểm tra toàn vẹn*.

`full_check` verifies SQLite's integrity and foreign keys, the audit chain (every entry's
hash recomputed, no sequence number missing), every audited row against the after-image of
its latest entry (naming table, row and column), and every sealed ballot recomputed from
its stored sheets and results to its seal hash. `quick_check` (the GUI at start) verifies
the head of the chain and the seals only. Each finding is one Vietnamese line.

Limits, by design of a chain kept in the same database: whoever rewrites the whole chain
from the tampered entry on (recomputing every later hash) is not caught by the chain alone;
entries removed from the very end are caught only when a row's state then disagrees with
its new latest entry (the GUI also remembers the head it last saw).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from app.errors import Msg
from app.models import AuditEntry, Ballot
from app.services import audit

Progress = Callable[[int, int], None]

QUICK_TAIL = 200  # entries re-hashed by the quick check


def _short(value: Any, limit: int = 60) -> str:
    text = (
        "(trống)" if value is None else json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    )
    return text if len(text) <= limit else text[: limit - 1] + "…"


def integrity_problems(engine: Engine) -> list[str]:
    """SQLite's integrity and foreign-key checks; an empty list means healthy."""
    if engine.dialect.name != "sqlite":
        return []
    problems: list[str] = []
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        problems += [r[0] for r in rows if r[0] != "ok"]
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        problems += [Msg("integrity.foreign_key", table=r[0], row=str(r[1]), parent=r[2]) for r in fk]
    return problems


def _sqlite_findings(session: Session) -> list[str]:
    return [Msg("integrity.sqlite", problem=p) for p in integrity_problems(session.get_bind().engine)]


def _chain(session: Session, *, start_after: int = 0) -> tuple[list[str], dict[tuple[str, str], tuple[str, str, int]]]:
    """Findings of the chain from seq `start_after` + 1, and the latest row entry of every
    (table, row id): (action, after text, seq)."""
    findings: list[str] = []
    latest: dict[tuple[str, str], tuple[str, str, int]] = {}
    prev_seq, prev_hash = start_after, ""
    if start_after:
        row = session.execute(select(AuditEntry.hash).where(AuditEntry.seq == start_after)).first()
        prev_hash = row[0] if row else ""
    q = (
        select(
            AuditEntry.seq,
            type_coerce(AuditEntry.at, String),
            AuditEntry.account,
            AuditEntry.action,
            AuditEntry.table_name,
            AuditEntry.row_id,
            AuditEntry.before,
            AuditEntry.after,
            AuditEntry.hash,
        )
        .where(AuditEntry.seq > start_after)
        .order_by(AuditEntry.seq)
    )
    row_actions = audit.ROW_ACTIONS
    entry_hash = audit.entry_hash
    for seq, at, account, action, table, row_id, before, after, stored in session.execute(q):
        gap = seq != prev_seq + 1
        if gap:
            first, last = prev_seq + 1, seq - 1
            findings.append(
                Msg("integrity.chain_gap_one", first=first, seq=seq)
                if first == last
                else Msg("integrity.chain_gap", first=first, last=last, seq=seq)
            )
        elif entry_hash(prev_hash, seq, at, account, action, table, row_id, before, after) != stored:
            findings.append(
                Msg("integrity.entry_altered", seq=seq, action=action, table=table or "—", row=row_id or "—")
            )
        prev_seq, prev_hash = seq, stored
        if action in row_actions:
            latest[(table, row_id)] = (action, after, seq)
    return findings, latest


def _row_findings(session: Session, latest: dict, progress: Progress | None, base: int, total: int) -> list[str]:
    findings: list[str] = []
    tables = audit.audited_tables()
    conn = session.connection()
    for k, name in enumerate(tables):
        shape = audit._shape(name)
        if shape is None or shape.pk is None:
            continue
        for row in conn.execute(shape.select()):
            rid = shape.row_id(row)
            entry = latest.pop((name, rid), None)
            image = shape.image(row)
            if entry is None:
                findings.append(Msg("integrity.row_not_logged", table=name, row=str(rid)))
                continue
            action, after, seq = entry
            if action == "DELETE":
                findings.append(Msg("integrity.row_deleted_back", table=name, row=str(rid), seq=seq))
                continue
            if after == image:
                continue
            recorded, current = json.loads(after), json.loads(image)
            diffs = [c for c in sorted(recorded) if c in current and recorded[c] != current[c]]
            for c in diffs:
                findings.append(
                    Msg(
                        "integrity.cell_altered",
                        table=name,
                        row=str(rid),
                        column=c,
                        seq=seq,
                        recorded=_short(recorded[c]),
                        current=_short(current[c]),
                    )
                )
        if progress is not None:
            progress(base + k + 1, total)
    for (name, rid), (action, _after, seq) in sorted(latest.items()):
        if action != "DELETE" and name in tables:
            findings.append(Msg("integrity.row_missing", table=name, row=str(rid), seq=seq))
    return findings


def _seal_findings(session: Session) -> list[str]:
    # Lazy for start-up: the backup box imports backup → integrity at start, and ballot
    # pulls in the nomination and council services (≈ 0.1 s) the first window does not need.
    from app.services.ballot import verify_seal

    findings: list[str] = []
    for bid, title in session.execute(
        select(Ballot.id, Ballot.title).where(Ballot.status == "SEALED").order_by(Ballot.id)
    ):
        try:
            ok = verify_seal(session, ballot_id=bid)
        except Exception as exc:  # damaged stored results cannot even be read back
            ok = False
            title = f"{title}; {type(exc).__name__}"
        if not ok:
            findings.append(Msg("integrity.seal_broken", row=str(bid), title=title))
    return findings


def full_check(session: Session, progress: Progress | None = None) -> list[str]:
    """Every finding of the full check (empty: the database is intact)."""
    tables = audit.audited_tables()
    total = len(tables) + 3
    findings = _sqlite_findings(session)
    if progress is not None:
        progress(1, total)
    chain, latest = _chain(session)
    findings += chain
    if progress is not None:
        progress(2, total)
    findings += _row_findings(session, latest, progress, 2, total)
    findings += _seal_findings(session)
    if progress is not None:
        progress(total, total)
    return findings


def chain_findings(session: Session) -> list[str]:
    """The whole chain re-hashed: what is edited or missing (restore validates a backup)."""
    return _chain(session)[0]


def verify_chain(session: Session) -> list[str]:
    """The quick check: the last entries of the chain re-hashed (nothing missing among
    them) and every sealed ballot against its seal."""
    head = session.execute(select(func.max(AuditEntry.seq))).scalar() or 0
    findings, _latest = _chain(session, start_after=max(0, head - QUICK_TAIL))
    return findings + _seal_findings(session)


quick_check = verify_chain


def chain_head(session: Session) -> tuple[int, str]:
    """(seq, hash) of the newest entry, (0, "") when the trail is empty."""
    row = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    return (int(row[0]), row[1]) if row else (0, "")


__all__ = ["full_check", "verify_chain", "quick_check", "chain_head"]
