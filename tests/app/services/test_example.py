"""The register of model examples: registration and its rules, the four stages in order and
their dates, listing with filters, counts per stage, the demo examples."""

from __future__ import annotations

import datetime as _dt
import random

import pytest

from app.errors import NotFound, ValidationFailed
from app.models.example import STAGES as MODEL_STAGES
from app.rules import examples as rules
from app.rules.person import PersonInput, UnitInput
from app.services import example, movement, org

D = _dt.date


@pytest.fixture
def world(db):
    """Two agencies with departments, five people, a movement 2019–2024 and another one."""
    ids: dict[str, int] = {}
    with db.factory.begin() as s:
        ids["KHOI"] = org.create_unit(s, data=UnitInput("KHOI", "Khối thi đua các cơ quan Đảng Trung ương", "KHOI"))
        ids["BTC"] = org.create_unit(s, data=UnitInput("BTC", "Ban Tổ chức Trung ương", "CO_QUAN", ids["KHOI"]))
        ids["BTC-CS"] = org.create_unit(s, data=UnitInput("BTC-CS", "Vụ Cơ sở đảng", "DON_VI", ids["BTC"]))
        ids["BTC-DV"] = org.create_unit(s, data=UnitInput("BTC-DV", "Vụ Đảng viên", "DON_VI", ids["BTC"]))
        ids["VP"] = org.create_unit(s, data=UnitInput("VP", "Văn phòng Trung ương Đảng", "CO_QUAN", ids["KHOI"]))
        ids["VP-TH"] = org.create_unit(s, data=UnitInput("VP-TH", "Vụ Tổng hợp", "DON_VI", ids["VP"]))
        for code, name, gender, unit, position in [
            ("P1", "Nguyễn Thị Hoa", "F", "BTC-CS", "Chuyên viên"),
            ("P2", "Trần Văn An", "M", "BTC-DV", "Vụ trưởng"),
            ("P3", "Lê Thị Bích", "F", "VP-TH", "Chuyên viên chính"),
            ("P4", "Đặng Đức Dũng", "M", "BTC-CS", "Phó Vụ trưởng"),
            ("P5", "Phạm Văn Đông", "M", "VP-TH", ""),
        ]:
            ids[code] = org.create_person(
                s,
                data=PersonInput(
                    code=code, full_name=name, gender=gender, unit_id=ids[unit], birth_year=1980, position=position
                ),
            )
        ids["M"] = movement.create_movement(
            s, name="Tham mưu giỏi, phục vụ tốt", start_date=D(2019, 1, 1), end_date=D(2024, 12, 31)
        )
        ids["M2"] = movement.create_movement(
            s, name="Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở", start_date=D(2019, 1, 1)
        )
    db.ids = ids
    return db


def register(db, **kw) -> int:
    values = dict(movement_id=db.ids["M"], year=2020, achievement="Tham mưu kịp thời, chất lượng.")
    values.update(kw)
    with db.factory.begin() as s:
        return example.register_example(s, **values)


def fails(db, fn, **kw) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as info:
        with db.factory.begin() as s:
            fn(s, **kw)
    return info.value.fields


def get(db, eid):
    with db.factory() as s:
        return example.get_example(s, eid)


# ---------------------------------------------------------------- rules


def test_rule_stages_match_the_model_and_have_vietnamese_labels():
    assert rules.STAGES == MODEL_STAGES
    assert [rules.stage_label(s) for s in rules.STAGES] == ["Phát hiện", "Bồi dưỡng", "Tổng kết", "Nhân rộng"]


