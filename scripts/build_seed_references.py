"""Regenerate the seed reviews' reference tables from the seed texts.

    python scripts/build_seed_references.py [../shared/seeds]

Writes src/exoatlas/data/curated/<doc>_references.tsv: number (printed or inferred), whether
it was printed, first author, title, journal, year. Bibliographic metadata only.
"""

from __future__ import annotations

import sys
from pathlib import Path

from exoatlas.ingest.text import parse_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ("000_f18fedb756d4e7ae", "001_3934da7a98245935")
HEADER = ("number", "printed", "first_author", "title", "journal", "year")


def table(seed_dir: Path, name: str) -> str:
    document = parse_text((seed_dir / f"{name}.txt").read_text(encoding="utf-8"), name)
    lines = ["\t".join(HEADER)]
    for ref in document.references:
        cells = (
            str(ref.number),
            "yes" if ref.printed_number is not None else "no",
            ref.first_author or "",
            ref.title or "",
            ref.journal or "",
            str(ref.year or ""),
        )
        lines.append("\t".join(" ".join(c.replace("\t", " ").split()) for c in cells))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    seeds = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds")
    for name in SEEDS:
        out = ROOT / "src/exoatlas/data/curated" / f"{name[:3]}_references.tsv"
        out.write_text(table(seeds, name), encoding="utf-8")
        print(f"wrote {out}")
