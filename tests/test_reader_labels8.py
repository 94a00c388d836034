"""A structured abstract's label opening a sentence ('RESULTS: ...', 'Conclusion: ...'): web
abstracts keep these inline, and the parser made the label the sentence's root, the verb a
modifier of it. Sentences written for these tests (none is taken from an abstract)."""

from __future__ import annotations

import pytest

from exoatlas.read.parsing import parse
from exoatlas.read.repair import prepared

from .reading import folded, read_abstract


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Results: Hyp-Exo were found to lower renal fibrosis in the injured kidneys.", "found"),
        ("RESULTS: The vesicles were shown to reduce apoptosis of tubular cells.", "shown"),
        ("Conclusions : These vesicles protected the kidney from ischemic injury.", "protected"),
    ],
)
def test_a_labelled_sentence_parses_round_its_own_verb(sentence: str, verb: str) -> None:
    (doc,) = parse([sentence])
    assert [t.text for t in doc if t.dep_ == "ROOT"] == [verb]
    assert len(prepared(sentence)) == len(sentence)  # offsets hold


def test_a_label_word_inside_the_sentence_stays() -> None:
    sentence = "The results: vesicles lowered fibrosis."
    assert prepared(sentence) == sentence
    assert prepared("Results show that the vesicles lowered fibrosis.").startswith("Results")


def test_a_labelled_results_sentence_gives_its_listed_effects() -> None:
    found = folded(
        read_abstract(
            "Exosome-carried miR-21 from hypoxia-primed stromal cells lowers PTEN to protect the "
            "kidney against ischemia",
            "Results: Hyp-Exo were shown to curb harmful pro-inflammatory cytokines, prevent "
            "kidney damages, and raise survival rates of the injured mice to a greater extent "
            "than Exo.",
        )
    )
    assert ("inflammatory response", "decrease", "protective") in found
    assert ("host survival", "increase", "regenerative") in found
