"""NominationTableModel: the nominations of a round over NominationRow tuples (already
sorted by the service: individuals first, then award and Vietnamese name order).
GUI thread only; display strings are computed once in `set_rows`.

The verdict column is tinted (green eligible, red not eligible, amber manual check) and
its text says the same with a symbol, so colour is never the only signal."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette

from app.rules.eligibility import ELIGIBLE, MANUAL_CHECK, NOT_ELIGIBLE
from app.rules.reasons import VERDICT_LABELS
from app.services.nomination import STATUSES, NominationRow
from ui.labels import tr_label
from ui.models.table import RowTableModel
from ui import theme

NOMINATION_ROW_ROLE = Qt.ItemDataRole.UserRole + 1

VERDICT_TINTS = {
    ELIGIBLE: (QColor("#e6f4ea"), QColor("#1e6b34")),
    NOT_ELIGIBLE: (QColor("#fdecea"), QColor("#a61b1b")),
    MANUAL_CHECK: (QColor("#fff4d6"), QColor("#7a5200")),
}
VERDICT_SYMBOLS = {ELIGIBLE: "✔", NOT_ELIGIBLE: "✘", MANUAL_CHECK: "?", "": "–"}


def verdict_label(status: str) -> str:
    """'✔ Đủ điều kiện' — symbol and words, translated."""
    return f"{VERDICT_SYMBOLS.get(status, '')} {tr_label(VERDICT_LABELS.get(status, status))}".strip()


class NominationTableModel(RowTableModel):
    """Columns: STT, Họ tên / Tập thể, Đơn vị, Danh hiệu đề nghị, Trạng thái,
    Kết quả kiểm tra, Lý do, Xung đột lợi ích."""

    COL_NAME, COL_UNIT, COL_AWARD, COL_STATUS, COL_VERDICT, COL_REASONS, COL_CONFLICT = range(1, 8)

    def __init__(self, parent=None) -> None:
        super().__init__((), parent)
        self._display: list[tuple[str, ...]] = []
        self._headers = (
            self.tr("STT"), self.tr("Họ tên / Tập thể"), self.tr("Đơn vị"), self.tr("Danh hiệu đề nghị"),
            self.tr("Trạng thái"), self.tr("Kết quả kiểm tra"), self.tr("Lý do"), self.tr("Xung đột lợi ích"),
        )

    def set_rows(self, rows: Sequence[NominationRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._display = [
            (
                str(i),
                r.name if r.subject == "CA_NHAN" else f"{tr_label('Tập thể')} {r.name}",
                r.work_unit if r.work_unit == r.agency or not r.agency else f"{r.work_unit} — {r.agency}",
                r.award_name,
                tr_label(STATUSES.get(r.status, r.status)),
                verdict_label(r.verdict_status),
                r.verdict_text,
                ("⚠ " + ", ".join(r.conflicts)) if r.conflicts else "",
            )
            for i, r in enumerate(self._rows, start=1)
        ]
        self.endResetModel()

    def row_of(self, nomination_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == nomination_id:
                return i
        return -1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        r = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row][col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_REASONS and r.verdict_text:
                return r.verdict_text.replace("; ", "\n")
            if col == self.COL_CONFLICT and r.conflicts:
                return self.tr("Xung đột lợi ích: %1.\nQuy tắc: thành viên Hội đồng là chính người được đề nghị; "
                               "hoặc làm việc trực tiếp tại đơn vị của cá nhân được đề nghị (cùng phòng, ban); "
                               "hoặc thuộc tập thể được đề nghị (đơn vị đó hay đơn vị trực thuộc).").replace(
                    "%1", ", ".join(r.conflicts))
            if col == self.COL_UNIT:
                return self._display[row][col]
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if col == self.COL_VERDICT and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            tint = VERDICT_TINTS.get(r.verdict_status)
            if tint is None:
                return None
            return theme.cell(*tint)[0 if role == Qt.ItemDataRole.BackgroundRole else 1]
        if col == self.COL_CONFLICT and role == Qt.ItemDataRole.ForegroundRole and r.conflicts:
            return theme.text("#a61b1b", on=QPalette.ColorRole.Base)
        if col == self.COL_VERDICT and role == Qt.ItemDataRole.FontRole and r.verdict_status:
            font = QFont()
            font.setBold(True)
            return font
        if role == NOMINATION_ROW_ROLE:
            return r
        return None
