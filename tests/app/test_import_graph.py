"""Dependencies point one way (issue 18 item 6): no import cycle in `app/`, counting every
import (top-level and inside functions), and `app/exports` never imports `app/services`.

The graph is built from the source with `ast`; nothing is imported. An import of
`app.a.b` counts as an edge to `app.a.b` and to the packages above it (Python runs their
`__init__` first); `from app.a import b` is an edge to `app.a.b` when that is a module.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in APP.rglob("*.py")}


def _targets(node: ast.AST, module: str, is_package: bool, known: dict[str, Path]) -> list[str]:
    """The app modules one import statement loads."""
    names: list[str] = []
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            base = module.split(".") if is_package else module.split(".")[:-1]
            base = base[: len(base) - (node.level - 1)]
            prefix = ".".join(base + ([node.module] if node.module else []))
        else:
            prefix = node.module or ""
        names = [prefix]
        names += [f"{prefix}.{alias.name}" for alias in node.names if f"{prefix}.{alias.name}" in known]
    out: list[str] = []
    for name in names:
        parts = name.split(".")
        for i in range(1, len(parts) + 1):
            candidate = ".".join(parts[:i])
            if candidate in known:
                out.append(candidate)
    return out


def import_graph() -> dict[str, set[str]]:
    """Module → the app modules it imports anywhere in its body."""
    known = _modules()
    graph: dict[str, set[str]] = {}
    for module, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        edges: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                edges.update(t for t in _targets(node, module, is_package, known) if t != module)
        graph[module] = edges
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle per strongly connected component of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    counter = 0

    def visit(start: str) -> None:
        nonlocal counter
        # Iterative DFS: the graph is deep enough to matter for Python's recursion limit.
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        components.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return components


def test_no_import_cycle_in_app():
    cycles = find_cycles(import_graph())
    assert cycles == [], "import cycles in app/ (every import counts, also inside functions): " + "; ".join(
        " ↔ ".join(c) for c in cycles
    )


def test_exports_never_import_services():
    graph = import_graph()
    offenders = sorted(
        f"{m} imports {t}"
        for m, ts in graph.items()
        if m.startswith("app.exports")
        for t in ts
        if t.startswith("app.services")
    )
    assert offenders == []


def test_cycle_finder_sees_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycles(graph) == [["a", "b", "c"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []


def test_graph_counts_function_level_imports():
    graph = import_graph()
    assert len(graph) > 50
    # app/cli.py imports its commands' services inside the command functions.
    assert any(t.startswith("app.services.") for t in graph["app.cli"])


def test_every_lazy_import_says_why():
    """An import inside a function hides a dependency, so it is kept only where start-up
    time or a heavy optional library needs it, with a comment on or just above its first
    line saying why. `app/cli.py` explains its per-command imports once, in its docstring."""
    offenders = []
    for path in sorted(APP.rglob("*.py")):
        if "migrations" in path.parts or path == APP / "cli.py":
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        tree = ast.parse("\n".join(lines), filename=str(path))
        top = {id(n) for n in tree.body}
        for fn in ast.walk(tree):
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            lazy = [n for n in ast.walk(fn) if isinstance(n, (ast.Import, ast.ImportFrom)) and id(n) not in top]
            if not lazy:
                continue
            first = min(lazy, key=lambda n: n.lineno)
            if "#" not in lines[first.lineno - 1] and not lines[first.lineno - 2].strip().startswith("#"):
                offenders.append(f"{path.relative_to(ROOT)}:{first.lineno} ({fn.name})")
    assert offenders == [], "function-level imports without a comment saying why: " + ", ".join(offenders)
