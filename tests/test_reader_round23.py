"""Round-23 reader rules, from our own probe sentences after helpers A24 (bones, joints and skin),
B24 (lung, gut, liver, kidney) and C24 (unusual writing): a histological score that grades
healing, vessel growth into the cornea, 'could' under a 'Results:' label of a one-paragraph
abstract, a finite verb coordinated after a modal passive, numbered vesicle arms ('Exo1',
'Exo2') and a vesicle short form whose letters name only the cells ('HExos'). Each case was read
wrong, or not at all, before the rule it tests. The guards beside them come from a newcomer
review's own probes of a first, broader version of these rules (a lower damage score beside a
healed tissue, corneal source cells, unknown labels, a 'could' in a relative clause, numbered
arms of tumour or plasma vesicles): all but two (the gastric-cancer arm and the mixed cells)
were read wrong by that version."""

from __future__ import annotations

import pytest

from exoatlas.read.abbrev import find_abbreviations
from exoatlas.read.triage import product_abbreviations

from .reading import folded, read_asserted, triples_at

TENDON = "Adipose stem cell exosomes in rabbits with rotator cuff tears"
TENDON_GIVEN = "Rabbits with repaired rotator cuff tears received exosomes of adipose stem cells."
OA = "Bone marrow stem cell exosomes in rats with osteoarthritis"
OA_GIVEN = "Rats with osteoarthritis received exosomes of bone marrow mesenchymal stem cells."
AT = '"Abstract", sentence 2'


@pytest.mark.parametrize(
    "result",
    [
        "For tendon-bone healing, the exosome group showed a higher histological score than the "
        "saline group.",
        "The exosomes increased the histological score of the repaired tendon.",
    ],
)
def test_a_histological_score_of_healing_grades_the_repair(result: str) -> None:
    found = folded(triples_at(AT, TENDON, TENDON_GIVEN, result))
    assert ("tissue regeneration", "increase", "regenerative") in found, found
    assert not any(role == "pathogenic" for _, _, role in found), found


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # no word of healing: the score keeps its reading as the disease's severity
        (
            "The exosomes decreased the histological score of the cartilage.",
            ("disease severity", "decrease", "protective"),
        ),
        # a damage scale named in a sentence of repair
        (
            "The exosomes decreased the histological score of cartilage damage and its "
            "degeneration in the healing joint.",
            ("disease severity", "decrease", "protective"),
        ),
    ],
)
def test_a_damage_score_keeps_its_reading(result: str, expected: tuple[str, str, str]) -> None:
    assert expected in folded(triples_at(AT, OA, OA_GIVEN, result))


def test_less_vessel_growth_into_a_burned_cornea_protects() -> None:
    title = "Mesenchymal stem cell exosomes improved healing of corneal alkali burns in rabbits"
    given = "Rabbits with corneal alkali burns received exosomes of mesenchymal stem cells."
    result = "The exosomes improved healing of the burn by inhibiting angiogenesis."
    found = folded(triples_at(AT, title, given, result))
    assert ("angiogenesis", "decrease", "protective") in found, found
    # in a skin burn the vessels growing are the repair (under a title that claims no repair:
    # one that does frames the abstract, and a harm read beside it is dropped)
    skin = "Mesenchymal stem cell exosomes in skin burns of rats"
    found = folded(triples_at(AT, skin, given.replace("corneal", "skin"), result))
    assert ("angiogenesis", "decrease", "pathogenic") in found, found


COLITIS = "Umbilical cord MSC exosomes in mice with colitis"
METHODS = (
    "Background: Colitis is common.",
    "Methods: Mice with colitis received exosomes of umbilical cord mesenchymal stem cells.",
)


def test_could_under_a_results_label_reports_a_result() -> None:
    result = "In vitro, the exosomes could inhibit the inflammatory response of macrophages."
    labelled = read_asserted(
        COLITIS, *METHODS, "Results: The exosomes reduced weight loss.", result, "Conclusions: ."
    )
    assert ("inflammatory response", "decrease", "protective") in labelled, labelled
    # with no label the same 'could' is what the vesicles can do, no result
    plain = read_asserted(COLITIS, METHODS[1], "The exosomes reduced weight loss.", result)
    assert ("inflammatory response", "decrease", "protective") not in plain, plain


TSC = "Bone marrow MSC exosomes and tendon stem cells"
TSC_GIVEN = "Exosomes of bone marrow mesenchymal stem cells (BMSC-Exos) were isolated."


