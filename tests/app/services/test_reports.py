"""Reports service: the TT 02/2023 forms, awards per unit/year and the shares, checked on a
hand-built organisation (every classification rule) and on the demo database against
independent SQL written here (not the service's queries)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from app.models import Nomination, Unit
from app.rules.person import PersonInput, UnitInput
from app.services import history, org
from app.services import movement as mv
from app.services import reports as R

D = dt.date


# ---------------------------------------------------------------- a small organisation


NAMES = {"BT": "Bình", "VS": "Vân", "PH": "Phúc", "DNH": "Dũng", "NV": "Nga", "NVB": "Ngân"}


def small_org(session):
    """Bloc → agency → two departments, an enterprise and a household (kinds not yet in the
    code list: inserted directly), six people of every category, awards around the period
    boundaries of 2025 (01/12/2024 – 30/11/2025)."""
    ids = {}
    ids["KHOI"] = org.create_unit(session, data=UnitInput("KHOI", "Khối thi đua", "KHOI"))
    ids["CQ"] = org.create_unit(session, data=UnitInput("CQ", "Sở Nội vụ", "CO_QUAN", ids["KHOI"]))
    ids["P1"] = org.create_unit(session, data=UnitInput("P1", "Phòng Một", "DON_VI", ids["CQ"]))
    ids["CQ2"] = org.create_unit(session, data=UnitInput("CQ2", "Sở Tài chính", "CO_QUAN", ids["KHOI"]))
    for code, kind in (("DN", "DOANH_NGH"), ("HO", "HO_GD")):
        u = Unit(code=code, name=f"Đơn vị {code}", kind=kind, parent_id=ids["CQ2"])
        session.add(u)
        session.flush()
        ids[code] = u.id
    people = [  # code, gender, leader level, staff category, unit
        ("BT", "M", "BO_TINH", "CONG_CHUC", "CQ"),
        ("VS", "F", "VU_SO", "CONG_CHUC", "CQ"),
        ("PH", "M", "PHONG", "CONG_CHUC", "P1"),
        ("DNH", "M", "NONE", "DOANH_NHAN", "CQ2"),
        ("NV", "F", "NONE", "CONG_CHUC", "P1"),
        ("NVB", "F", "NONE", "VIEN_CHUC", "CQ2"),
    ]
    for code, gender, level, cat, unit in people:
        ids[code] = org.create_person(
            session,
            data=PersonInput(
                code,
                f"Cán bộ {NAMES[code]}",
                gender,
                ids[unit],
                leader_level=level,
                staff_category=cat,
                active_from=D(2010, 1, 1),
            ),
        )

    def award(subject, code, year, day):
        key = "unit_id" if subject in ("P1", "DN", "HO", "CQ", "CQ2") else "person_id"
        return history.add_award(session, **{key: ids[subject]}, award_code=code, year=year, decision_date=day)

    # 0603 (bộ/tỉnh level), inside the 2025 period
    award("BT", "BK_BO", 2024, D(2024, 12, 1))  # first day
    award("VS", "CSTDBO", 2025, D(2025, 11, 30))  # last day
    award("PH", "BK_BO", 2025, None)  # no date: counts by its year
    award("DNH", "BK_BO", 2024, D(2025, 1, 15))
    award("NV", "BK_BO", 2023, D(2025, 3, 1))
    award("NVB", "CSTDBO", 2024, D(2025, 2, 1))
    award("P1", "BK_BO_TT", 2024, D(2025, 1, 10))
    award("DN", "CO_BO", 2024, D(2025, 1, 10))
    award("HO", "BK_BO_TT", 2024, D(2025, 1, 10))
    award("P1", "TTLDXS", 2024, D(2025, 1, 10))  # no column on 0603: left out, named in a note
    # outside the period or another level
    award("NV", "BK_BO", 2024, D(2024, 11, 30))
    award("NVB", "BK_BO", 2025, D(2025, 12, 1))
    award("NV", "CSTDBO", 2024, None)
    award("NV", "LDTT", 2025, D(2025, 1, 5))
    # 0602 (state level)
    award("BT", "HCLD3", 2024, D(2025, 6, 1))
    award("P1", "HCLD3_TT", 2024, D(2025, 6, 1))
    award("CQ", "CO_CP", 2024, D(2025, 6, 1))
    award("NV", "BK_TTG", 2024, D(2025, 6, 1))
    award("CQ2", "BK_TTG_TT", 2024, D(2025, 6, 1))
    award("NVB", "CSTDTQ", 2024, D(2025, 6, 1))
    # A later promotion does not move NV1's old awards: the level is kept on the award.
    p = org.get_person(session, ids["NV"])
    org.update_person(
        session,
        person_id=p.id,
        version=p.version,
        data=PersonInput(p.code, p.full_name, p.gender, p.unit_id, leader_level="VU_SO", active_from=p.active_from),
    )
    session.flush()
    return ids


def test_0603_rows_and_columns(session):
    small_org(session)
    f = R.form_0603(session, year=2025)
    v = {r.code: r.values for r in f.rows if r.code}
    # columns: total, Bằng khen, CSTĐ, Cờ, Huy hiệu
    assert v["01"] == (9, 6, 2, 1, 0)
    assert v["02"] == (2, 1, 0, 1, 0)  # Phòng Một (BK), the enterprise (Cờ)
    assert v["03"] == (1, 0, 0, 1, 0)  # of which the enterprise
    assert v["04"] == (1, 1, 0, 0, 0)  # the household
    assert v["05"] == (6, 4, 2, 0, 0)
    assert v["06"] == (1, 1, 0, 0, 0)  # BT
    assert v["07"] == (1, 0, 1, 0, 0)  # VS
    assert v["08"] == (1, 1, 0, 0, 0)  # the entrepreneur
    assert v["09"] == (1, 1, 0, 0, 0)  # PH
    assert v["10"] == (2, 1, 1, 0, 0)  # NV1 (promoted after the award) and NV2
    assert v["11"] == v["01"] and all(v[c] == (0,) * 5 for c in ("12", "13", "14", "15", "16", "17"))
    assert f.notes == ("Không thuộc các cột của biểu, không tính: Tập thể lao động xuất sắc (1).",)
    assert R.check_form(f) == []
    assert [r.unit for r in f.rows if r.code in ("02", "04", "05", "06")] == ["Tập thể", "Hộ", "Người", "Người"]


def test_0602_columns_follow_the_catalogue(session):
    small_org(session)
    f = R.form_0602(session, year=2025)
    headers = [(c.groups, c.header) for c in f.columns]
    assert headers[0] == ((), "Tổng số")
    hc = [h for h in headers if h[0][1:2] == ("Các loại huân chương, huy chương",)]
    # one Tập thể / Cá nhân pair per kind of order in the catalogue
    assert [h[0][2] for h in hc][::2] == [
        "Huân chương Lao động hạng Ba",
        "Huân chương Lao động hạng Nhì",
        "Huân chương Lao động hạng Nhất",
    ]
    assert [h[1] for h in hc] == ["Tập thể", "Cá nhân"] * 3
    assert (("Chia ra", "Cờ thi đua của Chính phủ"), "Tập thể") in headers
    assert (("Chia ra", "Chiến sĩ thi đua Toàn quốc"), "Cá nhân") in headers
    assert [c.number for c in f.columns] == [str(i) for i in range(1, len(f.columns) + 1)]
    v = {r.code: r.values for r in f.rows if r.code}
    col = {((c.groups or ("",))[-1], c.header): i for i, c in enumerate(f.columns)}
    assert v["1"][0] == 6 and v["2"] == v["1"] and v["3"][0] == 0  # default submitter: bộ, ngành
    assert v["6"][0] == 3 and v["9"][0] == 3
    assert v["1"][col[("Huân chương Lao động hạng Ba", "Cá nhân")]] == 1
    assert v["1"][col[("Huân chương Lao động hạng Ba", "Tập thể")]] == 1
    assert v["1"][col[("Cờ thi đua của Chính phủ", "Tập thể")]] == 1
    assert v["1"][col[("Bằng khen của Thủ tướng Chính phủ", "Cá nhân")]] == 1
    assert v["1"][col[("Bằng khen của Thủ tướng Chính phủ", "Tập thể")]] == 1
    assert v["1"][col[("Chiến sĩ thi đua Toàn quốc", "Cá nhân")]] == 1
    assert v["10"][0] == 1 and v["14"][0] == 2  # BT; NV1 and NV2
    assert R.check_form(f) == []
    assert R.form_0602(session, year=2025, submitter="TINH").row("3").values == v["1"]


def test_methods_from_themed_and_sudden_rounds(session):
    ids = small_org(session)
    themed = mv.create_movement(
        session, name="Thi đua chuyên đề", kind="CHUYEN_DE", start_date=D(2024, 3, 1), end_date=D(2024, 10, 1)
    )
    rnd = mv.create_round(session, name="Đợt chuyên đề", year=2024, review_date=D(2025, 1, 5), movement_id=themed)
    for key, code, status in (("DNH", "BK_BO", "DECIDED"), ("NVB", "CSTDBO", "SUBMITTED")):
        session.add(Nomination(round_id=rnd, person_id=ids[key], award_code=code, status=status))
    session.flush()
    f = R.form_0603(session, year=2025)
    assert f.row("12").values == (1, 1, 0, 0, 0)  # only the decided one
    assert f.row("11").values == (8, 5, 2, 1, 0)
    assert R.type_method("Huy hiệu Vì sự nghiệp") == "NIEN_HAN"
    assert R.type_method("Huân chương Kháng chiến hạng Nhất") == "KHANG_CHIEN"


def test_units_filter_takes_the_subtree(session):
    ids = small_org(session)
    f = R.form_0603(session, year=2025, unit_ids=[ids["CQ"]])
    # BT, VS (agency), PH, NV1 and Phòng Một (department)
    assert f.row("01").values[0] == 5 and f.row("02").values[0] == 1


def test_check_form_catches_broken_sums(session):
    small_org(session)
    f = R.form_0603(session, year=2025)
    rows = list(f.rows)
    i = next(k for k, r in enumerate(rows) if r.code == "10")
    rows[i] = rows[i]._replace(values=(3, 2, 1, 0, 0))
    problems = R.check_form(f._replace(rows=tuple(rows)))
    assert any("cá nhân" in p for p in problems)
    j = next(k for k, r in enumerate(rows) if r.code == "12")
    rows[i] = f.rows[i]
    rows[j] = rows[j]._replace(values=(1, 0, 0, 0, 0))
    problems = R.check_form(f._replace(rows=tuple(rows)))
    assert any("dòng 12" in p for p in problems) and any("mục 2" in p for p in problems)


def test_0601_levels_scopes_durations(session):
    ids = small_org(session)
    specs = [  # kind, start, end, launching unit → (level column, scope, duration, method)
        ("THUONG_XUYEN", D(2021, 1, 1), None, None),  # central, nationwide, yearly, regular
        ("CHUYEN_DE", D(2025, 3, 1), D(2025, 8, 31), ids["KHOI"]),  # bloc, < 1 year
        ("CHUYEN_DE", D(2025, 1, 1), D(2025, 12, 31), ids["CQ"]),  # agency, 1 year
        ("DOT_XUAT", D(2024, 6, 1), D(2026, 5, 31), ids["P1"]),  # department, 2 years, themed
        ("CHUYEN_DE", D(2021, 1, 1), D(2025, 6, 30), ids["CQ"]),  # 4.5 years
        ("CHUYEN_DE", D(2020, 1, 1), D(2026, 1, 1), ids["CQ"]),  # 6 years
        ("CHUYEN_DE", D(2019, 1, 1), D(2024, 11, 30), ids["CQ"]),  # ended before the period
        ("CHUYEN_DE", D(2025, 12, 1), None, ids["CQ"]),  # starts after it
    ]
    for k, (kind, start, end, unit) in enumerate(specs):
        mv.create_movement(
            session, name=f"Phong trào {k}", kind=kind, start_date=start, end_date=end, launching_unit_id=unit
        )
    f = R.form_0601(session, year=2025)
    v = {r.code: r.values for r in f.rows if r.code}
    assert v["01"] == (6, 1, 4, 1)
    assert [v[c][0] for c in ("02", "03", "04", "05")] == [1, 3, 1, 1]
    assert [v[c][0] for c in ("06", "07", "08", "09", "10")] == [1, 2, 1, 1, 1]
    assert v["11"] == (5, 0, 4, 1) and v["12"] == (1, 1, 0, 0)
    assert f.unit_label == "Phong trào" and R.check_form(f) == []


def test_report_period_and_bad_requests(session):
    assert R.report_period(2025) == (D(2024, 12, 1), D(2025, 11, 30))
    from app.errors import BadInput

    with pytest.raises(BadInput):
        R.build_report(session, R.ReportRequest("0699", 2025))
    with pytest.raises(BadInput):
        R.build_report(session, R.ReportRequest("by_unit", 2025, level_filter="X"))
    assert R.default_submitter("UBND tỉnh Bắc Ninh") == "TINH"
    assert R.default_submitter("Ban Tổ chức Trung ương") == "BO_NGANH"


def test_awards_by_unit_and_shares_small(session):
    small_org(session)
    by_unit = R.awards_by_unit(session, year=2025, span=2)
    assert [r.name for r in by_unit.rows] == ["Sở Nội vụ", "Sở Tài chính"]
    assert by_unit.years == (2024, 2025)
    # Sở Nội vụ 2024: BT (BK_BO, HCLD3), NV (BK_BO, CSTDBO, BK_TTG), Phòng Một (BK_BO_TT, TTLDXS,
    # HCLD3_TT), the agency (CO_CP); 2025: VS (CSTDBO), PH (BK_BO), NV (LDTT)
    assert by_unit.rows[0].counts == (9, 3)
    assert by_unit.total.total == sum(r.total for r in by_unit.rows)
    shares = R.award_shares(session, year=2025, span=2, level_filter="BO_TINH_UP")
    # 2025 individual bộ-level-and-up awards: VS (CSTDBO), PH (BK_BO), NV2 (BK_BO 2025)
    assert shares.by_unit_total == R.ShareRow("Tổng cộng", 3, 1, 2)
    assert shares.by_unit_total.non_leader_pct == 33.3
    assert [r.individuals for r in shares.by_year] == [8, 3]


# ---------------------------------------------------------------- the demo database


@pytest.fixture(scope="module")
def _demo_marker():
    return D(2026, 11, 21)


def demo_db(db, today=dt.date(2026, 11, 21)):
    """A small demo (800 staff, 2021–2025) plus a few state-level awards; returns ids."""
    from app.services.demo import generate_demo

    with db.factory.begin() as s:
        generate_demo(s, people=800, today=today)
    with db.factory.begin() as s:
        pids = [r[0] for r in s.execute(text("SELECT id FROM person ORDER BY id LIMIT 4"))]
        uid = s.execute(text("SELECT id FROM unit WHERE kind = 'DON_VI' ORDER BY id LIMIT 1")).scalar()
        for pid, code in zip(pids, ("HCLD3", "BK_TTG", "CSTDTQ", "BK_TTG")):
            history.add_award(s, person_id=pid, award_code=code, year=2024, decision_date=D(2025, 4, 2))
        history.add_award(s, unit_id=uid, award_code="BK_TTG_TT", year=2024, decision_date=D(2025, 4, 2))
        history.add_award(s, unit_id=uid, award_code="HCLD3_TT", year=2023, decision_date=D(2024, 11, 2))
    return db


PERIOD_SQL = "((a.decision_date >= :start AND a.decision_date <= :end) OR (a.decision_date IS NULL AND a.year = :year))"


def independent_level_counts(s, level: str, year: int) -> dict[str, int]:
    """Per award code: awards of `level` in the period of `year` (plain SQL)."""
    start, end = D(year - 1, 12, 1), D(year, 11, 30)
    rows = s.execute(
        text(
            "SELECT a.award_code, count(*) FROM award a JOIN award_type t ON t.code = a.award_code "
            f"WHERE t.level = :level AND {PERIOD_SQL} GROUP BY a.award_code"
        ),
        dict(level=level, start=start, end=end, year=year),
    ).all()
    return dict(rows)


def independent_people(s, level: str, year: int) -> dict[str, int]:
    """Individual awards by category (plain SQL, the form's order of precedence)."""
    start, end = D(year - 1, 12, 1), D(year, 11, 30)
    sql = text(
        "SELECT CASE WHEN a.subject_category IN ('BO_TINH', 'VU_SO') THEN a.subject_category "
        "WHEN p.staff_category = 'DOANH_NHAN' THEN 'DOANH_NHAN' "
        "WHEN a.subject_category = 'PHONG' THEN 'PHONG' ELSE 'TRUC_TIEP' END AS cat, count(*) "
        "FROM award a JOIN award_type t ON t.code = a.award_code JOIN person p ON p.id = a.person_id "
        f"WHERE t.level = :level AND a.award_code <> 'TTLDXS' AND {PERIOD_SQL} GROUP BY cat"
    )
    return dict(s.execute(sql, dict(level=level, start=start, end=end, year=year)).all())


def test_demo_0603_matches_independent_queries(db):
    demo_db(db)
    with db.factory() as s:
        for year in (2023, 2024, 2025, 2026):
            f = R.form_0603(s, year=year)
            by_code = independent_level_counts(s, "BO_TINH", year)
            bk = by_code.get("BK_BO", 0) + by_code.get("BK_BO_TT", 0)
            cstd = by_code.get("CSTDBO", 0)
            co = by_code.get("CO_BO", 0)
            assert f.row("01").values == (bk + cstd + co, bk, cstd, co, 0), year
            people = independent_people(s, "BO_TINH", year)
            assert [f.row(c).values[0] for c in ("06", "07", "08", "09", "10")] == [
                people.get(k, 0) for k in ("BO_TINH", "VU_SO", "DOANH_NHAN", "PHONG", "TRUC_TIEP")
            ]
            assert f.row("05").values[0] == sum(people.values())
            left = by_code.get("TTLDXS", 0)
            assert (f.notes != ()) == (left > 0)
            assert R.check_form(f) == []
        assert R.form_0603(s, year=2025).row("01").values[0] > 20


def test_demo_0602_matches_independent_queries(db):
    demo_db(db)
    with db.factory() as s:
        f = R.form_0602(s, year=2025)
        by_code = independent_level_counts(s, "NHA_NUOC", 2025)
        assert f.row("1").values[0] == sum(by_code.values()) == 5
        assert f.row("9").values[0] == 4 and f.row("6").values[0] == 1
        f24 = R.form_0602(s, year=2024)
        assert f24.row("1").values[0] == sum(independent_level_counts(s, "NHA_NUOC", 2024).values()) == 1
        f25 = R.form_0602(s, year=2025)
        assert R.check_form(f25) == []


def test_demo_by_unit_and_shares_match_independent_queries(db):
    demo_db(db)
    with db.factory() as s:
        report = R.awards_by_unit(s, year=2025, span=5)
        agencies = s.execute(
            text(
                "SELECT u.id, u.name FROM unit u JOIN unit b ON b.id = u.parent_id "
                "WHERE u.kind = 'CO_QUAN' AND b.kind = 'KHOI' ORDER BY u.sort_order, u.id"
            )
        ).all()
        assert [r.name for r in report.rows] == [n for _i, n in agencies]
        tree_sql = (
            "WITH RECURSIVE tree(id) AS (SELECT CAST(:root AS INTEGER) UNION ALL "
            "SELECT u.id FROM unit u JOIN tree t ON u.parent_id = t.id) "
        )
        for row, (uid, _n) in zip(report.rows, agencies):
            for y, n in zip(report.years, row.counts):
                expect = s.execute(
                    text(
                        tree_sql + "SELECT (SELECT count(*) FROM award a JOIN person p ON p.id = a.person_id "
                        "WHERE a.year = :y AND p.unit_id IN (SELECT id FROM tree)) + "
                        "(SELECT count(*) FROM award a WHERE a.year = :y AND a.unit_id IN (SELECT id FROM tree))"
                    ),
                    dict(root=uid, y=y),
                ).scalar()
                assert n == expect, (row.name, y)
        all_awards = s.execute(text("SELECT count(*) FROM award WHERE year BETWEEN 2021 AND 2025")).scalar()
        assert report.total.total == all_awards  # every award sits under one of the agencies

        shares = R.award_shares(s, year=2025, span=5)
        for row in shares.by_year:
            y = int(row.label.split()[-1])
            n, direct, women = s.execute(
                text(
                    "SELECT count(*), "
                    "sum(CASE WHEN a.subject_category NOT IN ('BO_TINH', 'VU_SO', 'PHONG') "
                    "AND p.staff_category <> 'DOANH_NHAN' THEN 1 ELSE 0 END), "
                    "sum(CASE WHEN p.gender = 'F' THEN 1 ELSE 0 END) "
                    "FROM award a JOIN person p ON p.id = a.person_id WHERE a.year = :y"
                ),
                dict(y=y),
            ).one()
            assert (row.individuals, row.non_leaders, row.women) == (n, direct, women)
        assert shares.by_unit_total == shares.by_year[-1]._replace(label="Tổng cộng")
        assert sum(r.individuals for r in shares.by_unit) == shares.by_unit_total.individuals
        levels = R.awards_by_year_level(s, year=2025)
        assert sum(sum(r.counts) for r in levels) == all_awards
