"""House rule 1: app/ never imports PySide6 or ui/; ui/ never imports ORM models."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_app_never_imports_qt_or_ui():
    offenders = []
    for path in (ROOT / "app").rglob("*.py"):
        for name in _imports(path):
            top = name.split(".")[0]
            if top in {"PySide6", "shiboken6", "ui"}:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_ui_never_imports_orm_models_or_builds_queries():
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        for name in _imports(path):
            if name.startswith("app.models") or name in {"sqlalchemy", "sqlalchemy.orm"}:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_ui_never_imports_the_writers():
    """A screen asks a service to export (ui/export_flow.py); it never glues data and a
    writer of app/exports itself (issue 18)."""
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (ROOT / "ui").rglob("*.py")
        for name in _imports(path)
        if name == "app.exports" or name.startswith("app.exports.")
    ]
    assert offenders == []


def test_layering_check_sees_files():
    assert len(list((ROOT / "app").rglob("*.py"))) > 10
