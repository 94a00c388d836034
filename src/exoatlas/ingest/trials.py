"""Clinical-trial tables (CSV/TSV) -> Trial records, every value kept with its source.

Columns are mapped by header: an NCT column is required; route, source, dose, participants,
phase and the rest keep their (normalised) header names. Empty cells, 'NA' and 'n.a' are skipped.
"""

from __future__ import annotations

import re
from pathlib import Path

from exoatlas.errors import InputError
from exoatlas.ingest.csvsafe import read_table
from exoatlas.ingest.table import TABLE_SUFFIXES
from exoatlas.model import SourcedValue, Trial

_NCT = re.compile(r"\bNCT\d{8}\b")
MISSING = {"", "na", "n.a", "n.a.", "n/a", "none", "-", "nan", "not reported"}
FIELD_PATTERNS = (
    (r"route", "route"),
    (r"ev.?source|cell.?source|source", "cell_source"),
    (r"^dose$|dose per|dose_?level|^dose\b", "dose"),
    (r"unit", "dose_units"),
    (r"num.*dose|number of doses|doses", "number_of_doses"),
    (r"frequen", "dose_frequency_days"),
    (r"participant|enrol|sample size", "participants"),
    (r"phase", "phase"),
    (r"condition|indication|disease", "condition"),
    (r"title", "title"),
    (r"location|country", "location"),
)
SKIP = re.compile(r"url|link|plotted.?value|note", re.IGNORECASE)


def field_name(header: str) -> str:
    name = " ".join(re.sub(r"[^a-z0-9]+", " ", header.casefold()).split())
    for pattern, field in FIELD_PATTERNS:
        if re.search(pattern, name):
            return field
    return name.replace(" ", "_")


def read_trial_table(path: Path, document_id: str) -> list[Trial]:
    all_headers, lines = read_table(path, TABLE_SUFFIXES)
    headers = [h for h in all_headers if h]
    nct_column = next((h for h in headers if "nct" in h.casefold()), None)
    if nct_column is None:
        raise InputError(f"{path}: no NCT column (a header naming 'NCT', e.g. NCT_Number)")
    fields: dict[str, str] = {}
    for header in headers:
        if header == nct_column or SKIP.search(header):
            continue
        if not header.casefold().startswith("plotted"):
            fields.setdefault(field_name(header), header)
    # 'Plotted_Route' stands in for 'Route_of_Administration' where that is NA
    fallbacks = {
        field_name(h): h
        for h in headers
        if h.casefold().startswith("plotted") and not SKIP.search(h)
    }
    trials: dict[str, Trial] = {}
    for number, row in lines:
        match = _NCT.search(row.get(nct_column) or "")
        if match is None:
            raise InputError(f"{path}: line {number}: {row.get(nct_column)!r} is not an NCT id")
        trial = trials.setdefault(match.group(0), Trial(nct=match.group(0)))
        source = f"{document_id}, row {number - 1}"
        for name, header in {**fallbacks, **fields}.items():
            value = (row.get(header) or "").strip()
            if value.casefold() in MISSING and name in fallbacks:
                value = (row.get(fallbacks[name]) or "").strip()
            if value.casefold() in MISSING:
                continue
            values = trial.fields.setdefault(name, [])
            if all(v.value != value for v in values):
                values.append(SourcedValue(value=value, source=source))
    if not trials:
        raise InputError(f"{path}: no trial rows")
    return [trials[nct] for nct in sorted(trials)]
