"""Demo data: the bloc of central Party agencies (DOMAIN.md §11) with staff and history.

`generate_demo` fills an empty database with the 14 agencies of the bloc, their departments
and teams, ~5,500 staff with realistic Vietnamese names, five complete years of history
(ratings, discipline, sáng kiến, titles and forms that obey the rules of DOMAIN.md §3–5)
and the bloc's council. Everything comes from `random.Random` instances seeded from `seed`,
so the same seed and `today` give identical rows (`updated_at` is midnight of `today`,
not the clock, for that reason).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import random
from collections.abc import Callable, Sequence
from decimal import Decimal
from itertools import accumulate
from typing import Any, cast

from sqlalchemy import Table, and_, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from app.db import Base
from app.errors import BadInput, Cancelled
from app.models import (
    Award,
    Ballot,
    BallotEvent,
    Bloc,
    Council,
    CouncilMember,
    Decision,
    DecisionItem,
    Discipline,
    Initiative,
    Meeting,
    ModelExample,
    Movement,
    MovementCriterion,
    Nomination,
    NominationEvent,
    Person,
    PrintLog,
    Rating,
    Registration,
    ReviewRound,
    Score,
    ScoringItem,
    ScoringTable,
    Setting,
    Unit,
)
from app.rules.scoring import BONUS, PENALTY, Criterion
from app.rules.vntext import fold
from app.services import ballot as ballot_service
from app.services import bloc as bloc_service
from app.services import council as council_service
from app.services import decision as decision_service
from app.services import demo_names as N
from app.services import movement as movement_service
from app.services import nomination as nomination_service
from app.services import pledge as pledge_service
from app.services import printing
from app.services import settings as settings_service
from app.services.catalogue import NoRuleSet, rule_set_in_force
from app.services.example import seed_examples
from app.services.nomination import compute_verdicts
from app.services.org import person_keys

DEFAULT_PEOPLE = 5500
MAX_PEOPLE = 1_000_000
HISTORY_YEARS = 5
CHUNK = 2000
DEMO_USER = "demo"  # `updated_by` of every generated row

# Yearly ratings: stationary shares (DOMAIN.md §5 scale) and the weight of last year's
# rating ("good people stay good"): next = last with probability PERSISTENCE, otherwise a
# fresh draw from the shares.
RATING_CODES = ("HTXSNV", "HTTNV", "HTNV", "KHTNV")
RATING_SHARES_STAFF = (15.0, 70.0, 12.0, 3.0)
RATING_SHARES_LEADER = (30.0, 66.0, 4.0, 0.0)
PERSISTENCE = 0.55
_XS, _TOT, _HT, _KHT = range(4)

DISCIPLINE_RATE = 0.005
# Months a measure stays in force (Luật CBCC/VC as amended 2019: khiển trách 6, cảnh cáo 12).
DISCIPLINE_MONTHS = {"KHIEN_TRACH": 6, "CANH_CAO": 12}

# Decision codes issued every year by each agency, in numbering order.
_DECISION_CODES = ("LDTT", "TTLDTT", "TTLDXS", "CSTDCS", "CSTDBO", "BK_BO")

Progress = Callable[[int, int], None]

# Tóm tắt thành tích of the demo nominations.
_ACHIEVEMENTS = (
    "Hoàn thành xuất sắc nhiệm vụ được giao; tham mưu kịp thời, chất lượng các văn bản của cơ quan.",
    'Hoàn thành tốt nhiệm vụ; tích cực tham gia phong trào thi đua "Tham mưu giỏi, phục vụ tốt".',
    "Chủ trì xây dựng đề án, được lãnh đạo đánh giá cao; có sáng kiến được công nhận và áp dụng.",
    "Thực hiện tốt chức trách, nhiệm vụ; gương mẫu chấp hành nội quy, quy chế cơ quan.",
    "Đi đầu trong chuyển đổi số, số hóa hồ sơ, tài liệu của đơn vị.",
)


@dataclasses.dataclass(frozen=True)
class DemoSummary:
    """What `generate_demo` wrote."""

    agencies: int
    units: int
    people: int
    ratings: int
    awards: int
    initiatives: int
    disciplines: int
    councils: int
    council_members: int
    first_year: int
    last_year: int
    movements: int = 0
    rounds: int = 0
    registrations: int = 0
    nominations: int = 0
    blocs: int = 0
    scores: int = 0
    examples: int = 0
    closed_round_awards: int = 0  # awards of last year's closed round (its decision, issued)

    def __str__(self) -> str:
        return (
            f"{_n(self.agencies)} cơ quan, {_n(self.units)} đơn vị, {_n(self.people)} cán bộ; "
            f"lịch sử {self.first_year}–{self.last_year}: {_n(self.ratings)} lượt xếp loại, "
            f"{_n(self.awards)} danh hiệu và hình thức khen thưởng, {_n(self.initiatives)} sáng kiến, "
            f"{_n(self.disciplines)} kỷ luật; {_n(self.councils)} hội đồng với "
            f"{_n(self.council_members)} thành viên; {_n(self.movements)} phong trào, "
            f"{_n(self.rounds)} đợt xét đang mở với {_n(self.nominations)} đề nghị khen thưởng, "
            f"{_n(self.registrations)} đăng ký thi đua."
            + (
                f" {_n(self.blocs)} khối thi đua với bảng tiêu chí và {_n(self.scores)} điểm chấm."
                if self.blocs
                else ""
            )
            + (f" {_n(self.examples)} điển hình tiên tiến." if self.examples else "")
            + (
                f" Đợt xét năm {self.last_year - 1} đã đóng: phiên họp, phiếu bầu đã niêm phong, quyết định khen "
                f"thưởng {_n(self.closed_round_awards)} người đã ban hành và in giấy khen."
                if self.closed_round_awards
                else ""
            )
        )


def _n(value: int) -> str:
    """Vietnamese thousands separator: 5.500."""
    return f"{value:,}".replace(",", ".")


# ---------------------------------------------------------------- helpers


class _Picker:
    """Weighted choice from a fixed list (cumulative weights computed once)."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs: Sequence[tuple]) -> None:
        self.items = [p[:-1] if len(p) > 2 else p[0] for p in pairs]
        self.cum = list(accumulate(float(p[-1]) for p in pairs))
        self.total = self.cum[-1]

    def __call__(self, rng: random.Random) -> Any:
        return rng.choices(self.items, cum_weights=self.cum, k=1)[0]


def _apportion(total: int, weights: Sequence[float], minimum: int = 0) -> list[int]:
    """Split `total` in proportion to `weights` (largest remainder, ties by position)."""
    n = len(weights)
    if n == 0:
        return []
    floor = minimum if total >= minimum * n else 0
    rest = total - floor * n
    wsum = sum(weights) or 1.0
    quotas = [rest * w / wsum for w in weights]
    counts = [int(q) for q in quotas]
    left = rest - sum(counts)
    order = sorted(range(n), key=lambda i: (-(quotas[i] - counts[i]), i))
    for i in order[:left]:
        counts[i] += 1
    return [c + floor for c in counts]


def _abbrev(name: str) -> str:
    """ASCII initials of a unit name: 'Vụ Địa phương II' → 'VDPII', 'Cục Quản trị T.78' → 'CQTT78'."""
    out = []
    for word in fold(name).replace("-", " ").replace(",", " ").split():
        word = "".join(ch for ch in word if ch.isalnum())
        if not word:
            continue
        if word.isdigit() or word.upper() in ("I", "II", "III", "IV", "V") or word[0] == "t" and word[1:].isdigit():
            out.append(word.upper())
        else:
            out.append(word[0].upper())
    return "".join(out) or "DV"


def _add_months(day: _dt.date, months: int) -> _dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return _dt.date(year, month, min(day.day, 28))


