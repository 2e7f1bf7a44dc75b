"""The yearly pledge (giao ước thi đua) of an emulation bloc: its title, content, place and
signing date, and the member agencies that sign it (one pledge per bloc and year).

Every function takes a Session and never commits; it runs on the caller's thread and
returns ids or frozen DTOs. The printable document is built by `pledge_document` and written
by `app.exports.pledge_pdf.write_pledge_pdf`.

Default signatories are the bloc's members of that year (not left before it, not joined
after it) in member order; the signer title defaults to the member's leadership role of
that year ("Khối trưởng", "Khối phó thường trực", "Khối phó"), which the clerk may replace
by the signer's own position.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.errors import BadInput, NotFound, ValidationFailed
from app.messages import Msg
from app.models import BlocLeadership, BlocMember, BlocPledge, BlocPledgeSignatory
from app.rules.document import DocumentHeader
from app.rules.vntext import clean_text, date_line, fold, nfc
from app.services import audit
from app.services.bloc import ROLE_LABELS, bloc_members, load_bloc
from app.services.settings import get_settings

if TYPE_CHECKING:
    from app.exports.pledge_pdf import PledgeDocument

__all__ = [
    "SignatoryInput",
    "PledgeSignatoryRow",
    "PledgeSummary",
    "CONTENT_TEMPLATE",
    "default_title",
    "default_signatories",
    "draft_pledge",
    "get_pledge",
    "list_pledge_years",
    "save_pledge",
    "set_signed",
    "delete_pledge",
    "copy_pledge_from_last_year",
    "pledge_document",
    "title_lines",
]

MIN_YEAR, MAX_YEAR = 2000, 2100
TITLE_MAX, TEXT_MAX = 500, 255
DOCUMENT_KIND = "GIAO ƯỚC THI ĐUA"

# A starting text for a new pledge; {year}, {bloc} and {copies} are filled in.
CONTENT_TEMPLATE = """\
Căn cứ Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn thi hành; căn cứ chương trình \
công tác năm {year} của {bloc}, các đơn vị thành viên thống nhất ký kết giao ước thi đua năm {year} \
với các nội dung sau:
I. NỘI DUNG GIAO ƯỚC THI ĐUA
1. Thi đua thực hiện tốt nhiệm vụ chính trị được giao năm {year}; hoàn thành đúng tiến độ, bảo đảm \
chất lượng các nhiệm vụ trọng tâm.
2. Thực hiện tốt công tác xây dựng Đảng, xây dựng cơ quan, đơn vị trong sạch, vững mạnh.
3. Đẩy mạnh các phong trào thi đua; phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến.
4. Thực hành tiết kiệm, chống lãng phí; thực hiện tốt văn hóa công sở.
II. TỔ CHỨC THỰC HIỆN
1. Các đơn vị thành viên quán triệt, xây dựng kế hoạch thực hiện giao ước thi đua tại đơn vị.
2. Đơn vị Khối trưởng theo dõi, đôn đốc; cuối năm tổ chức chấm điểm, bình xét thi đua theo bảng \
tiêu chí của Khối.
Giao ước này được lập thành {copies} bản, mỗi đơn vị thành viên giữ 01 bản."""


class SignatoryInput(NamedTuple):
    """One signatory to save (a `PledgeSignatoryRow` works too: only these fields are read)."""

    member_id: int
    signer_name: str = ""
    signer_title: str = ""
    signed: bool = False


class PledgeSignatoryRow(NamedTuple):
    """A member agency on a pledge with its signer; `signed` once the paper came back signed."""

    member_id: int
    member_name: str
    signer_name: str
    signer_title: str
    signed: bool


class PledgeSummary(NamedTuple):
    """A bloc's pledge of a year. `id` is None for a draft not saved yet (`draft_pledge`)."""

    id: int | None
    bloc_id: int
    bloc_name: str
    year: int
    title: str
    content: str
    place: str
    signed_on: _dt.date | None
    signatories: tuple[PledgeSignatoryRow, ...]

    @property
    def signed_count(self) -> int:
        return sum(1 for s in self.signatories if s.signed)


def default_title(year: int) -> str:
    return f"Giao ước thi đua năm {year}"


def _in_year(m: BlocMember, year: int) -> bool:
    return (m.left_year is None or m.left_year >= year) and (m.joined_year is None or m.joined_year <= year)


def _roles(session: Session, bloc_id: int, year: int) -> dict[int, str]:
    rows = session.execute(
        select(BlocLeadership.member_id, BlocLeadership.role).where(
            BlocLeadership.bloc_id == bloc_id, BlocLeadership.year == year
        )
    )
    return {member_id: ROLE_LABELS.get(role, "") for member_id, role in rows}


