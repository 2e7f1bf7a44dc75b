"""The audit trail and `check` (SQLite and PostgreSQL): every write through a Session is an
entry of one hash chain; each kind of tampering is found and named."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, insert, select, text, update

from app.cli import main
from app.models import AuditEntry, BallotSheet, Person, Rating
from app.rules.person import PersonInput, UnitInput
from app.services import audit
from app.services import ballot as bs
from app.services.integrity import full_check, verify_chain
from app.services.org import create_person, create_unit, update_person
from tests.app.services.test_ballot import _pile, enter, make_world


def _entries(session, table=None):
    return audit.list_entries(session, table=table)


def _raw(db, sql, **params):
    """A change made outside the program (a SQLite editor, psql): no Session, no trail."""
    with db.engine.begin() as conn:
        conn.execute(text(sql), params)


def _unit_person(session):
    unit = create_unit(session, data=UnitInput("SNN", "Sở Nông nghiệp", "CO_QUAN"))
    pid = create_person(session, data=PersonInput("NV-9001", "Nguyễn Thị Hoa", "F", unit, position="Chuyên viên"))
    session.commit()
    return unit, pid


def test_orm_insert_update_delete_are_chained_entries(db, session):
    unit, pid = _unit_person(session)
    person = session.get(Person, pid)
    update_person(
        session,
        person_id=pid,
        version=person.version,
        data=PersonInput("NV-9001", "Nguyễn Thị Hoa", "F", unit, position="Trưởng phòng"),
    )
    session.commit()
    rows = audit.row_history(session, "person", pid)
    assert [r.action for r in rows] == ["INSERT", "UPDATE"]
    assert rows[0].before is None and rows[0].after["full_name"] == "Nguyễn Thị Hoa"
    assert ("position", "Chuyên viên", "Trưởng phòng") in rows[1].changes()
    session.delete(session.get(Person, pid))
    session.commit()
    last = audit.row_history(session, "person", pid)[-1]
    assert last.action == "DELETE" and last.before["position"] == "Trưởng phòng" and last.after is None
    seqs = [e.seq for e in _entries(session)]
    assert seqs == list(range(1, len(seqs) + 1))
    assert full_check(session) == []
    assert verify_chain(session) == []


def test_core_bulk_writes_and_cascades_are_recorded(db, session):
    unit, pid = _unit_person(session)
    # Core executemany, as the importers do.
    session.execute(
        insert(Rating), [{"person_id": pid, "year": y, "rating": "HTXSNV", "version": 1} for y in (2021, 2022, 2023)]
    )
    table = Rating.__table__
    session.connection().execute(update(table).where(table.c.year == 2022).values(rating="HTTNV"))
    session.execute(delete(Rating).where(Rating.year == 2023))
    session.execute(update(Rating).where(Rating.year == 2021).values(rating="HTNV"))  # ORM-enabled, WHERE
    session.commit()
    actions = [
        (r.action, r.after and r.after.get("year"), r.before and r.before.get("year"))
        for r in _entries(session, "rating")
    ]
    assert actions == [
        ("INSERT", 2021, None),
        ("INSERT", 2022, None),
        ("INSERT", 2023, None),
        ("UPDATE", 2022, 2022),
        ("DELETE", None, 2023),
        ("UPDATE", 2021, 2021),
    ]
    assert _entries(session, "rating")[-1].changes()[0] == ("rating", "HTXSNV", "HTNV")
    # ON DELETE CASCADE: the database deletes a ballot's sheets itself; the trail has them.
    world = make_world(session)
    bid = bs.create_ballot(session, meeting_id=world["meeting"], award_code="CSTDCS")
    enter(session, bid, "A", _pile())
    session.commit()
    sheets = {str(i) for i in session.scalars(select(BallotSheet.id).where(BallotSheet.ballot_id == bid))}
    bs.delete_ballot(session, ballot_id=bid)
    session.commit()
    deleted = {r.row_id for r in _entries(session, "ballot_sheet") if r.action == "DELETE"}
    assert sheets <= deleted
    assert full_check(session) == []


def test_row_edited_outside_is_found_by_table_row_and_column(db, session, capsys):
    _unit, pid = _unit_person(session)
    _raw(db, "UPDATE person SET full_name = 'Kẻ Giả Mạo' WHERE id = :id", id=pid)
    findings = full_check(session)
    assert any(
        "Bảng person, dòng" in f and f"dòng {pid}, cột full_name" in f and "Kẻ Giả Mạo" in f for f in findings
    ), findings
    if db.engine.dialect.name == "sqlite":
        assert main(["--db", db.engine.url.database, "check"]) == 4
        out = capsys.readouterr().out
        assert f"Bảng person, dòng {pid}, cột full_name" in out


def test_findings_speak_english_when_asked(db, session, capsys):
    from app.messages import localize, set_language

    _unit, pid = _unit_person(session)
    _raw(db, "UPDATE person SET full_name = 'Kẻ Giả Mạo' WHERE id = :id", id=pid)
    _raw(db, "DELETE FROM person WHERE id = :id", id=pid)
    findings = full_check(session)
    english = [localize(f, "en") for f in findings]
    assert f"Table person, row {pid}: in the audit trail" in "\n".join(english), english
    assert not any("Bảng" in f or "nhật ký" in f for f in english)
    if db.engine.dialect.name == "sqlite":
        try:
            assert main(["--lang", "en", "--db", db.engine.url.database, "check"]) == 4
        finally:
            set_language("vi")
        out = capsys.readouterr().out
        assert f"Table person, row {pid}: in the audit trail (entry" in out and "Bảng" not in out


def test_rows_added_or_deleted_outside_are_found(db, session):
    unit, pid = _unit_person(session)
    _raw(db, "DELETE FROM person WHERE id = :id", id=pid)
    _raw(
        db,
        "INSERT INTO unit (code, name, kind, sort_order, is_active, version, updated_at, updated_by) "
        "VALUES ('LAU', 'Đơn vị lậu', 'DON_VI', 9, true, 1, '2026-01-01 00:00:00', 'x')",
    )
    findings = "\n".join(full_check(session))
    assert f"Bảng person, dòng {pid}: có trong nhật ký" in findings and "bị xóa ngoài chương trình" in findings
    assert "Bảng unit, dòng" in findings and "được thêm ngoài chương trình" in findings


def test_audit_entry_edited_is_found(db, session):
    _unit_person(session)
    target = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "person")).first()
    seq = target.seq
    _raw(db, "UPDATE audit_log SET account = 'ai-do-khac' WHERE seq = :s", s=seq)
    session.expire_all()
    findings = full_check(session)
    assert any(f"mục số {seq}" in f and "bị sửa" in f for f in findings), findings
    assert any(f"mục số {seq}" in f for f in verify_chain(session))


def test_audit_entry_deleted_is_found(db, session):
    unit, pid = _unit_person(session)
    person = session.get(Person, pid)
    update_person(
        session,
        person_id=pid,
        version=person.version,
        data=PersonInput("NV-9001", "Nguyễn Thị Hoa", "F", unit, position="Phó phòng"),
    )
    session.commit()
    seq = audit.row_history(session, "person", pid)[0].seq
    _raw(db, "DELETE FROM audit_log WHERE seq = :s", s=seq)
    findings = full_check(session)
    assert any(f"thiếu mục số {seq}" in f for f in findings), findings


def test_sealed_sheet_edited_is_found(db, session):
    world = make_world(session)
    bid = bs.create_ballot(session, meeting_id=world["meeting"], award_code="CSTDCS")
    enter(session, bid, "A", _pile())
    enter(session, bid, "B", _pile())
    bs.seal_ballot(session, ballot_id=bid)
    session.commit()
    assert full_check(session) == []
    assert [e.action for e in audit.list_entries(session, table="ballot", row_id=bid)][-1] == "SEAL"
    _raw(db, "UPDATE ballot_sheet SET struck = '1' WHERE ballot_id = :b AND entry = 'A' AND number = 3", b=bid)
    session.expire_all()
    findings = full_check(session)
    assert any(f"Bảng ballot, dòng {bid}" in f and "niêm phong" in f for f in findings), findings
    assert any("Bảng ballot_sheet" in f and "cột struck" in f for f in findings), findings
    assert any("niêm phong" in f for f in verify_chain(session))


def test_rolled_back_writes_leave_no_entry_and_the_chain_continues(db, session):
    _unit_person(session)
    head = _entries(session)[-1].seq
    create_unit(session, data=UnitInput("TAM", "Tạm", "CO_QUAN"))
    session.rollback()
    assert _entries(session)[-1].seq == head
    create_unit(session, data=UnitInput("TAM2", "Tạm hai", "CO_QUAN"))
    session.commit()
    assert _entries(session)[-1].seq == head + 1
    assert full_check(session) == []


def test_events_and_cli_audit_filters(db, session, capsys):
    _unit, pid = _unit_person(session)
    audit.log_event(session, "EXPORT", detail={"kind": "nominations", "out": "D:/Báo cáo/ds #1.xlsx"})
    session.commit()
    if db.engine.dialect.name != "sqlite":
        rows = audit.list_entries(session, table="person", row_id=pid)
        assert [r.action for r in rows] == ["INSERT"]
        return
    path = db.engine.url.database
    assert main(["--db", path, "audit", "--json", "--table", "person", "--id", str(pid)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["action"] for r in rows] == ["INSERT"] and rows[0]["after"]["code"] == "NV-9001"
    assert main(["--db", path, "audit", "--json", "--since", "2000-01-01"]) == 0
    actions = [r["action"] for r in json.loads(capsys.readouterr().out)]
    assert "EXPORT" in actions and "INSERT" in actions
    assert main(["--db", path, "audit", "--since", "hôm qua"]) == 2
    assert "--since" in capsys.readouterr().err


def test_genesis_covers_rows_of_an_old_database(db_url):
    """A database made at revision 0006 with data: the upgrade writes one GENESIS entry
    per row and the check is clean."""
    from alembic import command

    from app import migrate
    from app.database import open_database
    from app.db import make_engine

    engine = make_engine(db_url)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO unit (code, name, kind, sort_order, is_active, version, updated_at, updated_by) "
                "VALUES ('CU', 'Đơn vị cũ', 'CO_QUAN', 1, true, 1, '2025-01-01 08:00:00', 'cu')"
            )
        )
    engine.dispose()
    db = open_database(db_url)
    with db.factory() as s:
        genesis = [r for r in audit.list_entries(s) if r.action == "GENESIS"]
        assert [(r.table, r.after["code"]) for r in genesis if r.table == "unit"] == [("unit", "CU")]
        assert full_check(s) == []
    db.close()


def test_viewer_role_blocks_core_writes_too(db, session):
    from app.errors import PermissionDenied

    _unit_person(session)
    session.info["actor"] = audit.Actor("xem", "viewer")
    with pytest.raises(PermissionDenied) as info:
        session.execute(update(Person).values(position="x"))
    assert "xem" in info.value.message()
    session.rollback()
    assert session.scalars(select(Person.position)).all() == ["Chuyên viên"]


def test_savepoint_rollback_keeps_the_earlier_inserts_recorded(db, session):
    first = create_unit(session, data=UnitInput("TRUOC", "Trước điểm lưu", "CO_QUAN"))
    try:
        with session.begin_nested():
            create_unit(session, data=UnitInput("TRONG", "Trong điểm lưu", "CO_QUAN"))
            audit.log_event(session, "EXPORT", detail={"x": 1})  # records both, then rolled back
            raise RuntimeError("bỏ")
    except RuntimeError:
        pass
    session.commit()
    codes = [r.after["code"] for r in _entries(session, "unit")]
    assert codes == ["TRUOC"] and str(first) in {r.row_id for r in _entries(session, "unit")}
    assert full_check(session) == []


def test_trail_copied_to_the_server_still_verifies(db, tmp_path, on_postgres):
    """copy-db SQLite → PostgreSQL keeps the chain and the rows' images equal."""
    if not on_postgres:
        pytest.skip("PostgreSQL only (set TDKT_TEST_DATABASE_URL)")
    from app.database import open_database
    from app.services.copy_db import copy_database
    from app.services.demo import generate_demo

    source = open_database(tmp_path / "nguồn.db")
    with source.factory.begin() as s:
        generate_demo(s, people=40, seed=3)
    with source.factory() as s:
        assert full_check(s) == []
    copy_database(source.engine, db.engine)
    source.close()
    with db.factory() as s:
        assert full_check(s) == []


