"""The one export flow (ui/export_flow.py): last folder, distinct names, a locked file
retried, the saved box with Mở tệp / Mở thư mục, the write through a service in one
transaction."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.database import open_database
from app.errors import FileLocked
from app.models import AuditEntry
from app.services import audit
from app.services.templates import write_import_template
from ui import export_flow
from ui.export_flow import DOCX, PDF, XLSX


@pytest.fixture
def database(db_url):
    db = open_database(db_url)
    yield db
    db.close()


def _write(session, out: Path) -> Path:
    """A real export: the staff import template, with its EXPORT audit entry."""
    written = write_import_template("staff", out)
    audit.log_event(session, "EXPORT", detail={"file": str(out)})
    return written


def test_proposed_name_is_the_document_and_date_made_distinct(tmp_path):
    day = _dt.date(2026, 12, 7)
    first = export_flow.proposed_path("Danh sách: đề nghị/khen", "xlsx", folder=tmp_path, on_date=day)
    assert first == tmp_path / "Danh sách- đề nghị-khen 07-12-2026.xlsx"
    first.write_bytes(b"x")
    second = export_flow.proposed_path("Danh sách: đề nghị/khen", "xlsx", folder=tmp_path, on_date=day)
    assert second.name == "Danh sách- đề nghị-khen 07-12-2026 (2).xlsx"


def test_dialog_starts_in_last_folder_then_documents(tmp_path, monkeypatch):
    seen = {}

    def fake_dialog(parent, title, start, filters):
        seen["start"], seen["filters"] = start, filters
        return str(tmp_path / "sub" / "Báo cáo"), filters.split(";;")[-1]

    (tmp_path / "sub").mkdir()
    monkeypatch.setattr(export_flow, "ask_save_file_name", fake_dialog)
    out = export_flow.ask_export_path(None, title="Xuất", document="Báo cáo", formats=(XLSX, PDF))
    assert out == tmp_path / "sub" / "Báo cáo.pdf"  # the chosen filter's suffix was added
    assert "(*.xlsx)" in seen["filters"] and "(*.pdf)" in seen["filters"]
    assert export_flow.last_folder() == tmp_path / "sub"
    export_flow.ask_export_path(None, title="Xuất", document="Báo cáo", formats=(DOCX,))
    assert Path(seen["start"]).parent == tmp_path / "sub"
    assert Path(seen["start"]).name.startswith("Báo cáo ") and seen["start"].endswith(".docx")

    export_flow.remember_folder(tmp_path / "gone" / "x.xlsx")
    assert export_flow.last_folder() != tmp_path / "gone"


def test_export_writes_logs_and_offers_open(database, tmp_path, message_boxes):
    out = tmp_path / "Mẫu nhập #1 100% .xlsx"
    done = []
    export_flow.export_document(
        None,
        db=database,
        title="Xuất",
        document="Mẫu",
        formats=(XLSX,),
        write=_write,
        done_text="Đã xuất mẫu.",
        path=out,
        on_done=lambda path, result: done.append((path, result)),
    )
    assert out.exists() and out.stat().st_size > 0
    assert done == [(out, out)]
    saved = [c for c in message_boxes.calls if c[0] == "saved"]
    assert saved and "Đã xuất mẫu." in saved[0][2] and str(out) in saved[0][2]
    with database.factory() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "EXPORT")) == 1


def test_locked_file_is_retried_then_saved(database, tmp_path, message_boxes):
    out = tmp_path / "Danh sách.xlsx"
    attempts = []

    def write(session, path):
        attempts.append(path)
        if len(attempts) == 1:
            raise FileLocked(path=str(path))
        return _write(session, path)

    message_boxes.click = ["Thử lại"]
    export_flow.export_document(
        None, db=database, title="Xuất", document="Danh sách", formats=(XLSX,), write=write, done_text="Xong.", path=out
    )
    assert attempts == [out, out]
    kinds = [c[0] for c in message_boxes.calls]
    assert kinds == ["box", "saved"]
    assert "đang được mở" in message_boxes.calls[0][2]
    assert out.exists()


def test_locked_file_saved_under_another_name(database, tmp_path, message_boxes, monkeypatch):
    out = tmp_path / "Danh sách.xlsx"
    other = tmp_path / "Danh sách khác.xlsx"

    def write(session, path):
        if path == out:
            raise FileLocked(path=str(path))
        return _write(session, path)

    monkeypatch.setattr(export_flow, "ask_save_file_name", lambda *a: (str(other), ""))
    message_boxes.click = ["Lưu tên khác…"]
    export_flow.export_document(
        None, db=database, title="Xuất", document="Danh sách", formats=(XLSX,), write=write, done_text="Xong.", path=out
    )
    assert other.exists() and not out.exists()


def test_locked_file_cancelled_writes_nothing(database, tmp_path, message_boxes):
    out = tmp_path / "x.xlsx"

    def write(session, path):
        raise FileLocked(path=str(path))

    message_boxes.click = ["Hủy"]
    export_flow.export_document(
        None, db=database, title="Xuất", document="x", formats=(XLSX,), write=write, done_text="Xong.", path=out
    )
    assert [c[0] for c in message_boxes.calls] == ["box"]
    assert not out.exists()
