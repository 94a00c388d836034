"""Constructions of unseen real abstracts (round 7, helper R7), each shown with sentences
written for the test."""

from __future__ import annotations

from .reading import folded, read_asserted

TITLE = "Vesicles from umbilical cord mesenchymal stem cells protect the inner ear"
GIVEN = "We gave mice extracellular vesicles (EVs) from umbilical cord MSCs."


def test_a_reversed_injury_clause_is_read_from_the_parse() -> None:
    # 'A and B rose in the injured tissue, which could be reversed by the EVs': each change the
    # stimulus made, as the parse reads it (an unnamed readout too), turned round as the EVs'
    # own; the 'could' of the reversal reports what was seen
    found = folded(
        read_asserted(
            TITLE,
            GIVEN,
            "Gentamicin exposure increased sensory cell loss and apoptosis in the explants, "
            "which could be reversed by the EVs.",
        )
    )
    assert ("sensory cell loss", "decrease", "protective") in found
    assert ("apoptotic process", "decrease", "protective") in found
