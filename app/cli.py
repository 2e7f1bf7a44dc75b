"""`tdkt-cli`: the batch side of TĐKT Desk (no Qt).

Exit codes: 0 success; 2 bad input (a Vietnamese message on stderr naming the file, row
and field; a wrong password or a role that may not do the command); 3 a double-entry
comparison found differences; 4 `check` found damage or tampering; 1 an unexpected failure.

Each command imports its services and writers inside its function, on purpose: start-up
time of the command line — `tdkt-cli tally` or `template` must not load SQLAlchemy's
models, ReportLab, openpyxl or OpenCV that other commands need.

`--lang en` prints the messages of `app.messages` in English; Vietnamese is the default.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from app import __version__
from app.errors import AppError, BadInput
from app.messages import LANGUAGES, current_language, format_message, localize, set_language, term

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.database import Database
    from app.exports.printer_profiles import PrinterProfile
    from app.rules.ballot_sheets import Sheet
    from app.rules.tally import TallyResult

_T = TypeVar("_T")

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT, EXIT_DIFFERENCES = 0, 1, 2, 3
EXIT_DAMAGE = 4  # `check` found damage or tampering

log = logging.getLogger("tdkt.cli")


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in Vietnamese with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, format_message("cli.usage_error", {"message": message}) + "\n")


def _default_db() -> str:
    from app.paths import default_db_path

    return str(default_db_path())


def _open(args: argparse.Namespace, **options: Any) -> Database:
    from app.database import open_database

    db = open_database(args.db or _default_db(), **options)
    try:
        _login(db, args)
    except BaseException:
        db.close()
        raise
    return db


def _login(db: Database, args: argparse.Namespace) -> None:
    """Once any account exists every command works as `--user LOGIN` (password from
    TDKT_PASSWORD or asked without echo); a wrong password is exit 2."""
    import getpass
    import os

    user = getattr(args, "user", None)
    if not db.accounts_exist():
        if user:
            raise BadInput("cli.no_accounts_yet", user=user)
        return
    if getattr(args, "first_account_ok", False) and not user:
        return
    if not user:
        raise BadInput("cli.login_required")
    password = os.environ.get("TDKT_PASSWORD")
    if password is None:
        try:
            password = getpass.getpass(f"Mật khẩu của {user}: ")
        except (EOFError, OSError):
            raise BadInput("cli.password_unreadable") from None
    db.login(user, password)
    args.login_password = password  # `user passwd` of one's own account proves the current one with it


def _new_password() -> str:
    """A new password: TDKT_NEW_PASSWORD, else asked twice without echo."""
    import getpass
    import os

    password = os.environ.get("TDKT_NEW_PASSWORD")
    if password is not None:
        return password
    try:
        first = getpass.getpass("Mật khẩu mới: ")
        second = getpass.getpass("Nhập lại mật khẩu mới: ")
    except (EOFError, OSError):
        raise BadInput("cli.new_password_unreadable") from None
    if first != second:
        raise BadInput("cli.new_password_mismatch")
    return first


def _out(args: argparse.Namespace, path: str | None = None, **kwargs: Any) -> Path:
    """`--out` through the output guard (app.services.output_guard): never the database of
    `--db` (or the default one), its backups, a folder or a device. BadInput → exit 2."""
    from app.db import sqlite_path, to_url
    from app.services.output_guard import check_output_path

    if args.db:
        db_file = sqlite_path(to_url(args.db))
    else:  # the default database, named without creating the data folder
        import platformdirs

        from app.paths import APP_DIR_NAME

        db_file = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)) / "tdkt.db"
    return check_output_path(args.out if path is None else path, database=db_file, **kwargs)


def _say(code: str, **params: object) -> str:
    """A line of output in the language of `--lang`."""
    return format_message(code, params)


def _progress_printer(label: str) -> Callable[[int, int], None]:
    """A `progress(done, total)` that prints a line every 10 % on stderr."""
    state = {"last": -1}

    def progress(done: int, total: int) -> None:
        if total <= 0:
            return
        step = done * 10 // total
        if step != state["last"]:
            state["last"] = step
            print(f"{term(label, current_language())}: {done * 100 // total}%", file=sys.stderr, flush=True)

    return progress


# ---------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace) -> int:
    db = _open(args)
    print(_say("cli.ready", location=db.location))
    db.close()
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from app.services.info import database_counts

    db = _open(args)
    with db.factory() as session:
        counts = database_counts(session)
    db.close()
    if args.json:
        print(json.dumps(counts, ensure_ascii=False))
    else:
        for key, value in counts.items():
            print(f"{key}: {value}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.demo import generate_demo

    if args.people is not None and args.people < 1:
        raise BadInput("cli.people_positive")
    db = _open(args)
    with db.factory.begin() as session:
        summary = generate_demo(
            session, people=args.people, seed=args.seed, progress=_progress_printer("Tạo dữ liệu mẫu")
        )
    db.close()
    print(_say("cli.demo_done", summary=summary))
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from app.services.templates import write_import_template

    out = write_import_template(args.kind, _out(args))
    print(_say("cli.template_written", kind=args.kind, out=out))
    return EXIT_OK


def _import_nominations(args: argparse.Namespace) -> int:
    """`import nominations FILE --round ID [--dry-run]`: a unit's list, all or nothing."""
    from app.services.nomination_import import run_import

    if args.round is None:
        raise BadInput("cli.round_needed_for_import")
    if args.only_valid:
        raise BadInput("cli.only_valid_not_for_nominations")
    path = Path(args.file)
    db = _open(args)
    try:
        with db.factory.begin() as session:
            result = run_import(
                session,
                path=path,
                round_id=args.round,
                dry_run=args.dry_run,
                backup_engine=db.engine,
                progress=_progress_printer("Nhập đề nghị"),
            )
    finally:
        db.close()
    for line in result.report_lines():
        print(f"{path.name}: {line}", file=sys.stderr)
    print(result.summary(), file=sys.stderr if result.has_errors else sys.stdout)
    return EXIT_BAD_INPUT if result.has_errors else EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    if args.kind == "nominations":
        return _import_nominations(args)
    if args.kind == "history":
        from app.services.history_import import run_import
    else:  # same call; its own result class, with the same report_lines/summary/has_errors
        from app.services.staff_import import run_import  # type: ignore[assignment]

    path = Path(args.file)
    db = _open(args)
    try:
        with db.factory.begin() as session:
            result = run_import(
                session,
                kind=args.kind,
                path=path,
                dry_run=args.dry_run,
                only_valid=args.only_valid,
                backup_engine=db.engine,
                progress=_progress_printer("Nhập dữ liệu"),
            )
    finally:
        db.close()
    for line in result.report_lines():
        print(f"{path.name}: {line}", file=sys.stderr)
    failed = result.has_errors and not args.only_valid
    print(result.summary(), file=sys.stderr if failed else sys.stdout)
    return EXIT_BAD_INPUT if failed else EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    """SQLite: a consistent copy (to --out or the backups folder). PostgreSQL: pg_dump when
    it is on the PATH, else how to do it."""
    from app.db import sqlite_path, to_url
    from app.services.backup import backup_database, backup_postgres

    url = to_url(args.db or _default_db())
    if sqlite_path(url) is None:
        if not url.startswith("postgresql"):
            raise BadInput("cli.backup_kinds")
        out: Path | None = backup_postgres(url, _out(args, allow_sqlite=True) if args.out else None)
        print(_say("cli.pg_dump_done", out=out))
        return EXIT_OK
    db = _open(args)
    try:
        out = backup_database(db.engine, reason="thu-cong", out=_out(args, allow_sqlite=True) if args.out else None)
    finally:
        db.close()
    print(_say("cli.backup_done", out=out))
    return EXIT_OK


