"""Writing what users open: whole files or none, and spreadsheet cells that stay text.

``neutralise_cell`` follows OWASP's CSV-injection advice: a cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return is a formula to Excel, LibreOffice and Google Sheets, so
it gets a leading apostrophe (shown as text, never run). Every CSV/TSV writer should pass text
cells through it. ``write_atomic`` writes beside the target and renames, so a failure (a full
disk, a crash) leaves the old file or none, never a truncated one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
T = TypeVar("T")


def neutralise_cell(value: T) -> T | str:
    """A text cell that a spreadsheet would run as a formula, made inert; others unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


@contextlib.contextmanager
def atomic_file(path: Path, binary: bool = False) -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path``; rename it into place only on success, with the
    permissions a plain new file would get (mkstemp makes it private)."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(handle)
    tmp = Path(name)
    try:
        fh: IO[Any]
        with tmp.open("wb") if binary else tmp.open("w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        tmp.chmod(0o666 & ~umask)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (``atomic_file``)."""
    with atomic_file(path, binary=True) as fh:
        fh.write(data)
