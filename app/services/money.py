"""Reward money: base salaries as dated data, the rounding of a rule set, the amount of
every line of a decision, the payment list, and the year's totals per unit and level.

Every function takes a Session (the caller owns the transaction), runs on any thread and
returns DTOs or ids. Amounts are integers (đồng); multiples are Decimals; no floats.

How an amount is found (DOMAIN.md §3–§5):
* the base salary in force on the decision's date (`base_salary` table, editable);
* the multiple of the award under the rule set in force on that date (the rule's
  `reward_multiple`, else the catalogue's); with no rule set that day (decisions before
  2024), the catalogue's multiple and the default rounding, with a warning;
* multiple × base salary rounded per the rule set (`reward_rounding_*`: default UP to
  10,000 đ, unconfirmed for NĐ 152/2025);
* one award per achievement (`app.rules.money.apply_one_award`, rule in PAY_RULE_TEXT): in
  one decision a recipient gets the highest of its titles and the highest of its forms.
When a decision is issued the amounts are frozen on its lines (`freeze_amounts`), so a
later change of base salary or rule never changes what was paid.

The year's totals (`rewards_report`) count every award of history whose decision date
falls in the year (without a date: its award year); an award written by a decision issued
in the program carries its frozen amount, any other (imported history) is valued by the
same rules — named "tính theo quy định" in the report's notes.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.errors import AppError, BadInput, Msg, NotFound, ValidationFailed
from app.models import Award, AwardRule, AwardType, BaseSalary, Decision, DecisionItem, Person, RuleSet
from app.rules import money as M
from app.rules.catalogue import params_from_json
from app.rules.rows import (  # the plain rows, re-exported for callers
    AmountLine,
    RewardsReport,
    RewardsRow,
)
from app.rules.vntext import clean_text
from app.services import audit
from app.services.common import current_user, flush_or_stale, load_for_update
from app.services.decision_read import get_decision
from app.services.org import UnitRow, list_units, subtree_ids
from app.services.settings import get_settings

if TYPE_CHECKING:
    from app.rules.rows import DecisionItemRow

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

LEVELS = {"CO_SO": "Cấp cơ sở", "BO_TINH": "Cấp bộ, ban, ngành, tỉnh", "NHA_NUOC": "Cấp Nhà nước"}
SALARY_LABELS = {"effective_from": "Áp dụng từ ngày", "amount": "Mức lương cơ sở", "legal_text": "Văn bản"}
ROUNDING_LABELS = {"step": "Làm tròn đến", "mode": "Cách làm tròn"}
MAX_BASE_SALARY = 1_000_000_000


class NoBaseSalary(AppError):
    """No base salary is in force on a date."""

    code = "no_base_salary"


# ---------------------------------------------------------------- DTOs


class BaseSalaryRow(NamedTuple):
    """A base salary (đồng/month) in force from `effective_from` until the next one."""

    id: int
    effective_from: _dt.date
    amount: int
    legal_text: str
    version: int


class RuleSetMoney(NamedTuple):
    """The rounding of a rule set (edit and save with `version`)."""

    rule_set_id: int
    name: str
    rounding: M.Rounding
    version: int


class DecisionAmounts(NamedTuple):
    """The money of a decision. `frozen`: the amounts stored when it was issued."""

    decision_id: int
    number_text: str
    decision_date: _dt.date
    status: str
    base_salary: int | None
    rule_set_name: str
    rounding: M.Rounding
    lines: tuple[AmountLine, ...]
    total: int
    people_total: int
    units_total: int
    warnings: tuple[str, ...]
    frozen: bool

    @property
    def total_words(self) -> str:
        return M.amount_words(self.total)

    def by_item(self) -> dict[int, AmountLine]:
        return {line.item_id: line for line in self.lines}


# ---------------------------------------------------------------- base salaries


def _salary_row(b: BaseSalary) -> BaseSalaryRow:
    return BaseSalaryRow(b.id, b.effective_from, int(b.amount), b.legal_text, b.version)


def list_base_salaries(session: Session) -> list[BaseSalaryRow]:
    """Every base salary, oldest first."""
    return [_salary_row(b) for b in session.scalars(select(BaseSalary).order_by(BaseSalary.effective_from))]


def parse_amount(text: object) -> int:
    """'2.340.000', '2,340,000', '2 340 000 đ' or 2340000 → 2340000. Raises ValueError."""
    if isinstance(text, (bool, float)):
        raise ValueError("phải là số nguyên đồng")
    if isinstance(text, int):
        return text
    t = clean_text(text).lower().removesuffix("đồng").removesuffix("đ").strip()
    t = t.replace(".", "").replace(",", "").replace(" ", "")
    if not t.isdigit():
        raise ValueError("phải là số nguyên đồng, ví dụ 2.340.000")
    return int(t)


def save_base_salary(
    session: Session,
    *,
    effective_from: _dt.date | None,
    amount: int | str,
    legal_text: str = "",
    salary_id: int | None = None,
    version: int | None = None,
) -> int:
    """Add (no `salary_id`) or change a base salary. Raises ValidationFailed (fields of
    SALARY_LABELS), NotFound, StaleRecord. Only the admin's screens should call it."""
    errors: dict[str, str] = {}
    try:
        value = parse_amount(amount)
        if not 1 <= value <= MAX_BASE_SALARY:
            errors["amount"] = Msg("reason.salary_range")
    except ValueError as exc:
        errors["amount"], value = str(exc), 0
    legal_text = clean_text(legal_text)
    if len(legal_text) > 255:
        errors["legal_text"] = Msg("reason.too_long_255")
    if effective_from is None:
        errors["effective_from"] = Msg("reason.date_missing")
    else:
        clash = session.scalar(select(BaseSalary.id).where(BaseSalary.effective_from == effective_from))
        if clash is not None and clash != salary_id:
            errors["effective_from"] = Msg("reason.base_salary_exists", effective_from=effective_from)
    row = None
    if salary_id is not None:
        row = load_for_update(
            session, BaseSalary, salary_id, version, missing="mức lương cơ sở", stale="Mức lương cơ sở"
        )
    if errors:
        raise ValidationFailed(errors)
    assert effective_from is not None  # else errors has "effective_from"
    if row is None:
        row = BaseSalary(effective_from=effective_from, amount=value, legal_text=legal_text, updated_by=current_user())
        session.add(row)
    else:
        row.effective_from, row.amount, row.legal_text = effective_from, value, legal_text
        row.updated_by = current_user()
    flush_or_stale(session, "Mức lương cơ sở", BaseSalary, row.id)
    return row.id


