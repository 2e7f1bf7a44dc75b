"""Shared helpers for every xlsx the program writes: crash-safe saving and formula-safe text.

Used by the import templates and by the exports (nomination lists, decisions, statistics).
Pure file I/O, no database.
"""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl.cell.cell import Cell
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from app.safe_write import atomic_output

__all__ = ["FORMULA_PREFIXES", "needs_quote", "safe_text", "set_safe", "save_workbook"]

# Excel (and LibreOffice, and CSV viewers) may evaluate text starting with these as a
# formula; a name or a decision symbol such as "-QĐ" must never become one.
FORMULA_PREFIXES = ("=", "+", "-", "@")


def needs_quote(value: object) -> bool:
    """Whether `value` is text that a spreadsheet could take for a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_PREFIXES)


def _quote(cell: Cell) -> Cell:
    # openpyxl turns any str beginning with "=" into a formula cell; data_type "s" keeps
    # it a string, and quotePrefix stops Excel re-reading it as a formula on edit.
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def safe_text(value: object, ws: Worksheet | None = None) -> object:
    """`value` ready for `ws.append` (normal or write-only sheets) or for `set_safe`.

    Text beginning with = + - @ comes back as a Cell stored as text (data type "s",
    quote prefix), never a formula; anything else comes back unchanged. `ws` binds the
    cell to its sheet; without it the cell is bound when appended.
    """
    if not needs_quote(value):
        return value
    return _quote(Cell(ws, row=1, column=1, value=value))


def set_safe(cell: Cell, value: object) -> Cell:
    """Assign `value` to an existing cell; text beginning with = + - @ is kept as text."""
    cell.value = value
    if needs_quote(value):
        _quote(cell)
    return cell


def save_workbook(wb: Workbook, path: str | os.PathLike[str]) -> Path:
    """Write `wb` crash-safely (`app.safe_write.atomic_output`: guard, temp file, rename).

    A crash or a full disk never leaves a half-written file under the real name. Raises
    FileLocked when `path` is open in another program (Excel on Windows refuses the
    rename); BadInput when the folder cannot be written or the path is refused.
    """
    path = Path(path)
    with atomic_output(path) as tmp:
        wb.save(tmp)
    return path
