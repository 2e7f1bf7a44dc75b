"""The ranking from SQL aggregates equals the ranking computed from every point (issue 17:
the ranking tab must not load 100,000 scores into Python)."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from sqlalchemy import insert, select

from app.models import Score, ScoringItem
from app.rules.scoring import BONUS, NORMAL, PENALTY, Criterion
from app.services import bloc as svc


def _build(session, seed: int, *, members: int, drop_extremes: bool, holes: float) -> int:
    rng = random.Random(seed)
    items = [Criterion(f"{i + 1}", f"Tiêu chí {i + 1}", Decimal("20"), f"Nhóm {i // 2 + 1}") for i in range(5)]
    items += [
        Criterion("C1", "Điểm cộng", Decimal("5"), "Cộng", BONUS),
        Criterion("T1", "Điểm trừ", Decimal("7.5"), "Trừ", PENALTY),
    ]
    bloc = svc.create_bloc(session, name=f"Cụm thi đua {seed}")
    ids = svc.add_members(session, bloc_id=bloc, names=[f"Đơn vị số {i + 1}" for i in range(members)])
    table = svc.create_table(
        session, bloc_id=bloc, year=2025, name="Bảng", declared_total=100, items=items, drop_extremes=drop_extremes
    )
    item_ids = dict(
        session.execute(select(ScoringItem.code, ScoringItem.id).where(ScoringItem.table_id == table)).all()
    )
    assessors = {a.member_id: a.id for a in svc.list_assessors(session, table_id=table)}
    rows = []
    for m in ids:
        for home, a in [(None, None), *assessors.items()]:
            if home == m:
                continue
            for c in items:
                if rng.random() < holes or (c.kind != NORMAL and rng.random() < 0.5):
                    continue
                p = (c.max_points * Decimal(rng.randint(0, 100)) / 100).quantize(Decimal("0.25"))
                rows.append(dict(item_id=item_ids[c.code], member_id=m, assessor_id=a, points=p))
    session.execute(insert(Score), rows)
    session.flush()
    return table


@pytest.mark.parametrize(
    "seed,members,drop,holes", [(1, 6, True, 0.0), (2, 7, False, 0.03), (3, 8, True, 0.02), (4, 3, False, 0.3)]
)
def test_sql_ranking_equals_the_ranking_from_every_point(session, seed, members, drop, holes):
    table = _build(session, seed, members=members, drop_extremes=drop, holes=holes)
    fast = svc.compute_ranking(session, table_id=table)
    full = svc.compute_ranking(session, table_id=table, with_points=True)
    assert fast.rows == full.rows
    assert fast.missing == full.missing
    assert fast.results == full.results
    assert fast.self_points == full.self_points
    assert fast.sheet_points == {} and full.sheet_points
    if holes:
        assert fast.missing  # the holes show as missing scores
    assert any(r.dropped_extremes for r in fast.rows) == (drop and members - 1 >= 5)
