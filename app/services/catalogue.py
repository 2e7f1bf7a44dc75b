"""Award catalogue and rule sets: seeding, listing, copying, editing, the set in force.

Every function takes a Session (the caller owns the transaction) and returns DTOs or ids.
Effective dates are inclusive; rule sets may not overlap (one set in force on any day),
so a nomination is always judged under exactly one (DOMAIN.md §2).
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AppError, Msg, NotFound, ValidationFailed
from app.models import AwardRule, AwardType, RuleSet
from app.rules import catalogue as C
from app.rules.eligibility import AwardRule as EngineRule
from app.rules.vntext import clean_text
from app.services.common import current_user, flush_or_stale, load_for_update


class NoRuleSet(AppError):
    """No rule set is in force on a date."""

    code = "no_rule_set"


class AwardTypeRow(NamedTuple):
    """A title or form of the catalogue."""

    code: str
    name: str
    subject: str  # CA_NHAN | TAP_THE
    kind: str  # DANH_HIEU | HINH_THUC
    level: str
    authority: str
    reward_multiple: Decimal
    certificate_template: str
    sort_order: int
    is_active: bool
    version: int


class RuleSetRow(NamedTuple):
    """A rule set: legal text and inclusive effective dates (`effective_to` None = open)."""

    id: int
    name: str
    legal_text: str
    effective_from: _dt.date
    effective_to: _dt.date | None
    copied_from_id: int | None
    version: int


class AwardRuleRow(NamedTuple):
    """One award's parameters inside a rule set (edit `params` and save with `version`)."""

    id: int
    rule_set_id: int
    award_code: str
    award_name: str
    subject: str
    params: C.RuleParams
    version: int


RULE_SET_LABELS = {
    "name": "Tên bộ quy tắc",
    "legal_text": "Văn bản",
    "effective_from": "Hiệu lực từ ngày",
    "effective_to": "Hiệu lực đến ngày",
}


# ---------------------------------------------------------------- seeding

# Seeded rows carry a fixed time, so that two databases seeded alike are identical.
SEED_STAMP = _dt.datetime(2024, 1, 1)


def seed_catalogue(session: Session) -> None:
    """Add the catalogue entries, rule sets and award rules that are missing (idempotent;
    never changes what the office edited)."""
    have_types = set(session.scalars(select(AwardType.code)))
    for order, type_spec in enumerate(C.AWARD_TYPES, start=1):
        if type_spec.code not in have_types:
            session.add(
                AwardType(
                    code=type_spec.code,
                    name=type_spec.name,
                    subject=type_spec.subject,
                    kind=type_spec.kind,
                    level=type_spec.level,
                    authority=type_spec.authority,
                    reward_multiple=type_spec.reward_multiple,
                    certificate_template=type_spec.certificate_template,
                    sort_order=order,
                    updated_at=SEED_STAMP,
                    updated_by="init",
                )
            )
    session.flush()
    sets = {rs.name: rs for rs in session.scalars(select(RuleSet))}
    for spec in C.RULE_SETS:
        if spec.name not in sets:
            rs = RuleSet(
                name=spec.name,
                legal_text=spec.legal_text,
                effective_from=spec.effective_from,
                effective_to=spec.effective_to,
                updated_at=SEED_STAMP,
                updated_by="init",
                reward_rounding_confirmed=spec.rounding_confirmed,
            )
            session.add(rs)
            session.flush()
            sets[spec.name] = rs
            have_rules: set[str] = set()
        else:
            have_rules = set(
                session.scalars(select(AwardRule.award_code).where(AwardRule.rule_set_id == sets[spec.name].id))
            )
        for a in C.AWARD_TYPES:
            if a.code not in have_rules:
                session.add(
                    AwardRule(
                        rule_set_id=sets[spec.name].id,
                        award_code=a.code,
                        params=C.params_to_json(C.default_params(a.code, spec.name)),
                        updated_at=SEED_STAMP,
                        updated_by="init",
                    )
                )
    session.flush()


# ---------------------------------------------------------------- catalogue


def list_award_types(session: Session, *, subject: str | None = None, active_only: bool = False) -> list[AwardTypeRow]:
    stmt = select(AwardType).order_by(AwardType.sort_order, AwardType.code)
    if subject is not None:
        stmt = stmt.where(AwardType.subject == subject)
    if active_only:
        stmt = stmt.where(AwardType.is_active.is_(True))
    return [_type_row(a) for a in session.scalars(stmt)]


