"""Reports sent upward: the statistical forms of TT 02/2023/TT-BNV (0601 movements, 0602
state-level awards, 0603 bộ/tỉnh-level awards), awards per unit and per year, and the share
of awards to non-leaders and to women (DOMAIN.md §9, FORMS_TT02.md).

Every figure is counted here by a query; the writers in `app.exports.tt02_forms` and
`app.exports.report_sheets` only lay the DTOs out. Functions take a Session (the caller owns
the transaction), run on any thread and return frozen DTOs. A form whose self-checks fail
(a section not adding up to the total, the individuals' rows not adding up to "Cá nhân",
column 1 not equal to the sum of "Chia ra") raises `InconsistentReport` — it is never written.

How records are classified (the circular's indicator notes were not available; each choice
is marked where the office may want to check it):

* **Reporting period** of the forms: 01/12 of the previous year to 30/11 of the report
  year, by the award's decision date; an award without a decision date counts in the
  report of its own year. Awards per unit / shares count by the award's year (năm thành tích).
* **Which form**: the award type's level — NHA_NUOC → 0602, BO_TINH → 0603. An award type
  that fits no column of its form (e.g. "Tập thể lao động xuất sắc" in 0603) is left out and
  named in a note under the table with its count.
* **An individual's row**: the leader level stored on the award (`Award.subject_category`,
  the level at the time of the award; empty → the person's current level), in the form's
  order: bộ/tỉnh leaders, vụ/sở leaders, entrepreneurs (`staff_category` DOANH_NHAN, the
  current category), other leaders from deputy head of division up, everyone else = "người
  trực tiếp công tác, lao động" (the non-leaders tracked by the share report).
* **Collectives**: units of kind DOANH_NGH are "Trong đó: Doanh nghiệp", units of kind
  HO_GD are households (rows of their own); both kinds are in `app.rules.codes.UNIT_KINDS`,
  so the unit dialog and the staff import can set them.
* **Phương thức khen thưởng**: an award that a round tied to a themed (CHUYEN_DE) or sudden
  (DOT_XUAT) movement approved — same subject, award and year — is "Chuyên đề"/"Đột xuất";
  otherwise the award type decides: names with "kháng chiến" → Kháng chiến, "Huy hiệu"/"Kỷ
  niệm chương" → Niên hạn (unverified), everything else → Thường xuyên.
* **0601** counts the movements in force at some time in the period. Launching level and
  scope come from the launching unit: none (launched outside the organisation) → central
  level, nationwide; a bloc (KHOI) → bộ/tỉnh level, "Cụm, khối thi đua"; an agency
  (CO_QUAN) → bộ/tỉnh level, "Bộ, ban, ngành"; a department or team → "Cơ quan, tổ chức, đơn
  vị" for both. Duration = end − start; without an end date a regular movement counts as
  yearly ("1 năm") and another kind from its start to the end of the period; without a start
  date, regular → "1 năm", otherwise "Dưới 1 năm". Sudden movements are organised as themed
  ones (Luật TĐKT 2022 knows two ways: thường xuyên and chuyên đề).
* **0602 section 1** ("đơn vị ban hành tờ trình"): every award goes to the submitter's row,
  `submitter` "BO_NGANH" (default) or "TINH"; `default_submitter` guesses it from the agency
  name.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeAlias

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import Session

from app.errors import AppError, BadInput, Cancelled
from app.messages import Msg
from app.models import Award, AwardType, Movement, Nomination, Person, ReviewRound, Unit
from app.rules.rows import (  # the plain rows, re-exported for callers
    AwardsByUnitReport,
    FormColumn,
    FormReport,
    FormRow,
    ShareReport,
    ShareRow,
    UnitCountsRow,
)
from app.rules.vntext import fold
from app.services import audit
from app.services.money import rewards_report
from app.services.org import UnitRow, list_units, subtree_ids
from app.services.settings import get_settings

if TYPE_CHECKING:  # money and the export modules are imported only when used
    from app.exports.xlsx_report import ReportSpec
    from app.services.money import RewardsReport

Progress = Callable[[int, int], None]

FORMS = {
    "0601": "Biểu 0601: Số phong trào thi đua",
    "0602": "Biểu 0602: Số lượng khen thưởng cấp Nhà nước",
    "0603": "Biểu 0603: Số lượng khen thưởng cấp bộ, ban, ngành, tỉnh",
}
REPORT_KINDS = {
    **FORMS,
    "by_unit": "Số lượt khen thưởng theo đơn vị và theo năm",
    "shares": "Tỷ lệ khen thưởng người trực tiếp công tác và nữ",
    "rewards": "Tiền thưởng theo đơn vị và cấp khen thưởng",  # app.services.money
}
LEVEL_FILTERS = {
    "ALL": ("Tất cả các cấp", None),
    "BO_TINH_UP": ("Cấp bộ, ban, ngành, tỉnh trở lên", ("BO_TINH", "NHA_NUOC")),
    "NHA_NUOC": ("Cấp Nhà nước", ("NHA_NUOC",)),
}
LEVELS = {"CO_SO": "Cấp cơ sở", "BO_TINH": "Cấp bộ, ban, ngành, tỉnh", "NHA_NUOC": "Cấp Nhà nước"}

# An individual's row, in the order of the forms (0602 rows 10–14, 0603 rows 06–10).
PERSON_ROWS = {
    "BO_TINH": "+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên",
    "VU_SO": "+ Lãnh đạo cấp vụ, sở, ngành và tương đương",
    "DOANH_NHAN": "+ Doanh nhân",
    "PHONG": "+ Các cấp lãnh đạo khác từ phó phòng trở lên",
    "TRUC_TIEP": "+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu "
    "(công nhân, nông dân,...)",
}
METHODS = {
    "THUONG_XUYEN": "Thường xuyên",
    "CHUYEN_DE": "Chuyên đề",
    "DOT_XUAT": "Đột xuất",
    "DOI_NGOAI": "Đối ngoại",
    "CONG_HIEN": "Cống hiến",
    "NIEN_HAN": "Niên hạn",
    "KHANG_CHIEN": "Kháng chiến",
}
ENTERPRISE_KINDS = frozenset({"DOANH_NGH"})
HOUSEHOLD_KINDS = frozenset({"HO_GD"})
DEFAULT_RECEIVER = "Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)"


class InconsistentReport(AppError):
    """A form's self-check failed: a bug, never written to a file."""

    code = "inconsistent_report"


