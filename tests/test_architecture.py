"""The layers hold, read from the source (every import, lazy and TYPE_CHECKING ones too):
`core/store` only stores, `core` imports neither Qt nor the UI nor the CLI, and neither the
modules of `cwgi_desktop.core` nor its packages import each other in a circle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "cwgi_desktop"
CORE = "cwgi_desktop.core"
STORE_MAY_NOT_IMPORT = tuple(f"{CORE}.{p}" for p in
                             ("drafting", "exchange", "exporters", "importers", "services"))


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


MODULES = _modules()


def imports_of(name: str) -> set[str]:
    """Every module `name` imports anywhere in its body, resolved to a module we have
    (`from pkg import mod` names the module, `from mod import func` the module)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                full = f"{base}.{alias.name}"
                found.add(full if full in MODULES else base)
    return found


def _graph(prefix: str) -> dict[str, set[str]]:
    return {m: {i for i in imports_of(m) if i in MODULES and i.startswith(prefix) and i != m}
            for m in MODULES if m.startswith(prefix)}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph (as a path), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


def _package_of(module: str) -> str:
    """`cwgi_desktop.core.store.base` → `core.store`; top-level core modules stand alone."""
    parts = module.split(".")
    if len(parts) > 3 and (ROOT / "core" / parts[2]).is_dir():
        return ".".join(parts[1:3])
    return ".".join(parts[1:])


def test_the_store_imports_no_use_case_nor_logic_package() -> None:
    bad = {(m, i) for m in MODULES if m.startswith(f"{CORE}.store")
           for i in imports_of(m) if i.startswith(STORE_MAY_NOT_IMPORT)}
    assert bad == set()


def test_core_imports_no_qt_no_ui_no_cli() -> None:
    bad = {(m, i) for m in MODULES if m.startswith(CORE) for i in imports_of(m)
           if i.startswith(("PySide6", "shiboken6", "cwgi_desktop.ui", "cwgi_desktop.cli"))}
    assert bad == set()


def test_the_core_modules_import_each_other_in_no_circle() -> None:
    assert _cycle(_graph(CORE)) is None


def test_the_core_packages_import_each_other_in_no_circle() -> None:
    packages: dict[str, set[str]] = {}
    for module, targets in _graph(CORE).items():
        mine = _package_of(module)
        packages.setdefault(mine, set()).update(
            p for p in map(_package_of, targets) if p != mine)
    assert _cycle(packages) is None


@pytest.mark.parametrize("graph, cycle", [
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, ["a", "b", "c", "a"]),
    ({"a": {"b"}, "b": set()}, None),
])
def test_the_cycle_finder_finds_cycles(graph: dict[str, set[str]], cycle: list[str] | None,
                                       ) -> None:
    assert _cycle(graph) == cycle


def test_lazy_imports_count() -> None:
    """An import inside a function is an edge too (the cycles the store hid were lazy)."""
    assert f"{CORE}.drafting.compilation" in imports_of(f"{CORE}.services.drafts")