def test_rule_check_stages():
    assert rules.check_stages({"PHAT_HIEN": None}) == {}
    assert rules.check_stages({"PHAT_HIEN": D(2020, 1, 1), "BOI_DUONG": D(2020, 1, 1)}) == {}
    missing = rules.check_stages({"PHAT_HIEN": D(2020, 1, 1), "TONG_KET": D(2020, 5, 1)})
    assert missing == {
        "TONG_KET": "Chưa thể ghi nhận khâu Tổng kết khi chưa có khâu Bồi dưỡng: các khâu đi theo "
        "thứ tự Phát hiện → Bồi dưỡng → Tổng kết → Nhân rộng"
    }
    early = rules.check_stages({"PHAT_HIEN": D(2020, 3, 5), "BOI_DUONG": D(2020, 2, 1)})
    assert early == {
        "BOI_DUONG": "Ngày của khâu Bồi dưỡng (01/02/2020) không được trước ngày của khâu Phát hiện (05/03/2020)"
    }
    # An undated stage in the middle: the next one is compared with the last date known.
    skip = rules.check_stages({"PHAT_HIEN": D(2020, 3, 5), "BOI_DUONG": None, "TONG_KET": D(2020, 3, 1)})
    assert list(skip) == ["TONG_KET"] and "Phát hiện (05/03/2020)" in skip["TONG_KET"]
    assert "BAD" in rules.check_stages({"BAD": None})
    assert rules.current_stage(["PHAT_HIEN", "BOI_DUONG"]) == "BOI_DUONG"
    assert rules.current_stage([]) == ""
    assert rules.reached(["PHAT_HIEN", "BOI_DUONG"], "BOI_DUONG")
    assert not rules.reached(["PHAT_HIEN"], "BOI_DUONG")
    assert rules.year_errors(2018, D(2019, 1, 1), D(2024, 12, 31)) == "phải trong thời gian của phong trào (2019–2024)"
    assert rules.year_errors(2030, D(2019, 1, 1), None) == ""


# ---------------------------------------------------------------- registering


def test_register_person_records_the_first_stage(world):
    eid = register(
        world,
        person_id=world.ids["P1"],
        found_on=D(2020, 4, 2),
        found_note="Qua sơ kết 6 tháng",
        note="Đề nghị biểu dương",
    )
    row = get(world, eid)
    assert (row.kind, row.subject_name, row.position, row.unit_name) == (
        "CA_NHAN",
        "Nguyễn Thị Hoa",
        "Chuyên viên",
        "Vụ Cơ sở đảng",
    )
    assert row.unit_path == "Vụ Cơ sở đảng, Ban Tổ chức Trung ương"
    assert row.position_unit == "Chuyên viên, Vụ Cơ sở đảng, Ban Tổ chức Trung ương"
    assert row.movement_name == "Tham mưu giỏi, phục vụ tốt"
    assert (row.year, row.achievement, row.note) == (2020, "Tham mưu kịp thời, chất lượng.", "Đề nghị biểu dương")
    assert row.stage("PHAT_HIEN") == example.StageRow("PHAT_HIEN", True, D(2020, 4, 2), "Qua sơ kết 6 tháng")
    assert [s.done for s in row.stages] == [True, False, False, False]
    assert row.current_stage == "PHAT_HIEN"


def test_register_collective_without_a_date(world):
    eid = register(world, unit_id=world.ids["BTC-CS"], year=None, found_on=None)
    row = get(world, eid)
    assert (row.kind, row.subject_name, row.unit_path, row.position_unit) == (
        "TAP_THE",
        "Vụ Cơ sở đảng",
        "Ban Tổ chức Trung ương",
        "Ban Tổ chức Trung ương",
    )
    assert row.year is None
    assert row.stage("PHAT_HIEN").done and row.stage("PHAT_HIEN").on_date is None


def test_year_defaults_to_the_year_found(world):
    eid = register(world, person_id=world.ids["P2"], year=None, found_on=D(2022, 6, 1))
    assert get(world, eid).year == 2022


def test_duplicate_in_the_same_movement_is_refused_but_not_in_another(world):
    register(world, person_id=world.ids["P1"])
    errors = fails(
        world,
        example.register_example,
        movement_id=world.ids["M"],
        person_id=world.ids["P1"],
        year=2021,
        achievement="Lần nữa",
    )
    assert errors == {
        "subject": "«Nguyễn Thị Hoa» đã có trong danh sách điển hình tiên tiến của phong trào «Tham "
        "mưu giỏi, phục vụ tốt»; mỗi cá nhân, tập thể chỉ ghi nhận một lần trong một phong "
        "trào"
    }
    register(world, unit_id=world.ids["VP-TH"])
    errors = fails(
        world,
        example.register_example,
        movement_id=world.ids["M"],
        unit_id=world.ids["VP-TH"],
        year=2021,
        achievement="Lần nữa",
    )
    assert errors["subject"].startswith("Tập thể «Vụ Tổng hợp» đã có trong danh sách")
    register(world, person_id=world.ids["P1"], movement_id=world.ids["M2"])
    with world.factory() as s:
        assert len(example.list_examples(s)) == 3


