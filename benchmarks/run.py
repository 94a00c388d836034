"""Run every benchmark part (or one) and return one JSON-able object.

Each part runs in a fresh Python process (``python -m benchmarks.run --part NAME``), so its peak
memory and its start-up costs (loading the lexicon, say) are its own, not left over from the part
before it.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

PARTS = {
    "grounding": "benchmarks.bench_grounding",
    "assembly": "benchmarks.bench_assembly",
    "query": "benchmarks.bench_query",
    "reader": "benchmarks.bench_reader",
    "dask": "benchmarks.bench_dask",
    "serve": "benchmarks.bench_serve",
    "pages": "benchmarks.bench_pages",
}
ROOT = Path(__file__).resolve().parents[1]


def run_part(name: str) -> dict[str, Any]:
    child = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--part", name],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if child.returncode != 0:
        tail = child.stderr.strip().splitlines()[-1:] or ["(no message)"]
        return {"error": f"exit {child.returncode}: {tail[0]}"}
    result: dict[str, Any] = json.loads(child.stdout)
    return result


def run(only: str | None = None) -> dict[str, Any]:
    names = [only] if only else list(PARTS)
    return {name: run_part(name) for name in names}


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--part" and sys.argv[2] in PARTS:
        print(json.dumps(importlib.import_module(PARTS[sys.argv[2]]).run()))
    else:
        sys.exit(f"usage: python -m benchmarks.run --part {{{','.join(PARTS)}}}")