def test_resync_records_a_migration_that_changed_rows(db, session):
    """A later migration that changes rows with SQL calls audit.resync at its end."""
    _unit, pid = _unit_person(session)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE person SET code = upper(code) || '-X' WHERE id = :id"), {"id": pid})
        assert audit.resync(conn) == 1
    last = audit.row_history(session, "person", pid)[-1]
    assert (last.action, last.account, last.after["code"]) == ("UPDATE", "(nâng cấp lược đồ)", "NV-9001-X")
    assert full_check(session) == []


def test_recomputed_verdicts_are_a_cache_the_trail_does_not_record(db, tmp_path):
    """The last eligibility verdict of a nomination is derived data (CACHE_COLUMNS):
    recomputing it appends no entry, and `check` stays clean; a real edit still does."""
    import datetime as dt

    from sqlalchemy import func, select, update

    from app.models import AuditEntry, Nomination
    from app.rules.person import PersonInput, UnitInput
    from app.services import integrity
    from app.services import movement as mv
    from app.services import nomination as nom
    from app.services.org import create_person, create_unit

    with db.factory.begin() as s:
        unit = create_unit(s, data=UnitInput("SNV", "Sở Nội vụ", "CO_QUAN"))
        person = create_person(s, data=PersonInput("CB001", "Nguyễn Thị Hoa", "F", unit, birth_year=1985))
        rnd = mv.create_round(s, name="Đợt xét năm 2025", year=2025, review_date=dt.date(2025, 12, 10))
        nid = nom.add_nominations(s, round_id=rnd, award_code="LDTT", person_ids=[person]).added[0]
    with db.factory() as s:
        before = s.scalar(select(func.max(AuditEntry.seq)))
    with db.factory.begin() as s:
        nom.compute_verdicts(s, round_id=rnd)
        nom.compute_verdicts(s, round_id=rnd)
    with db.factory() as s:
        assert s.scalar(select(func.max(AuditEntry.seq))) == before
        assert s.get(Nomination, nid).verdict_status  # the cache was written
        assert integrity.full_check(s) == []
    with db.factory.begin() as s:  # the option does not hide a real edit
        s.execute(
            update(Nomination)
            .where(Nomination.id == nid)
            .values(achievement="Hoàn thành tốt")
            .execution_options(audit_cache=True)
        )
    with db.factory() as s:
        assert s.scalar(select(func.max(AuditEntry.seq))) == before + 1
        assert integrity.full_check(s) == []
