"""Per-record detail of the gold scores, for the dev split only.

``exoatlas eval --gold gold --split dev --details`` prints, record by record, the gold rows (with
the text of their spans) next to the findings the deep reader read (with their sentences), each
marked with whether it matched under the rules of ``evaluate_gold``. Held-apart records are never
shown: the detail is what rules get written from, so only the dev split may be looked at.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from exoatlas.analyze.evaluate_gold import (
    NEUTRAL,
    ROLE_COMPATIBLE,
    _matching,
    covers,
    read_deeply,
)
from exoatlas.analyze.evaluate_gold_data import (
    CorpusRecord,
    GoldRow,
    check_spans,
    load_corpus,
    load_gold,
)
from exoatlas.errors import InputError
from exoatlas.read.reader import ReadRecord

DETAIL_SPLIT = "dev"


def gold_details(gold_dir: Path, corpus_dir: Path, split: str) -> Iterator[str]:
    """Lines describing every judged record of the dev split: gold rows and read findings."""
    if split != DETAIL_SPLIT:
        raise InputError("--details shows dev records only (held-apart text is never shown)")
    gold = load_gold(gold_dir)
    wanted = sorted(r for r in gold.judgements if gold.splits[r] == DETAIL_SPLIT)
    corpus = load_corpus(corpus_dir, wanted)
    check_spans(gold, corpus)
    rows_of: dict[str, list[GoldRow]] = {}
    for row in gold.rows:
        rows_of.setdefault(row.record, []).append(row)
    for record_id in wanted:
        judgement = gold.judgements[record_id]
        rows = sorted(rows_of.get(record_id, []), key=lambda r: r.row)
        read = read_deeply(corpus[record_id])
        yield from _record_lines(record_id, judgement.relevant, corpus[record_id], rows, read)


def _record_lines(
    record_id: str,
    relevant: bool,
    record: CorpusRecord,
    rows: Sequence[GoldRow],
    read: Sequence[ReadRecord],
) -> Iterator[str]:
    said = any(r.finding.msc_source is not None for r in read)
    yield f"== {record_id} relevant={'yes' if relevant else 'no'} read_relevant={said}"
    pairs = {
        (i, j): 1.0
        for i, r in enumerate(read)
        for j, row in enumerate(rows)
        if row.role != NEUTRAL
        and covers(r.evidence.text, row, record)
        and r.finding.outcome.direction == row.direction
        and r.finding.outcome.role in ROLE_COMPATIBLE[row.role]
    }
    matched = dict(_matching(pairs))
    gold_matched = {j: i for i, j in matched.items()}
    for j, row in enumerate(rows):
        field = record.field(row.span_field)
        start, end = field.clean_range(row.span_start, row.span_end)
        mark = "ok" if j in gold_matched else "--"
        yield (
            f"  G{j} {mark} {row.effect} {row.direction} {row.role} cargo={';'.join(row.cargo)}"
            f" source={row.msc_source} model={row.model}"
        )
        yield f"       [{row.span_field}] {field.text[start:end]}"
    for i, r in enumerate(read):
        f = r.finding
        process = f.outcome.process.label if f.outcome.process else "-"
        mark = f"=G{matched[i]}" if i in matched else "--"
        cargo = ";".join(e.label for e in f.cargo)
        source = f.msc_source.label if f.msc_source else "-"
        yield (
            f"  R{i} {mark} {process} {f.outcome.direction} {f.outcome.role} cargo={cargo}"
            f" source={source} model={f.model} ({r.evidence.extractor.split()[-1]})"
        )
        yield f"       {r.evidence.locator}: {r.evidence.text}"
