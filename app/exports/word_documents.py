"""The documents offices edit and sign in Word (DOMAIN.md §8), on `docx_doc`: the decision
with its annex list, the tờ trình (submission of a round's nominations with each
nominee's "Tóm tắt thành tích"), the tally minutes and the meeting minutes.

Same content as the PDF writers (`decision_list`, `minutes`), same NĐ 30 layout, Times
New Roman. Pure output: DTOs in, a file out; never queries. Worker-thread safe.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import Cancelled
from app.exports.docx_doc import (
    add_header,
    add_page_break,
    add_par,
    add_signatures,
    add_table,
    keep_last,
    new_document,
    save_docx,
    text_width_mm,
)
from app.exports.layout import signature_lead, signer_lines
from app.exports.minutes import (
    MeetingMinutesData,
    TallyMinutesData,
    closing_line,
    committee_signatures,
    conclusion_lines,
    counts_lines,
    method_text,
    opening_line,
    percent_vi,
    result_headers,
    seal_line,
    time_words,
)
from app.exports.xlsx_report import DocumentHeader, SignatureBlock
from app.rules.money import format_money
from app.rules.vntext import date_line, date_words

if TYPE_CHECKING:  # types only
    from docx.document import Document as DocxDocument

    from app.exports.decision_list import DecisionListInfo, ListMoney
    from app.rules.rows import DecisionItemRow

__all__ = [
    "SubmissionRow",
    "SubmissionData",
    "write_submission_docx",
    "write_decision_docx",
    "write_tally_minutes_docx",
    "write_meeting_minutes_docx",
    "LAW_BASES",
]

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

LAW_BASES = (
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành "
    "một số điều của Luật Thi đua, khen thưởng;",
)


def _esc(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _check(is_cancelled: IsCancelled | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


# ---------------------------------------------------------------- decision


def _job(item: DecisionItemRow) -> str:
    return ", ".join(p for p in (item.job_title, item.work_unit) if p)


def _issuer_title(signer_title: str) -> str:
    """'KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC' → 'GIÁM ĐỐC' (the authority that decides)."""
    first = (signer_lines(signer_title) or [""])[0].strip()
    for lead in ("KT.", "TM.", "T/M", "Q.", "TL.", "TUQ."):
        if first.upper().startswith(lead):
            first = first[len(lead) :].strip()
    return first.upper()


def _annex_rows(
    items: Sequence[DecisionItemRow], money: ListMoney | None = None
) -> tuple[list[tuple[object, ...]], list[int]]:
    """The annex's rows (with the amount paid as the last cell when `money`, a
    decision_list.ListMoney, is given) and the indexes of its section rows."""
    people = [i for i in items if i.subject == "CA_NHAN"]
    units = [i for i in items if i.subject != "CA_NHAN"]
    rows: list[tuple[object, ...]] = []
    sections: list[int] = []
    for title, group in (("I. Cá nhân", people), ("II. Tập thể", units)):
        if not group:
            continue  # no empty "II. Tập thể (0)"
        sections.append(len(rows))
        rows.append((f"{title} ({len(group)})",))
        for n, item in enumerate(group, start=1):
            name = f"{item.salutation} {item.name}" if item.salutation and item.subject == "CA_NHAN" else item.name
            row: tuple[object, ...] = (n, _esc(name), _esc(_job(item)), _esc(item.award_name), item.so_so_vang or "")
            if money is not None:
                row += (format_money(money.amounts.get(item.id, 0)),)
            rows.append(row)
    if money is not None:
        rows.append(("", "<b>Tổng cộng</b>", "", "", "", f"<b>{format_money(money.total)}</b>"))
    return rows, sections


def write_decision_docx(
    items: Sequence[DecisionItemRow],
    info: DecisionListInfo,
    out: str | Path,
    *,
    place: str = "",
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    money: ListMoney | None = None,
) -> Path:
    """The decision (header, QUYẾT ĐỊNH, the legal bases, Điều 1–3, Nơi nhận, signature)
    and, on a new page, its annex "DANH SÁCH (Kèm theo Quyết định số …)" with one row per
    recipient (I. Cá nhân, II. Tập thể). `info`: a `decision_list.DecisionListInfo`.
    Raises FileLocked, BadInput, Cancelled."""
    _check(is_cancelled)
    people = sum(1 for i in items if i.subject == "CA_NHAN")
    units = len(items) - people
    symbol = info.number_text.split("/", 1)[-1] if "/" in info.number_text else ""
    doc = new_document(title=f"Quyết định số {info.number_text}")
    add_header(
        doc,
        DocumentHeader(
            header_style=info.header_style,
            issuing_body=info.issuing_body,
            agency_name=info.agency_name,
            number=f"Số: {info.number_text}",
            place_date=date_line(place, info.decision_date) if place else date_words(info.decision_date).capitalize(),
        ),
    )
    add_par(doc, "QUYẾT ĐỊNH", size=14, bold=True, align="center", space_before=6, space_after=0)
    if info.title:
        add_par(doc, _esc(info.title), size=14, bold=True, align="center", space_after=0)
    add_par(doc, "", space_after=6)
    issuer = _issuer_title(info.signer_title) or "THỦ TRƯỞNG CƠ QUAN"
    who = (
        f"{issuer} {info.agency_name.upper()}"
        if info.agency_name and info.agency_name.upper() not in issuer
        else issuer
    )
    add_par(doc, _esc(who), size=14, bold=True, align="center", space_after=6)
    for line in LAW_BASES:
        add_par(doc, line, italic=True, first_indent_mm=10)
    add_par(doc, "Xét đề nghị của Hội đồng Thi đua - Khen thưởng.", italic=True, first_indent_mm=10)
    add_par(doc, "QUYẾT ĐỊNH:", size=14, bold=True, align="center", space_before=6, space_after=6)
    what = _lower_first(info.title.removeprefix("Về việc ").strip()) if info.title else "khen thưởng"
    count = (
        " và ".join(p for p in ((f"{people} cá nhân" if people else ""), (f"{units} tập thể" if units else "")) if p)
        or "các cá nhân, tập thể"
    )
    add_par(
        doc,
        f"<b>Điều 1.</b> {_esc(what[:1].upper() + what[1:])} cho {count} có tên trong danh sách kèm theo "
        "Quyết định này, đã có thành tích xuất sắc trong thực hiện nhiệm vụ.",
        first_indent_mm=10,
    )
    add_par(
        doc,
        "<b>Điều 2.</b> Các cá nhân, tập thể có tên tại Điều 1 được hưởng chế độ khen thưởng theo quy định hiện hành.",
        first_indent_mm=10,
    )
    add_par(
        doc,
        "<b>Điều 3.</b> Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng các đơn vị có liên quan "
        "và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
        first_indent_mm=10,
    )
    keep_last(doc, 1)
    signer = "\n".join(signer_lines(info.signer_title)) or "Thủ trưởng cơ quan"
    add_signatures(
        doc,
        [SignatureBlock(signer, info.signer_name, note="")],
        left_lines=("Nơi nhận:", "- Như Điều 3;", "- Lưu: VT" + (f", {symbol.split('-')[-1]}" if symbol else "") + "."),
    )
    _check(is_cancelled)
    add_page_break(doc)
    add_par(doc, "DANH SÁCH", size=14, bold=True, align="center", space_after=0)
    if info.title:
        add_par(doc, _esc(info.title), size=14, bold=True, align="center", space_after=0)
    add_par(doc, _esc(info.attached_line), italic=True, align="center", space_after=6)
    rows, sections = _annex_rows(items, money)
    width = text_width_mm()
    headers: tuple[str, ...] = (
        "STT",
        "Họ và tên / Tên tập thể",
        "Chức vụ, đơn vị công tác",
        "Danh hiệu, hình thức",
        "Số sổ vàng",
    )
    aligns: tuple[str, ...] = ("center", "", "", "", "center")
    widths = [12.0, 45.0, 0.0, 38.0, 18.0]
    if money is not None:  # the reward money (issue 20): amount per line, the total, in words
        headers += ("Số tiền (đồng)",)
        aligns += ("right",)
        widths = [11.0, 38.0, 0.0, 32.0, 15.0, 26.0]
    widths[2] = width - sum(widths)
    add_table(doc, headers, rows, widths, aligns=aligns, sections=sections, keep_last=0)
    add_par(doc, f"Danh sách có {people} cá nhân và {units} tập thể.", italic=True, space_before=6)
    if money is not None:
        add_par(doc, _esc(money.words_line), italic=True)
    if progress is not None:
        progress(1, 1)
    return save_docx(doc, out)


# ---------------------------------------------------------------- tờ trình


@dataclasses.dataclass(frozen=True)
class SubmissionRow:
    """One nominee of the tờ trình: `summary` is its "Tóm tắt thành tích"."""

    subject: str  # CA_NHAN | TAP_THE
    name: str  # with "Ông"/"Bà" for a person
    position_unit: str
    award_name: str
    summary: str


@dataclasses.dataclass(frozen=True)
class SubmissionData:
    header: DocumentHeader  # the agency, "Số:     /TTr-…", place and date
    round_name: str
    year: int
    recipient: str  # "Hội đồng Thi đua - Khen thưởng …" or the superior body
    agency_name: str
    rows: tuple[SubmissionRow, ...]
    signer_title: str = ""
    signer_name: str = ""


def write_submission_docx(
    data: SubmissionData, out: str | Path, *, progress: Progress | None = None, is_cancelled: IsCancelled | None = None
) -> Path:
    """TỜ TRÌNH về việc đề nghị khen thưởng: the round, the counts per award, a table of the
    nominees (I. Cá nhân, II. Tập thể) with their "Tóm tắt thành tích", the request, Nơi
    nhận and the signature. Raises FileLocked, BadInput, Cancelled."""
    _check(is_cancelled)
    doc = new_document(title=f"Tờ trình đề nghị khen thưởng – {data.round_name}")
    add_header(doc, data.header)
    add_par(doc, "TỜ TRÌNH", size=14, bold=True, align="center", space_before=6, space_after=0)
    add_par(
        doc,
        _esc(f"Về việc đề nghị khen thưởng {_lower_first(data.round_name)}"),
        size=14,
        bold=True,
        align="center",
        space_after=6,
    )
    add_par(doc, f"Kính gửi: {_esc(data.recipient)}", align="center", space_after=6)
    for line in LAW_BASES:
        add_par(doc, line, first_indent_mm=10)
    people = [r for r in data.rows if r.subject == "CA_NHAN"]
    units = [r for r in data.rows if r.subject != "CA_NHAN"]
    who = _esc(data.agency_name or "Cơ quan")
    add_par(
        doc,
        f"Trên cơ sở kết quả bình xét thi đua năm {data.year}, {who} kính trình {_esc(data.recipient)} "
        f"xem xét, đề nghị khen thưởng cho <b>{len(people)}</b> cá nhân và <b>{len(units)}</b> tập thể, "
        "cụ thể như sau:",
        first_indent_mm=10,
    )
    by_award: dict[str, int] = {}
    for r in data.rows:
        by_award[r.award_name] = by_award.get(r.award_name, 0) + 1
    for award, n in by_award.items():
        add_par(doc, f"– {_esc(award)}: {n}.", first_indent_mm=10, space_after=0)
    add_par(doc, "Danh sách và tóm tắt thành tích:", first_indent_mm=10, space_before=4, keep_next=True)
    rows: list = []
    sections: list[int] = []
    for title, group in (("I. Cá nhân", people), ("II. Tập thể", units)):
        if not group:
            continue
        sections.append(len(rows))
        rows.append((f"{title} ({len(group)})",))
        for n, r in enumerate(group, start=1):
            rows.append((n, _esc(r.name), _esc(r.position_unit), _esc(r.award_name), _esc(r.summary)))
    _check(is_cancelled)
    width = text_width_mm()
    widths = [10.0, 36.0, 38.0, 30.0, 0.0]
    widths[4] = width - sum(widths)
    add_table(
        doc,
        ("STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị công tác", "Hình thức đề nghị", "Tóm tắt thành tích"),
        rows,
        widths,
        aligns=("center", "", "", "", "left"),
        size=11,
        sections=sections,
        keep_last=0,
    )
    add_par(doc, "(Hồ sơ đề nghị khen thưởng kèm theo.)", italic=True, first_indent_mm=10, space_before=6)
    add_par(doc, f"Kính trình {_esc(data.recipient)} xem xét, quyết định./.", first_indent_mm=10)
    keep_last(doc, 2)
    lead = signature_lead(data.header.header_style)
    signer = "\n".join(signer_lines(data.signer_title)) or f"{lead} {data.agency_name}".strip()
    add_signatures(
        doc,
        [SignatureBlock(signer, data.signer_name, note="")],
        left_lines=("Nơi nhận:", "- Như trên;", "- Lưu: VT, TĐKT."),
    )
    if progress is not None:
        progress(1, 1)
    return save_docx(doc, out)


# ---------------------------------------------------------------- minutes


def _results(doc: DocxDocument, d: TallyMinutesData, keep: int = 0) -> None:
    width = text_width_mm()
    widths = [10.0, 42.0, 0.0, 20.0, 25.0, 22.0]
    widths[2] = width - sum(widths)
    rows = []
    for line in d.lines:
        name = _esc(line.name) + (f"<br/><i>({_esc(line.note)})</i>" if line.note else "")
        rows.append((line.number, name, _esc(line.unit), line.approvals, percent_vi(line.percent), _esc(line.verdict)))
    add_table(
        doc,
        result_headers(d),
        rows,
        widths,
        aligns=("center", "", "", "center", "center", "center"),
        size=12,
        keep_last=keep,
    )


def _tally_body(doc: DocxDocument, d: TallyMinutesData) -> None:
    add_par(doc, opening_line(d), first_indent_mm=10)
    add_par(doc, "<b>I. Thành phần Ban kiểm phiếu</b>", keep_next=True)
    add_par(doc, f"1. {_esc(d.committee_head or '…')} – Trưởng ban;", first_indent_mm=10, space_after=0)
    for i, name in enumerate(d.committee_members, start=2):
        add_par(doc, f"{i}. {_esc(name)} – Thành viên;", first_indent_mm=10, space_after=0)
    add_par(doc, "<b>II. Phương pháp kiểm phiếu</b>", space_before=3, keep_next=True)
    add_par(doc, method_text(d), first_indent_mm=10)
    add_par(doc, "<b>III. Kết quả kiểm phiếu</b>", keep_next=True)
    for line in counts_lines(d):
        add_par(doc, line, first_indent_mm=10, space_after=0)
    add_par(doc, "– Kết quả cụ thể:", first_indent_mm=10, keep_next=True)
    _results(doc, d)
    add_par(doc, "<b>IV. Kết luận</b>", space_before=6, keep_next=True)
    for line in conclusion_lines(d):
        add_par(doc, line, first_indent_mm=10)
    add_par(doc, _esc(seal_line(d)), size=11)


def write_tally_minutes_docx(
    d: TallyMinutesData, out: str | Path, *, progress: Progress | None = None, is_cancelled: IsCancelled | None = None
) -> Path:
    """Biên bản kiểm phiếu of one sealed ballot, signed by the whole counting committee."""
    _check(is_cancelled)
    doc = new_document(title="Biên bản kiểm phiếu")
    add_header(doc, d.header)
    add_par(doc, "BIÊN BẢN KIỂM PHIẾU", size=14, bold=True, align="center", space_before=6, space_after=0)
    add_par(
        doc,
        _esc(d.subject) + (f" (vòng {d.round_no})" if d.round_no > 1 else ""),
        bold=True,
        align="center",
        space_after=6,
    )
    _tally_body(doc, d)
    add_par(doc, closing_line(d), first_indent_mm=10)
    keep_last(doc, 2)
    add_signatures(doc, committee_signatures(d))
    if progress is not None:
        progress(1, 1)
    return save_docx(doc, out)


def write_meeting_minutes_docx(
    d: MeetingMinutesData, out: str | Path, *, progress: Progress | None = None, is_cancelled: IsCancelled | None = None
) -> Path:
    """Biên bản họp Hội đồng: attendance, written opinions, each sealed vote's result."""
    _check(is_cancelled)
    doc = new_document(title="Biên bản họp Hội đồng")
    add_header(doc, d.header)
    add_par(doc, "BIÊN BẢN", size=14, bold=True, align="center", space_before=6, space_after=0)
    add_par(doc, _esc(f"Họp {d.council_name}"), bold=True, align="center", space_after=0)
    add_par(doc, _esc(f"({d.meeting_title})"), italic=True, align="center", space_after=6)
    add_par(doc, f"Thời gian: bắt đầu hồi {time_words(d.started_at)}.", space_after=0)
    add_par(doc, f"Địa điểm: {_esc(d.place or '…')}.", space_after=0)
    add_par(doc, f"Chủ trì: {_esc(d.chair or '…')} – Chủ tịch Hội đồng. Thư ký: {_esc(d.secretary or '…')}.")
    present = [a for a in d.attendance if a.status == "Có mặt"]
    add_par(
        doc, f"<b>I. Thành phần tham dự</b> (Hội đồng có {d.members} thành viên; có mặt {len(present)})", keep_next=True
    )
    width = text_width_mm()
    add_table(
        doc,
        ("STT", "Họ và tên", "Chức danh trong Hội đồng", "Tham dự"),
        [(i, _esc(a.name), _esc(a.role), _esc(a.status)) for i, a in enumerate(d.attendance, start=1)],
        [11.0, 55.0, 45.0, width - 111.0],
        aligns=("center",),
        keep_last=0,
    )
    add_par(doc, _esc(d.quorum_text), space_before=4)
    add_par(doc, "<b>II. Ý kiến bằng văn bản của thành viên vắng mặt</b>", keep_next=True)
    opinions = [a for a in d.attendance if a.opinion]
    for a in opinions:
        add_par(doc, f"– {_esc(a.name)} ({_esc(a.role)}): {_esc(a.opinion)}", first_indent_mm=10)
    if not opinions:
        add_par(doc, "Không có.", first_indent_mm=10)
    add_par(doc, "<b>III. Ban kiểm phiếu</b>", keep_next=True)
    names = [f"{_esc(d.committee_head)} – Trưởng ban"] if d.committee_head else []
    names += [f"{_esc(n)} – Thành viên" for n in d.committee_members]
    add_par(doc, "; ".join(names) + "." if names else "Chưa bầu Ban kiểm phiếu.", first_indent_mm=10)
    add_par(doc, "<b>IV. Kết quả bỏ phiếu</b>", keep_next=True)
    for i, b in enumerate(d.ballots, start=1):
        _check(is_cancelled)
        add_par(
            doc, f"<b>{i}. {_esc(b.subject)}</b>" + (f" (vòng {b.round_no})" if b.round_no > 1 else ""), keep_next=True
        )
        for line in counts_lines(b):
            add_par(doc, line, first_indent_mm=10, space_after=0)
        _results(doc, b)
        for line in conclusion_lines(b):
            add_par(doc, line, first_indent_mm=10, space_before=3)
        add_par(doc, _esc(seal_line(b)), size=11)
    for title in d.open_ballots:
        add_par(doc, f"– {_esc(title)}: chưa niêm phong kết quả.", first_indent_mm=10)
    end = f"hồi {time_words(d.ended_at)}" if d.ended_at else "hồi …… giờ …… phút cùng ngày"
    add_par(doc, f"Cuộc họp kết thúc {end}. Biên bản đã được thông qua tại cuộc họp.", first_indent_mm=10)
    keep_last(doc, 2)
    add_signatures(doc, [SignatureBlock("Thư ký", d.secretary), SignatureBlock("Chủ tịch Hội đồng", d.chair)])
    if progress is not None:
        progress(1, 1)
    return save_docx(doc, out)
