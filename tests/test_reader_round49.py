"""Forty-ninth session: shapes of result sentences the reader missed or misread, each shown with
sentences written for these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from .reading import read_abstract, read_asserted

SPLEEN = "Umbilical cord MSC exosomes in experimental colitis"
SPLEEN_GIVEN = "Exosomes of umbilical cord MSCs (UC-Exos) were given to colitic mice."


@pytest.mark.parametrize("share", ["fraction", "number", "proportion"])
def test_a_share_of_activated_t_cells_lowered_is_t_cell_activation_lowered(share: str) -> None:
    """(read as a rise of the T cells, a harm: the participle naming which cells were counted
    was taken for a change of its own)"""
    read = read_abstract(
        SPLEEN,
        SPLEEN_GIVEN,
        f"The UC-Exos reduced the {share} of activated CD4+ T cells in the spleen.",
    )
    assert ("T cell activation", "decrease", "protective") in read, read
    assert all(direction == "decrease" for _, direction, _ in read), read


def test_a_share_of_activated_stellate_cells_lowered_is_their_activation_lowered() -> None:
    read = read_abstract(
        "Adipose MSC exosomes in liver fibrosis",
        "Exosomes of adipose MSCs (ADSC-Exos) were injected into mice with liver fibrosis.",
        "The ADSC-Exos reduced the fraction of activated hepatic stellate cells in the liver.",
    )
    assert ("hepatic stellate cell activation", "decrease", "protective") in read, read


def test_an_expectation_with_would_is_no_result() -> None:
    """(read as a result: 'would' was no modal of the parse's hedges nor a hedge word)"""
    read = read_asserted(
        SPLEEN,
        SPLEEN_GIVEN,
        "The UC-Exos would be expected to inhibit colonic fibrosis in this model.",
    )
    assert not read, read


def test_a_result_beside_a_would_clause_is_still_read() -> None:
    read = read_asserted(
        SPLEEN,
        SPLEEN_GIVEN,
        "The UC-Exos reduced colonic fibrosis, which would otherwise narrow the bowel.",
    )
    assert read and all(direction == "decrease" for _, direction, _ in read), read