def test_register_checks_subject_year_and_text(world):
    both = fails(
        world,
        example.register_example,
        movement_id=world.ids["M"],
        person_id=world.ids["P1"],
        unit_id=world.ids["BTC"],
        achievement="x",
    )
    assert both == {"subject": "chọn một cá nhân hoặc một tập thể"}
    assert fails(world, example.register_example, movement_id=world.ids["M"], achievement="x") == {
        "subject": "chọn một cá nhân hoặc một tập thể"
    }
    missing = fails(world, example.register_example, movement_id=world.ids["M"], person_id=99999, achievement="x")
    assert missing == {"subject": "không tìm thấy cán bộ (mã số 99999)"}
    missing = fails(world, example.register_example, movement_id=world.ids["M"], unit_id=99999, achievement="x")
    assert missing == {"subject": "không tìm thấy đơn vị (mã số 99999)"}
    errors = fails(
        world,
        example.register_example,
        movement_id=world.ids["M"],
        person_id=world.ids["P1"],
        year=2018,
        achievement="  ",
        note="n" * 1001,
    )
    assert errors == {
        "year": "phải trong thời gian của phong trào (2019–2024)",
        "achievement": "chưa nhập thành tích tiêu biểu",
        "note": "dài quá 1000 ký tự",
    }
    with pytest.raises(NotFound):
        with world.factory.begin() as s:
            example.register_example(s, movement_id=99999, person_id=world.ids["P1"], achievement="x")
    with world.factory() as s:
        assert example.list_examples(s) == []


def test_text_is_cleaned(world):
    eid = register(
        world, person_id=world.ids["P1"], achievement="  Tham  mưu\n\n  tốt  ", note="Cha\u0300o"
    )  # decomposed à
    row = get(world, eid)
    assert row.achievement == "Tham mưu\ntốt"
    assert row.note == "Chào"


def test_update_and_delete(world):
    eid = register(world, person_id=world.ids["P1"], found_on=D(2020, 1, 10))
    with world.factory.begin() as s:
        example.set_stage(s, example_id=eid, stage="BOI_DUONG", on_date=D(2020, 5, 1))
        example.update_example(s, example_id=eid, year=2021, achievement="Đổi mới", note="Ghi chú")
    row = get(world, eid)
    assert (row.year, row.achievement, row.note) == (2021, "Đổi mới", "Ghi chú")
    assert fails(world, example.update_example, example_id=eid, year=2030, achievement="") == {
        "achievement": "chưa nhập thành tích tiêu biểu",
        "year": "phải trong thời gian của phong trào (2019–2024)",
    }
    with world.factory.begin() as s:
        example.delete_example(s, example_id=eid)
    with world.factory() as s:
        assert example.list_examples(s) == []
        assert example.stage_counts(s, movement_id=world.ids["M"]).total == 0
    with pytest.raises(NotFound):
        with world.factory.begin() as s:
            example.delete_example(s, example_id=eid)


def test_examples_survive_their_movement(world):
    eid = register(world, person_id=world.ids["P1"])
    with world.factory.begin() as s:
        m = next(m for m in movement.list_movements(s) if m.id == world.ids["M"])
        movement.delete_movement(s, movement_id=m.id, version=m.version)
    row = get(world, eid)
    assert (row.movement_id, row.movement_name) == (None, "")


# ---------------------------------------------------------------- stages


