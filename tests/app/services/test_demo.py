"""The demo generator: the bloc's shape, realistic people, history that obeys the rules,
determinism, refusal of a non-empty database, cancellation."""

from __future__ import annotations

import collections
import datetime as dt
import re
import unicodedata

import pytest
from sqlalchemy import func, select, text

from app.database import open_database
from app.db import Base
from app.errors import BadInput, Cancelled
from app.models import Award, Council, CouncilMember, Discipline, Initiative, Person, Rating, Unit
from app.rules.codes import COUNCIL_ROLES, DISCIPLINE_LEVELS, LEADER_LEVELS, RATINGS, STAFF_CATEGORIES
from app.services.demo import DemoSummary, generate_demo
from app.services.info import database_counts
from app.services.org import person_keys

TODAY = dt.date(2026, 5, 1)
YEARS = list(range(2021, 2026))

AGENCY_NAMES = [
    "Văn phòng Trung ương Đảng",
    "Ban Tổ chức Trung ương",
    "Ban Tuyên giáo Trung ương",
    "Ban Dân vận Trung ương",
    "Ban Nội chính Trung ương",
    "Ban Kinh tế Trung ương",
    "Ban Đối ngoại Trung ương",
    "Ủy ban Kiểm tra Trung ương",
    "Học viện Chính trị quốc gia Hồ Chí Minh",
    "Đảng ủy Khối các cơ quan Trung ương",
    "Đảng ủy Khối doanh nghiệp Trung ương",
    "Báo Nhân Dân",
    "Tạp chí Cộng sản",
    "Nhà xuất bản Chính trị quốc gia Sự thật",
]
BTCTW_DEPARTMENTS = [
    "Văn phòng Ban",
    "Vụ Tổ chức - Điều lệ",
    "Vụ Cơ sở đảng",
    "Vụ Đảng viên",
    "Vụ Chính sách cán bộ",
    "Vụ Bảo vệ chính trị nội bộ",
    "Vụ Tổng hợp cán bộ",
    "Vụ Địa phương I",
    "Vụ Địa phương II",
    "Vụ Địa phương III",
    "Vụ IV",
    "Vụ Tổ chức - Cán bộ cơ quan",
    "Vụ Đào tạo - bồi dưỡng cán bộ",
    "Văn phòng Đề án 165",
    "Tạp chí Xây dựng Đảng",
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One default-size demo (~5,500 staff) shared by the read-only tests of this module."""
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    calls: list[tuple[int, int]] = []
    with database.factory.begin() as s:
        summary = generate_demo(s, seed=1, today=TODAY, progress=lambda d, t: calls.append((d, t)))
    database.summary = summary
    database.progress_calls = calls
    yield database
    database.close()


@pytest.fixture
def ds(demo):
    with demo.factory() as s:
        yield s


def _rows(session, sql: str, **params):
    return session.execute(text(sql), params).all()


# ---------------------------------------------------------------- structure and counts


def test_bloc_with_fourteen_agencies(ds):
    roots = ds.scalars(select(Unit).where(Unit.parent_id.is_(None))).all()
    assert [(u.kind, u.name) for u in roots] == [("KHOI", "Khối thi đua các cơ quan Đảng Trung ương")]
    agencies = ds.scalars(select(Unit).where(Unit.parent_id == roots[0].id).order_by(Unit.sort_order)).all()
    assert [a.name for a in agencies] == AGENCY_NAMES
    assert {a.kind for a in agencies} == {"CO_QUAN"}
    assert all(re.fullmatch(r"[A-Z0-9.\-]+", u.code) for u in ds.scalars(select(Unit)))
    btctw = next(a for a in agencies if a.name == "Ban Tổ chức Trung ương")
    assert btctw.code == "BTCTW"
    depts = ds.scalars(select(Unit).where(Unit.parent_id == btctw.id).order_by(Unit.sort_order)).all()
    assert [d.name for d in depts] == BTCTW_DEPARTMENTS
    assert {d.kind for d in depts} == {"DON_VI"}
    # Every agency has departments; the press has its editorial office.
    for agency in agencies:
        assert ds.scalar(select(func.count()).select_from(Unit).where(Unit.parent_id == agency.id)) >= 5
    nhan_dan = next(a for a in agencies if a.name == "Báo Nhân Dân")
    assert ds.scalar(select(Unit.id).where(Unit.parent_id == nhan_dan.id, Unit.name == "Ban Thư ký tòa soạn"))


def test_tree_depth_and_kinds(ds):
    units = {u.id: u for u in ds.scalars(select(Unit))}

    def depth(u):
        n = 1
        while u.parent_id is not None:
            u, n = units[u.parent_id], n + 1
        return n

    depths = {u.id: depth(u) for u in units.values()}
    assert max(depths.values()) >= 4
    expected = {1: "KHOI", 2: "CO_QUAN", 3: "DON_VI", 4: "TO"}
    assert all(u.kind == expected[depths[u.id]] for u in units.values())
    teams = [u for u in units.values() if u.kind == "TO"]
    assert len(teams) >= 20 and all(u.name.startswith(("Phòng", "Khoa", "Văn phòng")) for u in teams)


def test_default_size_and_distribution(ds, demo):
    total = ds.scalar(select(func.count()).select_from(Person))
    assert 5225 <= total <= 5775
    assert demo.summary.people == total
    sizes = dict(
        _rows(
            ds,
            """
        SELECT a.name, COUNT(p.id) FROM unit a
        JOIN unit u ON u.id = a.id OR u.parent_id = a.id
                    OR u.parent_id IN (SELECT id FROM unit WHERE parent_id = a.id)
        JOIN person p ON p.unit_id = u.id
        WHERE a.kind = 'CO_QUAN' GROUP BY a.id""",
        )
    )
    assert sum(sizes.values()) == total
    assert sizes["Học viện Chính trị quốc gia Hồ Chí Minh"] > sizes["Ban Kinh tế Trung ương"] * 4
    assert sizes["Văn phòng Trung ương Đảng"] > sizes["Đảng ủy Khối doanh nghiệp Trung ương"] * 4


def test_summary_matches_database(ds, demo):
    counts = database_counts(ds, today=TODAY)
    s = demo.summary
    assert isinstance(s, DemoSummary)
    assert (s.units, s.people, s.ratings, s.awards, s.initiatives, s.disciplines, s.councils, s.council_members) == (
        counts["units"],
        counts["people"],
        counts["ratings"],
        counts["awards"],
        counts["initiatives"],
        counts["disciplines"],
        counts["councils"],
        counts["council_members"],
    )
    assert (s.first_year, s.last_year) == (2021, 2025)
    assert "cán bộ" in str(s) and f"{s.people:,}".replace(",", ".") in str(s)
    with pytest.raises(dataclasses_frozen_error()):
        s.people = 1  # type: ignore[misc]


def dataclasses_frozen_error():
    import dataclasses

    return dataclasses.FrozenInstanceError


def test_progress_reported(demo):
    calls = demo.progress_calls
    assert len(calls) >= 4
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert calls[-1][0] == calls[-1][1]


# ---------------------------------------------------------------- people


def test_names_are_realistic(ds):
    people = ds.execute(select(Person.full_name, Person.gender, Person.code, Person.sort_key, Person.search_key)).all()
    n = len(people)
    for name, _g, code, sort_key, search_key in people:
        assert unicodedata.normalize("NFC", name) == name
        assert len(name.split(" ")) >= 2 and "  " not in name and name == name.strip()
        assert (sort_key, search_key) == person_keys(name, code)
    families = collections.Counter(p[0].split(" ")[0] for p in people)
    assert 0.30 <= families["Nguyễn"] / n <= 0.45
    assert 0.07 <= families["Trần"] / n <= 0.15
    assert families.most_common(4)[0][0] == "Nguyễn"
    assert len(families) >= 25
    women = sum(p[1] == "F" for p in people)
    assert 0.40 <= women / n <= 0.60
    four = sum(len(p[0].split(" ")) == 4 for p in people)
    assert 0.02 <= four / n <= 0.15
    # Gender agrees with the middle name.
    middles = [(p[1], p[0].split(" ")[1]) for p in people]
    assert not any(g == "M" and m == "Thị" for g, m in middles)
    assert not any(g == "F" and m == "Văn" for g, m in middles)
    assert sum(m == "Thị" for g, m in middles if g == "F") / women > 0.3
    assert len({p[0] for p in people}) > n * 0.6  # a name pool, not a handful of names


def test_codes_unique_and_by_agency(ds):
    rows = _rows(
        ds,
        """
        SELECT p.code, COALESCE(a3.code, a2.code, a1.code) FROM person p
        JOIN unit a1 ON a1.id = p.unit_id
        LEFT JOIN unit a2 ON a2.id = a1.parent_id AND a2.kind = 'CO_QUAN'
        LEFT JOIN unit x ON x.id = a1.parent_id AND x.kind = 'DON_VI'
        LEFT JOIN unit a3 ON a3.id = x.parent_id""",
    )
    codes = [r[0] for r in rows]
    assert len(codes) == len(set(codes))
    for code, agency_code in rows:
        assert re.fullmatch(rf"{agency_code}-\d{{5}}", code), (code, agency_code)


def test_personal_data_plausible(ds):
    people = ds.scalars(select(Person)).all()
    n = len(people)
    assert all(1965 <= p.birth_year <= 2000 for p in people)
    assert all(p.birth_date is None or p.birth_date.year == p.birth_year for p in people)
    assert 0 < sum(p.birth_date is None for p in people) < n * 0.15
    ethnic = collections.Counter(p.ethnicity for p in people)
    assert ethnic["Kinh"] / n > 0.85 and len(ethnic) >= 5
    assert set(ethnic) <= {"Kinh", "Tày", "Thái", "Mường", "Nùng", "Khmer", "Hoa"}
    assert all(p.active_from is not None and p.active_from < TODAY for p in people)
    assert all(p.active_from.year - p.birth_year >= 18 for p in people)
    inactive = [p for p in people if p.active_to is not None]
    assert 0.003 * n <= len(inactive) <= 0.03 * n
    assert all(p.active_from < p.active_to < TODAY for p in inactive)
    categories = collections.Counter(p.staff_category for p in people)
    assert set(categories) <= set(STAFF_CATEGORIES)
    assert categories.most_common(1)[0][0] == "CONG_CHUC"
    assert categories["VIEN_CHUC"] > 0 and categories["LAO_DONG"] > 0


def test_positions_match_leader_levels(ds):
    rows = _rows(ds, "SELECT p.leader_level, p.position, u.kind, u.name FROM person p JOIN unit u ON u.id = p.unit_id")
    assert {r[0] for r in rows} == set(LEADER_LEVELS)
    kind_of = {"BO_TINH": "CO_QUAN", "VU_SO": "DON_VI", "PHONG": "TO"}
    staff_titles = {
        "Chuyên viên",
        "Chuyên viên chính",
        "Chuyên viên cao cấp",
        "Biên tập viên",
        "Phóng viên",
        "Nhân viên",
        "Giảng viên",
        "Lái xe",
    }
    for level, position, kind, unit_name in rows:
        if level == "NONE":
            assert not re.search(r"trưởng|\bPhó\b|Giám đốc|Tổng Biên tập|Chủ nhiệm|Chánh", position), position
        else:
            assert kind == kind_of[level], (level, position, unit_name)
    positions = collections.Counter(r[1] for r in rows)
    assert staff_titles <= set(positions)
    assert {
        "Trưởng ban",
        "Phó Trưởng ban",
        "Vụ trưởng",
        "Phó Vụ trưởng",
        "Trưởng phòng",
        "Phó Trưởng phòng",
        "Tổng Biên tập",
        "Giám đốc",
    } <= set(positions)
    heads = _rows(
        ds,
        """SELECT u.name, COUNT(*) FROM person p JOIN unit u ON u.id = p.unit_id
                         WHERE u.kind = 'CO_QUAN' AND p.leader_level = 'BO_TINH'
                           AND p.position NOT LIKE 'Phó%' GROUP BY u.id""",
    )
    assert len(heads) == 14 and all(c == 1 for _, c in heads)


# ---------------------------------------------------------------- history and rules


def test_ratings_distribution_and_years(ds):
    rows = _rows(ds, "SELECT rating, COUNT(*) FROM rating GROUP BY rating")
    counts = dict(rows)
    total = sum(counts.values())
    assert set(counts) == set(RATINGS)
    assert 0.10 <= counts["HTXSNV"] / total <= 0.22
    assert 0.60 <= counts["HTTNV"] / total <= 0.78
    assert 0.07 <= counts["HTNV"] / total <= 0.17
    assert 0.01 <= counts["KHTNV"] / total <= 0.06
    years = [r[0] for r in _rows(ds, "SELECT DISTINCT year FROM rating ORDER BY year")]
    assert years == YEARS
    people = ds.scalar(select(func.count()).select_from(Person))
    assert total >= people * 5 * 0.9
    # Nobody is rated for a year before starting or after leaving.
    assert not _rows(
        ds,
        """SELECT 1 FROM rating r JOIN person p ON p.id = r.person_id
                            WHERE CAST(strftime('%Y', p.active_from) AS INTEGER) > r.year
                               OR (p.active_to IS NOT NULL AND CAST(strftime('%Y', p.active_to) AS INTEGER) <= r.year)""",
    )


def test_ratings_persist(ds):
    """Good people stay good: HTXSNV this year makes HTXSNV next year far more likely."""
    rows = _rows(
        ds,
        """SELECT a.rating, b.rating FROM rating a JOIN rating b
                        ON b.person_id = a.person_id AND +b.year = a.year + 1""",
    )
    after_xs = [b for a, b in rows if a == "HTXSNV"]
    after_other = [b for a, b in rows if a != "HTXSNV"]

    def share(xs):
        return sum(x == "HTXSNV" for x in xs) / len(xs)

    assert share(after_xs) > 2 * share(after_other)


def test_disciplines(ds):
    rows = ds.scalars(select(Discipline)).all()
    person_years = ds.scalar(select(func.count()).select_from(Rating))
    assert 0.002 * person_years <= len(rows) <= 0.01 * person_years
    assert {d.level for d in rows} == {"KHIEN_TRACH", "CANH_CAO"}
    assert {d.level for d in rows} <= set(DISCIPLINE_LEVELS)
    assert all(d.end_date > d.start_date and d.note for d in rows)
    # The rating of the year of the measure is not good.
    assert not _rows(
        ds,
        """SELECT 1 FROM discipline d JOIN rating r ON r.person_id = d.person_id
                            AND r.year = CAST(strftime('%Y', d.start_date) AS INTEGER)
                            WHERE r.rating IN ('HTXSNV', 'HTTNV')""",
    )


def test_every_ldtt_has_good_rating_and_no_discipline(ds):
    n = ds.scalar(select(func.count()).select_from(Award).where(Award.award_code == "LDTT"))
    assert n > 0
    bad = _rows(
        ds,
        """
        SELECT a.id FROM award a
        LEFT JOIN rating r ON r.person_id = a.person_id AND r.year = a.year
        WHERE a.award_code = 'LDTT'
          AND (a.person_id IS NULL OR r.rating IS NULL OR r.rating NOT IN ('HTXSNV', 'HTTNV')
               OR EXISTS (SELECT 1 FROM discipline d WHERE d.person_id = a.person_id
                          AND d.start_date <= (a.year || '-12-31')
                          AND (d.end_date IS NULL OR d.end_date >= (a.year || '-01-01'))))""",
    )
    assert bad == []
    # Most of those eligible are recognised.
    eligible = _rows(ds, "SELECT COUNT(*) FROM rating WHERE rating IN ('HTXSNV', 'HTTNV')")[0][0]
    assert n >= 0.8 * eligible


def test_every_cstdcs_is_ldtt_with_grounds(ds):
    cstdcs = _rows(ds, "SELECT id FROM award WHERE award_code = 'CSTDCS'")
    ldtt = _rows(ds, "SELECT COUNT(*) FROM award WHERE award_code = 'LDTT'")[0][0]
    assert 0.08 * ldtt <= len(cstdcs) <= 0.25 * ldtt
    bad = _rows(
        ds,
        """
        SELECT a.id FROM award a
        WHERE a.award_code = 'CSTDCS' AND (
            NOT EXISTS (SELECT 1 FROM award l WHERE l.person_id = a.person_id AND +l.year = a.year
                        AND l.award_code = 'LDTT')
            OR NOT (
                EXISTS (SELECT 1 FROM rating r WHERE r.person_id = a.person_id AND r.year = a.year
                        AND r.rating = 'HTXSNV')
                OR a.id IN (SELECT i.used_by_award_id FROM initiative i JOIN award b ON b.id = i.used_by_award_id
                            WHERE i.person_id = b.person_id AND i.level = 'CO_SO' AND i.year <= b.year)))""",
    )
    assert bad == []
    grounded = _rows(
        ds,
        """SELECT COUNT(*) FROM award a JOIN initiative i ON i.used_by_award_id = a.id
                            JOIN rating r ON r.person_id = a.person_id AND r.year = a.year
                            WHERE a.award_code = 'CSTDCS' AND r.rating = 'HTTNV'""",
    )[0][0]
    assert grounded > 0  # the sáng kiến path is exercised, not only HTXSNV


def test_initiatives_ground_one_award_of_their_owner(ds):
    dup = _rows(
        ds,
        """SELECT used_by_award_id FROM initiative WHERE used_by_award_id IS NOT NULL
                       GROUP BY used_by_award_id HAVING COUNT(*) > 1""",
    )
    assert dup == []
    wrong = _rows(
        ds,
        """SELECT i.id FROM initiative i JOIN award a ON a.id = i.used_by_award_id
                         WHERE a.person_id <> i.person_id OR i.year > a.year
                            OR a.award_code NOT IN ('CSTDCS', 'CSTDBO')
                            OR (a.award_code = 'CSTDBO' AND i.level <> 'BO_TINH')""",
    )
    assert wrong == []
    ini = ds.scalars(select(Initiative)).all()
    assert any(i.used_by_award_id is None for i in ini) and any(i.used_by_award_id for i in ini)
    assert all(unicodedata.normalize("NFC", i.title) == i.title and len(i.title) > 20 for i in ini)
    assert all(i.recognised_date.year == i.year for i in ini)
    assert any(i.title.startswith("Giải pháp số hóa hồ sơ đảng viên tại ") for i in ini)


def test_every_cstdbo_follows_three_consecutive_cstdcs(ds):
    rows = _rows(ds, "SELECT id, person_id, year FROM award WHERE award_code = 'CSTDBO'")
    assert 0 < len(rows) < 200
    cstdcs = {(p, y) for p, y in _rows(ds, "SELECT person_id, year FROM award WHERE award_code = 'CSTDCS'")}
    for award_id, person, year in rows:
        assert all((person, y) in cstdcs for y in (year - 2, year - 1, year)), (person, year)
        assert _rows(ds, "SELECT 1 FROM initiative WHERE used_by_award_id = :a AND level = 'BO_TINH'", a=award_id)


def test_bang_khen_after_two_consecutive_cstdcs(ds):
    rows = _rows(ds, "SELECT person_id, year FROM award WHERE award_code = 'BK_BO'")
    assert rows
    cstdcs = {(p, y) for p, y in _rows(ds, "SELECT person_id, year FROM award WHERE award_code = 'CSTDCS'")}
    assert all((p, y - 1) in cstdcs and (p, y) in cstdcs for p, y in rows)
    both = _rows(
        ds,
        """SELECT 1 FROM award a JOIN award b ON b.person_id = a.person_id AND +b.year = a.year
                        WHERE a.award_code = 'BK_BO' AND b.award_code = 'CSTDBO'""",
    )
    assert both == []


def test_award_decisions_and_categories(ds):
    rows = _rows(
        ds,
        """
        SELECT a.award_code, a.year, a.decision_no, a.decision_date, a.issuer, a.subject_category,
               p.leader_level, COALESCE(ag3.code, ag2.code, ag1.code), COALESCE(ag3.name, ag2.name, ag1.name)
        FROM award a JOIN person p ON p.id = a.person_id
        JOIN unit ag1 ON ag1.id = p.unit_id
        LEFT JOIN unit ag2 ON ag2.id = ag1.parent_id AND ag2.kind = 'CO_QUAN'
        LEFT JOIN unit x ON x.id = ag1.parent_id AND x.kind = 'DON_VI'
        LEFT JOIN unit ag3 ON ag3.id = x.parent_id""",
    )
    assert {r[0] for r in rows} == {"LDTT", "CSTDCS", "CSTDBO", "BK_BO"}
    council = [r for r in rows if r[2].endswith("/QĐ-HĐTĐKT")]  # last year's closed round, checked below
    assert council and {(r[0], r[1]) for r in council} == {("CSTDCS", 2024)}
    rows = [r for r in rows if r not in council]
    for _code, year, number, day, issuer, category, level, agency_code, agency_name in rows:
        assert re.fullmatch(rf"\d{{2,3}}/QĐ-{agency_code}", number), number
        day = dt.date.fromisoformat(day)
        assert dt.date(year, 12, 1) <= day <= dt.date(year + 1, 2, 28) and day < TODAY
        assert issuer == agency_name
        assert category == level
        assert year in YEARS


def test_collective_awards_meet_the_criteria(ds):
    rows = _rows(
        ds,
        """SELECT a.unit_id, a.year, a.award_code, u.kind FROM award a JOIN unit u ON u.id = a.unit_id
                        WHERE a.unit_id IS NOT NULL""",
    )
    assert {r[2] for r in rows} == {"TTLDTT", "TTLDXS"}
    assert {r[3] for r in rows} == {"DON_VI"}
    assert len({(u, y) for u, y, _c, _k in rows}) == len(rows)  # one title a year
    # Independent recomputation in Python from plain queries.
    dept_of = {}
    for uid, parent, kind in _rows(ds, "SELECT id, parent_id, kind FROM unit"):
        dept_of[uid] = uid if kind == "DON_VI" else parent
    person_dept = {pid: dept_of.get(uid) for pid, uid in _rows(ds, "SELECT id, unit_id FROM person")}
    titles = {
        (p, y, c) for p, y, c in _rows(ds, "SELECT person_id, year, award_code FROM award WHERE person_id IS NOT NULL")
    }
    heavy = _rows(ds, "SELECT person_id, start_date, end_date FROM discipline WHERE level <> 'KHIEN_TRACH'")
    members = collections.defaultdict(list)
    for pid, year, rating in _rows(ds, "SELECT person_id, year, rating FROM rating"):
        members[(person_dept[pid], year)].append((pid, rating))
    for unit_id, year, code, _kind in rows:
        group = members[(unit_id, year)]
        assert len(group) >= 3
        assert sum((pid, year, "LDTT") in titles for pid, _r in group) * 100 >= 70 * len(group)
        ids = {pid for pid, _r in group}
        assert not any(pid in ids and start <= f"{year}-12-31" and end >= f"{year}-01-01" for pid, start, end in heavy)
        if code == "TTLDXS":
            assert all(r != "KHTNV" for _pid, r in group)
            assert any((pid, year, "CSTDCS") in titles for pid, _r in group)


def test_council(ds):
    councils = ds.scalars(select(Council)).all()
    assert [c.name for c in councils] == ["Hội đồng Thi đua - Khen thưởng Khối thi đua các cơ quan Đảng Trung ương"]
    members = ds.scalars(select(CouncilMember).order_by(CouncilMember.sort_order)).all()
    assert 11 <= len(members) <= 15
    assert {m.role for m in members} == set(COUNCIL_ROLES)
    assert members[0].role == "CHU_TICH"
    assert sum(m.role == "CHU_TICH" for m in members) == 1
    assert len({m.person_id for m in members}) == len(members)
    for m in members:
        person = ds.get(Person, m.person_id)
        assert person.full_name == m.full_name and person.leader_level != "NONE" and person.active_to is None
    assert len({m.unit_id for m in members}) >= 10
    assert {ds.get(Unit, m.unit_id).kind for m in members} == {"CO_QUAN"}


# ---------------------------------------------------------------- behaviour


def _dump(database) -> dict[str, list[tuple]]:
    out = {}
    with database.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in ("setting", "audit_log"):  # the trail holds the clock of the run
                continue
            pk = list(table.primary_key.columns)
            out[table.name] = [tuple(r) for r in conn.execute(table.select().order_by(*pk))]
    return out


def _fresh(tmp_path, name):
    return open_database(tmp_path / f"{name}.db")


def test_same_seed_same_data(tmp_path):
    dumps = []
    for name in ("a", "b"):
        database = _fresh(tmp_path, name)
        with database.factory.begin() as s:
            generate_demo(s, people=400, seed=5, today=TODAY)
        dumps.append(_dump(database))
        database.close()
    assert dumps[0] == dumps[1]
    assert len(dumps[0]["person"]) == 400 and dumps[0]["award"]
    other = _fresh(tmp_path, "c")
    with other.factory.begin() as s:
        generate_demo(s, people=400, seed=6, today=TODAY)
    assert _dump(other)["person"] != dumps[0]["person"]
    other.close()


def test_history_is_the_last_five_complete_years(tmp_path):
    database = _fresh(tmp_path, "y")
    today = dt.date(2024, 1, 10)
    with database.factory.begin() as s:
        summary = generate_demo(s, people=200, seed=2, today=today)
    assert (summary.first_year, summary.last_year) == (2019, 2023)
    with database.factory() as s:
        assert s.scalars(select(Rating.year).distinct().order_by(Rating.year)).all() == list(range(2019, 2024))
        assert s.scalar(select(func.max(Award.decision_date))) < today
        assert s.scalar(select(func.max(Initiative.recognised_date))) < today
    database.close()


def test_small_and_tiny_sizes(tmp_path):
    for n in (1, 50):
        database = _fresh(tmp_path, f"n{n}")
        with database.factory.begin() as s:
            summary = generate_demo(s, people=n, seed=3, today=TODAY)
        with database.factory() as s:
            assert s.scalar(select(func.count()).select_from(Person)) == n == summary.people
            assert s.scalar(select(func.count()).select_from(Unit)) == summary.units
            assert 1 <= summary.council_members <= min(n, 15)
        database.close()


def test_refuses_a_database_with_people_or_units(db):
    with db.factory.begin() as s:
        generate_demo(s, people=60, seed=1, today=TODAY)
    with db.factory.begin() as s:
        with pytest.raises(BadInput) as err:
            generate_demo(s, people=60, seed=1, today=TODAY)
    assert "trống" in err.value.message()
    with db.factory() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 60


def test_refuses_a_database_with_only_a_unit(db):
    with db.factory.begin() as s:
        s.add(Unit(code="X", name="Đơn vị có sẵn", kind="CO_QUAN"))
    with db.factory.begin() as s:
        with pytest.raises(BadInput):
            generate_demo(s, people=10, today=TODAY)


@pytest.mark.parametrize("people", [0, -5])
def test_rejects_bad_size(db, people):
    with db.factory.begin() as s:
        with pytest.raises(BadInput):
            generate_demo(s, people=people, today=TODAY)


def test_cancel_leaves_nothing(db):
    calls = {"n": 0}

    def is_cancelled():
        calls["n"] += 1
        return calls["n"] >= 3  # after some people and history have been inserted

    with pytest.raises(Cancelled):
        with db.factory.begin() as s:
            generate_demo(s, people=5000, seed=1, today=TODAY, is_cancelled=is_cancelled)
    assert calls["n"] == 3
    with db.factory() as s:
        counts = database_counts(s, today=TODAY)
    assert all(v == 0 for v in counts.values()), counts


def test_works_on_the_database_under_test(db):
    """On the `db` fixture (PostgreSQL in the second pass of tests/run.sh): the rows are
    written, rules hold by portable queries, and later inserts get fresh ids."""
    with db.factory.begin() as s:
        summary = generate_demo(s, people=300, seed=4, today=TODAY)
    with db.factory() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 300 == summary.people
        assert s.scalar(select(func.count()).select_from(Award)) == summary.awards
        good = {
            (p, y)
            for p, y, r in s.execute(select(Rating.person_id, Rating.year, Rating.rating))
            if r in ("HTXSNV", "HTTNV")
        }
        ldtt = s.execute(select(Award.person_id, Award.year).where(Award.award_code == "LDTT")).all()
        assert ldtt and all((p, y) in good for p, y in ldtt)
        used = s.scalars(select(Initiative.used_by_award_id).where(Initiative.used_by_award_id.is_not(None))).all()
        assert used and len(used) == len(set(used))
        assert {a for (a,) in s.execute(select(Award.award_code).where(Award.id.in_(used)))} <= {"CSTDCS", "CSTDBO"}
    with db.factory.begin() as s:
        unit_id = s.scalar(select(Unit.id).where(Unit.code == "BTCTW"))
        s.add(Unit(code="MOI", name="Đơn vị mới", kind="DON_VI", parent_id=unit_id))
        s.add(Award(unit_id=unit_id, award_code="TTLDTT", year=2025))


def test_last_years_closed_round(ds, demo):
    """The 2024 round is closed with its whole story, made through the services."""
    from app.models import Ballot, BallotSheet, Decision, MeetingAttendance, Nomination, PrintLog, ReviewRound
    from app.services.ballot import verify_seal
    from app.services.settings import get_settings

    rounds = ds.scalars(select(ReviewRound).order_by(ReviewRound.year)).all()
    assert [(r.year, r.status) for r in rounds] == [(2024, "CLOSED"), (2025, "OPEN")]
    closed = rounds[0]
    statuses = collections.Counter(ds.scalars(select(Nomination.status).where(Nomination.round_id == closed.id)))
    assert statuses["DECIDED"] >= 10 and statuses["REJECTED"] >= 1 and set(statuses) == {"DECIDED", "REJECTED"}
    attendance = collections.Counter(ds.scalars(select(MeetingAttendance.status)))
    assert attendance["ABSENT"] == 1 and attendance["WRITTEN"] == 1 and attendance["PRESENT"] >= 9
    (ballot,) = ds.scalars(select(Ballot)).all()
    assert ballot.status == "SEALED" and ballot.entry_a_done and ballot.entry_b_done
    assert verify_seal(ds, ballot_id=ballot.id)
    a = ds.execute(
        select(BallotSheet.number, BallotSheet.kind, BallotSheet.struck)
        .where(BallotSheet.entry == "A")
        .order_by(BallotSheet.number)
    ).all()
    b = ds.execute(
        select(BallotSheet.number, BallotSheet.kind, BallotSheet.struck)
        .where(BallotSheet.entry == "B")
        .order_by(BallotSheet.number)
    ).all()
    assert a == b and len(a) == attendance["PRESENT"] + attendance["WRITTEN"]
    (decision,) = ds.scalars(select(Decision)).all()
    assert decision.status == "ISSUED" and decision.year == 2025 and decision.round_id == closed.id
    awards = ds.scalar(select(func.count()).select_from(Award).where(Award.decision_no == "01/QĐ-HĐTĐKT"))
    assert awards == statuses["DECIDED"] == demo.summary.closed_round_awards
    (log,) = ds.scalars(select(PrintLog)).all()
    assert log.decision_id == decision.id and log.pages == awards and not log.reprint
    s = get_settings(ds)
    assert s.agency_name and s.issuing_body and s.signer_name and s.signer_title and s.header_style == "party"
    # The sáng kiến that grounded a re-issued CSTĐCS points at the new award.
    dangling = _rows(
        ds,
        "SELECT id FROM initiative WHERE used_by_award_id IS NOT NULL "
        "AND used_by_award_id NOT IN (SELECT id FROM award)",
    )
    assert dangling == []
    assert "đã đóng" in str(demo.summary)
