"""Round-24 reader rules, from our own probe sentences after helper D24 (cancer and immunity):
a ratio of two cells or markers ('the Th17/Treg ratio') moves as its numerator does. Before the
rule, 'reduced the Th17/Treg ratio' was read as fewer regulatory T cells, a harm; the marker
ratios beside it (Bax/Bcl-2, LC3-II/LC3-I) are guards, read so before and after."""

from __future__ import annotations

import pytest

from .reading import folded, triples_at

TITLE = "Bone marrow MSC exosomes in mice with immune thrombocytopenia"
GIVEN = "Mice with immune thrombocytopenia received exosomes of bone marrow mesenchymal stem cells."
AT = '"Abstract", sentence 2'


def test_a_ratio_is_never_read_as_its_denominator() -> None:
    found = folded(triples_at(AT, TITLE, GIVEN, "The exosomes reduced the Th17/Treg ratio."))
    assert not any("regulatory T cell" in label for label, _, _ in found), found
    assert not any(role == "pathogenic" for _, _, role in found), found


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # a marker ratio reads out the numerator's process (autophagy has no role of its own)
        (
            "The exosomes reduced the Bax/Bcl-2 ratio in the spleen.",
            ("apoptotic process", "decrease"),
        ),
        (
            "The exosomes increased the LC3-II/LC3-I ratio in the spleen.",
            ("autophagy", "increase"),
        ),
    ],
)
def test_a_marker_ratio_reads_out_its_numerator(result: str, expected: tuple[str, str]) -> None:
    found = folded(triples_at(AT, TITLE, GIVEN, result))
    assert expected in {(label, direction) for label, direction, _ in found}, found


# After helpers A25 (nerves, eye, heart and vessels), B25 (metabolism, reproduction, skin) and
# C25 (older and unusual writing), with our own sentences: a rise that a relative clause says
# the EVs undid (the 'suppressed by' case is a guard: the whole abstract read it right before, the
# parse alone gave the EVs the rise); vocabulary (re-endothelialisation, erection); vesicles of
# smooth muscle cells.
NEURO = "Bone marrow MSC exosomes protect neurons after oxygen-glucose deprivation"
NEURO_GIVEN = "Neurons were deprived of oxygen and glucose and given exosomes of BMSCs (BMSC-Exos)."


@pytest.mark.parametrize(
    "result",
    [
        "Neuronal apoptosis was induced by OGD, which was suppressed by BMSC-Exos.",
        "Neuronal apoptosis was triggered by the deprivation, which BMSC-Exos attenuated.",
    ],
)
def test_a_rise_the_evs_undid_in_a_relative_clause_is_their_decrease(result: str) -> None:
    found = folded(triples_at(AT, NEURO, NEURO_GIVEN, result))
    assert found == {("apoptotic process", "decrease", "protective")}, found


def test_reendothelialisation_is_regeneration() -> None:
    title = "Umbilical cord MSC exosomes after carotid artery injury in rats"
    given = "Rats with carotid artery injury received exosomes of umbilical cord MSCs."
    result = "The exosomes accelerated re-endothelialization of the injured artery."
    found = folded(triples_at(AT, title, given, result))
    assert ("tissue regeneration", "increase", "regenerative") in found, found


def test_an_erection_ameliorated_is_an_erection_improved() -> None:
    title = "Adipose MSC exosomes in rats with erectile dysfunction"
    given = "Rats with erectile dysfunction received exosomes of adipose MSCs."
    found = folded(triples_at(AT, title, given, "The exosomes ameliorated erection in the rats."))
    assert found and all(d == "increase" and r == "regenerative" for _, d, r in found), found


def test_vesicles_of_smooth_muscle_cells_are_not_the_mscs() -> None:
    title = "Exosomes derived from smooth muscle cells improve erectile function in rats"
    given = (
        "Exosomes derived from penile smooth muscle cells (PSMC-EXOs) were compared with "
        "exosomes derived from mesenchymal stem cells (MSC-EXOs)."
    )
    result = "PSMC-EXOs improved erectile function in the rats."
    assert triples_at(AT, title, given, result) == []
    # the MSC-EXOs' own sentence is read
    mine = "MSC-EXOs improved erectile function in the rats."
    assert triples_at(AT, title, given, mine), "the MSC-EXOs' result was not read"


TENDON = "Bone marrow MSC exosomes after flexor tendon repair in rats"
TENDON_GIVEN = "Rats with repaired flexor tendons received exosomes of BMSCs (BMSC-Exos)."