# ---------------------------------------------------------------- DTOs


class YearLevelRow(NamedTuple):
    year: int
    counts: tuple[int, ...]  # one per LEVELS: CO_SO, BO_TINH, NHA_NUOC


class PreviewTable(NamedTuple):
    """What the Reports screen shows: flat headers, display rows, which rows are bold."""

    title: str
    subtitle: str
    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    bold_rows: frozenset[int]
    notes: tuple[str, ...]


# What `build_report` returns.
AnyReport: TypeAlias = "FormReport | AwardsByUnitReport | ShareReport | RewardsReport"


@dataclasses.dataclass(frozen=True)
class ReportRequest:
    """A report to build: kind (REPORT_KINDS), year, units (None = all), options."""

    kind: str
    year: int
    unit_ids: tuple[int, ...] | None = None
    level_filter: str = "ALL"
    span: int = 5
    submitter: str | None = None  # 0602 only; None = default_submitter


# ---------------------------------------------------------------- helpers


def report_period(year: int) -> tuple[_dt.date, _dt.date]:
    """The TT 02/2023 reporting period of `year`: 01/12 of the previous year to 30/11."""
    return _dt.date(year - 1, 12, 1), _dt.date(year, 11, 30)


def _in_period(year: int) -> ColumnElement[bool]:
    start, end = report_period(year)
    return or_(
        and_(Award.decision_date >= start, Award.decision_date <= end),
        and_(Award.decision_date.is_(None), Award.year == year),
    )


def _unit_scope(session: Session, unit_ids: Sequence[int] | None) -> set[int] | None:
    if unit_ids is None:
        return None
    units = list_units(session)
    scope: set[int] = set()
    for uid in unit_ids:
        scope |= subtree_ids(units, uid)
    return scope


def person_row(subject_category: str, current_level: str, staff_category: str) -> str:
    """PERSON_ROWS key of an individual award (see the module notes for the order)."""
    level = subject_category or current_level or "NONE"
    if level in ("BO_TINH", "VU_SO"):
        return level
    if staff_category == "DOANH_NHAN":
        return "DOANH_NHAN"
    if level == "PHONG":
        return "PHONG"
    return "TRUC_TIEP"


def type_method(name: str) -> str:
    """METHODS key an award type gives when no themed/sudden round says otherwise."""
    key = fold(name)
    if "khang chien" in key:
        return "KHANG_CHIEN"
    if key.startswith(("huy hieu", "ky niem chuong")):
        return "NIEN_HAN"
    return "THUONG_XUYEN"


def column_0603(name: str) -> str | None:
    """Column key of 0603 for a bộ/tỉnh-level award type, None when the form has none."""
    key = fold(name)
    if key.startswith("bang khen"):
        return "BANG_KHEN"
    if key.startswith("chien si thi dua"):
        return "CSTD"
    if key.startswith("co thi dua"):
        return "CO"
    if key.startswith(("huy hieu", "ky niem chuong")):
        return "HUY_HIEU"
    return None


def group_0602(name: str) -> tuple[int, str]:
    """(group 2…9 of 0602, kind name) of a state-level award type."""
    key = fold(name)
    base = name.replace(" (tập thể)", "").strip()
    if key.startswith(("huan chuong", "huy chuong")):
        return 2, base
    if key.startswith("giai thuong ho chi minh"):
        return 3, base
    if key.startswith("giai thuong nha nuoc"):
        return 4, base
    if any(w in key for w in ("anh hung", "nhan dan", "uu tu", "ba me viet nam")):
        return 5, base
    if key.startswith("co thi dua cua chinh phu"):
        return 6, base
    if key.startswith("bang khen cua thu tuong"):
        return 7, base
    if key.startswith("chien si thi dua toan quoc"):
        return 8, base
    return 9, base


