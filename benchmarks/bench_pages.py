"""Pages on the 1,000,000-claim synthetic atlas: a claim page (its conflicts and refinements),
the conflicts page (the source × disease map and the first page of conflicts) and the search
page for one cargo term with its facets, each asked through the app as a browser would
(``TestClient(get_app(atlas))``, no network), 30 times over different claims and terms, every
request distinct so that none is answered from the server's cache of answers.
``$EXOATLAS_BENCH_CLAIMS`` sets a smaller atlas for a quick look."""

from __future__ import annotations

import json
import os
import random
import time
from typing import Any

from fastapi.testclient import TestClient

from benchmarks.bench_query import synthetic_atlas
from benchmarks.common import machine, percentiles
from exoatlas import Atlas
from exoatlas.api import get_app


def timed(client: TestClient, paths: list[str]) -> dict[str, Any]:
    client.get(paths[0])  # warm caches (and the grounder) before the clock runs
    samples = []
    for number, path in enumerate(paths):
        # a throwaway parameter makes every request distinct: the server's cache of answers
        # (web/cache.py) never answers it, so each page is computed as on a first visit
        path += f"{'&' if '?' in path else '?'}_={number}"
        started = time.perf_counter()
        response = client.get(path)
        samples.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"{path}: {response.status_code}")
    return percentiles(samples)


def run(repeat: int = 30) -> dict[str, Any]:
    claims = int(os.environ.get("EXOATLAS_BENCH_CLAIMS", "1000000"))
    path, written = synthetic_atlas(claims)
    rng = random.Random(3)
    with Atlas(path) as atlas:
        client = TestClient(get_app(atlas))
        ids = [
            str(r[0])
            for r in atlas.store.conn.execute(
                "SELECT id FROM claims WHERE rowid IN ({})".format(
                    ",".join(str(rng.randrange(1, claims)) for _ in range(repeat))
                )
            )
        ]
        result = {
            "claims": claims,
            "conflict_pairs": atlas.count_conflicts(),
            "claim": timed(client, [f"/claims/{i}" for i in ids]),
            "conflicts": timed(client, ["/conflicts"] * repeat),
            "search": timed(
                client, [f"/search?cargo=miR-{rng.randrange(1, 5000)}" for _ in range(repeat)]
            ),
        }
    return {**result, "write": written, "machine": machine()}


if __name__ == "__main__":
    print(json.dumps({"pages": run()}, indent=2))
