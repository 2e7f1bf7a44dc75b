"""Benchmark: the longest freeze of the window during each action (bar ≤ 100 ms, PRODUCT.md §3).

Run: .venv/bin/python -m benchmarks.bench_stalls [--pg URL] [--runs R]

Builds once (cached under the temp folder's tdkt-bench/, like the other benchmarks; on
PostgreSQL rebuilt in its own schema for every run) a database holding the 5,000-nomination
round of bench_eligibility (5,000 staff, 20 years of history, verdicts computed), the
60-member × 30-criteria bloc of bench_scoring and a 300-candidate ballot of 60 members
with both passes entered (the ballot benchmark's world). Every run works on a fresh copy.

Then opens the real main window offscreen with real background workers and walks it as a
clerk would: every screen of the sidebar, a staff search typed key by key, a filter typed
into the nominations list, 100 nominations moved to "Đã kiểm tra", the bloc ranking, the
300-candidate ballot sealed, the dashboard. A 10 ms heartbeat timer runs throughout; the
figure of an action is the longest interval between two heartbeats from its start until
its background operations have finished and the window has been idle for a moment — the
time the window could not repaint or take a key. A frozen-free window shows ~10-20 ms.

Prints a table, then as its LAST line one JSON object:
{"max_stall_ms": N, "actions": {"name": ms, …}} (the medians over the runs).

The walk uses only what a person uses — the sidebar, widgets found by their attributes
and texts, key events — and answers every question box with its default, so it works
while the screens' insides change. An action whose widget is not found is reported as
skipped (null), never silently dropped.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _compile_sources() -> None:
    """Compile app/ and ui/ to bytecode first, as the installed bundle ships them: this
    machine sets PYTHONDONTWRITEBYTECODE, which would otherwise make every first visit of
    a screen pay for compiling its modules (a cost no clerk ever sees)."""
    import compileall

    sys.dont_write_bytecode = False
    for folder in ("app", "ui"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)


from benchmarks.common import CACHE, label, parser  # noqa: E402

BAR_MS = 100.0
HEARTBEAT_MS = 10
KEY_INTERVAL_MS = 90  # a quick typist
IDLE_MS = 500  # idle this long (no worker, no typing) = the action is over (debounces included)
TIMEOUT_S = 120.0
VERSION = "v1"
BLOC_NAME = "Cụm thi đua thử"  # bench_scoring's bloc: its presence marks a finished build


# ---------------------------------------------------------------- the database


def _ids(db) -> dict:
    from sqlalchemy import func, select

    from app.models import Ballot, Bloc, Nomination, ReviewRound, ScoringTable

    with db.factory() as s:
        big = s.execute(
            select(Nomination.round_id).group_by(Nomination.round_id).order_by(func.count().desc()).limit(1)
        ).scalar()
        ballot = s.execute(select(Ballot.id, Ballot.meeting_id).order_by(Ballot.id.desc()).limit(1)).first()
        bloc = s.scalar(select(Bloc.id).where(Bloc.name == BLOC_NAME))
        return {
            "round": big,
            "round_name": s.scalar(select(ReviewRound.name).where(ReviewRound.id == big)),
            "ballot": ballot[0] if ballot else None,
            "meeting": ballot[1] if ballot else None,
            "ballot_round": s.scalar(select(Nomination.round_id).where(Nomination.round_id != big).limit(1)),
            "bloc": bloc,
            "table": s.scalar(select(ScoringTable.id).where(ScoringTable.bloc_id == bloc)),
        }


def build(target: str) -> None:
    """The benchmark database at `target` (empty or absent): the other benchmarks' builders."""
    import random

    from app.services import ballot as bs
    from app.services.nomination import compute_verdicts
    from benchmarks import bench_eligibility, bench_scoring
    from tests.app.services.test_ballot import make_world

    t0 = time.perf_counter()
    db, round_id = bench_eligibility.build(target)
    with db.factory.begin() as s:
        compute_verdicts(s, round_id=round_id)
    bench_scoring.build(db, 60, 30)
    with db.factory() as s:
        world = make_world(s, members=60, candidates=300)
        bid = bs.create_ballot(s, meeting_id=world["meeting"], award_code="CSTDCS")
        s.commit()
    rng = random.Random(4)
    with db.factory.begin() as s:
        for number in range(1, 61):
            struck = rng.sample(range(1, 301), rng.randint(0, 25))
            for entry in "AB":
                bs.add_sheet(s, ballot_id=bid, entry=entry, struck=struck, number=number)
        for entry in "AB":
            bs.finish_entry(s, ballot_id=bid, entry=entry)
    db.close()
    print(f"  (built the walk's database in {time.perf_counter() - t0:.0f} s)")