def default_submitter(agency_name: str) -> str:
    """ "TINH" when the agency's name says it is provincial, else "BO_NGANH"."""
    key = fold(agency_name)
    return "TINH" if any(w in key for w in ("tinh", "thanh pho", "ubnd")) else "BO_NGANH"


def _years(year: int, span: int) -> tuple[int, ...]:
    if not 1 <= span <= 50:
        raise BadInput("report.years_range")
    return tuple(range(year - span + 1, year + 1))


def _levels(level_filter: str) -> tuple[str, ...] | None:
    if level_filter not in LEVEL_FILTERS:
        raise BadInput("report.bad_level", level_filter=level_filter)
    return LEVEL_FILTERS[level_filter][1]


def _identity(session: Session) -> tuple[str, str]:
    s = get_settings(session)
    return s.agency_name, s.issuing_body


# ---------------------------------------------------------------- self-checks


def check_form(report: FormReport) -> list[str]:
    """The problems of a form (empty when consistent): column 1 = sum of "Chia ra" on every
    row; every section adds up to the total row; individuals' rows add up to "Cá nhân"."""
    problems: list[str] = []
    for r in report.rows:
        if r.values and r.values[0] != sum(r.values[1:]):
            problems.append(f"dòng {r.code}: cột 1 = {r.values[0]} ≠ tổng các cột chia ra {sum(r.values[1:])}")
    total = report.rows[0]
    sections: list[list[FormRow]] = []
    for r in report.rows[1:]:
        if r.heading:
            sections.append([])
        elif sections and not r.label.startswith(("+", "Trong đó")):
            sections[-1].append(r)
    for k, rows in enumerate(sections, start=1):
        sums = tuple(sum(col) for col in zip(*(r.values for r in rows))) if rows else ()
        if sums != total.values:
            problems.append(f"mục {k}: tổng các dòng {sums} ≠ dòng tổng số {total.values}")
    person = next((r for r in report.rows if r.label == "Cá nhân"), None)
    if person is not None:
        subs = [r for r in report.rows if r.label.startswith("+")]
        sums = tuple(sum(col) for col in zip(*(r.values for r in subs)))
        if sums != person.values:
            problems.append(f"các dòng cá nhân cộng lại {sums} ≠ dòng Cá nhân {person.values}")
    return problems


def _checked(report: FormReport) -> FormReport:
    problems = check_form(report)
    if problems:
        raise InconsistentReport(form=report.form, problems="; ".join(problems))
    return report


# ---------------------------------------------------------------- 0601


def _add_years(day: _dt.date, years: int) -> _dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def duration_row(kind: str, start: _dt.date | None, end: _dt.date | None, period_end: _dt.date) -> str:
    """0601 row code (06–10) of a movement's duration (rules in the module notes)."""
    if start is None or (end is None and kind == "THUONG_XUYEN"):
        return "07" if kind == "THUONG_XUYEN" else "06"
    stop = (end or period_end) + _dt.timedelta(days=1)  # exclusive
    if stop < _add_years(start, 1) - _dt.timedelta(days=15):
        return "06"
    if stop <= _add_years(start, 1) + _dt.timedelta(days=15):
        return "07"
    if stop < _add_years(start, 3):
        return "08"
    if stop < _add_years(start, 5):
        return "09"
    return "10"


def launch_level(unit_kind: str | None) -> tuple[int, str]:
    """(column 2–4 of 0601, scope row code 02–05) from the launching unit's kind."""
    if unit_kind is None:
        return 2, "02"
    if unit_kind == "KHOI":
        return 3, "04"
    if unit_kind == "CO_QUAN":
        return 3, "03"
    return 4, "05"


