"""One finding per MSC source a sentence names together as the agents of one result ('the
vesicles of cord MSCs and of dental pulp MSCs each lowered fibrosis', 'A-Exos and B-Exos
lessened arthritis'): each source's vesicles did it, so each gets its own finding (the gold
guide's row per preparation). Not when the sentence compares them ('A-EVs beat B-EVs' or 'A-EVs
worked better than B-EVs': the result is A's; ``source_comparison`` in cues.tsv), unless it says
both did it ('A-EVs and B-EVs both lessened arthritis, A-EVs the most': ``source_both``). Used by
``read.reader``."""

from __future__ import annotations

from collections.abc import Sequence

from exoatlas.model import Record
from exoatlas.read.defined import Defined
from exoatlas.read.triage import attached_sources
from exoatlas.vocab import cues, lookup, rules


def each_source(
    records: Sequence[Record], sentence: str, sources: frozenset[str], defined: Defined
) -> list[Record]:
    """``records`` with a copy of each finding of the sentence's first named source for every
    other source it names beside it."""
    if not records:
        return list(records)
    named = list(dict.fromkeys(attached_sources(sentence, sources, defined)))
    compared = cues.cue_found("source_comparison", sentence)
    if len(named) < 2 or (compared and not cues.cue_found("source_both", sentence)):
        return list(records)
    generic = rules.concept("generic_msc")  # (no source of its own: 'MSC')
    entities = [
        term.entity()
        for a in named
        if (term := lookup(a, "msc_source")) is not None and term.curie != generic
    ]
    if len(entities) < 2:
        return list(records)
    first = entities[0].key()
    out: list[Record] = []
    for r in records:
        out.append(r)
        if r.finding.msc_source is None or r.finding.msc_source.key() != first:
            continue
        out += [
            Record(finding=r.finding.model_copy(update={"msc_source": e}), evidence=r.evidence)
            for e in entities[1:]
        ]
    return out
