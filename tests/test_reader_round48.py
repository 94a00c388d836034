"""Forty-eighth session: shapes of result sentences the reader missed or misread, each shown with
sentences written for these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from exoatlas.vocab import cues, read_tsv

from .reading import read_abstract

BREAST = "Bone marrow MSC exosomes carrying a microRNA"
BREAST_GIVEN = (
    "Exosomes of human bone marrow MSCs (BMSC-Exos) were collected by ultracentrifugation."
)
HEART = "Bone marrow MSC exosomes after myocardial infarction"
HEART_GIVEN = "Exosomes of bone marrow MSCs (BMSC-Exos) were injected into infarcted rat hearts."


@pytest.mark.parametrize("line", ["MCF-7", "MDA-MB-231", "CT26", "U87"])
def test_a_tumour_study_named_only_by_its_cell_lines_is_a_tumour_study(line: str) -> None:
    """(read lowered proliferation of the cells as a harm, pathogenic: no tumour word but one
    'xenograft' told the reader the study was about a tumour)"""
    read = read_abstract(
        BREAST,
        BREAST_GIVEN,
        f"The BMSC-Exos inhibited the proliferation and migration of {line} cells.",
        "The BMSC-Exos also slowed xenograft growth in nude mice.",
    )
    roles = {role for _, _, role in read}
    assert roles == {"anti_tumor"}, read


@pytest.mark.parametrize("line", ["HaCaT", "HK-2", "A549"])
def test_a_cell_line_that_also_models_a_healthy_tissue_makes_no_tumour_study(line: str) -> None:
    """(A549 is an alveolar epithelial model in lung injury papers, HaCaT a keratinocyte one)"""
    read = read_abstract(
        "Bone marrow MSC exosomes in acute lung injury",
        BREAST_GIVEN,
        f"The BMSC-Exos reduced apoptosis of LPS-treated {line} cells.",
    )
    assert ("apoptotic process", "decrease", "protective") in read


def test_the_tumour_model_lines_are_cell_lines_of_the_vocabulary() -> None:
    lines = {row["curie"]: row["label"] for row in read_tsv("cell_lines.tsv")}
    for row in read_tsv("tumour_cell_lines.tsv"):
        assert lines.get(row["curie"]) == row["label"]
        assert row["source"]
    assert cues.tumour_study_words("growth of MDA-MB-231 and 4T1 cells") == 2
    # a name inside another token is no mention ('MCF-7' is not in 'MCF-70'; no HCT 116 in it)
    assert cues.tumour_study_words("the MCF-70 clone and pHT-29x plasmid") == 0


@pytest.mark.parametrize(
    "arm",
    [
        "The exosomes of MSCs carrying sh-FOXO3",
        "Exosomes from sh-FOXO3 MSCs",
        "The shTSG-6-Exo",
        "Exosomes of shTSG-6 BMSCs",
    ],
)
def test_an_arm_named_by_its_construct_is_no_harm_of_the_vesicles(arm: str) -> None:
    """(a construct naming the cells it was put in, or a hyphenated gene, read the arm's lost
    benefit as the vesicles' harm: 'exosomes from sh-FOXO3 MSCs increased infarct size')"""
    read = read_abstract(HEART, HEART_GIVEN, f"{arm} increased apoptosis of cardiomyocytes.")
    assert not [r for r in read if r[2] == "pathogenic"], read


@pytest.mark.parametrize("control", ["si-NC-Exos", "sh-Ctrl-Exos"])
def test_the_control_constructs_vesicles_are_no_arm(control: str) -> None:
    """(the control construct's vesicles keep the benefit; 'si-NC-Exos' had been read as a
    loss-of-function arm and its finding dropped)"""
    read = read_abstract(HEART, HEART_GIVEN, f"The {control} reduced cardiomyocyte apoptosis.")
    assert ("apoptotic process", "decrease", "protective") in read
