"""A scanned pile of a meeting's ballot papers as pass B of the double entry (issue 19).

The reference (the clean papers) is drawn again from the ballot's own data, exactly as
`export ballots` prints them; a pile printed from other data or another program version
carries another page code and is reported page by page, never counted. Sheets the reader
is sure of are entered in pass B; the doubtful ones are left out of pass B, so the
comparison lists them and the clerk decides from the paper (the scanned crop is shown).
The caller commits.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import BadInput
from app.models import BallotSheet
from app.services.ballot import add_sheet, ballot_paper_data, finish_entry, get_ballot

if TYPE_CHECKING:
    from app.scan_reader import ReadResult, Reference

__all__ = ["ballot_reference", "read_ballot_scans", "load_as_pass_b", "ScanImport"]


class ScanImport(NamedTuple):
    loaded: tuple[int, ...]  # sheet numbers entered in pass B
    review: tuple[int, ...]  # sheet numbers left for a person (absent from pass B)
    rejected: tuple[str, ...]  # "file, trang k: why" of pages not counted


def ballot_reference(session: Session, *, ballot_id: int) -> Reference:
    """The scan reader's reference of ballot `ballot_id` (its papers, drawn again)."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.ballot_papers import render_ballot_papers
    from app.scan_reader import load_reference

    data = ballot_paper_data(session, ballot_id=ballot_id, copies=1)
    with tempfile.TemporaryDirectory(prefix="tdkt-scan-") as folder:
        pdf = Path(folder) / "phieu.pdf"
        render_ballot_papers(data, pdf)
        return load_reference(pdf)


def read_ballot_scans(
    reference: Reference,
    paths: Sequence[str | Path],
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ReadResult:
    """Read the scanned files against `reference` (crops kept for the comparison view).
    No database: run it in a worker thread."""
    # Lazy: the scan reader loads NumPy and OpenCV only when scans are read.
    from app.scan_reader import count_scan_pages, iter_scan_pages, read_scans

    return read_scans(
        reference,
        iter_scan_pages(paths),
        crops=True,
        progress=progress,
        is_cancelled=is_cancelled,
        total=count_scan_pages(paths),
    )


def load_as_pass_b(session: Session, *, ballot_id: int, result: ReadResult) -> ScanImport:
    """Enter the sure sheets of `result` (a ReadResult) as pass B and declare pass B done.
    Raises BadInput when pass B already has sheets or the pile has more sheets than members;
    nothing is written then."""
    b = get_ballot(session, ballot_id)
    present = session.scalar(
        select(func.count())
        .select_from(BallotSheet)
        .where(BallotSheet.ballot_id == ballot_id, BallotSheet.entry == "B")
    )
    if present:
        raise BadInput("ballot_scans.pass_b_busy", present=present)
    if not result.sheets:
        raise BadInput("ballot_scans.no_sheets")
    if len(result.sheets) > b.members:
        raise BadInput("ballot_scans.too_many", n_sheets=len(result.sheets), members=b.members)
    loaded, review = [], []
    for sheet in result.sheets:
        if sheet.kind == "ballot":
            add_sheet(session, ballot_id=ballot_id, entry="B", kind="ballot", struck=sheet.struck, number=sheet.number)
            loaded.append(sheet.number)
        else:
            review.append(sheet.number)
    if loaded:
        finish_entry(session, ballot_id=ballot_id, entry="B")
    return ScanImport(tuple(loaded), tuple(review), tuple(f"{p.where}: {p.problem}" for p in result.rejected))
