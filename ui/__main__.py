"""`tdkt`: the GUI entry point.

    tdkt [--db PATH_OR_URL] [--demo] [--lang vi|en] [--version] [--self-check]

`--self-check` opens a temporary database offscreen, builds the main window and exits 0:
it proves that a PyInstaller bundle starts. `--timing` prints the start-up time and exits (benchmarks).
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()

import argparse  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

from app import APP_NAME, __version__  # noqa: E402

EXIT_OK, EXIT_FAILURE, EXIT_DB = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tdkt", description=f"{APP_NAME}: giao diện đồ họa.")
    p.add_argument("--db", help="tệp SQLite hoặc địa chỉ SQLAlchemy (mặc định: thư mục dữ liệu của người dùng)")
    p.add_argument("--demo", action="store_true", help="mở cơ sở dữ liệu mẫu (tạo nếu chưa có)")
    p.add_argument("--lang", choices=("vi", "en"), help="ngôn ngữ giao diện (mặc định: theo cài đặt)")
    p.add_argument("--version", action="store_true", help="in phiên bản rồi thoát")
    p.add_argument("--self-check", action="store_true", help="tự kiểm tra khởi động (không hiện cửa sổ) rồi thoát")
    p.add_argument("--timing", action="store_true", help=argparse.SUPPRESS)
    return p


def _ensure_demo(db, parent=None) -> bool:
    """Generate the demo data in a worker behind a progress dialog if `db` has no people.
    False when the user cancelled or it failed (already reported)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from app.services.info import database_counts
    from ui.workers import run_with_progress

    with db.factory() as session:
        if database_counts(session).get("people", 0) > 0:
            return True
    from app.services import demo

    def task(progress, is_cancelled):
        with db.factory.begin() as session:
            return demo.generate_demo(session, progress=progress, is_cancelled=is_cancelled)

    loop = QEventLoop()
    outcome = {"ok": False}

    def done(_summary):
        outcome["ok"] = True
        loop.quit()

    worker = run_with_progress(
        parent,
        task,
        label=QCoreApplication.translate("main", "Đang tạo dữ liệu mẫu…"),
        on_done=done,
        on_cancelled=loop.quit,
    )
    worker.failed.connect(lambda _exc: loop.quit())
    if worker.running:
        loop.exec()
    return outcome["ok"]


def ensure_streams() -> None:
    """A windowed (no-console) exe on Windows starts with `sys.stdout` and `sys.stderr`
    set to None: give them a sink so that print, logging and flush never fail."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process


def _check_printing(folder: Path) -> bool:
    """Self-check of the printing chain in this build: ReportLab writes a certificate with
    the shipped fonts and a PNG emblem (Pillow), QtPdf renders it, and the page has ink
    (border, text) and the emblem's blue in its box."""
    from PySide6.QtGui import QColor, QImage

    from app.services.printing import render_sample_certificate, shipped_template
    from ui.printing.output import page_image

    emblem = folder / "self-check-emblem.png"
    blue = QImage(40, 40, QImage.Format.Format_RGB32)
    blue.fill(QColor("#0044ff"))
    blue.save(str(emblem))
    pdf = render_sample_certificate(folder / "self-check.pdf", emblem)
    template = shipped_template("giay-khen")
    dpi = 30
    image = page_image(pdf, 1, dpi=dpi)
    ink = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).lightness() < 200
    )
    emblem_ok = False
    if template.decor.emblem is not None:
        ex, ey, ew, eh = template.decor.emblem
        centre = image.pixelColor(round((ex + ew / 2) / 25.4 * dpi), round((ey + eh / 2) / 25.4 * dpi))
        emblem_ok = centre.blue() > 200 and centre.red() < 60
    print(f"printing_check pages=1 ink_pixels={ink} emblem={'yes' if emblem_ok else 'no'}", flush=True)
    return ink > 50 and emblem_ok