def test_a_finite_verb_after_a_modal_passive_is_asserted() -> None:
    result = (
        "The BMSC-Exos could be absorbed by tendon stem cells and promoted their proliferation."
    )
    found = folded(read_asserted(TSC, TSC_GIVEN, result))
    assert ("cell population proliferation", "increase", "regenerative") in found, found
    # a bare verb shares the modal: 'could reduce X and improve Y' stays hedged
    hedged = "The BMSC-Exos could reduce apoptosis and improve the proliferation of the cells."
    assert not read_asserted(TSC, TSC_GIVEN, hedged)


def test_numbered_vesicle_arms_are_the_products() -> None:
    text = (
        "Exosomes from umbilical cord mesenchymal stem cells (Exo1) and from bone marrow "
        "mesenchymal stem cells (Exo2) were given to rats."
    )
    assert product_abbreviations(text) == ("Exo1", "Exo2")
    found = folded(
        triples_at(
            AT,
            "Stem cell exosomes in rats with osteoporosis",
            text,
            "Both Exo1 and Exo2 improved bone mineral density.",
        )
    )
    assert found and all(role == "regenerative" for _, _, role in found), found
    # a number after other letters defines nothing new: no 'miR-21' read as 'microRNA'
    assert "miR-21" not in find_abbreviations("Cells overexpressed a microRNA (miR-21).")
    # nor is a numbered sibling of no product one
    assert product_abbreviations("Patients in cohort 2 (C2) and group 1 (G1) were seen.") == ()


def test_a_vesicle_short_form_defined_after_its_cells() -> None:
    text = (
        "We asked whether exosomes derived from heme oxygenase 1-modified bone marrow "
        "mesenchymal stem cells (HExos) protect the liver."
    )
    assert product_abbreviations(text) == ("HExos",)
    # the cells' own short form, or vesicles of other cells, are not the MSCs' vesicles
    assert product_abbreviations(text.replace("HExos", "HO-BMSCs")) == ()
    serum = "Serum exosomes of patients given bone marrow mesenchymal stem cells (BM-Exos)."
    assert product_abbreviations(serum) == ()


@pytest.mark.parametrize(
    "result",
    [
        # a lower score beside a healed tissue is a damage score's
        "The exosomes lowered the histological score, and the tendon healed.",
        # a named damage scale, lower is better
        "The exosomes lowered the Wakitani histological score of the repaired tendon.",
    ],
)
def test_a_lower_score_beside_healing_stays_the_diseases(result: str) -> None:
    found = folded(triples_at(AT, TENDON, TENDON_GIVEN, result))
    assert ("disease severity", "decrease", "protective") in found, found
    assert not any(label == "tissue regeneration" for label, _, _ in found), found


def test_a_named_repair_scale_grades_the_repair() -> None:
    result = "The exosomes increased the O'Driscoll histological score at the repair site."
    found = folded(triples_at(AT, TENDON, TENDON_GIVEN, result))
    assert found == {("tissue regeneration", "increase", "regenerative")}, found


@pytest.mark.parametrize(
    "title",
    [
        # corneal cells are the vesicles' source; the wound is the skin's
        "Exosomes of corneal mesenchymal stem cells accelerate skin wound healing in mice",
        # a cornea beside an ischaemic limb
        "Stem cell exosomes in the cornea and in the ischaemic hindlimb of mice",
    ],
)
def test_vessels_growing_outside_the_cornea_are_the_repair(title: str) -> None:
    given = "Mice received exosomes of mesenchymal stem cells."
    found = folded(triples_at(AT, title, given, "The exosomes increased angiogenesis."))
    assert ("angiogenesis", "increase", "regenerative") in found, found
    assert not any(role == "pathogenic" for _, _, role in found), found


@pytest.mark.parametrize(
    "closing",
    [
        "Clinical relevance: The exosomes could reduce fibrosis of the colon.",
        "In conclusion, the exosomes could reduce fibrosis of the colon.",
    ],
)
def test_a_results_label_ends_at_other_labels_and_conclusions(closing: str) -> None:
    found = read_asserted(COLITIS, *METHODS, "Results: The exosomes reduced weight loss.", closing)
    assert not any(label.casefold() == "fibrosis" for label, _, _ in found), found


def test_a_prospect_under_a_results_label_stays_hedged() -> None:
    prospect = "We speculate that the exosomes could reduce fibrosis of the colon."
    found = read_asserted(COLITIS, *METHODS, "Results: The exosomes reduced weight loss.", prospect)
    assert not any(label.casefold() == "fibrosis" for label, _, _ in found), found


