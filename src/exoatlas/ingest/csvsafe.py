"""Generic user tables (study, trial and dataset CSV/TSV): one strict reader, one error each.

The csv module quietly accepts what a user did not mean: an unclosed quote swallows the rest of
the file into one cell, a repeated header hides a column, a row with extra cells loses them, and a
cell over 131,072 characters raises a bare ``csv.Error``. Here each is one InputError naming the
line. Instrument exports (``ingest.sizes``) have their own readers: they repeat column names and
carry odd bytes on purpose, so none of this applies to them.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

from exoatlas.errors import InputError
from exoatlas.ingest.files import read_text_file

MAX_CELL_CHARS = 131_072  # the csv module's own default limit, stated and named here


def read_table(
    path: Path, suffixes: set[str], delimiter: str | None = None
) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Headers and (line, row) pairs of a CSV/TSV file; InputError for anything malformed.

    ``delimiter``: None sniffs a tab in line 1 (or a .tsv/.tab name), else a comma."""
    text = read_text_file(path, suffixes=suffixes).lstrip("\ufeff")
    if delimiter is None:
        first = text.splitlines()[0] if text.splitlines() else ""
        tab = path.suffix.lower() in {".tsv", ".tab"} or "\t" in first
        delimiter = "\t" if tab else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    try:
        for cells in reader:
            records.append((reader.line_num, cells))
    except csv.Error as exc:
        start = records[-1][0] + 1 if records else 1
        message = str(exc)
        if "unexpected end of data" in message:
            raise InputError(
                f"{path}: line {start}: a quote is never closed (it runs to the end of the file)"
            ) from exc
        if "field larger than field limit" in message:
            raise InputError(
                f"{path}: line {start}: a cell over the {MAX_CELL_CHARS:,}-character limit"
            ) from exc
        raise InputError(f"{path}: line {start}: malformed table: {message}") from exc
    records = [(line, cells) for line, cells in records if any(c.strip() for c in cells)]
    if not records:
        raise InputError(f"{path}: no header line")
    headers = [h.strip() for h in records[0][1]]
    seen: set[str] = set()
    for header in headers:
        if header and header in seen:
            raise InputError(f"{path}: line 1 repeats the column name {header!r}")
        seen.add(header)
    rows = []
    for line, cells in records[1:]:
        if len(cells) > len(headers) and any(c.strip() for c in cells[len(headers) :]):
            raise InputError(f"{path}: line {line} has more cells than the header")
        rows.append((line, {h: c.strip() for h, c in zip(headers, cells, strict=False) if h}))
    return headers, rows


def finite_number(value: str, where: str) -> float:
    """A cell's number: ValueError if it is not one ('NaN' included: a missing value), an
    InputError if it is infinite ('inf', '1e999'), which ``float()`` accepts but which poisons
    every statistic and is not JSON."""
    if value.strip().casefold() == "nan":
        raise ValueError(value)
    number = float(value)
    if not math.isfinite(number):
        raise InputError(f"{where}: {value!r} is not a finite number")
    return number
