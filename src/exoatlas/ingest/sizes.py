"""Particle-size exports (NTA, DLS, TRPS) and sample descriptions -> plain data.

Accepted: CSV or TSV, optional metadata lines before the header (instrument exports carry them),
then either binned data (a size column and a concentration / count / percent column) or one size
per particle. Sizes in nm or µm (read from the header, e.g. 'Diameter (µm)'). The simplest form,
``size_nm,concentration``, always works. Every problem is one InputError naming the line.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exoatlas.errors import InputError
from exoatlas.ingest.files import read_text_file

SIZE_SUFFIXES = {".csv", ".tsv", ".txt"}
_SIZE_HEADER = re.compile(r"size|diameter|bin|d\.nm|\bnm\b|particle", re.IGNORECASE)
_WEIGHT_HEADER = re.compile(
    r"concentration|conc|count|number|percent|%|intensity|volume|frequency", re.IGNORECASE
)
_MICRO = re.compile(r"µm|μm|\bum\b|micron", re.IGNORECASE)
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


@dataclass
class SizeData:
    """Sizes in nm with a weight each (1.0 for per-particle exports)."""

    name: str
    sizes_nm: list[float]
    weights: list[float]
    binned: bool
    weight_kind: str  # concentration | count | percent | intensity | particles
    instrument: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)


def _is_number(text: str) -> bool:
    return bool(_NUMBER.match(text.strip().replace(",", "")))


WEIGHT_WORDS = (
    ("intensity", "intensity"),
    ("conc", "concentration"),
    ("percent", "percent"),
    ("%", "percent"),
    ("count", "count"),
    ("number", "count"),
)


def _weight_kind(header: str) -> str:
    lowered = header.casefold()
    for word, kind in WEIGHT_WORDS:
        if word in lowered:
            return kind
    return "count"


def _instrument(metadata: dict[str, str], headers: list[str], text: str) -> str | None:
    blob = " ".join([*metadata.keys(), *metadata.values(), *headers, text[:2000]]).casefold()
    for word, name in (
        ("nanosight", "NTA"),
        ("zetaview", "NTA"),
        ("nta", "NTA"),
        ("qnano", "TRPS"),
        ("trps", "TRPS"),
        ("izon", "TRPS"),
        ("zetasizer", "DLS"),
        ("dls", "DLS"),
        ("d.nm", "DLS"),
        ("flow", "flow cytometry"),
    ):
        if word in blob:
            return name
    return None


def read_size_export(path: Path) -> SizeData:
    """Parse one export file; InputError naming the line and the problem for anything malformed."""
    text = read_text_file(path, suffixes=SIZE_SUFFIXES)
    return parse_size_export(text, path.stem, tsv=path.suffix.lower() == ".tsv", where=str(path))


def parse_size_export(text: str, name: str, *, tsv: bool = False, where: str = "") -> SizeData:
    """Parse export text (see the module docstring for the accepted layouts)."""
    path = where or name
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError(f"{path}: the export is empty")
    lines = text.splitlines()
    delimiter = "\t" if tsv or "\t" in text[:4000] else ","
    metadata: dict[str, str] = {}
    header_index = None
    for index, line in enumerate(lines):
        cells = [c.strip() for c in next(csv.reader([line], delimiter=delimiter), [])]
        cells = [c for c in cells if c]
        if not cells:
            continue
        nonnumeric = [c for c in cells if not _is_number(c)]
        if (
            nonnumeric
            and any(_SIZE_HEADER.search(c) for c in cells)
            and (index + 1 < len(lines) and _data_row(lines[index + 1], delimiter))
        ):
            header_index = index
            break
        if len(cells) >= 2 and not _is_number(cells[0]):
            metadata[cells[0].rstrip(":")] = cells[1]
        elif len(cells) == 1 and ":" in cells[0]:
            key, _, value = cells[0].partition(":")
            metadata[key.strip()] = value.strip()
    if header_index is None:
        raise InputError(
            f"{path}: no header row naming a size column (e.g. 'size_nm,concentration') "
            "followed by numbers"
        )
    reader = csv.reader(io.StringIO("\n".join(lines[header_index:])), delimiter=delimiter)
    headers = [h.strip() for h in next(reader)]
    size_col = next(i for i, h in enumerate(headers) if _SIZE_HEADER.search(h))
    weight_col = next(
        (i for i, h in enumerate(headers) if i != size_col and _WEIGHT_HEADER.search(h)), None
    )
    scale = 1000.0 if _MICRO.search(headers[size_col]) else 1.0
    sizes: list[float] = []
    weights: list[float] = []
    for offset, row in enumerate(reader, start=header_index + 2):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if len(cells) <= max(size_col, weight_col or 0):
            raise InputError(
                f"{path}: line {offset}: expected {len(headers)} columns, got {len(cells)}"
            )
        size_text = cells[size_col].replace(",", "")
        if not _is_number(size_text):
            raise InputError(f"{path}: line {offset}: size {cells[size_col]!r} is not a number")
        size = float(size_text) * scale
        if size <= 0:
            raise InputError(f"{path}: line {offset}: size {size:g} nm must be positive")
        weight = 1.0
        if weight_col is not None:
            weight_text = cells[weight_col].replace(",", "")
            if not _is_number(weight_text):
                raise InputError(
                    f"{path}: line {offset}: {headers[weight_col]} {cells[weight_col]!r} is not "
                    "a number"
                )
            weight = float(weight_text)
            if weight < 0:
                raise InputError(f"{path}: line {offset}: negative {headers[weight_col]}")
        sizes.append(size)
        weights.append(weight)
    if not sizes:
        raise InputError(f"{path}: the table under line {header_index + 1} has no data rows")
    if sum(weights) <= 0:
        raise InputError(f"{path}: every weight is zero")
    return SizeData(
        name=metadata.get("Sample name") or metadata.get("Sample") or name,
        sizes_nm=sizes,
        weights=weights,
        binned=weight_col is not None,
        weight_kind=_weight_kind(headers[weight_col]) if weight_col is not None else "particles",
        instrument=_instrument(metadata, headers, text),
        metadata=metadata,
    )


def _data_row(line: str, delimiter: str) -> bool:
    cells = [c.strip() for c in next(csv.reader([line], delimiter=delimiter), []) if c.strip()]
    return bool(cells) and _is_number(cells[0].replace(",", ""))


def read_description(path: Path) -> dict[str, Any]:
    """A sample description, YAML or JSON, bounded and checked (``ingest.description``)."""
    from exoatlas.ingest.description import read_description as read_checked

    return read_checked(path)