@pytest.mark.parametrize(
    "result",
    [
        "It could be that the BMSC-Exos reduce fibrosis of the tendon.",
        "The BMSC-Exos could thus represent a therapy that attenuates fibrosis of the tendon.",
    ],
)
def test_a_could_the_parse_does_not_reach_still_hedges(result: str) -> None:
    assert not read_asserted(TSC, TSC_GIVEN, result)


@pytest.mark.parametrize(
    "text",
    [
        "Exosomes from bone marrow mesenchymal stem cells (Exo1) and from gastric cancer "
        "cells (Exo2) were compared.",
        "Exosomes from bone marrow mesenchymal stem cells (Exo-1) and from the plasma of "
        "septic mice (Exo-2) were compared.",
    ],
)
def test_a_numbered_arm_of_other_cells_is_no_product(text: str) -> None:
    assert product_abbreviations(text) == (text.split("(")[1].split(")")[0],)


def test_a_short_form_for_vesicles_of_mixed_cells_is_no_product() -> None:
    text = "Exosomes derived from co-cultured endothelial cells and BMSCs (CExos) were given."
    assert product_abbreviations(text) == ()


def test_a_numbered_arm_named_after_its_cells() -> None:
    text = "Exosomes of BMSCs (BMSC-Exo1) and of LPS-treated BMSCs (BMSC-Exo2) were compared."
    assert product_abbreviations(text) == ("BMSC-Exo1", "BMSC-Exo2")


# A second newcomer review, of the narrowed rules, with probes of its own: each case below was
# read wrong by the first narrowing (bdecbcf) and is read right now; the corneal allograft with
# bone-marrow source cells is a guard for the wider list of wounded tissues.


@pytest.mark.parametrize(
    "result",
    [
        # a control group's higher score is the disease's
        "The saline group had a higher histological score at the repair site than the "
        "exosome group.",
        # the score's own 'of' phrase names damage
        "After healing, the exosome group had a higher histological score of fatty infiltration.",
    ],
)
def test_a_score_of_damage_or_of_the_controls_is_no_repair(result: str) -> None:
    found = folded(triples_at(AT, TENDON, TENDON_GIVEN, result))
    assert found and not any(label == "tissue regeneration" for label, _, _ in found), found


def test_a_score_said_higher_in_the_ev_group_grades_the_repair() -> None:
    result = "The histological score at the repair site was higher in the exosome group."
    found = folded(triples_at(AT, TENDON, TENDON_GIVEN, result))
    assert ("tissue regeneration", "increase", "regenerative") in found, found


@pytest.mark.parametrize(
    ("title", "given", "result", "expected"),
    [
        # a cornea-derived source in a bone study: vessels growing are the repair
        (
            "Cornea-derived mesenchymal stromal cell exosomes promote bone regeneration in rats",
            "Rats with bone defects received exosomes of mesenchymal stem cells.",
            "The exosomes increased angiogenesis.",
            ("angiogenesis", "increase", "regenerative"),
        ),
        # a corneal study whose source cells are from the bone marrow (no bone wounded):
        # vessels growing into the graft are the harm
        (
            "MSC exosomes prolong corneal allograft survival in rats",
            "Rats with corneal allografts received exosomes of bone marrow mesenchymal stem cells.",
            "The exosomes reduced angiogenesis.",
            ("angiogenesis", "decrease", "protective"),
        ),
    ],
)
def test_cornea_words_that_name_no_corneal_wound(
    title: str, given: str, result: str, expected: tuple[str, str, str]
) -> None:
    found = folded(triples_at(AT, title, given, result))
    assert expected in found, found


@pytest.mark.parametrize(
    "closing",
    [
        "Therefore, the exosomes could reduce fibrosis of the colon.",
        "Implications for clinical practice: the exosomes could reduce fibrosis of the colon.",
        "The exosomes reduced weight loss, indicating that they could reduce colonic fibrosis.",
    ],
)
def test_inferences_under_a_results_label_stay_hedged(closing: str) -> None:
    found = read_asserted(COLITIS, *METHODS, "Results: The exosomes reduced weight loss.", closing)
    assert not any(label.casefold() == "fibrosis" for label, _, _ in found), found


@pytest.mark.parametrize(
    "other",
    [
        "from BMSC-educated macrophages",
        "from the serum of BMSC-treated rats",
        "from BMSC-derived osteoblasts",
    ],
)
def test_a_numbered_arm_of_what_msc_touched_is_no_product(other: str) -> None:
    text = f"Exosomes from BMSCs (Exo1) and {other} (Exo2) were compared."
    assert product_abbreviations(text) == ("Exo1",)