def form_0601(session: Session, *, year: int, receiving_unit: str = DEFAULT_RECEIVER) -> FormReport:
    """Form 0601: movements in force during the period, by launching level. Raises
    InconsistentReport."""
    start, end = report_period(year)
    rows = session.execute(
        select(Movement.kind, Movement.start_date, Movement.end_date, Unit.kind)
        .outerjoin(Unit, Unit.id == Movement.launching_unit_id)
        .where(
            or_(Movement.start_date.is_(None), Movement.start_date <= end),
            or_(Movement.end_date.is_(None), Movement.end_date >= start),
        )
    ).all()
    codes = [f"{i:02d}" for i in range(1, 13)]
    counts: dict[str, list[int]] = {c: [0, 0, 0, 0] for c in codes}
    for kind, m_start, m_end, unit_kind in rows:
        col, scope = launch_level(unit_kind)
        method = "12" if kind == "THUONG_XUYEN" else "11"
        for code in ("01", scope, duration_row(kind, m_start, m_end, end), method):
            counts[code][0] += 1
            counts[code][col - 1] += 1
    group = "Số phong trào thi đua chia theo cấp chủ trì phát động thi đua"
    columns = (
        FormColumn("Tổng số", (), "1"),
        FormColumn("Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)", (group,), "2"),
        FormColumn("Cấp bộ, ban ngành đoàn thể trung ương, tỉnh, thành phố trực thuộc Trung ương", (group,), "3"),
        FormColumn("Cơ quan, tổ chức, đơn vị", (group,), "4"),
    )
    labels = [
        ("Tổng số", "01"),
        ("1. Chia theo phạm vi tổ chức thi đua", ""),
        ("Toàn quốc", "02"),
        ("Bộ, ban, ngành đoàn thể, địa phương", "03"),
        ("Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức", "04"),
        ("Cơ quan, tổ chức, đơn vị", "05"),
        ("2. Chia theo thời hạn thi đua", ""),
        ("Dưới 1 năm", "06"),
        ("1 năm", "07"),
        ("Từ 1 năm đến dưới 3 năm", "08"),
        ("Từ 3 năm đến dưới 5 năm", "09"),
        ("Từ 5 năm trở lên", "10"),
        ("3. Chia theo phương thức tổ chức phong trào thi đua", ""),
        ("Thi đua theo chuyên đề", "11"),
        ("Thi đua thường xuyên hàng năm", "12"),
    ]
    form_rows = tuple(
        FormRow(label, code, "", tuple(counts[code]) if code else (), bold=not code or code == "01")
        for label, code in labels
    )
    agency, _ = _identity(session)
    return _checked(
        FormReport(
            "0601",
            year,
            "SỐ PHONG TRÀO THI ĐUA",
            (start, end),
            columns,
            form_rows,
            "Phong trào",
            (),
            agency,
            receiving_unit,
        )
    )


# ---------------------------------------------------------------- 0602 / 0603


class _AwardFact(NamedTuple):
    award_code: str
    is_person: bool
    person_row: str  # PERSON_ROWS key, "" for collectives
    collective: str  # "TAP_THE" | "HO" | "" for individuals
    enterprise: bool
    method: str


def _award_facts(session: Session, *, year: int, level: str, scope: set[int] | None) -> list[_AwardFact]:
    """Every award of `level` decided in the period of `year` (one per award)."""
    stmt = (
        select(
            Award.award_code,
            Award.person_id,
            Award.unit_id,
            Award.year,
            Award.subject_category,
            Person.leader_level,
            Person.staff_category,
            Unit.kind,
        )
        .join(AwardType, AwardType.code == Award.award_code)
        .outerjoin(Person, Person.id == Award.person_id)
        .outerjoin(Unit, Unit.id == Award.unit_id)
        .where(AwardType.level == level, _in_period(year))
    )
    if scope is not None:
        stmt = stmt.where(or_(Person.unit_id.in_(scope), Award.unit_id.in_(scope)))
    rows = session.execute(stmt).all()
    names = dict(session.execute(select(AwardType.code, AwardType.name)).all())
    # Awards approved in rounds of themed or sudden movements.
    special: dict[tuple, str] = {}
    if rows:
        years = {r.year for r in rows}
        for pid, uid, code, ryear, mkind in session.execute(
            select(Nomination.person_id, Nomination.unit_id, Nomination.award_code, ReviewRound.year, Movement.kind)
            .join(ReviewRound, ReviewRound.id == Nomination.round_id)
            .join(Movement, Movement.id == ReviewRound.movement_id)
            .where(
                Nomination.status.in_(("APPROVED", "DECIDED")),
                Movement.kind != "THUONG_XUYEN",
                ReviewRound.year.in_(years),
            )
        ):
            special[(pid, uid, code, ryear)] = mkind
    facts = []
    for code, pid, uid, ayear, category, level_now, staff_cat, unit_kind in rows:
        method = special.get((pid, uid, code, ayear)) or type_method(names.get(code, ""))
        if pid is not None:
            facts.append(
                _AwardFact(code, True, person_row(category, level_now or "", staff_cat or ""), "", False, method)
            )
        else:
            collective = "HO" if unit_kind in HOUSEHOLD_KINDS else "TAP_THE"
            facts.append(_AwardFact(code, False, "", collective, unit_kind in ENTERPRISE_KINDS, method))
    return facts


def _fill(
    facts: Iterable[_AwardFact],
    column_of: Callable[[_AwardFact], int | None],
    n_cols: int,
    row_codes: Callable[[_AwardFact], Iterable[str]],
) -> tuple[dict[str, list[int]], Counter]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * (n_cols + 1))
    left_out: Counter = Counter()
    for fact in facts:
        col = column_of(fact)
        if col is None:
            left_out[fact.award_code] += 1
            continue
        for code in row_codes(fact):
            counts[code][0] += 1
            counts[code][col] += 1
    return counts, left_out


def _left_out_notes(session: Session, left_out: Counter) -> tuple[str, ...]:
    if not left_out:
        return ()
    names = dict(session.execute(select(AwardType.code, AwardType.name)).all())
    parts = ", ".join(f"{names.get(code, code)} ({n})" for code, n in sorted(left_out.items()))
    return (Msg("reason.form_columns", parts=parts),)


