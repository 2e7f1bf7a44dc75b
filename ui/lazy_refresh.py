"""LazyRefresh: a screen's refresh after a change hub announcement, run now when the screen
is visible, else on its next show (a hidden screen does no database work). GUI thread.

A screen subscribes in its constructor::

    self._refresher = LazyRefresh(self, self.reload)
    change_hub().changed.connect(self._on_changes)

    def _on_changes(self, changes: OpChanges) -> None:
        if changes.touches(PEOPLE, UNITS) and not made_by(changes, self):
            self._refresher.request()
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from ui.operations import OpChanges


def made_by(changes: OpChanges, widget: QWidget) -> bool:
    """True when `widget` or one of its children (e.g. its dialog) made the change: the
    screen refreshed itself already in the op's success."""
    initiator = changes.initiator
    try:
        # Walk parent() rather than QWidget.isAncestorOf, which stops at a dialog's window.
        while isinstance(initiator, QObject):
            if initiator is widget:
                return True
            initiator = initiator.parent()
    except RuntimeError:  # the initiator's C++ object is already gone
        return False
    return initiator is widget


class LazyRefresh(QObject):
    """Calls `refresh()` on `request()` when `widget` is visible, else at its next Show."""

    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self.dirty = False
        widget.installEventFilter(self)

    def request(self) -> None:
        if self._widget.isVisible():
            self.dirty = False
            self._refresh()
        else:
            self.dirty = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self.dirty:
            self.dirty = False
            self._refresh()
        return False
