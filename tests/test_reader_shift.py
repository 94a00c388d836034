"""A shift of state (own sentences): what the cells leave goes down, what they take up goes up;
a move from one place to another is no shift of state."""

from __future__ import annotations

import pytest

from .reading import folded, read_abstract, triples_at

TITLE = "Small vesicles of adipose mesenchymal stromal cells ease colitis in mice"
GIVEN = "Colitic mice received small vesicles of adipose MSCs (AD-MSC-sEVs) by the tail vein."
M1 = "macrophage polarization to m1"
M2 = "macrophage polarization to m2"


@pytest.mark.parametrize(
    "sentence",
    [
        "AD-MSC-sEVs shifted the colonic macrophages from an M1 towards an M2 phenotype.",
        "AD-MSC-sEVs drove a switch of lamina propria macrophages from M1 to M2 polarization.",
        "AD-MSC-sEVs converted the macrophages from the M1 state into the M2 state.",
    ],
)
def test_a_shift_from_m1_to_m2(sentence: str) -> None:
    found = folded(read_abstract(TITLE, GIVEN, sentence))
    assert (M1, "decrease", "protective") in found, found
    assert (M2, "increase", "regenerative") in found, found


def test_both_states_naming_inflammation_give_one_direction() -> None:
    found = folded(
        read_abstract(
            TITLE,
            GIVEN,
            "AD-MSC-sEVs brought about a switch of the macrophages from the pro-inflammatory M1 "
            "state to the anti-inflammatory M2 state.",
        )
    )
    assert ("inflammatory response", "increase", "pathogenic") not in found, found
    assert (M2, "increase", "regenerative") in found, found


def test_stopping_a_shift_reverses_it() -> None:
    found = folded(
        read_abstract(
            TITLE,
            GIVEN,
            "In the inflamed colon AD-MSC-sEVs prevented the switch of macrophages from M2 to M1.",
        )
    )
    assert (M1, "decrease", "protective") in found, found
    assert (M1, "increase", "pathogenic") not in found, found


def test_a_move_between_places_is_no_shift() -> None:
    # (the moved cells' own sentence: the title's easing of colitis is its own finding)
    found = triples_at(
        '"Abstract", sentence 2',
        TITLE,
        GIVEN,
        "After AD-MSC-sEV uptake the cells were transitioned from the dish to a plate.",
    )
    assert not found or all(f[1] == "unknown" for f in found), found


def test_more_cd31_stained_vessels_read_as_angiogenesis() -> None:
    found = folded(
        read_abstract(
            TITLE, GIVEN, "AD-MSC-sEVs raised CD31 staining in the healing colonic mucosa."
        )
    )
    assert ("angiogenesis", "increase", "regenerative") in found, found


def test_epithelial_and_mesenchymal_markers_read_out_emt() -> None:
    found = folded(
        read_abstract(
            TITLE,
            GIVEN,
            "AD-MSC-sEVs raised the expression of E-cadherin and lowered N-cadherin in "
            "epithelial cells.",
        )
    )
    assert ("epithelial to mesenchymal transition", "decrease", "protective") in found, found
