"""*Đọc phiếu quét…* in the pass B entry screen and the scanned crops beside both passes
(issue 19, point 2)."""

from __future__ import annotations

import random

import cv2
import pytest

from app.exports.ballot_papers import render_ballot_papers
from app.rules.tally import Sheet
from app.services import ballot as bs
from app.services import ballot_scans
from tests.app.scans import synth
from tests.app.services.test_ballot import make_world

DPI = 150


@pytest.fixture
def scanned_pile(db, tmp_path):
    with db.factory() as s:
        world = make_world(s, members=5, candidates=6)
        bid = bs.create_ballot(s, meeting_id=world["meeting"], award_code="CSTDCS")
        s.commit()
        layout = ballot_scans.ballot_reference(s, ballot_id=bid).layout
        printed = tmp_path / "phiếu.pdf"
        render_ballot_papers(bs.ballot_paper_data(s, ballot_id=bid, copies=1), printed)
        for number, struck in enumerate([{1}, set(), {2}, {3}], start=1):  # pass A, typed
            bs.add_sheet(s, ballot_id=bid, entry="A", kind="ballot", struck=struck, number=number)
        bs.finish_entry(s, ballot_id=bid, entry="A")
        s.commit()
    clean = synth.render_pages(printed, DPI)[0]
    rng = random.Random(4)
    pages = []
    for k, struck in enumerate([{1}, set(), {2, 6}, {3}]):
        im = clean.copy()
        for n in struck:
            synth.strike(im, layout, 1, n, DPI, rng, style="full")
        if k == 3:  # a short stroke on candidate 5
            box = layout.pages[0][4]
            sc = DPI / 72.0
            y = int((layout.page_h - box.y0 - 10.5) * sc)
            x0 = int(box.text_x0 * sc)
            cv2.line(im, (x0, y), (x0 + int((box.text_x1 - box.text_x0) * 0.3 * sc), y), (20, 20, 20), 2)
        pages.append(synth.scanned(im, DPI, rng))
    pages.insert(1, synth.foreign_page(clean.shape, DPI, rng))
    scans = tmp_path / "bản quét #1.pdf"
    synth.save_pdf(pages, scans, DPI)
    return db, bid, scans


def test_read_scans_as_pass_b_then_compare_shows_the_paper(qtbot, scanned_pile, message_boxes, monkeypatch):
    from ui.council import scan_dialogs
    from ui.council.compare_view import CompareWidget
    from ui.council.sheet_entry import SheetEntryWidget

    db, bid, scans = scanned_pile
    shown = []
    monkeypatch.setattr(scan_dialogs.ScanReviewDialog, "exec", lambda self: shown.append(self) or 0)
    w = SheetEntryWidget(db, bid, "B")
    qtbot.addWidget(w)
    assert w.scan_button.isVisibleTo(w) and w.scan_button.isEnabled()
    w.read_scans([str(scans)])
    with db.factory() as s:
        b = bs.entry_state(s, ballot_id=bid, entry="B")
    assert b.sheets == (Sheet(1, "ballot", frozenset({1})), Sheet(2, "ballot"), Sheet(3, "ballot", frozenset({2, 6})))
    assert b.done and not w.scan_button.isEnabled()
    text = message_boxes.texts("information")[-1]
    assert "3 tờ đã nhập vào lượt B, 1 tờ cần người xem lại" in text and "bản quét #1.pdf, trang 2" in text
    dialog = shown[-1]
    qtbot.addWidget(dialog)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "Phiếu 3 — hai lượt khác nhau",
        "Phiếu 4 — chưa chắc tên số 5",
    ]
    dialog.list.setCurrentRow(1)
    assert "Lượt A: phiếu bầu, gạch 3" in dialog.readings.text() and "Lượt B: (chưa có)" in dialog.readings.text()
    assert not dialog.image.pixmap().isNull() and dialog.image.pixmap().width() > 300
    dialog.resize(1100, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/scan_review_dialog.png")

    compare = CompareWidget(db, bid)
    qtbot.addWidget(compare)
    assert [d.number for d in compare.differences] == [3, 4]
    assert compare.scan_button.isVisibleTo(compare)
    compare.show_scans()
    assert isinstance(shown[-1], scan_dialogs.ScanReviewDialog)
    # The clerk looked at the paper: sheet 4 reads like pass A.
    compare.table.selectRow(1)
    compare.keep("A")
    assert [d.number for d in compare.differences] == [3]


def test_a_bad_scan_file_is_a_clear_message(qtbot, scanned_pile, tmp_path, monkeypatch):
    from ui import errors
    from ui.council.sheet_entry import SheetEntryWidget

    db, bid, _ = scanned_pile
    seen = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc, *a, **k: seen.append(exc))
    junk = tmp_path / "hỏng.jpg"
    junk.write_bytes(b"\x00garbage")
    w = SheetEntryWidget(db, bid, "B")
    qtbot.addWidget(w)
    w.read_scans([str(junk)])
    assert seen and "hỏng.jpg" in seen[0].message()
    with db.factory() as s:
        assert bs.entry_state(s, ballot_id=bid, entry="B").sheets == ()
