"""Printing certificates: printer profiles and blank layouts stored in the database, the
certificates of a decision, fit checks, batch PDFs and the print log (previews and printing: ui/printing/output.py, QtPdf).

Every function that takes a Session leaves the transaction to the caller and returns DTOs
(the certificate engine's frozen dataclasses `CertificateData`, `CertificateTemplate`,
`PrinterProfile`, `FitProblem` are DTOs too). Producing a batch may run in a worker
thread with that thread's Session; it calls `app.exports.certificates` and, at the end,
writes one `print_log` row. The log keeps the printed data (one JSON object per page), so
`reprint_one` prints again exactly what was printed, even after the people were edited.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import BadInput, Msg, NotFound, StaleRecord, ValidationFailed
from app.exports import cert_templates as ct
from app.exports.certificates import CertificateData, FitProblem, check_fit, render_certificates, render_test_sheet
from app.exports.printer_profiles import PrinterProfile as ProfileData
from app.models import AwardType, BlankLayout, PrinterProfile, PrintLog
from app.rules.certificate_text import RECIPIENT_COLLECTIVE, RECIPIENT_PERSON, upper_vn
from app.rules.vntext import clean_text, fold
from app.services import audit, mail_merge
from app.services.common import check_version, current_user, flush_or_stale, load_for_update
from app.services.decision import get_decision
from app.services.settings import get_emblem

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

MODES = {ct.MODE_FULL: "Mẫu đầy đủ (giấy trắng)", ct.MODE_BLANK: "In lên phôi in sẵn"}
TEMPLATE_TITLES = {"giay-khen": "Giấy khen", "bang-khen": "Bằng khen", "cstdcs": "Chiến sĩ thi đua cơ sở"}
MAX_SCAN_BYTES = 20 * 1024 * 1024
_KEEP = object()


# ---------------------------------------------------------------- printer profiles


class PrinterProfileRow(NamedTuple):
    id: int
    name: str
    offset_x_mm: float
    offset_y_mm: float
    scale_x: float
    scale_y: float
    version: int
    updated_by: str

    @property
    def profile(self) -> ProfileData:
        return ProfileData(self.name, self.offset_x_mm, self.offset_y_mm, self.scale_x, self.scale_y)


def _profile_row(p: PrinterProfile) -> PrinterProfileRow:
    return PrinterProfileRow(p.id, p.name, p.offset_x_mm, p.offset_y_mm, p.scale_x, p.scale_y, p.version, p.updated_by)


def list_printer_profiles(session: Session) -> list[PrinterProfileRow]:
    rows = session.scalars(select(PrinterProfile)).all()
    return sorted((_profile_row(p) for p in rows), key=lambda r: fold(r.name))


def get_printer_profile(session: Session, *, name: str) -> ProfileData:
    """The profile named `name` (case and tone marks ignored). Raises BadInput listing the
    stored names."""
    rows = list_printer_profiles(session)
    for r in rows:
        if fold(r.name) == fold(name):
            return r.profile
    names = ", ".join(r.name for r in rows) or "(chưa có hồ sơ nào)"
    raise BadInput("printing.unknown_profile", name=clean_text(name), names=names)


def save_printer_profile(
    session: Session, *, data: ProfileData, profile_id: int | None = None, version: int | None = None
) -> int:
    """Create (profile_id None) or update a profile. `data` was validated by its own
    constructor (offset ±30 mm, scale 0.8–1.2). Raises ValidationFailed({"name"}),
    StaleRecord, NotFound."""
    name = clean_text(data.name)
    if not name:
        raise ValidationFailed({"name": Msg("reason.printer_name_missing")})
    if len(name) > 100:
        raise ValidationFailed({"name": Msg("reason.too_long_100")})
    for other in list_printer_profiles(session):
        if other.id != profile_id and fold(other.name) == fold(name):
            raise ValidationFailed({"name": Msg("reason.printer_name_taken")})
    if profile_id is None:
        p = PrinterProfile(name=name)
        session.add(p)
    else:
        p = load_for_update(
            session,
            PrinterProfile,
            profile_id,
            version,
            missing="hồ sơ máy in",
            stale=lambda p: Msg("what.printer_profile_named", name=p.name),
        )
    p.name, p.offset_x_mm, p.offset_y_mm = name, float(data.offset_x_mm), float(data.offset_y_mm)
    p.scale_x, p.scale_y, p.updated_by = float(data.scale_x), float(data.scale_y), current_user()
    flush_or_stale(session, "Hồ sơ máy in", PrinterProfile, profile_id)
    return p.id


def delete_printer_profile(session: Session, *, profile_id: int, version: int) -> None:
    p = load_for_update(
        session,
        PrinterProfile,
        profile_id,
        version,
        missing="hồ sơ máy in",
        stale=lambda p: Msg("what.printer_profile_named", name=p.name),
    )
    session.delete(p)
    session.flush()


# ---------------------------------------------------------------- blank layouts


class BlankLayoutRow(NamedTuple):
    """A template with the office's blank boxes applied; `version` 0 = never saved."""

    template_key: str
    template: ct.CertificateTemplate
    scan_name: str
    scan_image: bytes | None
    version: int
    customised: bool