_SUBJECT_0603 = [
    ("Tổng số", "01", ""),
    ("1. Chia theo đối tượng khen thưởng", "", ""),
    ("Tập thể", "02", "Tập thể"),
    ("Trong đó: Doanh nghiệp", "03", "Tập thể"),
    ("Hộ gia đình", "04", "Hộ"),
    ("Cá nhân", "05", "Người"),
]


def form_0603(
    session: Session, *, year: int, unit_ids: Sequence[int] | None = None, receiving_unit: str = DEFAULT_RECEIVER
) -> FormReport:
    """Form 0603: bộ/tỉnh-level awards decided in the period. Raises InconsistentReport."""
    scope = _unit_scope(session, unit_ids)
    facts = _award_facts(session, year=year, level="BO_TINH", scope=scope)
    col_keys = ("BANG_KHEN", "CSTD", "CO", "HUY_HIEU")
    types = dict(session.execute(select(AwardType.code, AwardType.name)).all())
    col_of_code = {code: column_0603(name) for code, name in types.items()}
    person_codes = {key: f"{i:02d}" for i, key in enumerate(PERSON_ROWS, start=6)}
    method_codes = {key: f"{i:02d}" for i, key in enumerate(METHODS, start=11)}

    def column_of(f: _AwardFact) -> int | None:
        key = col_of_code.get(f.award_code)
        return None if key is None else col_keys.index(key) + 1

    def row_codes(f: _AwardFact) -> list[str]:
        codes = ["01", method_codes[f.method]]
        if f.is_person:
            codes += ["05", person_codes[f.person_row]]
        elif f.collective == "HO":
            codes.append("04")
        else:
            codes.append("02")
            if f.enterprise:
                codes.append("03")
        return codes

    counts, left_out = _fill(facts, column_of, len(col_keys), row_codes)
    labels = list(_SUBJECT_0603)
    labels += [(label, person_codes[key], "Người") for key, label in PERSON_ROWS.items()]
    labels.append(("2. Chia theo phương thức khen thưởng", "", ""))
    labels += [(label, method_codes[key], "") for key, label in METHODS.items()]
    rows = tuple(
        FormRow(label, code, unit, tuple(counts[code]) if code else (), bold=not code or code == "01")
        for label, code, unit in labels
    )
    columns = (
        FormColumn("Tổng số", (), "1"),
        FormColumn("Bằng khen", ("Chia ra",), "2"),
        FormColumn("Chiến sĩ thi đua cấp bộ, cấp tỉnh", ("Chia ra",), "3"),
        FormColumn(
            "Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương",
            ("Chia ra",),
            "4",
        ),
        FormColumn(
            "Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương",
            ("Chia ra",),
            "5",
        ),
    )
    agency, _ = _identity(session)
    title = "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG"
    return _checked(
        FormReport(
            "0603",
            year,
            title,
            report_period(year),
            columns,
            rows,
            "",
            _left_out_notes(session, left_out),
            agency,
            receiving_unit,
        )
    )


def _columns_0602(session: Session) -> tuple[list[FormColumn], dict[tuple[str, str], int]]:
    """The columns of 0602 from the state-level award types of the catalogue, and the map
    (award code, "TT"|"CN") → column index (1-based among data columns)."""
    types = session.execute(
        select(AwardType.code, AwardType.name, AwardType.subject)
        .where(AwardType.level == "NHA_NUOC")
        .order_by(AwardType.sort_order, AwardType.code)
    ).all()
    by_group: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    for code, name, subject in types:
        g, kind = group_0602(name)
        by_group[g].append((code, kind, "TT" if subject == "TAP_THE" else "CN"))
    top = "Chia ra"
    titles = {
        2: "Các loại huân chương, huy chương",
        3: "Giải thưởng Hồ Chí Minh",
        4: "Giải thưởng Nhà nước",
        5: "Danh hiệu vinh dự nhà nước",
        6: "Cờ thi đua của Chính phủ",
        7: "Bằng khen của Thủ tướng Chính phủ",
        8: "Chiến sĩ thi đua Toàn quốc",
        9: "Các hình thức khen thưởng khác",
    }
    pair = (("TT", "Tập thể"), ("CN", "Cá nhân"))
    columns = [FormColumn("Tổng số", (), "1")]
    where: dict[tuple[str, str], int] = {}

    def add(header: str, groups: tuple[str, ...]) -> int:
        columns.append(FormColumn(header, groups, str(len(columns) + 1)))
        return len(columns) - 1

    # 2: a pair per kind of order/medal (kinds in catalogue order)
    kinds: list[str] = []
    for _code, kind, _s in by_group[2]:
        if kind not in kinds:
            kinds.append(kind)
    if not kinds:
        for _s, label in pair:
            add(label, (top, titles[2]))
    for kind in kinds:
        idx = {s: add(label, (top, titles[2], kind)) for s, label in pair}
        for code, k, s in by_group[2]:
            if k == kind:
                where[(code, s)] = idx[s]
    # 3, 4, 8: individuals; 6: collectives
    for g, side in ((3, "CN"), (4, "CN"), (6, "TT"), (7, None), (8, "CN")):
        if g == 7:
            idx = {s2: add(label, (top, titles[7])) for s2, label in pair}
            for code, _k, s2 in by_group[7]:
                where[(code, s2)] = idx[s2]
            continue
        i = add("Tập thể" if side == "TT" else "Cá nhân", (top, titles[g]))
        for code, _k, s2 in by_group[g]:
            where[(code, s2)] = i
        if g == 4:  # 5 comes after 4: one column per title, or one column
            titles5 = []
            for _code, kind, _s in by_group[5]:
                if kind not in titles5:
                    titles5.append(kind)
            if not titles5:
                add(titles[5], (top,))
            for kind in titles5:
                j = add(kind, (top, titles[5]))
                for code, k, s3 in by_group[5]:
                    if k == kind:
                        where[(code, s3)] = j
    idx = {s: add(label, (top, titles[9])) for s, label in pair}
    for code, _k, s in by_group[9]:
        where[(code, s)] = idx[s]
    # An individual award of group 6 / a collective one of groups 3, 4, 8 fits no column:
    # it goes to "other forms" rather than vanishing.
    for g in (3, 4, 6, 8):
        for code, _k, s in by_group[g]:
            where.setdefault((code, s), idx[s])
    return columns, where


