"""Seventy-first session: the animals as the subject of a verb of living, with 'longer' giving
the direction ('Mice given the EVs survived longer'), shown with sentences written for these
tests (never a record's own words)."""

from __future__ import annotations

import pytest

from .reading import triples_at

TITLE = "Marrow stromal cell vesicles in septic mice"
OPENING = "Septic mice received exosomes of marrow MSCs (M-Exos) or saline."


def _read(sentence: str, title: str = TITLE) -> list[tuple[str, str, str]]:
    return triples_at("sentence 2", title, OPENING, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mice given M-Exos survived longer than saline-treated mice.",
        "M-Exo-treated mice lived longer.",
        "Septic mice survived longer after M-Exo treatment.",
        "After M-Exo treatment, septic mice survived longer.",
        "Mice given M-Exos survived longer than untreated septic mice.",
        # a group as the subject; the participle misparsed as the subject ('Mice given ...')
        "The M-Exo group survived longer than the model group.",
        "Mice given M-Exos lived considerably longer.",
    ],
)
def test_treated_animals_that_survive_longer_are_the_vesicles_result(sentence: str) -> None:
    """No trigger word: the verb is the process (the animals' survival) and 'longer' says it
    rose. Each read nothing before; now one rise in survival, a benefit of the EVs."""
    found = _read(sentence)
    assert len(found) == 1
    process, direction, role = found[0]
    assert "survival" in process
    assert (direction, role) in (("increase", "regenerative"), ("increase", "protective"))


def test_in_a_tumour_study_longer_survival_is_anti_tumour() -> None:
    """Tumour-bearing animals that live longer: the vesicles act against the tumour."""
    found = triples_at(
        "sentence 2",
        "Marrow stromal cell vesicles in breast cancer",
        "Mice bearing breast tumours received exosomes of marrow MSCs (M-Exos).",
        "Mice given M-Exos lived longer.",
    )
    assert [(d, r) for _, d, r in found] == [("increase", "anti_tumor")]


@pytest.mark.parametrize(
    "sentence",
    [
        # against another arm, not the untreated (each fails without the 'than' check)
        "Mice given M-Exos survived longer than mice given MSCs.",
        "Mice given M-Exos survived longer than those given fibroblast exosomes.",
        "Mice given M-Exos survived longer than healthy mice.",
        # the EVs only in the 'than' phrase (fails without the 'than' check)
        "Mice given MSCs survived longer than mice given M-Exos.",
        # cells, not animals (fails without the subject check)
        "Neutrophils treated with M-Exos survived longer in culture.",
        # another treatment's group (passes on the start code by construction)
        "Mice lacking MSCs lived longer.",
        # hedged (dropped as other hedged results are); a modal (fails without the modal check)
        "Mice given M-Exos might survive longer.",
        "Mice given M-Exos should survive longer.",
        # the verb's own 'than' phrase names another arm (fails without the verb's 'than' check)
        "Mice survived longer after M-Exo injection than after MSC injection.",
        # the EVs taken away (fails without the 'product_removed' check)
        "Mice given saline survived longer after M-Exo withdrawal.",
        "Mice survived longer after M-Exo withdrawal.",
        # an earlier study's result (fails without the 'earlier_study' check)
        "Mice given M-Exos survived longer than saline mice in our previous study.",
        # the EVs' uptake blocked (fails without 'inhibit' in 'product_removed')
        "Mice survived longer after inhibition of M-Exo uptake.",
        # vesicles not given (fails without the participle check)
        "Patients with more circulating exosomes lived longer.",
        # the subject names a group of its own (the first fails without the group check)
        "Mice that received PBS lived longer after M-Exo injection.",
        "Unlike M-Exo-treated mice, MSC-treated mice survived longer than saline mice.",
        "Whereas mice given M-Exos died early, mice given MSCs survived longer.",
    ],
)
def test_longer_survival_not_of_the_vesicles_is_not_read_as_their_benefit(sentence: str) -> None:
    """Guards: no rise in survival credited to the EVs."""
    assert not [t for t in _read(sentence) if t[1] == "increase"]


def test_denied_longer_survival_is_no_rise() -> None:
    """'did not survive longer': no rise (stated as no change, as other denied results)."""
    found = _read("Mice given M-Exos did not survive longer than saline-treated mice.")
    assert not [t for t in found if t[1] == "increase"]
