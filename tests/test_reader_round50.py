"""Fiftieth session: shapes of result sentences the reader missed or misread, each shown with
sentences written for these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from .reading import read_abstract, read_asserted, read_records


def test_new_vessels_in_an_eye_stay_the_disease() -> None:
    read = read_abstract(
        "Bone marrow MSC exosomes in choroidal neovascularisation",
        "Exosomes of bone marrow MSCs (BM-Exos) were injected into lasered eyes.",
        "The BM-Exos lowered new vessels in the choroid of the lasered eyes.",
    )
    assert ("pathological neovascularization", "decrease", "protective") in read, read
    assert all(process != "angiogenesis" for process, _, _ in read), read


OXIDATIVE = "Bone marrow MSC exosomes protect hippocampal neurons from oxidative stress"
OXIDATIVE_GIVEN = "Exosomes of bone marrow MSCs (BM-Exos) were collected by ultracentrifugation."


@pytest.mark.parametrize("line", ["HT22", "NRK52E", "PC12"])
def test_treatment_of_a_cell_line_without_a_hyphen_is_the_evs(line: str) -> None:
    """(read nothing: the cell line's name, a capital symbol with a digit, was taken for a
    stimulus the treatment was of)"""
    read = read_abstract(
        OXIDATIVE, OXIDATIVE_GIVEN, f"Treatment of {line} cells markedly lowered apoptosis."
    )
    assert ("apoptotic process", "decrease", "protective") in read, read


def test_a_symbol_treatment_of_a_cell_line_stays_a_stimulus() -> None:
    read = read_abstract(
        OXIDATIVE, OXIDATIVE_GIVEN, "H2O2 treatment of HT22 cells raised apoptosis."
    )
    assert ("apoptotic process", "increase", "pathogenic") not in read, read


ALOPECIA = "Placental MSC exosomes in androgenetic alopecia: an open-label trial"
ALOPECIA_GIVEN = "Ten patients received scalp injections of placental MSC-derived exosomes."


def test_after_the_intervention_is_after_the_evs() -> None:
    """(read nothing: 'the intervention' was no name of the treatment given)"""
    read = read_abstract(
        ALOPECIA, ALOPECIA_GIVEN, "After the intervention, hair density rose significantly."
    )
    assert ("hair follicle development", "increase", "regenerative") in read, read


CANCER = "Umbilical cord MSC exosomes in breast cancer"
CANCER_GIVEN = "Exosomes of umbilical cord MSCs (UC-Exos) were added to breast cancer cells."


@pytest.mark.parametrize(
    "sentence",
    [
        "The UC-Exos triggered tumour cell death.",
        "The UC-Exos caused dose-dependent cancer cell death.",
        "The UC-Exos induced the death of MCF-7 cells.",
    ],
)
def test_a_kind_of_cells_death_is_cell_death(sentence: str) -> None:
    """(read nothing: GO names 'cell death' and a few kinds of it, not 'tumour cell death')"""
    read = read_abstract(CANCER, CANCER_GIVEN, sentence)
    assert ("cell death", "increase", "anti_tumor") in read, read


def test_cardiomyocyte_death_lowered_is_cell_death_lowered() -> None:
    read = read_abstract(
        "Adipose MSC exosomes in myocardial infarction",
        "Exosomes of adipose MSCs (AD-Exos) were injected into infarcted hearts.",
        "The AD-Exos lessened cardiomyocyte death in the border zone.",
    )
    assert ("cell death", "decrease", "protective") in read, read


def test_neuronal_cell_death_keeps_gos_own_term() -> None:
    read = read_abstract(
        "Adipose MSC exosomes in stroke",
        "Exosomes of adipose MSCs (AD-Exos) were injected after stroke.",
        "The AD-Exos lessened neuronal cell death in the penumbra.",
    )
    assert ("neuron death", "decrease", "protective") in read, read


LEUKAEMIA = "Bone marrow stromal cell exosomes in chronic myeloid leukaemia"
LEUKAEMIA_GIVEN = "Exosomes of bone marrow MSCs (BM-Exos) were added to leukaemia cells."


@pytest.mark.parametrize(
    "shield", ["from imatinib", "from tyrosine kinase inhibitors", "against nilotinib"]
)
def test_evs_protecting_tumour_cells_from_a_drug_raise_its_resistance(shield: str) -> None:
    """(read nothing, or by the keyword window as the tumour lowered)"""
    read = read_abstract(
        LEUKAEMIA, LEUKAEMIA_GIVEN, f"The BM-Exos shielded the leukaemia cells {shield}."
    )
    assert ("Drug Resistance, Neoplasm", "increase", "pro_tumor") in read, read


def test_evs_protecting_tumour_cells_from_a_harm_lower_the_harm() -> None:
    read = read_abstract(
        LEUKAEMIA,
        LEUKAEMIA_GIVEN,
        "The BM-Exos protected the leukaemia cells from imatinib-induced apoptosis.",
    )
    assert ("apoptotic process", "decrease", "pro_tumor") in read, read


ANASTOMOSIS = "Adipose MSC vesicles in a gel for colonic anastomoses"
ANASTOMOSIS_GIVEN = "Vesicles of adipose MSCs (AD-EVs) were laid in a gel on colonic anastomoses."


def test_a_list_of_comparatives_parsed_as_appositions_is_read_whole() -> None:
    """(only the first item was read: the second, after a comma, was parsed as the first's
    apposition and its comparative found no group)"""
    read = read_abstract(
        ANASTOMOSIS,
        ANASTOMOSIS_GIVEN,
        "The AD-EVs group had a smaller ulcer area, less fibrosis and less inflammatory "
        "infiltration.",
    )
    assert ("Fibrosis", "decrease", "protective") in read, read
    assert ("inflammatory response", "decrease", "protective") in read, read


def test_modulation_is_no_unnamed_benefit() -> None:
    """(read as an ungrounded 'modulation' raised, a benefit: a noun of no direction coordinated
    under a restoring noun)"""
    read = read_abstract(
        "Adipose MSC vesicles lessen liver fibrosis via restoration of barrier function and "
        "modulation of the flora"
    )
    assert ("Fibrosis", "decrease", "protective") in read, read
    assert all(process != "modulation" for process, _, _ in read), read


@pytest.mark.parametrize("course", ["deterioration", "worsening", "aggravation"])
def test_the_course_of_a_disease_stands_for_it(course: str) -> None:
    """(read as an ungrounded '<course> of colitis')"""
    read = read_abstract(f"Cord MSC exosomes lessen the {course} of colitis in mice")
    assert ("Colitis", "decrease", "protective") in read, read


def test_a_prospect_is_no_result() -> None:
    read = read_asserted(
        "MSC vesicles and resistance to cancer therapy: a review",
        "We close with the prospects of MSC-EVs for lowering resistance to chemotherapy.",
    )
    assert not read, read


def test_vesicles_from_synovial_fluid_mscs_are_msc_vesicles() -> None:
    """(read nothing: 'exosomes from synovial fluid' named the fluid's own vesicles, whatever
    cells followed)"""
    read = read_abstract("Exosomes of synovial fluid MSCs lessen cartilage loss in arthritic rats")
    assert read and all(role == "protective" for _, _, role in read), read


def test_vesicles_from_synovial_fluid_stay_the_fluids() -> None:
    read = read_abstract("Exosomes from synovial fluid lessen cartilage loss in arthritic rats")
    assert not read, read


@pytest.mark.parametrize(
    ("stimulus", "line"), [("H2O2", "HT22"), ("LPS", "A549"), ("high glucose", "MPC5")]
)
def test_a_cell_line_treated_with_a_stimulus_stays_the_stimulus(stimulus: str, line: str) -> None:
    """(the newcomer review: 'Treatment of HT22 cells with H2O2 increased apoptosis' was read as
    the EVs' harm once the cell line was no longer taken for a stimulus)"""
    read = read_abstract(
        OXIDATIVE, OXIDATIVE_GIVEN, f"Treatment of {line} cells with {stimulus} raised apoptosis."
    )
    assert ("apoptotic process", "increase", "pathogenic") not in read, read


@pytest.mark.parametrize(
    "sentence",
    [
        "The UC-Exos lessened T cell death in the tumours.",
        "The UC-Exos raised the death of virus-infected cells.",
    ],
)
def test_immune_or_infected_cells_death_is_not_a_tissues(sentence: str) -> None:
    read = read_abstract(CANCER, CANCER_GIVEN, sentence)
    assert all(process != "cell death" for process, _, _ in read), read


SHIELD = ("Drug Resistance, Neoplasm", "increase", "pro_tumor")
HAIR = ("hair follicle development", "increase", "regenerative")


@pytest.mark.parametrize(
    ("title", "given", "sentence", "finding"),
    [
        # a shield denied, another's, an inhibitor's or a lost arm's (the first review)
        (
            LEUKAEMIA,
            LEUKAEMIA_GIVEN,
            "The BM-Exos did not protect the leukaemia cells from imatinib.",
            SHIELD,
        ),
        (
            LEUKAEMIA,
            LEUKAEMIA_GIVEN,
            "Imatinib protected the leukaemia cells from the BM-Exos.",
            SHIELD,
        ),
        (
            LEUKAEMIA,
            LEUKAEMIA_GIVEN,
            "Blocking exosome release with GW4869 shielded the leukaemia cells from imatinib.",
            SHIELD,
        ),
        (
            LEUKAEMIA,
            LEUKAEMIA_GIVEN,
            "BM-Exos lacking miR-21 no longer shielded the leukaemia cells from imatinib.",
            SHIELD,
        ),
        # another intervention than the EVs
        (
            ALOPECIA,
            ALOPECIA_GIVEN,
            "An exercise intervention alone also raised hair density.",
            HAIR,
        ),
        (ALOPECIA, ALOPECIA_GIVEN, "A dietary intervention alone also raised hair density.", HAIR),
        (
            ALOPECIA,
            ALOPECIA_GIVEN,
            "After surgical intervention, hair density rose significantly.",
            HAIR,
        ),
    ],
)
def test_a_change_that_is_not_the_evs_is_not_read_as_theirs(
    title: str, given: str, sentence: str, finding: tuple[str, str, str]
) -> None:
    read = read_abstract(title, given, sentence)
    assert finding not in read, read


def test_prospects_beside_a_result_hedge_nothing() -> None:
    read = read_asserted(
        ANASTOMOSIS,
        ANASTOMOSIS_GIVEN,
        "The AD-EVs lessened fibrosis, and the prospects for clinical use look good.",
    )
    assert ("Fibrosis", "decrease", "protective") in read, read


def test_alterations_a_disease_caused_are_still_a_harm() -> None:
    read = read_abstract(
        "Bone marrow MSC exosomes in diabetic retinopathy",
        "Exosomes of bone marrow MSCs (BM-Exos) were injected into diabetic rats.",
        "The BM-Exos lessened the alterations caused by diabetes in the retina.",
    )
    assert read and all(role == "protective" for _, _, role in read), read


@pytest.mark.parametrize("head", ["healing", "closure"])
def test_a_list_parsed_onto_the_last_items_head_names_no_wound(head: str) -> None:
    """(read a third finding, 'Wounds and Injuries' raised, pathogenic: 'angiogenesis and wound'
    parsed as coordinated modifiers of 'healing', the second taken for an object of its own)"""
    read = read_abstract(
        "Umbilical cord MSC exosomes in diabetic wounds",
        "Exosomes of umbilical cord MSCs (UC-Exos) were applied to wounds of diabetic rats.",
        f"The UC-Exos promoted angiogenesis and wound {head}.",
    )
    assert ("angiogenesis", "increase", "regenerative") in read, read
    assert ("wound healing", "increase", "regenerative") in read, read
    assert all(role != "pathogenic" for _, _, role in read), read


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        (
            "Umbilical cord MSC exosomes in diabetic retinopathy",
            "The UC-Exos lowered VEGF expression in the retinas of diabetic rats.",
        ),
        (
            "Umbilical cord MSC exosomes lower VEGF-A in hypoxic retinal microvascular "
            "endothelial cells",
            "The UC-Exos lowered VEGF-A expression in the hypoxic cells.",
        ),
    ],
)
def test_lowering_vegf_in_a_retinopathy_is_protective(title: str, sentence: str) -> None:
    """(read as angiogenesis lowered, pathogenic: vessel growth is the disease there)"""
    read = read_abstract(
        title, "Exosomes of umbilical cord MSCs (UC-Exos) were collected.", sentence
    )
    assert ("angiogenesis", "decrease", "protective") in read, read


