"""Study tables (CSV/TSV) -> rows of named fields, with automatic column mapping or --map."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from exoatlas.errors import InputError
from exoatlas.ingest.csvsafe import read_table
from exoatlas.ingest.files import read_text_file
from exoatlas.ingest.text import content_id

TABLE_SUFFIXES = {".csv", ".tsv", ".txt", ".tab"}
FIELDS = (
    "msc_source",
    "species",
    "disease",
    "cell_line",
    "cargo",
    "outcome",
    "mechanism",
    "process",
    "direction",
    "role",
    "model",
    "reference",
    "author",
    "year",
    "document",
    "loading",
    "route",
)
# header words -> field; the first pattern a header matches wins
HEADER_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"^(msc|mscs)?\s*(source|origin)$|donor|cell source|mscs? source|tissue source", "msc_source"),
    (r"species", "species"),
    (r"cell line", "cell_line"),
    (r"tumou?r|disease|condition|cancer|indication", "disease"),
    (r"cargo|content|mirna|micro ?rna|drug|agent|payload", "cargo"),
    (r"function|outcome|effect|result", "outcome"),
    (r"mechanism", "mechanism"),
    (r"process", "process"),
    (r"direction", "direction"),
    (r"role", "role"),
    (r"model|system", "model"),
    (r"^refs?\.?$|reference|pmid|doi|citation", "reference"),
    (r"author", "author"),
    (r"year", "year"),
    (r"document|review", "document"),
    (r"loading|method", "loading"),
    (r"route", "route"),
)


@dataclass(frozen=True)
class StudyTable:
    """A parsed table: the column each field was mapped from, and the rows."""

    mapping: dict[str, str]
    rows: list[dict[str, str]]
    id: str = ""  # content id of the file it was read from


def map_columns(headers: list[str], overrides: dict[str, str]) -> dict[str, str]:
    """field -> column header. ``overrides`` maps column -> field (from --map COL=FIELD)."""
    mapping: dict[str, str] = {}
    for column, field in overrides.items():
        if field not in FIELDS:
            raise InputError(
                f"--map {column}={field}: unknown field; choose from {', '.join(FIELDS)}"
            )
        if column not in headers:
            raise InputError(f"--map {column}={field}: no column {column!r} in the table")
        mapping[field] = column
    for header in headers:
        if header in overrides:
            continue
        name = " ".join(re.sub(r"[^a-z0-9.]+", " ", header.casefold()).split())
        for pattern, field in HEADER_PATTERNS:
            if field not in mapping and re.search(pattern, name):
                mapping[field] = header
                break
    return mapping


def read_study_table(path: Path, overrides: dict[str, str] | None = None) -> StudyTable:
    """Read a CSV/TSV study table; one clear InputError for anything malformed."""
    text = read_text_file(path, suffixes=TABLE_SUFFIXES).lstrip("\ufeff")
    headers, lines = read_table(path, TABLE_SUFFIXES)
    if len(headers) < 2 or any(not h for h in headers):
        raise InputError(f"{path}: line 1 must be a header with at least two named columns")
    mapping = map_columns(headers, overrides or {})
    if not {"outcome", "process", "cargo"} & set(mapping):
        raise InputError(
            f"{path}: no column looks like an outcome, process or cargo; name one with --map "
            "COLUMN=outcome"
        )
    rows = [row for _, row in lines]
    return StudyTable(mapping, rows, content_id(text.encode("utf-8")))
