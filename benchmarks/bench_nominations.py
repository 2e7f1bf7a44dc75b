"""Nominations screen: refresh at 5,000 nominations (bar ≤ 50 ms), first show at 50,000 (bar ≤ 1 s).

Builds (once, cached under /tmp/tdkt-bench) two databases — 5,000 and 50,000 people, each
with one open round nominating every person once (LĐTT, CSTĐCS, CSTĐ cấp bộ, Bằng khen…),
20 collective nominations, cached verdicts with their reasons, and a council of 15 members.
Prints, in the same run and against the floor (the same rows from one raw SQL query):
- the service call a refresh makes;
- the screen's refresh (offscreen, workers inline: the time the window is busy) with no
  filter, after a typed search word and after a status filter;
- the first show: creating the screen, showing it and listing 50,000 rows.
Run: python -m benchmarks.bench_nominations [--pg URL]
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import statistics
import time

from sqlalchemy import func, insert, select, text

from app.database import Database, open_database
from app.models import Council, CouncilMember, Nomination, Person, ReviewRound, Unit
from app.services.org import person_keys
from benchmarks.common import CACHE, label, parser, verdict

REFRESH_BAR_MS, FIRST_SHOW_BAR_S = 50.0, 1.0
CODES = ("LDTT", "CSTDCS", "CSTDBO", "BK_BO", "BK_TTG")
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ")
MIDDLE = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Ngọc")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Hoa", "Lan", "Mai", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Yến", "Hạnh")
# Reasons as compute_verdicts stores them (shapes taken from the demo database).
REASONS = {
    "ELIGIBLE": [],
    "NOT_ELIGIBLE": [
        {
            "code": "DISCIPLINE",
            "params": {"end": "2025-03-24", "level": "CANH_CAO", "start": "2024-03-24", "year": 2024},
        }
    ],
    "MANUAL_CHECK": [
        {
            "code": "ALTERNATIVE_CRITERIA",
            "params": {"award": "BK_BO", "checks": ["OUTSTANDING_IN_MOVEMENT", "MANY_OR_SUDDEN", "CONTRIBUTION"]},
        },
        {
            "code": "STREAK_SHORT",
            "params": {
                "award": "CSTDCS",
                "gap": 0,
                "have": [2024],
                "held": [2022, 2023, 2024],
                "need": 2,
                "pending": "",
                "prior": [],
                "record_path": True,
                "since": 2023,
                "since_award": "BK_BO",
                "year": 2024,
            },
        },
    ],
}
SQL_FLOOR = """
SELECT n.id, n.person_id, n.unit_id, n.award_code, n.status, n.verdict_status, n.verdict_reasons, n.version,
       n.submitting_unit_id, p.full_name, p.unit_id, a.name
