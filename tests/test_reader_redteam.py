"""Forms of writing a second, independent round of made-up probe sentences found the reader
missing: results stated as differences between groups, 'the activation of X', a protected object
with its harm after 'against', markers before an amount or counted in cells, a reversal the EVs
do, processes the vocabulary lacked, a cell type mistaken for a tumour, and triage naming. Three
tests guard the new rules' limits (a comparator group, 'better results', a reversal by an
inhibitor) and held before them too. Every sentence here is written for these tests (not taken
from any abstract)."""

from __future__ import annotations

import pytest

from .reading import folded, kept_by_triage, read_abstract

TITLE = "Stromal cell vesicles in a model of injury"
TUMOUR_TITLE = "Marrow stromal cell vesicles in a carcinoma model"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The vesicle-treated group showed less myocardial fibrosis than the sham group.",
            ("fibrosis", "decrease", "protective"),
        ),
        (
            "Capillary density was greater in ischaemic muscles injected with BMSC exosomes.",
            ("angiogenesis", "increase", "regenerative"),
        ),
        (
            "Given umbilical cord MSC exosomes, the mice showed better renal function and less "
            "tubular necrosis.",
            ("functional recovery", "increase", "regenerative"),
        ),
    ],
)
def test_a_result_stated_as_a_difference_between_groups(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = read_abstract(TITLE, sentence)
    assert tuple(x.casefold() for x in expected) in folded(found), found


def test_the_comparator_group_is_not_the_agent_of_a_comparative() -> None:
    found = read_abstract(
        TITLE,
        "Apoptosis was higher in the vehicle group than in the exosome group.",
    )
    assert ("apoptotic process", "increase", "pathogenic") not in found, found


def test_better_results_of_a_group_are_no_direction() -> None:
    found = read_abstract(
        TITLE, "Memory test results were better in the group given loaded MSC exosomes."
    )
    assert not [f for f in found if f[0] == "learning or memory" and f[1] != "unknown"], found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Adipose MSC vesicles suppressed the activation of hepatic stellate cells.",
            ("hepatic stellate cell activation", "decrease", "protective"),
        ),
        (
            "Marrow MSC exosomes dampened the activation of CD4+ T cells in the spleen.",
            ("T cell activation", "decrease", "protective"),
        ),
    ],
)
def test_the_activation_of_cells_names_a_process(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = read_abstract(TITLE, sentence)
    assert tuple(x.casefold() for x in expected) in folded(found), found


def test_a_harm_after_against_hung_on_the_protected_object() -> None:
    found = read_abstract(
        TITLE,
        "Cord MSC exosomes protected tenocytes against oxidative stress-induced senescence.",
    )
    assert ("cellular senescence", "decrease", "protective") in found, found


def test_each_conjunct_of_prefixed_effects() -> None:
    found = read_abstract(
        TITLE, "The MSC-sEVs exerted anti-inflammatory and anti-fibrotic effects in the liver."
    )
    assert ("inflammatory response", "decrease", "protective") in found, found
    assert ("Fibrosis", "decrease", "protective") in found or (
        "fibrosis",
        "decrease",
        "protective",
    ) in found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "BMSC exosomes decreased serum creatinine and blood urea nitrogen levels after "
            "cisplatin.",
            ("organ dysfunction", "decrease", "protective"),
        ),
        (
            "MSC-EVs raised the percentage of PCNA-positive hepatocytes after resection.",
            ("cell population proliferation", "increase", "regenerative"),
        ),
        (
            "The elevated expression of caspase-1 in the injured cord was reversed by treatment "
            "with BMSC-EVs.",
            ("pyroptosis", "decrease", "protective"),
        ),
    ],
)
def test_markers_in_more_forms(sentence: str, expected: tuple[str, str, str]) -> None:
    found = read_abstract(TITLE, sentence)
    assert tuple(x.casefold() for x in expected) in folded(found), found


def test_a_reversal_by_an_inhibitor_stays_undone() -> None:
    found = read_abstract(
        TITLE,
        "The elevated expression of caspase-1 in the injured cord was reversed by GW4869.",
    )
    assert ("pyroptosis", "decrease", "protective") not in found, found


