"""The units' nomination lists through the staff import wizard (issue 16): *Nhập đề nghị từ
Excel…* in the nominations screen. Read, preview (every problem with its row) and write (all
or nothing) run in the wizard's workers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.database import Database
from ui.i18n import fmt_int
from ui.import_wizard import ImportKind, save_template_file
from ui.labels import tr_label


def save_nomination_template(parent: QWidget | None) -> Path | None:
    """The blank template of the units' lists (sheets «Cá nhân», «Tập thể»)."""
    from app.services.templates import write_import_template

    return save_template_file(
        parent,
        file_name="mau-de-nghi-khen-thuong.xlsx",
        caption=QCoreApplication.translate("NominationImport", "Lưu tệp mẫu danh sách đề nghị"),
        write=lambda path: write_import_template("nominations", path),
        done=QCoreApplication.translate(
            "NominationImport",
            "Đã lưu tệp mẫu. Gửi cho các đơn vị điền sheet «Cá nhân» và «Tập thể», rồi chọn Nhập đề nghị từ Excel.",
        ),
    )


class NominationImportKind(ImportKind):
    """A unit's list into the round `round_id`; never "only valid rows"."""

    allow_only_valid = False

    def __init__(self, round_id: int, round_name: str) -> None:
        self.round_id, self.round_name = round_id, round_name

    def title(self) -> str:
        return QCoreApplication.translate("NominationImport", "Nhập đề nghị từ Excel — %1").replace(
            "%1", self.round_name
        )

    def subtitle(self) -> str:
        return QCoreApplication.translate(
            "NominationImport",
            "Danh sách của đơn vị theo mẫu: sheet «Cá nhân» và sheet «Tập thể», danh hiệu, hình "
            "thức đề nghị và tóm tắt thành tích.",
        )

    def note(self) -> str:
        return QCoreApplication.translate(
            "NominationImport",
            "Người được tìm theo mã cán bộ, hoặc theo họ tên + năm sinh + đơn vị; mọi trường hợp "
            "không tìm thấy hay trùng tên đều được báo kèm số dòng. Tệp được nhập tất cả hoặc không; đề nghị đã có "
            "trong đợt bị từ chối. Chưa có gì được ghi cho đến khi bạn bấm «Nhập».",
        )

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("NominationImport", "Sheet"),
            QCoreApplication.translate("NominationImport", "Dòng"),
            QCoreApplication.translate("NominationImport", "Mã"),
            QCoreApplication.translate("NominationImport", "Họ tên / tên tập thể"),
            QCoreApplication.translate("NominationImport", "Đơn vị"),
            QCoreApplication.translate("NominationImport", "Đề nghị"),
            QCoreApplication.translate("NominationImport", "Thao tác"),
        ]

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
            return nomination_import.apply_nomination_import(
                session,
                data,
                round_id=self.round_id,
                backup_engine=db.engine,
                progress=progress,
                is_cancelled=is_cancelled,
            )