def _require_admin(args: argparse.Namespace, what: str) -> None:
    """Accounts: an admin-only command (restore) checks the role of `--user` first. A
    database too damaged to open has no accounts to ask (restoring it is the way out)."""
    from app.errors import DatabaseError
    from app.services.audit import require_role

    try:
        # Only to ask the role: no upgrade, no daily backup (a refused restore changes nothing).
        db = _open(args, upgrade=False, backup=False)
    except DatabaseError:
        return
    try:
        with db.factory() as session:
            require_role(session, "admin", what)
    finally:
        db.close()


def cmd_restore(args: argparse.Namespace) -> int:
    """Validate the file, refuse while the database is open elsewhere, back up the current
    file, swap, then bring the restored file to the current schema."""
    from app.db import make_engine
    from app.services.backup import restore_database

    _require_admin(args, "khôi phục bản sao lưu")

    engine = make_engine(args.db or _default_db())
    try:
        previous = restore_database(engine, Path(args.file))
    finally:
        engine.dispose()
    if previous:
        print(_say("cli.previous_kept", previous=previous))
    _log_restore(args)  # brings the restored file to the current schema, then a RESTORE entry
    print(_say("cli.restored", file=args.file))
    return EXIT_OK


def _log_restore(args: argparse.Namespace) -> None:
    """A RESTORE entry in the restored database's trail, named after who restored it (its
    accounts may differ from the replaced file's, so no second login is asked)."""
    from app.database import open_database
    from app.services.audit import current_login, log_event

    db = open_database(args.db or _default_db())
    try:
        with db.factory.begin() as session:
            session.info["audit_system"] = getattr(args, "user", None) or current_login()
            log_event(session, "RESTORE", detail={"from": str(args.file)})
    finally:
        db.close()


def cmd_check(args: argparse.Namespace) -> int:
    """SQLite integrity, the audit chain, every row against its latest entry, the seals:
    exit 4 and one line per finding when anything is wrong."""
    from app.services.integrity import full_check

    db = _open(args)
    try:
        with db.factory() as session:
            problems = full_check(session, progress=_progress_printer("Kiểm tra toàn vẹn"))
    finally:
        db.close()
    if problems:
        for p in problems:
            print(localize(p))
        print(_say("cli.check_problems", count=len(problems)), file=sys.stderr)
        return EXIT_DAMAGE
    print(_say("cli.check_ok"))
    return EXIT_OK


# ---------------------------------------------------------------- accounts and audit


def cmd_user(args: argparse.Namespace) -> int:
    from app.services import accounts

    if args.action == "add":
        args.first_account_ok = True
    db = _open(args)
    try:
        if args.action == "list":
            with db.factory() as session:
                rows = accounts.list_accounts(session)
            if args.json:
                print(json.dumps([r.to_dict() for r in rows], ensure_ascii=False))
            else:
                for r in rows:
                    state = "vô hiệu hóa" if r.disabled else "đang dùng"
                    print(f"{r.login}\t{r.role}\t{r.full_name}\t{state}")
            return EXIT_OK
        if not args.login:
            raise BadInput("cli.user_login_needed", action=args.action)
        if args.action == "add":
            if not args.role:
                raise BadInput("cli.user_add_role")
            password = _new_password()
            with db.factory.begin() as session:
                row = accounts.create_account(
                    session, login=args.login, password=password, role=args.role, full_name=args.name or ""
                )
            print(_say("cli.account_created", login=row.login, role=row.role_label))
        elif args.action == "disable":
            with db.factory.begin() as session:
                row = accounts.disable_account(session, login=args.login)
            print(_say("cli.account_disabled", login=row.login))
        elif args.action == "passwd":
            password = _new_password()
            own = bool(args.user) and accounts.login_key(args.user) == accounts.login_key(args.login)
            with db.factory.begin() as session:
                accounts.set_password(
                    session,
                    login=args.login,
                    new_password=password,
                    current_password=getattr(args, "login_password", None) if own else None,
                )
            print(_say("cli.password_changed", login=args.login))
    finally:
        db.close()
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    import datetime as _dt

    from app.services.audit import ACTION_LABELS, list_entries

    since = None
    if args.since:
        try:
            since = _dt.date.fromisoformat(args.since)
        except ValueError:
            raise BadInput("cli.since_bad_date", since=args.since) from None
    db = _open(args)
    try:
        with db.factory() as session:
            rows = list_entries(session, table=args.table, row_id=args.id, account=args.by, since=since)
    finally:
        db.close()
    if args.json:
        print(json.dumps([r.to_dict() for r in rows], ensure_ascii=False))
        return EXIT_OK
    for r in rows:
        what = f"{r.table} #{r.row_id}" if r.row_id else (r.table or "")
        changes = (
            "; ".join(
                f"{c}: {json.dumps(b, ensure_ascii=False)} → {json.dumps(a, ensure_ascii=False)}"
                for c, b, a in r.changes()[:8]
            )
            if r.action in ("UPDATE",)
            else ""
        )
        print(
            f"{r.seq}\t{r.at:%Y-%m-%d %H:%M:%S}Z\t{r.account}\t{ACTION_LABELS.get(r.action, r.action)}\t{what}"
            + (f"\t{changes}" if changes else "")
        )
    print(_say("cli.entries", count=len(rows)), file=sys.stderr)
    return EXIT_OK