def test_stages_go_in_order_with_increasing_dates(world):
    eid = register(world, person_id=world.ids["P1"], found_on=D(2020, 3, 5))
    errors = fails(world, example.set_stage, example_id=eid, stage="TONG_KET", on_date=D(2020, 12, 1))
    assert errors == {
        "TONG_KET": "Chưa thể ghi nhận khâu Tổng kết khi chưa có khâu Bồi dưỡng: các khâu đi theo "
        "thứ tự Phát hiện → Bồi dưỡng → Tổng kết → Nhân rộng"
    }
    errors = fails(world, example.set_stage, example_id=eid, stage="BOI_DUONG", on_date=D(2020, 2, 1))
    assert errors == {
        "BOI_DUONG": "Ngày của khâu Bồi dưỡng (01/02/2020) không được trước ngày của khâu Phát hiện (05/03/2020)"
    }
    with world.factory.begin() as s:
        example.set_stage(s, example_id=eid, stage="BOI_DUONG", on_date=D(2020, 3, 5), note="Cử đi học")
        example.set_stage(s, example_id=eid, stage="TONG_KET", on_date=D(2020, 12, 20))
        example.set_stage(s, example_id=eid, stage="NHAN_RONG", on_date=None, note="Bản tin thi đua")
    row = get(world, eid)
    assert [(s.stage, s.on_date, s.note) for s in row.stages] == [
        ("PHAT_HIEN", D(2020, 3, 5), ""),
        ("BOI_DUONG", D(2020, 3, 5), "Cử đi học"),
        ("TONG_KET", D(2020, 12, 20), ""),
        ("NHAN_RONG", None, "Bản tin thi đua"),
    ]
    assert row.current_stage == "NHAN_RONG"
    # Moving an earlier stage after a later one breaks the order: refused, nothing changes.
    errors = fails(world, example.set_stage, example_id=eid, stage="BOI_DUONG", on_date=D(2021, 1, 1))
    assert errors == {
        "TONG_KET": "Ngày của khâu Tổng kết (20/12/2020) không được trước ngày của khâu Bồi dưỡng (01/01/2021)"
    }
    assert get(world, eid).stage("BOI_DUONG").on_date == D(2020, 3, 5)
    # Changing a date in place keeps the stage.
    with world.factory.begin() as s:
        example.set_stage(s, example_id=eid, stage="TONG_KET", on_date=D(2020, 12, 21), note="Hội nghị tổng kết")
    assert get(world, eid).stage("TONG_KET") == example.StageRow("TONG_KET", True, D(2020, 12, 21), "Hội nghị tổng kết")


def test_clear_stage_from_the_last(world):
    eid = register(world, person_id=world.ids["P1"], found_on=D(2020, 3, 5))
    with world.factory.begin() as s:
        example.set_stage(s, example_id=eid, stage="BOI_DUONG", on_date=D(2020, 4, 1))
        example.set_stage(s, example_id=eid, stage="TONG_KET", on_date=D(2020, 5, 1))
    assert fails(world, example.clear_stage, example_id=eid, stage="BOI_DUONG") == {
        "BOI_DUONG": "Hãy bỏ khâu Tổng kết trước khi bỏ khâu Bồi dưỡng"
    }
    assert "PHAT_HIEN" in fails(world, example.clear_stage, example_id=eid, stage="PHAT_HIEN")
    with world.factory.begin() as s:
        example.clear_stage(s, example_id=eid, stage="TONG_KET")
        example.clear_stage(s, example_id=eid, stage="NHAN_RONG")  # not recorded: nothing happens
    assert get(world, eid).current_stage == "BOI_DUONG"


def test_save_stages_checks_the_whole_set(world):
    eid = register(world, person_id=world.ids["P1"], found_on=D(2020, 3, 5))
    with world.factory.begin() as s:
        example.save_stages(
            s,
            example_id=eid,
            stages={
                "PHAT_HIEN": (D(2020, 3, 1), "Sửa ngày"),
                "BOI_DUONG": (D(2020, 6, 1), ""),
                "TONG_KET": (D(2020, 9, 1), ""),
            },
        )
    row = get(world, eid)
    assert [s.on_date for s in row.stages] == [D(2020, 3, 1), D(2020, 6, 1), D(2020, 9, 1), None]
    assert row.stage("PHAT_HIEN").note == "Sửa ngày"
    # Both dates move at once: each step alone would be refused, the whole set is fine.
    with world.factory.begin() as s:
        example.save_stages(
            s,
            example_id=eid,
            stages={
                "PHAT_HIEN": (D(2020, 3, 1), ""),
                "BOI_DUONG": (D(2021, 6, 1), ""),
                "TONG_KET": (D(2021, 9, 1), ""),
            },
        )
    assert get(world, eid).current_stage == "TONG_KET"
    with world.factory.begin() as s:
        example.save_stages(s, example_id=eid, stages={"PHAT_HIEN": (D(2020, 3, 1), "")})
    assert get(world, eid).current_stage == "PHAT_HIEN"
    errors = fails(world, example.save_stages, example_id=eid, stages={"BOI_DUONG": (D(2021, 6, 1), "")})
    assert set(errors) == {"PHAT_HIEN", "BOI_DUONG"}
    assert errors["PHAT_HIEN"].startswith("Khâu Phát hiện là bắt buộc")
    errors = fails(
        world,
        example.save_stages,
        example_id=eid,
        stages={"PHAT_HIEN": (D(2020, 3, 1), ""), "NHAN_RONG": (D(2021, 6, 1), "")},
    )
    assert errors == {
        "NHAN_RONG": "Chưa thể ghi nhận khâu Nhân rộng khi chưa có khâu Bồi dưỡng: các khâu đi theo "
        "thứ tự Phát hiện → Bồi dưỡng → Tổng kết → Nhân rộng"
    }
    with pytest.raises(NotFound):
        with world.factory.begin() as s:
            example.set_stage(s, example_id=99999, stage="BOI_DUONG", on_date=None)


