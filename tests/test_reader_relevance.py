"""Relevance and role of an abstract as a whole: which records triage keeps (MSCs of a named
tissue, EV words, MSCs acting through their exosome secretion), a title's nominal claim ('the
cardioprotective effects of MSC-exosomes'), a protein named after a tumour that is no tumour
context, and the role of a change with no valence in an abstract that calls its EVs beneficial.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from exoatlas.vocab import cues

from .reading import kept_by_triage, read_abstract


@pytest.mark.parametrize(
    "sentence",
    [
        "Exosomes derived from human dental pulp stem cells lowered inflammation in gingiva.",
        "Adipose-derived stem cell exosomes sped wound closure in mice.",
        "Extracellular vesicles secreted by umbilical cord stem cells lowered liver fibrosis.",
        "Exosomes of stem cells from human exfoliated deciduous teeth (SHED) aided bone repair; "
        "SHED-Exos raised osteogenesis.",
        "Menstrual blood-derived stem cells (MenSCs) were cultured and MenSC-derived exosomes "
        "lowered fibrosis.",
        "Exosomes from bone marrow-derived stem cells (BMSCs) lowered fibrosis.",
        "Apoptotic vesicles released by MSCs raised bone mass.",
        "MSC-derived apoptotic bodies raised bone mass.",
        "The benefit of MSCs in heart failure required exosome biogenesis in the MSCs.",
        "ASC-Exos sped the closure of skin defects in rats.",
        "Vesicles secreted by marrow MSCs lowered collagen deposition.",
        "hucMSC-Ex lowered colonic inflammation in mice.",
        "Marrow MSCs were primed with interferon and their exosomes were given to mice.",
        "Marrow MSCs were kept in low oxygen, and the vesicles they released aided bone repair.",
        "Marrow MSCs were grown in flasks and exosomes were purified from their medium.",
        "Vesicles from bone marrow-derived stem cells lowered renal scarring.",
        "Exosomes of cord blood stem cells eased photoaged skin.",
        "Dental follicle stem cell exosomes aided periodontal repair.",
    ],
)
def test_triage_keeps_msc_vesicles_named_in_these_ways(sentence: str) -> None:
    assert kept_by_triage(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Exosomes derived from neural stem cells (NSCs) lowered fibrosis.",
        "Exosomes from cardiac progenitor cells lowered fibrosis.",
        "Exosomes shed from tumor cells act on MSCs in the niche.",
        "MSCs lowered apoptosis; the number of apoptotic bodies fell.",
        "Urine-derived exosomes of patients were profiled; stem cells were not studied.",
        "Exosomes from treated mice lowered the expression of NLRP3, ASC and caspase-1 in MSCs.",
        "Marrow MSCs were grown with macrophages and the vesicles they released were profiled.",
        "Marrow MSCs were grown with tumour cells and exosomes were purified from their medium.",
        "Marrow MSCs were grown with chondrocytes and their exosomes were profiled.",
        "Exosomes of bone marrow haematopoietic stem cells lowered renal scarring.",
    ],
)
def test_triage_rejects_other_vesicles_and_cells(sentence: str) -> None:
    assert not kept_by_triage(sentence), sentence


@pytest.mark.parametrize(
    "text",
    [
        "the B-cell lymphoma-2 (Bcl-2) pathway",
        "B cell lymphoma 2-interacting protein 3",
        "B-cell lymphoma-extra large",
        "tumor susceptibility gene 101 (TSG101)",
        "leukemia inhibitory factor",
        "absent in melanoma 2 (AIM2)",
        "Wilms tumor 1",
        "tumor protein p53",
        "myeloid cell leukemia-1",
    ],
)
def test_a_protein_named_after_a_tumour_is_no_tumour_context(text: str) -> None:
    assert not cues.cue("tumour_context").search(text), text


@pytest.mark.parametrize(
    "text", ["diffuse large B-cell lymphoma", "lymphoma cells", "tumor growth", "leukemia cells"]
)
def test_tumour_words_still_make_a_tumour_context(text: str) -> None:
    assert cues.cue("tumour_context").search(text), text


def test_less_apoptosis_through_bcl2_is_protective() -> None:
    found = read_abstract(
        "Marrow stromal vesicles and neurons",
        "Marrow MSC exosomes lowered apoptosis of hippocampal neurons by activating the "
        "B-cell lymphoma-2 (Bcl-2) pathway.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found


def test_less_apoptosis_of_lymphoma_cells_is_pro_tumour() -> None:
    found = read_abstract(
        "Marrow stromal vesicles and lymphoma",
        "Marrow MSC exosomes lowered apoptosis of lymphoma cells in culture.",
    )
    assert ("apoptotic process", "decrease", "pro_tumor") in found, found


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Cardioprotective effects of exosomes derived from marrow mesenchymal stem cells.",
            ("tissue injury", "decrease", "protective"),
        ),
        (
            "The reparative functions of marrow stromal cell exosomes grow stronger when "
            "the cells are primed.",
            ("tissue regeneration", "increase", "regenerative"),
        ),
    ],
)
def test_a_benefit_adjective_with_no_target_names_its_own_effect(
    title: str, expected: tuple[str, str, str]
) -> None:
    assert expected in read_abstract(title, "Vesicles were isolated by ultracentrifugation.")


def test_a_benefit_role_of_the_evs_in_a_disease_lowers_it() -> None:
    found = read_abstract(
        "Protective role of marrow stromal cell-derived exosomes in sepsis-induced acute "
        "kidney injury.",
        "Vesicles were isolated by ultracentrifugation.",
    )
    assert ("Acute Kidney Injury", "decrease", "protective") in found, found


def test_a_benefit_named_in_a_study_design_is_no_finding() -> None:
    found = read_abstract(
        "Marrow stromal vesicles and neurons",
        "This study was designed to compare the neuroprotective effects of marrow MSC-derived "
        "exosomes with those of the cells.",
    )
    assert found == [], found


def test_a_change_with_no_valence_takes_the_repair_the_abstract_names() -> None:
    found = read_abstract(
        "Marrow mesenchymal stem cells lower autophagic flux in infarcted hearts via exosomes.",
        "The cardioprotective action of the cells was examined.",
    )
    assert ("autophagy", "decrease", "protective") in found, found


def test_in_a_tumour_abstract_a_change_with_no_valence_keeps_no_role() -> None:
    found = read_abstract(
        "Marrow mesenchymal stem cells lower autophagic flux in glioma cells via exosomes.",
        "The protective action of the cells for tumour cells was examined.",
    )
    assert all(role != "protective" for _, _, role in found), found