def delete_base_salary(session: Session, *, salary_id: int, version: int) -> None:
    """Remove a base salary (issued decisions keep their frozen amounts). Raises NotFound,
    StaleRecord."""
    row = load_for_update(session, BaseSalary, salary_id, version, missing="mức lương cơ sở", stale="Mức lương cơ sở")
    session.delete(row)
    session.flush()


def base_salary_in_force(session: Session, *, on: _dt.date) -> BaseSalaryRow:
    """The base salary in force on `on`. Raises NoBaseSalary."""
    row = session.scalars(
        select(BaseSalary).where(BaseSalary.effective_from <= on).order_by(BaseSalary.effective_from.desc())
    ).first()
    if row is None:
        raise NoBaseSalary(on=on.strftime("%d/%m/%Y"))
    return _salary_row(row)


# ---------------------------------------------------------------- rounding of a rule set


def _rounding(rs: RuleSet) -> M.Rounding:
    return M.Rounding(int(rs.reward_rounding_step), rs.reward_rounding_mode, bool(rs.reward_rounding_confirmed))


def get_rule_set_money(session: Session, *, rule_set_id: int) -> RuleSetMoney:
    rs = session.get(RuleSet, rule_set_id)
    if rs is None:
        raise NotFound(what="bộ quy tắc", key=rule_set_id)
    return RuleSetMoney(rs.id, rs.name, _rounding(rs), rs.version)