def test_raising_vegf_in_an_ischaemic_limb_stays_regenerative() -> None:
    read = read_abstract(
        "Umbilical cord MSC exosomes in hindlimb ischaemia",
        "Exosomes of umbilical cord MSCs (UC-Exos) were injected into ischaemic muscle.",
        "The UC-Exos raised VEGF expression in the ischaemic muscle.",
    )
    assert ("angiogenesis", "increase", "regenerative") in read, read


def test_less_pronounced_parsed_as_a_passive_verb_is_a_comparative() -> None:
    """(read by the keyword window as a rise, pathogenic: the batch parse made 'pronounced' a
    passive verb, its 'less' an adverb of it, and no comparative was read)"""
    read = read_abstract(
        "Bone marrow MSC exosomes in neonatal hypoxic-ischaemic brain injury",
        "Exosomes of bone marrow MSCs (BM-Exos) were given to pups after hypoxia-ischaemia.",
        "Microglial activation was less pronounced in BM-Exos-treated pups.",
    )
    assert ("microglial cell activation", "decrease", "protective") in read, read
    assert all(direction == "decrease" for _, direction, _ in read), read


RESULT = 'Abstract", sentence 2'  # (the locator of the result sentence after the given one)


@pytest.mark.parametrize(
    "sentence",
    [
        "The BM-Exos restored the mitochondrial membrane potential and lowered apoptosis.",
        "The BM-Exos lowered the metastatic potential of the leukaemia cells.",
    ],
)
def test_a_measured_potential_hedges_nothing(sentence: str) -> None:
    """(every change of the sentence was flagged hedged: 'potential' read as a hedge word)"""
    records = read_records(LEUKAEMIA, LEUKAEMIA_GIVEN, sentence)
    found = [r for r in records if r.evidence.locator.endswith('Abstract", sentence 2')]
    assert found and not any(r.evidence.hedged for r in found), found


