"""Round-34 reader rules, from the helpers' relevant reviews read as irrelevant (19 of 69 gave
no finding with an MSC source), rewritten as our own probe sentences."""

from __future__ import annotations

import pytest

from exoatlas.read.deep import parse, read_parsed
from exoatlas.read.review_topic import FAMILY, review_topic
from exoatlas.vocab import rules

from .reading import folded, read_abstract, read_records, triple

# a review that proposes and states nothing as established
HEDGED = (
    "Kidney injury is common in hospitals and lacks a specific therapy.",
    "Vesicles secreted by MSCs might offer an alternative to the cells themselves.",
    "In this review, we summarize what is known and what remains to be tested.",
)


def test_a_review_stating_no_effect_yields_its_title_topic_hedged() -> None:
    records = read_records(
        "MSC-derived extracellular vesicles: a potential therapeutic strategy for acute kidney "
        "injury",
        *HEDGED,
    )
    assert records, "a review about MSC-EVs in a disease is relevant"
    found = {(r.finding.outcome.process.label, r.finding.outcome.direction) for r in records}
    assert found == {("Acute Kidney Injury", "decrease")}
    for r in records:
        assert r.evidence.hedged  # what it proposes is no result: half weight in belief
        assert r.evidence.extractor.endswith(FAMILY)
        assert r.evidence.confidence == rules.confidence(FAMILY)
        assert r.finding.msc_source is not None
        assert r.finding.outcome.role == "protective"


@pytest.mark.parametrize(
    "sentence",
    [
        "We reviewed the studies of MSC-derived exosomes in osteoarthritis.",
        "Here, we summarize MSC-derived exosome research in osteoarthritis.",
    ],
)
def test_the_sentence_saying_what_it_reviews_names_the_topic_too(sentence: str) -> None:
    """A title that names no MSC-EVs: the sentence saying what the review covers ('We reviewed'
    makes the record a review as 'We review' does)."""
    records = read_records(
        "Extracellular vesicles: trends and prospects",
        "Vesicles are released by many cells.",
        sentence,
    )
    assert folded([triple(r) for r in records]) == {("osteoarthritis", "decrease", "protective")}
    assert all(r.evidence.hedged and r.evidence.extractor.endswith(FAMILY) for r in records)


def test_a_review_with_an_established_effect_gets_no_topic_finding() -> None:
    records = read_records(
        "MSC-derived exosomes in acute kidney injury: a review",
        "In this review, we summarize the field.",
        "MSC-derived exosomes reduced tubular apoptosis in rats with ischemic kidney injury.",
    )
    assert records
    assert not any(r.evidence.extractor.endswith(FAMILY) for r in records)


@pytest.mark.parametrize(
    "title",
    [
        # a tumour: the review may weigh the vesicles either way
        "MSC-derived exosomes in gastric cancer: a review",
        "MSC-derived exosomes in chronic myeloid leukemia: a review",
        # a cause, a marker or a messenger, not a treatment
        "MSC-derived exosomes in the pathogenesis of pulmonary fibrosis: a review",
        "Crosstalk between macrophages and MSCs through exosomes in colitis: a review",
    ],
)
def test_no_topic_for_a_tumour_or_a_title_that_names_no_treatment(title: str) -> None:
    assert read_abstract(title, *HEDGED) == []


def test_a_primary_study_stating_nothing_gets_no_topic_finding() -> None:
    """Only a review is read for its topic: a study's hedged aside is no result."""
    assert (
        read_abstract(
            "MSC-derived exosomes in acute kidney injury of rats",
            "Kidney injury lacks a specific therapy.",
            "MSC-derived exosomes might be a therapy for it.",
        )
        == []
    )


def test_review_topic_reads_a_good_process_as_raised() -> None:
    found = {
        (o.process.label, o.direction)
        for o in review_topic("MSC-derived exosomes in bone regeneration: a review", ())
    }
    assert ("bone regeneration", "increase") in found
    assert review_topic("Exosomes from tumour cells in bone regeneration", ()) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("MSC exosomes exerted anti-osteoporosis effects in ovariectomized mice.", "osteoporosis"),
        ("The MSC exosomes showed anti-colitis activity.", "colitis"),
        ("MSC exosomes had anti-arthritis properties.", "arthritis"),
    ],
)
def test_an_anti_prefixed_disease_is_the_disease_lowered(sentence: str, expected: str) -> None:
    """'anti-osteoporosis effects': the prefix is the polarity, the rest a disease (not only a
    process: 'anti-fibrotic', 'anti-apoptotic')."""
    assert (expected, "decrease") in _changes(sentence)


def test_an_anti_prefixed_disease_before_a_drug_noun_is_no_change() -> None:
    assert _changes("Patients also received anti-tuberculosis drugs during the trial.") == set()


def test_an_anti_prefixed_disease_owned_by_a_drug_is_not_the_evs() -> None:
    found = _changes(
        "MSC exosomes protected the heart without weakening the anticancer activity of the drug."
    )
    assert ("neoplasms", "decrease") not in found


def _changes(sentence: str) -> set[tuple[str, str]]:
    return {(o.process.label.casefold(), o.direction) for o in read_parsed(parse([sentence])[0])}
