"""Result constructions a second author writes for the same study (round 9, helper 1: dev
abstracts reworded with their facts kept): a comparative in a result clause that hangs on the
clause naming the vesicles (', which resulted in less X', ', which led to less Y'); a past
tense the tagger takes for a participle ('X improved in the rats given the vesicles'); and a
change noun written after what it changes ('promoted epithelial barrier restoration'). Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from .reading import folded, read_abstract

TITLE = "Vesicles from placental mesenchymal stromal cells in injured rodents"
DEFINED = "Small vesicles were collected from placental mesenchymal stromal cells (pMSC-sEVs)."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause of result hung on the clause's object
        (
            "In the infarcted rats, pMSC-sEVs dampened Smad2 phosphorylation, which resulted in "
            "less interstitial fibrosis.",
            ("fibrosis", "decrease", "protective"),
        ),
        # the subject it points back to names the arms: 'both preparations'
        (
            "Both preparations lowered TLR4 abundance in the lungs, which led to less edema.",
            ("edema", "decrease", "protective"),
        ),
    ],
)
def test_comparative_in_a_result_clause_is_the_vesicles_effect(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = folded(read_abstract(TITLE, DEFINED, sentence))
    assert expected in found


def test_better_in_a_result_clause_is_not_read_as_a_harm() -> None:
    """The keyword window read 'lowered ... better cardiac function' as function lowered (a
    harm the vesicles did): the result clause says function was better."""
    found = folded(
        read_abstract(
            TITLE,
            DEFINED,
            "pMSC-sEVs lowered NOX4 levels in the hearts, which resulted in better cardiac "
            "function.",
        )
    )
    assert ("functional recovery", "increase", "regenerative") in found
    assert not any(d == "decrease" and p == "functional recovery" for p, d, _ in found)


def test_change_verb_tagged_as_a_participle_is_a_past_tense() -> None:
    sentence = "Learning and memory improved in both groups injected with pMSC-sEVs."
    found = folded(read_abstract(TITLE, DEFINED, sentence))
    assert ("learning or memory", "increase", "regenerative") in found


def test_change_noun_after_what_it_changes() -> None:
    found = folded(
        read_abstract(
            TITLE,
            DEFINED,
            "In colitic mice, pMSC-sEVs promoted mucosal barrier restoration.",
        )
    )
    assert any(p.endswith("barrier") and d == "increase" for p, d, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our laboratory has shown that pMSC-sEVs attenuate hyperoxic lung injury in newborn rats.",
        "We recently reported that pMSC-sEVs attenuate hyperoxic lung injury.",
    ],
)
def test_the_authors_earlier_work_is_background(sentence: str) -> None:
    assert read_abstract(TITLE, DEFINED, sentence) == []


def test_a_closing_sentence_opened_by_briefly_restates_the_results() -> None:
    found = read_abstract(
        TITLE,
        DEFINED,
        "In the ligated rats, pMSC-sEVs suppressed microglial M1 polarization.",
        "Briefly, pMSC-sEVs suppressed microglial M1 polarization and so guarded the neurons.",
    )
    assert [f for f in found if "M1" in f[0]] == [
        ("macrophage polarization to M1", "decrease", "protective")
    ]