def sqlite_copy(work: Path) -> str:
    """A fresh copy of the cached SQLite database (built on first use)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    cached = CACHE / f"stalls-{VERSION}.db"
    if not cached.exists():
        partial = CACHE / f"stalls-{VERSION}.partial.db"
        for p in partial.parent.glob(partial.name + "*"):
            p.unlink()
        build(str(partial))
        from app.database import open_database

        open_database(partial, backup=False).close()  # checkpoints the WAL into the file
        partial.rename(cached)
    copy = work / "stalls.db"
    shutil.copyfile(cached, copy)
    return str(copy)


def pg_fresh(pg_url: str) -> str:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    schema = f"bench_stalls_{VERSION}"
    admin = create_engine(pg_url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    admin.dispose()
    target = (
        make_url(pg_url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    )
    build(target)
    return target


# ---------------------------------------------------------------- the walk


class Walk:
    """Runs actions one at a time inside the event loop and measures the heartbeat gaps."""

    def __init__(self, app, window) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.app, self.window = app, window
        self.results: dict[str, float | None] = {}
        self.notes: list[str] = []
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last_beat = 0
        self._max_gap = 0
        self._pending_keys = 0
        self._last_activity = 0
        self.heartbeat = QTimer()
        self.heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self._beat)
        self.heartbeat.start()

    def _now(self) -> int:
        return self._clock.elapsed()

    def _beat(self) -> None:
        now = self._now()
        self._max_gap = max(self._max_gap, now - self._last_beat)
        self._last_beat = now

    def _busy(self) -> bool:
        from PySide6.QtCore import QThreadPool

        from ui.workers import Worker

        return bool(Worker._alive) or self._pending_keys > 0 or QThreadPool.globalInstance().activeThreadCount() > 0

    def _wait_idle(self) -> None:
        from PySide6.QtCore import QEventLoop

        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if self._busy():
                self._last_activity = self._now()
            elif self._now() - self._last_activity >= IDLE_MS:
                return
            time.sleep(0.001)
        self.notes.append("timeout: an operation did not finish within the time limit")

    def run(self, name: str, action: Callable[[], None]) -> None:
        """`action` is called from a zero timer, inside the event loop, like a click."""
        from PySide6.QtCore import QTimer

        self._wait_idle()
        failure: list[BaseException] = []

        def fire() -> None:
            try:
                action()
            except SkipAction as exc:
                failure.append(exc)
            except Exception as exc:  # noqa: BLE001 - reported in the table, the walk goes on
                failure.append(exc)

        self._last_beat = self._now()
        self._max_gap = 0
        self._last_activity = self._now()
        QTimer.singleShot(0, fire)
        self._wait_idle()
        self._beat()
        if failure:
            self.results[name] = None
            self.notes.append(f"{name}: skipped ({type(failure[0]).__name__}: {failure[0]})")
        else:
            self.results[name] = float(self._max_gap)

    def type_text(self, widget, text: str) -> None:
        """Key events, one character every KEY_INTERVAL_MS, as a person types."""
        from PySide6.QtCore import QTimer
        from PySide6.QtTest import QTest

        widget.setFocus()
        self._pending_keys += len(text)

        def key(ch: str) -> None:
            self._pending_keys -= 1
            QTest.keyClicks(widget, ch)

        for i, ch in enumerate(text):
            QTimer.singleShot(i * KEY_INTERVAL_MS, lambda ch=ch: key(ch))

    def clear_text(self, widget) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        widget.setFocus()
        QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(widget, Qt.Key.Key_Delete)


class SkipAction(Exception):
    pass


def _need(obj, *names: str):
    for name in names:
        value = getattr(obj, name, None)
        if value is not None:
            return value
    raise SkipAction(f"{type(obj).__name__} has none of {', '.join(names)}")


def _wait_until(predicate: Callable[[], bool], timeout_s: float = 60.0) -> bool:
    """Keep the event loop running (heartbeat included) until `predicate()` holds: screens
    fill their lists through background operations, so a list may still be loading."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            return False
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()
    return True


