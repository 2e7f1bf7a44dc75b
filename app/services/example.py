"""The register of model examples (điển hình tiên tiến) found in a movement, with their four
stages (phát hiện, bồi dưỡng, tổng kết, nhân rộng — app.rules.examples), the list per
movement sent upward as Excel, and the demo examples.

Every function takes a Session (the caller owns the transaction, nothing here commits) and
returns DTOs or ids; it raises NotFound or ValidationFailed (field → Vietnamese reason; the
fields are "subject", "year", "achievement", "note", "found_on" and the stage codes).
Runs on the caller's thread.
"""

from __future__ import annotations

import datetime as _dt
import random
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationFailed
from app.messages import Msg
from app.models import ModelExample, ModelExampleStage, Movement, Person, Unit
from app.rules.examples import (
    ACHIEVEMENT_MAX,
    FIRST_STAGE,
    KINDS,
    NOTE_MAX,
    STAGES,
    check_stages,
    current_stage,
    reached,
    stage_index,
    stage_label,
    year_errors,
)
from app.rules.rows import (  # the plain rows, re-exported for callers
    ExampleListSummary,
    ExampleRow,
    StageRow,
)
from app.rules.vntext import clean_text, fold, name_sort_key, nfc, search_tokens, text_sort_key
from app.services import audit
from app.services.org import UnitRow, list_units, subtree_ids, unit_path
from app.services.settings import get_settings

Progress = Callable[[int, int], None]


class StageCountsSummary(NamedTuple):
    """Counts of a movement's examples: in all, by kind, and per stage (in STAGES order)
    those that reached it (`reached`) and those that stand at it (`current`)."""

    total: int
    persons: int
    collectives: int
    reached: tuple[int, ...]
    current: tuple[int, ...]

    def reached_count(self, stage: str) -> int:
        return self.reached[stage_index(stage)]


# ---------------------------------------------------------------- helpers


def _movement(session: Session, movement_id: int) -> Movement:
    m = session.get(Movement, movement_id)
    if m is None:
        raise NotFound(what="phong trào", key=movement_id)
    return m


def _example(session: Session, example_id: int) -> ModelExample:
    e = session.get(ModelExample, example_id)
    if e is None:
        raise NotFound(what="điển hình tiên tiến", key=example_id)
    return e


def _text(value: str | None) -> str:
    """NFC, trimmed; line breaks kept (an achievement may be several lines)."""
    lines = [clean_text(line) for line in nfc(value or "").splitlines()]
    return "\n".join(line for line in lines if line)


