"""Reference datasets: per-study loading capacities and MSC-EV biodistribution (CSV).

Labels are normalised (Unicode, case, spacing, known abbreviations, vocabulary synonyms) and every
normalisation is reported: which column, the raw label, what it became, in how many rows.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exoatlas.errors import InputError
from exoatlas.ground import ground_mention
from exoatlas.ingest.csvsafe import finite_number, read_table
from exoatlas.ingest.table import TABLE_SUFFIXES

DRUG_ABBREVIATIONS = {"dox": "doxorubicin", "ptx": "paclitaxel", "5-fu": "fluorouracil"}
METHOD_SYNONYMS = {
    "passive diffusion": "incubation",
    "genetic": "transfection of parent cells",
    "chemical permeablization": "chemical permeabilization",
}
ORGANS = (
    "Liver",
    "Lung",
    "Spleen",
    "Kidney",
    "Heart",
    "Tumor",
    "Bone",
    "Brain",
    "Pancreas",
    "Muscle",
    "Stomach",
    "Intestine",
    "blood",
    "lymph nodes",
)
MISSING = {"", "na", "n.a", "nan", "-"}


@dataclass
class Dataset:
    kind: str
    rows: list[dict[str, Any]]
    normalisations: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def clean(text: str) -> str:
    """NFKC, every dash and space variant made plain, trimmed, single-spaced."""
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"[‐-―−]", "-", text).replace("\xa0", " ")
    return " ".join(text.split())


def _rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    headers, lines = read_table(path, TABLE_SUFFIXES, delimiter=",")
    return [h for h in headers if h], [row for _, row in lines]


def _require(path: Path, headers: list[str], columns: tuple[str, ...]) -> None:
    missing = [c for c in columns if c not in headers]
    if missing:
        raise InputError(f"{path}: missing column(s) {', '.join(missing)} in line 1")


class _Normaliser:
    def __init__(self) -> None:
        self.seen: Counter[tuple[str, str, str]] = Counter()

    def note(self, column: str, raw: str, value: str) -> str:
        if raw != value:
            self.seen[(column, raw, value)] += 1
        return value

    def report(self) -> list[dict[str, Any]]:
        return [
            {"column": c, "raw": r, "normalised": v, "rows": n}
            for (c, r, v), n in sorted(self.seen.items())
        ]


def _method(raw: str, norm: _Normaliser) -> str:
    text = clean(raw)
    key = text.casefold()
    value = METHOD_SYNONYMS.get(key, key)
    found = ground_mention(value, "loading_method").best
    return norm.note("Method", raw, found.label if found else value)


def _drug(raw: str, norm: _Normaliser) -> str:
    text = clean(raw)
    key = DRUG_ABBREVIATIONS.get(text.casefold(), text)
    found = ground_mention(key, ("drug", "gene", "other")).best
    return norm.note("Drug", raw, found.label if found else key.casefold())


def read_loading(path: Path) -> Dataset:
    headers, rows = _rows(path)
    _require(path, headers, ("Method", "Drug", "Loading_Capacity_Pct", "Units"))
    norm = _Normaliser()
    out: list[dict[str, Any]] = []
    skipped = []
    for number, row in enumerate(rows, start=2):
        value = clean(row.get("Loading_Capacity_Pct", ""))
        try:
            capacity = finite_number(value, f"{path}: line {number}: Loading_Capacity_Pct")
        except ValueError:
            skipped.append(f"line {number}: loading capacity {value!r} is not a number")
            continue
        molecule = clean(row.get("Molecule_Type", ""))
        out.append(
            {
                "line": number,
                "doi": clean(row.get("DOI", "")),
                "year": clean(row.get("Year", "")),
                "cell_source": clean(row.get("Cell_Source", "")),
                "method": _method(row.get("Method", ""), norm),
                "drug": _drug(row.get("Drug", ""), norm),
                "molecule_type": norm.note("Molecule_Type", molecule, molecule.capitalize()),
                "capacity_pct": capacity,
                "units": clean(row.get("Units", "")),
            }
        )
    return Dataset("loading", out, norm.report(), skipped)


def read_biodistribution(path: Path) -> Dataset:
    headers, rows = _rows(path)
    present = [o for o in ORGANS if o in headers]
    if not present:
        raise InputError(f"{path}: no organ columns (Liver, Lung, Spleen, ...) in line 1")
    out = []
    for number, row in enumerate(rows, start=2):
        organs: dict[str, float] = {}
        for organ in present:
            text = clean(row.get(organ, ""))
            if text.casefold() in MISSING:
                continue
            try:
                organs[organ.casefold()] = finite_number(text, f"{path}: line {number}: {organ}")
            except ValueError:
                continue
        out.append(
            {
                "line": number,
                "doi": clean(row.get("doi", "")),
                "route": clean(row.get("adminstration", "") or row.get("administration", "")),
                "source": clean(row.get("ev type (cell source)", "")),
                "time": clean(row.get("Time", "")),
                "organs": organs,
            }
        )
    return Dataset("biodistribution", out, [], [])
