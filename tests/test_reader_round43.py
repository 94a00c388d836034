"""Round 43 of the reader's rules, from fresh real helper records (reviews read as about
nothing): 'the present short review' and 'this study aims to summarize ... and discuss' say a
record is a review; a tumour review's title naming no tumour but its progression or its
metastatic niche gives those processes, raised. Probed in own words."""

from __future__ import annotations

import pytest

from .reading import kept_by_triage, read_abstract, topic_findings

# a review's abstract stating nothing as established
_REVIEW = (
    "Extracellular vesicles carry proteins and RNAs between cells.",
    "In the present short review we discuss the evidence and the open questions.",
)
# the same abstract with no word saying it reviews anything
_NOT_A_REVIEW = (
    "Extracellular vesicles carry proteins and RNAs between cells.",
    "We discuss the evidence and the open questions.",
)


# a review's title setting the vesicles beside a disease as its treatment ('potential')
_T1D = "Potential immune modulatory action of MSC-derived vesicles in type 1 diabetes"


def test_a_review_of_msc_vesicles_as_a_treatment_gives_its_topic() -> None:
    assert topic_findings(_T1D, *_REVIEW) == [
        ("Diabetes Mellitus, Type 1", "decrease", "protective")
    ]


def test_a_whole_study_abstract_is_not_given_its_titles_topic() -> None:
    """The same title over an abstract that says no review: a study read as nothing is not
    guessed over (unless its source cut it short)."""
    assert topic_findings(_T1D, *_NOT_A_REVIEW) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In the present short review we discuss the evidence and the open questions.",
        "This brief review summarises what is known.",
        "This review aims to summarize the current knowledge of the vesicles in the disease.",
    ],
)
def test_a_short_or_brief_review_says_it_is_one(sentence: str) -> None:
    body = ("Extracellular vesicles carry proteins and RNAs between cells.", sentence)
    assert topic_findings(_T1D, *body) == [("Diabetes Mellitus, Type 1", "decrease", "protective")]


def test_a_studys_reviewed_records_do_not_make_it_a_review() -> None:
    body = (
        "Extracellular vesicles carry proteins and RNAs between cells.",
        "We collected the samples and reviewed the records of the patients.",
    )
    assert topic_findings(_T1D, *body) == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Mesenchymal stem cell exosomes in cancer progression and metastasis: a review",
            [
                ("tumor growth", "increase", "pro_tumor"),
                ("Neoplasm Metastasis", "increase", "pro_tumor"),
            ],
        ),
        (
            "Metastatic niches and the contribution of mesenchymal stem cell exosomes",
            [("Neoplasm Metastasis", "increase", "pro_tumor")],
        ),
    ],
)
def test_a_tumour_review_naming_its_course_but_no_tumour_gives_that_course(
    title: str, expected: list[tuple[str, str, str]]
) -> None:
    assert topic_findings(title, *_REVIEW) == expected


def test_cancer_progression_is_the_tumours_growth() -> None:
    assert kept_by_triage("Bone marrow MSC exosomes promoted cancer progression in mice.")
    found = read_abstract(
        "Bone marrow MSC exosomes and gastric cancer",
        "Bone marrow MSC exosomes promoted cancer progression in mice.",
    )
    assert ("tumor growth", "increase", "pro_tumor") in found


def test_a_review_that_aims_to_summarise_aiming_the_vesicles_at_a_tumour_gives_it_lowered() -> None:
    title = "Mesenchymal stem cell-derived exosomes for gastrointestinal cancer"
    body = (
        "Gastrointestinal cancers are a leading cause of death.",
        "This study aims to summarize the effects of these vesicles and discuss their uses.",
    )
    assert topic_findings(title, *body) == [
        ("Gastrointestinal Neoplasms", "decrease", "anti_tumor")
    ]