# ---------------------------------------------------------------- listing and counts


@pytest.fixture
def listed(world):
    ids = world.ids
    e = {}
    e["hoa"] = register(world, person_id=ids["P1"], found_on=D(2020, 1, 1), achievement="Đi đầu trong chuyển đổi số")
    e["an"] = register(world, person_id=ids["P2"], found_on=D(2021, 1, 1))
    e["bich"] = register(world, person_id=ids["P3"], found_on=D(2022, 1, 1))
    e["vu"] = register(world, unit_id=ids["BTC-DV"], found_on=D(2020, 2, 1))
    e["th"] = register(world, unit_id=ids["VP-TH"], found_on=D(2020, 2, 1))
    register(world, person_id=ids["P4"], movement_id=ids["M2"])
    with world.factory.begin() as s:
        for key, upto in (("hoa", "NHAN_RONG"), ("an", "BOI_DUONG"), ("vu", "TONG_KET")):
            for k, code in enumerate(rules.STAGES[1 : rules.STAGES.index(upto) + 1], start=1):
                example.set_stage(s, example_id=e[key], stage=code, on_date=D(2022, k, 1))
    world.e = e
    return world


def names(db, **kw) -> list[str]:
    with db.factory() as s:
        return [r.subject_name for r in example.list_examples(s, movement_id=db.ids["M"], **kw)]


def test_list_order_persons_by_agency_then_name_then_collectives(listed):
    # Ban Tổ chức (first agency): An before Hoa (given names); then Văn phòng: Bích.
    assert names(listed) == ["Trần Văn An", "Nguyễn Thị Hoa", "Lê Thị Bích", "Vụ Đảng viên", "Vụ Tổng hợp"]


def test_list_filters(listed):
    ids = listed.ids
    assert names(listed, kind="TAP_THE") == ["Vụ Đảng viên", "Vụ Tổng hợp"]
    assert names(listed, kind="CA_NHAN") == ["Trần Văn An", "Nguyễn Thị Hoa", "Lê Thị Bích"]
    assert names(listed, stage="PHAT_HIEN") == names(listed)
    assert names(listed, stage="BOI_DUONG") == ["Trần Văn An", "Nguyễn Thị Hoa", "Vụ Đảng viên"]
    assert names(listed, stage="TONG_KET") == ["Nguyễn Thị Hoa", "Vụ Đảng viên"]
    assert names(listed, stage="NHAN_RONG") == ["Nguyễn Thị Hoa"]
    assert names(listed, unit_id=ids["BTC"]) == ["Trần Văn An", "Nguyễn Thị Hoa", "Vụ Đảng viên"]
    assert names(listed, unit_id=ids["VP-TH"]) == ["Lê Thị Bích", "Vụ Tổng hợp"]
    assert names(listed, query="nguyen hoa") == ["Nguyễn Thị Hoa"]
    assert names(listed, query="chuyen doi so") == ["Nguyễn Thị Hoa"]  # the achievement
    assert names(listed, query="dang vien") == ["Trần Văn An", "Vụ Đảng viên"]  # the unit
    assert names(listed, kind="CA_NHAN", stage="BOI_DUONG", unit_id=ids["BTC-DV"]) == ["Trần Văn An"]
    with listed.factory() as s:
        everywhere = [r.subject_name for r in example.list_examples(s)]
        assert "Đặng Đức Dũng" in everywhere and len(everywhere) == 6
        with pytest.raises(ValidationFailed):
            example.list_examples(s, stage="XYZ")


def test_stage_counts(listed):
    with listed.factory() as s:
        c = example.stage_counts(s, movement_id=listed.ids["M"])
        other = example.stage_counts(s, movement_id=listed.ids["M2"])
        per_movement = example.example_counts(s)
    assert (c.total, c.persons, c.collectives) == (5, 3, 2)
    assert c.reached == (5, 3, 2, 1)
    assert c.current == (2, 1, 1, 1)
    assert c.reached_count("TONG_KET") == 2
    assert (other.total, other.persons, other.collectives, other.reached) == (1, 1, 0, (1, 0, 0, 0))
    assert per_movement == {listed.ids["M"]: 5, listed.ids["M2"]: 1}