def set_rounding(session: Session, *, rule_set_id: int, version: int, rounding: M.Rounding) -> None:
    """Save a rule set's rounding. Raises NotFound, StaleRecord, ValidationFailed (fields
    of ROUNDING_LABELS)."""
    rs = load_for_update(
        session,
        RuleSet,
        rule_set_id,
        version,
        missing="bộ quy tắc",
        stale=lambda rs: Msg("what.ruleset_named", name=rs.name),
    )
    if errors := rounding.errors():
        raise ValidationFailed(errors)
    rs.reward_rounding_step, rs.reward_rounding_mode = rounding.step, rounding.mode
    rs.reward_rounding_confirmed, rs.updated_by = bool(rounding.confirmed), current_user()
    flush_or_stale(session, Msg("what.ruleset_named", name=rs.name), RuleSet, rule_set_id)


# ---------------------------------------------------------------- valuing awards


@dataclasses.dataclass(frozen=True)
class _Valued:
    multiple: Decimal
    unconfirmed: bool
    base: int | None
    rounding: M.Rounding
    rule_set_name: str
    due: int


class _Tariff:
    """Base salaries, rule sets and multiples read once; values (award code, date)."""

    def __init__(self, session: Session) -> None:
        self.salaries = [(b.effective_from, int(b.amount)) for b in session.scalars(select(BaseSalary))]
        self.catalogue = {
            a.code: (Decimal(a.reward_multiple), a.kind, a.level, a.name) for a in session.scalars(select(AwardType))
        }
        self.sets = list(session.scalars(select(RuleSet).order_by(RuleSet.effective_from)))
        self._memo: dict[tuple[str, _dt.date], _Valued] = {}
        self.rules: dict[int, dict[str, tuple[Decimal | None, bool]]] = {}
        for r in session.scalars(select(AwardRule)):
            p = params_from_json(r.params)
            self.rules.setdefault(r.rule_set_id, {})[r.award_code] = (p.reward_multiple, p.reward_unconfirmed)

    def rule_set(self, day: _dt.date) -> RuleSet | None:
        for rs in reversed(self.sets):
            if rs.effective_from <= day and (rs.effective_to is None or rs.effective_to >= day):
                return rs
        return None

    def value(self, code: str, day: _dt.date) -> _Valued:
        key = (code, day)
        if key not in self._memo:
            self._memo[key] = self._value(code, day)
        return self._memo[key]

    def _value(self, code: str, day: _dt.date) -> _Valued:
        cat_multiple = self.catalogue.get(code, (Decimal(0), "", "", code))[0]
        rs = self.rule_set(day)
        if rs is None:
            multiple, unconfirmed = cat_multiple, code in M.UNCONFIRMED_MULTIPLES
            rounding, name = M.DEFAULT_ROUNDING, ""
        else:
            own, unconfirmed = self.rules.get(rs.id, {}).get(code, (None, code in M.UNCONFIRMED_MULTIPLES))
            multiple = own if own is not None else cat_multiple
            rounding, name = _rounding(rs), rs.name
        base = M.base_salary_on(self.salaries, day)
        due = M.reward_amount(multiple, base, rounding) if base is not None else 0
        return _Valued(multiple, unconfirmed, base, rounding, name, due)


class AwardAmount(NamedTuple):
    """What one award carries on a date (before the one-award-per-achievement rule)."""

    award_code: str
    on: _dt.date
    multiple: Decimal
    multiple_unconfirmed: bool
    base_salary: int
    rounding: M.Rounding
    rule_set_name: str
    amount: int


def award_amount(session: Session, *, award_code: str, on: _dt.date) -> AwardAmount:
    """The amount an award carries on `on`. Raises NotFound (award), NoBaseSalary."""
    tariff = _Tariff(session)
    if award_code not in tariff.catalogue:
        raise NotFound(what="danh hiệu, hình thức", key=award_code)
    v = tariff.value(award_code, on)
    if v.base is None:
        raise NoBaseSalary(on=on.strftime("%d/%m/%Y"))
    return AwardAmount(award_code, on, v.multiple, v.unconfirmed, v.base, v.rounding, v.rule_set_name, v.due)


