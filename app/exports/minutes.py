"""Biên bản kiểm phiếu (tally minutes), Biên bản họp Hội đồng (meeting minutes) as PDF in
the NĐ 30/2020 layout, and the tally results as xlsx (through `xlsx_report`).

Content (DOMAIN.md §6): header, title, time and place, the counting committee, the method,
papers issued / collected / valid / invalid, a table STT / họ tên / số phiếu đồng ý / tỷ lệ %
on the total members (a Cờ thi đua candidate that leads its bloc carries "Dẫn đầu <khối>"
beside its name), the conclusion, the seal hash, the closing time and the signatures;
the meeting minutes add the attendance, the written opinions of absent members and the
result of each vote. Percentages are the engine's exact text with a decimal comma.
Pure output: DTOs in, a file out; never queries. Worker-thread safe.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.errors import Cancelled
from app.exports.pdf_doc import (
    MARGINS,
    PAGE,
    DocumentHeader,
    SignatureBlock,
    build_pdf,
    esc,
    header_flowable,
    keep_with_last,
    signature_table,
    styles,
)
from app.exports.pdf_fonts import SERIF
from app.exports.xlsx_report import ReportColumn, ReportSection, ReportSpec, write_report
from app.rules.vntext import date_words

__all__ = [
    "ResultLine",
    "TallyMinutesData",
    "AttendanceLine",
    "MeetingMinutesData",
    "render_tally_minutes",
    "render_meeting_minutes",
    "write_results_xlsx",
    "time_words",
    "percent_vi",
]

Progress = Callable[[int, int], None]


def percent_vi(percent: str) -> str:
    """'81.82' → '81,82' (Vietnamese decimal comma)."""
    return percent.replace(".", ",")


def time_words(moment: _dt.datetime) -> str:
    """'08 giờ 30 phút, ngày 20 tháng 01 năm 2025'."""
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút, {date_words(moment.date())}"


@dataclasses.dataclass(frozen=True)
class ResultLine:
    number: int
    name: str
    unit: str
    approvals: int
    percent: str  # the engine's text, '81.82'
    verdict: str  # 'Đạt', 'Không đạt', 'Bằng phiếu', 'Đạt (Chủ tịch quyết định)'
    passed: bool
    # The ground printed beside the candidate: "Dẫn đầu <bloc>" for a Cờ thi đua nominee
    # that leads its bloc (DOMAIN.md §4; Nomination.leads_bloc), else "".
    note: str = ""


@dataclasses.dataclass(frozen=True)
class TallyMinutesData:
    """One sealed ballot, ready to print. Times are local."""

    header: DocumentHeader
    council_name: str
    subject: str  # 'Bầu danh hiệu Chiến sĩ thi đua cơ sở năm 2024'
    award_name: str
    round_no: int
    place: str
    started_at: _dt.datetime
    closed_at: _dt.datetime
    committee_head: str
    committee_members: tuple[str, ...]
    members: int
    present: int
    written_absent: int
    issued: int
    collected: int
    valid: int
    invalid: int
    written: int
    over_max: int
    threshold_label: str
    minimum: int  # the fewest approvals reaching the threshold
    max_approvals: int | None
    quota: int | None
    lines: tuple[ResultLine, ...]
    tied_pending: tuple[str, ...]
    chair_note: str
    seal_hash: str
    sealed_by: str


@dataclasses.dataclass(frozen=True)
class AttendanceLine:
    name: str
    role: str
    status: str  # 'Có mặt' …
    opinion: str


@dataclasses.dataclass(frozen=True)
class MeetingMinutesData:
    header: DocumentHeader
    council_name: str
    meeting_title: str
    round_name: str
    place: str
    started_at: _dt.datetime
    ended_at: _dt.datetime | None
    chair: str
    secretary: str
    members: int
    attendance: tuple[AttendanceLine, ...]
    quorum_text: str
    committee_head: str
    committee_members: tuple[str, ...]
    ballots: tuple[TallyMinutesData, ...]
    open_ballots: tuple[str, ...] = ()


# ---------------------------------------------------------------- shared pieces


def _build(story: list, out: str | Path, title: str) -> Path:
    return build_pdf(story, out, title=title)


def _width() -> float:
    return PAGE[0] - MARGINS[0] - MARGINS[1]


def _results_table(d: TallyMinutesData) -> Table:
    st = styles()
    rows = [[Paragraph(esc(h), st["head_c"]) for h in result_headers(d)]]
    for line in d.lines:
        name = esc(line.name) + (f"<br/><i>({esc(line.note)})</i>" if line.note else "")
        rows.append(
            [
                Paragraph(str(line.number), st["cell_c"]),
                Paragraph(name, st["cell"]),
                Paragraph(esc(line.unit), st["small"]),
                Paragraph(str(line.approvals), st["cell_c"]),
                Paragraph(percent_vi(line.percent), st["cell_c"]),
                Paragraph(esc(line.verdict), st["small_c"]),
            ]
        )
    w = _width()
    widths = [12 * mm, 45 * mm, 0, 21 * mm, 26 * mm, 22 * mm]
    widths[2] = w - sum(widths)
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return t


def counts_lines(d: TallyMinutesData) -> list[str]:
    """The counts of a ballot, one markup line each (shared by the PDF and Word files)."""
    return [
        f"– Tổng số thành viên Hội đồng: <b>{d.members}</b> (cơ sở tính tỷ lệ phiếu đồng ý).",
        f"– Số thành viên có mặt: {d.present}; vắng mặt có ý kiến bằng văn bản: {d.written_absent}.",
        f"– Số phiếu phát ra: <b>{d.issued}</b>; số phiếu thu về (kể cả ý kiến bằng văn bản): <b>{d.collected}</b>.",
        f"– Số phiếu hợp lệ: <b>{d.valid}</b> (trong đó {d.written} ý kiến bằng văn bản); "
        f"số phiếu không hợp lệ: <b>{d.invalid}</b>"
        + (f" (trong đó {d.over_max} phiếu đồng ý quá {d.max_approvals} người)" if d.over_max else "")
        + ".",
    ]


def _counts_paragraphs(d: TallyMinutesData) -> list:
    st = styles()
    return [Paragraph(t, st["body"]) for t in counts_lines(d)]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def conclusion_lines(d: TallyMinutesData) -> list[str]:
    passed = [l for l in d.lines if l.passed]
    out = []
    if passed:
        names = "; ".join(
            f"{esc(l.name)} ({esc(_lower_first(l.note)) + ', ' if l.note else ''}{l.approvals}/{d.members} phiếu, "
            f"{percent_vi(l.percent)}%)"
            for l in passed
        )
        out.append(
            f"Căn cứ kết quả kiểm phiếu, có <b>{len(passed)}</b> người đạt tỷ lệ phiếu đồng ý "
            f"từ {d.threshold_label} trở lên trên tổng số thành viên Hội đồng: {names}."
        )
    else:
        out.append(
            f"Căn cứ kết quả kiểm phiếu, không có người nào đạt tỷ lệ phiếu đồng ý từ "
            f"{d.threshold_label} trở lên trên tổng số thành viên Hội đồng."
        )
    if d.tied_pending:
        out.append(
            f"Các trường hợp bằng phiếu vượt số lượng được chọn ({esc(', '.join(d.tied_pending))}) "
            "được Hội đồng bỏ phiếu lại hoặc Chủ tịch Hội đồng quyết định."
        )
    if d.chair_note:
        out.append(f"Chủ tịch Hội đồng quyết định đối với trường hợp bằng phiếu: {esc(d.chair_note)}.")
    return out


def _conclusion(d: TallyMinutesData) -> list:
    st = styles()
    return [Paragraph(t, st["body"]) for t in conclusion_lines(d)]


def method_text(d: TallyMinutesData) -> str:
    method = (
        "Bỏ phiếu kín. Phiếu bầu ghi danh sách người được đề nghị; thành viên Hội đồng gạch tên người "
        "không đồng ý. Ý kiến bằng văn bản của thành viên vắng mặt được tính như phiếu bầu. Phiếu không "
        "hợp lệ không tính đồng ý cho người nào. Tỷ lệ phiếu đồng ý tính trên tổng số thành viên Hội "
        f"đồng; người được đề nghị phải đạt từ {d.threshold_label} trở lên (ít nhất {d.minimum}/{d.members} "
        "phiếu). Số phiếu được nhập hai lần độc lập và đối chiếu trùng khớp trước khi kiểm."
    )
    if d.max_approvals:
        method += f" Mỗi phiếu đồng ý tối đa {d.max_approvals} người."
    if d.quota:
        method += f" Số lượng được chọn tối đa {d.quota} người, lấy theo số phiếu từ cao xuống thấp."
    return method


def seal_line(d: TallyMinutesData) -> str:
    return f"Mã niêm phong kết quả (SHA-256): {d.seal_hash}"


def opening_line(d: TallyMinutesData) -> str:
    return (
        f"Vào hồi {time_words(d.started_at)}, tại {esc(d.place or '…')}, Ban kiểm phiếu của "
        f"{esc(d.council_name)} tiến hành kiểm phiếu bầu {esc(d.award_name)}."
    )


def closing_line(d: TallyMinutesData) -> str:
    return (
        f"Biên bản kết thúc hồi {time_words(d.closed_at)}, đã được đọc lại cho các thành viên Ban kiểm phiếu "
        "cùng nghe và nhất trí thông qua."
    )


def result_headers(d: TallyMinutesData) -> list[str]:
    return ["TT", "Họ và tên", "Đơn vị", "Số phiếu đồng ý", f"Tỷ lệ % (trên {d.members} thành viên)", "Kết quả"]


def _seal(d: TallyMinutesData) -> Paragraph:
    st = styles()
    # The hash in the embedded serif (a non-embedded Courier would not pass for official).
    return Paragraph(f"Mã niêm phong kết quả (SHA-256): <font size='10'>{d.seal_hash}</font>", st["left"])


# ---------------------------------------------------------------- tally minutes


def tally_story(d: TallyMinutesData, *, include_header: bool = True) -> list:
    st = styles()
    story: list = []
    if include_header:
        story.append(header_flowable(d.header, _width()))
        story.append(Paragraph("BIÊN BẢN KIỂM PHIẾU", st["title"]))
        story.append(Paragraph(esc(d.subject) + (f" (vòng {d.round_no})" if d.round_no > 1 else ""), st["subtitle"]))
    story.append(Paragraph(opening_line(d), st["body"]))
    story.append(Paragraph("<b>I. Thành phần Ban kiểm phiếu</b>", st["body"]))
    story.append(Paragraph(f"1. {esc(d.committee_head or '…')} – Trưởng ban;", st["body"]))
    for i, name in enumerate(d.committee_members, start=2):
        story.append(Paragraph(f"{i}. {esc(name)} – Thành viên;", st["body"]))
    story.append(Paragraph("<b>II. Phương pháp kiểm phiếu</b>", st["body"]))
    story.append(Paragraph(method_text(d), st["body"]))
    story.append(Paragraph("<b>III. Kết quả kiểm phiếu</b>", st["body"]))
    story.extend(_counts_paragraphs(d))
    story.append(Paragraph("– Kết quả cụ thể:", st["body"]))
    story.append(_results_table(d))
    story.append(Spacer(1, 6))
    story.append(Paragraph("<b>IV. Kết luận</b>", st["body"]))
    story.extend(_conclusion(d))
    story.append(_seal(d))
    return story


def render_tally_minutes(
    d: TallyMinutesData,
    out: str | Path,
    *,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Biên bản kiểm phiếu of one sealed ballot. Raises FileLocked, BadInput, Cancelled."""
    if is_cancelled and is_cancelled():
        raise Cancelled()
    st = styles()
    story = tally_story(d)
    story.append(Paragraph(closing_line(d), st["body"]))
    blocks = list(committee_signatures(d))
    keep_with_last(story, [Spacer(1, 8), signature_table(blocks, _width())], lines=2)
    path = _build(story, out, "Biên bản kiểm phiếu")
    if progress:
        progress(1, 1)
    return path