def _text_errors(achievement: str, note: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not achievement:
        errors["achievement"] = Msg("reason.achievement_missing")
    elif len(achievement) > ACHIEVEMENT_MAX:
        errors["achievement"] = Msg("reason.too_long", max_len=ACHIEVEMENT_MAX)
    if len(note) > NOTE_MAX:
        errors["note"] = Msg("reason.too_long", max_len=NOTE_MAX)
    return errors


def _stage_map(session: Session, example_id: int) -> dict[str, ModelExampleStage]:
    return {
        s.stage: s for s in session.scalars(select(ModelExampleStage).where(ModelExampleStage.example_id == example_id))
    }


def _subject_name(session: Session, person_id: int | None, unit_id: int | None) -> str:
    if person_id is not None:
        return session.scalar(select(Person.full_name).where(Person.id == person_id)) or ""
    return session.scalar(select(Unit.name).where(Unit.id == unit_id)) or ""


# ---------------------------------------------------------------- register, edit, delete


def register_example(
    session: Session,
    *,
    movement_id: int,
    person_id: int | None = None,
    unit_id: int | None = None,
    year: int | None = None,
    achievement: str = "",
    note: str = "",
    found_on: _dt.date | None = None,
    found_note: str = "",
) -> int:
    """Register a person or a collective (not both) as a model example of a movement; its
    first stage (phát hiện) is recorded on `found_on` (which may be unknown). `year`
    defaults to the year of `found_on`. One registration per subject per movement.
    Raises NotFound (movement), ValidationFailed."""
    m = _movement(session, movement_id)
    achievement, note, found_note = _text(achievement), _text(note), _text(found_note)
    if year is None and found_on is not None:
        year = found_on.year
    errors: dict[str, str] = {}
    if (person_id is None) == (unit_id is None):
        errors["subject"] = Msg("reason.person_or_unit")
    elif person_id is not None and session.get(Person, person_id) is None:
        errors["subject"] = Msg("reason.person_id_not_found", person_id=person_id)
    elif unit_id is not None and session.get(Unit, unit_id) is None:
        errors["subject"] = Msg("reason.unit_id_not_found", unit_id=unit_id)
    else:
        same = (ModelExample.person_id == person_id) if person_id is not None else (ModelExample.unit_id == unit_id)
        if session.scalar(select(ModelExample.id).where(ModelExample.movement_id == movement_id, same)) is not None:
            who = _subject_name(session, person_id, unit_id)
            prefix = "" if person_id is not None else "Tập thể "
            errors["subject"] = Msg("reason.example_exists", prefix=prefix, who=who, m_name=m.name)
    if reason := year_errors(year, m.start_date, m.end_date):
        errors["year"] = reason
    errors.update(_text_errors(achievement, note))
    if len(found_note) > NOTE_MAX:
        errors["found_note"] = Msg("reason.too_long", max_len=NOTE_MAX)
    if errors:
        raise ValidationFailed(errors)
    e = ModelExample(
        movement_id=movement_id, person_id=person_id, unit_id=unit_id, year=year, achievement=achievement, note=note
    )
    session.add(e)
    session.flush()
    session.add(ModelExampleStage(example_id=e.id, stage=FIRST_STAGE, on_date=found_on, note=found_note))
    session.flush()
    return e.id


def update_example(session: Session, *, example_id: int, year: int | None, achievement: str, note: str = "") -> None:
    """Change an example's year, achievement and note (the subject and movement stay).
    Raises NotFound, ValidationFailed."""
    e = _example(session, example_id)
    achievement, note = _text(achievement), _text(note)
    errors = _text_errors(achievement, note)
    m = session.get(Movement, e.movement_id) if e.movement_id is not None else None
    if reason := year_errors(year, m.start_date if m else None, m.end_date if m else None):
        errors["year"] = reason
    if errors:
        raise ValidationFailed(errors)
    e.year, e.achievement, e.note = year, achievement, note
    session.flush()


def delete_example(session: Session, *, example_id: int) -> None:
    """Remove an example and its stages. Raises NotFound."""
    e = _example(session, example_id)
    for s in _stage_map(session, example_id).values():
        session.delete(s)
    session.flush()
    session.delete(e)
    session.flush()


# ---------------------------------------------------------------- stages


def _check_or_raise(stages: Mapping[str, _dt.date | None]) -> None:
    if errors := check_stages(stages):
        raise ValidationFailed(errors)


def set_stage(session: Session, *, example_id: int, stage: str, on_date: _dt.date | None, note: str = "") -> None:
    """Record (or change) one stage of an example with its date and note. The earlier
    stages must be recorded and dated no later. Raises NotFound, ValidationFailed."""
    _example(session, example_id)
    note = _text(note)
    if len(note) > NOTE_MAX:
        raise ValidationFailed({stage: Msg("reason.note_too_long", note_max=NOTE_MAX)})
    existing = _stage_map(session, example_id)
    wanted = {code: s.on_date for code, s in existing.items()}
    wanted[stage] = on_date
    _check_or_raise(wanted)
    _put_stage(session, existing, example_id, stage, on_date, note)
    session.flush()


def _put_stage(
    session: Session,
    existing: Mapping[str, ModelExampleStage],
    example_id: int,
    stage: str,
    on_date: _dt.date | None,
    note: str,
) -> None:
    """Record a stage: update the stored row of `existing` or add one."""
    row = existing.get(stage)
    if row is None:
        session.add(ModelExampleStage(example_id=example_id, stage=stage, on_date=on_date, note=note))
    else:
        row.on_date, row.note = on_date, note


def clear_stage(session: Session, *, example_id: int, stage: str) -> None:
    """Remove a recorded stage (nothing when it is not recorded). The first stage stays as
    long as the example does; a stage with a later one recorded cannot be removed.
    Raises NotFound, ValidationFailed."""
    _example(session, example_id)
    if stage not in STAGES:
        raise ValidationFailed({stage: Msg("reason.not_a_stage", code=stage)})
    if stage == FIRST_STAGE:
        raise ValidationFailed({stage: Msg("reason.first_stage_fixed", stage=stage_label(stage))})
    existing = _stage_map(session, example_id)
    later = [code for code in STAGES[stage_index(stage) + 1 :] if code in existing]
    if later:
        raise ValidationFailed(
            {stage: Msg("reason.remove_later_stage_first", later=stage_label(later[-1]), stage=stage_label(stage))}
        )
    row = existing.get(stage)
    if row is not None:
        session.delete(row)
        session.flush()


def save_stages(session: Session, *, example_id: int, stages: Mapping[str, tuple[_dt.date | None, str]]) -> None:
    """Replace an example's stages by `stages` (stage → (date, note)) at once, checked as
    a whole: the first stage is required, the others in order with non-decreasing dates.
    Raises NotFound, ValidationFailed (keyed by stage code)."""
    _example(session, example_id)
    errors: dict[str, str] = {}
    if FIRST_STAGE not in stages:
        errors[FIRST_STAGE] = Msg("reason.first_stage_required", first_stage=stage_label(FIRST_STAGE))
    errors.update(check_stages({code: day for code, (day, _note) in stages.items()}))
    cleaned = {code: (day, _text(note)) for code, (day, note) in stages.items()}
    for code, (_day, note) in cleaned.items():
        if len(note) > NOTE_MAX and code not in errors:
            errors[code] = Msg("reason.note_too_long", note_max=NOTE_MAX)
    if errors:
        raise ValidationFailed(errors)
    existing = _stage_map(session, example_id)
    for code, row in existing.items():
        if code not in cleaned:
            session.delete(row)
    for code, (day, note) in cleaned.items():
        _put_stage(session, existing, example_id, code, day, note)
    session.flush()


# ---------------------------------------------------------------- listing


class _UnitInfo(NamedTuple):
    name: str
    path: str  # smallest first, without the bloc
    order: tuple  # position in the tree, for sorting


def _unit_infos(units: list[UnitRow]) -> Callable[[int | None], _UnitInfo]:
    cache: dict[int, _UnitInfo] = {}

    def info(unit_id: int | None) -> _UnitInfo:
        if unit_id is None:
            return _UnitInfo("", "", ())
        if unit_id not in cache:
            path = unit_path(units, unit_id)
            shown = [u for u in path if u.kind != "KHOI"]
            cache[unit_id] = _UnitInfo(
                path[-1].name if path else "",
                ", ".join(u.name for u in reversed(shown)),
                tuple((u.sort_order, u.id) for u in path),
            )
        return cache[unit_id]

    return info


def _rows(
    session: Session,
    *,
    movement_id: int | None = None,
    example_id: int | None = None,
    kind: str | None = None,
    unit_id: int | None = None,
) -> list[ExampleRow]:
    units = list_units(session)
    by_id = {u.id: u for u in units}
    info = _unit_infos(units)
    stmt = (
        select(
            ModelExample.id,
            ModelExample.movement_id,
            Movement.name,
            ModelExample.person_id,
            ModelExample.unit_id,
            ModelExample.year,
            ModelExample.achievement,
            ModelExample.note,
            Person.code,
            Person.full_name,
            Person.gender,
            Person.position,
            Person.unit_id,
            Person.sort_key,
        )
        .outerjoin(Movement, Movement.id == ModelExample.movement_id)
        .outerjoin(Person, Person.id == ModelExample.person_id)
    )
    stage_stmt = select(
        ModelExampleStage.example_id, ModelExampleStage.stage, ModelExampleStage.on_date, ModelExampleStage.note
    ).join(ModelExample, ModelExample.id == ModelExampleStage.example_id)
    filters = []
    if movement_id is not None:
        filters.append(ModelExample.movement_id == movement_id)
    if example_id is not None:
        filters.append(ModelExample.id == example_id)
    if kind == "CA_NHAN":
        filters.append(ModelExample.person_id.is_not(None))
    elif kind == "TAP_THE":
        filters.append(ModelExample.unit_id.is_not(None))
    if unit_id is not None:
        tree = sorted(subtree_ids(units, unit_id))
        stmt = stmt.where(or_(Person.unit_id.in_(tree), ModelExample.unit_id.in_(tree)))
    if filters:
        stmt = stmt.where(*filters)
        stage_stmt = stage_stmt.where(*filters)
    stages: dict[int, dict[str, tuple[_dt.date | None, str]]] = {}
    for eid, code, day, note in session.execute(stage_stmt):
        stages.setdefault(eid, {})[code] = (day, note or "")
    keyed = []
    for (
        eid,
        mid,
        mname,
        pid,
        uid,
        year,
        achievement,
        note,
        code,
        full_name,
        gender,
        position,
        p_unit,
        sort_key,
    ) in session.execute(stmt):
        if pid is not None:
            home = info(p_unit)
            kind_code, name, unit_name, path = "CA_NHAN", full_name or "", home.name, home.path
            order = (0, home.order[:2], sort_key or name_sort_key(name))
        else:
            unit = by_id.get(uid) if uid is not None else None
            parent = info(unit.parent_id if unit else None)
            kind_code, name, unit_name, path = "TAP_THE", unit.name if unit else "", parent.name, parent.path
            code, gender, position = unit.code if unit else "", "", ""
            order = (1, info(uid).order, text_sort_key(name))
        recorded = stages.get(eid, {})
        stage_rows = tuple(StageRow(s, s in recorded, *(recorded.get(s) or (None, ""))) for s in STAGES)
        row = ExampleRow(
            eid,
            mid,
            mname or "",
            kind_code,
            pid,
            uid,
            code or "",
            name,
            gender or "",
            position or "",
            unit_name,
            path,
            year,
            achievement or "",
            note or "",
            stage_rows,
            current_stage(recorded),
        )
        keyed.append(((*order, eid), row))
    keyed.sort(key=lambda item: item[0])
    return [row for _k, row in keyed]


def get_example(session: Session, example_id: int) -> ExampleRow:
    """Raises NotFound."""
    rows = _rows(session, example_id=example_id)
    if not rows:
        raise NotFound(what="điển hình tiên tiến", key=example_id)
    return rows[0]


def list_examples(
    session: Session,
    *,
    movement_id: int | None = None,
    stage: str | None = None,
    kind: str | None = None,
    unit_id: int | None = None,
    query: str = "",
) -> list[ExampleRow]:
    """A movement's examples (every movement's with None): persons first, by agency then
    name (Vietnamese order), then collectives in the order of the unit tree.

    Filters: `stage` (examples that reached it), `kind` (CA_NHAN/TAP_THE), `unit_id`
    (people of its subtree and the units in it), `query` (every word in the name, code,
    unit or achievement, ignoring tone marks and case)."""
    if stage is not None and stage not in STAGES:
        raise ValidationFailed({"stage": Msg("reason.not_a_stage", code=stage)})
    if kind is not None and kind not in KINDS:
        raise ValidationFailed({"kind": Msg("reason.person_or_collective")})
    rows = _rows(session, movement_id=movement_id, kind=kind, unit_id=unit_id)
    if stage is not None:
        rows = [r for r in rows if reached((s.stage for s in r.stages if s.done), stage)]
    tokens = search_tokens(query)
    if tokens:
        rows = [
            r
            for r in rows
            if all(t in fold(f"{r.subject_name} {r.code} {r.unit_path} {r.achievement}") for t in tokens)
        ]
    return rows


def stage_counts(session: Session, *, movement_id: int) -> StageCountsSummary:
    """How many of a movement's examples there are, by kind and stage."""
    kinds = dict(
        session.execute(
            select(ModelExample.person_id.is_not(None), func.count())
            .where(ModelExample.movement_id == movement_id)
            .group_by(ModelExample.person_id.is_not(None))
        ).all()
    )
    recorded: dict[int, set[str]] = {}
    for eid, code in session.execute(
        select(ModelExampleStage.example_id, ModelExampleStage.stage)
        .join(ModelExample, ModelExample.id == ModelExampleStage.example_id)
        .where(ModelExample.movement_id == movement_id)
    ):
        recorded.setdefault(eid, set()).add(code)
    current = [0] * len(STAGES)
    for codes in recorded.values():
        last = current_stage(codes)
        if last:
            current[stage_index(last)] += 1
    reached_counts = [sum(current[k:]) for k in range(len(STAGES))]
    persons, collectives = kinds.get(True, 0), kinds.get(False, 0)
    return StageCountsSummary(persons + collectives, persons, collectives, tuple(reached_counts), tuple(current))


def example_counts(session: Session) -> dict[int, int]:
    """movement id → number of its examples (movements without any are left out)."""
    return {
        mid: n
        for mid, n in session.execute(
            select(ModelExample.movement_id, func.count())
            .where(ModelExample.movement_id.is_not(None))
            .group_by(ModelExample.movement_id)
        )
        if mid is not None
    }


# ---------------------------------------------------------------- the Excel list


def examples_report(session: Session, *, movement_id: int, on_date: _dt.date | None = None) -> ExampleListSummary:
    """What the Excel list of a movement's examples prints (rows in list order).
    Raises NotFound."""
    m = _movement(session, movement_id)
    s = get_settings(session)
    rows = tuple(_rows(session, movement_id=movement_id))
    return ExampleListSummary(
        m.name,
        m.start_date,
        m.end_date,
        s.agency_name,
        s.issuing_body,
        s.header_style,
        s.place_name,
        s.signer_title,
        s.signer_name,
        on_date or _dt.date.today(),
        rows,
    )


def export_examples(
    session: Session,
    *,
    movement_id: int,
    out: str | Path,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    on_date: _dt.date | None = None,
) -> tuple[Path, int]:
    """Write "Danh sách điển hình tiên tiến" of a movement to `out`; returns (path, rows).
    Raises NotFound, FileLocked, Cancelled. Safe on a worker thread with its own Session."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.examples_xlsx import write_examples_list

    report = examples_report(session, movement_id=movement_id, on_date=on_date)
    path = write_examples_list(report, out, progress=progress, is_cancelled=is_cancelled)
    audit.log_event(
        session,
        "EXPORT",
        table="movement",
        row_id=movement_id,
        detail={"kind": "examples", "out": str(path), "rows": len(report.rows)},
    )
    return path, len(report.rows)


# ---------------------------------------------------------------- demo data

_PERSON_ACHIEVEMENTS = (
    "Tham mưu xây dựng, hoàn thiện quy chế làm việc của đơn vị, được lãnh đạo cơ quan đánh giá cao.",
    "Chủ trì soạn thảo nhiều văn bản quan trọng bảo đảm chất lượng, đúng tiến độ; không để xảy ra sai sót.",
    "Có sáng kiến cải tiến quy trình tiếp nhận, xử lý văn bản, rút ngắn thời gian xử lý hồ sơ.",
    "Đi đầu trong chuyển đổi số, số hóa hồ sơ, tài liệu lưu trữ của đơn vị.",
    "Tham gia biên soạn tài liệu bồi dưỡng nghiệp vụ công tác tổ chức xây dựng Đảng.",
    "Tham mưu tổ chức thành công hội nghị sơ kết, tổng kết của cơ quan; phục vụ chu đáo, an toàn.",
    "Nhiều năm liền hoàn thành xuất sắc nhiệm vụ; tận tụy, gương mẫu, được đồng nghiệp tin yêu.",
    "Bảo đảm hậu cần, phục vụ các sự kiện lớn của cơ quan kịp thời, tiết kiệm, hiệu quả.",
    "Đề tài nghiên cứu khoa học cấp bộ được nghiệm thu loại xuất sắc và ứng dụng trong thực tiễn.",
    "Tích cực tham gia thẩm định, góp ý dự thảo văn bản; ý kiến tham mưu được tiếp thu.",
    "Lái xe an toàn nhiều năm liền, phục vụ tận tình các chuyến công tác của lãnh đạo.",
    "Xây dựng phần mềm quản lý hồ sơ cán bộ, được áp dụng rộng rãi trong cơ quan.",
    "Hướng dẫn, kèm cặp cán bộ trẻ; chia sẻ kinh nghiệm tham mưu tại các buổi sinh hoạt chuyên đề.",
    "Hoàn thành khối lượng công việc lớn với chất lượng cao trong thời gian phòng, chống dịch COVID-19.",
    "Có bài viết được đăng trên Tạp chí Cộng sản, góp phần tuyên truyền phong trào thi đua.",
)
_UNIT_ACHIEVEMENTS = (
    "Tập thể đoàn kết, nhiều năm liền hoàn thành xuất sắc nhiệm vụ; tham mưu kịp thời, chất lượng.",
    "Đổi mới lề lối làm việc, ứng dụng công nghệ thông tin trong toàn bộ quy trình xử lý công việc.",
    "Tổ chức tốt công tác phục vụ các hội nghị lớn của Trung ương, bảo đảm an toàn, tiết kiệm.",
    "Dẫn đầu phong trào thi đua của cơ quan; có nhiều sáng kiến được công nhận và nhân rộng.",
    'Xây dựng và vận hành hiệu quả mô hình "Văn phòng điện tử" của đơn vị.',
    "Hoàn thành vượt tiến độ các đề án được giao; chất lượng tham mưu được cấp trên ghi nhận.",
    "Thực hiện tốt cải cách hành chính, không có đơn thư khiếu nại, tố cáo.",
    "Chăm lo đời sống vật chất, tinh thần của cán bộ; tổ chức tốt các phong trào văn hóa, thể thao.",
)
_STAGE_NOTES = {
    "PHAT_HIEN": (
        "Qua sơ kết 6 tháng của đơn vị",
        "Do tổ chức công đoàn giới thiệu",
        "Qua bình xét thi đua cuối năm",
        "Phát hiện qua kiểm tra phong trào",
        "",
    ),
    "BOI_DUONG": (
        "Cử tham gia lớp bồi dưỡng nghiệp vụ",
        "Giao chủ trì chuyên đề của đơn vị",
        "Lãnh đạo đơn vị trực tiếp theo dõi, giúp đỡ",
        "",
    ),
    "TONG_KET": (
        "Biểu dương tại hội nghị sơ kết phong trào",
        "Báo cáo điển hình tại hội nghị tổng kết năm",
        "Được tặng Giấy khen",
        "",
    ),
    "NHAN_RONG": (
        "Giới thiệu trên Bản tin thi đua của Khối",
        "Tổ chức giao lưu, chia sẻ kinh nghiệm",
        "Đưa tin trên Cổng thông tin điện tử của cơ quan",
        "",
    ),
}
# Chance that an example recorded at a stage goes on to the next one (bồi dưỡng, tổng kết, nhân rộng).
_PROGRESS_CHANCE = (0.88, 0.78, 0.62)
COLLECTIVE_SHARE = 0.2


def _random_day(rng: random.Random, first: _dt.date, last: _dt.date) -> _dt.date:
    return first + _dt.timedelta(days=rng.randint(0, max(0, (last - first).days)))


def seed_examples(session: Session, *, movement_id: int, rng: random.Random, count: int = 150) -> int:
    """Register `count` demo model examples (a fifth of them collectives) in a movement:
    people and units of the database not yet registered in it, realistic achievements, and
    stages with increasing dates within the movement's years. Deterministic for a given
    `rng` state and database. Returns how many were registered (fewer when the database
    has too few people or units). Raises NotFound."""
    m = _movement(session, movement_id)
    today = _dt.date.today()
    first_day = m.start_date or _dt.date(today.year - 4, 1, 1)
    last_day = m.end_date or _dt.date(max(first_day.year, today.year - 1), 12, 31)
    years = list(range(first_day.year, last_day.year + 1))
    taken_people = set(
        session.scalars(
            select(ModelExample.person_id).where(
                ModelExample.movement_id == movement_id, ModelExample.person_id.is_not(None)
            )
        )
    )
    taken_units = set(
        session.scalars(
            select(ModelExample.unit_id).where(
                ModelExample.movement_id == movement_id, ModelExample.unit_id.is_not(None)
            )
        )
    )
    people = [
        p
        for p in session.execute(
            select(Person.id, Person.active_from, Person.active_to)
            .where(or_(Person.active_to.is_(None), Person.active_to > first_day))
            .order_by(Person.id)
        )
        if p.id not in taken_people
    ]
    units = [
        u
        for u in list_units(session)
        if u.is_active and u.kind in ("DON_VI", "TO", "CO_QUAN") and u.id not in taken_units
    ]
    units.sort(key=lambda u: ({"DON_VI": 0, "TO": 1, "CO_QUAN": 2}[u.kind], u.id))
    n_units = min(len(units), round(count * COLLECTIVE_SHARE))
    n_people = min(len(people), count - n_units)
    # Departments mostly, a few teams and agencies, as offices pick them.
    unit_pool = units[: max(n_units, round(len(units) * 0.7))]
    chosen_units = rng.sample(unit_pool, n_units) if n_units else []
    chosen_people = rng.sample(people, n_people) if n_people else []
    subjects: list[tuple[int | None, int | None, list[int]]] = []
    for p in chosen_people:
        active = [
            y
            for y in years
            if (p.active_from is None or p.active_from.year <= y) and (p.active_to is None or p.active_to.year > y)
        ]
        subjects.append((p.id, None, active or years))
    for u in chosen_units:
        subjects.append((None, u.id, years))
    rng.shuffle(subjects)
    added = 0
    for person_id, unit_id, allowed in subjects:
        year = rng.choice(allowed)
        pool = _PERSON_ACHIEVEMENTS if person_id is not None else _UNIT_ACHIEVEMENTS
        e = ModelExample(
            movement_id=movement_id,
            person_id=person_id,
            unit_id=unit_id,
            year=year,
            achievement=rng.choice(pool),
            note="",
        )
        session.add(e)
        session.flush()
        day = _random_day(rng, max(first_day, _dt.date(year, 1, 15)), min(last_day, _dt.date(year, 10, 31)))
        session.add(
            ModelExampleStage(example_id=e.id, stage=STAGES[0], on_date=day, note=rng.choice(_STAGE_NOTES[STAGES[0]]))
        )
        for k, code in enumerate(STAGES[1:]):
            if rng.random() > _PROGRESS_CHANCE[k]:
                break
            day = day + _dt.timedelta(days=rng.randint(45, 240))
            if day > last_day:
                break
            session.add(
                ModelExampleStage(example_id=e.id, stage=code, on_date=day, note=rng.choice(_STAGE_NOTES[code]))
            )
        added += 1
    session.flush()
    return added


__all__ = [
    "StageRow",
    "ExampleRow",
    "StageCountsSummary",
    "ExampleListSummary",
    "register_example",
    "update_example",
    "delete_example",
    "set_stage",
    "clear_stage",
    "save_stages",
    "get_example",
    "list_examples",
    "stage_counts",
    "example_counts",
    "examples_report",
    "export_examples",
    "seed_examples",
]
