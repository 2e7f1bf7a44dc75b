"""NominationTableModel: the nominations of a round over NominationListRow tuples (already
sorted by the service: individuals first, then award and Vietnamese name order).
GUI thread only. Nothing is computed per row in `set_rows`: `data()` formats only the
cells the view asks for (50,000 rows reset in a few milliseconds), and decodes a row's
reasons the first time its «Lý do» cell is shown.

The verdict column is tinted (green eligible, red not eligible, amber manual check) and
its text says the same with a symbol, so colour is never the only signal."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette

from app.rules.eligibility import ELIGIBLE, MANUAL_CHECK, NOT_ELIGIBLE
from app.rules.reasons import VERDICT_LABELS
from app.services.nomination import STATUSES, NominationListRow, row_verdict_text
from ui import theme
from ui.labels import tr_label
from ui.models.table import RowTableModel

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
        self._names: Mapping[str, str] = {}
        self._texts: dict[int, str] = {}
        self._row_of_id: dict[int, int] | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (
            self.tr("STT"),
            self.tr("Họ tên / Tập thể"),
            self.tr("Đơn vị"),
            self.tr("Danh hiệu đề nghị"),
            self.tr("Trạng thái"),
            self.tr("Kết quả kiểm tra"),
            self.tr("Lý do"),
            self.tr("Xung đột lợi ích"),
        )

    def set_rows(self, rows: Sequence[NominationListRow], award_names: Mapping[str, str] | None = None) -> None:
        """Replace the rows; `award_names` (code → the office's name) words the reasons."""
        self.beginResetModel()
        self._rows = rows if isinstance(rows, list) else list(rows)
        self._names = award_names or {}
        self._texts = {}
        self._row_of_id = None
        self.endResetModel()

    def row_of(self, nomination_id: int) -> int:
        if self._row_of_id is None:
            self._row_of_id = {r.id: i for i, r in enumerate(self._rows)}
        return self._row_of_id.get(nomination_id, -1)

    def verdict_text(self, row: int) -> str:
        """The «Lý do» text of `row`, decoded from its stored reasons once."""
        text = self._texts.get(row)
        if text is None:
            text = self._texts[row] = row_verdict_text(self._rows[row], self._names)
        return text

    def _display(self, row: int, col: int) -> str:
        r = self._rows[row]
        if col == 0:
            return str(row + 1)
        if col == self.COL_NAME:
            return r.name if r.subject == "CA_NHAN" else f"{tr_label('Tập thể')} {r.name}"
        if col == self.COL_UNIT:
            return r.work_unit if r.work_unit == r.agency or not r.agency else f"{r.work_unit} — {r.agency}"
        if col == self.COL_AWARD:
            return r.award_name
        if col == self.COL_STATUS:
            return tr_label(STATUSES.get(r.status, r.status))
        if col == self.COL_VERDICT:
            return verdict_label(r.verdict_status)
        if col == self.COL_REASONS:
            return self.verdict_text(row)
        return ("⚠ " + ", ".join(r.conflicts)) if r.conflicts else ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        r = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_REASONS:
                text = self.verdict_text(row)
                return text.replace("; ", "\n") if text else None
            if col == self.COL_CONFLICT and r.conflicts:
                return self.tr(
                    "Xung đột lợi ích: %1.\nQuy tắc: thành viên Hội đồng là chính người được đề nghị; "
                    "hoặc làm việc trực tiếp tại đơn vị của cá nhân được đề nghị (cùng phòng, ban); "
                    "hoặc thuộc tập thể được đề nghị (đơn vị đó hay đơn vị trực thuộc)."
                ).replace("%1", ", ".join(r.conflicts))
            if col == self.COL_UNIT:
                return self._display(row, col)
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
            return self._bold
        if role == NOMINATION_ROW_ROLE:
            return r
        return None
