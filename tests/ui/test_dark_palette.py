"""Every screen in a dark palette (issue 13): grabbed, and the text of every coloured
cell and coloured label checked for contrast (WCAG AA, 4.5:1) against what is behind it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QTabWidget

from ui import theme

MAX_ROWS = 150


@pytest.fixture
def demo_db(db):
    from app.services import demo

    with db.factory.begin() as s:
        demo.generate_demo(s, people=60)
    return db


@pytest.fixture
def dark(app):
    before = app.palette()
    app.setPalette(theme.dark_palette())
    app.setStyleSheet(__import__("ui.app", fromlist=["app_style"]).app_style())
    yield app
    app.setPalette(before)
    app.setStyleSheet(__import__("ui.app", fromlist=["app_style"]).app_style())


def _colour(value) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color() if value.style() != Qt.BrushStyle.NoBrush else None
    if isinstance(value, QColor):
        return value
    return None


def _check_view(view: QAbstractItemView, where: str, problems: list[str]) -> int:
    model = view.model()
    if model is None:
        return 0
    checked = 0
    base, text = view.palette().color(QPalette.ColorRole.Base), view.palette().color(QPalette.ColorRole.Text)
    root = QModelIndex()
    for row in range(min(model.rowCount(root), MAX_ROWS)):
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
        for col in range(columns):
            index = model.index(row, col)
            bg = _colour(model.data(index, Qt.ItemDataRole.BackgroundRole))
            fg = _colour(model.data(index, Qt.ItemDataRole.ForegroundRole))
            if bg is None and fg is None:
                continue
            checked += 1
            ratio = theme.contrast(fg or text, bg or base)
            if ratio < theme.MIN_CONTRAST:
                problems.append(
                    f"{where} {type(model).__name__}[{row},{col}] "
                    f"{model.data(index)!r}: {(fg or text).name()} on {(bg or base).name()} = {ratio:.2f}"
                )
    return checked


def _check_labels(widget, where: str, problems: list[str]) -> int:
    checked = 0
    for label in widget.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip() or "color" not in label.styleSheet():
            continue
        checked += 1
        fg = label.palette().color(QPalette.ColorRole.WindowText)
        bg = label.palette().color(QPalette.ColorRole.Window)
        if "background" in label.styleSheet():
            continue  # its own background and colour, fixed together
        ratio = theme.contrast(fg, bg)
        if ratio < theme.MIN_CONTRAST:
            problems.append(f"{where} label {label.text()[:40]!r}: {fg.name()} on {bg.name()} = {ratio:.2f}")
    return checked


def _pages(screen):
    """The screen, then each page of each of its tab widgets made current in turn."""
    yield ""
    for tabs in screen.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            yield f"/{tabs.tabText(i)}"


def test_every_screen_is_readable_in_a_dark_palette(qtbot, demo_db, dark, tmp_path):
    from ui.app import build_main_window

    window = build_main_window(demo_db)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    problems: list[str] = []
    cells = labels = 0
    for key in window.SCREENS:
        window.show_screen(key)
        screen = window.screen(key)
        for suffix in _pages(screen):
            QApplication.processEvents()
            shot = window.grab()
            assert not shot.isNull()
            shot.save(str(tmp_path / f"dark-{key}{suffix.replace('/', '-')}.png"))
            where = key + suffix
            for view in screen.findChildren(QAbstractItemView):
                if view.isVisible():
                    cells += _check_view(view, where, problems)
            labels += _check_labels(screen, where, problems)
    assert not problems, "\n".join(problems[:40])
    assert cells > 50  # verdicts, bloc totals, rankings, examples… were really looked at
    # The window itself follows the palette: dark page, light text.
    assert theme.is_dark(window.palette())


def test_scoring_total_row_is_light_on_dark(dark):
    back, fore = theme.cell("#eef3fb")
    assert back.lightness() < 100 and theme.contrast(fore, back) >= theme.MIN_CONTRAST


def test_light_palette_keeps_the_designed_colours(app):
    light = QPalette(QColor("#f0f0f0"))
    light.setColor(QPalette.ColorRole.Base, QColor("white"))
    light.setColor(QPalette.ColorRole.Text, QColor("black"))
    back, fore = theme.cell("#e6f4ea", "#1e6b34", light)
    assert (back.name(), fore.name()) == ("#e6f4ea", "#1e6b34")
    assert theme.text("#a61b1b", light).name() == "#a61b1b"


def test_high_contrast_palette():
    hc = QPalette(QColor("black"))
    for role, colour in (
        (QPalette.ColorRole.Base, "black"),
        (QPalette.ColorRole.Window, "black"),
        (QPalette.ColorRole.Text, "#ffff00"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
    ):
        hc.setColor(role, QColor(colour))
    for tint in ("#fdecea", "#e3f0ff", "#fff3c4", "#e4e4e4"):
        back, fore = theme.cell(tint, None, hc)
        assert theme.contrast(fore, back) >= theme.MIN_CONTRAST
    assert theme.contrast(theme.text("#1b5e20", hc), QColor("black")) >= theme.MIN_CONTRAST