def test_polarisation_towards_a_phenotype() -> None:
    found = read_abstract(
        TITLE,
        "Vesicles from cord MSCs enhanced the polarization of microglia towards the M2 state "
        "and lowered M1 polarization.",
    )
    assert ("macrophage polarization to M2", "increase", "regenerative") in found or (
        "macrophage polarization to M2",
        "increase",
        "protective",
    ) in found, found


def test_t_cells_infiltrating_a_tumour_fight_it() -> None:
    found = read_abstract(
        TUMOUR_TITLE,
        "In the melanoma model, MSC exosomes reduced the infiltration of CD8+ T cells into "
        "tumours.",
    )
    assert ("T cell migration", "decrease", "pro_tumor") in found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("MSC exosomes promoted hair regrowth in shaved mice.", "hair follicle development"),
        ("MSC-EVs raised the phagocytic capacity of monocytes.", "phagocytosis"),
        ("MSC-EVs inhibited dendritic cell maturation in vitro.", "dendritic cell differentiation"),
        ("MSC-EVs lowered the frequency of Th17 cells in the spleen.", "T-helper 17 cell"),
        ("MSC exosomes improved sperm motility in irradiated rats.", "spermatogenesis"),
        ("MSC-EVs increased hindlimb perfusion after ligation.", "blood circulation"),
        ("Dental pulp MSC exosomes promoted dentine formation in vivo.", "dentinogenesis"),
        (
            "MSC-EVs reduced the release of neutrophil extracellular traps in the lungs.",
            "extracellular trap formation",
        ),
        ("MSC exosomes reduced blood-brain barrier leakage after stroke.", "permeability"),
        ("MSC exosomes prevented the loss of alveolar bone in rats.", "bone resorption"),
    ],
)
def test_processes_the_vocabulary_lacked(sentence: str, expected: str) -> None:
    found = read_abstract(TITLE, sentence)
    assert any(expected.casefold() in f[0].casefold() and f[1] != "unknown" for f in found), found


def test_retinal_ganglion_cells_are_no_tumour() -> None:
    found = read_abstract(
        TITLE, "MSC exosomes increased the survival of retinal ganglion cells after nerve crush."
    )
    assert found and not [f for f in found if f[2] in ("pro_tumor", "anti_tumor")], found


@pytest.mark.parametrize(
    "sentence",
    [
        "Vesicles isolated from hiPSC-MSCs lowered apoptosis in the flap.",
        "Exosomal miR-31-5p derived from BMSCs raised osteogenesis.",
        "Small EVs secreted by stem cells from the apical papilla promoted pulp repair.",
    ],
)
def test_triage_keeps_more_namings(sentence: str) -> None:
    assert kept_by_triage(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Monocyte-derived exosomes were taken up by BMSCs and lowered their osteogenesis.",
        "Exosomes shed by mesenchymal glioblastoma stem cells raised tumour invasion.",
    ],
)
def test_triage_drops_vesicles_that_msc_receive_or_mesenchymal_tumours(sentence: str) -> None:
    assert not kept_by_triage(sentence)


def test_a_comparative_adjective_names_the_process() -> None:
    found = read_abstract(
        TUMOUR_TITLE,
        "Carcinoma cells given marrow MSC exosomes were more resistant to paclitaxel than "
        "untreated cells.",
    )
    assert ("Drug Resistance, Neoplasm", "increase", "pro_tumor") in found, found


def test_an_inhibitor_the_parse_hung_on_the_trigger_undoes_it() -> None:
    found = read_abstract(
        TUMOUR_TITLE,
        "The BMSC-Exos raised the docetaxel resistance of the carcinoma cells.",
        "miR-21 was enriched in the BMSC-Exos, and its antagomiR restored docetaxel sensitivity.",
    )
    assert ("Drug Resistance, Neoplasm", "increase", "pro_tumor") in found, found
    assert ("Drug Resistance, Neoplasm", "decrease", "anti_tumor") not in found, found
