"""The English interface speaks English (issue 18): every code-list label of app/ that a
screen shows has its English translation, and a walk through every screen and tab on the
demo database finds no Vietnamese outside the data itself (names of people, units, awards,
rounds…, quoted names, Vietnamese abbreviations and the documents' own date line) and
no number written the Vietnamese way."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
)
from sqlalchemy import String, Text, select

from app.rules import codes
from app.rules import money as money_rules
from app.services import (
    audit,
    backup,
    ballot,
    bloc,
    council,
    dashboard,
    decision,
    movement,
    nomination,
    printing,
    settings,
)
from app.services import money as money_service
from ui import i18n

_LETTERS = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"  # beyond ASCII
VIETNAMESE = re.compile(f"[{_LETTERS}]", re.I)
# Quoted names (“Cá nhân” sheets), the documents' date line, examples of what a field holds
# (“e.g. Bắc Ninh”), Vietnamese abbreviations (LĐTT, CSTĐCS, NĐ, QĐ-HĐTĐKT: no lower case).
QUOTED = re.compile(r"“[^”]*”|«[^»]*»")
DATE_LINE = re.compile(r"[^,—>]*, ngày \d{1,2} tháng \d{1,2} năm \d{4}")
EXAMPLE = re.compile(r"\be\.g\. .*")
ABBREVIATION = re.compile(rf"[^\sa-z{_LETTERS}]*[ĐĂÂÊÔƠƯ]\S*")
# A Vietnamese-style thousands separator: 9.360.000 (English shows 9,360,000).
VIETNAMESE_NUMBER = re.compile(r"(?<![\d.,/])\d{1,3}(?:\.\d{3})+(?![\d.,/])")
OWN_NAME = {"Tiếng Việt"}  # the language chooser names each language in itself
MAX_ROWS = 40


@pytest.fixture
def english(app):
    assert i18n.install_language(app, "en")
    yield app
    i18n.install_language(app, "vi")


@pytest.fixture
def demo_db(db):
    from app.services import demo

    with db.factory.begin() as s:
        demo.generate_demo(s, people=60)
    return db


def _app_label_tables() -> dict[str, Mapping[str, str]]:
    """The code lists of `app/` whose Vietnamese labels the screens show (through
    `ui.labels.tr_label`), by name."""
    return {
        "codes.GENDERS": codes.GENDERS,
        "codes.INITIATIVE_KINDS": codes.INITIATIVE_KINDS,
        "codes.LEAVE_KINDS": codes.LEAVE_KINDS,
        "codes.LEADER_LEVELS": codes.LEADER_LEVELS,
        "codes.STAFF_CATEGORIES": codes.STAFF_CATEGORIES,
        "codes.UNIT_KINDS": codes.UNIT_KINDS,
        "codes.RATINGS": codes.RATINGS,
        "codes.COUNCIL_ROLES": codes.COUNCIL_ROLES,
        "codes.INITIATIVE_LEVELS": codes.INITIATIVE_LEVELS,
        "codes.DISCIPLINE_LEVELS": codes.DISCIPLINE_LEVELS,
        "money.ROUNDING_MODES": money_rules.ROUNDING_MODES,
        "money.LEVELS": money_service.LEVELS,
        "audit.ACTION_LABELS": audit.ACTION_LABELS,
        "audit.ROLE_LABELS": audit.ROLE_LABELS,
        "backup.REASON_LABELS": backup.REASON_LABELS,
        "ballot.KIND_NAMES": ballot.KIND_NAMES,
        "ballot.STATUSES": ballot.STATUSES,
        "bloc.ROLE_LABELS": bloc.ROLE_LABELS,
        "council.ATTENDANCE": council.ATTENDANCE,
        "council.COMMITTEE_ROLES": council.COMMITTEE_ROLES,
        "dashboard.VERDICTS": dashboard.VERDICTS,
        "decision.DECISION_STATUSES": decision.DECISION_STATUSES,
        "movement.MOVEMENT_KINDS": movement.MOVEMENT_KINDS,
        "movement.ROUND_STATUSES": movement.ROUND_STATUSES,
        "movement.REGISTRATION_RESULTS": movement.REGISTRATION_RESULTS,
        "nomination.STATUSES": nomination.STATUSES,
        "printing.TEMPLATE_TITLES": printing.TEMPLATE_TITLES,
        "settings.HEADER_STYLES": settings.HEADER_STYLES,
        "settings.LABELS": settings.LABELS,
    }


def test_every_code_list_label_has_english(english):
    missing = [
        f"{table}[{code}] = {label!r}"
        for table, labels in _app_label_tables().items()
        for code, label in labels.items()
        if VIETNAMESE.search(label) and QCoreApplication.translate("labels", label) == label
    ]
    assert not missing, "add them to ui/labels.py and resources/translations/en_labels.py:\n" + "\n".join(missing)


def _data_strings(db) -> list[str]:
    """Every text stored in the database (the data the screens show), longest first."""
    from app.db import Base

    values: set[str] = set()
    with db.factory() as s:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, (String, Text))]
            for column in columns:
                for (v,) in s.execute(select(column).distinct()):
                    if isinstance(v, str) and v.strip() and VIETNAMESE.search(v):
                        values.add(v.strip())
    from app.rules.award_names import SHORT_NAMES

    # Award names are the law's proper names (English labels quote them in brackets).
    values.update(SHORT_NAMES.values())
    values.update(printing.TEMPLATE_TITLES.values())
    return sorted(values, key=len, reverse=True)


def _leftover(text: str, data: list[str]) -> str:
    number = VIETNAMESE_NUMBER.search(text or "")
    if number:
        return f"number {number.group()} in {text}"
    if not text or not VIETNAMESE.search(text) or text.strip() in OWN_NAME:
        return ""
    text = re.sub(r"<[^>]+>", " ", text)  # rich text tags
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    for pattern in (QUOTED, DATE_LINE, EXAMPLE, ABBREVIATION):
        text = pattern.sub(" ", text)
    return text.strip() if VIETNAMESE.search(text) else ""


def _texts(screen):
    """(kind, text) of what a reader sees on a screen: labels, buttons, titles, fields'
    hints, list entries, headers and the first rows of every table."""
    for w in screen.findChildren(QLabel):
        if w.isVisible():
            yield "label", w.text()
    for w in screen.findChildren(QAbstractButton):
        if w.isVisible():
            yield "button", w.text()
            yield "tooltip", w.toolTip()
    for w in screen.findChildren(QGroupBox):
        if w.isVisible():
            yield "group", w.title()
    for w in screen.findChildren(QLineEdit):
        if w.isVisible():
            yield "hint", w.placeholderText()
    for w in screen.findChildren(QComboBox):
        if w.isVisible():
            for i in range(w.count()):
                yield "list", w.itemText(i)
    for view in screen.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model (columnCount is protected there)
            columns = 1
        for c in range(columns):
            yield "header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        for r in range(min(model.rowCount(QModelIndex()), MAX_ROWS)):
            for c in range(columns):
                value = model.data(model.index(r, c))
                if isinstance(value, str):
                    yield f"cell {type(model).__name__}[{c}]", value


def test_every_screen_speaks_english(qtbot, english, demo_db):
    from ui.app import build_main_window

    window = build_main_window(demo_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    data = _data_strings(demo_db)
    found: dict[tuple[str, str], str] = {}
    looked = 0

    def look(where: str, screen) -> None:
        nonlocal looked
        QApplication.processEvents()
        for kind, text in _texts(screen):
            looked += 1
            rest = _leftover(text, data)
            if rest:
                found.setdefault((kind, rest[:80]), where)

    for key in window.SCREENS:
        window.show_screen(key)
        screen = window.screen(key)
        qtbot.waitUntil(lambda s=screen: not getattr(s, "busy", False), timeout=10_000)
        qtbot.wait(50)
        look(key, screen)
        for tabs in screen.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                qtbot.wait(50)
                if VIETNAMESE.search(tabs.tabText(i)):
                    found.setdefault(("tab", tabs.tabText(i)), key)
                look(f"{key}/{tabs.tabText(i)}", screen)
    for menu in window.menuBar().actions():
        for action in [menu, *(menu.menu().actions() if menu.menu() else [])]:
            if _leftover(action.text(), data):
                found.setdefault(("menu", action.text()), "menu")
    assert looked > 1000  # the screens were really read
    assert not found, "\n".join(f"{where}: {kind}: {text}" for (kind, text), where in sorted(found.items()))
