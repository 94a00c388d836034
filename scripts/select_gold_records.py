"""Choose the development gold records from ../shared/corpus, deterministically.

Reserved records (RESERVED.txt) are never chosen. Output: gold/records.tsv with the record id,
its kind as the corpus guesses it (primary / review / hard negative / other-EV negative), the split
(dev: rules may be written from it; heldout: never read to write rules) and the annotator batch.
The annotators correct `kind` and `relevant` after reading each record.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path


def record_id(rec: dict[str, object]) -> str:
    return f"pmid:{rec['pmid']}" if rec.get("pmid") else f"doi:{rec['doi']}"


def order(rid: str) -> str:
    return hashlib.sha256(rid.encode()).hexdigest()


def main(corpus: Path, out: Path) -> None:
    reserved = {
        line.strip()
        for line in (corpus / "RESERVED.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    msc = [json.loads(x) for x in (corpus / "msc_ev_abstracts.jsonl").read_text().splitlines()]
    other = [json.loads(x) for x in (corpus / "other_ev_abstracts.jsonl").read_text().splitlines()]

    def usable(r: dict[str, object]) -> bool:
        return str(r.get("pmid")) not in reserved and bool(r.get("abstract"))

    primary = sorted(
        (r for r in msc if usable(r) and r["msc_strict"] and not r["review_guess"]),
        key=lambda r: order(record_id(r)),
    )
    reviews = sorted(
        (r for r in msc if usable(r) and r["msc_strict"] and r["review_guess"]),
        key=lambda r: order(record_id(r)),
    )
    hard = sorted(
        (r for r in msc if usable(r) and not r["msc_strict"]), key=lambda r: order(record_id(r))
    )
    negs = sorted((r for r in other if usable(r)), key=lambda r: order(record_id(r)))
    rows: list[tuple[str, str, str]] = []
    for i, r in enumerate(primary[:66]):
        rows.append((record_id(r), "primary", "heldout" if i % 5 in (1, 3) else "dev"))
    for r in reviews[:7]:
        rows.append((record_id(r), "review", "dev"))
    for r in hard[:8]:
        rows.append((record_id(r), "negative_emt_or_stroma", "dev"))
    for r in negs[:7]:
        rows.append((record_id(r), "negative_other_ev", "dev"))
    lines = ["record\tcorpus_guess\tsplit\tbatch"]
    for i, (rid, kind, split) in enumerate(rows):
        lines.append(f"{rid}\t{kind}\t{split}\t{'ABC'[i % 3]}")
    # Second round (2026-11-30): every remaining non-reserved strict primary study, and a few more
    # reviews and negatives, all dev (the held-apart part stays the first round's 26), batches D/E.
    more: list[tuple[str, str]] = [(record_id(r), "primary") for r in primary[66:]]
    more += [(record_id(r), "review") for r in reviews[7:13]]
    more += [(record_id(r), "negative_emt_or_stroma") for r in hard[8:12]]
    more += [(record_id(r), "negative_other_ev") for r in negs[7:11]]
    for i, (rid, kind) in enumerate(more):
        lines.append(f"{rid}\t{kind}\tdev\t{'DE'[i % 2]}")
    out.write_text("\n".join(lines) + "\n")
    print(f"{len(rows)} records -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
