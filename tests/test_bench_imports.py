"""The benchmarks import the project's names inside functions (a child process runs them), so a
moved name breaks `exoatlas bench` only when it runs. Every `from exoatlas... import name` in
benchmarks/ must resolve."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

_BENCHMARKS = sorted((Path(__file__).resolve().parent.parent / "benchmarks").glob("*.py"))


def _imports(path: Path) -> list[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.module, alias.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("exoatlas")
        for alias in node.names
    ]


def test_the_benchmarks_import_names_of_the_project() -> None:
    assert _BENCHMARKS and any(_imports(p) for p in _BENCHMARKS)


@pytest.mark.parametrize("path", _BENCHMARKS, ids=lambda p: p.name)
def test_every_project_name_a_benchmark_imports_exists(path: Path) -> None:
    missing = [
        f"{module}.{name}"
        for module, name in _imports(path)
        if not hasattr(importlib.import_module(module), name)
        and importlib.util.find_spec(f"{module}.{name}") is None
    ]
    assert missing == []
