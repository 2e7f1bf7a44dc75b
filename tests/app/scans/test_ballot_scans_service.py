"""A scanned pile loaded as pass B of a meeting's ballot (issue 19, point 2)."""

from __future__ import annotations

import random

import cv2
import pytest

from app.errors import BadInput
from app.exports.ballot_papers import render_ballot_papers
from app.rules.tally import Sheet
from app.scan_reader import iter_scan_pages, read_scans
from app.services import ballot as bs
from app.services import ballot_scans
from tests.app.scans import synth
from tests.app.services.test_ballot import make_world

DPI = 150


def test_scans_become_pass_b_and_doubtful_sheets_are_left_to_the_clerk(session, tmp_path):
    world = make_world(session, members=5, candidates=6)
    bid = bs.create_ballot(session, meeting_id=world["meeting"], award_code="CSTDCS")
    session.commit()
    reference = ballot_scans.ballot_reference(session, ballot_id=bid)
    printed = tmp_path / "phiếu in.pdf"
    render_ballot_papers(bs.ballot_paper_data(session, ballot_id=bid, copies=1), printed)
    clean = synth.render_pages(printed, DPI)[0]
    layout = reference.layout
    rng = random.Random(2)
    truth = [{1}, set(), {2, 6}, {3}]
    pages = []
    for k, struck in enumerate(truth):
        im = clean.copy()
        for n in struck:
            synth.strike(im, layout, 1, n, DPI, rng, style="full")
        if k == 3:  # a short stroke on candidate 5: not sure
            box = layout.pages[0][4]
            s = DPI / 72.0
            y = int((layout.page_h - box.y0 - 10.5) * s)
            x0 = int(box.text_x0 * s)
            cv2.line(im, (x0, y), (x0 + int((box.text_x1 - box.text_x0) * 0.3 * s), y), (20, 20, 20), 2)
        pages.append(synth.scanned(im, DPI, rng))
    scans = tmp_path / "bản quét.pdf"
    synth.save_pdf(pages, scans, DPI)
    result = ballot_scans.read_ballot_scans(reference, [scans])
    assert [s.kind for s in result.sheets] == ["ballot", "ballot", "ballot", "review"]
    assert result.sheets[3].pages[0].crop[:4] == b"\x89PNG"
    # Pass A typed by a clerk: sheet 3 with a typo.
    for number, struck in enumerate([{1}, set(), {2}, {3}], start=1):
        bs.add_sheet(session, ballot_id=bid, entry="A", kind="ballot", struck=struck, number=number)
    bs.finish_entry(session, ballot_id=bid, entry="A")
    done = ballot_scans.load_as_pass_b(session, ballot_id=bid, result=result)
    session.commit()
    assert done.loaded == (1, 2, 3) and done.review == (4,)
    diff = bs.compare_passes(session, ballot_id=bid)
    assert [d.number for d in diff.differences] == [3, 4]
    assert diff.differences[0].second == Sheet(3, "ballot", frozenset({2, 6}))
    assert diff.differences[1].second is None  # the doubtful sheet waits for the clerk
    with pytest.raises(BadInput, match="Lượt B đã có"):
        ballot_scans.load_as_pass_b(session, ballot_id=bid, result=result)


def test_papers_of_another_ballot_are_never_counted(session, tmp_path):
    world = make_world(session, members=5, candidates=4)
    first = bs.create_ballot(session, meeting_id=world["meeting"], award_code="CSTDCS")
    session.commit()
    printed = tmp_path / "a.pdf"
    render_ballot_papers(bs.ballot_paper_data(session, ballot_id=first, copies=1), printed)
    # The same candidates under another title: another ballot's papers.
    other = bs.ballot_paper_data(session, ballot_id=first, copies=1)
    other_pdf = tmp_path / "b.pdf"
    import dataclasses

    render_ballot_papers(dataclasses.replace(other, subject=other.subject + " (vòng 2)"), other_pdf)
    page = synth.render_pages(other_pdf, DPI)[0]
    scan = tmp_path / "b.png"
    scan.write_bytes(synth.to_png_bytes(page))
    result = read_scans(ballot_scans.ballot_reference(session, ballot_id=first), iter_scan_pages([scan]))
    assert result.sheets == [] and len(result.rejected) == 1
    assert "cuộc bỏ phiếu khác" in result.rejected[0].problem
    with pytest.raises(BadInput, match="không có tờ phiếu nào"):
        ballot_scans.load_as_pass_b(session, ballot_id=first, result=result)
