"""Regenerate src/exoatlas/vocab/data/go_ancestors.tsv from GO 2022-07 (Debian r-bioc-go.db).

    python scripts/build_go_hierarchy.py [.data/GO.sqlite]

For every GO term in go_terms.tsv, the other go_terms.tsv terms it descends from through is_a
(biological process branch), so a query for "cell death" also finds "apoptotic process".
"""

from __future__ import annotations

import csv
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src/exoatlas/vocab/data"


def go_parents(go_sqlite: Path, relationships: tuple[str, ...] = ("isa",)) -> dict[str, set[str]]:
    """Each biological-process term's parents in go.db through these relationship types
    ('isa', 'part of', ...), GO ids as go.db writes them ('GO:0006915')."""
    conn = sqlite3.connect(go_sqlite)
    marks = ", ".join("?" for _ in relationships)
    parents: dict[str, set[str]] = {}
    for child, parent in conn.execute(
        "SELECT c.go_id, p.go_id FROM go_bp_parents r"
        " JOIN go_term c ON c._id = r._id JOIN go_term p ON p._id = r._parent_id"
        f" WHERE r.relationship_type IN ({marks})",
        relationships,
    ):
        parents.setdefault(child, set()).add(parent)
    conn.close()
    return parents


def build(go_sqlite: Path) -> str:
    with (DATA / "go_terms.tsv").open(encoding="utf-8", newline="") as fh:
        ours = {row["curie"].upper() for row in csv.DictReader(fh, delimiter="\t")}
    parents = go_parents(go_sqlite)
    lines = ["term\tancestor"]
    for term in sorted(ours):
        seen: set[str] = set()
        stack = list(parents.get(term, ()))
        while stack:
            current = stack.pop()
            if current not in seen:
                seen.add(current)
                stack.extend(parents.get(current, ()))
        lines += [f"{term.lower()}\t{a.lower()}" for a in sorted(seen & ours)]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else ".data/GO.sqlite")
    (DATA / "go_ancestors.tsv").write_text(build(source), encoding="utf-8")
    print(f"wrote {DATA / 'go_ancestors.tsv'}")