@dataclasses.dataclass
class _UnitPlan:
    idx: int
    code: str
    name: str
    kind: str
    parent: int | None
    sort_order: int
    agency: int  # index into N.AGENCIES (-1 for the bloc)
    dept: int | None  # the DON_VI this unit belongs to (itself for a DON_VI)
    work: str
    head: str = ""
    deputy: str = ""
    deputies: int = 1
    weight: float = 1.0
    teams: list[int] = dataclasses.field(default_factory=list)
    id: int = 0


@dataclasses.dataclass
class _Slot:
    unit: int
    role: str  # AG_HEAD AG_DEP DEPT_HEAD DEPT_DEP TEAM_HEAD TEAM_DEP STAFF


_ROLE_LEVEL = {
    "AG_HEAD": "BO_TINH",
    "AG_DEP": "BO_TINH",
    "DEPT_HEAD": "VU_SO",
    "DEPT_DEP": "VU_SO",
    "TEAM_HEAD": "PHONG",
    "TEAM_DEP": "PHONG",
    "STAFF": "NONE",
}
_ROLE_MALE = {
    "AG_HEAD": 0.85,
    "AG_DEP": 0.75,
    "DEPT_HEAD": 0.68,
    "DEPT_DEP": 0.6,
    "TEAM_HEAD": 0.55,
    "TEAM_DEP": 0.5,
    "STAFF": 0.48,
}
_ROLE_BIRTH = {
    "AG_HEAD": (1965, 1972),
    "AG_DEP": (1965, 1976),
    "DEPT_HEAD": (1965, 1979),
    "DEPT_DEP": (1967, 1983),
    "TEAM_HEAD": (1970, 1987),
    "TEAM_DEP": (1972, 1990),
    "STAFF": (1965, 2000),
}


# ---------------------------------------------------------------- the generator


def generate_demo(
    session: Session,
    *,
    people: int | None = None,
    seed: int = 1,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    today: _dt.date | None = None,
    years: int = HISTORY_YEARS,
) -> DemoSummary:
    """Fill an empty database with the demo bloc; returns the counts written.

    Raises BadInput when the database already has units or people or `people` is out of
    range, Cancelled when `is_cancelled()` turns true (the caller rolls back). Runs on the
    caller's thread; the caller owns the transaction.
    """
    people = DEFAULT_PEOPLE if people is None else people
    if not 1 <= people <= MAX_PEOPLE:
        raise BadInput("demo.people_range", max_people=_n(MAX_PEOPLE))
    units_now = session.scalar(select(func.count()).select_from(Unit)) or 0
    people_now = session.scalar(select(func.count()).select_from(Person)) or 0
    if units_now or people_now:
        raise BadInput("demo.not_empty", units_now=_n(units_now), people_now=_n(people_now))
    gen = _Generator(
        session,
        people=people,
        seed=seed,
        progress=progress,
        is_cancelled=is_cancelled,
        today=today or _dt.date.today(),
        years=years,
    )
    summary = gen.run()
    # Fresh statistics so the query planner picks the right indexes on the new data.
    session.execute(text("ANALYZE"))
    return summary


