"""``exoatlas serve`` under load: 50 concurrent keep-alive clients for 30 seconds on loopback,
asking a mix of API searches, the conflict map and web pages of the seed atlas (``load.PATHS``),
against one server process and against two (``serve --workers 2``); each twice: as asked (the
same eight requests over and over, answered from the server's cache of answers after the first)
and with every request distinct (``uncached``: every answer computed). The clients run in this
process, so they share the machine's cores with the server. ``$EXOATLAS_BENCH_SERVE_DB`` serves
that atlas instead of a freshly built seed atlas (the 1,000,000-claim one, say)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import machine
from benchmarks.load import PATHS, run_load, serving
from exoatlas import Atlas


def run(clients: int = 50, seconds: float = 30) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(os.environ.get("EXOATLAS_BENCH_SERVE_DB") or Path(folder) / "atlas.db")
        if not db.exists():
            with Atlas(db, create=True) as atlas:
                atlas.build()
        with Atlas(db, readonly=True) as atlas:
            claims = atlas.stats().claims
        with serving(db) as base:
            result = run_load(base, clients=clients, seconds=seconds)
            uncached = run_load(base, clients=clients, seconds=seconds, unique=True)
        with serving(db, "--workers", "2") as base:
            two = run_load(base, clients=clients, seconds=seconds)
            two_uncached = run_load(base, clients=clients, seconds=seconds, unique=True)
    # one process's numbers stay at the top level, as before; "uncached": every request
    # distinct, so the server computes each answer (its cache of answers never hits)
    return {
        **result,
        "claims": claims,
        "uncached": uncached,
        "workers_2": {**two, "uncached": two_uncached},
        "paths": list(PATHS),
        "machine": machine(),
    }


if __name__ == "__main__":
    print(json.dumps({"serve": run()}, indent=2))