@pytest.mark.parametrize(
    "result",
    [
        "BMSC-Exos reduced tendon adhesion.",
        "BMSC-Exos contributed to relief of peritendinous adhesion.",
    ],
)
def test_less_adhesion_after_tendon_repair_is_less_fibrosis(result: str) -> None:
    found = folded(triples_at(AT, TENDON, TENDON_GIVEN, result))
    assert found == {("fibrosis", "decrease", "protective")}, found


def test_cells_regarded_as_promising_are_background() -> None:
    found = triples_at(
        AT,
        TENDON,
        TENDON_GIVEN,
        "Tendon stem cells are regarded as promising seed cells for restoring tendon defects.",
    )
    assert found == [], found


# A newcomer review of the round's rules, with probes of its own: each case below was read
# wrong by the round's first version (b14ffc2) and is read right now.


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # a ratio whose numerator names nothing is read whole, as before the ratio rule
        ("The exosomes reduced the wet/dry ratio of the lungs.", ("edema", "decrease")),
        ("The exosomes increased the BV/TV ratio.", ("ossification", "increase")),
        # the numerator's cells with the ratio's own noun
        (
            "The exosomes reduced the M1/M2 macrophage ratio.",
            ("macrophage polarization to m1", "decrease"),
        ),
    ],
)
def test_ratios_whose_numerator_names_nothing_alone(result: str, expected: tuple[str, str]) -> None:
    found = folded(triples_at(AT, TITLE, GIVEN, result))
    assert expected in {(label, direction) for label, direction, _ in found}, found


def test_a_carrier_clause_on_a_passive_agent_keeps_the_evs() -> None:
    found = folded(
        triples_at(
            AT,
            TENDON,
            TENDON_GIVEN,
            "Tendon healing was improved by a fibrin glue containing BMSC-Exos.",
        )
    )
    assert found and all(direction == "increase" for _, direction, _ in found), found


@pytest.mark.parametrize(
    "result",
    [
        "Exosomes derived from hepatocyte growth factor-overexpressing BMSCs reduced liver "
        "fibrosis.",
        "Exosomes from the cells reduced hepatocyte apoptosis.",
        "Exosomes derived from osteoblast-differentiated BMSCs reduced liver fibrosis.",
    ],
)
def test_cells_the_evs_act_on_or_came_from_are_no_other_source(result: str) -> None:
    title = "Bone marrow MSC exosomes in rats with liver fibrosis"
    given = "Rats with liver fibrosis received exosomes of bone marrow mesenchymal stem cells."
    assert triples_at(AT, title, given, result), "the sentence was read as other vesicles'"


# A second newcomer review, of the narrowing (ffd0981), with probes of its own: each case below
# was read wrong by it and is read right now.


@pytest.mark.parametrize(
    "result",
    [
        "BMSC-Exos enhanced the adhesion of tendon stem cells to the scaffold.",
        "BMSC-Exos increased the peritoneal adhesion of ovarian cancer cells.",
    ],
)
def test_an_adhesion_of_cells_is_no_fibrosis(result: str) -> None:
    found = folded(triples_at(AT, TENDON, TENDON_GIVEN, result))
    assert not any(label == "fibrosis" for label, _, _ in found), found


@pytest.mark.parametrize(
    "result",
    [
        "BMSC-Exos, which markedly reduced tendon adhesion, are viewed as an attractive therapy.",
        "Because BMSC-Exos reduced tendon adhesion, they are regarded as a potential treatment.",
    ],
)
def test_a_result_given_with_a_view_is_read(result: str) -> None:
    found = folded(triples_at(AT, TENDON, TENDON_GIVEN, result))
    assert ("fibrosis", "decrease") in {(label, d) for label, d, _ in found}, found


@pytest.mark.parametrize(
    "result",
    [
        "Exosomes secreted by mature osteoclasts suppressed bone formation.",
        "Exosomes from MC3T3-E1 osteoblasts promoted angiogenesis.",
        "Smooth muscle cell exosomes promoted vascular calcification.",
    ],
)
def test_vesicles_of_other_cells_stay_other(result: str) -> None:
    title = "Bone marrow MSC exosomes in rats with osteoporosis"
    given = "Rats with osteoporosis received exosomes of bone marrow mesenchymal stem cells."
    assert triples_at(AT, title, given, result) == []


def test_relief_of_a_blockade_raises_what_was_blocked() -> None:
    found = folded(
        triples_at(
            AT,
            NEURO,
            NEURO_GIVEN,
            "The relief of autophagic flux blockade by BMSC-Exos protected the neurons.",
        )
    )
    assert ("autophagy", "decrease") not in {(label, d) for label, d, _ in found}, found