def form_0602(
    session: Session,
    *,
    year: int,
    unit_ids: Sequence[int] | None = None,
    submitter: str | None = None,
    receiving_unit: str = DEFAULT_RECEIVER,
) -> FormReport:
    """Form 0602: state-level awards decided in the period. Raises InconsistentReport, BadInput."""
    agency, _ = _identity(session)
    submitter = submitter or default_submitter(agency)
    if submitter not in ("BO_NGANH", "TINH"):
        raise BadInput("report.bad_submitter", submitter=submitter)
    scope = _unit_scope(session, unit_ids)
    facts = _award_facts(session, year=year, level="NHA_NUOC", scope=scope)
    columns, where = _columns_0602(session)
    person_codes = {key: str(i) for i, key in enumerate(PERSON_ROWS, start=10)}
    method_codes = {key: str(i) for i, key in enumerate(METHODS, start=15)}

    def column_of(f: _AwardFact) -> int | None:
        return where.get((f.award_code, "CN" if f.is_person else "TT"))

    def row_codes(f: _AwardFact) -> list[str]:
        codes = ["1", "2" if submitter == "BO_NGANH" else "3", method_codes[f.method]]
        if f.is_person:
            codes += ["9", person_codes[f.person_row]]
        elif f.collective == "HO":
            codes.append("8")
        else:
            codes.append("6")
            if f.enterprise:
                codes.append("7")
        return codes

    counts, left_out = _fill(facts, column_of, len(columns) - 1, row_codes)
    labels = [
        ("Tổng số", "1", ""),
        ("1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng", "", ""),
        ("Bộ, ban, ngành, đoàn thể Trung ương", "2", "Bộ, ngành"),
        ("Tỉnh, thành phố trực thuộc Trung ương", "3", "Tỉnh, TP"),
        ("2. Chia theo đối tượng khen thưởng", "", ""),
        ("Tập thể", "6", "Tập thể"),
        ("Trong đó: Doanh nghiệp", "7", "Tập thể"),
        ("Hộ gia đình", "8", "Hộ"),
        ("Cá nhân", "9", "Người"),
    ]
    labels += [(label, person_codes[key], "Người") for key, label in PERSON_ROWS.items()]
    labels.append(("3. Chia theo phương thức khen thưởng", "", ""))
    labels += [(label, method_codes[key], "") for key, label in METHODS.items()]
    rows = tuple(
        FormRow(label, code, unit, tuple(counts[code]) if code else (), bold=not code or code == "1")
        for label, code, unit in labels
    )
    return _checked(
        FormReport(
            "0602",
            year,
            "SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC",
            report_period(year),
            tuple(columns),
            rows,
            "",
            _left_out_notes(session, left_out),
            agency,
            receiving_unit,
        )
    )


# ---------------------------------------------------------------- per unit, per year, shares


def _row_units(units: list[UnitRow], unit_ids: Sequence[int] | None) -> list[UnitRow]:
    """The units shown as rows: the chosen ones, else the agencies (CO_QUAN at the top or
    under a bloc), else the top units."""
    by_id = {u.id: u for u in units}
    if unit_ids is not None:
        return [by_id[i] for i in unit_ids if i in by_id]
    blocs = {u.id for u in units if u.kind == "KHOI"}
    agencies = [u for u in units if u.kind == "CO_QUAN" and (u.parent_id is None or u.parent_id in blocs)]
    if agencies:
        return agencies
    return [u for u in units if u.parent_id is None]


def _level_clause(levels: tuple[str, ...] | None) -> ColumnElement[bool]:
    return true() if levels is None else AwardType.level.in_(levels)