def _type_row(a: AwardType) -> AwardTypeRow:
    return AwardTypeRow(
        a.code,
        a.name,
        a.subject,
        a.kind,
        a.level,
        a.authority,
        Decimal(a.reward_multiple),
        a.certificate_template,
        a.sort_order,
        a.is_active,
        a.version,
    )


def award_names(session: Session) -> dict[str, str]:
    """Code → name of every catalogue entry."""
    return dict(session.execute(select(AwardType.code, AwardType.name)).all())


def update_award_type(
    session: Session,
    *,
    code: str,
    version: int,
    name: str,
    authority: str,
    reward_multiple: Decimal | str,
    certificate_template: str = "",
    is_active: bool = True,
) -> None:
    """Edit a catalogue entry. Raises NotFound, StaleRecord, ValidationFailed."""
    a = load_for_update(
        session,
        AwardType,
        code,
        version,
        missing="danh hiệu, hình thức",
        stale=lambda a: Msg("what.award_type_named", name=a.name),
    )
    errors: dict[str, str] = {}
    name = clean_text(name)
    if not name:
        errors["name"] = Msg("reason.required")
    try:
        multiple = Decimal(str(reward_multiple).replace(",", "."))
        if multiple < 0 or multiple > Decimal("9999"):
            errors["reward_multiple"] = Msg("reason.range_0_9999")
    except InvalidOperation:
        errors["reward_multiple"] = Msg("reason.must_be_number")
        multiple = Decimal(0)
    if certificate_template not in ("", "giay-khen", "bang-khen", "cstdcs"):
        errors["certificate_template"] = Msg("reason.no_such_template")
    if errors:
        raise ValidationFailed(errors)
    a.name, a.authority, a.reward_multiple = name, clean_text(authority), multiple
    a.certificate_template, a.is_active, a.updated_by = certificate_template, is_active, current_user()
    flush_or_stale(session, Msg("what.award_type_named", name=name), AwardType, code)


# ---------------------------------------------------------------- rule sets


def _set_row(rs: RuleSet) -> RuleSetRow:
    return RuleSetRow(rs.id, rs.name, rs.legal_text, rs.effective_from, rs.effective_to, rs.copied_from_id, rs.version)


def list_rule_sets(session: Session) -> list[RuleSetRow]:
    """Every rule set, oldest first."""
    return [_set_row(rs) for rs in session.scalars(select(RuleSet).order_by(RuleSet.effective_from, RuleSet.id))]


def get_rule_set(session: Session, rule_set_id: int) -> RuleSetRow:
    rs = session.get(RuleSet, rule_set_id)
    if rs is None:
        raise NotFound(what="bộ quy tắc", key=rule_set_id)
    return _set_row(rs)


