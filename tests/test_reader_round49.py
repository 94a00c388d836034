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


def test_a_rise_said_of_the_model_groups_mice_is_not_the_evs() -> None:
    """(the model group's rise, its group phrase hung by the parser on the subject's noun, was
    read as a harm the EVs raised)"""
    read = read_abstract(
        "Bone marrow MSC exosomes in atherosclerosis",
        "Exosomes of bone marrow MSCs (BMSC-Exos) were injected into atherosclerotic mice.",
        "Compared with the control group, the serum IL-6 and TNF-α levels of the rats in the"
        " model group were markedly increased; however, they were lower after the BMSC-Exos.",
    )
    assert not any(direction == "increase" for _, direction, _ in read), read


def test_a_rise_in_the_evs_group_is_still_theirs() -> None:
    read = read_abstract(
        "Bone marrow MSC exosomes in stroke",
        "Exosomes of bone marrow MSCs (BMSC-Exos) were injected into rats after stroke.",
        "The number of new neurons in the BMSC-Exos group was markedly increased.",
    )
    assert read and all(direction == "increase" for _, direction, _ in read), read


@pytest.mark.parametrize("letter", ["c", "e", "m"])
def test_a_species_letter_before_asc_still_names_adipose_mscs(letter: str) -> None:
    """(a canine study's 'cASCs' and 'cASC-EVs' made a record about no MSC vesicles)"""
    read = read_abstract(
        f"Vesicles of {letter}ASCs in dermatitis",
        f"The {letter}ASC-EVs were given to mice with dermatitis.",
        f"The {letter}ASC-EVs reduced skin inflammation.",
    )
    assert ("inflammatory response", "decrease", "protective") in read, read


def test_pasc_is_no_adipose_stem_cell() -> None:
    """(PASC, the sequelae of COVID-19, in capitals: no species letter)"""
    read = read_abstract(
        "Plasma vesicles in PASC",
        "Extracellular vesicles of PASC patients (PASC-EVs) were isolated from plasma.",
        "The PASC-EVs reduced endothelial repair.",
    )
    assert read == [], read


TRIAL = (
    "Placental MSC-derived extracellular vesicles in knee osteoarthritis: results of a"
    " controlled trial"
)
TRIAL_GIVEN = "Each patient's treated knee received placental MSC-derived EVs, the other saline."


def test_no_complications_in_the_patients_is_a_safety_finding_of_the_evs() -> None:
    """(a null-result trial whose only statement of the EVs is their safety read nothing, so
    the record counted as about no MSC vesicles)"""
    read = read_abstract(
        TRIAL,
        TRIAL_GIVEN,
        "No serious complications or marked injection-site reactions were seen in the patients.",
    )
    assert read and {role for _, _, role in read} == {"neutral"}, read


def test_no_complications_in_the_placebo_group_is_no_finding_of_the_evs() -> None:
    read = read_abstract(
        TRIAL,
        TRIAL_GIVEN,
        "No complications occurred in the placebo group.",
    )
    assert read == [], read


def test_anti_oncogenic_effects_against_a_cancer_lower_it() -> None:
    """(the parse splits 'anti-oncogenic' into 'anti', '-', 'oncogenic': the 'oncogenic' alone
    made the EVs raise the cancer)"""
    read = read_abstract(
        "Bone marrow MSC vesicles exert anti-oncogenic effects against cervical cancer",
        "Vesicles of bone marrow MSCs (BMSC-EVs) were given to nude mice bearing HeLa tumours.",
    )
    assert read and {role for _, _, role in read} == {"anti_tumor"}, read


BONE = "Adipose MSC exosomes in osteocytes"
BONE_GIVEN = "Exosomes of adipose MSCs (ADSC-Exos) were added to the osteocytes."


@pytest.mark.parametrize("verb", ["antagonized", "dampened", "curbed", "repressed"])
def test_a_stimulus_induced_harm_after_another_lowering_verb_is_lowered(verb: str) -> None:
    """('antagonize X induced apoptosis' without its hyphen: 'induced' read as a second verb
    of the EVs, raising apoptosis)"""
    read = read_abstract(
        BONE, BONE_GIVEN, f"The ADSC-Exos {verb} hypoxia induced osteocyte apoptosis."
    )
    assert ("apoptotic process", "decrease", "protective") in read, read
    assert not any(direction == "increase" for _, direction, _ in read), read