def _lines(session: Session, decision_id: int) -> tuple:
    detail = get_decision(session, decision_id=decision_id)
    d = session.get(Decision, decision_id)
    stored = {it.id: it for it in session.scalars(select(DecisionItem).where(DecisionItem.decision_id == decision_id))}
    return detail, d, stored


def _subject_key(item: DecisionItemRow) -> tuple[str, int | None]:
    return ("P", item.person_id) if item.subject == "CA_NHAN" else ("U", item.unit_id)


def decision_amounts(session: Session, *, decision_id: int) -> DecisionAmounts:
    """The amount of every line of a decision, the total and the warnings to show before
    issuing (no base salary, no rule set, unconfirmed multiples or rounding, lines not
    paid). An issued decision returns its frozen amounts. Raises NotFound."""
    detail, d, stored = _lines(session, decision_id)
    items = detail.items
    tariff = _Tariff(session)
    day = detail.data.decision_date
    frozen = d.status == "ISSUED" and bool(items) and all(stored[i.id].amount is not None for i in items)
    warnings: list[str] = []
    valued = [tariff.value(i.award_code, day) for i in items]
    rs = tariff.rule_set(day)
    rounding = _rounding(rs) if rs is not None else M.DEFAULT_ROUNDING
    base = M.base_salary_on(tariff.salaries, day)
    if frozen:
        base = int(d.base_salary) if d.base_salary is not None else base
        lines = []
        for item, v in zip(items, valued):
            s = stored[item.id]
            multiple = Decimal(s.reward_multiple) if s.reward_multiple is not None else v.multiple
            # A line paid less (one award per achievement) shows what it would have carried.
            due = int(s.amount) if not s.amount_note or base is None else M.reward_amount(multiple, base, rounding)
            lines.append(_line(item, multiple, v.unconfirmed, max(due, int(s.amount)), int(s.amount), s.amount_note))
    else:
        if base is None:
            warnings.append(NoBaseSalary(on=day.strftime("%d/%m/%Y")).message())
        if rs is None:
            warnings.append(
                f"Không có bộ quy tắc khen thưởng có hiệu lực ngày {day:%d/%m/%Y}: dùng mức thưởng của "
                "danh mục và làm tròn lên đến 10.000 đồng."
            )
        paid = M.apply_one_award(
            [M.PayClaim(_subject_key(i), i.award_kind, v.due, i.award_name) for i, v in zip(items, valued)]
        )
        lines = [_line(i, v.multiple, v.unconfirmed, v.due, p.paid, p.note) for i, v, p in zip(items, valued, paid)]
        if d.status == "ISSUED":
            warnings.append(
                "Quyết định ban hành trước khi chương trình lưu tiền thưởng: số tiền tính lại theo quy định hiện có."
            )
    if not frozen:
        unconfirmed = sorted({line.award_name for line in lines if line.multiple_unconfirmed})
        if unconfirmed:
            warnings.append("Mức thưởng chưa đối chiếu văn bản: " + ", ".join(unconfirmed) + ".")
        if rs is not None and not rounding.confirmed:
            warnings.append(
                f"Cách làm tròn của bộ quy tắc «{rs.name}» ({rounding.describe().lower()}) chưa được đối chiếu văn bản."
            )
        not_paid = sum(1 for line in lines if line.amount < line.due)
        if not_paid:
            warnings.append(
                f"{not_paid} dòng không chi tiền: cùng quyết định, một thành tích một mức thưởng (nhận mức cao nhất)."
            )
    total = sum(line.amount for line in lines)
    people = sum(line.amount for line in lines if line.subject == "CA_NHAN")
    return DecisionAmounts(
        decision_id,
        detail.row.number_text,
        day,
        d.status,
        base,
        rs.name if rs else "",
        rounding,
        tuple(lines),
        total,
        people,
        total - people,
        tuple(warnings),
        frozen,
    )