def cmd_copy_db(args: argparse.Namespace) -> int:
    from app.database import open_database
    from app.services.copy_db import check_source_exists, copy_database

    check_source_exists(args.source)
    source = open_database(args.source)
    try:
        target = open_database(args.target)
        try:
            result = copy_database(
                source.engine, target.engine, overwrite=args.overwrite, progress=_progress_printer("Sao chép")
            )
        finally:
            target.close()
    finally:
        source.close()
    print(result.summary())
    return EXIT_OK


def _in_session(args: argparse.Namespace, fn: Callable[[Session], _T]) -> _T:
    """`fn(session)` on the database of `--db`, which is closed afterwards; committed, as
    an export appends its EXPORT entry to the audit trail."""
    db = _open(args)
    try:
        with db.factory.begin() as session:
            return fn(session)
    finally:
        db.close()


def cmd_export(args: argparse.Namespace) -> int:
    from app.services.nomination import export_nominations

    if args.kind == "stats":
        return _export_stats(args)
    if args.kind == "decision":
        return _export_decision(args)
    if args.kind == "scoring":
        return _export_scoring(args)
    if args.kind == "examples":
        return _export_examples(args)
    if args.kind == "payments":
        return _export_payments(args)
    if args.kind in _DOCUMENT_EXPORTS:
        return _export_document(args)
    from app.services.documents import open_round_id

    db = _open(args)
    try:
        with db.factory.begin() as session:  # the confirmation (--confirm-no-review) is recorded
            round_id = args.round if args.round is not None else open_round_id(session)
            out, count = export_nominations(
                session,
                round_id=round_id,
                out=_out(args),
                progress=_progress_printer("Xuất danh sách"),
                confirm_no_review=args.confirm_no_review,
                everything=args.all,
                with_status=args.with_status,
                with_verdict=args.with_verdict,
            )
    finally:
        db.close()
    print(_say("cli.nominations_written", count=count, out=out))
    return EXIT_OK


# ---------------------------------------------------------------- documents (issue 15)

# kind: (the id option, its label, the service function's name, its id keyword, what is written)
_DOCUMENT_EXPORTS = {
    "submission": ("round", "đợt xét", "export_submission", "round_id", "tờ trình"),
    "ballots": ("ballot", "phiếu bầu", "export_ballot_papers", "ballot_id", "phiếu bầu"),
    "tally": ("ballot", "phiếu bầu", "export_tally", "ballot_id", "biên bản kiểm phiếu / kết quả"),
    "minutes": ("meeting", "phiên họp", "export_meeting_minutes", "meeting_id", "biên bản họp Hội đồng"),
}


def _export_document(args: argparse.Namespace) -> int:
    """`export submission|ballots|tally|minutes`: the format follows the --out suffix."""
    from app.services import documents

    option, label, fn, keyword, what = _DOCUMENT_EXPORTS[args.kind]
    key = getattr(args, option)
    if key is None and args.kind == "submission":
        key = _in_session(args, documents.open_round_id)
    if key is None:
        raise BadInput("cli.id_needed_for_export", option=option, label=label, what=what)
    out = _in_session(
        args,
        lambda session: getattr(documents, fn)(
            session, **{keyword: key}, out=_out(args), progress=_progress_printer("Xuất tài liệu")
        ),
    )
    print(_say("cli.document_written", what=what, out=out))
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    """`list rounds|decisions|meetings|ballots|tables|movements|blocs [--json]`."""
    from app.services.documents import list_items

    items = _in_session(args, lambda session: list_items(session, args.kind))
    if args.json:
        print(json.dumps(items, ensure_ascii=False))
        return EXIT_OK
    if not items:
        print("(không có)")
    for it in items:
        year = f"  năm {it['year']}" if it.get("year") else ""
        print(f"{it['id']:>5}  {it.get('status', ''):<8}{year}  {it.get('name') or it.get('title', '')}")
    return EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    """`settings [--json]`, `settings set KEY VALUE` (the agency's identity on documents)."""
    from app.services.documents import set_setting, settings_dict

    if args.action == "set":
        if args.key is None or args.value is None:
            raise BadInput("cli.settings_set_usage")
        db = _open(args)
        try:
            with db.factory.begin() as session:
                set_setting(session, key=args.key, value=args.value)
        finally:
            db.close()
        print(_say("cli.setting_saved", key=args.key, value=args.value))
        return EXIT_OK
    if args.action is not None:
        raise BadInput("cli.settings_unknown_action", action=args.action)
    values = _in_session(args, settings_dict)
    if args.json:
        print(json.dumps(values, ensure_ascii=False))
    else:
        for key, value in values.items():
            print(f"{key}: {value}")
    return EXIT_OK


