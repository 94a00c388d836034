"""Size tables no instrument reader claims: ``size_nm,concentration`` and its relatives.

Optional metadata lines, then a header naming a size column, then either binned data (a size
column and a concentration / count / percent column) or one size per particle. Sizes in nm or µm
(read from the header, e.g. 'Diameter (µm)'). When a header offers more than one candidate
column, the report says which one was taken. Every problem is one InputError naming the line.
"""

from __future__ import annotations

import csv
import io
import re

from exoatlas.errors import InputError
from exoatlas.ingest.sizes.core import SizeData, finite, is_number

_SIZE_HEADER = re.compile(r"size|diameter|\bbin\b|bin cent|d\.nm|\bnm\b", re.IGNORECASE)
# headers that mention a size but count something else ('Size Runs', 'Number of particles')
_NOT_SIZE = re.compile(
    r"runs?\b|count|number|\bno\b|conc|percent|%|intensit|volume|area|traces|frequency",
    re.IGNORECASE,
)
_WEIGHT_HEADER = re.compile(
    r"concentration|conc|count|number|percent|%|intensity|volume|frequency", re.IGNORECASE
)
_MICRO = re.compile(r"µm|μm|\bum\b|micron", re.IGNORECASE)
_UNIT = re.compile(r"nm|µm|μm|\bum\b|micron", re.IGNORECASE)

WEIGHT_WORDS = (
    ("intensity", "intensity"),
    ("conc", "concentration"),
    ("volume", "volume"),
    ("percent", "percent"),
    ("%", "percent"),
    ("count", "count"),
    ("number", "count"),
)
WEIGHT_PREFERENCE = ("concentration", "count", "percent", "volume", "intensity")


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


def _is_size_header(header: str) -> bool:
    return bool(_SIZE_HEADER.search(header)) and not _NOT_SIZE.search(header)


_NON_FINITE = re.compile(r"^[+-]?(inf|infinity|nan)$", re.IGNORECASE)


def _data_row(line: str, delimiter: str) -> bool:
    """A row of numbers (an 'inf' or 'nan' counts, to be refused by name on its own line)."""
    cells = [c.strip() for c in next(csv.reader([line], delimiter=delimiter), []) if c.strip()]
    return bool(cells) and (is_number(cells[0]) or bool(_NON_FINITE.match(cells[0])))


def _choose(headers: list[str], candidates: list[int], what: str, notes: list[str]) -> int:
    chosen = candidates[0]
    if len(candidates) > 1:
        others = ", ".join(repr(headers[i]) for i in candidates if i != chosen)
        notes.append(f"{what} read from column {headers[chosen]!r} (also possible: {others})")
    return chosen


def parse_generic(text: str, name: str, *, tsv: bool = False, where: str = "") -> SizeData:
    """Parse a plain size table (see the module docstring for the accepted layouts)."""
    path = where or name
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
        nonnumeric = [c for c in cells if not is_number(c)]
        if (
            nonnumeric
            and any(_is_size_header(c) for c in cells)
            and (index + 1 < len(lines) and _data_row(lines[index + 1], delimiter))
        ):
            header_index = index
            break
        if len(cells) >= 2 and not is_number(cells[0]):
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
    notes: list[str] = []
    sized = [i for i, h in enumerate(headers) if _is_size_header(h)]
    # a header with a length unit ('Size (nm)') beats one without ('Size class')
    sized.sort(key=lambda i: not _UNIT.search(headers[i]))
    size_col = _choose(headers, sized, "size", notes)
    weighted = [i for i, h in enumerate(headers) if i != size_col and _WEIGHT_HEADER.search(h)]
    weighted.sort(key=lambda i: WEIGHT_PREFERENCE.index(_weight_kind(headers[i])))
    weight_col = _choose(headers, weighted, "weight", notes) if weighted else None
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
        size = finite(cells[size_col], "size", f"{path}: line {offset}") * scale
        if size <= 0:
            raise InputError(f"{path}: line {offset}: size {size:g} nm must be positive")
        weight = 1.0
        if weight_col is not None:
            weight = finite(cells[weight_col], headers[weight_col], f"{path}: line {offset}")
            if weight < 0:
                raise InputError(f"{path}: line {offset}: negative {headers[weight_col]}")
        sizes.append(size)
        weights.append(weight)
    if not sizes:
        raise InputError(f"{path}: the table under line {header_index + 1} has no data rows")
    if sum(weights) <= 0:
        raise InputError(f"{path}: every weight is zero")
    kind = _weight_kind(headers[weight_col]) if weight_col is not None else "particles"
    return SizeData(
        name=metadata.get("Sample name") or metadata.get("Sample") or name,
        sizes_nm=sizes,
        weights=weights,
        binned=weight_col is not None,
        weight_kind=kind,
        weighting={"intensity": "intensity", "volume": "volume"}.get(kind, "number"),
        instrument=_instrument(metadata, headers, text),
        metadata=metadata,
        notes=notes,
    )
