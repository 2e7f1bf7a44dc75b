"""The one export flow of every screen (issue 18).

A screen asks a service to write a file; this module does the rest the same way
everywhere::

    export_document(self, db=self._db, title=self.tr("Xuất biên bản kiểm phiếu"),
                    document=self.tr("Biên bản kiểm phiếu"), formats=(PDF, DOCX),
                    write=lambda s, out: documents.export_tally(s, ballot_id=bid, out=out),
                    done_text=self.tr("Đã xuất biên bản kiểm phiếu."))

- the save dialog opens in the user's last export folder (else Documents) and proposes a
  distinct name: the document and today's date, "(2)", "(3)" … when that file exists;
- the chosen folder is remembered for the next export;
- `write(session, path)` runs through the operation idiom (`ui/operations.py`) in one
  transaction (exports log an EXPORT entry in the audit trail), never on the GUI thread;
- a file held open by Excel or Word offers *Thử lại* / *Lưu tên khác…* / *Hủy*;
- when done, the saved box offers *Mở tệp* / *Mở thư mục*.

`path=` skips the dialog (tests, or a screen that already knows where to write).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import FileLocked
from ui import errors
from ui.operations import CollectionOp
from ui.settings import UiSettings
from ui.widgets import ask_save_file_name

LAST_FOLDER_KEY = "export/last_folder"
_FORBIDDEN = '\\/:*?"<>|'


def _t(text: str) -> str:
    return QCoreApplication.translate("export_flow", text)


@dataclass(frozen=True)
class Format:
    """A file type a document can be saved as: its suffix and its dialog filter label."""

    suffix: str
    label: str

    def filter(self) -> str:
        return f"{_t(self.label)} (*.{self.suffix})"


XLSX = Format("xlsx", "Bảng tính Excel")
PDF = Format("pdf", "Tệp PDF")
DOCX = Format("docx", "Tệp Word")
CSV = Format("csv", "Tệp CSV")


def last_folder() -> Path:
    """The folder of the last export if it still exists; else Documents; else home."""
    saved = str(UiSettings().value(LAST_FOLDER_KEY, "") or "")
    if saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(path: Path) -> None:
    UiSettings().set_value(LAST_FOLDER_KEY, str(Path(path).parent))


def safe_file_name(text: str) -> str:
    """`text` with the characters Windows forbids in a file name replaced by '-'."""
    cleaned = "".join("-" if ch in _FORBIDDEN or ord(ch) < 32 else ch for ch in text).strip(" .")
    return cleaned or "tdkt"


def proposed_path(document: str, suffix: str, *, folder: Path | None = None, on_date: _dt.date | None = None) -> Path:
    """`<folder>/<document> <dd-mm-yyyy>.<suffix>`, made distinct with " (2)", " (3)"…"""
    folder = folder if folder is not None else last_folder()
    day = (on_date or _dt.date.today()).strftime("%d-%m-%Y")
    stem = f"{safe_file_name(document)} {day}"
    candidate = folder / f"{stem}.{suffix}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({n}).{suffix}"
        n += 1
    return candidate


def ask_export_path(
    parent: QWidget | None, *, title: str, document: str, formats: Sequence[Format], start: Path | None = None
) -> Path | None:
    """The save dialog of an export; None when the user cancels. The suffix of the chosen
    filter is added when the typed name has none of the offered ones."""
    start = start or proposed_path(document, formats[0].suffix)
    filters = [f.filter() for f in formats]
    path, chosen = ask_save_file_name(parent, title, str(start), ";;".join(filters))
    if not path:
        return None
    out = Path(path)
    if out.suffix.lower().lstrip(".") not in {f.suffix for f in formats}:
        fmt = formats[filters.index(chosen)] if chosen in filters else formats[0]
        out = out.with_name(f"{out.name}.{fmt.suffix}")
    remember_folder(out)
    return out


RETRY, SAVE_AS, CANCEL = "retry", "save_as", "cancel"


def ask_locked(parent: QWidget | None, exc: FileLocked) -> str:
    """A file held by another program: Thử lại / Lưu tên khác… / Hủy."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _t("Tệp đang được mở"),
        exc.message() + "\n\n" + _t("Đóng tệp trong chương trình đó rồi bấm «Thử lại», hoặc lưu với tên khác."),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    retry = box.addButton(_t("Thử lại"), QMessageBox.ButtonRole.AcceptRole)
    save_as = box.addButton(_t("Lưu tên khác…"), QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(_t("Hủy"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.setEscapeButton(cancel)
    clicked = errors.run_box(box)
    if clicked is retry:
        return RETRY
    if clicked is save_as:
        return SAVE_AS
    return CANCEL


def export_document(
    parent: QWidget | None,
    *,
    db: Any,
    title: str,
    document: str,
    formats: Sequence[Format],
    write: Callable[[Any, Path], Any],
    done_text: str | Callable[[Any], str],
    progress: str | None = None,
    path: str | Path | None = None,
    on_done: Callable[[Path, Any], None] | None = None,
) -> None:
    """Ask where (unless `path`), write through `write(session, path)` off the GUI thread,
    handle a locked file, and show the saved box. `on_done(path, result)` runs after it."""
    out = Path(path) if path is not None else ask_export_path(parent, title=title, document=document, formats=formats)
    if out is None:
        return

    def done(result: Any) -> None:
        text = done_text(result) if callable(done_text) else done_text
        if on_done is not None:
            on_done(out, result)
        errors.show_saved(parent, out, text)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, FileLocked):
            answer = ask_locked(parent, exc)
            if answer == RETRY:
                export_document(
                    parent,
                    db=db,
                    title=title,
                    document=document,
                    formats=formats,
                    write=write,
                    done_text=done_text,
                    progress=progress,
                    path=out,
                    on_done=on_done,
                )
            elif answer == SAVE_AS:
                again = ask_export_path(
                    parent,
                    title=title,
                    document=document,
                    formats=formats,
                    start=proposed_path(document, out.suffix.lstrip(".") or formats[0].suffix, folder=out.parent),
                )
                if again is not None:
                    export_document(
                        parent,
                        db=db,
                        title=title,
                        document=document,
                        formats=formats,
                        write=write,
                        done_text=done_text,
                        progress=progress,
                        path=again,
                        on_done=on_done,
                    )
            return
        errors.show_error(parent, exc)

    op = CollectionOp(parent=parent, db=db, op=lambda session: write(session, out), changes=(), success=done)
    op.failure(failed)
    op.with_progress(progress or _t("Đang ghi tệp…"))
    op.run_in_background()
