"""A windowed (no-console) Windows exe has no stdout/stderr: start and close must not care."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = (
    "import sys\n"
    "sys.stdout = sys.stderr = None\n"
    "sys.argv = ['tdkt'] + {args!r}\n"
    "import ui.__main__ as entry\n"
    "entry.run()\n"
)


def _run(tmp_path, args, timeout=60):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    return subprocess.run(
        [sys.executable, "-c", SCRIPT.format(args=args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_self_check_without_stdout_and_stderr_exits_0(tmp_path):
    done = _run(tmp_path, ["--self-check"])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr


def test_version_and_bad_option_without_streams_do_not_crash(tmp_path):
    assert _run(tmp_path, ["--version"]).returncode == 0
    bad = _run(tmp_path, ["--no-such-option"])
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_gui_refuses_a_database_on_a_network_share(tmp_path, message_boxes, monkeypatch):
    import app.paths
    from ui.__main__ import main

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app.paths, "logs_dir", lambda: tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["--db", r"\\fileserver\Phòng TĐKT\tdkt.db"]) == 2
    (text,) = message_boxes.texts("warning")
    assert "ổ mạng" in text and "máy chủ PostgreSQL" in text
    assert not any(p.suffix == ".db" for p in tmp_path.rglob("*"))
