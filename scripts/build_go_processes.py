"""Write src/exoatlas/vocab/data/go_processes.tsv: GO biological processes and their synonyms.

    python scripts/build_go_processes.py [.data/GO.sqlite]

From go.db's SQLite (Debian r-bioc-go.db 3.16.0, GO 2022-07-01; scripts/fetch_reference_data.sh
fetches it). Kept: BP terms named in at most four words, without the 'regulation of' family (the
reader reads regulation as a polarity, not as a process); synonyms of at most four words that are
not GO ids. The deep reader grounds the objects of its triggers against this table after the
curated terms.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/exoatlas/vocab/data/go_processes.tsv"
SOURCE = "GO 2022-07-01 via go.db 3.16.0"
SKIP = ("regulation of", "positive regulation", "negative regulation")


def main() -> None:
    db = Path(sys.argv[1] if len(sys.argv) > 1 else ".data/GO.sqlite")
    conn = sqlite3.connect(db)
    terms = conn.execute(
        "SELECT _id, go_id, term FROM go_term WHERE ontology = 'BP' ORDER BY go_id"
    ).fetchall()
    synonyms: dict[int, list[str]] = {}
    for _id, synonym in conn.execute(
        "SELECT _id, synonym FROM go_synonym WHERE like_go_id = 0 ORDER BY _id, synonym"
    ):
        synonyms.setdefault(_id, []).append(synonym)
    lines = ["curie\tlabel\tsynonyms\tsource"]
    for _id, go_id, label in terms:
        if len(label.split()) > 4 or label.startswith(SKIP):
            continue
        names = [
            s
            for s in synonyms.get(_id, [])
            if len(s.split()) <= 4 and not s.startswith(SKIP) and ";" not in s and s != label
        ]
        curie = "go:" + go_id.removeprefix("GO:")
        lines.append(f"{curie}\t{label}\t{'; '.join(names)}\t{SOURCE}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} processes -> {OUT}")


if __name__ == "__main__":
    main()
