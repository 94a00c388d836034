"""Run every benchmark part (or one) and return one JSON-able object."""

from __future__ import annotations

import importlib
from typing import Any

PARTS = {
    "grounding": "benchmarks.bench_grounding",
    "assembly": "benchmarks.bench_assembly",
    "query": "benchmarks.bench_query",
    "reader": "benchmarks.bench_reader",
    "dask": "benchmarks.bench_dask",
    "serve": "benchmarks.bench_serve",
}


def run(only: str | None = None) -> dict[str, Any]:
    names = [only] if only else list(PARTS)
    return {name: importlib.import_module(PARTS[name]).run() for name in names}
