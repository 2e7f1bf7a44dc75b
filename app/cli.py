"""`tdkt-cli`: the batch side of TĐKT Desk (no Qt).

Exit codes: 0 success; 2 bad input (a Vietnamese message on stderr naming the file, row
and field); 3 a double-entry comparison found differences; 1 an unexpected failure.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from app import __version__
from app.errors import AppError, BadInput

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT, EXIT_DIFFERENCES = 0, 1, 2, 3

log = logging.getLogger("tdkt.cli")


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in Vietnamese with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"Lỗi tham số: {message}\n")


def _default_db() -> str:
    from app.paths import default_db_path

    return str(default_db_path())


def _open(args):
    from app.database import open_database

    return open_database(args.db or _default_db())


def _progress_printer(label: str):
    """A `progress(done, total)` that prints a line every 10 % on stderr."""
    state = {"last": -1}

    def progress(done: int, total: int) -> None:
        if total <= 0:
            return
        step = done * 10 // total
        if step != state["last"]:
            state["last"] = step
            print(f"{label}: {done * 100 // total}%", file=sys.stderr, flush=True)

    return progress


# ---------------------------------------------------------------- commands


def cmd_init(args) -> int:
    db = _open(args)
    print(f"Cơ sở dữ liệu sẵn sàng: {db.url}")
    db.close()
    return EXIT_OK


def cmd_info(args) -> int:
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


def cmd_demo(args) -> int:
    from app.services.demo import generate_demo

    if args.people is not None and args.people < 1:
        raise BadInput(detail="--people phải là số nguyên dương.")
    db = _open(args)
    with db.factory.begin() as session:
        summary = generate_demo(
            session, people=args.people, seed=args.seed, progress=_progress_printer("Tạo dữ liệu mẫu")
        )
    db.close()
    print(f"Đã tạo dữ liệu mẫu: {summary}")
    return EXIT_OK


def cmd_template(args) -> int:
    from app.exports.staff_template import write_template

    out = Path(args.out)
    write_template(args.kind, out)
    print(f"Đã ghi mẫu {args.kind}: {out}")
    return EXIT_OK


def cmd_import(args) -> int:
    from app.services.staff_import import run_import

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


def cmd_backup(args) -> int:
    from app.services.backup import backup_database

    db = _open(args)
    out = backup_database(db.engine, reason="thu-cong", out=Path(args.out) if args.out else None)
    db.close()
    if out is None:
        raise BadInput(detail="Sao lưu trong chương trình chỉ áp dụng cho tệp SQLite; với PostgreSQL hãy dùng pg_dump.")
    print(f"Đã sao lưu vào {out}")
    return EXIT_OK


def cmd_restore(args) -> int:
    from app.db import make_engine
    from app.services.backup import restore_database

    engine = make_engine(args.db or _default_db())
    previous = restore_database(engine, Path(args.file))
    engine.dispose()
    if previous:
        print(f"Bản cũ được giữ tại {previous}")
    _open(args).close()  # bring the restored file to the current schema
    print(f"Đã khôi phục từ {args.file}")
    return EXIT_OK


def cmd_check(args) -> int:
    from app.services.backup import integrity_problems

    db = _open(args)
    problems = integrity_problems(db.engine)
    db.close()
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return EXIT_BAD_INPUT
    print("Cơ sở dữ liệu toàn vẹn.")
    return EXIT_OK


def cmd_copy_db(args) -> int:
    from app.database import open_database
    from app.services.copy_db import copy_database

    source = open_database(args.source)
    try:
        target = open_database(args.target)
        try:
            result = copy_database(source.engine, target.engine, overwrite=args.overwrite,
                                   progress=_progress_printer("Sao chép"))
        finally:
            target.close()
    finally:
        source.close()
    print(result.summary())
    return EXIT_OK


# ---------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="tdkt-cli", description="TĐKT Desk – công cụ dòng lệnh")
    p.add_argument("--version", action="version", version=f"tdkt-cli {__version__}")
    p.add_argument("--db", help="đường dẫn tệp SQLite hoặc URL SQLAlchemy (mặc định: thư mục dữ liệu người dùng)")
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
    s.add_argument("kind", choices=["staff"])
    s.add_argument("--out", required=True)
    s.set_defaults(func=cmd_template)

    s = sub.add_parser("import", help="nhập dữ liệu từ Excel (tất cả hoặc không)")
    s.add_argument("kind", choices=["staff"])
    s.add_argument("file")
    s.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
    s.add_argument("--only-valid", action="store_true", help="chỉ nhập các dòng hợp lệ, bỏ qua dòng lỗi")
    s.set_defaults(func=cmd_import)

    s = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu")
    s.add_argument("--out")
    s.set_defaults(func=cmd_backup)

    s = sub.add_parser("restore", help="khôi phục từ bản sao lưu")
    s.add_argument("file")
    s.set_defaults(func=cmd_restore)

    s = sub.add_parser("check", help="kiểm tra toàn vẹn cơ sở dữ liệu")
    s.set_defaults(func=cmd_check)

    s = sub.add_parser("copy-db", help="sao chép toàn bộ dữ liệu sang cơ sở dữ liệu khác (máy chủ)")
    s.add_argument("--from", dest="source", required=True, help="tệp SQLite hoặc URL nguồn")
    s.add_argument("--to", dest="target", required=True, help="URL đích, ví dụ postgresql+psycopg://...")
    s.add_argument("--overwrite", action="store_true", help="xóa dữ liệu đang có ở đích")
    s.set_defaults(func=cmd_copy_db)
    return p


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except AppError as exc:
        print(f"Lỗi: {exc.message()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
