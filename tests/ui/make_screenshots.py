"""Write the GUI screenshots of docs/screenshots/ (not a test; run on demand):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/make_screenshots.py [--people 5500] [--scale 1.5]

Builds a demo database in a temporary folder, opens the main window at 1366×768, selects
an agency, types a search and grabs: main-window.png, person-dialog.png,
import-wizard-preview.png (with a bad row), settings.png, first-run.png, calibration.png,
council-member.png. With --scale 1.5 it simulates
a 1366×768 laptop at 150 % (911×512 logical pixels) and adds the suffix -150.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def shrink_png(path: Path) -> None:
    """Store a screenshot with a 256-colour palette (no dithering: flat widgets and text
    stay crisp): about 40 % of the size, for the repository and the bundled guide."""
    from PIL import Image

    with Image.open(path) as im:
        small = im.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, "PNG", optimize=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=5500)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    suffix = "" if args.scale == 1.0 else f"-{int(args.scale * 100)}"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="tdkt-shots-"))
    started = time.time() - 1

    from ui.settings import use_settings_file

    use_settings_file(tmp / "settings.ini")
    from PySide6.QtCore import QCoreApplication, QTimer

    from app.database import open_database
    from app.services import org
    from app.services import settings as settings_service
    from ui.app import build_main_window, create_app
    from ui.workers import Worker

    app = create_app(lang="vi")
    Worker.inline = True
    db = open_database(tmp / "demo.db")
    with db.factory.begin() as s:
        try:
            from app.services.demo import generate_demo

            generate_demo(s, people=args.people)
        except ImportError:
            from app.rules.person import PersonInput, UnitInput

            uid = org.create_unit(s, data=UnitInput("SNV", "Sở Nội vụ", "CO_QUAN"))
            org.create_person(s, data=PersonInput("CB001", "Nguyễn Thị Hoa", "F", uid, birth_year=1985))
        current = settings_service.get_settings(s)
        settings_service.save_settings(
            s,
            values=dataclasses.replace(
                current,
                agency_name="Sở Nội vụ tỉnh Bắc Ninh",
                issuing_body="UBND TỈNH BẮC NINH",
                place_name="Bắc Ninh",
                signer_name="Nguyễn Văn Hùng",
                signer_title="Giám đốc",
            ),
        )

    width, height = (1366, 768) if args.scale == 1.0 else (int(1366 / args.scale), int(768 / args.scale))
    window = build_main_window(db)
    window.resize(width, height)
    window.show()
    app.processEvents()
    screen = window.org_screen
    agency = next(u for u in screen._units if u.kind == "CO_QUAN")
    screen.select_unit(agency.id)
    screen.tree.expand(screen.unit_model.index_of(agency.id))
    screen.search.setText("nguyen thi")
    screen.refresh_people()
    if screen.people_model.rowCount():
        screen.select_person(screen.people_model.row_at(0).id)
    app.processEvents()
    window.grab().save(str(out / f"main-window{suffix}.png"))

    dialog = screen.make_person_dialog(screen.selected_person())
    dialog.show()
    app.processEvents()
    dialog.resize(dialog.sizeHint())
    app.processEvents()
    print("person dialog size", dialog.width(), dialog.height())
    dialog.grab().save(str(out / f"person-dialog{suffix}.png"))
    dialog.close()

    from openpyxl import Workbook

    from app.rules.person import STAFF_COLUMNS, STAFF_SHEET, UNIT_COLUMNS, UNIT_SHEET
    from ui.import_wizard import ImportWizard

    wb = Workbook()
    ws = wb.active
    ws.title = UNIT_SHEET
    ws.append([c.header for c in UNIT_COLUMNS])
    ws.append(["SNV-MOI", "Phòng Cải cách hành chính", "Đơn vị (vụ, phòng)", agency.code])
    ws = wb.create_sheet(STAFF_SHEET)
    ws.append([c.header for c in STAFF_COLUMNS])
    ws.append(
        ["NV9001", "Hoàng Minh Châu", "Nữ", "03/04/1988", "Kinh", "Chuyên viên", "", "", "SNV-MOI", "01/09/2012", ""]
    )
    ws.append(["NV9002", "Vũ Đức Thắng", "Nam", "1975", "Tày", "Trưởng phòng", "", "", "SNV-MOI", "", ""])
    ws.append(["NV9003", "Lý Thị Mai", "X", "01/01/2999", "Kinh", "", "", "", "KHONG-CO", "", ""])
    ws.append(
        ["NV9004", "Đinh Quang Huy", "Nam", "12/10/1993", "Mường", "Chuyên viên", "", "Viên chức", "SNV-MOI", "", ""]
    )
    xlsx = tmp / "Danh sách cán bộ.xlsx"
    wb.save(xlsx)
    wizard = ImportWizard(db, window, path=xlsx)
    wizard.show()
    app.processEvents()
    wizard.next()
    app.processEvents()
    print("wizard size", wizard.width(), wizard.height())
    wizard.grab().save(str(out / f"import-wizard-preview{suffix}.png"))
    wizard.close()

    window.show_screen("settings")
    app.processEvents()
    window.grab().save(str(out / f"settings{suffix}.png"))

    # The main screens of the user guide, as a clerk first sees them.
    for key in ("dashboard", "nominations", "rulesets", "decisions"):
        window.show_screen(key)
        for _ in range(20):
            app.processEvents()
        if key == "nominations":
            noms = window.screen(key)
            noms.table.selectRow(min(5, noms.model.rowCount() - 1))
            for _ in range(10):
                app.processEvents()
        window.grab().save(str(out / f"{key}{suffix}.png"))

    # -- issue 14: first-run setup, calibration by typed readings, a council member from the registry
    from ui.council.council_screen import MemberDialog
    from ui.first_run import FirstRunWizard
    from ui.printing.profiles_dialog import PrinterProfilesDialog

    wizard = FirstRunWizard(db, window)
    wizard.show()
    app.processEvents()
    wizard.grab().save(str(out / f"first-run{suffix}.png"))
    wizard.close()
    calibration = PrinterProfilesDialog(db, "giay-khen", window)
    calibration.name.setText("Canon LBP phòng TĐKT")
    for n, (dx, dy) in ((1, (1.5, -0.8)), (9, (1.5, -0.8))):  # a printer 1,5 mm right and 0,8 mm high
        ex, ey = calibration.targets[n]
        calibration.measured[n][0].setText(f"{ex + dx:g}".replace(".", ","))
        calibration.measured[n][1].setText(f"{ey + dy:g}".replace(".", ","))
    calibration.show()
    app.processEvents()
    calibration.grab().save(str(out / f"calibration{suffix}.png"))
    calibration.close()
    member = MemberDialog(db, None, window)
    member.search.setText("nguyen thi h")
    member._run_search()
    member.results.setCurrentRow(0)
    member.show()
    app.processEvents()
    member.grab().save(str(out / f"council-member{suffix}.png"))
    member.close()
    window.close()
    db.close()
    QTimer.singleShot(0, QCoreApplication.quit)
    written = sorted(p for p in out.glob("*.png") if p.stat().st_mtime >= started)
    for path in written:
        shrink_png(path)
    print("wrote", [p.name for p in written])
    return 0


if __name__ == "__main__":
    sys.exit(main())