def main(argv: list[str] | None = None) -> int:
    ensure_streams()
    args = _parser().parse_args(argv)
    if args.version:
        print(f"{APP_NAME} {__version__}")
        return EXIT_OK

    from app import paths
    from app.errors import AppError

    temp_dir = None
    if args.self_check:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        temp_dir = tempfile.TemporaryDirectory(prefix="tdkt-selfcheck-")
        from ui.settings import use_settings_file

        use_settings_file(Path(temp_dir.name) / "settings.ini")

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from ui import errors
    from ui.app import build_main_window, create_app, setup_logging

    log_dir = Path(temp_dir.name) if temp_dir else paths.logs_dir()
    log_path = setup_logging(log_dir)
    app = create_app(lang=args.lang)
    errors.set_log_file(log_path)
    errors.install_excepthook()

    db_arg: str | Path | None
    if args.self_check:
        assert temp_dir is not None  # made above for --self-check
        db_arg = Path(temp_dir.name) / "self-check.db"
    elif args.db:
        db_arg = args.db
    elif args.demo:
        db_arg = paths.demo_db_path()
    else:
        db_arg = None  # the choice stored in QSettings, or the first-run dialog

    from app.database import open_database

    try:
        if db_arg is None:
            from ui.connection.startup import open_at_start

            db, code = open_at_start()
            if db is None:
                return code
        elif "://" in str(db_arg) and not str(db_arg).startswith("sqlite"):
            # A server given with --db: connected off the GUI thread, with Hủy (issue 17).
            from ui.connection import hide_password
            from ui.connection.startup import open_in_background

            db = open_in_background(None, str(db_arg), where=hide_password(str(db_arg)), server=True)
            if db is None:
                return EXIT_OK
        else:
            db = open_database(db_arg)
    except AppError as exc:
        QMessageBox.warning(None, QCoreApplication.translate("main", "Không mở được cơ sở dữ liệu"), exc.message())
        return EXIT_DB
    except Exception as exc:  # noqa: BLE001 - e.g. a file that is not a database at all
        import logging

        from ui.connection import hide_password

        logging.getLogger("tdkt.ui").error("cannot open %s: %s", hide_password(str(db_arg)), type(exc).__name__)
        QMessageBox.warning(
            None,
            QCoreApplication.translate("main", "Không mở được cơ sở dữ liệu"),
            QCoreApplication.translate(
                "main",
                "Không mở được cơ sở dữ liệu %1: %2\nTệp có thể không phải cơ sở "
                "dữ liệu của TĐKT Desk hoặc đã bị hỏng.",
            )
            .replace("%1", hide_password(str(db_arg)))
            .replace("%2", hide_password(str(getattr(exc, "orig", None) or exc))),
        )
        return EXIT_DB

    try:
        from ui.accounts.login import ensure_login

        if not ensure_login(db):  # accounts: log in (or create the server's admin) first
            return EXIT_OK
        if args.demo and not _ensure_demo(db):
            return EXIT_FAILURE
        window = build_main_window(db)
        window.show()
        app.processEvents()
        startup_ms = (time.perf_counter() - _T0) * 1000
        import logging

        logging.getLogger("tdkt.ui").info("main window ready in %.0f ms (%s)", startup_ms, db.url)
        if args.timing or args.self_check:
            print(
                f"startup_ms={startup_ms:.0f} people_shown={window.org_screen.people_model.rowCount()} "
                f"people_total={window.org_screen.people_model.total}",
                flush=True,
            )
        if args.timing and not args.self_check:
            window.close()
            return EXIT_OK
        if args.self_check:
            from ui.main_window import SCREEN_SPECS

            ok = window.isVisible() and window.sidebar.count() == len(SCREEN_SPECS)
            assert temp_dir is not None  # made above for --self-check
            ok = _check_printing(Path(temp_dir.name)) and ok
            window.close()
            app.processEvents()
            print("self-check OK" if ok else "self-check FAILED", flush=True)
            return EXIT_OK if ok else EXIT_FAILURE
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window.first_run_setup)  # the agency's identity, asked once
        return app.exec()
    finally:
        from ui.shutdown import stop_workers

        stop_workers()  # a worker still writing finishes before its database closes
        db.close()
        if temp_dir is not None:
            import logging

            for h in list(logging.getLogger().handlers):  # release the log file (Windows)
                if getattr(h, "baseFilename", "").startswith(temp_dir.name):
                    logging.getLogger().removeHandler(h)
                    h.close()
            temp_dir.cleanup()


def run() -> None:
    """Console-script entry: main(), then an orderly end of Qt (ui/shutdown.py) and a
    normal exit with main()'s code. Never "Failed to execute script": an unexpected error is
    logged, and nothing assumes stdout/stderr exist (a windowed exe has neither)."""
    ensure_streams()
    try:
        code = main()
    except SystemExit as exc:  # argparse on a bad option
        code = exc.code if isinstance(exc.code, int) else EXIT_FAILURE
    except BaseException:  # noqa: BLE001 - never "Failed to execute script": log it and leave
        import logging

        logging.getLogger("tdkt.ui").exception("unexpected error at start or close")
        code = EXIT_FAILURE
    import logging

    if "PySide6.QtCore" in sys.modules:
        try:
            from ui.shutdown import orderly_shutdown

            orderly_shutdown()
        except Exception:  # noqa: BLE001 - the exit code is main()'s; the log says what failed
            logging.getLogger("tdkt.ui").exception("error while shutting Qt down")
    try:
        logging.shutdown()
    except Exception:  # noqa: BLE001 - a handler that cannot flush must not block the exit
        pass
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    sys.exit(code)


if __name__ == "__main__":
    run()
