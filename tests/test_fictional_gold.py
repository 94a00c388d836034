"""The fictional abstracts of gold/fictional (invented, annotated by gold/GUIDE.md) load as gold
sets whose every span is where its row says, with both passes done, and no record that is real."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exoatlas.analyze.evaluate_gold_data import check_spans, load_corpus, load_gold

FICTIONAL = Path(__file__).resolve().parents[1] / "gold" / "fictional"
SETS = sorted(p for p in FICTIONAL.glob("set*") if p.is_dir())


def test_there_are_six_sets() -> None:
    assert [p.name for p in SETS] == [f"set{i}" for i in range(1, 7)]


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_a_fictional_set_loads_with_its_spans_in_place(folder: Path) -> None:
    gold = load_gold(folder / "gold")
    corpus = load_corpus(folder / "corpus", list(gold.judgements))
    check_spans(gold, corpus)  # raises on a span outside its field or a missing record
    assert len(gold.judgements) == 25
    assert all(j.done for j in gold.judgements.values())
    assert set(gold.splits.values()) == {"dev"}
    assert 2 <= sum(not j.relevant for j in gold.judgements.values()) <= 4
    assert len(gold.rows) >= 100


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_fictional_record_carries_the_unregistered_prefix(folder: Path) -> None:
    # never a real PMID or DOI: nothing here may be taken for a study
    with (folder / "corpus" / "msc_ev_abstracts.jsonl").open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    assert records and all(r["pmid"] is None for r in records)
    assert all(r["doi"].startswith("10.99999/") for r in records)
