"""The learned finding scorer (``read.finding_score``): its features and its filter on findings
made up here (every sentence written for these tests), the reader applying it to abstracts only,
and the shipped weights table checked against the gold and the reader it was trained on."""

from __future__ import annotations

import math
import re

import pytest

from exoatlas.analyze.scorer_data import DevSet, gold_fingerprint, reader_fingerprint
from exoatlas.ingest.text import Section, TextDocument
from exoatlas.model import Entity, Evidence, Finding, Outcome, Record
from exoatlas.read.finding_score import (
    Scorer,
    features,
    finding_features,
    keep_likely,
    kept,
    place,
    scorer,
    trigger_forms,
)
from exoatlas.read.reader import read_document
from exoatlas.vocab import read_tsv

ABSTRACT = (
    "BACKGROUND: Scarring after burns is common. "
    "METHODS: Rats received exosomes of bone marrow mesenchymal stem cells. "
    "RESULTS: The exosomes reduced fibrosis and increased angiogenesis in the wounds. "
    "Fibroblast numbers fell as well. "
    "CONCLUSIONS: Such exosomes may reduce fibrosis in the skin."
)
DOC = TextDocument(
    "pmid:1",
    "Stromal vesicles and burn scars",
    [Section("Title", ["Stromal vesicles and burn scars"]), Section("Abstract", [ABSTRACT])],
    [],
    [],
    kind="medline",
)


def _record(sentence: int, process: str, direction: str = "decrease", text: str = "") -> Record:
    locator = f'section "Abstract", sentence {sentence}'
    return Record(
        Finding(
            msc_source=Entity(label="MSC", kind="msc_source"),
            outcome=Outcome(
                process=Entity(label=process, kind="process", curie=f"go:{process}"),
                direction=direction,  # type: ignore[arg-type]
                role="protective",
            ),
        ),
        Evidence(
            document="pmid:1",
            locator=locator,
            text=text or f"The vesicles changed {process}.",
            extractor="reader:sentence/0.2 deep:verb",
            confidence=0.7,
        ),
    )


def test_place_reads_structured_labels_and_positions() -> None:
    assert place(DOC, 'section "Title", sentence 1').part == "title"
    results = place(DOC, 'section "Abstract", sentence 3')
    assert results.part == "results" and not results.first and not results.last
    assert place(DOC, 'section "Abstract", sentence 4').part == "results"  # label holds
    last = place(DOC, 'section "Abstract", sentence 5')
    assert last.part == "conclusions" and last.last and last.position == 1.0
    assert place(DOC, 'section "Abstract", sentence 1').first
    assert place(DOC, "row 3").part == "unlabelled"  # not a sentence locator


def test_features_name_tense_hedges_siblings_and_restatements() -> None:
    records = [
        _record(3, "scarring", text="The vesicles reduced scar width and raised vessel counts."),
        _record(
            3,
            "angiogenesis",
            "increase",
            "The vesicles reduced scar width and raised vessel counts.",
        ),
        _record(5, "scarring", text="Such vesicles could ease scarring."),
    ]
    first, second, last = finding_features(records, DOC)
    assert first["siblings:2"] == second["siblings:2"] == 1.0 and last["siblings:1"] == 1.0
    assert first["restated:later"] == 1.0 and last["restated:earlier"] == 1.0
    assert second["restated:no"] == 1.0
    assert first["trigger:past"] == 1.0 and "modal" not in first
    assert last["modal"] == 1.0 and last["part:conclusions"] == 1.0 and last["last"] == 1.0
    assert first["family:deep:verb"] == 1.0 and first["bias"] == 1.0
    assert trigger_forms("a reduction that inhibits and is reducing") == {
        "noun",
        "present",
        "gerund",
    }


def test_filter_drops_low_scores_but_keeps_a_documents_best() -> None:
    records = [_record(3, "scarring"), _record(4, "fibrosis"), _record(5, "healing")]
    # a made-up scorer: findings of the last sentence are unlikely
    judge = Scorer({"bias": 1.0, "last": -3.0}, threshold=0.5)
    assert [r.finding.outcome.process.label for r in keep_likely(records, DOC, judge)] == [  # type: ignore[union-attr]
        "scarring",
        "fibrosis",
    ]
    # nothing passes: the best one stays (the scorer does not decide relevance)
    strict = Scorer({"bias": 1.0, "last": -3.0}, threshold=0.99)
    assert len(keep_likely(records, DOC, strict)) == 1
    assert keep_likely(records, DOC, Scorer({"bias": -5.0}, threshold=0.0)) == records
    assert kept([0.2, 0.1, 0.2], 0.5) == [True, False, False]  # ties: the first
    assert kept([], 0.5) == []


