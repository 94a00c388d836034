"""Grounding throughput: mentions per second on one core, lexicon already loaded."""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path
from typing import Any

from benchmarks.common import machine, peak_rss_mb
from exoatlas.ground import ground_mention, lexicon
from exoatlas.ingest.curated import curated_records

CASES = Path(__file__).resolve().parents[1] / "tests/data/grounding_cases.tsv"
TARGET = 100_000


def mentions() -> list[tuple[str, str | None]]:
    """Seed mentions: every curated entity as written, plus the grounding test cases."""
    out: list[tuple[str, str | None]] = []
    for record in curated_records():
        for _, entity in record.finding.entities():
            out.append((entity.text or entity.label, entity.kind))
    with CASES.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            out.append((row["mention"], row["kind"] or None))
    return out


def run() -> dict[str, Any]:
    started = time.perf_counter()
    size = len(lexicon())
    load_s = time.perf_counter() - started
    sample = mentions()
    work = (sample * (TARGET // len(sample) + 1))[:TARGET]
    for text, kind in sample:  # warm the caches once
        ground_mention(text, kind)
    started = time.perf_counter()
    grounded = 0
    for text, kind in work:
        if ground_mention(text, kind).best is not None:
            grounded += 1
    elapsed = time.perf_counter() - started
    return {
        "mentions": len(work),
        "distinct_mentions": len(set(sample)),
        "mentions_per_s": round(len(work) / elapsed),
        "grounded_fraction": round(grounded / len(work), 4),
        "lexicon_keys": size,
        "lexicon_load_s": round(load_s, 2),
        "peak_rss_mb": peak_rss_mb(),
        "machine": machine(),
    }


if __name__ == "__main__":
    print(json.dumps({"grounding": run()}, indent=2))
