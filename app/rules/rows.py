"""The plain rows that services return and exports print (issue 18: exports depend on
plain data types, never on services). Pure NamedTuples; the services re-export them under
their old names."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import NamedTuple

from app.rules.eligibility import Reason
from app.rules.examples import stage_index


# from app.services.example
class StageRow(NamedTuple):
    """One of the four stages of an example: `done` when recorded (its date may be unknown)."""

    stage: str
    done: bool
    on_date: _dt.date | None
    note: str


# from app.services.example
class ExampleRow(NamedTuple):
    """A model example as listed and exported.

    `kind` is CA_NHAN (person) or TAP_THE (collective); `unit_name` is the person's unit or
    the collective's parent unit, `unit_path` the same unit and those above it, smallest
    first, without the bloc ("Vụ Cơ sở đảng, Ban Tổ chức Trung ương"). `stages` holds the
    four stages in order; `current_stage` is the furthest one recorded."""

    id: int
    movement_id: int | None
    movement_name: str
    kind: str
    person_id: int | None
    unit_id: int | None
    code: str
    subject_name: str
    gender: str
    position: str
    unit_name: str
    unit_path: str
    year: int | None
    achievement: str
    note: str
    stages: tuple[StageRow, ...]
    current_stage: str

    def stage(self, code: str) -> StageRow:
        return self.stages[stage_index(code)]

    @property
    def position_unit(self) -> str:
        """ "Chức vụ – đơn vị": 'Chuyên viên, Vụ Cơ sở đảng, Ban Tổ chức Trung ương'."""
        return ", ".join(p for p in (self.position, self.unit_path) if p)


# from app.services.example
class ExampleListSummary(NamedTuple):
    """Everything the Excel list of a movement's examples prints (app.exports.examples_xlsx):
    the movement, the agency's identity from the settings, the date, and the rows."""

    movement_name: str
    start_date: _dt.date | None
    end_date: _dt.date | None
    agency_name: str
    issuing_body: str
    header_style: str
    place_name: str
    signer_title: str
    signer_name: str
    on_date: _dt.date
    rows: tuple[ExampleRow, ...]


# from app.services.decision_read
class DecisionItemRow(NamedTuple):
    """One recipient as listed in the decision (subject CA_NHAN or TAP_THE)."""

    id: int
    position: int
    so_so_vang: int
    subject: str
    person_id: int | None
    unit_id: int | None
    salutation: str
    name: str
    gender: str
    job_title: str
    work_unit: str
    leader_level: str
    award_code: str
    award_name: str
    award_kind: str
    achievement: str
    nomination_id: int | None
    award_id: int | None


# from app.services.nomination
class NominationRow(NamedTuple):
    """One nomination as listed, filtered and exported.

    `salutation` is "Ông"/"Bà" from the person's gender, "Tập thể" for a unit;
    `work_unit` is the person's unit (or a unit's parent); `conflicts` names the council
    members from the nominee's unit or an agency above it (or the nominee himself).
    """

    id: int
    round_id: int
    subject: str  # CA_NHAN | TAP_THE
    person_id: int | None
    unit_id: int | None
    person_code: str
    salutation: str
    name: str
    gender: str
    position: str
    work_unit: str
    agency: str
    leader_level: str
    staff_category: str
    award_code: str
    award_name: str
    status: str
    achievement: str
    submitting_unit_id: int | None
    submitting_unit_name: str
    verdict_status: str  # "" until computed
    reasons: tuple[Reason, ...]
    verdict_text: str
    conflicts: tuple[str, ...]
    version: int
    leads_bloc: str | None = None  # the bloc a Cờ thi đua nominee leads (Nomination.leads_bloc)


# from app.services.money
class AmountLine(NamedTuple):
    """One line of a decision with its money. `due` is what the award carries, `amount`
    what is paid (less when `note` says why: one award per achievement)."""

    item_id: int
    so_so_vang: int
    subject: str  # CA_NHAN | TAP_THE
    salutation: str
    name: str
    job_title: str
    work_unit: str
    award_code: str
    award_name: str
    award_kind: str
    multiple: Decimal
    multiple_unconfirmed: bool
    due: int
    amount: int
    note: str


# from app.services.money
class RewardsRow(NamedTuple):
    """One unit's (or the total's) awards: count and money per level (LEVELS order)."""

    unit_id: int | None
    name: str
    counts: tuple[int, int, int]
    amounts: tuple[int, int, int]

    @property
    def count(self) -> int:  # type: ignore[override]  # shadows tuple.count on purpose: the sheets read .count
        return sum(self.counts)

    @property
    def amount(self) -> int:
        return sum(self.amounts)


# from app.services.money
class RewardsReport(NamedTuple):
    """The year's awards and reward money per unit and per level."""

    year: int
    rows: tuple[RewardsRow, ...]
    total: RewardsRow
    frozen_awards: int  # valued from issued decisions
    computed_awards: int  # valued by the rules (history entered without a decision)
    unvalued_awards: int  # no base salary for their date


# from app.services.reports
class FormColumn(NamedTuple):
    """A data column of a form: leaf header, upper headers (outermost first), its number."""

    header: str
    groups: tuple[str, ...]
    number: str


# from app.services.reports
class FormRow(NamedTuple):
    """A row of a form. Headings ("1. Chia theo …") have no code and no values."""

    label: str
    code: str
    unit: str  # đơn vị tính ("" on 0601, which prints it once above the table)
    values: tuple[int, ...]
    bold: bool = False

    @property
    def heading(self) -> bool:
        return not self.values


# from app.services.reports
class FormReport(NamedTuple):
    """One TT 02/2023 form for a year. `values[0]` of each row is column 1 ("Tổng số")."""

    form: str  # "0601" | "0602" | "0603"
    year: int
    title: str
    period: tuple[_dt.date, _dt.date]
    columns: tuple[FormColumn, ...]
    rows: tuple[FormRow, ...]
    unit_label: str  # "Phong trào" on 0601, "" when the rows carry their unit
    notes: tuple[str, ...]
    reporting_unit: str
    receiving_unit: str

    def row(self, code: str) -> FormRow:
        return next(r for r in self.rows if r.code == code)


# from app.services.reports
class UnitCountsRow(NamedTuple):
    unit_id: int | None  # None on the total row
    name: str
    counts: tuple[int, ...]  # one per year of the report
    total: int


# from app.services.reports
class AwardsByUnitReport(NamedTuple):
    """Awards (individual and collective) per unit and per award year."""

    year: int
    years: tuple[int, ...]
    level_filter: str  # LEVEL_FILTERS key
    rows: tuple[UnitCountsRow, ...]
    total: UnitCountsRow  # awards in any selected unit, each counted once


# from app.services.reports
class ShareRow(NamedTuple):
    """Individual awards with how many went to non-leaders ("người trực tiếp") and to women."""

    label: str
    individuals: int
    non_leaders: int
    women: int

    @property
    def non_leader_pct(self) -> float | None:
        return round(100 * self.non_leaders / self.individuals, 1) if self.individuals else None

    @property
    def women_pct(self) -> float | None:
        return round(100 * self.women / self.individuals, 1) if self.individuals else None


# from app.services.reports
class ShareReport(NamedTuple):
    year: int
    years: tuple[int, ...]
    level_filter: str
    by_unit: tuple[ShareRow, ...]  # the report year
    by_unit_total: ShareRow
    by_unit_span: tuple[ShareRow, ...]  # the whole span of years
    by_unit_span_total: ShareRow
    by_year: tuple[ShareRow, ...]  # all selected units, year by year