def default_signatories(session: Session, *, bloc_id: int, year: int) -> tuple[PledgeSignatoryRow, ...]:
    """The bloc's members of `year` in member order, unsigned, titled by their leadership
    role of that year (empty for ordinary members). Raises NotFound."""
    load_bloc(session, bloc_id)
    roles = _roles(session, bloc_id, year)
    return tuple(
        PledgeSignatoryRow(m.id, m.name, "", roles.get(m.id, ""), False)
        for m in bloc_members(session, bloc_id)
        if _in_year(m, year)
    )


def _settings_place(session: Session) -> str:
    return get_settings(session).place_name or "Hà Nội"


def draft_pledge(session: Session, *, bloc_id: int, year: int) -> PledgeSummary:
    """A new, unsaved pledge (id None): the default title, the agency's place name, the
    content template and the default signatories. Raises NotFound."""
    bloc = load_bloc(session, bloc_id)
    signatories = default_signatories(session, bloc_id=bloc_id, year=year)
    content = CONTENT_TEMPLATE.format(year=year, bloc=bloc.name, copies=f"{max(len(signatories), 1):02d}")
    return PledgeSummary(
        None, bloc_id, bloc.name, year, default_title(year), content, _settings_place(session), None, signatories
    )


def _pledge_row(session: Session, bloc_id: int, year: int) -> BlocPledge | None:
    return session.scalar(select(BlocPledge).where(BlocPledge.bloc_id == bloc_id, BlocPledge.year == year))


def _summary(session: Session, p: BlocPledge) -> PledgeSummary:
    bloc = load_bloc(session, p.bloc_id)
    rows = session.execute(
        select(BlocPledgeSignatory, BlocMember.name)
        .join(BlocMember, BlocMember.id == BlocPledgeSignatory.member_id)
        .where(BlocPledgeSignatory.pledge_id == p.id)
        .order_by(BlocMember.sort_order, BlocMember.id)
    ).all()
    signatories = tuple(
        PledgeSignatoryRow(s.member_id, name, s.signer_name, s.signer_title, bool(s.signed)) for s, name in rows
    )
    return PledgeSummary(p.id, p.bloc_id, bloc.name, p.year, p.title, p.content, p.place, p.signed_on, signatories)


def get_pledge(session: Session, *, bloc_id: int, year: int) -> PledgeSummary | None:
    """The bloc's pledge of `year` with its signatories in member order, or None. Raises
    NotFound for an unknown bloc."""
    load_bloc(session, bloc_id)
    p = _pledge_row(session, bloc_id, year)
    return None if p is None else _summary(session, p)


def list_pledge_years(session: Session, *, bloc_id: int) -> list[int]:
    """The years the bloc has a pledge for, latest first."""
    return list(
        session.scalars(select(BlocPledge.year).where(BlocPledge.bloc_id == bloc_id).order_by(BlocPledge.year.desc()))
    )


