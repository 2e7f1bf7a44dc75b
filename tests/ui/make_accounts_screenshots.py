"""Write docs/screenshots/audit.png (the change log with an edit's before/after) and
login.png (not a test; run on demand):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/make_accounts_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = ROOT / "docs" / "screenshots"
    tmp = Path(tempfile.mkdtemp(prefix="tdkt-shots-"))
    from ui.settings import use_settings_file

    use_settings_file(tmp / "settings.ini")
    from app.database import open_database
    from app.rules.person import PersonInput
    from app.services import accounts, demo
    from app.services.org import get_person, search_people, update_person
    from ui.accounts.login import LoginDialog
    from ui.app import build_main_window, create_app

    app = create_app(lang="vi")
    db = open_database(tmp / "tdkt.db")
    with db.factory.begin() as s:
        demo.generate_demo(s, people=300, seed=1)
    with db.factory.begin() as s:
        accounts.create_account(s, login="QuanTri", password="mật-khẩu-1", role="admin", full_name="Nguyễn Văn Quản")
    db.accounts_exist()
    login = LoginDialog(db)
    login.login_edit.setText("QuanTri")
    login.show()
    app.processEvents()
    login.grab().save(str(out / "login.png"))
    db.login("QuanTri", "mật-khẩu-1")
    with db.factory.begin() as s:
        p = get_person(s, search_people(s, query="")[0][0].id)
        update_person(
            s,
            person_id=p.id,
            version=p.version,
            data=PersonInput(
                p.code,
                p.full_name,
                p.gender,
                p.unit_id,
                birth_date=p.birth_date,
                birth_year=p.birth_year,
                ethnicity=p.ethnicity,
                position="Phó Trưởng phòng Tổ chức cán bộ",
                leader_level=p.leader_level,
                staff_category=p.staff_category,
                active_from=p.active_from,
                active_to=p.active_to,
            ),
        )
    window = build_main_window(db)
    window.resize(1366, 768)
    window.show()
    window.show_screen("audit")
    screen = window.screen("audit")
    screen.table_combo.setCurrentIndex(screen.table_combo.findData("person"))
    screen.row_edit.setText(str(p.id))
    screen.reload()
    app.processEvents()
    window.grab().save(str(out / "audit.png"))
    print(f"wrote {out / 'audit.png'} and {out / 'login.png'}")
    db.close()
    return 0


if __name__ == "__main__":
    code = main()
    from ui.shutdown import orderly_shutdown

    orderly_shutdown()
    sys.exit(code)
