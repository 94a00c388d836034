"""miRBase v22 human mature miRNAs and hairpin precursors (derived table, see scripts/)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from exoatlas.vocab import read_tsv

SOURCE = "miRBase v22 (Debian optimir 1.2-1), via scripts/build_mirbase.py"


@dataclass(frozen=True)
class MirbaseEntry:
    accession: str
    name: str
    type: str  # mature | precursor
    precursors: tuple[str, ...]

    @property
    def curie(self) -> str:
        return f"mirbase:{self.accession}"


@cache
def entries() -> dict[str, MirbaseEntry]:
    """Exact miRBase name (case-sensitive, e.g. hsa-miR-21-5p / hsa-mir-21) -> entry."""
    out = {}
    for row in read_tsv("mirbase_v22_hsa.tsv"):
        precursors = tuple(p for p in row["precursors"].split(";") if p)
        out[row["name"]] = MirbaseEntry(row["accession"], row["name"], row["type"], precursors)
    return out


@cache
def by_accession() -> dict[str, MirbaseEntry]:
    return {e.accession: e for e in entries().values()}


@cache
def loci() -> dict[str, tuple[MirbaseEntry, ...]]:
    """'hsa-mir-16' -> (hsa-mir-16-1, hsa-mir-16-2): precursors named with a locus suffix."""
    out: dict[str, list[MirbaseEntry]] = {}
    for entry in entries().values():
        if entry.type != "precursor":
            continue
        stem, dash, locus = entry.name.rpartition("-")
        if dash and locus.isdigit() and stem.count("-") >= 2:
            out.setdefault(stem, []).append(entry)
    return {k: tuple(sorted(v, key=lambda e: e.name)) for k, v in out.items()}
