"""Accounts and roles: admin | clerk | viewer, Argon2id password hashes, lock-out.

Accounts are optional until the first one exists (it must be an admin and needs no login);
from then on every session works as a logged-in account (`app.database.Database.login`)
and `app.services.audit` enforces the role on every write. Logins are case-insensitive
("An" = "an"). Five wrong passwords in a row lock the account for five minutes.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
import unicodedata

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import utcnow
from app.errors import BadInput, LoginFailed, Msg, NotFound, PermissionDenied, ValidationFailed
from app.models import Account
from app.services import audit
from app.services.audit import ROLE_LABELS, ROLES, Actor

MAX_FAILURES = 5
LOCK_MINUTES = 5
MIN_PASSWORD = 8
_LOGIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
_hasher = PasswordHasher()  # Argon2id with the library's recommended parameters


@dataclasses.dataclass(frozen=True)
class AccountRow:
    id: int
    login: str
    full_name: str
    role: str
    disabled: bool
    locked_until: _dt.datetime | None

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "login": self.login,
            "full_name": self.full_name,
            "role": self.role,
            "disabled": self.disabled,
            "locked_until": self.locked_until.isoformat(sep=" ", timespec="seconds") if self.locked_until else None,
        }


def login_key(login: str) -> str:
    return unicodedata.normalize("NFC", login.strip()).casefold()


def _clean_login(login: str) -> str:
    text = (login or "").strip()
    if not _LOGIN.match(text):
        raise ValidationFailed({"login": Msg("reason.login_format")})
    return text


def check_password_rules(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationFailed({"password": Msg("reason.password_short", min_password=MIN_PASSWORD)})
    if password != password.strip():
        raise ValidationFailed({"password": Msg("reason.password_spaces")})


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _verify(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def accounts_exist(session: Session) -> bool:
    return session.execute(select(Account.id).limit(1)).first() is not None


def _row(a: Account) -> AccountRow:
    return AccountRow(a.id, a.login, a.full_name, a.role, a.disabled, a.locked_until)


def _get(session: Session, login: str) -> Account:
    account = session.scalars(select(Account).where(Account.login_key == login_key(login))).first()
    if account is None:
        raise NotFound(what="tài khoản", key=login)
    return account


def _actor_of(session: Session) -> Actor | None:
    return session.info.get("actor") or audit.process_actor()


def _require_admin(session: Session, what: str) -> None:
    actor = _actor_of(session)
    if actor is None or actor.role != "admin":
        raise PermissionDenied(
            who=actor.login if actor else "(chưa đăng nhập)",
            role=ROLE_LABELS.get(actor.role, actor.role) if actor else "—",
            what=what,
        )


def list_accounts(session: Session) -> list[AccountRow]:
    return [_row(a) for a in session.scalars(select(Account).order_by(Account.login_key))]


def create_account(session: Session, *, login: str, password: str, role: str, full_name: str = "") -> AccountRow:
    """Add an account. The first account must be an admin and needs no login; later ones
    are added by an admin. Raises ValidationFailed, BadInput (login taken), PermissionDenied."""
    login = _clean_login(login)
    if role not in ROLES:
        raise ValidationFailed({"role": Msg("reason.bad_role", role=role)})
    check_password_rules(password)
    first = not accounts_exist(session)
    if first and role != "admin":
        raise BadInput("account.first_is_admin")
    if not first:
        _require_admin(session, "thêm tài khoản")
    if session.execute(select(Account.id).where(Account.login_key == login_key(login))).first():
        raise BadInput("account.login_taken", login=login)
    account = Account(
        login=login,
        login_key=login_key(login),
        full_name=(full_name or "").strip()[:100],
        role=role,
        password_hash=hash_password(password),
        disabled=False,
        failed_attempts=0,
    )
    if first:
        session.info["audit_system"] = login  # nobody is logged in yet: the entry names the new admin
    try:
        session.add(account)
        session.flush()
    finally:
        if first:
            session.info.pop("audit_system", None)
    session.info["accounts_required"] = True
    return _row(account)


def disable_account(session: Session, *, login: str, disabled: bool = True) -> AccountRow:
    """Disable (or enable again) an account; admin only; never the last enabled admin."""
    _require_admin(session, "khóa hoặc mở tài khoản")
    account = _get(session, login)
    if disabled and account.role == "admin" and not account.disabled:
        admins = session.execute(
            select(func.count()).select_from(Account).where(Account.role == "admin", Account.disabled.is_(False))
        ).scalar_one()
        if admins <= 1:
            raise BadInput("account.last_admin_disable", login=account.login)
    account.disabled = disabled
    session.flush()
    return _row(account)


def set_role(session: Session, *, login: str, role: str) -> AccountRow:
    _require_admin(session, "đổi vai trò tài khoản")
    if role not in ROLES:
        raise ValidationFailed({"role": Msg("reason.bad_role", role=role)})
    account = _get(session, login)
    if account.role == "admin" and role != "admin":
        admins = session.execute(
            select(func.count()).select_from(Account).where(Account.role == "admin", Account.disabled.is_(False))
        ).scalar_one()
        if admins <= 1:
            raise BadInput("account.last_admin_role", login=account.login)
    account.role = role
    session.flush()
    return _row(account)


def set_password(session: Session, *, login: str, new_password: str, current_password: str | None = None) -> None:
    """An admin resets anyone's password; everyone changes his own with the current one."""
    check_password_rules(new_password)
    account = _get(session, login)
    actor = _actor_of(session)
    own = actor is not None and login_key(actor.login) == account.login_key
    if own and actor is not None and (actor.role != "admin" or current_password is not None):
        if current_password is None or not _verify(account.password_hash, current_password):
            raise BadInput("account.wrong_password")
    elif not own:
        _require_admin(session, "đặt lại mật khẩu của tài khoản khác")
    session.info["audit_system"] = actor.login if actor else account.login
    try:
        account.password_hash = hash_password(new_password)
        account.failed_attempts, account.locked_until = 0, None
        session.flush()
    finally:
        session.info.pop("audit_system", None)
    audit.log_event(session, "PASSWORD", table="account", row_id=account.id, detail={"login": account.login})


