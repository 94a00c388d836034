"""Writing what users open: whole files or none, and spreadsheet cells that stay text.

``neutralise_cell`` follows OWASP's CSV-injection advice: a cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return is a formula to Excel, LibreOffice and Google Sheets, so
it gets a leading apostrophe (shown as text, never run). Every CSV/TSV writer should pass text
cells through it. ``write_atomic`` writes beside the target and renames, so a failure (a full
disk, a crash) leaves the old file or none, never a truncated one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TypeVar

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
T = TypeVar("T")


def neutralise_cell(value: T) -> T | str:
    """A text cell that a spreadsheet would run as a formula, made inert; others unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