def clean_content(text: str) -> str:
    """NFC; each line trimmed with inner spaces collapsed; runs of blank lines kept as one."""
    lines = [clean_text(line) for line in nfc(text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def _attr(item: Any, name: str, index: int, default: Any) -> Any:
    if hasattr(item, name):
        return getattr(item, name)
    return item[index] if len(item) > index else default


def _check(
    session: Session,
    bloc_id: int,
    year: int,
    title: str,
    content: str,
    place: str,
    signed_on: _dt.date | None,
    signatories: Sequence | None,
) -> list[SignatoryInput] | None:
    errors: dict[str, str] = {}
    if not MIN_YEAR <= year <= MAX_YEAR:
        errors["year"] = Msg("reason.year_range", min_year=MIN_YEAR, max_year=MAX_YEAR)
    if not title:
        errors["title"] = Msg("reason.pledge_title_missing")
    elif len(title) > TITLE_MAX:
        errors["title"] = Msg("reason.too_long", max_len=TITLE_MAX)
    if not content:
        errors["content"] = Msg("reason.pledge_text_missing")
    if not place:
        errors["place"] = Msg("reason.place_missing")
    elif len(place) > TEXT_MAX:
        errors["place"] = Msg("reason.too_long", max_len=TEXT_MAX)
    if signed_on is not None and signed_on.year not in (year - 1, year):
        errors["signed_on"] = Msg("reason.pledge_date", year=year, year2=year - 1)
    cleaned: list[SignatoryInput] | None = None
    if signatories is not None:
        members = {m.id: m for m in bloc_members(session, bloc_id)}
        cleaned = [
            SignatoryInput(
                int(_attr(s, "member_id", 0, 0)),
                clean_text(_attr(s, "signer_name", 1, "")),
                clean_text(_attr(s, "signer_title", 2, "")),
                bool(_attr(s, "signed", 3, False)),
            )
            for s in signatories
        ]
        ids = [s.member_id for s in cleaned]
        strangers = [i for i in ids if i not in members]
        if not cleaned:
            errors["signatories"] = Msg("reason.pledge_no_signers")
        elif strangers:
            errors["signatories"] = (
                "chỉ thành viên của khối mới ký giao ước (mã số " + ", ".join(str(i) for i in strangers) + ")"
            )
        elif len(set(ids)) != len(ids):
            errors["signatories"] = Msg("reason.pledge_sign_once")
        else:
            long = [
                members[s.member_id].name
                for s in cleaned
                if len(s.signer_name) > TEXT_MAX or len(s.signer_title) > TEXT_MAX
            ]
            if long:
                errors["signatories"] = f"tên hoặc chức vụ người ký dài quá {TEXT_MAX} ký tự: " + ", ".join(long)
    if errors:
        raise ValidationFailed(errors)
    return cleaned


def save_pledge(
    session: Session,
    *,
    bloc_id: int,
    year: int,
    title: str,
    content: str,
    place: str,
    signed_on: _dt.date | None = None,
    signatories: Sequence | None = None,
) -> int:
    """Create or update the bloc's pledge of `year`; returns its id. `signatories` (objects
    or tuples with member_id, signer_name, signer_title, signed) replace the stored list;
    None keeps it (or, for a new pledge, uses `default_signatories`). Raises NotFound,
    ValidationFailed (fields year, title, content, place, signed_on, signatories)."""
    load_bloc(session, bloc_id)
    title, place, content = clean_text(title), clean_text(place), clean_content(content)
    cleaned = _check(session, bloc_id, year, title, content, place, signed_on, signatories)
    p = _pledge_row(session, bloc_id, year)
    if p is None:
        if cleaned is None:
            cleaned = [
                SignatoryInput(s.member_id, s.signer_name, s.signer_title, s.signed)
                for s in default_signatories(session, bloc_id=bloc_id, year=year)
            ]
        p = BlocPledge(bloc_id=bloc_id, year=year)
        session.add(p)
    p.title, p.content, p.place, p.signed_on = title, content, place, signed_on
    session.flush()
    if cleaned is not None:
        existing = {
            s.member_id: s
            for s in session.scalars(select(BlocPledgeSignatory).where(BlocPledgeSignatory.pledge_id == p.id))
        }
        wanted = {s.member_id for s in cleaned}
        for member_id, old in existing.items():
            if member_id not in wanted:
                session.delete(old)
        for s in cleaned:
            row = existing.get(s.member_id)
            if row is None:
                session.add(
                    BlocPledgeSignatory(
                        pledge_id=p.id,
                        member_id=s.member_id,
                        signer_name=s.signer_name,
                        signer_title=s.signer_title,
                        signed=s.signed,
                    )
                )
            else:
                row.signer_name, row.signer_title, row.signed = s.signer_name, s.signer_title, s.signed
        session.flush()
    return p.id


def set_signed(session: Session, *, pledge_id: int, member_id: int, signed: bool) -> None:
    """Mark whether a member's signed copy came back. Raises NotFound (no such pledge or
    the member is not on it)."""
    row = session.scalar(
        select(BlocPledgeSignatory).where(
            BlocPledgeSignatory.pledge_id == pledge_id, BlocPledgeSignatory.member_id == member_id
        )
    )
    if row is None:
        raise NotFound(what="đơn vị ký giao ước", key=member_id)
    row.signed = bool(signed)
    session.flush()


def delete_pledge(session: Session, *, pledge_id: int) -> None:
    """Delete a pledge with its signatories. Raises NotFound."""
    p = session.get(BlocPledge, pledge_id)
    if p is None:
        raise NotFound(what="giao ước thi đua", key=pledge_id)
    session.execute(delete(BlocPledgeSignatory).where(BlocPledgeSignatory.pledge_id == pledge_id))
    session.delete(p)
    session.flush()


def _replace_year(text: str, old: int, new: int) -> str:
    # Whole numbers only: "2024" in "2024-2030" changes, "12024" does not.
    return re.sub(rf"(?<!\d){old}(?!\d)", str(new), text)


def copy_pledge_from_last_year(session: Session, *, bloc_id: int, year: int, replace: bool = False) -> int:
    """Start `year`'s pledge from the latest earlier one: title and content with that year
    replaced by `year`, the same place, no signing date; the signatories are the members of
    `year`, unsigned, keeping last year's signer where the member signed before, and titled
    by their new leadership role (a title that was only last year's role is dropped).
    Returns the pledge id. Raises NotFound (no earlier pledge), ValidationFailed (`year`
    already has a pledge and `replace` is False)."""
    bloc = load_bloc(session, bloc_id)
    src_row = session.scalar(
        select(BlocPledge)
        .where(BlocPledge.bloc_id == bloc_id, BlocPledge.year < year)
        .order_by(BlocPledge.year.desc())
        .limit(1)
    )
    if src_row is None:
        raise NotFound(what="giao ước thi đua năm trước của khối", key=bloc.name)
    if not replace and _pledge_row(session, bloc_id, year) is not None:
        raise ValidationFailed({"year": Msg("reason.pledge_exists", year=year)})
    src = _summary(session, src_row)
    before = {s.member_id: s for s in src.signatories}
    role_titles = {fold(v) for v in ROLE_LABELS.values()}
    signatories = []
    for d in default_signatories(session, bloc_id=bloc_id, year=year):
        old = before.get(d.member_id)
        title = d.signer_title
        if not title and old is not None and fold(old.signer_title) not in role_titles:
            title = old.signer_title
        signatories.append(SignatoryInput(d.member_id, old.signer_name if old else "", title, False))
    return save_pledge(
        session,
        bloc_id=bloc_id,
        year=year,
        title=_replace_year(src.title, src.year, year),
        content=_replace_year(src.content, src.year, year),
        place=src.place,
        signed_on=None,
        signatories=signatories or None,
    )


def title_lines(title: str, year: int) -> tuple[str, str]:
    """The printed title: ('GIAO ƯỚC THI ĐUA', 'NĂM 2025') for 'Giao ước thi đua năm 2025';
    a title in other words is printed as given under 'GIAO ƯỚC THI ĐUA'."""
    title = clean_text(title)
    if not title:
        return DOCUMENT_KIND, f"NĂM {year}"
    kind_words = len(DOCUMENT_KIND.split(" "))
    words = title.split(" ")
    if fold(" ".join(words[:kind_words])) == fold(DOCUMENT_KIND):
        rest = " ".join(words[kind_words:]).strip(" -–:,")
        return DOCUMENT_KIND, (rest.upper() if rest else f"NĂM {year}")
    return DOCUMENT_KIND, title


def pledge_document(session: Session, *, bloc_id: int, year: int) -> PledgeDocument:
    """The printable pledge (`app.exports.pledge_pdf.PledgeDocument`): the bloc as issuing
    body, the agency's header style (national motto or Party line), the place-and-date line
    ("Hà Nội, ngày …… tháng …… năm 2025" while unsigned), the title lines, the content and
    one signature block per signatory. Raises NotFound (no pledge that year)."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.pledge_pdf import PledgeDocument, PledgeSigner

    pledge = get_pledge(session, bloc_id=bloc_id, year=year)
    if pledge is None:
        raise NotFound(what="giao ước thi đua của khối năm", key=year)
    st = get_settings(session)
    if pledge.signed_on is not None:
        place_date = date_line(pledge.place, pledge.signed_on)
    else:
        place_date = f"{clean_text(pledge.place)}, ngày …… tháng …… năm {year}".lstrip(", ")
    header = DocumentHeader(header_style=st.header_style, agency_name=pledge.bloc_name, place_date=place_date)
    kind, subtitle = title_lines(pledge.title, year)
    signers = tuple(PledgeSigner(s.member_name, s.signer_title, s.signer_name) for s in pledge.signatories)
    return PledgeDocument(
        header=header,
        title=kind,
        subtitle=subtitle,
        content=pledge.content,
        signers=signers,
        doc_title=f"{pledge.title} – {pledge.bloc_name}",
    )


def export_pledge(
    session: Session,
    *,
    bloc_id: int,
    year: int,
    out: str | Path,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """The year's pledge of a bloc as .pdf (`pledge_document` through the pledge writer);
    logs an EXPORT entry. Raises NotFound, BadInput (not .pdf), FileLocked, Cancelled.
    Never commits."""
    from app.exports.pledge_pdf import write_pledge_pdf  # lazy: ReportLab loads on first export, not at start-up

    out = Path(out)
    if out.suffix.lower() != ".pdf":
        raise BadInput("documents.bad_suffix", out=out, what=Msg("what.pledge"), names=".pdf")
    written = write_pledge_pdf(
        pledge_document(session, bloc_id=bloc_id, year=year), out, progress=progress, is_cancelled=is_cancelled
    )
    audit.log_event(
        session, "EXPORT", table="bloc", row_id=bloc_id, detail={"kind": "pledge", "year": year, "out": str(written)}
    )
    return Path(written)
