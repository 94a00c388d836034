"""Assembly throughput: 1,000,000 synthetic evidence items merged into claims on one core."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterator
from typing import Any

from benchmarks.common import machine, peak_rss_mb
from exoatlas.assemble import assemble
from exoatlas.model import Entity, Evidence, Finding, Outcome, Recipient, Record

ITEMS = 1_000_000
DISTINCT_FINDINGS = 50_000


def findings(rng: random.Random) -> list[Finding]:
    sources = [
        Entity(curie=f"exoatlas:msc_{i}", label=f"source {i}", kind="msc_source", grounded=True)
        for i in range(12)
    ]
    cargo = [
        Entity(curie=f"mirbase:MI{i:07d}", label=f"mir-{i}", kind="mirna", grounded=True)
        for i in range(2000)
    ]
    diseases = [
        Entity(curie=f"mesh:D{i:06d}", label=f"disease {i}", kind="disease", grounded=True)
        for i in range(300)
    ]
    processes = [
        Entity(curie=f"go:{i:07d}", label=f"process {i}", kind="process", grounded=True)
        for i in range(40)
    ]
    out = []
    for _ in range(DISTINCT_FINDINGS):
        out.append(
            Finding(
                msc_source=rng.choice(sources),
                cargo=rng.sample(cargo, rng.randint(0, 2)),
                recipient=Recipient(disease=rng.choice(diseases)),
                outcome=Outcome(
                    process=rng.choice(processes),
                    direction=rng.choice(["increase", "decrease"]),
                    role=rng.choice(["pro_tumor", "anti_tumor"]),
                ),
                model=rng.choice(["in_vitro", "animal", "human"]),
            )
        )
    return out


def records(pool: list[Finding], rng: random.Random) -> Iterator[Record]:
    for i in range(ITEMS):
        evidence = Evidence.model_construct(
            document=f"pmid:{i // 5}",
            locator=f"sentence {i % 5}",
            text=None,
            cites=[],
            extractor="bench",
            negated=False,
            hedged=False,
            confidence=0.7,
            curation_note=None,
            heading=None,
        )
        yield Record(rng.choice(pool), evidence)


def run() -> dict[str, Any]:
    rng = random.Random(42)
    pool = findings(rng)
    items = list(records(pool, rng))  # built before the clock starts: only assembly is timed
    started = time.perf_counter()
    claims = assemble(items)
    elapsed = time.perf_counter() - started
    return {
        "evidence": ITEMS,
        "claims": len(claims),
        "seconds": round(elapsed, 2),
        "evidence_per_s": round(ITEMS / elapsed),
        "peak_rss_mb": peak_rss_mb(),
        "machine": machine(),
    }


if __name__ == "__main__":
    print(json.dumps({"assembly": run()}, indent=2))
