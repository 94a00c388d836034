"""Round-13 reader rules, from our own probe sentences (MSC sources and the ways abstracts link
vesicles to them, each written into a short made-up abstract): each case was read wrong, or not
at all, before the rule it tests; the guards beside them hold either way."""

from __future__ import annotations

import pytest

from .reading import kept_by_triage, read_records

RESULT = "The exosomes reduced neuronal apoptosis in rats after stroke."


@pytest.mark.parametrize(
    "culture",
    [
        "MSCs were cultured in serum-free medium for 48 h, and exosomes were harvested from "
        "the supernatant.",
        "Umbilical cord MSCs were expanded to passage four; EVs were then isolated from the "
        "conditioned medium.",
        "BMSCs were grown to confluence, then exosomes were collected from the culture medium.",
    ],
)
def test_one_sentence_growing_msc_and_isolating_vesicles_from_their_medium_is_kept(
    culture: str,
) -> None:
    # the same two clauses written as two sentences were kept already
    assert kept_by_triage(culture, RESULT)


@pytest.mark.parametrize(
    "culture",
    [
        # other cells grown with the MSCs: the vesicles may be theirs
        "Macrophages were co-cultured with MSCs, and exosomes were isolated from the medium.",
        # tumour cells: their vesicles
        "Breast cancer cells were treated with MSCs, and exosomes were harvested from the "
        "supernatant.",
        # MSCs given to animals, vesicles from something else
        "Rats received MSCs, and exosomes were isolated from the serum by ultracentrifugation.",
    ],
)
def test_a_clause_naming_other_vesicles_after_msc_is_not_kept(culture: str) -> None:
    assert not kept_by_triage(culture, RESULT)


@pytest.mark.parametrize(
    ("cells", "label"),
    [
        ("tendon stem cells", "tendon stem/progenitor cell"),
        ("tendon-derived stem cells (TDSCs)", "tendon stem/progenitor cell"),
        ("skeletal stem cells", "skeletal stem cell"),
        ("muscle-derived stem cells", "muscle-derived stem cell"),
        ("cartilage endplate stem cells", "cartilage endplate stem cell"),
    ],
)
def test_vesicles_of_msc_like_tissue_stem_cells_are_read_with_their_source(
    cells: str, label: str
) -> None:
    records = read_records(
        "Vesicle therapy for stroke", f"Exosomes derived from {cells} were isolated.", RESULT
    )
    sources = {r.finding.msc_source.label for r in records if r.finding.msc_source}
    assert sources == {label}, sources


@pytest.mark.parametrize(
    "cells",
    [
        "skeletal muscle stem cells",  # satellite cells, not stromal
        "TSCs",  # trophoblast stem cells as often as tendon
        "MDSCs",  # myeloid-derived suppressor cells
        "dermal papilla cells",
    ],
)
def test_other_stem_cells_and_ambiguous_abbreviations_are_no_msc_source(cells: str) -> None:
    assert not kept_by_triage(f"Exosomes derived from {cells} were isolated.", RESULT)