FROM nomination n
LEFT JOIN person p ON p.id = n.person_id
LEFT JOIN unit u ON u.id = n.unit_id
LEFT JOIN award_type a ON a.code = n.award_code
WHERE n.round_id = :r
ORDER BY n.person_id IS NULL, coalesce(a.sort_order, 0), n.award_code, p.sort_key, p.full_name, u.name, n.id
"""


def build(target: str, people: int) -> tuple[Database, int]:
    db = open_database(target)
    with db.factory() as s:
        have = s.scalar(select(func.count()).select_from(Nomination)) or 0
        round_id = s.scalar(select(ReviewRound.id))
    if have and round_id is not None:
        return db, round_id
    rng = random.Random(7)
    t0 = time.perf_counter()
    with db.factory.begin() as s:
        s.execute(insert(Unit), [dict(code="B", name="Khối các cơ quan", kind="KHOI", parent_id=None, sort_order=1)])
        bloc = s.scalar(select(Unit.id))
        s.execute(
            insert(Unit),
            [dict(code=f"A{i}", name=f"Sở {i + 1}", kind="CO_QUAN", parent_id=bloc, sort_order=i) for i in range(20)],
        )
        agencies = list(s.scalars(select(Unit.id).where(Unit.kind == "CO_QUAN").order_by(Unit.id)))
        s.execute(
            insert(Unit),
            [
                dict(code=f"D{a}-{k}", name=f"Phòng {k + 1} Sở {i + 1}", kind="DON_VI", parent_id=a, sort_order=k)
                for i, a in enumerate(agencies)
                for k in range(5)
            ],
        )
        departments = list(s.scalars(select(Unit.id).where(Unit.kind == "DON_VI").order_by(Unit.id)))
        rows = []
        for i in range(people):
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
            code = f"P{i:06d}"
            sk, search = person_keys(name, code)
            rows.append(
                dict(
                    code=code,
                    full_name=name,
                    sort_key=sk,
                    search_key=search,
                    gender="MF"[i % 2],
                    unit_id=departments[i % len(departments)],
                    version=1,
                )
            )
        for k in range(0, len(rows), 10_000):
            s.execute(insert(Person), rows[k : k + 10_000])
        ids = list(s.scalars(select(Person.id).order_by(Person.id)))
        s.execute(insert(Council), [dict(name="Hội đồng Thi đua - Khen thưởng")])
        council = s.scalar(select(Council.id))
        s.execute(
            insert(CouncilMember),
            [
                dict(council_id=council, full_name=f"Thành viên {k + 1}", person_id=ids[k * 97], sort_order=k)
                for k in range(15)
            ],
        )
        s.execute(
            insert(ReviewRound),
            [
                dict(
                    name=f"Đợt xét năm 2024 ({people:,})",
                    year=2024,
                    review_date=dt.date(2025, 1, 15),
                    status="OPEN",
                    council_id=council,
                )
            ],
        )
        round_id = s.scalar(select(ReviewRound.id))
        statuses = ("DRAFT", "SUBMITTED", "SUBMITTED", "CHECKED", "VOTED", "APPROVED", "REJECTED")
        noms = []
        for k, pid in enumerate(ids):
            v = rng.choices(("ELIGIBLE", "NOT_ELIGIBLE", "MANUAL_CHECK"), (70, 15, 15))[0]
            noms.append(
                dict(
                    round_id=round_id,
                    person_id=pid,
                    award_code=CODES[k % len(CODES)],
                    status=rng.choice(statuses),
                    submitting_unit_id=agencies[k % len(agencies)],
                    verdict_status=v,
                    verdict_reasons=REASONS[v],
                    achievement="",
                )
            )
        noms += [
            dict(
                round_id=round_id,
                unit_id=d,
                award_code="TTLDTT",
                status="SUBMITTED",
                submitting_unit_id=agencies[0],
                verdict_status="ELIGIBLE",
                verdict_reasons=[],
                achievement="",
            )
            for d in departments[:20]
        ]
        for k in range(0, len(noms), 10_000):
            s.execute(insert(Nomination), noms[k : k + 10_000])
    print(f"  (built {people:,} people and their nominations in {time.perf_counter() - t0:.1f} s)")
    return db, round_id


def target(pg_url: str | None, people: int) -> str:
    if pg_url:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        schema = f"bench_nominations_{people}_v1"
        admin = create_engine(pg_url)
        with admin.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        admin.dispose()
        return (
            make_url(pg_url)
            .update_query_dict({"options": f"-csearch_path={schema}"})
            .render_as_string(hide_password=False)
        )
    CACHE.mkdir(parents=True, exist_ok=True)
    return str(CACHE / f"nominations-{people}-v1.db")


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def _interleaved(named: dict, runs: int) -> dict[str, float]:
    """Median milliseconds of each function, run in turns (a warm-up first) so that the
    load of a shared machine falls on all of them alike."""
    for fn in named.values():
        fn()
    times: dict[str, list[float]] = {name: [] for name in named}
    for _ in range(runs):
        for name, fn in named.items():
            times[name].append(_timed(fn))
    return {name: statistics.median(t) for name, t in times.items()}


def _floor(db: Database, round_id: int):
    def run():
        with db.engine.connect() as conn:
            return conn.execute(text(SQL_FLOOR), {"r": round_id}).fetchall()

    return run


def _service(db: Database, round_id: int):
    from app.services import nomination

    def run():
        with db.factory() as s:
            if hasattr(nomination, "nomination_listing"):
                return nomination.nomination_listing(s, round_id=round_id)
            return (
                nomination.list_nominations(s, round_id=round_id),
                nomination.round_counts(s, round_id=round_id),
                nomination.quota_warnings(s, round_id=round_id),
            )

    return run


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.workers import Worker

    Worker.inline = True  # the time the window is busy, start to rows shown
    return QApplication.instance() or QApplication([])


def refresh_figures(db: Database, round_id: int) -> dict[str, float]:
    """Floor, service and the screen's refresh (plain, a typed search, a status filter)."""
    app = _app()
    from ui.nominations.nominations_screen import NominationsScreen

    screen = NominationsScreen(db)
    screen.resize(1366, 768)
    screen.show()
    app.processEvents()

    def set_filters(query: str, status: str | None) -> None:
        # Signals blocked: each measured action is exactly one refresh.
        for w in (screen.search, screen.status_filter):
            w.blockSignals(True)
        screen.search.setText(query)
        screen.status_filter.setCurrentIndex(screen.status_filter.findData(status))
        for w in (screen.search, screen.status_filter):
            w.blockSignals(False)

    def plain():
        set_filters("", None)
        screen.refresh()

    def typed():
        set_filters("nguyen thi", None)
        screen.refresh()

    def status():
        set_filters("", "SUBMITTED")
        screen.refresh()

    out = _interleaved(
        {
            "floor": _floor(db, round_id),
            "service": _service(db, round_id),
            "refresh": plain,
            "typed search": typed,
            "status filter": status,
        },
        7,
    )
    screen.close()
    screen.deleteLater()
    app.processEvents()
    return out