def test_filter_never_loses_a_cargo_the_documents_findings_name() -> None:
    carrier = _record(5, "healing")
    carrier = Record(
        carrier.finding.model_copy(
            update={"cargo": [Entity(label="miR-21", kind="mirna", curie="mirbase:MI0000077")]}
        ),
        carrier.evidence,
    )
    records = [_record(3, "scarring"), _record(4, "fibrosis"), carrier, _record(5, "repair")]
    judge = Scorer({"bias": 1.0, "last": -3.0}, threshold=0.5)
    labels = [r.finding.outcome.process.label for r in keep_likely(records, DOC, judge)]  # type: ignore[union-attr]
    # the low-scoring finding that alone carries the miRNA stays; its cargo-less sibling goes
    assert labels == ["scarring", "fibrosis", "healing"]
    # once a kept finding carries the cargo, a low-scoring second carrier is dropped
    first = Record(
        records[0].finding.model_copy(update={"cargo": carrier.finding.cargo}), records[0].evidence
    )
    again = keep_likely([first, records[1], carrier], DOC, judge)
    assert [r.finding.outcome.process.label for r in again] == ["scarring", "fibrosis"]  # type: ignore[union-attr]


def test_score_is_a_logistic_sum_of_table_weights() -> None:
    judge = Scorer({"bias": 0.5, "modal": -1.5, "unknown": 9.0}, threshold=0.5)
    assert judge.score({"bias": 1.0}) == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert judge.score({"bias": 1.0, "modal": 1.0}) < 0.5 < judge.score({"bias": 1.0})
    assert 0.0 < judge.score({"bias": 1.0, "unknown": 1e9}) <= 1.0  # clipped, no overflow


def test_reader_applies_the_shipped_scorer_to_abstracts_only() -> None:
    shipped = scorer()
    filtered = list(read_document(DOC, force=True))
    raw = list(read_document(DOC, force=True, scored=False))
    assert all(r in raw for r in filtered)
    if raw:
        assert filtered  # an abstract with findings keeps one
    paper = TextDocument("paper", "Burn scars", DOC.sections[1:], [], [], kind="text")
    assert list(read_document(paper, force=True)) == list(
        read_document(paper, force=True, scored=False)
    )
    assert 0.0 < shipped.threshold < 1.0


def test_shipped_table_names_only_features_the_scorer_makes() -> None:
    rows = read_tsv("finding_score.tsv")
    assert (
        rows[0]["feature"] == "threshold" and "scripts/train_finding_scorer.py" in rows[0]["source"]
    )
    known = re.compile(
        r"bias|position|first|last|hedged|negated|cites|cargo|targets|pathways|disease|"
        r"source_named|anaphor|passive|modal|present|study|long|"
        r"(?:family|part|siblings|direction|role|model|effect|effect_source|restated|cue|"
        r"trigger|w):.+"
    )
    assert all(known.fullmatch(r["feature"]) for r in rows[1:])
    values = features(_record(3, "scarring"), place(DOC, 'section "Abstract", sentence 3'), 1)
    assert set(values) & set(scorer().weights)  # the table and the features meet


def test_shipped_table_is_not_stale(dev_read: DevSet) -> None:
    """The table records the gold and reader fingerprints it was trained on; when the dev gold
    or the reader's findings on it change, retrain: .venv/bin/python
    scripts/train_finding_scorer.py (a few minutes; it rewrites the table)."""
    provenance = read_tsv("finding_score.tsv")[0]["source"]
    recorded = dict(re.findall(r"\b(gold|reader) ([0-9a-f]{16})\b", provenance))
    assert recorded.get("gold") == gold_fingerprint(dev_read.gold), "dev gold changed: retrain"
    assert recorded.get("reader") == reader_fingerprint(dev_read.examples()), (
        "the reader's findings on the dev gold changed: retrain (scripts/train_finding_scorer.py)"
    )