def _unit_year_counts(
    session: Session, years: tuple[int, ...], levels: tuple[str, ...] | None
) -> Counter[tuple[int | None, int]]:
    """(unit id, year) → awards: individual awards by the person's unit, collective by unit."""
    out: Counter[tuple[int | None, int]] = Counter()
    uid: int | None
    for uid, y, n in session.execute(
        select(Person.unit_id, Award.year, func.count())
        .join(Person, Person.id == Award.person_id)
        .join(AwardType, AwardType.code == Award.award_code)
        .where(Award.year.between(years[0], years[-1]), _level_clause(levels))
        .group_by(Person.unit_id, Award.year)
    ):
        out[(uid, y)] += n
    for uid, y, n in session.execute(
        select(Award.unit_id, Award.year, func.count())
        .join(AwardType, AwardType.code == Award.award_code)
        .where(Award.unit_id.is_not(None), Award.year.between(years[0], years[-1]), _level_clause(levels))
        .group_by(Award.unit_id, Award.year)
    ):
        out[(uid, y)] += n
    return out


def awards_by_unit(
    session: Session, *, year: int, span: int = 5, unit_ids: Sequence[int] | None = None, level_filter: str = "ALL"
) -> AwardsByUnitReport:
    """Awards per unit (its whole subtree) and per award year, `span` years up to `year`."""
    years = _years(year, span)
    levels = _levels(level_filter)
    units = list_units(session)
    counts = _unit_year_counts(session, years, levels)
    rows = []
    union: set[int] = set()
    for u in _row_units(units, unit_ids):
        tree = subtree_ids(units, u.id)
        union |= tree
        per_year = tuple(sum(counts[(uid, y)] for uid in tree) for y in years)
        rows.append(UnitCountsRow(u.id, u.name, per_year, sum(per_year)))
    per_year = tuple(sum(counts[(uid, y)] for uid in union) for y in years)
    total = UnitCountsRow(None, "Tổng cộng", per_year, sum(per_year))
    return AwardsByUnitReport(year, years, level_filter, tuple(rows), total)


def _share_counts(
    session: Session, years: tuple[int, ...], levels: tuple[str, ...] | None
) -> dict[tuple[int, int], list[int]]:
    """(unit id, year) → [individual awards, to non-leaders, to women]."""
    out: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0, 0])
    stmt = (
        select(
            Person.unit_id,
            Award.year,
            Award.subject_category,
            Person.leader_level,
            Person.staff_category,
            Person.gender,
            func.count(),
        )
        .join(Person, Person.id == Award.person_id)
        .join(AwardType, AwardType.code == Award.award_code)
        .where(Award.year.between(years[0], years[-1]), _level_clause(levels))
        .group_by(
            Person.unit_id,
            Award.year,
            Award.subject_category,
            Person.leader_level,
            Person.staff_category,
            Person.gender,
        )
    )
    for uid, y, category, level_now, staff_cat, gender, n in session.execute(stmt):
        c = out[(uid, y)]
        c[0] += n
        if person_row(category, level_now, staff_cat) == "TRUC_TIEP":
            c[1] += n
        if gender == "F":
            c[2] += n
    return out


def _share(
    label: str, counts: Mapping[tuple[int, int], list[int]], units: Iterable[int], years: Iterable[int]
) -> ShareRow:
    units = list(units)
    total = [0, 0, 0]
    for y in years:
        for uid in units:
            c = counts.get((uid, y))
            if c:
                for k in range(3):
                    total[k] += c[k]
    return ShareRow(label, *total)


def award_shares(
    session: Session, *, year: int, span: int = 5, unit_ids: Sequence[int] | None = None, level_filter: str = "ALL"
) -> ShareReport:
    """Share of individual awards to non-leaders ("người trực tiếp") and to women, per unit
    for `year` and for the span, and year by year for all the selected units."""
    years = _years(year, span)
    levels = _levels(level_filter)
    units = list_units(session)
    counts = _share_counts(session, years, levels)
    trees = [(u, subtree_ids(units, u.id)) for u in _row_units(units, unit_ids)]
    union = set().union(*(t for _u, t in trees)) if trees else set()
    by_unit = tuple(_share(u.name, counts, t, (year,)) for u, t in trees)
    span_rows = tuple(_share(u.name, counts, t, years) for u, t in trees)
    by_year = tuple(_share(f"Năm {y}", counts, union, (y,)) for y in years)
    return ShareReport(
        year,
        years,
        level_filter,
        by_unit,
        _share("Tổng cộng", counts, union, (year,)),
        span_rows,
        _share("Tổng cộng", counts, union, years),
        by_year,
    )


def awards_by_year_level(
    session: Session, *, year: int, span: int = 5, unit_ids: Sequence[int] | None = None
) -> tuple[YearLevelRow, ...]:
    """Awards per award year split by level (cơ sở, bộ/tỉnh, Nhà nước)."""
    years = _years(year, span)
    scope = _unit_scope(session, unit_ids)
    stmt = (
        select(Award.year, AwardType.level, func.count())
        .join(AwardType, AwardType.code == Award.award_code)
        .where(Award.year.between(years[0], years[-1]))
        .group_by(Award.year, AwardType.level)
    )
    if scope is not None:
        stmt = stmt.outerjoin(Person, Person.id == Award.person_id).where(
            or_(Person.unit_id.in_(scope), Award.unit_id.in_(scope))
        )
    counts = {(y, lv): n for y, lv, n in session.execute(stmt)}
    return tuple(YearLevelRow(y, tuple(counts.get((y, lv), 0) for lv in LEVELS)) for y in years)