def _merged(session: Session, key: str) -> tuple[ct.CertificateTemplate, BlankLayout | None]:
    base = ct.load_template(key)
    row = session.scalar(select(BlankLayout).where(BlankLayout.template_key == base.key))
    if row is None or not row.boxes:
        return base, row
    data = ct.template_to_dict(base)
    data[ct.MODE_BLANK] = {"fields": dict(row.boxes)}
    return ct.template_from_dict(data, where=f"phôi «{base.title}» đã lưu"), row


def render_sample_certificate(out: Path, emblem: Path) -> Path:
    """One certificate (Giấy khen) of a made-up recipient with the shipped template, fonts
    and `emblem`: the printing chain of a build checked without a database (the GUI's
    --self-check). Writes `out`; returns it."""
    item = CertificateData(
        full_name="Nguyễn Thị Hoa",
        gender="F",
        unit="Văn phòng",
        decision_number="1/QĐ",
        decision_date=_dt.date(2025, 1, 1),
        place="Hà Nội",
        signer_title="GIÁM ĐỐC",
        signer_name="Trần Văn An",
        agency_name="Sở Nội vụ",
    )
    render_certificates([item], ct.load_template("giay-khen"), out=out, emblem=emblem)
    return out


def shipped_template(key: str) -> ct.CertificateTemplate:
    """A shipped template as it comes (no boxes saved in the database): the editor's
    «default positions». Raises BadInput for an unknown key."""
    return ct.load_template(key)


def load_template(session: Session, *, key: str) -> ct.CertificateTemplate:
    """A shipped template (key or JSON path) with the blank boxes saved in the database."""
    return _merged(session, key)[0]


def get_blank_layout(session: Session, *, key: str) -> BlankLayoutRow:
    template, row = _merged(session, key)
    if row is None:
        return BlankLayoutRow(template.key, template, "", None, 0, False)
    return BlankLayoutRow(template.key, template, row.scan_name, row.scan_image, row.version, bool(row.boxes))