def test_a_short_form_for_msc_derived_mimetic_vesicles_names_the_product() -> None:
    """(the short form of 'MSC-derived exosome mimetic vesicles (EMVs)' named no MSC vesicles:
    the long form alone names no MSCs)"""
    read = read_abstract(
        "Umbilical cord MSC-derived exosome mimetic vesicles in osteoblasts",
        "We made umbilical cord MSC-derived exosome mimetic vesicles (EMVs) by extrusion.",
        "The EMVs lowered dexamethasone-induced apoptosis of the osteoblasts.",
    )
    assert ("apoptotic process", "decrease", "protective") in read, read


def test_vesicles_the_mscs_took_up_get_no_short_form_of_the_product() -> None:
    from exoatlas.read.triage import product_abbreviations

    assert product_abbreviations("The MSCs took up the exosome mimetic vesicles (EMVs).") == ()
    assert product_abbreviations("Tumour-derived exosome mimetic vesicles (TEMVs) were made.") == ()


TENDON = "Bone marrow MSC vesicles in tendon healing"
TENDON_GIVEN = "Rats in the BMSC-EVs group received BMSC-EVs in fibrin glue."


def test_what_we_observed_in_the_evs_group_is_theirs() -> None:
    """(only the passive, 'fewer apoptotic cells were observed in the EV group', was read)"""
    read = read_abstract(
        TENDON, TENDON_GIVEN, "We observed fewer apoptotic cells in the BMSC-EVs group."
    )
    assert ("apoptotic process", "decrease", "protective") in read, read


def test_what_we_observed_in_the_model_group_is_not_the_evs() -> None:
    read = read_abstract(
        TENDON, TENDON_GIVEN, "We observed more apoptotic cells in the fibrin group."
    )
    assert read == [], read


def test_m1_and_m2_written_with_phi_are_the_macrophage_states() -> None:
    """('M1φ', 'M2φ': the macrophage's φ after its type; read nothing)"""
    read = read_abstract(
        TENDON,
        TENDON_GIVEN,
        "The BMSC-EVs lowered M1φ polarization and raised M2φ polarization in the tendon.",
    )
    assert ("macrophage polarization to M1", "decrease", "protective") in read, read
    assert ("macrophage polarization to M2", "increase", "regenerative") in read, read


CARTILAGE = "Bone marrow MSC exosomes in osteoarthritis"
CARTILAGE_GIVEN = "Exosomes of bone marrow MSCs (MSC-Exos) were added to the chondrocytes."


@pytest.mark.parametrize("cytokine", ["IL-1β", "IL-6"])
def test_a_cytokine_treatment_is_the_stimulus_not_the_evs(cytokine: str) -> None:
    """(a cytokine treatment's lowered viability was read as the EVs' harm: the symbol, joined
    to its number by a hyphen, was no stimulus symbol, and 'treatment' the EVs')"""
    read = read_abstract(
        CARTILAGE,
        CARTILAGE_GIVEN,
        f"{cytokine} treatment lowered chondrocyte survival and raised their apoptosis.",
    )
    assert read == [], read


def test_a_stimulus_given_to_induce_injury_makes_the_model() -> None:
    """(the purpose of the stimulus, 'to induce' a harm, was read as the EVs' harm: the
    sentence names them after it)"""
    read = read_abstract(
        CARTILAGE,
        "Primary chondrocytes were stimulated with IL-1β to induce injury, followed by the"
        " MSC-Exos.",
    )
    assert read == [], read


def test_the_evs_given_to_lower_an_injury_are_still_read() -> None:
    read = read_abstract(
        CARTILAGE, CARTILAGE_GIVEN, "The MSC-Exos lowered the IL-1β-induced chondrocyte injury."
    )
    assert read and all(direction == "decrease" for _, direction, _ in read), read


def test_an_injury_caused_by_glucocorticoid_administration_is_not_the_evs() -> None:
    """('glucocorticoid administration' read as the EVs given: the drug class is no drug-name
    ending)"""
    read = read_abstract(
        "Adipose MSC exosomes in osteonecrosis",
        "Exosomes of adipose MSCs (ADSC-Exos) were injected into rats with osteonecrosis.",
        "Endothelial injury caused by glucocorticoid administration drives femoral head necrosis.",
    )
    assert not any(role == "pathogenic" for _, _, role in read), read


