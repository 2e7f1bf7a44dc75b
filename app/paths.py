"""Where the program's files live: bundled resources and the user's data folder."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "TDKT Desk"


def project_root() -> Path:
    """The folder holding `app/` and `resources/` (PyInstaller unpacks into _MEIPASS)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def migrations_dir() -> Path:
    return project_root() / "app" / "migrations"


def data_dir() -> Path:
    """The user's data folder (platform conventions), created on demand."""
    path = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "tdkt.db"


def demo_db_path() -> Path:
    return data_dir() / "demo.db"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
