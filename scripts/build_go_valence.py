"""Regenerate src/exoatlas/vocab/data/go_valence.tsv: valence inherited through GO 2022-07.

    python scripts/build_go_valence.py [.data/GO.sqlite]

valence.tsv gives a valence (harmful / beneficial / neutral outside a tumour, and what an
increase means in a tumour) to a few dozen GO processes by hand. A GO process without a row of
its own inherits one from its nearest ancestors (is_a and part_of in the biological-process
branch of go.db) that have a row: 'keratinocyte migration' is a 'cell migration',
'osteoblast differentiation' is part of 'ossification'. When the nearest ancestors with a row
disagree, the term gets none (its role stays unknown rather than guessed). Regulation terms
('negative regulation of apoptotic process') are not descendants through is_a/part_of and
inherit nothing. A hand row always wins: rules.valence() reads valence.tsv first.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from build_go_hierarchy import go_parents  # scripts/, run as a script

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src/exoatlas/vocab/data"
SOURCE = "inherited through GO 2022-07 is_a/part_of (go.db 3.16.0) from valence.tsv"


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def build(go_sqlite: Path) -> str:
    hand = {r["curie"]: (r["valence"], r["tumour_increase"]) for r in _rows("valence.tsv")}
    processes = {r["curie"]: r["label"] for r in _rows("go_processes.tsv")}
    parents = {
        child.lower(): {p.lower() for p in found}
        for child, found in go_parents(go_sqlite, ("isa", "part of")).items()
    }
    lines = ["curie\tlabel\tvalence\ttumour_increase\tfrom\tsource"]
    for curie in sorted(processes):
        if curie in hand:
            continue
        # breadth first: the nearest generation of ancestors holding a hand row decides
        seen: set[str] = set()
        frontier = set(parents.get(curie, ()))
        found: set[str] = set()
        while frontier and not found:
            seen |= frontier
            found = {a for a in frontier if a in hand}
            frontier = {p for a in frontier for p in parents.get(a, ()) if p not in seen}
        values = {hand[a] for a in found}
        if len(values) != 1:
            continue  # none, or the nearest ancestors disagree: no valence
        valence, tumour = values.pop()
        origin = ";".join(sorted(found))
        lines.append(f"{curie}\t{processes[curie]}\t{valence}\t{tumour}\t{origin}\t{SOURCE}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else ".data/GO.sqlite")
    (DATA / "go_valence.tsv").write_text(build(source), encoding="utf-8")
    print(f"wrote {DATA / 'go_valence.tsv'}")
