"""The emblem on full-design certificates: chosen in Settings, printed, or said to be missing."""

import datetime as dt
import subprocess

from PySide6.QtGui import QColor, QImage

from app.exports.certificates import CertificateData
from app.services import printing
from app.services import settings as settings_service
from ui.settings_screen import SettingsScreen


def _png(path):
    image = QImage(60, 80, QImage.Format.Format_ARGB32)
    image.fill(QColor("#C8102E"))
    assert image.save(str(path))
    return path


def test_settings_say_when_no_emblem_then_store_one(qtbot, db, tmp_path, message_boxes):
    screen = SettingsScreen(db)
    qtbot.addWidget(screen)
    box = screen.emblem_box
    assert not box.has_image and "Chưa có ảnh" in box.note.text()
    assert not box.remove_button.isEnabled()
    assert box.choose(str(_png(tmp_path / "quoc-huy.png")))
    assert box.has_image and box.remove_button.isEnabled()
    with db.factory() as s:
        assert settings_service.get_emblem(s).startswith(b"\x89PNG")
    box.remove()
    assert not box.has_image


def test_not_an_image_is_refused(qtbot, db, tmp_path, message_boxes):
    screen = SettingsScreen(db)
    qtbot.addWidget(screen)
    bad = tmp_path / "ghi-chu.png"
    bad.write_text("không phải ảnh", encoding="utf-8")
    assert not screen.emblem_box.choose(str(bad))
    assert any("PNG hoặc JPEG" in t for t in message_boxes.texts())


def test_emblem_is_printed_on_full_design_only(db, tmp_path):
    with db.factory.begin() as s:
        settings_service.set_emblem(s, image=_png(tmp_path / "e.png").read_bytes())
    item = CertificateData(full_name="Nguyễn Thị Hoa", gender="F", decision_date=dt.date(2025, 12, 20))

    def images(pdf):
        out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
        return [line for line in out.splitlines()[2:] if line.split()[2] == "image"]

    with db.factory.begin() as s:
        full = printing.produce_certificates(
            s, items=[item], template_key="giay-khen", blank=False, out=tmp_path / "full.pdf", log=False
        )
        blank = printing.produce_certificates(
            s, items=[item], template_key="giay-khen", blank=True, out=tmp_path / "blank.pdf", log=False
        )
    assert len(images(full.path)) == 1
    assert images(blank.path) == []
