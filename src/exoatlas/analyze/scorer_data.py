"""The training data of the finding scorer (``read.finding_score``): every finding the reader
gives a dev record of the gold set, unfiltered, with its features and whether ``exoatlas eval
--gold`` matches it. Dev records only: held-apart text is never read here.

The fingerprints say what a weights table was trained on: ``gold`` hashes the dev gold rows and
judgements, ``reader`` hashes the findings' features and labels (what training sees). A table
whose recorded fingerprints differ from these is stale (the gold or the reader changed since).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from exoatlas.analyze.evaluate_gold import match_findings
from exoatlas.analyze.evaluate_gold_data import (
    CorpusRecord,
    GoldRow,
    GoldSet,
    load_corpus,
    load_gold,
)
from exoatlas.model import Record
from exoatlas.read.finding_score import finding_features

NEUTRAL = "neutral_or_method"


@dataclass(frozen=True)
class Example:
    """One read finding of a dev record."""

    record: str
    locator: str
    features: dict[str, float]
    label: int | None  # 1 matched, 0 not, None: a method row's statement (not scored)


@dataclass(frozen=True)
class DevSet:
    """The dev records, their gold rows, what the reader read from each, the examples."""

    gold: GoldSet
    corpus: dict[str, CorpusRecord]
    rows: dict[str, list[GoldRow]]
    read: dict[str, list[Record]]
    features: dict[str, list[dict[str, float]]]
    # the EVs' own property statements read from each record: no examples (the scorer does not
    # judge them), but findings all the same ('exoatlas eval --gold' counts them for relevance)
    statements: dict[str, list[Record]]

    @property
    def records(self) -> list[str]:
        return sorted(self.corpus)

    def examples(self) -> list[Example]:
        out = []
        for rid in self.records:
            read = self.read[rid]
            matched, left_out = match_findings(self.corpus[rid], self.rows[rid], read)
            for i, (r, values) in enumerate(zip(read, self.features[rid], strict=True)):
                label = None if i in left_out else int(i in matched)
                out.append(Example(rid, r.evidence.locator, values, label))
        return out

    def gold_rows(self, rid: str) -> int:
        return sum(row.role != NEUTRAL for row in self.rows[rid])


def read_unfiltered(record: CorpusRecord) -> tuple[list[Record], list[Record]]:
    """The deep reader on one record (as ``exoatlas eval --gold`` reads it) without the scorer:
    its effects, and apart its neutral findings (``read.properties``: statements of the EVs' own
    properties, which the scorer does not judge, so they are no training examples)."""
    from exoatlas.read.reader import read_document

    found = list(read_document(record.document(), force=True, scored=False))
    neutral = [r.finding.outcome.role == "neutral" for r in found]
    return (
        [r for r, n in zip(found, neutral, strict=True) if not n],
        [r for r, n in zip(found, neutral, strict=True) if n],
    )


def load_dev(gold_dir: Path, corpus_dir: Path) -> DevSet:
    """Read every judged dev record of the gold set (unfiltered) and compute its features."""
    gold = load_gold(gold_dir)
    wanted = sorted(r for r in gold.judgements if gold.splits[r] == "dev")
    corpus = load_corpus(corpus_dir, wanted)
    rows: dict[str, list[GoldRow]] = {rid: [] for rid in wanted}
    for row in gold.rows:
        if row.record in rows:
            rows[row.record].append(row)
    for found in rows.values():
        found.sort(key=lambda r: r.row)
    both = {rid: read_unfiltered(corpus[rid]) for rid in wanted}
    read = {rid: effects for rid, (effects, _) in both.items()}
    features = {rid: finding_features(read[rid], corpus[rid].document()) for rid in wanted}
    return DevSet(gold, corpus, rows, read, features, {rid: s for rid, (_, s) in both.items()})


def _digest(value: object) -> str:
    text = json.dumps(value, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def gold_fingerprint(gold: GoldSet) -> str:
    """A hash of the dev split: its judged records and their gold rows."""
    dev = sorted(r for r in gold.judgements if gold.splits[r] == "dev")
    rows = sorted(
        (
            row.record,
            row.row,
            row.direction,
            row.role,
            row.span_field,
            row.span_start,
            row.span_end,
            row.effect,
        )
        for row in gold.rows
        if row.record in set(dev)
    )
    return _digest({"records": dev, "rows": rows})


def reader_fingerprint(examples: Sequence[Example]) -> str:
    """A hash of what training sees: each finding's record, sentence, features and label."""
    return _digest(
        [
            [e.record, e.locator, e.label, sorted((k, round(v, 6)) for k, v in e.features.items())]
            for e in examples
        ]
    )
