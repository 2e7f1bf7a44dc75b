"""Two processes (two PCs) writing at once on PostgreSQL still form one audit chain."""

from __future__ import annotations

import multiprocessing

import pytest

from app.services import audit
from app.services.integrity import full_check

WRITES = 15


def _writer(url: str, tag: str, start, out) -> None:
    from app.database import open_database
    from app.rules.person import UnitInput
    from app.services.org import create_unit

    db = open_database(url, upgrade=False)
    start.wait(30)
    try:
        for i in range(WRITES):
            with db.factory.begin() as s:
                create_unit(s, data=UnitInput(f"{tag}{i:02d}", f"Đơn vị {tag} {i}", "CO_QUAN"))
                audit.log_event(s, "EXPORT", detail={"by": tag, "i": i})
        out.put((tag, "ok"))
    except Exception as exc:  # reported to the test, which fails with it
        out.put((tag, f"{type(exc).__name__}: {exc}"))
    finally:
        db.close()


def test_two_processes_form_one_chain(db, db_url, on_postgres):
    if not on_postgres:
        pytest.skip("PostgreSQL only (set TDKT_TEST_DATABASE_URL); SQLite serialises writers by its file lock")
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(db_url, tag, start, out)) for tag in ("A", "B")]
    for p in procs:
        p.start()
    start.set()
    results = dict(out.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(60)
    assert results == {"A": "ok", "B": "ok"}
    with db.factory() as s:
        entries = audit.list_entries(s)
        assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
        units = [e for e in entries if e.table == "unit"]
        assert len(units) == 2 * WRITES
        assert full_check(s) == []
