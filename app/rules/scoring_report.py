"""The plain data of the scoring report (bảng tổng hợp kết quả chấm điểm thi đua): what
`app.services.scoring_report` gathers and `app.exports.scoring_report` prints. No Session,
no I/O.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from app.rules import scoring
from app.rules.document import DocumentHeader
from app.rules.scoring import NORMAL

__all__ = [
    "GAP_SHARE",
    "DONE",
    "PARTIAL",
    "MISSING",
    "OWN",
    "CriterionLine",
    "CriterionScore",
    "MemberScore",
    "AssessorLine",
    "SheetCell",
    "MissingLine",
    "ScoringReport",
]

GAP_SHARE = scoring.GAP_HIGHLIGHT_SHARE
"""A self-score that differs from the assessed average by at least this share of the
criterion's maximum (of the declared total, for the totals) is highlighted
(`app.rules.scoring.gap_is_large`): the meeting asks the member to explain it."""

DONE, PARTIAL, MISSING, OWN = "DONE", "PARTIAL", "MISSING", "OWN"
"""Sheet states: complete; some normal criteria unscored; nothing scored; the assessor's own
unit (never scored)."""


@dataclasses.dataclass(frozen=True)
class CriterionLine:
    """A line of the table: kind NORMAL, BONUS (điểm thưởng) or PENALTY (điểm trừ)."""

    code: str
    name: str
    group: str
    kind: str
    max_points: Decimal


@dataclasses.dataclass(frozen=True)
class CriterionScore:
    """One member on one criterion, signed as counted in the total (a penalty negative):
    the self-score, the assessors' average over complete sheets, self − assessed."""

    code: str
    self_points: Decimal | None
    assessed: Decimal | None
    gap: Decimal | None
    flagged: bool


@dataclasses.dataclass(frozen=True)
class MemberScore:
    """A member's result. `rank` None: no complete assessor sheet yet; `tied`: the rank is
    shared; `total` is the official average of the sheet totals (extremes dropped when
    `dropped_extremes`); `sheets` of `expected_sheets` assessor sheets are complete."""

    member_id: int
    name: str
    unit_id: int | None
    rank: int | None
    tied: bool
    self_total: Decimal | None
    self_complete: bool
    total: Decimal | None
    gap: Decimal | None
    gap_flagged: bool
    dropped_extremes: bool
    sheets: int
    expected_sheets: int
    scores: tuple[CriterionScore, ...]  # in the table's criterion order


@dataclasses.dataclass(frozen=True)
class AssessorLine:
    id: int
    name: str
    member_id: int | None  # the member it belongs to (and never scores)


@dataclasses.dataclass(frozen=True)
class SheetCell:
    """One assessor's sheet of one member: `total` for a complete sheet; the normal criteria
    still unscored for a partial one."""

    state: str  # DONE | PARTIAL | MISSING | OWN
    total: Decimal | None = None
    missing_codes: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class MissingLine:
    """A sheet still incomplete: `assessor_id` None is the member's own self-score; `codes`
    are the normal criteria without a score (all of them: nothing scored yet)."""

    member_id: int
    member_name: str
    assessor_id: int | None
    assessor_name: str
    codes: tuple[str, ...]
    nothing_scored: bool


@dataclasses.dataclass(frozen=True)
class ScoringReport:
    """Everything the xlsx and PDF writers print; built by `scoring_report`."""

    table_id: int
    table_name: str
    year: int
    bloc_name: str
    declared_total: Decimal
    drop_extremes: bool
    assessor_mode: str  # MEMBERS (members score each other) | PANEL (listed people, e.g. the council)
    criteria: tuple[CriterionLine, ...]
    members: tuple[MemberScore, ...]  # the members of the table's year, in member order
    assessors: tuple[AssessorLine, ...]
    sheets: tuple[tuple[SheetCell, ...], ...]  # [assessor][member], aligned with the two tuples
    self_sheets: tuple[SheetCell, ...]  # per member
    missing: tuple[MissingLine, ...]
    header: DocumentHeader
    leader_name: str  # the member that is Khối trưởng in `year`, "" if none is set
    signer_title: str
    signer_name: str
    gap_share: Decimal = GAP_SHARE

    @property
    def ranking(self) -> tuple[MemberScore, ...]:
        """Ranked members by rank (ties in member order), then those without a total."""
        order = {m.member_id: i for i, m in enumerate(self.members)}
        ranked = sorted((m for m in self.members if m.rank is not None), key=lambda m: (m.rank, order[m.member_id]))
        return tuple(ranked) + tuple(m for m in self.members if m.rank is None)

    @property
    def normal_codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.criteria if c.kind == NORMAL)