def test_a_directionless_verb_over_a_tumours_course_is_no_change_a_later_clause_gives() -> None:
    """The keyword window used to take the direction of a polarity word after the process
    ('... to activate the pathway': tumour growth raised) when the verb over it had none."""
    found = read_abstract(
        "Bone marrow MSC exosomes and gastric cancer",
        "Bone marrow MSC exosomes can regulate gastric tumor growth, drug response and "
        "metastasis through transferring proteins to tumor cells to activate signalling.",
    )
    assert not [f for f in found if f[0] in ("tumor growth", "Neoplasm Metastasis")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A single intrathecal injection of MSC sEVs durably reversed mechanical "
        "hypersensitivity in the hind paw of mice with sciatic nerve ligation.",
        "Intrathecal administration of MSC exosomes reversed thermal hypersensitivity in rats.",
    ],
)
def test_an_injection_of_the_vesicles_that_reverses_a_pain_is_their_effect(sentence: str) -> None:
    """Not a loss of function (the subject's head is 'injection', the vesicles in its 'of'
    phrase), and mechanical or thermal hypersensitivity is hyperalgesia, not the immune
    hypersensitivity its head alone names."""
    found = read_abstract("MSC vesicles in neuropathic pain", sentence)
    assert ("Hyperalgesia", "decrease", "protective") in found


def test_an_injection_of_an_inhibitor_reversing_the_vesicles_effect_is_still_undone() -> None:
    found = read_abstract(
        "MSC vesicles in neuropathic pain",
        "MSC exosomes reduced thermal hypersensitivity in rats.",
        "An injection of the miR-26a inhibitor reversed the reduction of thermal "
        "hypersensitivity by MSC exosomes.",
    )
    assert ("Hyperalgesia", "increase", "pathogenic") not in found
    assert ("Hyperalgesia", "decrease", "protective") in found


# a newcomer review's probes of the rules above (its own words; what they fixed)
_T2 = "Potential therapeutic use of MSC-derived extracellular vesicles in osteoarthritis"


@pytest.mark.parametrize(
    "sentence",
    [
        "A critical review of the histological slides was performed by two blinded pathologists.",
        "A literature review was first performed to select candidate microRNAs.",
        "This pilot study aims to summarize the safety of repeated doses in rats.",
        "We isolated the vesicles by ultracentrifugation and reviewed the current guidelines.",
        "Our literature review identified miR-21 as a candidate, which we then tested.",
        # a second newcomer review's probes
        "We searched PubMed and TargetScan for predicted targets of the vesicles' miRNAs.",
        "Our focused review of the scans found no lesions.",
        "This study aimed to summarize the effects of our treatment on the animals.",
        "This study aimed to summarize the effects of three vesicle doses on cartilage in rats.",
        "We summarized the proteomic data and reviewed the roles of the most abundant proteins.",
    ],
)
def test_a_studys_own_review_of_its_material_is_no_review(sentence: str) -> None:
    body = (_REVIEW[0], sentence, "Samples were analysed by flow cytometry.")
    assert topic_findings(_T2, *body) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A scoping review was conducted following the PRISMA-ScR guidelines.",
        "We aim to summarise the preclinical studies.",
        "This updated review includes twenty new studies.",
        "The purpose of this literature review is to outline the open questions.",
        "We searched PubMed for studies of the vesicles in the disease.",
    ],
)
def test_a_review_saying_so_in_other_words_is_one(sentence: str) -> None:
    assert topic_findings(_T2, _REVIEW[0], sentence) == [
        ("Osteoarthritis", "decrease", "protective")
    ]


@pytest.mark.parametrize(
    "title",
    [
        "MSC exosomes for graft-versus-host disease in leukemia",
        "MSC exosomes for chemotherapy-induced mucositis in head and neck cancer",
        "MSC exosomes for predicting lung cancer",
        "MSC exosomes for staging breast cancer",
    ],
)
def test_a_side_effect_in_a_tumours_patients_is_no_aim_at_the_tumour(title: str) -> None:
    body = (
        "Cancer remains a leading cause of death.",
        "This study aims to summarize the evidence and discuss the open questions.",
    )
    assert not [t for t in topic_findings(title, *body) if t[2] == "anti_tumor"]