def _export_stats(args: argparse.Namespace) -> int:
    """`export stats`: a TT 02/2023 form or a summary sheet for a year."""
    from app.services import reports

    if args.year is None or args.form is None:
        raise BadInput("cli.stats_needs_year_form")
    request = reports.ReportRequest(
        args.form, args.year, unit_ids=tuple(args.unit) if args.unit else None, level_filter=args.levels, span=args.span
    )
    out = _in_session(args, lambda session: reports.export_report(session, request, _out(args)))
    print(f"Đã ghi {reports.REPORT_KINDS[args.form].lower()} năm {args.year}: {out}")
    return EXIT_OK


def _export_decision(args: argparse.Namespace) -> int:
    """`export decision`: the list attached to a decision (xlsx, or pdf by the suffix), or
    the decision with its annex (docx)."""
    from app.services import decision

    if args.decision is None:
        raise BadInput("cli.decision_needed_for_annex")
    out = _in_session(
        args,
        lambda session: decision.export_decision_list(
            session, decision_id=args.decision, out=_out(args), progress=_progress_printer("Xuất danh sách")
        ),
    )
    print(_say("cli.annex_written", out=out))
    return EXIT_OK


def _export_payments(args: argparse.Namespace) -> int:
    """`export payments`: the payment list of a decision for the finance office (xlsx|pdf)."""
    from app.services.money import export_payments

    if args.decision is None:
        raise BadInput("cli.decision_needed_for_payments")
    out = _in_session(
        args,
        lambda session: export_payments(
            session, decision_id=args.decision, out=_out(args), progress=_progress_printer("Xuất danh sách")
        ),
    )
    print(_say("cli.payments_written", out=out))
    return EXIT_OK


def _export_scoring(args: argparse.Namespace) -> int:
    """`export scoring`: a bloc's scoring report and ranking (xlsx, or pdf by the suffix)."""
    from app.services.scoring_report import export_scoring

    if args.table is None:
        raise BadInput("cli.table_needed_for_scoring")
    out = _in_session(
        args,
        lambda session: export_scoring(
            session, table_id=args.table, out=_out(args), progress=_progress_printer("Xuất bảng điểm")
        ),
    )
    print(_say("cli.scoring_written", out=out))
    return EXIT_OK


def _export_examples(args: argparse.Namespace) -> int:
    """`export examples`: the model examples (điển hình tiên tiến) of a movement."""
    from app.services.example import export_examples

    if args.movement is None:
        raise BadInput("cli.movement_needed_for_models")
    out, count = _in_session(
        args,
        lambda session: export_examples(
            session, movement_id=args.movement, out=_out(args), progress=_progress_printer("Xuất danh sách")
        ),
    )
    print(_say("cli.examples_written", count=count, out=out))
    return EXIT_OK


def _printer_profile(session: Session, spec: str | None) -> PrinterProfile | None:
    """`--printer`: a profile name stored in the database, or 'offset_x,offset_y[,sx,sy]'."""
    from app.exports.printer_profiles import parse_printer_spec
    from app.services import printing

    if not spec:
        return None
    try:
        return parse_printer_spec(spec)
    except BadInput:
        return printing.get_printer_profile(session, name=spec)


def cmd_certificates(args: argparse.Namespace) -> int:
    """`certificates --decision ID`: one page per recipient of the decision, in its order
    (I. Cá nhân then II. Tập thể); the printing is logged."""
    from app.services import printing

    if (args.decision is None) == (args.list is None):
        raise BadInput("cli.decision_or_list")
    if args.list is not None:
        return _certificates_from_list(args)
    db = _open(args)
    try:
        with db.factory.begin() as session:
            items = printing.decision_certificates(session, decision_id=args.decision)
            key = args.template or printing.decision_template_key(session, decision_id=args.decision)
            profile = _printer_profile(session, args.printer)
            result = printing.produce_certificates(
                session,
                items=items,
                template_key=key,
                blank=args.blank,
                out=_out(args),
                printer=profile,
                source=f"Quyết định (mã {args.decision})",
                decision_id=args.decision,
                progress=_progress_printer("In giấy khen"),
            )
    finally:
        db.close()
    print(_say("cli.pages_written", pages=result.pages, out=result.path))
    return EXIT_OK


def _certificates_from_list(args: argparse.Namespace) -> int:
    """`certificates --list F.xlsx`: mail merge, no database needed (unless --printer names
    a profile stored in the database given with --db)."""
    import datetime as _dt

    from app.exports.cert_templates import load_template
    from app.exports.certificates import HEADER_PARTY, render_certificates
    from app.exports.printer_profiles import parse_printer_spec
    from app.services.mail_merge import CommonLines, read_certificate_list

    if not args.template:
        raise BadInput("cli.template_needed")
    day = None
    if args.date:
        try:
            day = _dt.date.fromisoformat(args.date)
        except ValueError:
            raise BadInput("cli.date_bad", date=args.date) from None
    override = CommonLines(
        agency_name=args.agency or "",
        issuer_title=args.issuer_title or "",
        signer_title=args.signer_title or "",
        signer_name=args.signer_name or "",
        place=args.place or "",
        date=day,
        header_style=HEADER_PARTY if args.party else "national",
    )
    template = load_template(args.template)
    items = read_certificate_list(Path(args.list), common=override)
    profile = None
    if args.printer:
        try:
            profile = parse_printer_spec(args.printer)
        except BadInput:
            if not args.db:
                raise
            from app.services import printing

            db = _open(args)
            try:
                with db.factory() as session:
                    profile = printing.get_printer_profile(session, name=args.printer)
            finally:
                db.close()
    report = render_certificates(
        items, template, out=_out(args), blank=args.blank, printer=profile, progress=_progress_printer("In giấy khen")
    )
    print(_say("cli.pages_written", pages=report.pages, out=args.out))
    return EXIT_OK


# ---------------------------------------------------------------- verdicts (issue 16)

VERDICT_MARKS = {"ELIGIBLE": "✔", "NOT_ELIGIBLE": "✘", "MANUAL_CHECK": "?", "": "-"}


