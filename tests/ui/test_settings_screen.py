from app.services import settings as settings_service
from ui.settings import UiSettings
from ui.settings_screen import SettingsScreen


def test_settings_round_trip(qtbot, org_db):
    screen = SettingsScreen(org_db)
    qtbot.addWidget(screen)
    screen.fields["agency_name"].setText("Sở Nội vụ tỉnh Bắc Ninh")
    screen.fields["issuing_body"].setText("UBND TỈNH BẮC NINH")
    screen.fields["place_name"].setText("Bắc Ninh")
    screen.fields["signer_name"].setText("Nguyễn Văn Hùng")
    screen.fields["signer_title"].setText("Giám đốc")
    screen.header_style.setCurrentIndex(screen.header_style.findData("party"))
    assert screen.preview.text().startswith("Bắc Ninh, ngày ")
    saved = []
    with qtbot.waitSignal(screen.settings_saved):
        screen.save(then=lambda: saved.append(1))
    assert saved == [1]
    assert screen.status.text() == "Đã lưu."
    with org_db.factory() as s:
        stored = settings_service.get_settings(s)
    assert (
        stored.agency_name,
        stored.issuing_body,
        stored.place_name,
        stored.signer_name,
        stored.signer_title,
        stored.header_style,
    ) == ("Sở Nội vụ tỉnh Bắc Ninh", "UBND TỈNH BẮC NINH", "Bắc Ninh", "Nguyễn Văn Hùng", "Giám đốc", "party")
    again = SettingsScreen(org_db)
    qtbot.addWidget(again)
    assert again.fields["signer_name"].text() == "Nguyễn Văn Hùng"
    assert again.header_style.currentData() == "party"


def test_date_line_preview_follows_place_name(qtbot, org_db):
    import datetime as _dt

    from app.rules.vntext import date_line

    screen = SettingsScreen(org_db)
    qtbot.addWidget(screen)
    screen.fields["place_name"].setText("Hà Nội")
    assert screen.preview.text() == date_line("Hà Nội", _dt.date.today())


def test_errors_are_inline_and_block_saving(qtbot, org_db):
    screen = SettingsScreen(org_db)
    qtbot.addWidget(screen)
    screen.show()
    screen.fields["place_name"].setText("")
    assert screen.boxes["place_name"].error.text() == "không được để trống (dùng cho dòng ngày tháng)"
    assert not screen.save_button.isEnabled()
    saved = []
    screen.save(then=lambda: saved.append(1))
    assert saved == [] and screen.boxes["place_name"].error.text()
    screen.fields["place_name"].setText("Huế")
    assert screen.boxes["place_name"].error.isHidden()
    assert screen.save_button.isEnabled()


def test_stale_settings_are_reported_and_reloaded(qtbot, org_db, message_boxes):
    import dataclasses

    screen = SettingsScreen(org_db)
    qtbot.addWidget(screen)
    with org_db.factory.begin() as s:
        current = settings_service.get_settings(s)
        settings_service.save_settings(s, values=dataclasses.replace(current, agency_name="Đổi bởi máy khác"))
    screen.fields["agency_name"].setText("Của tôi")
    saved = []
    screen.save(then=lambda: saved.append(1))
    assert saved == []
    assert "Cài đặt «Tên cơ quan, đơn vị»" in message_boxes.texts("warning")[0]
    assert screen.fields["agency_name"].text() == "Đổi bởi máy khác"


def test_language_is_stored_in_qsettings(qtbot, org_db):
    screen = SettingsScreen(org_db)
    qtbot.addWidget(screen)
    screen.language.setCurrentIndex(screen.language.findData("en"))
    screen.save()
    assert UiSettings().language == "en"
    assert "Khởi động lại" in screen.status.text()
