"""Write the screenshots of the blocs and model-examples guide (not a test; on demand):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/make_bloc_screenshots.py

Builds the demo in a temporary folder, opens the main window at 1366×768 on "Khối thi
đua" and grabs blocs-scoring.png (Ban Tổ chức's sheet: one member unfinished, missing cells
yellow, its own unit grey), blocs-ranking.png and examples.png.
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
    from app.services.demo import generate_demo
    from ui.app import build_main_window, create_app
    from ui.workers import Worker

    app = create_app(lang="vi")
    Worker.inline = True
    db = open_database(tmp / "demo.db")
    with db.factory.begin() as s:
        generate_demo(s)
    window = build_main_window(db)
    window.resize(1366, 768)
    window.show()
    window.show_screen("blocs")
    screen = window.screen("blocs")
    screen.tabs.setCurrentWidget(screen.scoring_tab)
    tab = screen.scoring_tab
    app.processEvents()
    # The second member's assessor left its sheet of the first member unfinished (see the
    # demo): sheets are self-scores, then one per member in order.
    tab.sheet_combo.setCurrentIndex(2)
    tab.grid.setCurrentIndex(tab.model.index(4, 0))
    app.processEvents()
    window.grab().save(str(out / "blocs-scoring.png"))
    screen.tabs.setCurrentWidget(screen.ranking_tab)
    app.processEvents()
    window.grab().save(str(out / "blocs-ranking.png"))
    window.show_screen("examples")
    app.processEvents()
    window.grab().save(str(out / "examples.png"))
    window.close()
    db.close()
    print("wrote blocs-scoring.png, blocs-ranking.png, examples.png")
    from ui.shutdown import orderly_shutdown

    orderly_shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