@pytest.mark.parametrize(
    ("title", "tumour"),
    [
        ("MSC exosomes for head and neck cancer", "Head and Neck Neoplasms"),
        ("MSC exosomes for patients with lung cancer", "Lung Neoplasms"),
    ],
)
def test_a_title_aiming_the_vesicles_at_a_tumours_patients_aims_them_at_it(
    title: str, tumour: str
) -> None:
    body = (
        "Cancer remains a leading cause of death.",
        "This study aims to summarize the evidence and discuss the open questions.",
    )
    assert topic_findings(title, *body) == [(tumour, "decrease", "anti_tumor")]


def test_a_title_aiming_the_vesicles_at_a_tumour_may_end_with_a_stop() -> None:
    title = "Mesenchymal stem cell-derived exosomes for gastrointestinal cancer."
    body = (
        "Cancer remains a leading cause of death.",
        "This study aims to summarize the evidence and discuss the open questions.",
    )
    assert topic_findings(title, *body) == [
        ("Gastrointestinal Neoplasms", "decrease", "anti_tumor")
    ]


@pytest.mark.parametrize(
    "title",
    [
        "MSC exosomes against cancer progression: a review",
        "Disrupting metastatic niches with engineered MSC exosomes: a review",
    ],
)
def test_a_title_setting_the_vesicles_against_a_tumours_course_is_no_pro_tumour_topic(
    title: str,
) -> None:
    assert not [t for t in topic_findings(title, *_REVIEW) if t[2] == "pro_tumor"]


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC exosomes modulated macrophages, and inflammation decreased by 40%.",
        "After medium change, apoptosis decreased in cells given MSC exosomes.",
        # a noun naming a change is no verb governing it
        "The impact of MSC exosomes on angiogenesis was striking, with vessel density "
        "increased threefold.",
    ],
)
def test_a_process_own_predicate_after_it_keeps_its_direction_after_a_directionless_verb(
    sentence: str,
) -> None:
    found = read_abstract("Bone marrow MSC exosomes in disease", sentence)
    assert found and all(f[1] in ("decrease", "increase") for f in found)
    assert {f[1] for f in found} == ({"increase"} if "vessel" in sentence else {"decrease"})


@pytest.mark.parametrize(
    "sentence",
    [
        "Administration of MSC exosomes with recombinant IL-17 reversed the attenuation of "
        "inflammation.",
        "Administration of exosomes from aged MSCs reversed this inhibition of inflammation.",
        "Incubation with boiled MSC exosomes abolished the reduction of inflammation.",
        "Addition of exosome-free conditioned medium reversed the reduction of inflammation.",
    ],
)
def test_a_co_treatment_or_another_arm_given_that_reverses_the_effect_is_not_the_vesicles(
    sentence: str,
) -> None:
    found = read_abstract(
        "MSC exosomes in disease models", "MSC exosomes attenuated inflammation.", sentence
    )
    assert ("inflammatory response", "increase", "pathogenic") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Treatment of the diabetic mice with MSC exosomes reversed the delayed wound closure.",
        "Exposure to MSC exosomes reversed the cisplatin-induced apoptosis of tubular cells.",
    ],
)
def test_the_vesicles_given_to_the_animals_or_cells_that_reverse_a_harm_are_its_cause(
    sentence: str,
) -> None:
    found = read_abstract(
        "MSC exosomes in disease models", "MSC exosomes reduced fibrosis in mice.", sentence
    )
    assert [f for f in found if f[0] != "Fibrosis"] in (
        [("wound healing", "increase", "regenerative")],
        [("apoptotic process", "decrease", "protective")],
    )
