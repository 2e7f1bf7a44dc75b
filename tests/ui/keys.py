"""Real key events for tests: `type_text` types any text, Vietnamese letters included.

QTest.keyClicks aborts the process on a character outside Latin-1 (Đ, ư, ế …); those are
sent as key events carrying the character, as an input method (Unikey, Telex) delivers
them. ASCII goes through QTest.keyClicks unchanged."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    run = ""
    for ch in text:
        if ord(ch) < 128:
            run += ch
            continue
        if run:
            QTest.keyClicks(widget, run)
            run = ""
        for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
            QTest.sendKeyEvent(action, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
    if run:
        QTest.keyClicks(widget, run)


def retype(widget: QWidget, text: str) -> None:
    """Select all (Ctrl+A) and type `text` over it, as a clerk replaces a field."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(widget, text)
    else:
        QTest.keyClick(widget, Qt.Key.Key_Delete)