def test_a_potential_therapy_still_hedges() -> None:
    records = read_records(
        LEUKAEMIA, LEUKAEMIA_GIVEN, "The BM-Exos are a potential therapy that lowered apoptosis."
    )
    assert all(
        r.evidence.hedged for r in records if r.evidence.locator.endswith('Abstract", sentence 2')
    )


def test_retinopathy_named_only_in_the_background_makes_no_retinopathy_study() -> None:
    """(the second newcomer review: an erectile-dysfunction study naming diabetic retinopathy
    twice as another complication read VEGF raised as pathogenic)"""
    read = read_abstract(
        "Adipose MSC exosomes restore erectile function in diabetic rats",
        "Diabetes causes diabetic retinopathy, nephropathy and erectile dysfunction; diabetic "
        "retinopathy is the best known of them.",
        "Exosomes of adipose MSCs (AD-Exos) were injected into the corpus cavernosum.",
        "The AD-Exos raised VEGF expression in the corpus cavernosum.",
    )
    assert ("angiogenesis", "increase", "regenerative") in read, read


def test_new_blood_vessels_formed_within_plaques_are_the_plaques_disease() -> None:
    """(read as angiogenesis lowered, pathogenic: the place named by the participle after the
    vessels was not read with them)"""
    read = read_abstract(
        "Adipose MSC vesicles steady atherosclerotic plaques",
        "Vesicles of adipose MSCs (AD-EVs) were given to ApoE-/- mice.",
        "The AD-EVs lowered new blood vessels formed within the plaques.",
    )
    assert ("pathological neovascularization", "decrease", "protective") in read, read
    assert all(role != "pathogenic" for _, _, role in read), read


@pytest.mark.parametrize(
    ("sentence", "process"),
    [
        (
            "The BM-Exos promoted myogenic differentiation of C2C12 cells.",
            "muscle cell differentiation",
        ),
        (
            "The BM-Exos promoted tenogenic differentiation of tendon stem cells.",
            "tendon cell differentiation",
        ),
        ("The BM-Exos promoted myoblast differentiation.", "myoblast differentiation"),
    ],
)
def test_muscle_and_tendon_cells_differentiating_is_repair(sentence: str, process: str) -> None:
    """(read nothing, or with no role: no cue named myogenic or tenogenic differentiation and
    no valence was given to muscle, myoblast or tendon cell differentiation)"""
    read = read_abstract(
        "Bone marrow MSC exosomes in muscle and tendon injury",
        "Exosomes of bone marrow MSCs (BM-Exos) were injected into injured muscle.",
        sentence,
    )
    assert (process, "increase", "regenerative") in read, read