def test_wharton_jelly_stem_cells_written_short_are_mscs() -> None:
    read = read_abstract(
        "Exosomes of hWJSCs in diabetic wounds",
        "The hWJSC-Exos accelerated wound healing in diabetic mice.",
    )
    assert ("wound healing", "increase", "regenerative") in read, read


# guards from the newcomer review of this session's rules (its probes, in our own words)
KIDNEY = "Bone marrow MSC exosomes in kidney injury"
KIDNEY_GIVEN = "Exosomes of bone marrow MSCs (BM-EVs) were given to rats."


@pytest.mark.parametrize(
    "sentence",
    [
        "As would be expected from their cargo, the BM-EVs reduced tubular apoptosis.",
        "Whereas one would expect more apoptosis after injury, the BM-EVs reduced tubular"
        " apoptosis.",
        "The BM-EVs reduced tubular apoptosis to levels that would be seen in healthy rats.",
    ],
)
def test_a_would_beside_the_result_hedges_nothing(sentence: str) -> None:
    read = read_asserted(KIDNEY, KIDNEY_GIVEN, sentence)
    assert ("apoptotic process", "decrease", "protective") in read, read


@pytest.mark.parametrize(
    "sentence",
    [
        "BM-EVs given at limited doses induced angiogenesis in the kidney.",
        "BM-EVs at lower concentrations induced angiogenesis in the kidney.",
    ],
)
def test_an_adjective_lower_or_limited_before_induced_is_no_lowering_verb(sentence: str) -> None:
    read = read_abstract(KIDNEY, KIDNEY_GIVEN, sentence)
    assert ("angiogenesis", "increase", "regenerative") in read, read


@pytest.mark.parametrize(
    "sentence",
    [
        "No complications occurred in the patients randomized to saline.",
        "No septic complications occurred in the patients given the EVs, whereas the untreated"
        " patients developed them.",
    ],
)
def test_complications_of_another_arm_or_of_the_disease_are_no_safety_of_the_evs(
    sentence: str,
) -> None:
    read = read_abstract(TRIAL, TRIAL_GIVEN, sentence)
    assert ("adverse events", "unknown", "neutral") not in read, read


def test_mimetic_vesicles_of_cells_the_mscs_educated_are_not_the_mscs() -> None:
    from exoatlas.read.triage import product_abbreviations

    text = "MSC-educated macrophage-derived exosome mimetic vesicles (EMVs) were made."
    assert product_abbreviations(text) == ()


def test_a_group_named_in_a_comparator_opening_leaves_the_change_the_evs() -> None:
    """('Compared with mice in the vehicle group, apoptosis was reduced': the group the change
    is measured against was taken for the group the change was said of)"""
    read = read_abstract(
        KIDNEY,
        KIDNEY_GIVEN,
        "The BM-EVs reduced renal fibrosis.",
        "Compared with rats in the vehicle group, tubular apoptosis was reduced.",
    )
    assert ("apoptotic process", "decrease", "protective") in read, read


@pytest.mark.parametrize(
    "sentence",
    [
        "We observed more new blood vessels in the BMSC-EVs group.",
        "The BMSC-EVs increased the number of new blood vessels in the tendon.",
    ],
)
def test_new_vessels_and_their_number_name_vessel_formation(sentence: str) -> None:
    read = read_abstract(TENDON, TENDON_GIVEN, sentence)
    assert ("angiogenesis", "increase", "regenerative") in read, read


FISTULA = "Umbilical cord MSC-derived exosomes for refractory perianal fistula: a phase I trial"
FISTULA_GIVEN = "Five patients received umbilical cord MSC-derived exosomes (MSC-Exos)."


def test_complete_healing_the_treated_patients_exhibited_is_the_evs() -> None:
    """(never parsed: the sentence held no trigger word, and 'complete healing' named no
    process)"""
    read = read_abstract(
        "Umbilical cord MSC-derived exosomes in refractory perianal fistulas",
        FISTULA_GIVEN,
        "Two of the patients given exosome injections exhibited complete healing by month six.",
    )
    assert ("wound healing", "increase", "regenerative") in read, read


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients treated with MSC-Exos did not show complete healing.",
        "Patients treated with placebo showed complete healing.",
    ],
)
def test_healing_denied_or_of_another_arm_is_no_finding_of_the_evs(sentence: str) -> None:
    read = read_asserted(FISTULA, FISTULA_GIVEN, sentence)
    assert ("wound healing", "increase", "regenerative") not in read, read


