"""Every screen and dialog fits a 1366×768 screen at 125 % and 150 % (issue 14).

QT_SCALE_FACTOR must be set before the QApplication exists, so each scale runs
tests/ui/scaling_probe.py in a subprocess on Qt's offscreen platform with a virtual
1366×768 screen (a JSON screen configuration), over a small demo database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREEN = {
    "synchronousWindowSystemEvents": False,
    "windowFrameMargins": False,
    "screens": [
        {
            "name": "1366x768",
            "x": 0,
            "y": 0,
            "width": 1366,
            "height": 768,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        }
    ],
}


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory):
    from app.database import open_database
    from app.services.demo import generate_demo

    path = tmp_path_factory.mktemp("scaling") / "demo nhỏ.db"
    db = open_database(f"sqlite:///{path}")
    with db.factory.begin() as s:
        generate_demo(s, people=150)
    db.close()
    return f"sqlite:///{path}"


def probe(scale: float, url: str, tmp_path: Path) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    env = dict(
        os.environ, QT_SCALE_FACTOR=str(scale), QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT)
    )
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.scaling_probe", url],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("scale,available", [(1.25, (1093, 614)), (1.5, (911, 512))])
def test_every_screen_and_dialog_fits(scale, available, demo_url, tmp_path):
    found = probe(scale, demo_url, tmp_path)
    width, height = found["available"]
    assert (width, height) == available
    # the main window can always be made as small as the screen (screens scroll inside it)
    assert found["window_min"][0] <= width and found["window_min"][1] <= height
    assert len(found["screens"]) >= 12
    if scale == 1.25:
        # at 125 % nothing is cut off sideways: every screen's content fits the window's width
        wide = {k: v for k, v in found["screens"].items() if v["content_min"][0] > v["viewport"][0]}
        assert not wide, wide
    too_big = {
        name: d
        for name, d in found["dialogs"].items()
        if d["min"][0] > width
        or d["min"][1] > height
        or d["size"][0] > width
        or d["size"][1] > height
        or d["pos"][0] < 0
        or d["pos"][1] < 0
    }
    assert not too_big, too_big
    assert len(found["dialogs"]) >= 20