def cmd_verdicts(args: argparse.Namespace) -> int:
    """`verdicts --round ID [--json]`: judge every nomination of the round now (the verdicts
    are cached as the nominations screen does) and print them with their reasons."""
    from app.services.nomination import compute_verdicts, round_verdicts

    db = _open(args)
    try:
        with db.factory.begin() as session:
            summary = compute_verdicts(session, round_id=args.round)
            rows = round_verdicts(session, round_id=args.round)
    finally:
        db.close()
    if args.json:
        print(
            json.dumps(
                {
                    "round": args.round,
                    "rule_set": summary.rule_set,
                    "nominations": [
                        {
                            k: r[k]
                            for k in (
                                "id",
                                "name",
                                "code",
                                "award",
                                "verdict",
                                "reasons",
                                "reason_codes",
                                "review_hold",
                            )
                        }
                        for r in rows
                    ],
                },
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    width = max((_display_width(r["name"]) for r in rows), default=0)
    code_width = max((_display_width(r["code"]) for r in rows), default=0)
    for r in rows:
        head = (
            f"{VERDICT_MARKS.get(r['verdict'], '?')} {r['id']:>6}  {_pad(r['code'], code_width)}  "
            f"{_pad(r['name'], width)}  {r['award']}"
        )
        print(head.rstrip())
        for text in r["reasons"]:
            print(f"      - {text}")
    counts = summary.by_status
    print(
        _say(
            "cli.verdicts_summary",
            rule_set=summary.rule_set,
            count=len(rows),
            eligible=counts.get("ELIGIBLE", 0),
            manual=counts.get("MANUAL_CHECK", 0),
            not_eligible=counts.get("NOT_ELIGIBLE", 0),
        )
    )
    return EXIT_OK


# ---------------------------------------------------------------- tally


def _read_input(path: str) -> bytes:
    """The bytes of a user's file, or BadInput naming it as typed."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise BadInput("file.not_found", path=path) from None
    except IsADirectoryError:
        raise BadInput("file.is_folder", path=path) from None
    except OSError as exc:
        raise BadInput("file.unreadable", path=path, strerror=exc.strerror or exc) from None


def _display_width(text: str) -> int:
    """Terminal columns of `text` (combining marks take none, East Asian wide take two)."""
    import unicodedata

    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, *, right: bool = False) -> str:
    gap = " " * max(0, width - _display_width(text))
    return gap + text if right else text + gap


def _tally_table(result: TallyResult) -> list[str]:
    """The readable (non-JSON) output of `tally`: summary lines then an aligned table."""
    lines = [
        f"Số thành viên Hội đồng: {result.members}",
        f"Phiếu thu về: {result.collected}",
        f"Phiếu hợp lệ: {result.valid}",
        f"Phiếu không hợp lệ: {result.invalid}"
        + (f" (trong đó {result.over_max} phiếu đồng ý quá {result.max_approvals} người)" if result.over_max else ""),
        f"Ý kiến bằng văn bản (tính như phiếu bầu): {result.written}",
        f"Ngưỡng: từ {result.threshold.label()} trở lên trên tổng số {result.members} thành viên "
        f"(cần ít nhất {result.threshold.minimum(result.members)} phiếu đồng ý)",
    ]
    if result.max_approvals is not None:
        lines.append(f"Số người được đồng ý tối đa trên một phiếu: {result.max_approvals}")
    if result.quota is not None:
        lines.append(f"Số lượng tối đa được chọn: {result.quota}")
    header = ("STT", "Họ và tên", "Số phiếu đồng ý", "Tỷ lệ %", "Kết quả")
    rows = [
        (str(c.number), c.name, str(c.approvals), c.percent.replace(".", ","), c.verdict()) for c in result.candidates
    ]
    widths = [max(_display_width(r[i]) for r in [header, *rows]) for i in range(len(header))]
    right = (True, False, True, True, False)

    def fmt(row: tuple[str, ...]) -> str:
        return "  ".join(_pad(v, w, right=r) for v, w, r in zip(row, widths, right)).rstrip()

    lines += ["", fmt(header), "  ".join("-" * w for w in widths)]
    lines += [fmt(r) for r in rows]
    passed = [str(c.number) for c in result.passed]
    lines += ["", f"Đạt: {len(passed)} ứng viên" + (f" (số {', '.join(passed)})" if passed else "")]
    tied = [str(c.number) for c in result.tied]
    if tied:
        lines.append(
            f"Bằng phiếu ở ranh giới số lượng: số {', '.join(tied)} — còn {result.seats_left} suất; "
            "cần bỏ phiếu lại hoặc Chủ tịch quyết định."
        )
    return lines


def cmd_tally(args: argparse.Namespace) -> int:
    from app.rules.ballot_sheets import decode_text, parse_candidates, parse_sheets
    from app.rules.tally import DEFAULT_THRESHOLD, TallyInput, entry_differences, parse_threshold, tally

    threshold = parse_threshold(args.threshold) if args.threshold is not None else DEFAULT_THRESHOLD
    names = parse_candidates(decode_text(_read_input(args.candidates), args.candidates), args.candidates)

    def sheets_of(path: str) -> tuple[Sheet, ...]:
        text = decode_text(_read_input(path), path)
        return parse_sheets(text, path, candidates=len(names), members=args.members)

    sheets = sheets_of(args.sheets)
    if args.check is not None:
        differences = entry_differences(sheets, sheets_of(args.check))
        if differences:
            numbers = ", ".join(str(d.number) for d in differences)
            print(
                f"Hai lần nhập phiếu khác nhau ở {len(differences)} phiếu: {numbers}. "
                "Chưa kiểm phiếu; hãy đối chiếu với phiếu giấy rồi sửa lại.",
                file=sys.stderr,
            )
            for d in differences:
                first = d.first.describe() if d.first else "không có"
                second = d.second.describe() if d.second else "không có"
                print(
                    f"  Phiếu {d.number}: lần 1 ({args.sheets}): {first}; lần 2 ({args.check}): {second}",
                    file=sys.stderr,
                )
            return EXIT_DIFFERENCES
    result = tally(
        TallyInput(
            members=args.members,
            candidates=names,
            sheets=sheets,
            threshold=threshold,
            max_approvals=args.max_approvals,
            quota=args.quota,
        )
    )
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        print("\n".join(_tally_table(result)))
    return EXIT_OK


# ---------------------------------------------------------------- scans (ballot papers, read-ballots)


def cmd_ballots(args: argparse.Namespace) -> int:
    from app.exports.ballot_papers import BallotPaperData, render_ballot_papers
    from app.exports.xlsx_report import DocumentHeader
    from app.rules.ballot_sheets import decode_text, parse_candidates
    from app.rules.vntext import clean_text

    if args.spares < 0:
        raise BadInput("cli.spares_not_negative", spares=args.spares)
    names = parse_candidates(decode_text(_read_input(args.candidates), args.candidates), args.candidates)
    title = clean_text(args.title or "") or "Bầu danh hiệu thi đua"
    data = BallotPaperData(
        header=DocumentHeader(header_style="national", agency_name="Hội đồng Thi đua - Khen thưởng"),
        subject=title,
        meeting_line="",
        candidates=tuple((i, n, "") for i, n in enumerate(names, start=1)),
        copies=args.members + args.spares,
    )
    pages = render_ballot_papers(data, _out(args))
    print(f"Đã ghi {data.copies} phiếu ({pages} trang): {args.out}")
    return EXIT_OK


def cmd_read_ballots(args: argparse.Namespace) -> int:
    from app.safe_write import atomic_output
    from app.scan_reader import iter_scan_pages, load_reference, read_scans, sheets_csv

    out = _out(args)
    reference = load_reference(args.ballots)
    result = read_scans(reference, iter_scan_pages(args.scans))
    with atomic_output(out, suffix=".csv.tmp") as tmp:
        Path(tmp).write_text(sheets_csv(result), encoding="utf-8")
    review = result.review
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        print(
            _say(
                "cli.scans_read",
                sheets=len(result.sheets),
                sure=len(result.sheets) - len(review),
                review=len(review),
                seconds=round(result.seconds, 1),
                out=args.out,
            )
        )
    for page in result.rejected:
        print(f"Không tính: {page.where}: {page.problem}.", file=sys.stderr)
    for sheet in review:
        where = "; ".join(p.where for p in sheet.pages)
        print(
            _say("cli.sheet_to_review", sheet_number=sheet.number, where=where, reason=sheet.reason()), file=sys.stderr
        )
    return EXIT_DIFFERENCES if review else EXIT_OK


def _positive_int(text: str) -> int:
    """argparse type: a positive integer, with a Vietnamese complaint otherwise."""
    value = text.strip()
    shown = value if len(value) <= 20 else f"{value[:20]}… ({len(value)} ký tự)"
    if not (value.isascii() and value.isdigit()) or len(value) > 9 or int(value) < 1:
        raise argparse.ArgumentTypeError(f"'{shown}' không phải số nguyên dương (tối đa 9 chữ số)")
    return int(value)


# ---------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    from app.services.templates import TEMPLATE_KINDS

    p = _Parser(prog="tdkt-cli", description="TĐKT Desk – công cụ dòng lệnh")
    p.add_argument("--version", action="version", version=f"tdkt-cli {__version__}")
    p.add_argument("--db", help="đường dẫn tệp SQLite hoặc URL SQLAlchemy (mặc định: thư mục dữ liệu người dùng)")
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="vi",
        help="ngôn ngữ của thông báo: vi (mặc định) hoặc en / language of messages",
    )
    p.add_argument(
        "--user",
        metavar="TÊN_ĐĂNG_NHẬP",
        help="tài khoản (khi cơ sở dữ liệu có tài khoản); mật khẩu từ TDKT_PASSWORD hoặc được hỏi",
    )
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    s = sub.add_parser("init", help="tạo hoặc nâng cấp cơ sở dữ liệu")
    s.set_defaults(func=cmd_init)

    s = sub.add_parser("info", help="số lượng bản ghi")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_info)

    s = sub.add_parser("demo", help="tạo dữ liệu mẫu")
    s.add_argument("--people", type=int, default=None, help="số cán bộ (mặc định ~5.500)")
    s.add_argument("--seed", type=int, default=1)
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("template", help="ghi tệp Excel mẫu để nhập dữ liệu")
    s.add_argument("kind", choices=list(TEMPLATE_KINDS))
    s.add_argument("--out", required=True)
    s.set_defaults(func=cmd_template)

    s = sub.add_parser("import", help="nhập dữ liệu từ Excel (tất cả hoặc không)")
    s.add_argument("kind", choices=["staff", "history", "nominations"])
    s.add_argument("file")
    s.add_argument("--round", type=int, metavar="ID", help="nominations: mã số đợt xét nhận đề nghị")
    s.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
    s.add_argument("--only-valid", action="store_true", help="chỉ nhập các dòng hợp lệ, bỏ qua dòng lỗi")
    s.set_defaults(func=cmd_import)

    s = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu")
    s.add_argument("--out")
    s.set_defaults(func=cmd_backup)

    s = sub.add_parser("restore", help="khôi phục từ bản sao lưu")
    s.add_argument("file")
    s.set_defaults(func=cmd_restore)

    s = sub.add_parser(
        "check", help="kiểm tra toàn vẹn: SQLite, nhật ký thay đổi, dữ liệu, niêm phong (mã thoát 4 nếu có vấn đề)"
    )
    s.set_defaults(func=cmd_check)

    s = sub.add_parser("user", help="tài khoản: add, list, disable, passwd")
    s.add_argument("action", choices=["add", "list", "disable", "passwd"])
    s.add_argument("login", nargs="?", metavar="TÊN_ĐĂNG_NHẬP")
    s.add_argument("--role", choices=["admin", "clerk", "viewer"], help="add: vai trò")
    s.add_argument("--name", help="add: họ và tên")
    s.add_argument("--json", action="store_true", help="list: in dạng JSON")
    s.set_defaults(func=cmd_user)

    s = sub.add_parser("audit", help="xem nhật ký thay đổi")
    s.add_argument("--json", action="store_true")
    s.add_argument("--table", help="tên bảng, ví dụ person, nomination, ballot, decision")
    s.add_argument("--id", help="mã dòng trong bảng")
    s.add_argument("--user", dest="by", metavar="TÊN_ĐĂNG_NHẬP", help="chỉ các mục của tài khoản này")
    s.add_argument("--since", metavar="YYYY-MM-DD", help="từ ngày (giờ UTC)")
    s.set_defaults(func=cmd_audit)

    s = sub.add_parser("copy-db", help="sao chép toàn bộ dữ liệu sang cơ sở dữ liệu khác (máy chủ)")
    s.add_argument("--from", dest="source", required=True, help="tệp SQLite hoặc URL nguồn")
    s.add_argument("--to", dest="target", required=True, help="URL đích, ví dụ postgresql+psycopg://...")
    s.add_argument("--overwrite", action="store_true", help="xóa dữ liệu đang có ở đích")
    s.set_defaults(func=cmd_copy_db)

    s = sub.add_parser("export", help="xuất danh sách, biểu thống kê, bảng điểm thi đua ra Excel hoặc PDF")
    s.add_argument(
        "kind",
        choices=[
            "nominations",
            "stats",
            "decision",
            "scoring",
            "examples",
            "payments",
            "submission",
            "ballots",
            "tally",
            "minutes",
        ],
    )
    s.add_argument(
        "--round",
        type=int,
        metavar="ID",
        help="mã số đợt xét (nominations, submission; mặc định: đợt đang mở nếu chỉ có một)",
    )
    s.add_argument("--ballot", type=int, metavar="ID", help="mã số phiếu bầu (ballots: .pdf; tally: .pdf|.docx|.xlsx)")
    s.add_argument("--meeting", type=int, metavar="ID", help="mã số phiên họp (minutes: .pdf|.docx)")
    s.add_argument("--decision", type=int, metavar="ID", help="mã số quyết định (decision, payments)")
    s.add_argument("--table", type=int, metavar="ID", help="mã số bảng tiêu chí chấm điểm của khối (scoring)")
    s.add_argument("--movement", type=int, metavar="ID", help="mã số phong trào thi đua (examples)")
    s.add_argument("--year", type=int, metavar="NĂM", help="năm báo cáo (stats)")
    s.add_argument(
        "--form",
        choices=["0601", "0602", "0603", "by_unit", "shares", "rewards"],
        help="stats: biểu 0601, 0602, 0603 (TT 02/2023), by_unit (theo đơn vị, năm), shares (tỷ lệ), "
        "rewards (tiền thưởng theo đơn vị, cấp)",
    )
    s.add_argument(
        "--unit",
        type=int,
        action="append",
        metavar="ID",
        help="stats: chỉ tính đơn vị này và các đơn vị trực thuộc (nhắc lại được)",
    )
    s.add_argument(
        "--levels",
        choices=["ALL", "BO_TINH_UP", "NHA_NUOC"],
        default="ALL",
        help="by_unit, shares: cấp khen thưởng được tính",
    )
    s.add_argument("--span", type=int, default=5, help="by_unit, shares: số năm (mặc định 5)")
    s.add_argument(
        "--out",
        required=True,
        help="tệp cần ghi; định dạng theo đuôi: .xlsx, .pdf (decision, scoring, payments), "
        ".docx (decision, submission)",
    )
    s.add_argument(
        "--confirm-no-review",
        action="store_true",
        help="nominations: xác nhận (một lần cho đợt) không ai trong đợt đang bị xem xét kỷ luật, "
        "thanh tra, khiếu nại ngoài các đề nghị đã đánh dấu",
    )
    # nominations: by default only what is sent upward (submitted/checked, ✔ or to check by hand)
    s.add_argument("--all", action="store_true", help="nominations: mọi đề nghị (cả dự thảo, bị loại, ✘)")
    s.add_argument("--with-status", action="store_true", help="nominations: thêm cột Trạng thái")
    s.add_argument("--with-verdict", action="store_true", help="nominations: thêm cột Kết quả kiểm tra")
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("verdicts", help="xét điều kiện mọi đề nghị của một đợt và in kết luận, lý do")
    s.add_argument("--round", type=int, required=True, metavar="ID", help="mã số đợt xét")
    s.add_argument("--json", action="store_true", help="in dạng JSON {nominations: [...]}")
    s.set_defaults(func=cmd_verdicts)

    s = sub.add_parser(
        "list", help="liệt kê mã số: đợt xét, quyết định, phiên họp, phiếu bầu, bảng điểm, phong trào, khối"
    )
    s.add_argument("kind", choices=["rounds", "decisions", "meetings", "ballots", "tables", "movements", "blocs"])
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_list)

    s = sub.add_parser("settings", help="xem hoặc sửa thông tin cơ quan in trên văn bản")
    s.add_argument("action", nargs="?", choices=["set"])
    s.add_argument("key", nargs="?")
    s.add_argument("value", nargs="?")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_settings)

    s = sub.add_parser(
        "certificates", help="in giấy khen ra PDF (mỗi người một trang): theo quyết định hoặc danh sách Excel"
    )
    s.add_argument("--decision", type=int, metavar="ID", help="mã số quyết định")
    s.add_argument("--list", metavar="TỆP.xlsx", help="danh sách trộn thư (tdkt-cli template certificates)")
    s.add_argument("--agency", help="--list: tên cơ quan (ghi đè sheet 'Thông tin chung')")
    s.add_argument("--issuer-title", help="--list: dòng chức danh màu đỏ dưới tiêu đề")
    s.add_argument("--signer-title", help="--list: chức vụ người ký")
    s.add_argument("--signer-name", help="--list: họ tên người ký")
    s.add_argument("--place", help="--list: địa danh của dòng ngày tháng")
    s.add_argument("--date", metavar="YYYY-MM-DD", help="--list: ngày ký")
    s.add_argument("--party", action="store_true", help="--list: tiêu đề ĐẢNG CỘNG SẢN VIỆT NAM (cơ quan Đảng)")
    s.add_argument("--template", help="giay-khen, bang-khen, cstdcs hoặc tệp .json (mặc định: theo loại khen thưởng)")
    s.add_argument("--blank", action="store_true", help="chỉ in nội dung lên phôi in sẵn")
    s.add_argument("--printer", metavar="TÊN", help="hồ sơ máy in đã lưu, hoặc lệch_x,lệch_y[,tỉ_lệ_x,tỉ_lệ_y] (mm)")
    s.add_argument("--out", required=True, help="tệp .pdf cần ghi")
    s.set_defaults(func=cmd_certificates)

    s = sub.add_parser(
        "tally",
        help="kiểm phiếu một cuộc bỏ phiếu kín (không cần cơ sở dữ liệu)",
        description=(
            "Kiểm phiếu độc lập: mỗi phiếu đồng ý mọi ứng viên không bị gạch tên; tỷ lệ % tính trên "
            "tổng số thành viên Hội đồng; đạt khi số phiếu đồng ý × mẫu số ≥ tử số × số thành viên. "
            "Mã thoát: 0 thành công, 2 dữ liệu sai, 3 hai lần nhập khác nhau."
        ),
    )
    s.add_argument(
        "--members",
        type=_positive_int,
        required=True,
        metavar="N",
        help="tổng số thành viên Hội đồng (cơ sở tính tỷ lệ)",
    )
    s.add_argument(
        "--candidates",
        required=True,
        metavar="FILE",
        help="tệp văn bản UTF-8, mỗi dòng một họ tên, đánh số từ 1 theo thứ tự",
    )
    s.add_argument(
        "--sheets",
        required=True,
        metavar="FILE",
        help="tệp CSV tiêu đề sheet,kind,struck (kind: ballot, written, invalid)",
    )
    s.add_argument("--check", metavar="FILE", help="tệp nhập lần 2 để đối chiếu; khác nhau → mã thoát 3")
    s.add_argument(
        "--threshold",
        metavar="NGƯỠNG",
        help="ngưỡng đạt: 90%%, 80%%, 4/5, 2/3… (mặc định 80%%, ngưỡng của CSTĐCS và Cờ thi đua)",
    )
    s.add_argument(
        "--max-approvals", type=_positive_int, metavar="K", help="phiếu đồng ý quá K người là phiếu không hợp lệ"
    )
    s.add_argument(
        "--quota",
        type=_positive_int,
        metavar="Q",
        help="tối đa Q người đạt, lấy từ cao xuống; bằng phiếu ở ranh giới thì không ai trong số đó đạt",
    )
    s.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    s.set_defaults(func=cmd_tally)

    s = sub.add_parser("ballots", help="in phiếu bầu độc lập (không cần cơ sở dữ liệu), đọc được từ bản quét")
    s.add_argument("--candidates", required=True, metavar="FILE", help="tệp văn bản UTF-8, mỗi dòng một họ tên")
    s.add_argument("--members", type=_positive_int, required=True, metavar="N", help="số thành viên Hội đồng")
    s.add_argument("--spares", type=int, default=2, metavar="K", help="số phiếu dự phòng (mặc định 2)")
    s.add_argument("--title", metavar="T", help='nội dung bầu, ví dụ "Danh hiệu Chiến sĩ thi đua cơ sở năm 2024"')
    s.add_argument("--out", required=True, help="tệp .pdf cần ghi")
    s.set_defaults(func=cmd_ballots)

    s = sub.add_parser(
        "read-ballots",
        help="đọc phiếu bầu đã quét thành tệp sheet,kind,struck (mã thoát 3: có phiếu cần người xem lại)",
    )
    s.add_argument("--ballots", required=True, metavar="P.pdf", help="tệp PDF phiếu bầu đã in")
    s.add_argument(
        "--scans", required=True, nargs="+", metavar="FILE", help="bản quét: PDF nhiều trang, PNG, JPEG, TIFF"
    )
    s.add_argument("--out", required=True, help="tệp .csv cần ghi")
    s.add_argument("--json", action="store_true", help="in chi tiết dạng JSON")
    s.set_defaults(func=cmd_read_ballots)
    return p


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    set_language(args.lang)
    try:
        if getattr(args, "out", None):  # every --out passes the guard before any work
            _out(args, allow_sqlite=args.command == "backup")
        return args.func(args)
    except AppError as exc:
        print(format_message("cli.error", {"message": exc.message()}), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(format_message("cli.stopped", {}), file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:  # a full disk, a database error: a sentence, never a traceback
        message = _system_error_message(exc)
        if message is None:
            raise
        log.debug("system error", exc_info=True)
        print(format_message("cli.error", {"message": message}), file=sys.stderr)
        return EXIT_BAD_INPUT


def _system_error_message(exc: BaseException) -> str | None:
    """A sentence (in the current language) for an OSError or a database driver error, without the SQL
    or its parameters (which may hold personal data); None for a program bug."""
    from app.safe_write import disk_error

    if isinstance(exc, OSError):
        return disk_error(exc, Path(exc.filename or "?")).message()
    if type(exc).__module__.startswith("sqlalchemy"):
        orig = getattr(exc, "orig", None)
        text = str(orig if orig is not None else "").strip().splitlines()
        first = text[0] if text else ""
        if "full" in first.lower() or "no space" in first.lower():
            return format_message("db.disk_full", {})
        if "readonly" in first.lower() or "read-only" in first.lower():
            return format_message("db.read_only", {})
        return format_message("db.driver_error", {"kind": type(orig or exc).__name__, "first": first[:200]})
    return None


if __name__ == "__main__":
    sys.exit(main())
