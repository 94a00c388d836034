"""Particle-size exports and sample descriptions -> plain data.

One reader per instrument, chosen from the export's own header lines (never from its file
name): Malvern NanoSight NTA 3.x experiment summaries, Particle Metrix ZetaView 8.x size
distributions, Malvern Zetasizer Nano record exports (DLS), a NanoSight side-by-side table of
several samples; anything else goes to the generic ``size_nm,concentration`` reader. Files are
decoded in the encoding they were written in (see ``decode``). Exports that are not size
distributions (ZetaView per-position summaries and zeta-potential profiles, ZS XPLORER ``.zmes``
databases) are refused with one line saying what they are and what to export.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from exoatlas.errors import InputError
from exoatlas.ingest.sizes.core import Replicate, SizeData
from exoatlas.ingest.sizes.decode import decode_export
from exoatlas.ingest.sizes.generic import parse_generic
from exoatlas.ingest.sizes.nanosight import is_nanosight, parse_nanosight
from exoatlas.ingest.sizes.side_by_side import is_side_by_side, parse_side_by_side
from exoatlas.ingest.sizes.zetasizer import ZMES_REFUSAL, is_zetasizer, parse_zetasizer
from exoatlas.ingest.sizes.zetaview import is_zetaview, parse_zetaview

__all__ = [
    "SIZE_SUFFIXES",
    "Replicate",
    "SizeData",
    "parse_size_bytes",
    "parse_size_export",
    "parse_size_text",
    "read_description",
    "read_size_export",
    "read_size_exports",
]

SIZE_SUFFIXES = {".csv", ".tsv", ".txt"}
MAX_EXPORT_BYTES = 50 * 1024 * 1024
SQLITE_MAGIC = b"SQLite format 3\x00"


def parse_size_text(text: str, name: str, *, tsv: bool = False, where: str = "") -> list[SizeData]:
    """Every sample in an export's text: one for most files, one per record or column in files
    that hold several."""
    where = where or name
    try:
        return _parse(text, name, tsv=tsv, where=where)
    except csv.Error as exc:  # a stray carriage return or quote inside a field
        raise InputError(f"{where}: not a readable table ({exc})") from exc


def _parse(text: str, name: str, *, tsv: bool, where: str) -> list[SizeData]:
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError(f"{where}: the export is empty")
    head = text[:8000]
    if is_nanosight(head):
        return [parse_nanosight(_no_nul(text, where), name, where)]
    if is_zetaview(head):
        return [parse_zetaview(text, name, where)]
    if is_zetasizer(head):
        return parse_zetasizer(_no_nul(text, where), name, where)
    if is_side_by_side(head):
        return parse_side_by_side(_no_nul(text, where), name, where)
    return [parse_generic(_no_nul(text, where), name, tsv=tsv, where=where)]


def _no_nul(text: str, where: str) -> str:
    if "\x00" in text:
        raise InputError(f"{where}: binary data, not text")
    return text


def parse_size_bytes(
    data: bytes, name: str, *, tsv: bool = False, where: str = ""
) -> list[SizeData]:
    """Every sample in an export given as bytes (an upload): decoded, then parsed."""
    where = where or name
    if not data.strip():
        raise InputError(f"{where}: the export is empty")
    if data.startswith(SQLITE_MAGIC):
        raise InputError(f"{where}: {ZMES_REFUSAL}")
    text, _ = decode_export(data, where)
    return parse_size_text(text, name, tsv=tsv, where=where)


def parse_size_export(text: str, name: str, *, tsv: bool = False, where: str = "") -> SizeData:
    """The one sample of an export's text; an InputError when the file holds several."""
    samples = parse_size_text(text, name, tsv=tsv, where=where)
    if len(samples) > 1:
        raise InputError(
            f"{where or name}: holds {len(samples)} samples; give them one per request"
        )
    return samples[0]


def read_size_exports(path: Path) -> list[SizeData]:
    """Every sample of one export file; InputError naming the line and the problem."""
    if path.suffix.lower() == ".zmes":
        raise InputError(f"{path}: {ZMES_REFUSAL}")
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    if path.suffix.lower() not in SIZE_SUFFIXES:
        raise InputError(
            f"{path}: '{path.suffix}' is not a size export; give the instrument's text export "
            "(.csv, .tsv or .txt)"
        )
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{path}: the file is empty")
    if size > MAX_EXPORT_BYTES:
        raise InputError(f"{path}: {size:,} bytes is over the {MAX_EXPORT_BYTES:,}-byte limit")
    return parse_size_bytes(
        path.read_bytes(), path.stem, tsv=path.suffix.lower() == ".tsv", where=str(path)
    )


def read_size_export(path: Path) -> SizeData:
    """The one sample of an export file (see ``read_size_exports`` for files with several)."""
    samples = read_size_exports(path)
    if len(samples) > 1:
        raise InputError(f"{path}: holds {len(samples)} samples; read it with read_size_exports")
    return samples[0]


def read_description(path: Path) -> dict[str, Any]:
    """A sample description, YAML or JSON, bounded and checked (``ingest.description``)."""
    from exoatlas.ingest.description import read_description as read_checked

    return read_checked(path)
