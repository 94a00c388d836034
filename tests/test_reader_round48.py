"""Forty-eighth session: shapes of result sentences the reader missed or misread, each shown with
sentences written for these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from exoatlas.vocab import cues, read_tsv

from .reading import read_abstract, read_asserted

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


PH = "Exosomes of MSCs in pulmonary hypertension"
PH_GIVEN = (
    "Vesicles from mice with monocrotaline-induced pulmonary hypertension cause it in healthy"
    " mice, and the exosomes (EXO) of bone marrow mesenchymal stem cells (MSCs) may prevent it."
)


def test_a_bare_vesicle_word_the_abstract_names_its_evs_is_anyones() -> None:
    """(the abstract's short name 'EXO' for the MSCs' exosomes made 'EXOs from sick mice' the
    study's vesicles, and their raising of the right-heart index a harm of the MSC-EVs)"""
    read = read_abstract(
        PH,
        PH_GIVEN,
        "The EXOs but not the MVs from monocrotaline-injured mice raised right ventricular"
        " hypertrophy in healthy mice.",
    )
    assert not [r for r in read if r[2] == "pathogenic"], read


def test_the_studys_own_evs_named_by_the_short_name_still_act() -> None:
    read = read_abstract(
        PH, PH_GIVEN, "The MSC-EXOs reduced right ventricular hypertrophy in the treated mice."
    )
    assert [r for r in read if r[1] == "decrease" and r[2] == "protective"], read


@pytest.mark.parametrize(
    "safety",
    [
        "Cell therapy is limited by poor engraftment and a possible carcinogenicity.",
        "The vesicles are attractive for their low immunogenicity and non-carcinogenic nature.",
    ],
)
def test_carcinogenicity_as_a_safety_concern_makes_no_tumour_study(safety: str) -> None:
    """(a liver fibrosis meta-analysis naming the cells' possible carcinogenicity and the EVs'
    non-carcinogenic properties was read as a tumour study, lowered fibrosis anti-tumour)"""
    read = read_abstract(
        "Bone marrow MSC exosomes in liver fibrosis",
        "Exosomes of bone marrow MSCs (BMSC-Exos) were given to mice with liver fibrosis.",
        safety,
        "A second safety question, the possible carcinogenicity of the stem cells, remains.",
        "The BMSC-Exos reduced liver fibrosis.",
    )
    assert ("Liver Cirrhosis", "decrease", "protective") in read or (
        "Fibrosis",
        "decrease",
        "protective",
    ) in read, read
    assert not [r for r in read if r[2] == "anti_tumor"]


def test_a_carcinogen_still_makes_a_tumour_study() -> None:
    assert cues.tumour_words("mice given a carcinogen developed carcinoma") == 2
    assert cues.tumour_words("the possible carcinogenicity of the stem cells") == 0


def test_an_inflammatory_setting_is_no_change_of_inflammation() -> None:
    """(the keyword fallback read 'The inflammatory microenvironment stimulated osteogenic
    differentiation ...' as inflammation raised, pathogenic)"""
    read = read_abstract(
        "Vesicles of inflamed dental pulp stem cells and periodontal ligament stem cells",
        "The vesicles of inflamed dental pulp stem cells (iDPSC-EVs) were isolated.",
        "An inflammatory microenvironment promoted odontogenic differentiation of the DPSCs and"
        " the iDPSC-EVs acted alike on PDLSCs.",
    )
    assert not [r for r in read if r[2] == "pathogenic"], read


def test_an_inflammatory_setting_the_evs_improve_is_inflammation_lowered() -> None:
    read = read_abstract(
        "Bone marrow MSC exosomes in osteoarthritis",
        "Exosomes of bone marrow MSCs (BMSC-Exos) were injected into arthritic knees.",
        "The BMSC-Exos improved the inflammatory microenvironment of the joint.",
    )
    assert ("inflammatory response", "decrease", "protective") in read, read


SCI = "Umbilical cord MSC exosomes in spinal cord injury"
SCI_FOUND = (
    "Here we found that, compared with injured rats, rats given exosomes of umbilical cord MSCs"
    " (UC-Exos) walked better."
)


@pytest.mark.parametrize("opening", ["Additionally,", "Moreover,", "In addition,", "Furthermore,"])
def test_an_ability_modal_adding_to_the_studys_own_findings_is_a_result(opening: str) -> None:
    """(an unstructured abstract's 'we found that ... Additionally, the exosomes could lower X'
    was read as a hedge: 'could' there is the past of 'can')"""
    read = read_asserted(
        SCI, SCI_FOUND, f"{opening} the UC-Exos could reduce apoptosis of cultured microglia."
    )
    assert ("apoptotic process", "decrease", "protective") in read, read


@pytest.mark.parametrize(
    "sentence",
    [
        # no own report before it
        "Additionally, the UC-Exos could reduce apoptosis of cultured microglia.",
        # a conclusion after the report ends the account
        "In conclusion, the UC-Exos could reduce apoptosis of microglia in patients.",
    ],
)
def test_an_ability_modal_outside_the_account_of_results_stays_a_hedge(sentence: str) -> None:
    first = SCI_FOUND if sentence.startswith("In conclusion") else "Spinal injury is common."
    read = read_asserted(SCI, first, sentence)
    assert ("apoptotic process", "decrease", "protective") not in read, read


@pytest.mark.parametrize(
    "sentence",
    [
        "The BMSC-Exos stimulated the formation of T regulatory cells.",
        "The BMSC-Exos increased T regulatory cell infiltration of the muscle.",
    ],
)
def test_t_regulatory_cells_in_either_order_are_regulatory_t_cells(sentence: str) -> None:
    """(read as an unnamed infiltration raised, pathogenic, or as nothing)"""
    read = read_abstract(HEART, HEART_GIVEN, sentence)
    assert ("regulatory T cell frequency", "increase", "regenerative") in read, read


@pytest.mark.parametrize(
    "sentence",
    [
        "The assays confirmed that the BMSC-Exos cause cell death of the glioma cells.",
        "The BMSC-Exos caused apoptosis of the C6 glioma cells.",
    ],
)
def test_vesicles_that_cause_a_process_raise_it(sentence: str) -> None:
    """(read nothing: 'cause' was no trigger verb)"""
    read = read_abstract(
        "Bone marrow MSC exosomes on glioma cells",
        "Exosomes of rat bone marrow MSCs (BMSC-Exos) were added to C6 glioma cells.",
        sentence,
    )
    assert [r for r in read if r[1] == "increase" and r[2] == "anti_tumor"], read


def test_a_harm_caused_by_the_stimulus_is_still_the_stimulus() -> None:
    read = read_abstract(
        "Bone marrow MSC exosomes in lung injury",
        "Exosomes of rat bone marrow MSCs (BMSC-Exos) were given to mice.",
        "The BMSC-Exos reduced the lung injury caused by LPS.",
    )
    assert ("Lung Injury", "decrease", "protective") in read, read
    assert not [r for r in read if r[2] == "pathogenic"]


def test_a_title_setting_regeneration_beside_cancer_makes_no_tumour_study() -> None:
    """(a review titled 'MSC exosomes in regenerative medicine and cancer' read the EVs'
    lowering of apoptosis and raising of angiogenesis for tissue recovery as pro-tumour)"""
    read = read_abstract(
        "Exosomes of MSCs in regenerative medicine and cancer: a review",
        "In this review, we summarize the biology of MSC exosomes.",
        "MSC exosomes carry proteins and microRNAs, thus aiding tissue recovery through"
        " inhibition of apoptosis and stimulation of angiogenesis.",
    )
    assert ("apoptotic process", "decrease", "protective") in read, read
    assert not [r for r in read if r[2] in ("pro_tumor", "anti_tumor")]


def test_a_title_naming_cancer_alone_still_makes_a_tumour_study() -> None:
    read = read_abstract(
        "Exosomes of MSCs in breast cancer: a review",
        "In this review, we summarize the biology of MSC exosomes.",
        "MSC exosomes carry microRNAs, thus stimulating angiogenesis.",
    )
    assert [r for r in read if r[2] == "pro_tumor"], read


def test_a_review_states_the_effects_the_vesicles_drew_attention_for() -> None:
    """(a review's 'MSC EVs have garnered attention due to their anti-fibrotic effects' was
    taken for background, the way a study's abstract opens)"""
    read = read_abstract(
        "Extracellular vesicles in fatty liver disease: a review",
        "Fatty liver disease is common. In this review, we summarize recent findings.",
        "MSC EVs have garnered attention due to their anti-fibrotic effects.",
    )
    assert ("Fibrosis", "decrease", "protective") in read, read


def test_a_study_opening_on_the_attention_its_vesicles_drew_reads_no_result() -> None:
    read = read_abstract(
        "Bone marrow MSC EVs in liver fibrosis",
        "MSC EVs have garnered attention due to their anti-fibrotic effects.",
        "We gave the EVs of bone marrow MSCs to mice with liver fibrosis.",
    )
    assert not read, read


# guards from the session's newcomer review (its probes, 13 regressions mended)

WOUND = "Umbilical cord MSC exosomes in diabetic wounds"
WOUND_GIVEN = "Exosomes of umbilical cord MSCs (UC-Exos) were applied to diabetic rats."


def test_a_safety_check_on_tumour_lines_makes_no_tumour_study() -> None:
    read = read_abstract(
        WOUND,
        WOUND_GIVEN,
        "The UC-Exos raised angiogenesis in the wounds.",
        "The UC-Exos did not promote the growth of MCF-7 or HCT116 cells.",
    )
    assert ("angiogenesis", "increase", "regenerative") in read, read


@pytest.mark.parametrize(
    ("title", "sentences"),
    [
        (
            "Umbilical cord MSC exosomes in sepsis",
            ("Blood was drawn at T0, T24 and T48.", "The UC-Exos reduced apoptosis at T24."),
        ),
        (
            "Umbilical cord MSC exosomes in colitis",
            ("The UC-Exos reduced apoptosis of HT-29 cells exposed to TNF-alpha.",),
        ),
    ],
)
def test_a_time_point_or_a_gut_lining_line_makes_no_tumour_study(
    title: str, sentences: tuple[str, ...]
) -> None:
    read = read_abstract(title, WOUND_GIVEN, *sentences)
    assert ("apoptotic process", "decrease", "protective") in read, read


@pytest.mark.parametrize(
    "sentence",
    [
        "The UC-Exos created an anti-inflammatory microenvironment in the wound bed.",
        "High glucose created an inflammatory environment in fibroblasts, which the UC-Exos"
        " reversed.",
    ],
)
def test_an_inflammatory_setting_the_vesicles_change_is_still_read(sentence: str) -> None:
    read = read_abstract(WOUND, WOUND_GIVEN, sentence)
    assert ("inflammatory response", "decrease", "protective") in read, read


def test_earlier_work_opens_no_account_of_results() -> None:
    """('We previously found ...' is background: a 'Moreover, ... could' after it stays hedged)"""
    read = read_asserted(
        SCI,
        "We previously found that umbilical cord MSC exosomes (UC-Exos) protect neurons.",
        "Moreover, the UC-Exos could reduce apoptosis of cultured microglia.",
    )
    assert ("apoptotic process", "decrease", "protective") not in read, read


@pytest.mark.parametrize(
    "sentence",
    [
        "The BMSC-Exos raised angiogenesis without causing inflammation.",
        "The BMSC-Exos reduced oxidative stress, which causes cardiomyocyte apoptosis.",
    ],
)
def test_causing_in_a_denial_or_a_relative_clause_is_no_change(sentence: str) -> None:
    read = read_abstract(HEART, HEART_GIVEN, sentence)
    assert not [r for r in read if r[2] == "pathogenic"], read


def test_a_tumour_named_outside_the_two_topics_still_makes_a_tumour_title() -> None:
    read = read_abstract(
        "MSC exosomes promote breast cancer growth: implications for tissue regeneration and"
        " cancer therapy",
        "Exosomes of bone marrow MSCs (BMSC-Exos) were added to breast cancer cells.",
        "The BMSC-Exos reduced apoptosis of the cells.",
    )
    assert ("apoptotic process", "decrease", "pro_tumor") in read, read


KIDNEY = "Bone marrow MSC extracellular vesicles in kidney injury"
KIDNEY_GIVEN = "Mice with kidney injury were injected with EVs of bone marrow MSCs (MSC-EVs)."


@pytest.mark.parametrize(
    "sentence",
    [
        "A decrease of renal fibrosis was observed.",
        "An improvement of renal function and a decrease of renal fibrosis were observed.",
    ],
)
def test_a_noun_of_change_closed_by_an_observation_is_a_result(sentence: str) -> None:
    """(read nothing: only '-on' nouns passed, by a pattern finding 'on' inside 'reduction')"""
    read = read_abstract(KIDNEY, KIDNEY_GIVEN, sentence)
    assert ("Fibrosis", "decrease", "protective") in read, read


def test_a_noun_of_change_with_no_observation_after_it_stays_unplaced() -> None:
    read = read_abstract(KIDNEY, KIDNEY_GIVEN, "A decrease of renal fibrosis may follow.")
    assert ("Fibrosis", "decrease", "protective") not in read, read


STROKE = "Adipose MSC extracellular vesicles after stroke"
STROKE_GIVEN = "EVs of adipose MSCs (ASC-EVs) were given to rats after a stroke."


@pytest.mark.parametrize(
    ("sentence", "process"),
    [
        (
            "The ASC-EVs decreased the percentage of activated microglia in the cortex.",
            "microglial cell activation",
        ),
        (
            "The ASC-EVs reduced the count of activated astrocytes around the lesion.",
            "astrocyte activation",
        ),
    ],
)
def test_a_count_of_cells_in_a_state_reads_the_process_of_that_state(
    sentence: str, process: str
) -> None:
    """(read nothing: blanking the trigger word 'activated' took the process's own word)"""
    read = read_abstract(STROKE, STROKE_GIVEN, sentence)
    assert (process, "decrease", "protective") in read, read


def test_an_arm_whose_construct_the_parser_split_off_is_still_an_arm() -> None:
    """(with 'raised' the parser made 'GATA4' a second subject, the construct fell outside the
    agent's words, and the arm's lost benefit read as the vesicles' harm)"""
    read = read_abstract(
        HEART,
        HEART_GIVEN,
        "Exosomes of BMSCs carrying si-GATA4 raised apoptosis of cardiomyocytes.",
    )
    assert not [r for r in read if r[2] == "pathogenic"], read


LUNG = "Bone marrow MSC extracellular vesicles in lung injury"
LUNG_GIVEN = "EVs of bone marrow MSCs (MSC-EVs) were given to mice with lung injury."


@pytest.mark.parametrize(
    "sentence",
    [
        "The MSC-EVs of aged donors lost their ability to reduce lung injury.",
        "The MSC-EVs of aged donors lacked the capacity to reduce lung injury.",
    ],
)
def test_a_lost_ability_to_lower_a_harm_denies_the_lowering(sentence: str) -> None:
    """(read as an asserted decrease, protective)"""
    read = read_asserted(LUNG, LUNG_GIVEN, sentence)
    assert ("Lung Injury", "decrease", "protective") not in read, read


def test_a_retained_ability_to_lower_a_harm_is_still_the_lowering() -> None:
    read = read_asserted(
        LUNG, LUNG_GIVEN, "The MSC-EVs retained their ability to reduce lung injury."
    )
    assert ("Lung Injury", "decrease", "protective") in read, read


LIVER = "Bone marrow MSC exosomes in liver fibrosis"
LIVER_GIVEN = "Exosomes of bone marrow MSCs (BMSC-Exos) were given to mice with liver fibrosis."


@pytest.mark.parametrize(
    "sentence",
    [
        "The second analysis did not confirm that the BMSC-Exos reduce fibrosis.",
        "We did not find that the BMSC-Exos reduced fibrosis.",
    ],
)
def test_a_denied_report_denies_what_it_reports(sentence: str) -> None:
    """(read as an asserted decrease, protective)"""
    read = read_asserted(LIVER, LIVER_GIVEN, sentence)
    assert ("Fibrosis", "decrease", "protective") not in read, read


def test_a_plain_report_still_reports() -> None:
    read = read_asserted(LIVER, LIVER_GIVEN, "We found that the BMSC-Exos reduced fibrosis.")
    assert ("Fibrosis", "decrease", "protective") in read, read


def test_a_two_topic_title_may_name_its_tumour_with_modifiers() -> None:
    """(the newcomer review's J6: 'liver regeneration and hepatocellular carcinoma')"""
    read = read_abstract(
        "Exosomes of MSCs in liver regeneration and hepatocellular carcinoma: a review",
        "In this review, we summarize the biology of MSC exosomes.",
        "MSC exosomes promote angiogenesis in the regenerating liver.",
    )
    assert ("angiogenesis", "increase", "regenerative") in read, read


# guards from the second newcomer review (107 probes; 12 of 13 regressions mended)


def test_an_observation_denied_before_a_comma_places_nothing() -> None:
    read = read_abstract(
        KIDNEY,
        KIDNEY_GIVEN,
        "A decrease of renal fibrosis was not observed, but an increase of tubular cell"
        " proliferation was seen.",
    )
    assert ("Fibrosis", "decrease", "protective") not in read, read


def test_a_change_in_the_vehicle_group_is_not_the_vesicles() -> None:
    read = read_abstract(
        KIDNEY, KIDNEY_GIVEN, "There was a decrease of renal fibrosis in mice given the vehicle."
    )
    assert ("Fibrosis", "decrease", "protective") not in read, read


@pytest.mark.parametrize(
    "sentence",
    [
        "The BMSC-Exos were taken up by H9c2 cells carrying sh-Bax and reduced their apoptosis.",
        "The BMSC-Exos lowered apoptosis in H9c2 cells with si-GATA4.",
    ],
)
def test_a_construct_in_the_receiving_cells_makes_no_arm(sentence: str) -> None:
    read = read_abstract(HEART, HEART_GIVEN, sentence)
    assert ("apoptotic process", "decrease", "protective") in read, read


@pytest.mark.parametrize(
    "sentence",
    [
        "The MSC-EVs did not lose their ability to reduce lung injury after storage.",
        "Without losing their ability to reduce lung injury, the MSC-EVs were stored for weeks.",
        "Freezing did not cause the MSC-EVs to lose their ability to reduce lung injury.",
        "The aged MSC-EVs lost their ability to reduce lung injury, whereas the young MSC-EVs"
        " reduced lung injury markedly.",
    ],
)
def test_an_ability_kept_still_lowers_the_harm(sentence: str) -> None:
    read = read_asserted(LUNG, LUNG_GIVEN, sentence)
    assert ("Lung Injury", "decrease", "protective") in read, read


def test_not_just_confirming_is_no_denial() -> None:
    read = read_asserted(
        LIVER,
        LIVER_GIVEN,
        "We did not just confirm that the BMSC-Exos reduce fibrosis; we also found that they"
        " lower serum ALT.",
    )
    assert ("Fibrosis", "decrease", "protective") in read, read


def test_a_title_with_a_tumour_course_verb_is_one_tumour_topic() -> None:
    read = read_abstract(
        "MSC exosomes impair liver regeneration and promote hepatocellular carcinoma",
        "Exosomes of bone marrow MSCs (BMSC-Exos) were added to liver cells.",
        "The BMSC-Exos increased angiogenesis.",
    )
    assert ("angiogenesis", "increase", "pro_tumor") in read, read