def _select_data(combo, value) -> None:
    _wait_until(lambda: combo.findData(value) >= 0)
    index = combo.findData(value)
    if index < 0:
        raise SkipAction(f"no item {value!r} in {combo.objectName() or type(combo).__name__}")
    combo.setCurrentIndex(index)


def answer_every_question() -> list[str]:
    """Question boxes take their default ("Yes"), input boxes an empty answer; a modal
    dialog left open is accepted by a watchdog. Returns the list the texts are logged in."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

    said: list[str] = []

    def box(kind, default):
        def call(parent, title, text, *args, **kwargs):
            said.append(f"{kind}: {title}: {' '.join(str(text).split())[:100]}")
            return default

        return staticmethod(call)

    QMessageBox.question = box("question", QMessageBox.StandardButton.Yes)
    QMessageBox.warning = box("warning", QMessageBox.StandardButton.Ok)
    QMessageBox.information = box("information", QMessageBox.StandardButton.Ok)
    QMessageBox.critical = box("critical", QMessageBox.StandardButton.Ok)
    QInputDialog.getText = staticmethod(lambda *a, **k: ("", True))

    def accept_modal() -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, QDialog):
            said.append(f"dialog accepted: {w.windowTitle()}")
            w.accept()

    watchdog = QTimer(QApplication.instance())
    watchdog.timeout.connect(accept_modal)
    watchdog.start(200)
    return said


def walk(target: str, ids: dict) -> tuple[dict[str, float | None], list[str]]:
    from PySide6.QtCore import QItemSelection, QItemSelectionModel
    from PySide6.QtWidgets import QTabWidget

    from app.database import open_database
    from ui.app import build_main_window, create_app
    from ui.settings import use_settings_file

    tmp = Path(tempfile.mkdtemp(prefix="tdkt-stalls-ui-"))
    use_settings_file(tmp / "settings.ini")
    app = create_app(lang="vi")
    said = answer_every_question()
    db = open_database(target, backup=False)
    window = build_main_window(db)
    window.show()
    w = Walk(app, window)
    try:
        w.run("idle (floor: the machine's own jitter)", lambda: None)
        for key in window.SCREENS:
            w.run(f"screen {key}", lambda key=key: window.show_screen(key))

        def org_search() -> None:
            window.show_screen("org")
            search = _need(window.org_screen, "search")
            w.clear_text(search)
            w.type_text(search, "nguyen van thu 12")

        w.run("search typed (org)", org_search)
        w.run("search cleared (org)", lambda: w.clear_text(_need(window.org_screen, "search")))

        noms = window.screen("nominations")

        def nominations_round() -> None:
            window.show_screen("nominations")
            _select_data(_need(noms, "round_combo"), ids["round"])

        w.run("nominations: 5,000-row round", nominations_round)
        w.run("nominations: filter typed", lambda: w.type_text(_need(noms, "search"), "thu 12"))
        w.run("nominations: filter cleared", lambda: w.clear_text(_need(noms, "search")))

        def change_100() -> None:
            table = _need(noms, "table")
            model = table.model()
            if model.rowCount() < 100:
                raise SkipAction(f"only {model.rowCount()} rows shown")
            selection = QItemSelection(model.index(0, 0), model.index(99, model.columnCount() - 1))
            table.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            _need(noms, "change_status")("CHECKED")

        w.run("nominations: 100 statuses changed", change_100)

        blocs = window.screen("blocs")

        def ranking() -> None:
            window.show_screen("blocs")
            bloc_list = _need(blocs, "bloc_list")
            _wait_until(lambda: any(bloc_list.item(i).text().startswith(BLOC_NAME) for i in range(bloc_list.count())))
            row = next((i for i in range(bloc_list.count()) if bloc_list.item(i).text().startswith(BLOC_NAME)), -1)
            if row < 0:
                raise SkipAction("the bench bloc is not in the list")
            bloc_list.setCurrentRow(row)
            tabs = _need(blocs, "tabs")
            assert isinstance(tabs, QTabWidget)
            tab = next((i for i in range(tabs.count()) if tabs.tabText(i) == "Xếp hạng"), -1)
            if tab < 0:
                raise SkipAction("no «Xếp hạng» tab")
            tabs.setCurrentIndex(tab)
            ranking_tab = tabs.widget(tab)
            combo = _need(ranking_tab, "table_combo")
            _select_data(combo, ids["table"])

        w.run("bloc ranking 60 × 30", ranking)

        council = window.screen("council")

        def choose_ballot() -> None:
            window.show_screen("council")
            _select_data(_need(council, "round_combo"), ids["ballot_round"])
            _select_data(_need(council, "meeting_combo"), ids["meeting"])
            ballots = getattr(council, "ballots_tab", council)  # one class per tab (issue 18)
            tabs = getattr(council, "tabs", None)
            if tabs is not None and ballots is not council:
                tabs.setCurrentWidget(ballots)
            select = _need(ballots, "select_ballot")
            _wait_until(
                lambda: (
                    getattr(ballots, "ballots_view", None) is None
                    or ballots.ballots_view.model() is not None
                    and ballots.ballots_view.model().rowCount() > 0
                )
            )
            select(ids["ballot"])

        w.run("council: ballot chosen", choose_ballot)

        def seal() -> None:
            ballots = getattr(council, "ballots_tab", council)
            button = _need(ballots, "seal_button")
            if not _wait_until(button.isEnabled, 30):
                raise SkipAction("the seal button stays disabled")
            button.click()

        w.run("council: seal 300 candidates", seal)
        w.run("dashboard", lambda: window.show_screen("dashboard"))
        with db.factory() as s:
            from sqlalchemy import select

            from app.models import Ballot, Nomination

            status = s.scalar(select(Ballot.status).where(Ballot.id == ids["ballot"]))
            checked = (
                s.query(Nomination).filter(Nomination.round_id == ids["round"], Nomination.status == "CHECKED").count()
            )
        w.notes.append(f"after the walk: ballot {status}, {checked} nominations of the big round checked")
    finally:
        w.heartbeat.stop()
        window.close()
        window.deleteLater()
        app.processEvents()
        db.close()
        use_settings_file(None)
        shutil.rmtree(tmp, ignore_errors=True)
    return w.results, w.notes + said


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    _compile_sources()
    work = Path(tempfile.mkdtemp(prefix="tdkt-stalls-"))
    runs: list[dict[str, float | None]] = []
    notes: list[str] = []
    try:
        for _ in range(args.runs):
            target = pg_fresh(args.pg) if args.pg else sqlite_copy(work)
            from app.database import open_database

            db = open_database(target, backup=False)
            ids = _ids(db)
            db.close()
            results, said = walk(target, ids)
            runs.append(results)
            notes = said
    finally:
        shutil.rmtree(work, ignore_errors=True)
    names = list(runs[0])
    actions: dict[str, float | None] = {}
    for name in names:
        values = [r[name] for r in runs if r.get(name) is not None]
        actions[name] = round(statistics.median(values)) if values else None
    print(
        f"{label(args.pg)}: longest freeze of the window per action, median of {args.runs} runs "
        f"(heartbeat {HEARTBEAT_MS} ms; bar {BAR_MS:.0f} ms)"
    )
    width = max(len(n) for n in names)
    for name in names:
        ms = actions[name]
        each = ", ".join("—" if r.get(name) is None else f"{r[name]:.0f}" for r in runs)
        verdict = "skipped" if ms is None else ("OK" if ms <= BAR_MS else "OVER BAR")
        print(f"  {name:<{width}}  {'—' if ms is None else f'{ms:>6.0f} ms'}  ({each})  {verdict}")
    for note in notes:
        print(f"  note: {note}")
    measured = [v for v in actions.values() if v is not None]
    print(json.dumps({"max_stall_ms": max(measured) if measured else None, "actions": actions}, ensure_ascii=False))


if __name__ == "__main__":
    main()