# ---------------------------------------------------------------- meeting minutes


def render_meeting_minutes(
    d: MeetingMinutesData,
    out: str | Path,
    *,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Biên bản họp Hội đồng: attendance, written opinions, each vote's result."""
    if is_cancelled and is_cancelled():
        raise Cancelled()
    st = styles()
    story: list = [
        header_flowable(d.header, _width()),
        Paragraph("BIÊN BẢN", st["title"]),
        Paragraph(esc(f"Họp {d.council_name}"), st["subtitle"]),
        Paragraph(esc(f"({d.meeting_title})"), st["italic_c"]),
    ]
    story.append(Paragraph(f"Thời gian: bắt đầu hồi {time_words(d.started_at)}.", st["body"]))
    story.append(Paragraph(f"Địa điểm: {esc(d.place or '…')}.", st["body"]))
    story.append(
        Paragraph(f"Chủ trì: {esc(d.chair or '…')} – Chủ tịch Hội đồng. Thư ký: {esc(d.secretary or '…')}.", st["body"])
    )
    present = [a for a in d.attendance if a.status == "Có mặt"]
    story.append(
        Paragraph(
            f"<b>I. Thành phần tham dự</b> (Hội đồng có {d.members} thành viên; có mặt {len(present)})", st["body"]
        )
    )
    rows = [[Paragraph(h, st["head_c"]) for h in ("STT", "Họ và tên", "Chức danh trong Hội đồng", "Tham dự")]]
    for i, a in enumerate(d.attendance, start=1):
        rows.append(
            [
                Paragraph(str(i), st["cell_c"]),
                Paragraph(esc(a.name), st["cell"]),
                Paragraph(esc(a.role), st["cell"]),
                Paragraph(esc(a.status), st["small"]),
            ]
        )
    w = _width()
    t = Table(rows, colWidths=[13 * mm, 55 * mm, 45 * mm, w - 113 * mm], repeatRows=1)  # "STT" on one line
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story.append(t)
    story.append(Spacer(1, 4))
    story.append(Paragraph(esc(d.quorum_text), st["body"]))
    opinions = [a for a in d.attendance if a.opinion]
    story.append(Paragraph("<b>II. Ý kiến bằng văn bản của thành viên vắng mặt</b>", st["body"]))
    if opinions:
        for a in opinions:
            story.append(Paragraph(f"– {esc(a.name)} ({esc(a.role)}): {esc(a.opinion)}", st["body"]))
    else:
        story.append(Paragraph("Không có.", st["body"]))
    story.append(Paragraph("<b>III. Ban kiểm phiếu</b>", st["body"]))
    names = [f"{esc(d.committee_head)} – Trưởng ban"] if d.committee_head else []
    names += [f"{esc(n)} – Thành viên" for n in d.committee_members]
    story.append(Paragraph("; ".join(names) + "." if names else "Chưa bầu Ban kiểm phiếu.", st["body"]))
    story.append(Paragraph("<b>IV. Kết quả bỏ phiếu</b>", st["body"]))
    for i, b in enumerate(d.ballots, start=1):
        if is_cancelled and is_cancelled():
            raise Cancelled()
        story.append(
            Paragraph(f"<b>{i}. {esc(b.subject)}</b>" + (f" (vòng {b.round_no})" if b.round_no > 1 else ""), st["body"])
        )
        story.extend(_counts_paragraphs(b))
        story.append(_results_table(b))
        story.append(Spacer(1, 4))
        story.extend(_conclusion(b))
        story.append(_seal(b))
    for title in d.open_ballots:
        story.append(Paragraph(f"– {esc(title)}: chưa niêm phong kết quả.", st["body"]))
    end = f"hồi {time_words(d.ended_at)}" if d.ended_at else "hồi …… giờ …… phút cùng ngày"
    story.append(Paragraph(f"Cuộc họp kết thúc {end}. Biên bản đã được thông qua tại cuộc họp.", st["body"]))
    # The closing lines stay with the signatures: no page holding only the signatures.
    keep_with_last(
        story,
        [
            Spacer(1, 8),
            signature_table([SignatureBlock("Thư ký", d.secretary), SignatureBlock("Chủ tịch Hội đồng", d.chair)], w),
        ],
        lines=2,
    )
    path = _build(story, out, "Biên bản họp Hội đồng")
    if progress:
        progress(1, 1)
    return path


# ---------------------------------------------------------------- xlsx


def results_spec(d: TallyMinutesData) -> ReportSpec:
    columns: tuple[ReportColumn, ...] = (
        ReportColumn("STT", 6, kind="int"),
        ReportColumn("Họ và tên", 28),
        ReportColumn("Đơn vị", 34),
        ReportColumn("Số phiếu đồng ý", 12, kind="int"),
        ReportColumn(f"Tỷ lệ % (trên {d.members} thành viên)", 14, kind="number", number_format="0.00"),
        ReportColumn("Kết quả", 16),
    )
    rows: list[tuple[object, ...]] = [
        (l.number, l.name, l.unit, l.approvals, Decimal(l.percent), l.verdict) for l in d.lines
    ]
    if any(l.note for l in d.lines):
        columns += (ReportColumn("Ghi chú", 30),)
        rows = [r + (l.note,) for r, l in zip(rows, d.lines)]
    return ReportSpec(
        sheet_title="Kết quả kiểm phiếu",
        title="KẾT QUẢ KIỂM PHIẾU",
        subtitle=d.subject + (f" (vòng {d.round_no})" if d.round_no > 1 else ""),
        header=dataclasses.replace(d.header),
        columns=columns,
        sections=(ReportSection("", rows),),
        notes=(
            f"Tổng số thành viên Hội đồng: {d.members}; phiếu phát ra: {d.issued}; thu về: {d.collected}; "
            f"hợp lệ: {d.valid}; không hợp lệ: {d.invalid}; ý kiến bằng văn bản: {d.written}.",
            f"Ngưỡng: từ {d.threshold_label} trở lên (ít nhất {d.minimum} phiếu đồng ý).",
            f"Mã niêm phong (SHA-256): {d.seal_hash}",
        ),
        signatures=committee_signatures(d),
        landscape=False,
    )


def committee_signatures(d: TallyMinutesData) -> tuple[SignatureBlock, ...]:
    """The whole counting committee signs: members on the left, the head on the right of
    the first row (customary order)."""
    members = [SignatureBlock("Thành viên Ban kiểm phiếu", n) for n in d.committee_members]
    head = SignatureBlock("Trưởng ban kiểm phiếu", d.committee_head)
    return tuple([members[0], head, *members[1:]] if members else [head])


def write_results_xlsx(
    d: TallyMinutesData,
    out: str | Path,
    *,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """The results of one sealed ballot as a styled spreadsheet. Raises FileLocked, Cancelled."""
    return write_report(results_spec(d), out, progress=progress, is_cancelled=is_cancelled)
