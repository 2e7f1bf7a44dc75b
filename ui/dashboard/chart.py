"""ChartWidget: small bar and line charts drawn with QPainter (no QtCharts, which needs the
heavy pyside6-addons wheel). GUI thread only.

Kinds: "hbar" (one series, a bar per category, labels on the left — long unit names),
"bar" (grouped vertical bars, a group per category, a legend), "line" (one or more series
of percentages 0–100 over categories). Every bar and point carries its value as text, so
nothing depends on reading the axis.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import theme
from ui.widgets import format_amount

PALETTE = ("#1565c0", "#ef6c00", "#2e7d32", "#6a1b9a", "#c62828")


def _fmt(value: float, percent: bool) -> str:
    if percent:
        return format_amount(round(value, 1), 1) + "%"
    return format_amount(int(round(value)))


class ChartWidget(QWidget):
    """A titled chart over `categories` and `series` [(name, values)]."""

    def __init__(self, title: str, kind: str = "bar", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in ("bar", "hbar", "line"):
            raise ValueError(kind)
        self.kind = kind
        self.title = title
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.percent = False
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 200)

    def set_data(
        self,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float]]],
        *,
        percent: bool = False,
        empty_text: str = "",
    ) -> None:
        self.categories = list(categories)
        self.series = [(name, list(values)) for name, values in series]
        self.percent = percent
        self.empty_text = empty_text
        self.update()

    def sizeHint(self) -> QSize:
        if self.kind == "hbar":
            return QSize(520, max(220, 40 + 20 * len(self.categories)))
        return QSize(420, 260)

    # ------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        p.setPen(theme.readable("#d0d0d0", self.palette().base().color(), 1.3))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        fm = QFontMetrics(font)
        p.setFont(bold)
        p.setPen(self.palette().text().color())
        title_rect = QRectF(8, 4, self.width() - 16, QFontMetrics(bold).height() + 4)
        p.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(self.title, Qt.TextElideMode.ElideRight, int(title_rect.width())),
        )
        p.setFont(font)
        top = title_rect.bottom() + 4
        if len(self.series) > 1:
            top = self._legend(p, fm, top)
        area = QRectF(8, top + 2, self.width() - 16, self.height() - top - 8)
        values = [v for _n, vals in self.series for v in vals]
        if not self.categories or not values or max(values) <= 0:
            p.setPen(theme.text("#777777", self.palette(), on=QPalette.ColorRole.Base))
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            p.end()
            return
        if self.kind == "hbar":
            self._hbars(p, fm, area)
        elif self.kind == "bar":
            self._bars(p, fm, area)
        else:
            self._lines(p, fm, area)
        p.end()

    def _legend(self, p: QPainter, fm: QFontMetrics, top: float) -> float:
        x = 10.0
        y = top + 2
        for k, (name, _vals) in enumerate(self.series):
            w = fm.horizontalAdvance(name) + 26
            if x + w > self.width() - 8 and x > 10:
                x, y = 10.0, y + fm.height() + 2
            p.fillRect(QRectF(x, y + fm.height() / 2 - 5, 12, 10), QColor(PALETTE[k % len(PALETTE)]))
            p.setPen(self.palette().text().color())
            p.drawText(QPointF(x + 16, y + fm.ascent()), name)
            x += w
        return y + fm.height() + 2

    def _hbars(self, p: QPainter, fm: QFontMetrics, area: QRectF) -> None:
        values = self.series[0][1]
        peak = max(values) or 1
        label_w = min(area.width() * 0.45, max(fm.horizontalAdvance(c) for c in self.categories) + 8)
        value_w = fm.horizontalAdvance(_fmt(peak, self.percent)) + 8
        row_h = area.height() / len(self.categories)
        bar_h = max(3.0, min(row_h * 0.7, 22))
        color = QColor(PALETTE[0])
        for i, (cat, v) in enumerate(zip(self.categories, values)):
            y = area.top() + i * row_h
            p.setPen(self.palette().text().color())
            text = fm.elidedText(cat, Qt.TextElideMode.ElideRight, int(label_w - 8))
            p.drawText(
                QRectF(area.left(), y, label_w - 6, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            w = (area.width() - label_w - value_w) * v / peak
            p.fillRect(QRectF(area.left() + label_w, y + (row_h - bar_h) / 2, max(w, 1), bar_h), color)
            p.drawText(
                QRectF(area.left() + label_w + w + 4, y, value_w, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                _fmt(v, self.percent),
            )

    def _plot_frame(self, p: QPainter, fm: QFontMetrics, area: QRectF) -> QRectF:
        """The plotting rectangle above the category labels, with a base line."""
        plot = QRectF(
            area.left() + 4, area.top() + fm.height() + 2, area.width() - 8, area.height() - 2 * fm.height() - 8
        )
        p.setPen(QPen(theme.readable("#9e9e9e", self.palette().base().color(), 2.0), 1))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        slot = plot.width() / len(self.categories)
        p.setPen(self.palette().text().color())
        for i, cat in enumerate(self.categories):
            text = fm.elidedText(cat, Qt.TextElideMode.ElideRight, int(slot - 2))
            p.drawText(
                QRectF(plot.left() + i * slot, plot.bottom() + 3, slot, fm.height() + 2),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                text,
            )
        return plot

    def _bars(self, p: QPainter, fm: QFontMetrics, area: QRectF) -> None:
        plot = self._plot_frame(p, fm, area)
        peak = max(v for _n, vals in self.series for v in vals) or 1
        slot = plot.width() / len(self.categories)
        n = len(self.series)
        bar_w = max(2.0, min(slot * 0.8 / n, 40))
        for i in range(len(self.categories)):
            x0 = plot.left() + i * slot + (slot - bar_w * n) / 2
            for k, (_name, vals) in enumerate(self.series):
                v = vals[i]
                h = plot.height() * v / peak
                rect = QRectF(x0 + k * bar_w, plot.bottom() - h, bar_w - 1, h)
                p.fillRect(rect, QColor(PALETTE[k % len(PALETTE)]))
                if v:
                    p.setPen(self.palette().text().color())
                    p.drawText(
                        QRectF(rect.center().x() - 40, rect.top() - fm.height() - 1, 80, fm.height()),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                        _fmt(v, self.percent),
                    )

    def _lines(self, p: QPainter, fm: QFontMetrics, area: QRectF) -> None:
        plot = self._plot_frame(p, fm, area)
        peak = 100.0 if self.percent else (max(v for _n, vals in self.series for v in vals) or 1)
        slot = plot.width() / len(self.categories)
        p.setPen(QPen(theme.readable("#e0e0e0", self.palette().base().color(), 1.3), 1, Qt.PenStyle.DashLine))
        for frac in (0.25, 0.5, 0.75, 1.0):
            y = plot.bottom() - plot.height() * frac
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        for k, (_name, vals) in enumerate(self.series):
            color = QColor(PALETTE[k % len(PALETTE)])
            path = QPainterPath()
            points = [
                QPointF(plot.left() + (i + 0.5) * slot, plot.bottom() - plot.height() * v / peak)
                for i, v in enumerate(vals)
            ]
            path.moveTo(points[0])
            for pt in points[1:]:
                path.lineTo(pt)
            p.setPen(QPen(color, 2))
            p.drawPath(path)
            for pt, v in zip(points, vals):
                p.setBrush(color)
                p.drawEllipse(pt, 3.5, 3.5)
                p.setPen(self.palette().text().color())
                p.drawText(
                    QRectF(pt.x() - 40, pt.y() - fm.height() - 4, 80, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    _fmt(v, self.percent),
                )
                p.setPen(QPen(color, 2))
