"""Shared fixtures: a fresh database file per test."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def db(tmp_path):
    """A fresh, migrated SQLite database file (a file, so worker threads see it)."""
    from app.database import open_database

    database = open_database(tmp_path / "test.db")
    yield database
    database.close()


@pytest.fixture
def session(db):
    """A session in a transaction that the test may commit; closed afterwards."""
    with db.factory() as s:
        yield s
