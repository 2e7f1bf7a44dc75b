"""The one way a screen runs work against the database (issue 17; the shape of Anki's
`QueryOp` / `CollectionOp`).

A read::

    QueryOp(parent=self, db=self._db, op=lambda s: bloc_service.compute_ranking(s, table_id=tid),
            success=self._show_ranking).run_in_background()

A write, which commits and then tells every screen what changed::

    CollectionOp(parent=self, db=self._db, changes={SCORES},
                 op=lambda s: bloc_service.record_scores(s, ...), success=self._saved).run_in_background()

- `op(session)` runs on a worker thread with its own Session (a read: a plain Session; a
  write: `factory.begin()`, committed when `op` returns, rolled back when it raises). It
  must return ids or DTOs, never ORM objects.
- `success(result)` runs on the GUI thread. Errors go to `ui/errors.py` (an AppError as a
  message box, anything else as the unexpected-error dialog) unless `failure(fn)` is set.
- A progress dialog appears only when the work takes longer than `PROGRESS_DELAY_MS`.
- A server that stops answering, drops the connection or times out (app.db.server_unavailable)
  becomes *Máy chủ không phản hồi* with Thử lại / Hủy; Thử lại runs the same op again. A
  write whose connection was lost while committing may have been saved: it is not offered
  again, the box says to check first.
- `key`: a newer op with the same parent and key supersedes an older one still running —
  the older result is dropped (search-as-you-type shows the last keystroke's rows).
- After a write, `change_hub().changed` emits an `OpChanges` naming the kinds of data that
  changed and the widget that asked; screens showing such data refresh themselves (no
  screen calls another screen's refresh).

UI tests run workers inline (`Worker.inline`), so an op completes inside
`run_in_background()` there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.db import server_unavailable
from app.errors import ServerUnavailable
from ui.workers import Worker

T = TypeVar("T")

PROGRESS_DELAY_MS = 600

# Kinds of data a write can change (OpChanges.kinds). Screens test membership.
PEOPLE, UNITS, HISTORY, NOMINATIONS, ROUNDS, COUNCIL, BALLOTS, DECISIONS, PRINTING, SETTINGS, BLOCS, SCORES = (
    "people",
    "units",
    "history",
    "nominations",
    "rounds",
    "council",
    "ballots",
    "decisions",
    "printing",
    "settings",
    "blocs",
    "scores",
)
RULES = "rules"  # rule sets, the award catalogue, money amounts: cached verdicts depend on them
EXAMPLES = "examples"  # the model examples (điển hình tiên tiến) of movements


@dataclass(frozen=True)
class OpChanges:
    """What a committed write changed, and the widget that made it (None: not a widget)."""

    kinds: frozenset[str]
    initiator: object | None = None

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))


class ChangeHub(QObject):
    """Lives in the GUI thread; `changed(OpChanges)` after every committed CollectionOp."""

    changed = Signal(object)


_hub: ChangeHub | None = None


def change_hub() -> ChangeHub:
    global _hub
    if _hub is None:
        _hub = ChangeHub()
    return _hub


def notify_changed(kinds: Iterable[str], initiator: object | None = None) -> None:
    """Announce a write made outside a CollectionOp (e.g. a wizard's own worker)."""
    change_hub().changed.emit(OpChanges(frozenset(kinds), initiator))


_latest: dict[tuple[int, str], int] = {}
_serial = 0


class QueryOp(Generic[T]):
    """Read from the database off the GUI thread; deliver the result on it."""

    _write = False

    def __init__(
        self,
        *,
        parent: QWidget | None,
        db: Any,
        op: Callable[[Any], T],
        success: Callable[[T], None] | None = None,
        key: str | None = None,
    ) -> None:
        self._parent = parent
        self._db = db
        self._op = op
        self._success = success
        self._failure: Callable[[BaseException], None] | None = None
        self._label: str | None = None
        self._key = key
        self._changes: frozenset[str] = frozenset()
        self._dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None
        self.worker: Worker | None = None

    def failure(self, fn: Callable[[BaseException], None]) -> QueryOp[T]:
        self._failure = fn
        return self

    def with_progress(self, label: str) -> QueryOp[T]:
        """Show `label` in a progress dialog if the work lasts over PROGRESS_DELAY_MS."""
        self._label = label
        return self

    def _run(self, _progress, _is_cancelled) -> T:  # worker thread
        committing = False
        try:
            with self._db.factory() as session:
                result = self._op(session)
                if self._write:
                    session.flush()
                    committing = True  # from here a lost connection may come after the commit
                    session.commit()
                return result
        except Exception as exc:
            classified = server_unavailable(exc, may_have_written=committing)
            if classified is not None:
                raise classified from exc
            raise

    def run_in_background(self) -> Worker:
        global _serial
        _serial += 1
        serial = _serial
        slot = (id(self._parent), self._key) if self._key is not None else None
        if slot is not None:
            _latest[slot] = serial
        worker = Worker(self._run, self._parent)
        self.worker = worker
        worker._op = self  # type: ignore[attr-defined]  # keeps the op alive as long as its worker
        if self._label is not None:
            self._timer = QTimer(worker)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_progress)
            self._timer.start(PROGRESS_DELAY_MS)

        def superseded() -> bool:
            return slot is not None and _latest.get(slot) != serial

        def done(result: T) -> None:
            self._finish()
            if self._write and self._changes:
                change_hub().changed.emit(OpChanges(self._changes, self._parent))
            if superseded():
                return
            if self._success is not None:
                self._success(result)

        def failed(exc: BaseException) -> None:
            self._finish()
            if superseded():
                return
            if isinstance(exc, ServerUnavailable):
                from ui import errors

                if errors.ask_server_retry(self._parent, exc):
                    self.run_in_background()
                    return
            if self._failure is not None:
                self._failure(exc)
            elif not isinstance(exc, ServerUnavailable):  # already told, in the retry box
                from ui import errors

                errors.show_error(self._parent, exc)

        worker.finished.connect(done)
        worker.failed.connect(failed)
        worker.start()
        return worker

    def _show_progress(self) -> None:
        if self.worker is None or not self.worker.running:
            return
        dialog = QProgressDialog(self._label or "", "", 0, 0, self._parent)
        dialog.setWindowTitle(QCoreApplication.translate("Worker", "Đang xử lý"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self._dialog = dialog

    def _finish(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None


class CollectionOp(QueryOp[T]):
    """Write in one transaction off the GUI thread; after the commit, announce `changes`."""

    _write = True

    def __init__(
        self,
        *,
        parent: QWidget | None,
        db: Any,
        op: Callable[[Any], T],
        changes: Iterable[str],
        success: Callable[[T], None] | None = None,
        key: str | None = None,
    ) -> None:
        super().__init__(parent=parent, db=db, op=op, success=success, key=key)
        self._changes = frozenset(changes)
