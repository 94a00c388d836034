"""House style: a module is split before it passes 600 lines (STYLE.md). Checked here so that a
round of reader rules cannot push one past it unnoticed, as one did (read/deep.py, 610)."""

from __future__ import annotations

from pathlib import Path

import exoatlas

LIMIT = 600


def test_no_module_passes_six_hundred_lines() -> None:
    root = Path(exoatlas.__file__).parent
    modules = sorted(root.rglob("*.py"))
    assert len(modules) > 50  # the package itself, not an empty folder
    long = {
        str(path.relative_to(root)): n
        for path in modules
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > LIMIT
    }
    assert not long, f"modules past {LIMIT} lines: {long}"
