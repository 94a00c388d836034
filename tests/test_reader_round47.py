"""Forty-seventh session: shapes of result sentences the reader missed or misread, each shown with
sentences written for these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from .reading import read_abstract, read_asserted

WOUND = "Bone marrow MSC exosomes in diabetic wounds"
WOUND_GIVEN = "Exosomes of bone marrow MSCs (BMSC-Exos) were applied to wounds of diabetic rats."
HEART = "Bone marrow MSC exosomes after myocardial infarction"
HEART_GIVEN = "Exosomes of bone marrow MSCs (BMSC-Exos) were injected into infarcted rat hearts."
BRAIN = "Bone marrow MSC exosomes after stroke"
BRAIN_GIVEN = "Exosomes of bone marrow MSCs (BMSC-Exos) were given to rats after a stroke."


@pytest.mark.parametrize(
    "sentence",
    [
        "The BMSC-Exos prevented abnormal neurogenesis in the dentate gyrus.",
        "The BMSC-Exos curbed aberrant angiogenesis in the injured hippocampus.",
    ],
)
def test_a_good_process_a_harm_adjective_qualifies_is_not_lowered_as_a_good(
    sentence: str,
) -> None:
    """(read as neurogenesis lowered, pathogenic: the harm adjective was dropped and the good
    process the vocabulary names was taken for the object)"""
    read = read_abstract(BRAIN, BRAIN_GIVEN, sentence)
    assert read, "the harm the sentence names is still read"
    assert not [r for r in read if r[2] == "pathogenic"]


def test_a_good_process_without_a_harm_adjective_still_reads_lowered() -> None:
    read = read_asserted(BRAIN, BRAIN_GIVEN, "Unexpectedly, the BMSC-Exos reduced neurogenesis.")
    assert ("neurogenesis", "decrease", "pathogenic") in read


@pytest.mark.parametrize(
    "sentence",
    [
        "Neuroprotection by the BMSC-Exos was seen not only in cortex but also in striatum.",
        "Neuroprotection by the BMSC-Exos was found not just in young rats but in old ones too.",
    ],
)
def test_not_only_denies_nothing(sentence: str) -> None:
    """(read nothing: 'not' in 'not only' was taken to deny the protection)"""
    read = read_abstract(BRAIN, BRAIN_GIVEN, sentence)
    assert [r for r in read if r[2] == "protective"]


def test_a_plain_not_still_denies_the_protection() -> None:
    read = read_abstract(
        BRAIN, BRAIN_GIVEN, "Neuroprotection by the BMSC-Exos was not seen in the old rats."
    )
    assert not [r for r in read if r[2] == "protective"]


def test_wound_closure_judged_better_is_healing() -> None:
    """(read nothing: 'closure' was no head of its own valence, so 'better' judged nothing)"""
    read = read_asserted(
        WOUND,
        WOUND_GIVEN,
        "Wound closure was better in the BMSC-Exos group than in the vehicle group.",
    )
    assert ("wound healing", "increase", "regenerative") in read


def test_subjects_listed_before_a_predicate_comparative_are_each_judged() -> None:
    """(read only the first: the conjunct before the comparative was left out)"""
    read = read_asserted(
        HEART,
        HEART_GIVEN,
        "Cardiac function and infarct size were better in the BMSC-Exos group than in the PBS "
        "group.",
    )
    assert ("tissue injury", "decrease", "protective") in read


def test_listed_subjects_before_lower_are_each_lowered() -> None:
    read = read_asserted(
        HEART, HEART_GIVEN, "Fibrosis and apoptosis were lower in the BMSC-Exos group."
    )
    assert ("apoptotic process", "decrease", "protective") in read


def test_listed_subjects_of_a_negated_comparative_are_not_lowered() -> None:
    read = read_asserted(
        HEART, HEART_GIVEN, "Fibrosis and apoptosis were not lower in the BMSC-Exos group."
    )
    assert not [r for r in read if r[1] == "decrease"]
