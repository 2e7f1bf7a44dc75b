"""Every official document kind made from the demo office, as a user makes them: the demo
(`tdkt-cli demo`), the agency's identity (`tdkt-cli settings set`), a council meeting with
a sealed ballot and a decision prepared through the services, then one `tdkt-cli export`
per document. Used by tests/app/exports/test_layout.py and by docs/gallery (README).

`LONG` names stretch every header: a long superior body, agency and council name (with the
Party header style, so both header styles are printed).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select, update

from app.cli import main as cli

NORMAL = {
    "issuing_body": "Ban Chấp hành Trung ương",
    "agency_name": "Ban Tổ chức Trung ương",
    "signer_title": "KT. TRƯỞNG BAN PHÓ TRƯỞNG BAN",
    "signer_name": "Nguyễn Văn Bình",
    "place_name": "Hà Nội",
    "header_style": "national",
}
LONG = {
    "issuing_body": "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu và các cơ quan chuyên môn trực thuộc",
    "agency_name": "Sở Lao động - Thương binh và Xã hội, Ban Thi đua - Khen thưởng tỉnh Bà Rịa - Vũng Tàu",
    "signer_title": "KT. CHỦ TỊCH HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG PHÓ CHỦ TỊCH THƯỜNG TRỰC",
    "signer_name": "Nguyễn Thị Phương Thảo",
    "place_name": "Bà Rịa - Vũng Tàu",
    "header_style": "party",  # the Party header: "ĐẢNG CỘNG SẢN VIỆT NAM", a "*" under the agency
}
LONG_COUNCIL = (
    "Hội đồng Thi đua - Khen thưởng Khối thi đua các cơ quan Đảng Trung ương, các Ban cán sự "
    "đảng và Đảng đoàn trực thuộc Trung ương"
)

# kind → (file name, export arguments after "export"); formats follow the suffix.
EXPORTS = {
    "nominations": ("danh-sach-de-nghi.xlsx", ["nominations", "--confirm-no-review"]),
    "submission": ("Tờ trình đề nghị.docx", ["submission"]),
    "decision_xlsx": ("danh-sach-kem-quyet-dinh.xlsx", ["decision", "--decision", "{decision}"]),
    "decision_pdf": ("danh-sach-kem-quyet-dinh.pdf", ["decision", "--decision", "{decision}"]),
    "decision_docx": ("quyet-dinh.docx", ["decision", "--decision", "{decision}"]),
    "ballots": ("phieu-bau.pdf", ["ballots", "--ballot", "{ballot}"]),
    "tally_pdf": ("bien-ban-kiem-phieu.pdf", ["tally", "--ballot", "{ballot}"]),
    "tally_docx": ("Biên bản kiểm phiếu 100%.docx", ["tally", "--ballot", "{ballot}"]),
    "results_xlsx": ("ket-qua-kiem-phieu.xlsx", ["tally", "--ballot", "{ballot}"]),
    "minutes_pdf": ("bien-ban-hop.pdf", ["minutes", "--meeting", "{meeting}"]),
    "minutes_docx": ("Biên bản họp #1.docx", ["minutes", "--meeting", "{meeting}"]),
    "form_0601": ("bieu-0601.xlsx", ["stats", "--form", "0601", "--year", "2025"]),
    "form_0602": ("bieu-0602.xlsx", ["stats", "--form", "0602", "--year", "2025"]),
    "form_0603": ("bieu-0603.xlsx", ["stats", "--form", "0603", "--year", "2025"]),
    "by_unit": ("theo-don-vi.xlsx", ["stats", "--form", "by_unit", "--year", "2025"]),
    "shares": ("ty-le.xlsx", ["stats", "--form", "shares", "--year", "2025"]),
    "scoring_xlsx": ("cham-diem.xlsx", ["scoring", "--table", "{table}"]),
    "scoring_pdf": ("cham-diem.pdf", ["scoring", "--table", "{table}"]),
    "examples": ("dien-hinh.xlsx", ["examples", "--movement", "{movement}"]),
}
PLEDGE = "giao-uoc.pdf"


def _run(*args: str) -> None:
    code = cli(list(args))
    assert code == 0, f"tdkt-cli {' '.join(args)} → {code}"


def make_office(db: str, *, long: bool = False, people: int = 150) -> dict[str, int]:
    """The demo office with a meeting (a sealed CSTĐCS ballot) and a draft decision;
    returns the ids the exports need."""
    from app.database import open_database
    from app.models import BlocPledge, Council, ModelExample, Nomination, ReviewRound, ScoringTable
    from app.services import ballot as bs
    from app.services import council as cs
    from app.services import decision as ds

    _run("--db", db, "demo", "--people", str(people))
    for key, value in (LONG if long else NORMAL).items():
        _run("--db", db, "settings", "set", key, value)
    database = open_database(db)
    try:
        with database.factory.begin() as s:
            rnd = s.scalar(select(ReviewRound).where(ReviewRound.status == "OPEN"))
            if long:
                s.execute(update(Council).values(name=LONG_COUNCIL))
            # The units' proposals have been checked: 9 CSTĐCS go to the vote, 24 are approved.
            cst = s.scalars(
                select(Nomination.id)
                .where(Nomination.round_id == rnd.id, Nomination.award_code == "CSTDCS")
                .order_by(Nomination.id)
            ).all()
            s.execute(update(Nomination).where(Nomination.id.in_(cst[:9])).values(status="CHECKED"))
            others = s.scalars(
                select(Nomination.id)
                .where(Nomination.round_id == rnd.id, Nomination.award_code != "CSTDCS")
                .order_by(Nomination.person_id.is_(None), Nomination.id)
            ).all()
            units = s.scalars(
                select(Nomination.id).where(Nomination.round_id == rnd.id, Nomination.person_id.is_(None))
            ).all()
            approved = list(dict.fromkeys(others[:20] + units[:4]))
            s.execute(update(Nomination).where(Nomination.id.in_(approved)).values(status="APPROVED"))
            s.execute(update(Nomination).where(Nomination.id.in_(cst[9:])).values(status="DRAFT"))
            meeting = cs.create_meeting(
                s, round_id=rnd.id, starts_at=dt.datetime(2025, 12, 18, 8, 30), place="Phòng họp số 1, trụ sở cơ quan"
            )
            rows = cs.list_attendance(s, meeting_id=meeting)
            cs.set_attendance(
                s,
                meeting_id=meeting,
                member_id=rows[-1].member_id,
                status="WRITTEN",
                opinion="Nhất trí với danh sách đề nghị của Thường trực Hội đồng",
            )
            cs.set_attendance(s, meeting_id=meeting, member_id=rows[-2].member_id, status="ABSENT")
            cs.set_committee(
                s, meeting_id=meeting, head_id=rows[2].member_id, member_ids=[rows[3].member_id, rows[4].member_id]
            )
            ballot = bs.create_ballot(s, meeting_id=meeting, award_code="CSTDCS")
            voters = len(rows) - 1
            for entry in ("A", "B"):
                for n in range(1, voters + 1):
                    kind = "written" if n == voters else "ballot"
                    struck = frozenset({n % 9 + 1}) if n % 3 == 0 else frozenset()
                    bs.add_sheet(s, ballot_id=ballot, entry=entry, kind=kind, struck=struck, number=n)
                bs.finish_entry(s, ballot_id=ballot, entry=entry)
            bs.seal_ballot(s, ballot_id=ballot)
            data = ds.default_input(s, on=dt.date(2025, 12, 25), round_id=rnd.id)
            decision = ds.create_decision(s, data=data, nomination_ids=approved)
            table = s.scalar(select(ScoringTable.id).order_by(ScoringTable.id))
            movement = s.scalar(select(ModelExample.movement_id).order_by(ModelExample.id))
            pledge = s.scalar(select(BlocPledge).order_by(BlocPledge.id))
            return dict(
                round=rnd.id,
                meeting=meeting,
                ballot=ballot,
                decision=decision,
                table=table,
                movement=movement,
                pledge_bloc=pledge.bloc_id,
                pledge_year=pledge.year,
            )
    finally:
        database.close()


def make_documents(db: str, ids: dict[str, int], out: Path) -> dict[str, Path]:
    """One file per document kind in `out`, every one through `tdkt-cli export` (the
    pledge, which has no command, through its service and writer, as its screen does)."""
    from app.database import open_database
    from app.exports.pledge_pdf import write_pledge_pdf
    from app.services.pledge import pledge_document

    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    for kind, (name, args) in EXPORTS.items():
        path = out / name
        _run("--db", db, "export", *(a.format(**ids) for a in args), "--out", str(path))
        files[kind] = path
    database = open_database(db)
    try:
        with database.factory() as s:
            doc = pledge_document(s, bloc_id=ids["pledge_bloc"], year=ids["pledge_year"])
        files["pledge"] = write_pledge_pdf(doc, out / PLEDGE)
    finally:
        database.close()
    return files