def _line(item: DecisionItemRow, multiple: Decimal, unconfirmed: bool, due: int, amount: int, note: str) -> AmountLine:
    return AmountLine(
        item.id,
        item.so_so_vang,
        item.subject,
        item.salutation,
        item.name,
        item.job_title,
        item.work_unit,
        item.award_code,
        item.award_name,
        item.award_kind,
        multiple,
        unconfirmed,
        due,
        amount,
        note,
    )


def freeze_amounts(session: Session, *, decision_id: int) -> DecisionAmounts:
    """Store each line's multiple, amount and note and the base salary on the decision
    (called by `issue_decision` inside its transaction). Raises NoBaseSalary."""
    amounts = decision_amounts(session, decision_id=decision_id)
    if amounts.frozen:
        return amounts
    if amounts.base_salary is None:
        raise NoBaseSalary(on=amounts.decision_date.strftime("%d/%m/%Y"))
    d = session.get_one(Decision, decision_id)
    d.base_salary = amounts.base_salary
    for line in amounts.lines:
        item = session.get_one(DecisionItem, line.item_id)
        item.reward_multiple, item.amount, item.amount_note = line.multiple, line.amount, line.note[:255]
    session.flush()
    return amounts


# ---------------------------------------------------------------- the payment list


def export_payments(
    session: Session,
    *,
    decision_id: int,
    out: str | Path,
    fmt: str | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Path:
    """Write "Danh sách chi tiền thưởng kèm theo Quyết định số …" as xlsx or pdf (from
    `fmt` or the suffix). Raises NotFound, BadInput (format, no base salary), FileLocked,
    Cancelled."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.payment_list import PaymentInfo, write_payments_pdf, write_payments_xlsx

    out = Path(out)
    fmt = (fmt or out.suffix.lstrip(".")).lower()
    if fmt not in ("xlsx", "pdf"):
        raise BadInput("money.payments_suffix", out=out)
    amounts = decision_amounts(session, decision_id=decision_id)
    if amounts.base_salary is None:
        raise NoBaseSalary(on=amounts.decision_date.strftime("%d/%m/%Y"))
    if not amounts.lines:
        raise BadInput("money.decision_empty", number_text=amounts.number_text)
    data = get_decision(session, decision_id=decision_id).data
    s = get_settings(session)
    info = PaymentInfo(
        number_text=amounts.number_text,
        decision_date=amounts.decision_date,
        agency_name=data.agency_name or s.agency_name,
        issuing_body=data.issuing_body or s.issuing_body,
        header_style=data.header_style,
        signer_title=data.signer_title or s.signer_title,
        signer_name=data.signer_name or s.signer_name,
        place=data.place or s.place_name,
        base_salary=amounts.base_salary,
        draft=amounts.status != "ISSUED",
    )
    writer = write_payments_xlsx if fmt == "xlsx" else write_payments_pdf
    written = writer(amounts.lines, info, out, progress=progress, is_cancelled=is_cancelled)
    audit.log_event(
        session, "EXPORT", table="decision", row_id=decision_id, detail={"kind": "payments", "out": str(written)}
    )
    return written


# ---------------------------------------------------------------- the year's totals


def _row_units(units: list[UnitRow], unit_ids: Sequence[int] | None = None) -> list[UnitRow]:
    if unit_ids is not None:
        by_id = {u.id: u for u in units}
        return [by_id[i] for i in unit_ids if i in by_id]
    blocs = {u.id for u in units if u.kind == "KHOI"}
    agencies = [u for u in units if u.kind == "CO_QUAN" and (u.parent_id is None or u.parent_id in blocs)]
    return agencies or [u for u in units if u.parent_id is None]


def rewards_report(session: Session, *, year: int, unit_ids: Sequence[int] | None = None) -> RewardsReport:
    """Awards whose decision date is in `year` (no date: award year `year`), per unit (the
    chosen units or else the agencies, each with its subtree; an individual by current
    unit) and per level, with their money; the total row counts every award of the year.
    Raises BadInput for an impossible year."""
    if not 1900 <= year <= 2200:
        raise BadInput("report.bad_year", year=year)
    start, end = _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    tariff = _Tariff(session)
    frozen = {
        aid: int(amount)
        for aid, amount in session.execute(
            select(DecisionItem.award_id, DecisionItem.amount).where(
                DecisionItem.award_id.is_not(None), DecisionItem.amount.is_not(None)
            )
        )
        if amount is not None
    }
    rows = session.execute(
        select(
            Award.id,
            Award.person_id,
            Award.unit_id,
            Award.award_code,
            Award.year,
            Award.decision_no,
            Award.decision_date,
            Person.unit_id,
        )
        .outerjoin(Person, Person.id == Award.person_id)
        .where(
            or_(
                and_(Award.decision_date >= start, Award.decision_date <= end),
                and_(Award.decision_date.is_(None), Award.year == year),
            )
        )
        .order_by(Award.id)
    ).all()
    level_index = {code: i for i, code in enumerate(LEVELS)}
    facts: list[tuple[int | None, int, int]] = []  # (unit id, level index, amount)
    claims, claim_facts = [], []
    n_frozen = n_unvalued = 0
    for aid, pid, uid, code, ayear, dno, dday, p_unit in rows:
        _mult, kind, level, name = tariff.catalogue.get(code, (Decimal(0), "", "CO_SO", code))
        unit = p_unit if pid is not None else uid
        li = level_index.get(level, 0)
        if aid in frozen:
            n_frozen += 1
            facts.append((unit, li, frozen[aid]))
            continue
        v = tariff.value(code, dday or _dt.date(ayear, 12, 31))
        if v.base is None:
            n_unvalued += 1
        # Lines of one decision (same number and date) share the one-award rule.
        subject = (dno, dday, "P" if pid is not None else "U", pid or uid) if dno else ("award", aid)
        claims.append(M.PayClaim(subject, kind, v.due, name))
        claim_facts.append((unit, li))
    for (unit, li), pay in zip(claim_facts, M.apply_one_award(claims)):
        facts.append((unit, li, pay.paid))
    units = list_units(session)
    out_rows = []
    for u in _row_units(units, unit_ids):
        tree = subtree_ids(units, u.id)
        out_rows.append(_sum_row(u.id, u.name, [f for f in facts if f[0] in tree]))
    return RewardsReport(year, tuple(out_rows), _sum_row(None, "Tổng cộng", facts), n_frozen, len(claims), n_unvalued)


def _sum_row(unit_id: int | None, name: str, facts: Iterable[tuple[int | None, int, int]]) -> RewardsRow:
    counts, amounts = [0, 0, 0], [0, 0, 0]
    for _u, li, amount in facts:
        counts[li] += 1
        amounts[li] += amount
    return RewardsRow(unit_id, name, (counts[0], counts[1], counts[2]), (amounts[0], amounts[1], amounts[2]))


def year_total_spent(session: Session, *, year: int) -> int:
    """The year's reward money (the total of `rewards_report`), for the dashboard."""
    return rewards_report(session, year=year).total.amount


__all__ = [
    "LEVELS",
    "SALARY_LABELS",
    "ROUNDING_LABELS",
    "NoBaseSalary",
    "BaseSalaryRow",
    "RuleSetMoney",
    "AmountLine",
    "AwardAmount",
    "award_amount",
    "DecisionAmounts",
    "RewardsRow",
    "RewardsReport",
    "list_base_salaries",
    "parse_amount",
    "save_base_salary",
    "delete_base_salary",
    "base_salary_in_force",
    "get_rule_set_money",
    "set_rounding",
    "decision_amounts",
    "freeze_amounts",
    "export_payments",
    "rewards_report",
    "year_total_spent",
]
