"""Regenerate src/exoatlas/vocab/data/mirbase_v22_hsa.tsv from optimir's miRBase v22 files.

    python scripts/build_mirbase.py [.data/optimir]

One row per mature miRNA and per hairpin precursor: accession, name, type, and for a mature
miRNA the precursor accessions it derives from (from the GFF3 Derives_from attribute).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/exoatlas/vocab/data/mirbase_v22_hsa.tsv"
HEADER = "accession\tname\ttype\tprecursors\n"


def fasta_names(path: Path) -> dict[str, str]:
    """accession -> name from '>hsa-miR-21-5p MIMAT0000076 Homo sapiens miR-21-5p' lines."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(">"):
            name, accession = line[1:].split()[:2]
            out[accession] = name
    return out


def derives_from(gff: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for line in gff.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\tmiRNA\t" not in line:
            continue
        attrs = dict(kv.split("=", 1) for kv in line.rstrip().split("\t")[8].split(";"))
        accession = re.sub(r"_\d+$", "", attrs["ID"])
        out.setdefault(accession, set()).add(attrs["Derives_from"])
    return out


def build(source: Path) -> str:
    mature = fasta_names(source / "hsa_matures_miRBase_v22.fa")
    hairpins = fasta_names(source / "hsa_hairpins_miRBase_v22.fa")
    parents = derives_from(source / "hsa_miRBase_v22.gff3")
    rows = [(acc, name, "precursor", "") for acc, name in hairpins.items()]
    rows += [
        (acc, name, "mature", ";".join(sorted(parents.get(acc, ()))))
        for acc, name in mature.items()
    ]
    rows.sort(key=lambda r: (r[2], r[1]))
    return HEADER + "".join("\t".join(r) + "\n" for r in rows)


if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else ".data/optimir")
    OUT.write_text(build(source), encoding="utf-8")
    print(f"wrote {OUT}")
