"""Query latency on the bundled seed atlas (the 1,000,000-claim run belongs to the scale work)."""

from __future__ import annotations

import json
import time
from typing import Any

from benchmarks.common import machine, percentiles
from exoatlas import Atlas

QUERIES: list[dict[str, str]] = [
    {"cargo": "miR-21"},
    {"cargo": "miR-146b"},
    {"source": "BM-MSC"},
    {"disease": "breast"},
    {"role": "pro_tumor"},
    {"text": "drug resistance"},
    {"source": "AT-MSC", "role": "anti_tumor"},
]


def run(repeat: int = 200) -> dict[str, Any]:
    with Atlas(None) as atlas:
        atlas.build()
        claims = atlas.stats().claims
        for query in QUERIES:
            atlas.query(**query)  # type: ignore[arg-type]
        samples = []
        for _ in range(repeat):
            for query in QUERIES:
                started = time.perf_counter()
                atlas.query(**query)  # type: ignore[arg-type]
                samples.append((time.perf_counter() - started) * 1000)
    return {"claims": claims, "queries": len(samples), **percentiles(samples), "machine": machine()}


if __name__ == "__main__":
    print(json.dumps({"query": run()}, indent=2))