def first_show_figures(db: Database, round_id: int) -> dict[str, float]:
    """Floor, service and the first show: creating the screen, showing it, rows listed."""
    app = _app()
    from ui.nominations.nominations_screen import NominationsScreen

    shown = []

    def first_show():
        screen = NominationsScreen(db)
        screen.resize(1366, 768)
        screen.show()
        app.processEvents()
        shown.append(screen.model.rowCount())
        screen.close()
        screen.deleteLater()
        app.processEvents()

    out = _interleaved({"floor": _floor(db, round_id), "service": _service(db, round_id), "first show": first_show}, 3)
    out["rows"] = shown[-1]
    return out


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    result = {}
    for pg in [None] + ([args.pg] if args.pg else []):
        tag = label(pg)
        db5, r5 = build(target(pg, 5_000), 5_000)
        f = refresh_figures(db5, r5)
        fl = f["floor"]
        print(
            f"[{tag}] 5,000 nominations (medians of 7 interleaved runs): floor (one raw SQL query of the same rows) "
            f"{fl:.1f} ms; service {f['service']:.1f} ms ({f['service'] / fl:.1f}× the floor)"
        )
        for name in ("refresh", "typed search", "status filter"):
            ms = f[name]
            print(
                f"[{tag}]   screen {name}: {ms:.1f} ms (bar {REFRESH_BAR_MS:.0f} ms) {verdict(ms, REFRESH_BAR_MS)}; "
                f"{ms / fl:.1f}× the floor"
            )
        db50, r50 = build(target(pg, 50_000), 50_000)
        g = first_show_figures(db50, r50)
        first = g["first show"] / 1000
        print(
            f"[{tag}] 50,000 nominations (medians of 3): floor {g['floor']:.0f} ms; service {g['service']:.0f} ms; "
            f"first show of {g['rows']:,} rows {first:.3f} s (bar {FIRST_SHOW_BAR_S:.1f} s) "
            f"{verdict(first, FIRST_SHOW_BAR_S)}; {g['first show'] / g['floor']:.1f}× the floor"
        )
        result[tag] = {
            "floor_5000_ms": round(fl, 1),
            "refresh_5000_ms": round(f["refresh"], 1),
            "floor_50000_ms": round(g["floor"], 1),
            "first_show_50000_s": round(first, 3),
        }
        db5.close()
        db50.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