@dataclasses.dataclass(frozen=True)
class LoginOutcome:
    actor: Actor | None
    error: str = ""


def authenticate(session: Session, *, login: str, password: str, now: _dt.datetime | None = None) -> LoginOutcome:
    """Check a login; counts failures and locks after five in a row. Writes (the counter,
    a LOGIN or LOGIN_FAILED entry) are in the session: the caller commits in both cases."""
    now = now or utcnow()
    key = login_key(login or "")
    account = session.scalars(select(Account).where(Account.login_key == key)).first() if key else None
    session.info["audit_system"] = (account.login if account else (login or "").strip()[:64]) or "(trống)"
    try:
        if account is None:
            audit.log_event(session, "LOGIN_FAILED", table="account", detail={"login": (login or "")[:64]})
            return LoginOutcome(None, Msg("login.wrong"))
        if account.disabled:
            audit.log_event(
                session,
                "LOGIN_FAILED",
                table="account",
                row_id=account.id,
                detail={"login": account.login, "reason": "disabled"},
            )
            return LoginOutcome(None, Msg("login.disabled", login=account.login))
        if account.locked_until is not None and account.locked_until > now:
            minutes = max(1, -(-int((account.locked_until - now).total_seconds()) // 60))
            audit.log_event(
                session,
                "LOGIN_FAILED",
                table="account",
                row_id=account.id,
                detail={"login": account.login, "reason": "locked"},
            )
            return LoginOutcome(None, Msg("login.locked", login=account.login, failures=MAX_FAILURES, minutes=minutes))
        if not _verify(account.password_hash, password or ""):
            account.failed_attempts = (account.failed_attempts or 0) + 1
            locked = account.failed_attempts >= MAX_FAILURES
            if locked:
                account.locked_until = now + _dt.timedelta(minutes=LOCK_MINUTES)
                account.failed_attempts = 0
            session.flush()
            audit.log_event(
                session,
                "LOGIN_FAILED",
                table="account",
                row_id=account.id,
                detail={"login": account.login, "reason": "password", "locked": locked},
            )
            if locked:
                return LoginOutcome(
                    None, Msg("login.now_locked", login=account.login, failures=MAX_FAILURES, minutes=LOCK_MINUTES)
                )
            return LoginOutcome(None, Msg("login.wrong"))
        if account.failed_attempts or account.locked_until is not None:
            account.failed_attempts, account.locked_until = 0, None
            session.flush()
        audit.log_event(session, "LOGIN", table="account", row_id=account.id, detail={"login": account.login})
        return LoginOutcome(Actor(account.login, account.role, account.full_name, account.id))
    finally:
        session.info.pop("audit_system", None)


def require_login_ok(outcome: LoginOutcome) -> Actor:
    if outcome.actor is None:
        raise LoginFailed(detail=outcome.error)
    return outcome.actor


__all__ = [
    "AccountRow",
    "LoginOutcome",
    "accounts_exist",
    "authenticate",
    "check_password_rules",
    "create_account",
    "disable_account",
    "hash_password",
    "list_accounts",
    "login_key",
    "require_login_ok",
    "set_password",
    "set_role",
]