# ---------------------------------------------------------------- one entry point


def build_report(session: Session, request: ReportRequest) -> AnyReport:
    """The DTO of `request` (FormReport, AwardsByUnitReport or ShareReport). Raises BadInput,
    InconsistentReport."""
    if request.kind not in REPORT_KINDS:
        raise BadInput("report.bad_kind", kind=request.kind)
    if not 1900 <= request.year <= 2200:
        raise BadInput("report.bad_year", year=request.year)
    if request.kind == "0601":
        return form_0601(session, year=request.year)
    if request.kind == "0602":
        return form_0602(session, year=request.year, unit_ids=request.unit_ids, submitter=request.submitter)
    if request.kind == "0603":
        return form_0603(session, year=request.year, unit_ids=request.unit_ids)
    if request.kind == "rewards":
        return rewards_report(session, year=request.year, unit_ids=request.unit_ids)
    if request.kind == "by_unit":
        return awards_by_unit(
            session, year=request.year, span=request.span, unit_ids=request.unit_ids, level_filter=request.level_filter
        )
    return award_shares(
        session, year=request.year, span=request.span, unit_ids=request.unit_ids, level_filter=request.level_filter
    )


def _spec(session: Session, report: AnyReport, on_date: _dt.date | None) -> ReportSpec:
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports import report_sheets, tt02_forms

    s = get_settings(session)
    info = tt02_forms.SheetInfo(
        agency_name=s.agency_name,
        issuing_body=s.issuing_body,
        header_style=s.header_style,
        place_name=s.place_name,
        signer_title=s.signer_title,
        signer_name=s.signer_name,
        on_date=on_date or _dt.date.today(),
    )
    if isinstance(report, FormReport):
        return tt02_forms.build_form_spec(report, info)
    if isinstance(report, AwardsByUnitReport):
        return report_sheets.build_by_unit_spec(report, info)
    from app.services.money import RewardsReport

    if isinstance(report, RewardsReport):
        from app.exports.reward_sheets import build_rewards_spec

        return build_rewards_spec(report, info)
    return report_sheets.build_shares_spec(report, info)


def preview(session: Session, report: AnyReport, *, on_date: _dt.date | None = None) -> PreviewTable:
    """The report as the sheet will show it (same headers and rows), for the screen."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.xlsx_report import ReportRow

    spec = _spec(session, report, on_date)
    headers = tuple(
        " / ".join([*c.path, c.header]) if c.path and c.path[-1] != c.header else c.header for c in spec.columns
    )
    rows: list[tuple] = []
    bold: set[int] = set()
    for section in spec.sections:
        if section.title:
            bold.add(len(rows))
            rows.append((section.title,) + ("",) * (len(headers) - 1))
        for r in section.rows:
            if isinstance(r, ReportRow):
                if r.bold:
                    bold.add(len(rows))
                r = r.values
            rows.append(tuple("" if v is None else v for v in r))
    return PreviewTable(spec.title, spec.subtitle, headers, tuple(rows), frozenset(bold), spec.notes)


def export_report(
    session: Session,
    request: ReportRequest,
    out: str | Path,
    *,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    on_date: _dt.date | None = None,
) -> Path:
    """Build `request` and write it to `out` (xlsx). Raises BadInput, InconsistentReport,
    FileLocked, Cancelled. Any thread (its own Session)."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.xlsx_report import write_report

    if progress is not None:
        progress(0, 2)
    report = build_report(session, request)
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
    if progress is not None:
        progress(1, 2)
    path = write_report(_spec(session, report, on_date), out, is_cancelled=is_cancelled)
    if progress is not None:
        progress(2, 2)
    audit.log_event(
        session, "EXPORT", detail={"kind": "report", "form": request.kind, "year": request.year, "out": str(path)}
    )
    return path


def report_units(session: Session) -> list[UnitRow]:
    """The units the Reports screen offers (the default rows: agencies, or top units)."""
    return _row_units(list_units(session), None)


__all__ = [
    "FORMS",
    "REPORT_KINDS",
    "LEVEL_FILTERS",
    "LEVELS",
    "PERSON_ROWS",
    "METHODS",
    "InconsistentReport",
    "FormColumn",
    "FormRow",
    "FormReport",
    "UnitCountsRow",
    "AwardsByUnitReport",
    "ShareRow",
    "ShareReport",
    "YearLevelRow",
    "PreviewTable",
    "ReportRequest",
    "report_period",
    "person_row",
    "type_method",
    "column_0603",
    "group_0602",
    "default_submitter",
    "check_form",
    "duration_row",
    "launch_level",
    "form_0601",
    "form_0602",
    "form_0603",
    "awards_by_unit",
    "award_shares",
    "awards_by_year_level",
    "build_report",
    "preview",
    "export_report",
    "report_units",
]