def _dates_errors(
    session: Session, name: str, start: _dt.date | None, end: _dt.date | None, own_id: int | None
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = Msg("reason.required")
    elif len(name) > 100:
        errors["name"] = Msg("reason.too_long_100")
    else:
        clash = session.scalar(select(RuleSet.id).where(RuleSet.name == name))
        if clash is not None and clash != own_id:
            errors["name"] = Msg("reason.ruleset_name_taken")
    if start is None:
        errors["effective_from"] = Msg("reason.not_entered")
    elif end is not None and end < start:
        errors["effective_to"] = Msg("reason.after_effective")
    if start is not None and "effective_from" not in errors and "effective_to" not in errors:
        for other in session.scalars(select(RuleSet).where(RuleSet.id != (own_id or -1))):
            if C.periods_overlap(start, end, other.effective_from, other.effective_to):
                until = other.effective_to.strftime("%d/%m/%Y") if other.effective_to else "nay"
                errors["effective_from"] = Msg(
                    "reason.ruleset_overlap", other_name=other.name, effective_from=other.effective_from, until=until
                )
                break
    return errors


def copy_rule_set(
    session: Session,
    *,
    source_id: int,
    name: str,
    legal_text: str,
    effective_from: _dt.date,
    effective_to: _dt.date | None = None,
    close_previous: bool = False,
) -> int:
    """A new rule set with the parameters of `source_id`. With `close_previous`, an
    open-ended set starting earlier is ended the day before `effective_from`.
    Raises NotFound, ValidationFailed (field → reason; overlaps are refused)."""
    source = session.get(RuleSet, source_id)
    if source is None:
        raise NotFound(what="bộ quy tắc", key=source_id)
    name = clean_text(name)
    if close_previous and effective_from is not None:
        for other in session.scalars(
            select(RuleSet).where(RuleSet.effective_to.is_(None), RuleSet.effective_from < effective_from)
        ):
            other.effective_to = effective_from - _dt.timedelta(days=1)
            other.updated_by = current_user()
        session.flush()
    if errors := _dates_errors(session, name, effective_from, effective_to, None):
        raise ValidationFailed(errors)
    rs = RuleSet(
        name=name,
        legal_text=clean_text(legal_text),
        effective_from=effective_from,
        effective_to=effective_to,
        copied_from_id=source_id,
        updated_by=current_user(),
        reward_rounding_step=source.reward_rounding_step,
        reward_rounding_mode=source.reward_rounding_mode,
        reward_rounding_confirmed=False,
    )
    session.add(rs)
    session.flush()
    for rule in session.scalars(select(AwardRule).where(AwardRule.rule_set_id == source_id)):
        session.add(
            AwardRule(
                rule_set_id=rs.id, award_code=rule.award_code, params=dict(rule.params), updated_by=current_user()
            )
        )
    session.flush()
    return rs.id


def update_rule_set(
    session: Session,
    *,
    rule_set_id: int,
    version: int,
    name: str,
    legal_text: str,
    effective_from: _dt.date,
    effective_to: _dt.date | None,
) -> None:
    """Rename or re-date a rule set. Raises NotFound, StaleRecord, ValidationFailed."""
    rs = load_for_update(
        session,
        RuleSet,
        rule_set_id,
        version,
        missing="bộ quy tắc",
        stale=lambda rs: Msg("what.ruleset_named", name=rs.name),
    )
    name = clean_text(name)
    if errors := _dates_errors(session, name, effective_from, effective_to, rule_set_id):
        raise ValidationFailed(errors)
    rs.name, rs.legal_text, rs.effective_from, rs.effective_to = (
        name,
        clean_text(legal_text),
        effective_from,
        effective_to,
    )
    rs.updated_by = current_user()
    flush_or_stale(session, Msg("what.ruleset_named", name=name), RuleSet, rule_set_id)


def list_award_rules(session: Session, *, rule_set_id: int) -> list[AwardRuleRow]:
    """The award rules of a rule set, in catalogue order."""
    rows = session.execute(
        select(AwardRule, AwardType.name, AwardType.subject)
        .join(AwardType, AwardType.code == AwardRule.award_code)
        .where(AwardRule.rule_set_id == rule_set_id)
        .order_by(AwardType.sort_order, AwardType.code)
    ).all()
    return [
        AwardRuleRow(r.id, r.rule_set_id, r.award_code, name, subject, C.params_from_json(r.params), r.version)
        for r, name, subject in rows
    ]


def update_award_rule(session: Session, *, rule_id: int, version: int, params: C.RuleParams) -> None:
    """Save one award's parameters. Raises NotFound, StaleRecord, ValidationFailed whose
    `fields` are RuleParams field names (labels in `app.rules.catalogue.PARAM_LABELS`)."""
    rule = load_for_update(
        session,
        AwardRule,
        rule_id,
        version,
        missing="tiêu chuẩn",
        stale=lambda rule: Msg("what.rule_named", name=rule.award_code),
    )
    known = set(session.scalars(select(AwardType.code)))
    if errors := C.validate_params(params, known_awards=known):
        raise ValidationFailed(errors)
    rule.params = C.params_to_json(params)
    rule.updated_by = current_user()
    flush_or_stale(session, Msg("what.rule_named", name=rule.award_code), AwardRule, rule_id)


def rule_set_in_force(session: Session, *, on: _dt.date) -> RuleSetRow:
    """The rule set whose effective dates contain `on`. Raises NoRuleSet."""
    rs = session.scalars(
        select(RuleSet)
        .where(RuleSet.effective_from <= on)
        .where((RuleSet.effective_to.is_(None)) | (RuleSet.effective_to >= on))
        .order_by(RuleSet.effective_from.desc())
    ).first()
    if rs is None:
        raise NoRuleSet(on=on.strftime("%d/%m/%Y"))
    return _set_row(rs)


def engine_rules(session: Session, *, rule_set_id: int) -> dict[str, EngineRule]:
    """Award code → the engine's AwardRule for a rule set."""
    return {
        r.award_code: EngineRule(r.award_code, r.subject, r.params)
        for r in list_award_rules(session, rule_set_id=rule_set_id)
    }
