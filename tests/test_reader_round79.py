"""Seventy-ninth session: list objects the small parser shapes so that an item is lost or
turned round, and fertility as a process of its own (probe sentences written for these tests,
in the forms real results sentences take)."""

from __future__ import annotations

import pytest

from .reading import read_abstract, read_records

_ABSTRACT = "We studied MSC-derived vesicles in a disease model."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 'fibrosis' parsed as a modifier of 'activation': the last item's trigger noun was
        # blanked, so 'macrophage' alone named nothing
        (
            "Umbilical cord MSC exosomes reduced corneal fibrosis and macrophage activation.",
            [
                ("Fibrosis", "decrease", "protective"),
                ("macrophage activation", "decrease", "protective"),
            ],
        ),
        # the same shape: the first item was lost to the last
        (
            "MSC exosomes suppressed demyelination and T cell activation in EAE mice.",
            [
                ("Demyelinating Diseases", "decrease", "protective"),
                ("T cell activation", "decrease", "protective"),
            ],
        ),
        # a restoring noun last: its whole phrase turned the first item round (fibrosis up)
        (
            "Umbilical cord MSC-EVs reduced fibrosis and functional recovery in the model rats.",
            [
                ("Fibrosis", "decrease", "protective"),
                ("functional recovery", "decrease", "pathogenic"),
            ],
        ),
        (
            "Umbilical cord MSC-EVs increased apoptosis and motor recovery in the model rats.",
            [
                ("apoptotic process", "increase", "pathogenic"),
                ("functional recovery", "increase", "regenerative"),
            ],
        ),
        # a passive subject's first item, and a longer list's, stay beside the activation
        (
            "Fibrosis and macrophage activation were reduced by umbilical cord MSC-EVs.",
            [
                ("Fibrosis", "decrease", "protective"),
                ("macrophage activation", "decrease", "protective"),
            ],
        ),
        (
            "Umbilical cord MSC-EVs reduced fibrosis, apoptosis and macrophage activation.",
            [
                ("Fibrosis", "decrease", "protective"),
                ("apoptotic process", "decrease", "protective"),
                ("macrophage activation", "decrease", "protective"),
            ],
        ),
    ],
)
def test_a_list_head_kept_whole_is_read_with_the_items_before_it_their_own_way(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    found = read_abstract(sentence, _ABSTRACT)
    for triple in expected:
        assert triple in found, found
    # (and never the first item turned round)
    turned = {(p, "increase" if d == "decrease" else "decrease") for p, d, _ in expected}
    assert not turned & {(p, d) for p, d, _ in found}, found


def test_a_second_verb_keeps_its_own_conjunct() -> None:
    """Not a noun list: 'reduced apoptosis and promoted proliferation' has two verbs, each with
    its own object and direction."""
    found = read_abstract(
        "Bone marrow MSC exosomes reduced apoptosis and promoted proliferation of chondrocytes.",
        _ABSTRACT,
    )
    assert ("apoptotic process", "decrease", "protective") in found, found
    assert ("cell population proliferation", "increase", "regenerative") in found, found


def test_fertility_is_a_grounded_process_the_vesicles_restore() -> None:
    """'improved fertility', 'promoted X and fertility restoration': fertility was no process
    of the vocabulary (read as an unnamed change, or lost from a list); it is now one,
    beneficial, beside the disease of its loss (MeSH Infertility)."""
    records = read_records(
        "Umbilical cord MSC-EVs improved fertility of female rats with premature ovarian "
        "insufficiency",
        _ABSTRACT,
    )
    grounded = [r.finding.outcome.process for r in records if r.finding.outcome.process]
    assert any(p.curie == "exoatlas:outcome_fertility" and p.grounded for p in grounded), grounded
    found = read_abstract(
        "Adipose MSC exosomes promoted endometrial repair and fertility restoration in "
        "injured rats.",
        _ABSTRACT,
    )
    assert ("fertility", "increase", "regenerative") in found, found
    found = read_abstract(
        "Menstrual blood stem cell exosomes reduced infertility in mice.", _ABSTRACT
    )
    assert ("Infertility", "decrease", "protective") in found, found
    assert not read_abstract(
        "The effects of modified BMSC exosomes on fertility-related outcomes were studied.",
        _ABSTRACT,
    )
    # ('fertility damage' is a harm: the vesicles lessened it, they did not lower fertility)
    found = read_abstract(
        "MSC-EVs prevented fertility damage after radiotherapy in mice.", _ABSTRACT
    )
    assert ("fertility", "decrease", "pathogenic") not in found, found
    assert any(d == "decrease" and r == "protective" for _, d, r in found), found