def save_blank_layout(
    session: Session,
    *,
    key: str,
    version: int,
    boxes: Sequence[ct.FieldBox],
    scan_name: str | None = None,
    scan_image: bytes | None | object = _KEEP,
) -> int:
    """Store the blank-mode boxes of template `key` (mm) and optionally the scanned blank
    (`scan_image` bytes; None removes it; omitted keeps it). Validates the boxes like a
    template file. Raises ValidationFailed({"boxes"|"scan"}), StaleRecord. Returns the new
    version."""
    base = ct.load_template(key)
    candidate = ct.template_to_dict(dataclasses.replace(base, blank=tuple(boxes)))
    fields = candidate[ct.MODE_BLANK]["fields"]
    try:
        ct.template_from_dict(candidate, where=f"phôi «{base.title}»")
    except BadInput as exc:
        raise ValidationFailed({"boxes": exc.message()}) from None
    if isinstance(scan_image, bytes) and len(scan_image) > MAX_SCAN_BYTES:
        raise ValidationFailed(
            {"scan": Msg("reason.blank_image_too_big", max_scan_bytes=MAX_SCAN_BYTES // (1024 * 1024))}
        )
    row = session.scalar(select(BlankLayout).where(BlankLayout.template_key == base.key))
    if row is None:
        if version not in (0, None):
            raise StaleRecord(what=Msg("what.blank_layout_named", name=base.title), who="người khác")
        row = BlankLayout(template_key=base.key, boxes=fields, scan_name="", scan_image=None)
        session.add(row)
    else:
        check_version(row, version, Msg("what.blank_layout_named", name=base.title))
    row.boxes = fields
    if scan_name is not None:
        row.scan_name = clean_text(scan_name)
    if scan_image is not _KEEP:
        row.scan_image = scan_image  # type: ignore[assignment]
    row.updated_by = current_user()
    flush_or_stale(session, Msg("what.blank_layout_named", name=base.title), BlankLayout, row.id)
    return row.version


def reset_blank_layout(session: Session, *, key: str) -> None:
    """Back to the shipped boxes (the scanned image is kept)."""
    row = session.scalar(select(BlankLayout).where(BlankLayout.template_key == ct.load_template(key).key))
    if row is not None:
        row.boxes = {}
        row.updated_by = current_user()
        session.flush()


# ---------------------------------------------------------------- what to print


def decision_certificates(
    session: Session, *, decision_id: int, award_code: str | None = None
) -> list[CertificateData]:
    """One CertificateData per recipient of the decision, in decision order (I. Cá nhân
    then II. Tập thể, i.e. số sổ vàng order). Titles (danh hiệu) print "TẶNG DANH HIỆU" and
    the title's name; forms (hình thức) keep the template's own award name."""
    detail = get_decision(session, decision_id=decision_id)
    data = detail.data
    out = []
    for item in detail.items:
        if award_code and item.award_code != award_code:
            continue
        title = item.award_kind == "DANH_HIEU"
        name = item.award_name.replace(" (tập thể)", "")
        out.append(
            CertificateData(
                full_name=item.name,
                kind=RECIPIENT_PERSON if item.subject == "CA_NHAN" else RECIPIENT_COLLECTIVE,
                gender=item.gender or None,
                position=item.job_title,
                unit=item.work_unit,
                award_name=upper_vn(name) if title else "",
                grant_line="TẶNG DANH HIỆU" if title else "",
                achievement=item.achievement,
                decision_number=detail.row.number_text,
                decision_date=data.decision_date,
                so_so_vang=str(item.so_so_vang),
                place=data.place,
                date=data.decision_date,
                signer_title=data.signer_title,
                signer_name=data.signer_name,
                agency_name=data.agency_name,
                issuing_body=data.issuing_body,
                header_style=data.header_style,
            )
        )
    return out


def decision_template_key(session: Session, *, decision_id: int) -> str:
    """The certificate template of the decision's award types, when they agree."""
    codes = {i.award_code for i in get_decision(session, decision_id=decision_id).items}
    keys = {k for k in session.scalars(select(AwardType.certificate_template).where(AwardType.code.in_(codes))) if k}
    if len(keys) == 1:
        return keys.pop()
    if not keys:
        return "giay-khen"
    raise BadInput("printing.many_templates", keys=", ".join(sorted(keys)))


def list_certificates(path: str | Path) -> list[CertificateData]:
    """The certificates of a mail-merge list (the `template certificates` workbook).
    Raises BadInput naming the file, row and column."""
    for name in ("read_certificate_list", "read_list", "load_list"):
        fn = getattr(mail_merge, name, None)
        if fn is not None:
            result = fn(Path(path))
            items = getattr(result, "items", result)
            return list(items)
    raise BadInput("printing.no_mail_merge")


# ---------------------------------------------------------------- producing


class PrintResult(NamedTuple):
    path: Path
    pages: int
    log_id: int | None
    seconds: float


class PrintLogRow(NamedTuple):
    id: int
    at: _dt.datetime
    by: str
    decision_id: int | None
    source: str
    template_key: str
    mode: str
    printer_name: str
    output: str
    pages: int
    recipients: str
    reprint: bool


def check_certificates(
    session: Session,
    *,
    items: Sequence[CertificateData],
    template_key: str,
    blank: bool,
    is_cancelled: IsCancelled | None = None,
) -> list[FitProblem]:
    """Fields that do not fit their box even at the minimum size (empty = all fit)."""
    return check_fit(items, load_template(session, key=template_key), blank=blank, is_cancelled=is_cancelled)


def _encode(item: CertificateData) -> dict:
    out = dataclasses.asdict(item)
    for k in ("decision_date", "date"):
        out[k] = out[k].isoformat() if out[k] else None
    return out


def _decode(data: dict) -> CertificateData:
    names = {f.name for f in dataclasses.fields(CertificateData)}
    values = {k: v for k, v in data.items() if k in names}
    for k in ("decision_date", "date"):
        if values.get(k):
            values[k] = _dt.date.fromisoformat(values[k])
    return CertificateData(**values)


def log_print(
    session: Session,
    *,
    items: Sequence[CertificateData],
    template_key: str,
    blank: bool,
    printer_name: str = "",
    output: str = "",
    source: str = "",
    decision_id: int | None = None,
    reprint: bool = False,
) -> int:
    """Record a printing (who, when, what, where) with the printed data; returns its id."""
    names = "; ".join(i.recipient for i in items)
    row = PrintLog(
        by=current_user(),
        decision_id=decision_id,
        source=clean_text(source)[:500],
        template_key=template_key,
        mode=ct.MODE_BLANK if blank else ct.MODE_FULL,
        printer_name=clean_text(printer_name)[:100],
        output=str(output)[:1000],
        pages=len(items),
        recipients=names,
        reprint=reprint,
        payload=[_encode(i) for i in items],
    )
    session.add(row)
    session.flush()
    audit.log_event(
        session,
        "PRINT",
        table="print_log",
        row_id=row.id,
        detail={"pages": len(items), "template": template_key, "reprint": reprint},
    )
    return row.id


def produce_certificates(
    session: Session,
    *,
    items: Sequence[CertificateData],
    template_key: str,
    blank: bool,
    out: str | Path,
    printer: ProfileData | None = None,
    source: str = "",
    decision_id: int | None = None,
    log: bool = True,
    reprint: bool = False,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> PrintResult:
    """Write the batch PDF (one page per item, in order) and log it. The printer profile
    applies in blank mode. Raises BadInput (an overflowing field, listed; an empty list),
    Cancelled (nothing written, nothing logged), FileLocked."""
    started = time.perf_counter()
    template = load_template(session, key=template_key)
    emblem = None if blank else get_emblem(session)
    with tempfile.TemporaryDirectory() as tmp:
        emblem_path = None
        if emblem:
            emblem_path = Path(tmp) / "emblem.img"
            emblem_path.write_bytes(emblem)
        report = render_certificates(
            items,
            template,
            out=Path(out),
            blank=blank,
            printer=printer if blank else None,
            emblem=emblem_path,
            progress=progress,
            is_cancelled=is_cancelled,
        )
    log_id = None
    if log:
        log_id = log_print(
            session,
            items=items,
            template_key=template.key,
            blank=blank,
            printer_name=printer.name if (printer and blank) else "",
            output=str(report.path),
            source=source,
            decision_id=decision_id,
            reprint=reprint,
        )
    return PrintResult(report.path, report.pages, log_id, time.perf_counter() - started)


def list_print_log(session: Session, *, decision_id: int | None = None, limit: int = 500) -> list[PrintLogRow]:
    """The latest printings first."""
    stmt = select(
        PrintLog.id,
        PrintLog.at,
        PrintLog.by,
        PrintLog.decision_id,
        PrintLog.source,
        PrintLog.template_key,
        PrintLog.mode,
        PrintLog.printer_name,
        PrintLog.output,
        PrintLog.pages,
        PrintLog.recipients,
        PrintLog.reprint,
    )
    if decision_id is not None:
        stmt = stmt.where(PrintLog.decision_id == decision_id)
    stmt = stmt.order_by(PrintLog.at.desc(), PrintLog.id.desc()).limit(limit)
    return [PrintLogRow._make(r) for r in session.execute(stmt)]


def logged_certificates(session: Session, *, log_id: int) -> list[CertificateData]:
    """The certificates a log entry printed, in page order."""
    row = session.get(PrintLog, log_id)
    if row is None:
        raise NotFound(what="lần in", key=log_id)
    return [_decode(d) for d in (row.payload or [])]


def reprint_one(
    session: Session, *, log_id: int, index: int, out: str | Path, printer: ProfileData | None = None
) -> PrintResult:
    """Print page `index` (0-based) of a logged printing again, with the same template and
    mode, into `out`; logged as a reprint. Raises NotFound, BadInput."""
    row = session.get(PrintLog, log_id)
    if row is None:
        raise NotFound(what="lần in", key=log_id)
    items = logged_certificates(session, log_id=log_id)
    if not 0 <= index < len(items):
        raise BadInput("printing.no_such_page", n_items=len(items), index=index + 1)
    if printer is None and row.mode == ct.MODE_BLANK and row.printer_name:
        try:
            printer = get_printer_profile(session, name=row.printer_name)
        except BadInput:
            printer = None
    source = f"In lại giấy thứ {index + 1} của lần in số {row.id}" + (f" ({row.source})" if row.source else "")
    return produce_certificates(
        session,
        items=[items[index]],
        template_key=row.template_key,
        blank=row.mode == ct.MODE_BLANK,
        out=out,
        printer=printer,
        source=source,
        decision_id=row.decision_id,
        reprint=True,
    )


def write_test_sheet(
    session: Session, *, template_key: str, out: str | Path, printer: ProfileData | None = None
) -> Path:
    """The calibration sheet on the blank's paper size (see `render_test_sheet`)."""
    return render_test_sheet(load_template(session, key=template_key), Path(out), printer)


def test_sheet_targets(session: Session, *, template_key: str) -> list[tuple[int, float, float]]:
    """The numbered targets of the calibration sheet: (number, x_mm, y_mm) from the
    paper's top-left corner, as printed beside each target."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.certificates import TEST_SHEET_TARGETS

    t = load_template(session, key=template_key)
    return TEST_SHEET_TARGETS(t.page_w, t.page_h)


def _mm(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def calibrate_profile(
    name: str,
    readings: Sequence[tuple[float, float, float | None, float | None]],
    *,
    applied: ProfileData | None = None,
    fit_scale: bool = True,
    marks: Sequence[int] | None = None,
) -> ProfileData:
    """The profile from the clerk's ruler readings: `readings` are (printed position x, y,
    measured x, y) of the targets measured (a measured value None = not measured), in mm
    from the paper's top-left corner. The clerk types only where the marks LANDED; the
    offsets are computed here (no sign to get backwards).

    `applied` is the profile the measured sheet was printed through (None when printed
    without one): the new profile then corrects what remains. Raises ValidationFailed
    naming the target whose reading is implausible (more than MAX_OFFSET_MM off); `marks`
    are the targets' numbers on the sheet (default 1, 2, …), for those messages."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.printer_profiles import MAX_OFFSET_MM, MAX_SCALE, MIN_SCALE, profile_from_measurements

    errors: dict[str, str] = {}
    xs = [(e, m) for e, _ey, m, _my in readings if m is not None]
    ys = [(e, m) for _ex, e, _mx, m in readings if m is not None]
    numbers = list(marks) if marks is not None else list(range(1, len(readings) + 1))
    for n, (ex, ey, mx, my) in zip(numbers, readings):
        for axis, e, m in (("x", ex, mx), ("y", ey, my)):
            if m is not None and abs(m - e) > MAX_OFFSET_MM:
                errors[f"{axis}{n}"] = Msg("reason.mark_off", n=n, m=_mm(m), e=_mm(e), max_offset_mm=MAX_OFFSET_MM)
    if not xs or not ys:
        errors.setdefault("readings", "cần ít nhất một số đo ngang (x) và một số đo dọc (y)")
    if errors:
        raise ValidationFailed(errors)
    # Each axis on its own: targets measured only in x (or y) still count for that axis.
    fit_x = profile_from_measurements(name, [(e, 0.0, m, 0.0) for e, m in xs], fit_scale=fit_scale)
    fit_y = profile_from_measurements(name, [(0.0, e, 0.0, m) for e, m in ys], fit_scale=fit_scale)
    # fit: drawing at ox + sx·p lands on p, for the sheet as drawn (through `applied`).
    # The printer itself maps d → a + b·d; the sheet drew d = ax + as·p, so the readings
    # fit p ↦ a + b·(ax + as·p): compose to get the profile for the bare printer.
    results = []
    for (ox, sx), (ax, asc) in (
        ((fit_x.offset_x_mm, fit_x.scale_x), (applied.offset_x_mm, applied.scale_x) if applied else (0.0, 1.0)),
        ((fit_y.offset_y_mm, fit_y.scale_y), (applied.offset_y_mm, applied.scale_y) if applied else (0.0, 1.0)),
    ):
        # measured = A + B·p with B = 1/sx, A = −ox/sx; B = b·asc, A = a + b·ax
        big_b, big_a = 1.0 / sx, -ox / sx
        b = big_b / asc
        a = big_a - b * ax
        results.append((round(-a / b, 2) + 0.0, round(1.0 / b, 4)))
    (nox, nsx), (noy, nsy) = results
    for label, value in (("offset_x_mm", nox), ("offset_y_mm", noy)):
        if abs(value) > MAX_OFFSET_MM:
            errors[label] = Msg("reason.offset_too_big", value=_mm(value), max_offset_mm=MAX_OFFSET_MM)
    for label, value in (("scale_x", nsx), ("scale_y", nsy)):
        if not MIN_SCALE <= value <= MAX_SCALE:
            errors[label] = Msg("reason.scale_out_of_range", value=value, min_scale=MIN_SCALE, max_scale=MAX_SCALE)
    if errors:
        raise ValidationFailed(errors)
    return ProfileData(name=clean_text(name), offset_x_mm=nox, offset_y_mm=noy, scale_x=nsx, scale_y=nsy)


__all__ = [
    "MODES",
    "TEMPLATE_TITLES",
    "PrinterProfileRow",
    "BlankLayoutRow",
    "PrintResult",
    "PrintLogRow",
    "ProfileData",
    "list_printer_profiles",
    "get_printer_profile",
    "save_printer_profile",
    "delete_printer_profile",
    "load_template",
    "get_blank_layout",
    "save_blank_layout",
    "reset_blank_layout",
    "decision_certificates",
    "decision_template_key",
    "list_certificates",
    "check_certificates",
    "log_print",
    "produce_certificates",
    "list_print_log",
    "logged_certificates",
    "reprint_one",
    "write_test_sheet",
    "test_sheet_targets",
    "calibrate_profile",
]
