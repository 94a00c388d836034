"""Each reader pattern family's error rate on the dev split of the gold set, for
``src/exoatlas/vocab/data/extractor_confidence.tsv``.

A finding read from a dev record is correct when a gold row of that record has its span in the
finding's sentence, the same direction and a compatible role (the rules of ``exoatlas eval
--gold``); findings whose sentence holds only method rows are left out, as the scores leave them
out. A neutral finding (``read.properties``) is correct when a method row of its record has its
span in the finding's sentence and the same direction. Confidence is (correct + 1) / (read + 2).
Dev records only: held-apart text is never read.

    .venv/bin/python scripts/measure_extractor_confidence.py --gold gold --corpus ../shared/corpus
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from exoatlas.analyze.evaluate_gold import NEUTRAL, ROLE_COMPATIBLE, covers, read_deeply
from exoatlas.analyze.evaluate_gold_data import GoldRow, load_corpus, load_gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=Path("gold"))
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    args = parser.parse_args()
    gold = load_gold(args.gold)
    wanted = sorted(r for r in gold.judgements if gold.splits[r] == "dev")
    corpus = load_corpus(args.corpus, wanted)
    rows_of: dict[str, list[GoldRow]] = {}
    for row in gold.rows:
        rows_of.setdefault(row.record, []).append(row)
    read: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    for record_id in wanted:
        record, rows = corpus[record_id], rows_of.get(record_id, [])
        for r in read_deeply(record):
            family = r.evidence.extractor.split()[-1]
            outcome = r.finding.outcome
            cover = [row for row in rows if covers(r.evidence.text, row, record)]
            if outcome.role == "neutral":
                # a statement of the EVs' own properties (read.properties) is right when it
                # states a method row: that row's sentence, the same direction
                read[family] += 1
                correct[family] += any(
                    row.role == NEUTRAL and row.direction == outcome.direction for row in cover
                )
                continue
            scored = [row for row in cover if row.role != NEUTRAL]
            if cover and not scored:
                continue  # a method row's sentence: neither right nor wrong
            read[family] += 1
            correct[family] += any(
                row.direction == outcome.direction and outcome.role in ROLE_COMPATIBLE[row.role]
                for row in scored
            )
    out = {
        family: {
            "read": read[family],
            "correct": correct[family],
            "confidence": round((correct[family] + 1) / (read[family] + 2), 3),
        }
        for family in sorted(read)
    }
    print(json.dumps({"dev_records": len(wanted), "families": out}, indent=2))


if __name__ == "__main__":
    main()
