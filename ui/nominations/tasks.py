"""Worker tasks of the nominations screen (STYLE.md §7): each opens its own Session in the
pool thread, commits on success, rolls back on Cancelled, and returns DTOs only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.database import Database
from app.errors import Cancelled
from app.services import movement, nomination
from app.services.nomination import AddResult, VerdictSummary
from ui.workers import IsCancelled, Progress, Task, Worker, run_with_progress


def _checked(progress: Progress, is_cancelled: IsCancelled) -> Progress:
    """A progress callback that stops the task (and its transaction) on Cancel."""

    def report(done: int, total: int) -> None:
        progress(done, total)
        if is_cancelled():
            raise Cancelled()

    return report


def recompute_task(db: Database, round_ids: list[int] | None = None) -> Task:
    """compute_verdicts for the given rounds (None: every open round); returns the list of
    VerdictSummary. Runs in a pool thread."""

    def run(progress: Progress, is_cancelled: IsCancelled) -> list[VerdictSummary]:
        out = []
        with db.factory.begin() as session:
            ids = round_ids if round_ids is not None else [r.id for r in movement.list_rounds(session, status="OPEN")]
            for rid in ids:
                out.append(
                    nomination.compute_verdicts(session, round_id=rid, progress=_checked(progress, is_cancelled))
                )
        return out

    return run


def propose_task(db: Database, round_id: int, unit_id: int | None) -> Task:
    """propose_ldtt then compute_verdicts in one transaction; returns (AddResult, summary)."""

    def run(progress: Progress, is_cancelled: IsCancelled) -> tuple[AddResult, VerdictSummary]:
        with db.factory.begin() as session:
            progress(0, 0)
            added = nomination.propose_ldtt(session, round_id=round_id, unit_id=unit_id)
            if is_cancelled():
                raise Cancelled()
            summary = nomination.compute_verdicts(session, round_id=round_id, progress=_checked(progress, is_cancelled))
        return added, summary

    return run


def recompute_open_rounds(
    parent: QWidget | None, db: Database, on_done: Callable[[list[VerdictSummary]], None] | None = None
) -> Worker:
    """Recompute the verdicts of every open round behind a progress dialog (after a history
    edit): the cached verdicts would otherwise be stale."""
    return run_with_progress(
        parent,
        recompute_task(db),
        label=QCoreApplication.translate("NominationsScreen", "Đang kiểm tra lại các đề nghị…"),
        on_done=on_done or (lambda _r: None),
    )
