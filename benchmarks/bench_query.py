"""Query latency: on the bundled seed atlas, and on 1,000,000 synthetic claims in SQLite and in
PostgreSQL.

The synthetic atlas (``benchmarks.synthetic``) is written through the real store once and kept in
``.bench/`` (delete it to measure the write again; its write numbers are kept beside it). The
PostgreSQL copy goes to a throwaway server started here. Each query is what ``exoatlas query`` and
``GET /api/claims`` run: terms grounded, then the first 50 claims by belief with their evidence.
``$EXOATLAS_BENCH_CLAIMS`` sets a smaller size for a quick look.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from benchmarks.common import machine, peak_rss_mb, percentiles
from benchmarks.synthetic import copy_to_postgres, fill
from exoatlas import Atlas
from exoatlas.store.pgserver import PostgresServer

CACHE = Path(__file__).resolve().parents[1] / ".bench"
GENERATOR_VERSION = 3  # 3: conflict density of a real atlas (synthetic.py); 2: migration 6

SEED_QUERIES: list[dict[str, str]] = [
    {"cargo": "miR-21"},
    {"cargo": "miR-146b"},
    {"source": "BM-MSC"},
    {"disease": "breast"},
    {"role": "pro_tumor"},
    {"text": "drug resistance"},
    {"source": "AT-MSC", "role": "anti_tumor"},
]
# selective and broad terms: a miRNA names 1 claim in 5,000, a disease 1 in 300, a source 1 in
# 6, a role 1 in 4; one text word is in about 40% of the evidence sentences, three together in
# about 2% (the slowest shape found)
SCALE_QUERIES: list[dict[str, str]] = [
    {"cargo": "miR-21"},
    {"cargo": "miR-4999", "disease": "disease 199"},
    {"disease": "disease 17"},
    {"source": "UC-MSC"},
    {"role": "anti_tumor"},
    {"source": "AT-MSC", "role": "pro_tumor"},
    {"text": "angiogenesis xenograft"},
    {"text": "gastric repair fibrosis"},
    {"text": "exosomes"},
    {"text": "glioma", "source": "BM-MSC"},
]


def latency(atlas: Atlas, queries: list[dict[str, str]], repeat: int) -> dict[str, Any]:
    for query in queries:  # warm caches (and the grounder) before the clock runs
        atlas.query(**query)  # type: ignore[arg-type]
    samples: list[float] = []
    per_query: dict[str, float] = {}
    for query in queries:
        mine = []
        for _ in range(repeat):
            started = time.perf_counter()
            atlas.query(**query)  # type: ignore[arg-type]
            mine.append((time.perf_counter() - started) * 1000)
        per_query[json.dumps(query)] = round(sorted(mine)[len(mine) // 2], 2)
        samples += mine
    return {"queries": len(samples), **percentiles(samples), "median_ms_by_query": per_query}


def synthetic_atlas(claims: int) -> tuple[Path, dict[str, Any]]:
    """The cached synthetic SQLite atlas of ``claims`` claims (written now if missing)."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"synthetic-{claims}-v{GENERATOR_VERSION}.db"
    notes = path.with_suffix(".json")
    if path.exists() and notes.exists():
        cached: dict[str, Any] = json.loads(notes.read_text())
        return path, {**cached, "cached": True}
    for stale in CACHE.glob(path.name + "*"):
        stale.unlink()
    with Atlas(path, create=True) as atlas:
        written = fill(atlas.store, claims)
    written["file_mb"] = round(path.stat().st_size / 1e6)
    notes.write_text(json.dumps(written))
    return path, {**written, "cached": False}


def run(repeat: int = 30) -> dict[str, Any]:
    with Atlas(None) as atlas:
        atlas.build()
        seed = {"claims": atlas.stats().claims, **latency(atlas, SEED_QUERIES, 200)}
    claims = int(os.environ.get("EXOATLAS_BENCH_CLAIMS", "1000000"))
    path, written = synthetic_atlas(claims)
    scale: dict[str, Any] = {"claims": claims, "write": written}
    with Atlas(path, create=False) as lite:
        scale["sqlite"] = latency(lite, SCALE_QUERIES, repeat)
        with PostgresServer() as server, Atlas(server.new_database(), create=True) as pg:
            scale["postgresql_copy"] = copy_to_postgres(lite.store, pg.store)
            scale["postgresql"] = latency(pg, SCALE_QUERIES, repeat)
    return {
        # the seed atlas's numbers stay at the top level, as before
        **seed,
        "synthetic": scale,
        "peak_rss_mb": peak_rss_mb(),
        "machine": machine(),
    }


if __name__ == "__main__":
    print(json.dumps({"query": run()}, indent=2))
