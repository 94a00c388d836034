"""Seventy-fourth session: forms of real MSC-EV abstracts the reader missed, found by running it
over public abstracts kept outside the repository. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from exoatlas.read.mentions import find_mentions
from exoatlas.read.rnanames import joined_rna_names

from .reading import read_cargo


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The vesicles carried microRNA 21-5p.", "hsa-miR-21-5p"),
        ("The vesicles carried miRNA 146a-3p.", "hsa-miR-146a-3p"),
        ("We made miRNA 31-5p-rich vesicles.", "hsa-miR-31-5p"),
    ],
)
def test_a_mirna_written_with_a_space_before_its_number_keeps_its_arm(
    sentence: str, expected: str
) -> None:
    """A space between the class word and a number with its arm ('microRNA 21-5p') names the
    mature miRNA, as 'microRNA 21' names the precursor (the arm made the name unread before)."""
    assert [m.entity.label for m in find_mentions(sentence) if m.rna] == [expected]


def test_a_space_before_a_number_with_an_arm_still_leaves_ranges_and_units() -> None:
    """Only an arm (3p, 5p) after the number's dash makes a name: a range is not one, with a
    unit after it or none."""
    for text in ("miRNA 24-48 h after injury", "miRNA 5-10 fold higher", "ranks miRNA 10-20 top"):
        assert joined_rna_names(text) == text


def test_a_mirna_with_its_arm_after_a_space_is_the_findings_cargo() -> None:
    cargo = read_cargo(
        "Adipose MSC exosomes rich in microRNA 24-3p in corneal burns",
        "Exosomes of adipose MSCs were loaded with microRNA 24-3p.",
        "The loaded exosomes accelerated corneal epithelial healing in rabbits.",
    )
    assert "hsa-miR-24-3p" in cargo