class _Generator:
    def __init__(
        self,
        session: Session,
        *,
        people: int,
        seed: int,
        progress: Progress | None,
        is_cancelled: Callable[[], bool] | None,
        today: _dt.date,
        years: int = HISTORY_YEARS,
    ) -> None:
        self.s = session
        self.seed = seed
        self.people = people
        self.progress = progress
        self.is_cancelled = is_cancelled
        self.today = today
        self.last_year = today.year - 1
        self.first_year = self.last_year - years + 1
        self.years = list(range(self.first_year, self.last_year + 1))
        self.stamp = _dt.datetime.combine(today, _dt.time())
        # Separate streams, so that changing one part does not reshuffle the others.
        self.rng_people = random.Random(f"{seed}:people")
        self.rng_history = random.Random(f"{seed}:history")
        self.rng_decisions = random.Random(f"{seed}:decisions")
        self.rng_round = random.Random(f"{seed}:round")
        self.units: list[_UnitPlan] = []
        self.counts = dict(ratings=0, awards=0, initiatives=0, disciplines=0)
        self.total = people + 20

        self.pick_family = _Picker(N.FAMILY_NAMES)
        self.pick_middle = {"F": _Picker(N.MIDDLE_FEMALE), "M": _Picker(N.MIDDLE_MALE)}
        self.pick_given = {"F": _Picker(N.GIVEN_FEMALE), "M": _Picker(N.GIVEN_MALE)}
        self.middle2 = {"F": N.MIDDLE2_FEMALE, "M": N.MIDDLE2_MALE}
        self.pick_ethnicity = _Picker(N.ETHNICITIES)
        self.pick_position = {k: _Picker(v) for k, v in sorted(N.STAFF_POSITIONS.items())}
        self.rating_cum = {
            False: list(accumulate(RATING_SHARES_STAFF)),
            True: list(accumulate(RATING_SHARES_LEADER)),
        }
        # (dept, year) → [members rated, LĐTT, KHTNV, CSTĐCS, cảnh cáo or worse]
        self.dept_stats: dict[tuple[int, int], list[int]] = {}
        # agency → leaders as (person id, full name, role, unit idx), in creation order
        self.leaders: list[list[tuple[int, str, str, int]]] = [[] for _ in N.AGENCIES]
        self.agency_seq = [0] * len(N.AGENCIES)  # last staff number used in each agency
        self.decisions = self._plan_decisions()

    # ------------------------------------------------------------ driver

    def run(self) -> DemoSummary:
        self._tick(0)
        self._build_units()
        self._insert_units()
        self._tick(10)
        slots = self._plan_slots()
        for start in range(0, len(slots), CHUNK):
            self._check_cancel()
            self._people_chunk(slots[start : start + CHUNK])
            self._tick(10 + min(start + CHUNK, len(slots)))
        self._check_cancel()
        self._collective_awards()
        members = self._council()
        self._check_cancel()
        movements = self._movements()
        examples = self._examples()
        self._settings()
        closed = self._closed_round()
        nominations, registrations = self._open_round()
        scores = self._bloc_scoring()
        self._tick(self.total)
        return DemoSummary(
            agencies=len(N.AGENCIES),
            units=len(self.units),
            people=len(slots),
            ratings=self.counts["ratings"],
            awards=self.counts["awards"],
            initiatives=self.counts["initiatives"],
            disciplines=self.counts["disciplines"],
            councils=1,
            council_members=members,
            first_year=self.first_year,
            last_year=self.last_year,
            movements=movements,
            rounds=1,
            registrations=registrations,
            nominations=nominations,
            blocs=1,
            scores=scores,
            examples=examples,
            closed_round_awards=closed,
        )

    def _tick(self, done: int) -> None:
        if self.progress is not None:
            self.progress(min(done, self.total), self.total)

    def _check_cancel(self) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise Cancelled()

    # ------------------------------------------------------------ units

    def _build_units(self) -> None:
        def add(**kw: Any) -> _UnitPlan:
            unit = _UnitPlan(idx=len(self.units), **kw)
            self.units.append(unit)
            return unit

        add(
            code=N.BLOC_CODE,
            name=N.BLOC_NAME,
            kind="KHOI",
            parent=None,
            sort_order=1,
            agency=-1,
            dept=None,
            work="admin",
        )
        for a_idx, spec in enumerate(N.AGENCIES):
            agency = add(
                code=spec.code,
                name=spec.name,
                kind="CO_QUAN",
                parent=0,
                sort_order=a_idx + 1,
                agency=a_idx,
                dept=None,
                work=spec.work,
                head=spec.head,
                deputy=spec.deputy,
                deputies=spec.deputies,
                weight=spec.weight,
            )
            used: list[str] = []
            for d_idx, dspec in enumerate(spec.departments):
                code = f"{spec.code}-{_abbrev(dspec.name)}"
                while code in used:
                    code += "X"
                used.append(code)
                head, deputy = N.head_titles(dspec.name)
                dept = add(
                    code=code,
                    name=dspec.name,
                    kind="DON_VI",
                    parent=agency.idx,
                    sort_order=d_idx + 1,
                    agency=a_idx,
                    dept=None,
                    work=dspec.work or spec.work,
                    head=head,
                    deputy=deputy,
                    deputies=2 if dspec.weight >= 1.5 else 1,
                    weight=dspec.weight,
                )
                dept.dept = dept.idx
                team_codes: list[str] = []
                for t_idx, team_name in enumerate(dspec.teams):
                    tcode = f"{code}-{_abbrev(team_name)}"
                    while tcode in team_codes:
                        tcode += "X"
                    team_codes.append(tcode)
                    t_head, t_deputy = N.head_titles(team_name)
                    work = dept.work
                    if team_name == "Văn phòng" or team_name.startswith("Phòng Hành chính"):
                        work = "admin" if work != "service" else work
                    team = add(
                        code=tcode,
                        name=team_name,
                        kind="TO",
                        parent=dept.idx,
                        sort_order=t_idx + 1,
                        agency=a_idx,
                        dept=dept.idx,
                        work=work,
                        head=t_head,
                        deputy=t_deputy,
                        deputies=1,
                        weight=1.0,
                    )
                    dept.teams.append(team.idx)

    def _insert_units(self) -> None:
        by_level: list[list[_UnitPlan]] = [[], [], [], []]
        for u in self.units:
            by_level[("KHOI", "CO_QUAN", "DON_VI", "TO").index(u.kind)].append(u)
        for level in by_level:
            rows = [
                dict(
                    code=u.code,
                    name=u.name,
                    kind=u.kind,
                    parent_id=self.units[u.parent].id if u.parent is not None else None,
                    sort_order=u.sort_order,
                    is_active=True,
                    version=1,
                    updated_at=self.stamp,
                    updated_by=DEMO_USER,
                )
                for u in level
            ]
            ids = self._insert_returning(Unit, rows)
            for u, uid in zip(level, ids):
                u.id = uid

    def _stamped(self, model: type[Base], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Rows with `updated_at`/`updated_by` of the demo where the table has them (the
        columns' own defaults would put the clock in, and the same seed must give the same rows)."""
        cols = model.__table__.c
        if "updated_at" not in cols or not rows or "updated_at" in rows[0]:
            return rows
        return [{**r, "updated_at": self.stamp, "updated_by": DEMO_USER} for r in rows]

    def _insert_returning(self, model: type[Base], rows: list[dict[str, Any]]) -> list[int]:
        if not rows:
            return []
        rows = self._stamped(model, rows)
        result = self.s.execute(insert(model).returning(model.__table__.c.id, sort_by_parameter_order=True), rows)
        return [r[0] for r in result]

    def _insert(self, model: type[Base], rows: list[dict[str, Any]]) -> None:
        # Core executemany on the table: no ORM bookkeeping, every column given.
        if rows:
            self.s.execute(insert(cast(Table, model.__table__)), self._stamped(model, rows))

    # ------------------------------------------------------------ staff plan

    def _plan_slots(self) -> list[_Slot]:
        """Who sits where: leaders first in each agency (so that small demos still have
        heads), then ordinary staff spread over the units by weight."""
        agencies = [u for u in self.units if u.kind == "CO_QUAN"]
        sizes = _apportion(self.people, [u.weight for u in agencies], minimum=1)
        slots: list[_Slot] = []
        for agency, size in zip(agencies, sizes):
            depts = [u for u in self.units if u.kind == "DON_VI" and u.parent == agency.idx]
            leaders = [_Slot(agency.idx, "AG_HEAD")]
            leaders += [_Slot(d.idx, "DEPT_HEAD") for d in depts]
            leaders += [_Slot(agency.idx, "AG_DEP") for _ in range(agency.deputies)]
            leaders += [_Slot(d.idx, "DEPT_DEP") for d in depts for _ in range(d.deputies)]
            leaders += [_Slot(t, "TEAM_HEAD") for d in depts for t in d.teams]
            leaders += [_Slot(t, "TEAM_DEP") for d in depts for t in d.teams]
            leaders = leaders[:size]
            staff_units: list[int] = [agency.idx]
            weights: list[float] = [0.15]
            for d in depts:
                if d.teams:
                    staff_units.append(d.idx)
                    weights.append(d.weight * 0.3)
                    for t in d.teams:
                        staff_units.append(t)
                        weights.append(d.weight * 0.7 / len(d.teams))
                else:
                    staff_units.append(d.idx)
                    weights.append(d.weight)
            staff_counts = _apportion(size - len(leaders), weights)
            # Within an agency, list people unit by unit (leaders of a unit first).
            order = {u: i for i, u in enumerate([agency.idx] + [x for d in depts for x in [d.idx] + d.teams])}
            agency_slots = leaders + [_Slot(u, "STAFF") for u, c in zip(staff_units, staff_counts) for _ in range(c)]
            role_rank = {
                "AG_HEAD": 0,
                "AG_DEP": 1,
                "DEPT_HEAD": 0,
                "DEPT_DEP": 1,
                "TEAM_HEAD": 0,
                "TEAM_DEP": 1,
                "STAFF": 2,
            }
            agency_slots.sort(key=lambda s: (order[s.unit], role_rank[s.role]))
            slots.extend(agency_slots)
        return slots

    # ------------------------------------------------------------ people and history

    def _name(self, gender: str) -> str:
        rng = self.rng_people
        family = self.pick_family(rng)
        middle = self.pick_middle[gender](rng)
        words = [family, middle]
        if rng.random() < 0.07:
            second = rng.choice(self.middle2[gender])
            if second != middle:
                words.append(second)
        for _ in range(5):
            given = self.pick_given[gender](rng)
            if given not in words[1:]:
                break
        words.append(given)
        return " ".join(words)

    def _person(self, slot: _Slot, code: str) -> dict:
        rng = self.rng_people
        unit = self.units[slot.unit]
        gender = "M" if rng.random() < _ROLE_MALE[slot.role] else "F"
        full_name = self._name(gender)
        lo, hi = _ROLE_BIRTH[slot.role]
        if slot.role == "STAFF":
            birth_year = min(hi, int(rng.triangular(lo, hi + 1, 1986)))
        else:
            birth_year = rng.randint(lo, hi)
        birth_date = None
        if rng.random() < 0.95:
            birth_date = _dt.date(birth_year, rng.randint(1, 12), rng.randint(1, 28))
        start_year = min(max(birth_year + rng.randint(22, 29), 1987), self.today.year - 1)
        active_from = _dt.date(start_year, rng.randint(1, 12), 1)
        if active_from >= self.today:
            active_from = _dt.date(self.today.year - 1, 1, 1)
        active_to = None
        if slot.role in ("STAFF", "TEAM_DEP", "DEPT_DEP") and rng.random() < 0.011:
            first = max(_dt.date(self.last_year - 2, 1, 1), _add_months(active_from, 13))
            last = self.today - _dt.timedelta(days=30)
            if first < last:
                active_to = first + _dt.timedelta(days=rng.randint(0, (last - first).days))
        level = _ROLE_LEVEL[slot.role]
        if slot.role == "STAFF":
            position, category = self.pick_position[unit.work](rng)
        else:
            position = unit.head if slot.role.endswith("HEAD") else unit.deputy
            if slot.role.startswith("AG"):
                category = "CONG_CHUC"
            else:
                category = "CONG_CHUC" if unit.work in ("admin", "service") else "VIEN_CHUC"
        ethnicity = self.pick_ethnicity(rng)
        sort_key, search_key = person_keys(full_name, code)
        return dict(
            code=code,
            full_name=full_name,
            sort_key=sort_key,
            search_key=search_key,
            gender=gender,
            birth_date=birth_date,
            birth_year=birth_year,
            ethnicity=ethnicity,
            position=position,
            leader_level=level,
            staff_category=category,
            unit_id=unit.id,
            active_from=active_from,
            active_to=active_to,
            version=1,
            updated_at=self.stamp,
            updated_by=DEMO_USER,
        )

    def _people_chunk(self, slots: list[_Slot]) -> None:
        """Insert a chunk of people, then their history (ids are needed first)."""
        agency_seq = self.agency_seq
        persons = []
        for slot in slots:
            unit = self.units[slot.unit]
            a_idx = unit.agency
            agency_seq[a_idx] += 1
            code = f"{N.AGENCIES[a_idx].code}-{agency_seq[a_idx]:05d}"
            persons.append(self._person(slot, code))
        agencies = [self.units[slot.unit].agency for slot in slots]
        # A plain executemany and one SELECT are several times faster than RETURNING here.
        self._insert(Person, persons)
        by_code = dict(
            self.s.execute(select(Person.code, Person.id).where(Person.code.in_([p["code"] for p in persons]))).all()
        )
        ids = [by_code[p["code"]] for p in persons]

        ratings: list[dict] = []
        disciplines: list[dict] = []
        awards: list[dict] = []
        initiatives: list[dict] = []  # "_award" holds the index into awards, or None
        for pid, p, a_idx, slot in zip(ids, persons, agencies, slots):
            self._history(pid, p, a_idx, slot, ratings, disciplines, awards, initiatives)
            if slot.role != "STAFF" and p["active_to"] is None:
                self.leaders[a_idx].append((pid, p["full_name"], slot.role, slot.unit))

        self._insert(Rating, ratings)
        self._insert(Discipline, disciplines)
        # Only the awards grounded by a sáng kiến need their id back.
        linked = sorted({ini["_award"] for ini in initiatives if ini["_award"] is not None})
        linked_ids = dict(zip(linked, self._insert_returning(Award, [awards[k] for k in linked])))
        self._insert(Award, [a for k, a in enumerate(awards) if k not in linked_ids])
        for ini in initiatives:
            ref = ini.pop("_award")
            ini["used_by_award_id"] = linked_ids[ref] if ref is not None else None
        self._insert(Initiative, initiatives)
        self.counts["ratings"] += len(ratings)
        self.counts["disciplines"] += len(disciplines)
        self.counts["awards"] += len(awards)
        self.counts["initiatives"] += len(initiatives)

    def _history(
        self,
        pid: int,
        p: dict,
        a_idx: int,
        slot: _Slot,
        ratings: list,
        disciplines: list,
        awards: list,
        initiatives: list,
    ) -> None:
        rng = self.rng_history
        unit = self.units[slot.unit]
        dept = unit.dept
        active_from: _dt.date = p["active_from"]
        active_to: _dt.date | None = p["active_to"]
        leader = p["leader_level"] in ("BO_TINH", "VU_SO")
        cum = self.rating_cum[leader]
        level = p["leader_level"]
        state: int | None = None
        periods: list[tuple[_dt.date, _dt.date, str]] = []  # discipline periods and levels
        cstdcs_years: list[int] = []
        bk_years: list[int] = []
        free_coso: list[tuple[int, int]] = []  # (year, index in initiatives) not yet used
        free_bo: list[tuple[int, int]] = []
        agency_name = N.AGENCIES[a_idx].name

        def award(code: str, year: int) -> int:
            number, day = self.decisions[(a_idx, year, code)]
            awards.append(
                dict(
                    person_id=pid,
                    unit_id=None,
                    award_code=code,
                    year=year,
                    decision_no=number,
                    decision_date=day,
                    issuer=agency_name,
                    subject_category=level,
                )
            )
            return len(awards) - 1

        def initiative(year: int, lvl: str) -> int:
            if lvl == "CO_SO":
                title = rng.choice(N.INITIATIVE_TEMPLATES).format(unit=unit.name)
                kind = "SANG_KIEN"
            else:
                title = rng.choice(N.INITIATIVE_TEMPLATES_BO_TINH).format(topic=rng.choice(N.INITIATIVE_TOPICS))
                kind = "DE_TAI" if title.startswith(("Đề tài", "Đề án")) else "SANG_KIEN"
            day = _dt.date(year, rng.randint(9, 12), rng.randint(1, 28))
            if day >= self.today:
                day = self.today - _dt.timedelta(days=1)
            initiatives.append(
                dict(person_id=pid, title=title, kind=kind, level=lvl, year=year, recognised_date=day, _award=None)
            )
            return len(initiatives) - 1

        for y in self.years:
            if active_from > _dt.date(y, 6, 30) or (active_to is not None and active_to <= _dt.date(y, 12, 31)):
                continue
            if state is None or rng.random() >= PERSISTENCE:
                state = rng.choices(range(4), cum_weights=cum, k=1)[0]
            # Discipline: the year's rating cannot be good (NĐ 90/2020 Art. 11 as amended).
            if rng.random() < (DISCIPLINE_RATE / 5 if leader else DISCIPLINE_RATE):
                dlevel = "KHIEN_TRACH" if rng.random() < 0.7 else "CANH_CAO"
                start = _dt.date(y, rng.randint(2, 11), rng.randint(1, 28))
                if start <= active_from:
                    start = active_from + _dt.timedelta(days=30)
                end = _add_months(start, DISCIPLINE_MONTHS[dlevel])
                periods.append((start, end, dlevel))
                disciplines.append(
                    dict(
                        person_id=pid, level=dlevel, start_date=start, end_date=end, note=rng.choice(N.DISCIPLINE_NOTES)
                    )
                )
                state = _KHT if rng.random() < 0.6 else _HT
            rating = RATING_CODES[state]
            ratings.append(dict(person_id=pid, year=y, rating=rating))

            y_start, y_end = _dt.date(y, 1, 1), _dt.date(y, 12, 31)
            in_force = [lv for s, e, lv in periods if s <= y_end and e >= y_start]
            disciplined = bool(in_force)
            heavy = any(lv != "KHIEN_TRACH" for lv in in_force)

            # Sáng kiến recognised this year (cấp cơ sở), more likely for good performers.
            p_ini = (0.22, 0.05, 0.01, 0.0)[state]
            if rng.random() < p_ini:
                free_coso.append((y, initiative(y, "CO_SO")))
            # Candidates for CSTĐ cấp bộ work on a bộ-wide sáng kiến/đề tài.
            if cstdcs_years[-2:] == [y - 2, y - 1] and rng.random() < 0.2:
                free_bo.append((y, initiative(y, "BO_TINH")))

            # LĐTT: rated HTTNV or better, no discipline in force during the year (§3).
            ldtt = state in (_XS, _TOT) and not disciplined and rng.random() < 0.93
            cstdcs = bo = False
            if ldtt:
                award("LDTT", y)
                # CSTĐCS: LĐTT and (HTXSNV or a recognised sáng kiến); a sáng kiến grounds one
                # award only (CV 5007/BNV-TĐKT), so it is marked as used.
                usable = [k for k, (iy, _) in enumerate(free_coso) if iy >= y - 1]
                if usable and rng.random() < (0.85 if state == _XS else 0.55):
                    _, ini_idx = free_coso.pop(usable[0])
                    initiatives[ini_idx]["_award"] = award("CSTDCS", y)
                    cstdcs = True
                elif state == _XS and rng.random() < 0.65:
                    award("CSTDCS", y)
                    cstdcs = True
            if cstdcs:
                cstdcs_years.append(y)
                # CSTĐ cấp bộ: 3 consecutive CSTĐCS (this year the third) and a bộ-wide sáng kiến.
                if cstdcs_years[-3:] == [y - 2, y - 1, y] and free_bo and rng.random() < 0.75:
                    _, ini_idx = free_bo.pop(0)
                    initiatives[ini_idx]["_award"] = award("CSTDBO", y)
                    bo = True
                # Bằng khen cấp bộ: 2 consecutive CSTĐCS; one achievement, one form.
                if not bo and cstdcs_years[-2:] == [y - 1, y] and (y - 1) not in bk_years and rng.random() < 0.35:
                    award("BK_BO", y)
                    bk_years.append(y)

            if dept is not None:
                st = self.dept_stats.get((dept, y))
                if st is None:
                    st = self.dept_stats[(dept, y)] = [0, 0, 0, 0, 0]
                st[0] += 1
                st[1] += ldtt
                st[2] += state == _KHT
                st[3] += cstdcs
                st[4] += heavy

    # ------------------------------------------------------------ decisions

    def _plan_decisions(self) -> dict[tuple[int, int, str], tuple[str, _dt.date]]:
        """One decision per agency, year and award: number and date (Dec of the year or
        early the next year, never after `today`)."""
        rng = self.rng_decisions
        plan: dict[tuple[int, int, str], tuple[str, _dt.date]] = {}
        latest = self.today - _dt.timedelta(days=1)
        for a_idx, spec in enumerate(N.AGENCIES):
            for y in self.years:
                numbers = sorted(rng.sample(range(20, 990), len(_DECISION_CODES)))
                for code, number in zip(_DECISION_CODES, numbers):
                    if code in ("CSTDBO", "BK_BO"):
                        day = _dt.date(y + 1, 1, rng.randint(10, 31))
                    elif rng.random() < 0.5:
                        day = _dt.date(y, 12, rng.randint(15, 31))
                    else:
                        day = _dt.date(y + 1, 1, rng.randint(5, 20))
                    day = max(_dt.date(y, 12, 1), min(day, latest))
                    plan[(a_idx, y, code)] = (f"{number:02d}/QĐ-{spec.code}", day)
        return plan

    # ------------------------------------------------------------ collectives and council

    def _collective_awards(self) -> None:
        """TTLĐTT / TTLĐXS to departments that meet DOMAIN.md §4 (not all of them are proposed)."""
        rng = self.rng_history
        rows = []
        for dept, y in sorted(self.dept_stats):
            members, ldtt, khtnv, cstdcs, heavy = self.dept_stats[(dept, y)]
            if members < 3 or heavy or ldtt * 100 < 70 * members:
                continue
            unit = self.units[dept]
            code = None
            if khtnv == 0 and cstdcs >= 1 and rng.random() < 0.3:
                code = "TTLDXS"
            elif rng.random() < 0.75:
                code = "TTLDTT"
            if code is None:
                continue
            number, day = self.decisions[(unit.agency, y, code)]
            rows.append(
                dict(
                    person_id=None,
                    unit_id=unit.id,
                    award_code=code,
                    year=y,
                    decision_no=number,
                    decision_date=day,
                    issuer=N.AGENCIES[unit.agency].name,
                    subject_category="",
                )
            )
        self._insert(Award, rows)
        self.counts["awards"] += len(rows)

    def _council(self) -> int:
        """The bloc's council (15 members): chair from the Khối trưởng agency, deputies from
        the Khối phó agencies, the standing member and one member from each other agency, the
        secretary from the chair's agency. Returns the number of members."""
        codes = [a.code for a in N.AGENCIES]
        chair_a = codes.index(N.KHOI_TRUONG)
        deputy_as = [codes.index(c) for c in N.KHOI_PHO]
        root = self.units[0]
        council_id = self._insert_returning(
            Council,
            [dict(name=N.COUNCIL_NAME, unit_id=root.id, term_start=_dt.date(self.last_year, 1, 1), term_end=None)],
        )[0]
        used: list[int] = []

        def take(a_idx: int, roles: tuple[str, ...]) -> tuple[int, str] | None:
            """The first unused leader of the agency holding the first role available."""
            for wanted in roles:
                for pid, name, role, _unit in self.leaders[a_idx]:
                    if role == wanted and pid not in used:
                        used.append(pid)
                        return pid, name
            return None

        members: list[tuple[str, int, tuple[int, str] | None]] = []
        members.append(("CHU_TICH", chair_a, take(chair_a, ("AG_HEAD",))))
        for a in deputy_as:
            members.append(("PHO_CHU_TICH", a, take(a, ("AG_HEAD", "AG_DEP"))))
        others = [a for a in range(len(N.AGENCIES)) if a != chair_a and a not in deputy_as]
        # The standing member comes from the first other agency (the Central Office).
        members.append(("UY_VIEN_TT", others[0], take(others[0], ("AG_DEP", "AG_HEAD", "DEPT_HEAD"))))
        for a in others[1:]:
            members.append(("UY_VIEN", a, take(a, ("AG_DEP", "AG_HEAD", "DEPT_HEAD"))))
        members.append(("THU_KY", chair_a, take(chair_a, ("DEPT_HEAD", "DEPT_DEP", "TEAM_HEAD", "TEAM_DEP"))))
        agency_units = [u for u in self.units if u.kind == "CO_QUAN"]
        rows: list[dict[str, Any]] = []
        for role, a_idx, who in members:
            if who is None:
                continue
            rows.append(
                dict(
                    council_id=council_id,
                    full_name=who[1],
                    role=role,
                    person_id=who[0],
                    unit_id=agency_units[a_idx].id,
                    sort_order=len(rows) + 1,
                )
            )
        self._insert(CouncilMember, rows)
        self.council_id = council_id
        return len(rows)

    # ------------------------------------------------------------ movements and the open round

    def _movements(self) -> int:
        """The bloc's movements of DOMAIN.md §11, the themed one with its three contents."""
        root = self.units[0].id
        btc = next((u.id for u in self.units if u.name == "Ban Tổ chức Trung ương"), root)
        specs = [
            (
                "Tham mưu giỏi, phục vụ tốt",
                "THUONG_XUYEN",
                _dt.date(2019, 1, 1),
                _dt.date(2024, 12, 31),
                root,
                "",
                [("Chất lượng tham mưu", 40), ("Phục vụ kịp thời, hiệu quả", 40), ("Nhân rộng điển hình", 20)],
            ),
            ("Cả nước chung sức xây dựng nông thôn mới", "THUONG_XUYEN", _dt.date(2021, 1, 1), None, root, "", []),
            (
                "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
                "THUONG_XUYEN",
                _dt.date(2021, 1, 1),
                None,
                root,
                "",
                [],
            ),
            (
                "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
                "THUONG_XUYEN",
                _dt.date(2019, 1, 1),
                _dt.date(2025, 12, 31),
                root,
                "",
                [],
            ),
            (
                "Phát huy hào khí Điện Biên, thi đua xây dựng Đảng",
                "CHUYEN_DE",
                _dt.date(2014, 3, 1),
                _dt.date(2014, 12, 31),
                btc,
                "Kế hoạch 117-KH/BTCTW",
                [
                    ("Nâng cao chất lượng tham mưu công tác tổ chức xây dựng Đảng", 40),
                    ("Đổi mới phong cách, lề lối làm việc", 30),
                    ("Xây dựng cơ quan trong sạch, vững mạnh", 30),
                ],
            ),
        ]
        ids = self._insert_returning(
            Movement,
            [
                dict(
                    name=name,
                    kind=kind,
                    start_date=start,
                    end_date=end,
                    launching_unit_id=unit,
                    plan_number=plan,
                    description="",
                    version=1,
                    updated_at=self.stamp,
                    updated_by=DEMO_USER,
                )
                for name, kind, start, end, unit, plan, _c in specs
            ],
        )
        criteria = [
            dict(movement_id=mid, name=cname, max_points=points, sort_order=k)
            for mid, spec in zip(ids, specs)
            for k, (cname, points) in enumerate(spec[6], start=1)
        ]
        self._insert(MovementCriterion, criteria)
        return len(ids)

    def _examples(self) -> int:
        """The 150 model examples of "Tham mưu giỏi, phục vụ tốt" (DOMAIN.md §11)."""
        mid = self.s.scalar(select(Movement.id).where(Movement.name == "Tham mưu giỏi, phục vụ tốt"))
        if mid is None:
            return 0
        count = seed_examples(
            self.s,
            movement_id=mid,
            rng=random.Random(f"{self.seed}:examples"),
            count=min(150, max(1, self.people // 30)),
        )
        self._restamp(ModelExample)
        return count

    def _restamp(self, *models: type[Base]) -> None:
        """Rows written through the services carry the clock in `created_at`; the same
        seed must give the same rows, so they get the demo's stamp."""
        for model in models:
            self.s.execute(update(model).values(created_at=self.stamp))

    def _bloc_scoring(self) -> int:
        """The bloc of DOMAIN.md §11 as a bloc: its 14 agencies, the 2019 leadership and a
        rotation since, and last year's 100-point criteria table scored by every member
        (one sheet left unfinished, as happens before the bloc meeting). Returns the number
        of scores."""
        rng = random.Random(f"{self.seed}:bloc")
        agencies = [u for u in self.units if u.kind == "CO_QUAN"]
        bloc_id = bloc_service.create_bloc(self.s, name=N.BLOC_NAME, kind="KHOI")
        members = bloc_service.add_members(self.s, bloc_id=bloc_id, unit_ids=[u.id for u in agencies], joined_year=2019)
        by_name = {u.name: m for u, m in zip(agencies, members)}
        first = [
            m
            for n in (
                "Học viện Chính trị quốc gia Hồ Chí Minh",
                "Đảng ủy Khối các cơ quan Trung ương",
                "Ban Dân vận Trung ương",
            )
            if (m := by_name.get(n))
        ]
        if len(first) == 3:
            bloc_service.set_leadership(
                self.s,
                bloc_id=bloc_id,
                year=2019,
                leader_id=first[0],
                standing_deputy_id=first[1],
                deputy_ids=[first[2]],
            )
        for year in range(2020, self.last_year + 1):
            leader = bloc_service.suggest_leader(self.s, bloc_id=bloc_id, year=year)
            assert leader is not None  # the bloc has members
            previous = [r for r in bloc_service.leadership_history(self.s, bloc_id=bloc_id) if r.year == year - 1]
            deputy = next((r.member_id for r in previous if r.role == "KHOI_TRUONG"), None)
            bloc_service.set_leadership(
                self.s,
                bloc_id=bloc_id,
                year=year,
                leader_id=leader,
                standing_deputy_id=deputy if deputy != leader else None,
            )
        self._pledge(bloc_id, agencies, members)
        year = self.last_year
        items = [
            Criterion(
                "1.1",
                "Hoàn thành các chỉ tiêu, nhiệm vụ chuyên môn được giao",
                Decimal(30),
                "I. Thực hiện nhiệm vụ chính trị",
            ),
            Criterion("1.2", "Chất lượng công tác tham mưu, đề xuất", Decimal(20), "I. Thực hiện nhiệm vụ chính trị"),
            Criterion("1.3", "Cải cách hành chính, chuyển đổi số", Decimal(10), "I. Thực hiện nhiệm vụ chính trị"),
            Criterion(
                "2.1",
                "Tổ chức phong trào thi đua, thực hiện giao ước thi đua",
                Decimal(10),
                "II. Công tác thi đua, khen thưởng",
            ),
            Criterion(
                "2.2",
                "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến",
                Decimal(10),
                "II. Công tác thi đua, khen thưởng",
            ),
            Criterion(
                "3.1",
                "Xây dựng tổ chức đảng trong sạch, vững mạnh",
                Decimal("12.5"),
                "III. Xây dựng Đảng và các đoàn thể",
            ),
            Criterion(
                "3.2", "Hoạt động của công đoàn, đoàn thanh niên", Decimal("7.5"), "III. Xây dựng Đảng và các đoàn thể"
            ),
            Criterion("T1", "Được tặng Cờ thi đua của Chính phủ năm trước", Decimal(5), "Điểm thưởng", BONUS),
            Criterion("T2", "Có sáng kiến, giải pháp được công nhận cấp bộ", Decimal(3), "Điểm thưởng", BONUS),
            Criterion("P1", "Có cán bộ bị kỷ luật từ khiển trách trở lên", Decimal(5), "Điểm trừ", PENALTY),
            Criterion("P2", "Gửi báo cáo, hồ sơ thi đua chậm so với quy định", Decimal(2), "Điểm trừ", PENALTY),
        ]
        table_id = bloc_service.create_table(
            self.s,
            bloc_id=bloc_id,
            year=year,
            name=f"Bảng tiêu chí chấm điểm thi đua năm {year}",
            declared_total=100,
            items=items,
            drop_extremes=True,
        )
        item_ids = dict(
            self.s.execute(select(ScoringItem.code, ScoringItem.id).where(ScoringItem.table_id == table_id)).all()
        )
        assessors = {a.member_id: a.id for a in bloc_service.list_assessors(self.s, table_id=table_id)}
        quality = {m: rng.uniform(0.80, 0.96) for m in members}
        bonus = {m: [c.code for c in items if c.kind == BONUS and rng.random() < 0.25] for m in members}
        penalty = {m: [c.code for c in items if c.kind == PENALTY and rng.random() < 0.15] for m in members}

        def points(member: int, c: Criterion, lift: float) -> Decimal | None:
            if c.kind == BONUS:
                return c.max_points if c.code in bonus[member] else None
            if c.kind == PENALTY:
                return c.max_points if c.code in penalty[member] else None
            share = min(1.0, quality[member] + lift + rng.gauss(0, 0.03))
            halves = max(0, min(int(c.max_points * 2), round(float(c.max_points) * 2 * share)))
            return Decimal(halves) / 2

        rows = []
        unfinished = (members[1], members[0])  # (assessor's member, member scored)
        for m in members:
            for c in items:
                p = points(m, c, 0.04)  # members score themselves a little higher
                if p is not None:
                    rows.append(
                        dict(item_id=item_ids[c.code], member_id=m, assessor_id=None, points=p, updated_at=self.stamp)
                    )
            for home, assessor in assessors.items():
                if home == m:
                    continue
                for c in items:
                    if (home, m) == unfinished and c.code in ("2.2", "3.1", "3.2"):
                        continue
                    p = points(m, c, 0.0)
                    if p is not None:
                        rows.append(
                            dict(
                                item_id=item_ids[c.code],
                                member_id=m,
                                assessor_id=assessor,
                                points=p,
                                updated_at=self.stamp,
                            )
                        )
        self._insert(Score, rows)
        self._restamp(Bloc, ScoringTable)
        return len(rows)

    def _pledge(self, bloc_id: int, agencies: list[_UnitPlan], members: Sequence[int]) -> None:
        """Last year's pledge, signed by every agency's head."""
        draft = pledge_service.draft_pledge(self.s, bloc_id=bloc_id, year=self.last_year)
        heads = {
            u.id: next((name for _pid, name, role, _u in self.leaders[u.agency] if role == "AG_HEAD"), "")
            for u in agencies
        }
        unit_of = dict(zip(members, (u.id for u in agencies)))
        signers = [
            pledge_service.SignatoryInput(
                row.member_id,
                heads.get(unit_of.get(row.member_id, 0), ""),
                row.signer_title or "Thủ trưởng cơ quan",
                True,
            )
            for row in draft.signatories
        ]
        pledge_service.save_pledge(
            self.s,
            bloc_id=bloc_id,
            year=self.last_year,
            title=draft.title,
            content=draft.content,
            place=draft.place or "Hà Nội",
            signed_on=_dt.date(self.last_year, 2, 20),
            signatories=signers,
        )

    # ------------------------------------------------------------ settings and last year's closed round

    def _settings(self) -> None:
        """The office's identity on documents: the bloc council, a Party header, its chair signs."""
        chair = self.s.scalar(
            select(CouncilMember.full_name).where(
                CouncilMember.council_id == self.council_id, CouncilMember.role == "CHU_TICH"
            )
        )
        current = settings_service.get_settings(self.s)
        settings_service.save_settings(
            self.s,
            values=dataclasses.replace(
                current,
                agency_name=N.COUNCIL_NAME,
                issuing_body="ĐẢNG ỦY KHỐI CÁC CƠ QUAN TRUNG ƯƠNG",
                place_name="Hà Nội",
                signer_name=chair or "",
                signer_title="Chủ tịch Hội đồng",
                header_style="party",
            ),
        )
        self.s.execute(update(Setting).values(updated_at=self.stamp, updated_by=DEMO_USER))

    def _closed_round(self) -> int:
        """Last year's round, closed, made through the services so that it is consistent:
        the CSTĐCS nominations of the chair's agency (the history's own CSTĐCS of that year,
        plus two that fail), the council meeting with its attendance and counting committee,
        the secret ballot entered twice and sealed, the decision issued (the awards return to
        the history through it), the certificates printed (print log). Returns the awards
        issued; 0 when the year has no rule set (a demo dated before 2025)."""
        year = self.last_year - 1
        review = _dt.date(year + 1, 1, 15)
        if year < self.first_year:
            return 0
        try:
            rule_set_in_force(self.s, on=review)
        except NoRuleSet:
            return 0
        rng = random.Random(f"{self.seed}:closed")
        agency = [u for u in self.units if u.kind == "CO_QUAN"][[a.code for a in N.AGENCIES].index(N.KHOI_TRUONG)]
        in_agency = {u.id for u in self.units if u.agency == agency.agency}
        people = dict(
            self.s.execute(
                select(Person.id, Person.unit_id)
                .where(Person.unit_id.in_(in_agency))
                .where(Person.active_to.is_(None) | (Person.active_to > _dt.date(year, 12, 31)))
            ).all()
        )
        held = {
            pid: aid
            for pid, aid in self.s.execute(
                select(Award.person_id, Award.id).where(
                    Award.award_code == "CSTDCS", Award.year == year, Award.person_id.in_(sorted(people))
                )
            )
            if pid is not None
        }
        if not held:
            return 0
        winners = sorted(rng.sample(sorted(held), min(24, len(held))))
        ldtt = {
            p
            for p in self.s.scalars(
                select(Award.person_id).where(
                    Award.award_code == "LDTT", Award.year == year, Award.person_id.in_(sorted(people))
                )
            )
            if p is not None
        }
        losers = sorted(rng.sample(sorted(ldtt - set(held)), min(2, len(ldtt - set(held)))))
        # The history's CSTĐCS of these people come back through the council's decision;
        # the sáng kiến that grounded them is re-linked to the new award.
        grounds = dict(
            self.s.execute(
                select(Initiative.id, Initiative.used_by_award_id).where(
                    Initiative.used_by_award_id.in_([held[p] for p in winners])
                )
            ).all()
        )
        owner: dict[int | None, int] = {held[p]: p for p in winners}
        self.s.execute(delete(Award).where(Award.id.in_([held[p] for p in winners])))

        council = self.council_id
        round_id = movement_service.create_round(
            self.s,
            name=f"Đợt xét khen thưởng năm {year}",
            year=year,
            review_date=review,
            submission_deadline=review - _dt.timedelta(days=10),
            meeting_date=review + _dt.timedelta(days=5),
            council_id=council,
        )
        nomination_service.add_nominations(
            self.s,
            round_id=round_id,
            award_code="CSTDCS",
            person_ids=winners + losers,
            achievement=_ACHIEVEMENTS[2],
            status="SUBMITTED",
        )
        noms = self.s.execute(
            select(Nomination.id, Nomination.version).where(Nomination.round_id == round_id).order_by(Nomination.id)
        ).all()
        nomination_service.change_status_many(self.s, items=[(nid, v) for nid, v in noms], to_status="CHECKED")
        nomination_service.compute_verdicts(self.s, round_id=round_id, now=self.stamp)

        starts = _dt.datetime(year + 1, 1, 20, 8, 30)
        meeting = council_service.create_meeting(
            self.s,
            round_id=round_id,
            starts_at=starts,
            place="Hội trường Học viện Chính trị quốc gia Hồ Chí Minh",
            council_id=council,
        )
        attendance = council_service.list_attendance(self.s, meeting_id=meeting)
        absent, written = attendance[-2], attendance[-3]
        council_service.set_attendance(self.s, meeting_id=meeting, member_id=absent.member_id, status="ABSENT")
        council_service.set_attendance(
            self.s,
            meeting_id=meeting,
            member_id=written.member_id,
            status="WRITTEN",
            opinion="Nhất trí với danh sách đề nghị của Thường trực Hội đồng.",
        )
        present = [a.member_id for a in attendance if a.member_id not in (absent.member_id, written.member_id)]
        council_service.set_committee(self.s, meeting_id=meeting, head_id=present[-1], member_ids=present[-3:-1])

        ballot = ballot_service.create_ballot(self.s, meeting_id=meeting, award_code="CSTDCS")
        candidates = ballot_service.list_candidates(self.s, ballot_id=ballot)
        person_of: dict[int | None, int | None] = dict(
            self.s.execute(select(Nomination.id, Nomination.person_id).where(Nomination.round_id == round_id)).all()
        )
        failing = [c.number for c in candidates if person_of.get(c.nomination_id) in losers]
        sheets = len(present) + 1  # the members present, then the written opinion
        struck: list[set[int]] = [set() for _ in range(sheets)]
        for c in candidates:
            times = rng.randint(5, 8) if c.number in failing else rng.choice((0, 0, 0, 1, 1, 2))
            for k in rng.sample(range(sheets), times):
                struck[k].add(c.number)
        for entry in ("A", "B"):  # two clerks enter the same papers
            for k, marks in enumerate(struck):
                ballot_service.add_sheet(
                    self.s,
                    ballot_id=ballot,
                    entry=entry,
                    number=k + 1,
                    struck=sorted(marks),
                    kind="written" if k == sheets - 1 else "ballot",
                )
            ballot_service.finish_entry(self.s, ballot_id=ballot, entry=entry)
        ballot_service.seal_ballot(self.s, ballot_id=ballot)

        data = decision_service.default_input(self.s, on=_dt.date(year + 1, 1, 25), round_id=round_id)
        decision = decision_service.create_decision(self.s, data=data)
        issued = decision_service.issue_decision(
            self.s, decision_id=decision, version=decision_service.get_decision(self.s, decision_id=decision).version
        )
        new_ids = dict(
            self.s.execute(
                select(Award.person_id, Award.id)
                .join(DecisionItem, DecisionItem.award_id == Award.id)
                .where(DecisionItem.decision_id == decision)
            ).all()
        )
        for initiative_id, old_award in grounds.items():
            self.s.execute(
                update(Initiative)
                .where(Initiative.id == initiative_id)
                .values(used_by_award_id=new_ids[owner[old_award]], updated_at=self.stamp, updated_by=DEMO_USER)
            )

        items = printing.decision_certificates(self.s, decision_id=decision)
        key = printing.decision_template_key(self.s, decision_id=decision)
        printing.log_print(
            self.s,
            items=items,
            template_key=key,
            blank=False,
            output=f"Giay khen CSTDCS nam {year}.pdf",
            source=f"Quyết định (mã {decision})",
            decision_id=decision,
        )
        rnd_version = self.s.get_one(ReviewRound, round_id).version
        movement_service.set_round_status(self.s, round_id=round_id, version=rnd_version, status="CLOSED")
        self._restamp_closed(round_id, meeting, decision, starts)
        return issued.awards

    def _restamp_closed(self, round_id: int, meeting_id: int, decision_id: int, starts: _dt.datetime) -> None:
        """The services stamp the clock and the OS user; the demo's rows carry fixed times
        (the meeting day, the decision day) and the demo user, so the same seed gives the
        same rows."""
        sealed = starts + _dt.timedelta(hours=2)
        issued = _dt.datetime.combine(self.s.get_one(Decision, decision_id).decision_date, _dt.time(9, 0))
        noms = select(Nomination.id).where(Nomination.round_id == round_id).scalar_subquery()
        ballots = select(Ballot.id).where(Ballot.meeting_id == meeting_id).scalar_subquery()
        for stmt in (
            update(ReviewRound).where(ReviewRound.id == round_id).values(updated_at=issued, updated_by=DEMO_USER),
            update(Nomination)
            .where(Nomination.round_id == round_id)
            .values(
                created_at=self.stamp.replace(year=starts.year - 1, month=12, day=20),
                verdict_at=starts,
                updated_at=issued,
                updated_by=DEMO_USER,
            ),
            update(NominationEvent).where(NominationEvent.nomination_id.in_(noms)).values(at=sealed, by=DEMO_USER),
            update(Meeting).where(Meeting.id == meeting_id).values(updated_at=starts, updated_by=DEMO_USER),
            update(Ballot)
            .where(Ballot.meeting_id == meeting_id)
            .values(sealed_at=sealed, sealed_by=DEMO_USER, updated_at=sealed, updated_by=DEMO_USER),
            update(BallotEvent).where(BallotEvent.ballot_id.in_(ballots)).values(at=sealed, by=DEMO_USER),
            update(Decision)
            .where(Decision.id == decision_id)
            .values(issued_at=issued, issued_by=DEMO_USER, updated_at=issued, updated_by=DEMO_USER),
            update(Award)
            .where(Award.id.in_(select(DecisionItem.award_id).where(DecisionItem.decision_id == decision_id)))
            .values(updated_at=issued, updated_by=DEMO_USER),
            update(PrintLog)
            .where(PrintLog.decision_id == decision_id)
            .values(at=issued + _dt.timedelta(days=2), by=DEMO_USER),
        ):
            self.s.execute(stmt)

    def _open_round(self) -> tuple[int, int]:
        """An open round for the last year with LĐTT, CSTĐCS, Bằng khen and TTLĐTT
        nominations: mostly people the rules admit but the history has not yet recognised,
        some that fail (rating, discipline, missing streak). Returns (nominations,
        registrations)."""
        rng = self.rng_round
        year = self.last_year
        review = _dt.date(year + 1, 1, 15)
        round_id = self._insert_returning(
            ReviewRound,
            [
                dict(
                    name=f"Đợt xét khen thưởng năm {year}",
                    year=year,
                    review_date=review,
                    submission_deadline=review - _dt.timedelta(days=10),
                    meeting_date=review + _dt.timedelta(days=5),
                    status="OPEN",
                    movement_id=None,
                    council_id=getattr(self, "council_id", None),
                    note="",
                    version=1,
                    updated_at=self.stamp,
                    updated_by=DEMO_USER,
                )
            ],
        )[0]
        year_end = _dt.date(year, 12, 31)
        working = and_(Person.active_to.is_(None) | (Person.active_to > year_end))
        ratings = dict(
            self.s.execute(
                select(Rating.person_id, Rating.rating)
                .join(Person, Person.id == Rating.person_id)
                .where(Rating.year == year, working)
            ).all()
        )
        titles: dict[int | None, set[tuple[str, int]]] = {}
        for pid, code, y in self.s.execute(
            select(Award.person_id, Award.award_code, Award.year).where(
                Award.person_id.is_not(None), Award.year >= year - 1
            )
        ):
            titles.setdefault(pid, set()).add((code, y))
        people = sorted(ratings)

        def has(pid: int, code: str, y: int = year) -> bool:
            return (code, y) in titles.get(pid, ())

        def pick(pool: list[int], k: int) -> list[int]:
            return sorted(rng.sample(pool, min(k, len(pool))))

        scale = max(1, len(people) // 5500) if len(people) > 5500 else 1
        ldtt_ok = [p for p in people if ratings[p] in ("HTXSNV", "HTTNV") and not has(p, "LDTT")]
        ldtt_bad = [p for p in people if ratings[p] in ("HTNV", "KHTNV")]
        cst_ok = [p for p in people if has(p, "LDTT") and not has(p, "CSTDCS") and ratings[p] == "HTXSNV"]
        cst_bad = [p for p in people if has(p, "LDTT") and not has(p, "CSTDCS") and ratings[p] == "HTTNV"]
        bk_ok = [p for p in people if has(p, "CSTDCS") and has(p, "CSTDCS", year - 1) and not has(p, "BK_BO")]
        bk_bad = [p for p in people if has(p, "CSTDCS") and not has(p, "CSTDCS", year - 1)]
        plan = [
            ("LDTT", pick(ldtt_ok, 160 * scale) + pick(ldtt_bad, 40 * scale)),
            ("CSTDCS", pick(cst_ok, 60 * scale) + pick(cst_bad, 25 * scale)),
            ("BK_BO", pick(bk_ok, 30 * scale) + pick(bk_bad, 10 * scale)),
        ]
        unit_of = dict(self.s.execute(select(Person.id, Person.unit_id)).all())
        agency_ids = {a: u.id for a, u in enumerate(x for x in self.units if x.kind == "CO_QUAN")}
        agency_of = {u.id: agency_ids.get(u.agency, u.id) for u in self.units}
        statuses = ("SUBMITTED",) * 6 + ("DRAFT",) * 3 + ("CHECKED",)
        rows = []
        for code, pids in plan:
            for pid in sorted(set(pids)):
                rows.append(
                    dict(
                        round_id=round_id,
                        person_id=pid,
                        unit_id=None,
                        award_code=code,
                        status=rng.choice(statuses),
                        achievement=rng.choice(_ACHIEVEMENTS),
                        submitting_unit_id=agency_of.get(unit_of[pid]),
                        initiative_id=None,
                        verdict_status="",
                        verdict_reasons=None,
                        verdict_at=None,
                        created_at=self.stamp,
                        version=1,
                        updated_at=self.stamp,
                        updated_by=DEMO_USER,
                    )
                )
        awarded_units = {
            uid
            for (uid,) in self.s.execute(select(Award.unit_id).where(Award.unit_id.is_not(None), Award.year == year))
        }
        depts = [u.id for u in self.units if u.kind == "DON_VI" and u.id not in awarded_units]
        for uid in pick(depts, 12 * scale):
            rows.append(
                dict(
                    round_id=round_id,
                    person_id=None,
                    unit_id=uid,
                    award_code="TTLDTT",
                    status="SUBMITTED",
                    achievement=rng.choice(_ACHIEVEMENTS),
                    submitting_unit_id=agency_of.get(uid),
                    initiative_id=None,
                    verdict_status="",
                    verdict_reasons=None,
                    verdict_at=None,
                    created_at=self.stamp,
                    version=1,
                    updated_at=self.stamp,
                    updated_by=DEMO_USER,
                )
            )
        self._insert(Nomination, rows)
        regs = [
            dict(
                year=year,
                person_id=pid,
                unit_id=None,
                award_code="CSTDCS",
                movement_id=None,
                registered_on=_dt.date(year, 1, 20),
                note="",
                version=1,
                updated_at=self.stamp,
                updated_by=DEMO_USER,
            )
            for pid in pick(cst_ok + cst_bad, 60 * scale)
        ]
        regs += [
            dict(
                year=year,
                person_id=None,
                unit_id=uid,
                award_code="TTLDXS",
                movement_id=None,
                registered_on=_dt.date(year, 1, 20),
                note="",
                version=1,
                updated_at=self.stamp,
                updated_by=DEMO_USER,
            )
            for uid in pick([u.id for u in self.units if u.kind == "DON_VI"], 15)
        ]
        self._insert(Registration, regs)
        self.s.flush()
        try:
            compute_verdicts(self.s, round_id=round_id, now=self.stamp)
        except NoRuleSet:
            pass  # a demo dated before 2024 has no rule set: verdicts stay "not computed"
        return len(rows), len(regs)
