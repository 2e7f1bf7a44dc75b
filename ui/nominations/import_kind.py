"""The units' nomination lists through the staff import wizard (issue 16): *Nhập đề nghị từ
Excel…* in the nominations screen. Read, preview (every problem with its row) and write (all
or nothing) run in the wizard's workers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.database import Database
from app.errors import AppError, FileLocked
from ui import errors
from ui.i18n import fmt_int
from ui.import_wizard import ImportKind
from ui.labels import tr_label
from ui.settings import UiSettings
from ui.widgets import ask_save_file_name


def save_nomination_template(parent: QWidget | None) -> Path | None:
    """Ask where to save the blank template of the units' lists and write it."""
    from app.exports.nomination_template import write_nomination_template

    ui = UiSettings()
    start = Path(ui.last_import_dir or Path.home()) / "mau-de-nghi-khen-thuong.xlsx"
    while True:
        name, _ = ask_save_file_name(
            parent, QCoreApplication.translate("NominationImport", "Lưu tệp mẫu danh sách đề nghị"), str(start),
            QCoreApplication.translate("NominationImport", "Tệp Excel (*.xlsx)"))
        if not name:
            return None
        path = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
        try:
            written = write_nomination_template(path)
        except FileLocked as exc:
            QMessageBox.warning(parent, QCoreApplication.translate("NominationImport", "Tệp đang mở"), exc.message())
            start = path
            continue
        except AppError as exc:
            errors.show_error(parent, exc)
            return None
        ui.last_import_dir = str(path.parent)
        QMessageBox.information(parent, QCoreApplication.translate("NominationImport", "Đã lưu tệp mẫu"),
                                QCoreApplication.translate(
                                    "NominationImport", "Đã lưu tệp mẫu: %1\nGửi cho các đơn vị điền sheet «Cá nhân» "
                                    "và «Tập thể», rồi chọn Nhập đề nghị từ Excel.").replace("%1", str(written)))
        return Path(written)


class NominationImportKind(ImportKind):
    """A unit's list into the round `round_id`; never "only valid rows"."""

    allow_only_valid = False

    def __init__(self, round_id: int, round_name: str) -> None:
        self.round_id, self.round_name = round_id, round_name

    def title(self) -> str:
        return QCoreApplication.translate("NominationImport", "Nhập đề nghị từ Excel — %1").replace(
            "%1", self.round_name)

    def subtitle(self) -> str:
        return QCoreApplication.translate(
            "NominationImport", "Danh sách của đơn vị theo mẫu: sheet «Cá nhân» và sheet «Tập thể», danh hiệu, hình "
            "thức đề nghị và tóm tắt thành tích.")

    def note(self) -> str:
        return QCoreApplication.translate(
            "NominationImport", "Người được tìm theo mã cán bộ, hoặc theo họ tên + năm sinh + đơn vị; mọi trường hợp "
            "không tìm thấy hay trùng tên đều được báo kèm số dòng. Tệp được nhập tất cả hoặc không; đề nghị đã có "
            "trong đợt bị từ chối. Chưa có gì được ghi cho đến khi bạn bấm «Nhập».")

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("NominationImport", "Sheet"),
                QCoreApplication.translate("NominationImport", "Dòng"),
                QCoreApplication.translate("NominationImport", "Mã"),
                QCoreApplication.translate("NominationImport", "Họ tên / tên tập thể"),
                QCoreApplication.translate("NominationImport", "Đơn vị"),
                QCoreApplication.translate("NominationImport", "Đề nghị"),
                QCoreApplication.translate("NominationImport", "Thao tác")]

    def save_template(self, parent: QWidget | None) -> Path | None:
        return save_nomination_template(parent)

    def read_and_preview(self, db: Database, path: Path, progress, is_cancelled):
        from app.services import nomination_import

        data = nomination_import.read_nomination_file(path, progress=progress, is_cancelled=is_cancelled)
        with db.factory() as session:
            return data, nomination_import.preview_nomination_import(session, data, round_id=self.round_id)

    def row(self, r) -> tuple:
        return (r.sheet, r.row, r.code, r.name, r.unit, r.award, tr_label(r.action).capitalize())

    def counts(self, p) -> str:
        return QCoreApplication.translate("NominationImport", "%1 đề nghị mới").replace("%1", fmt_int(p.new))

    def apply(self, db: Database, data, *, only_valid: bool, progress, is_cancelled):
        from app.services import nomination_import

        with db.factory.begin() as session:
            return nomination_import.apply_nomination_import(session, data, round_id=self.round_id,
                                                             backup_engine=db.engine, progress=progress,
                                                             is_cancelled=is_cancelled)