def test_a_phrase_with_its_own_change_is_not_read_as_displayed() -> None:
    """(a newcomer-style title: 'share a mechanism that enhances heart repair' was read as
    repair displayed by the vesicles, and 'showed higher cytotoxicity' as a lowered killing)"""
    read = read_abstract(
        "Bone marrow MSC exosomes loaded with doxorubicin in osteosarcoma",
        "Exosomes of bone marrow MSCs loaded with doxorubicin (Exo-Dox) were made.",
        "The Exo-Dox showed greater cytotoxicity toward the MG63 line than the free drug.",
    )
    assert not any(role == "pro_tumor" for _, _, role in read), read


@pytest.mark.parametrize(
    "sentence",
    [
        "The BMSC-Exos reduced new vessels formed within the plaques.",
        "The BMSC-Exos reduced new blood vessels within the plaques.",
    ],
)
def test_new_vessels_in_a_plaque_are_no_vessel_formation_lost(sentence: str) -> None:
    """(the pathological vessels of a plaque, eye or synovium: fewer of them is no harm)"""
    read = read_abstract(
        "Bone marrow MSC exosomes in atherosclerosis",
        "Atherosclerotic mice received bone marrow MSC exosomes (BMSC-Exos).",
        sentence,
    )
    assert not any(role == "pathogenic" for _, _, role in read), read


@pytest.mark.parametrize("line", ["HK-2", "BV-2", "HT-22"])
def test_treatment_of_a_cell_line_with_a_hyphen_is_the_evs(line: str) -> None:
    """(the second review: the cytokine symbol pattern also took 'HK-2' for a stimulus)"""
    read = read_abstract(
        KIDNEY,
        KIDNEY_GIVEN,
        f"Treatment of {line} cells with the BM-EVs reduced apoptosis.",
    )
    assert ("apoptotic process", "decrease", "protective") in read, read


@pytest.mark.parametrize("model", ["ethanol fed mice", "glucocorticoid exposed rats"])
def test_a_drug_that_names_the_model_leaves_the_treatment_the_evs(model: str) -> None:
    read = read_abstract(
        "MSC-derived exosomes in liver and bone injury",
        "Exosomes of MSCs (MSC-Exos) were given to the animals.",
        f"Treatment of {model} reduced apoptosis.",
    )
    assert ("apoptotic process", "decrease", "protective") in read, read


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC-Exos reduced the number of blood vessels obstructed by microthrombi.",
        "MSC-Exos reduced the number of blood vessels in the endometriotic lesions.",
    ],
)
def test_counted_vessels_of_a_harm_are_no_vessel_formation(sentence: str) -> None:
    read = read_abstract(
        "MSC-derived exosomes in sepsis and endometriosis",
        "Exosomes of MSCs (MSC-Exos) were given to the animals.",
        sentence,
    )
    assert not any(role == "pathogenic" for _, _, role in read), read


def test_healing_another_arm_showed_is_not_the_evs() -> None:
    read = read_abstract(
        FISTULA,
        FISTULA_GIVEN,
        "Five controls received saline. They showed complete healing by six months.",
    )
    assert ("wound healing", "increase", "regenerative") not in read, read


@pytest.mark.parametrize(
    "sentence",
    [
        "Chondrocytes were exposed to H2O2 to induce oxidative stress before the MSC-Exos were"
        " added.",
        "Chondrocytes were pretreated with the MSC-Exos and then stimulated with LPS to induce"
        " inflammation.",
    ],
)
def test_a_stimulus_given_to_or_after_the_evs_to_make_the_model_is_not_theirs(
    sentence: str,
) -> None:
    """(the second review: 'exposed to H2O2 to induce ...' and a second, bare verb of giving
    after the EVs' pretreatment were read as the EVs' harm)"""
    read = read_abstract(CARTILAGE, sentence)
    assert not any(role == "pathogenic" for _, _, role in read), read


def test_rat_urine_derived_stem_cells_written_short_are_mscs() -> None:
    read = read_abstract(
        "Exosomes of rUSCs in diabetic nephropathy",
        "The rUSC-Exos reduced podocyte apoptosis in diabetic rats.",
    )
    assert ("apoptotic process", "decrease", "protective") in read, read