def test_examples_report_carries_the_settings(listed):
    import dataclasses

    from app.services.settings import get_settings, save_settings

    with listed.factory.begin() as s:
        save_settings(
            s,
            values=dataclasses.replace(
                get_settings(s),
                agency_name="Ban Tổ chức Trung ương",
                signer_title="Trưởng ban",
                signer_name="Nguyễn Văn B",
                header_style="party",
            ),
        )
    with listed.factory() as s:
        report = example.examples_report(s, movement_id=listed.ids["M"], on_date=D(2024, 12, 20))
        with pytest.raises(NotFound):
            example.examples_report(s, movement_id=99999)
    assert report.movement_name == "Tham mưu giỏi, phục vụ tốt"
    assert (report.agency_name, report.signer_title, report.signer_name, report.header_style) == (
        "Ban Tổ chức Trung ương",
        "Trưởng ban",
        "Nguyễn Văn B",
        "party",
    )
    assert [r.subject_name for r in report.rows] == names(listed)


# ---------------------------------------------------------------- demo examples


GIVEN = ("An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Long", "Minh", "Nam")
MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Hữu", "Thanh")


def _many_people(db, n: int) -> None:
    with db.factory.begin() as s:
        for i in range(n):
            name = f"Nguyễn {MIDDLE[i // len(GIVEN)]} {GIVEN[i % len(GIVEN)]}"
            org.create_person(
                s,
                data=PersonInput(
                    code=f"X{i:03d}",
                    full_name=name,
                    gender="M",
                    unit_id=db.ids["BTC-CS" if i % 2 else "VP-TH"],
                    birth_year=1980,
                    active_from=D(2015, 1, 1),
                ),
            )


def _snapshot(db) -> list[tuple]:
    with db.factory() as s:
        return [
            (r.person_id, r.unit_id, r.year, r.achievement, r.stages)
            for r in example.list_examples(s, movement_id=db.ids["M"])
        ]


def test_seed_examples_is_deterministic_and_valid(world):
    _many_people(world, 60)
    with world.factory.begin() as s:
        n = example.seed_examples(s, movement_id=world.ids["M"], rng=random.Random(7), count=40)
    assert n == 40
    first = _snapshot(world)
    with world.factory.begin() as s:
        for r in example.list_examples(s, movement_id=world.ids["M"]):
            example.delete_example(s, example_id=r.id)
        assert example.seed_examples(s, movement_id=world.ids["M"], rng=random.Random(7), count=40) == 40
    assert _snapshot(world) == first
    with world.factory.begin() as s:
        for r in example.list_examples(s, movement_id=world.ids["M"]):
            example.delete_example(s, example_id=r.id)
        example.seed_examples(s, movement_id=world.ids["M"], rng=random.Random(8), count=40)
    assert _snapshot(world) != first

    rows = first
    units = [r for r in rows if r[1] is not None]
    assert len(units) == 5  # every department and agency the world has (a fifth would be 8)
    assert len({(p, u) for p, u, *_ in rows}) == 40  # nobody twice
    for _p, _u, year, achievement, stages in rows:
        assert 2019 <= year <= 2024 and achievement
        recorded = {s.stage: s.on_date for s in stages if s.done}
        assert "PHAT_HIEN" in recorded and rules.check_stages(recorded) == {}
        assert all(D(2019, 1, 1) <= d <= D(2024, 12, 31) for d in recorded.values())
        assert recorded["PHAT_HIEN"].year == year
    with world.factory() as s:
        c = example.stage_counts(s, movement_id=world.ids["M"])
    assert c.reached[0] == 40 and c.reached[0] >= c.reached[1] >= c.reached[2] >= c.reached[3] > 0


def test_seed_examples_skips_those_registered_and_stops_when_out_of_people(world):
    register(world, person_id=world.ids["P1"])
    with world.factory.begin() as s:
        n = example.seed_examples(s, movement_id=world.ids["M"], rng=random.Random(1), count=150)
    # 4 people left, and 5 units (departments and agencies; the bloc is never an example)
    assert n == 9
    with world.factory() as s:
        rows = example.list_examples(s, movement_id=world.ids["M"])
    assert len(rows) == 10
    assert sum(1 for r in rows if r.person_id == world.ids["P1"]) == 1
