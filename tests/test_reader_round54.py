"""Fifty-fourth session: titles read as a cut-short record gives them (a quarter of the corpus
records end early, so the title carries the finding), each shown with titles written for these
tests (never a record's own words)."""

from __future__ import annotations

import pytest

from .reading import (
    parsed_finding,
    read_abstract,
    read_asserted,
    read_injured,
    read_records,
    read_title,
    triples_at,
)

AFTER = parsed_finding("The vesicles")  # an abstract sentence the parse reads, so no fallback


@pytest.mark.parametrize(
    "title",
    [
        "Exosomes of bone marrow mesenchymal stem cells prevent and treat diabetic nephropathy",
        "Exosomes of Bone Marrow Mesenchymal Stem Cells Prevent and Treat Diabetic Nephropathy",
    ],
)
def test_a_trigger_shares_the_object_of_the_plain_verb_coordinated_after_it(title: str) -> None:
    """(read nothing: 'prevent' had no object of its own, 'treat' is no trigger)"""
    assert ("Diabetic Nephropathies", "decrease", "protective") in read_title(title)


def test_an_aim_of_preventing_and_treating_is_no_change() -> None:
    """guard: gerunds of a strategy ('for preventing and treating X') name an aim."""
    found = read_title(
        "MSC exosomes: new strategies for preventing and treating diabetic nephropathy"
    )
    assert ("Diabetic Nephropathies", "decrease", "protective") not in found


def test_a_cargo_before_engineered_vesicles_names_their_condition_not_a_subject() -> None:
    """(the parser made the cargo the subject of 'engineered' and the vesicles its object: the
    title's change was the cargo's, and dropped)"""
    title = "MiR-29b engineered EVs of stromal cells attenuate renal fibrosis"
    assert ("Fibrosis", "decrease", "protective") in read_title(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Anti-fibrotic effects of exosomes from mesenchymal stem cells in liver fibrosis",
            ("Fibrosis", "decrease", "protective"),
        ),
        (
            "Anticancer activity of vesicles released by gingival stromal cells in oral carcinoma",
            ("Neoplasms", "decrease", "anti_tumor"),
        ),
    ],
)
def test_a_verbless_title_naming_the_vesicles_effect_states_it(
    title: str, expected: tuple[str, str, str]
) -> None:
    """(read nothing: an anti- adjective was read only where a verb asserted it of the EVs)"""
    assert expected in read_title(title)


def test_a_sentence_cut_short_before_its_verb_asserts_no_effect() -> None:
    """guard: a record cut at an inline tag ends mid-sentence, before the verb that would say
    whether the effect is known."""
    found = triples_at(
        '"Abstract"',
        "Umbilical cord MSC exosomes in kidney ischaemia",
        AFTER,
        "However, the pro-angiogenic effect of MSC exosomes in kidney ischaemia",
    )
    assert ("angiogenesis", "increase", "regenerative") not in found


def test_a_reversal_verb_coordinated_after_the_vesicles_verb_is_theirs() -> None:
    """(read nothing: 'reverse' had no subject of its own, so the change it governs was taken
    for one an inhibitor undid)"""
    title = "Placental MSC exosomes attenuate and reverse pulmonary hypertension in rats"
    assert ("Hypertension, Pulmonary", "decrease", "protective") in read_title(title)


def test_an_inhibitor_reversing_a_change_still_undoes_it() -> None:
    """guard: the shared subject is the vesicles only when the first verb's subject names them."""
    found = read_title("Hypoxia raised and an inhibitor reversed pulmonary hypertension in rats")
    assert ("Hypertension, Pulmonary", "decrease", "protective") not in found


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the tagger takes 'fuel' for a noun with an object
        (
            "Adipose MSC exosomes fuel the growth of gastric cancer in nude mice",
            ("tumor growth", "increase", "pro_tumor"),
        ),
        (
            "Umbilical cord MSC exosomes revive ovarian follicle development in aged mice",
            ("ovarian follicle development", "increase", "regenerative"),
        ),
    ],
)
def test_fuel_and_revive_are_triggers(title: str, expected: tuple[str, str, str]) -> None:
    """(read nothing: no polarity row)"""
    assert expected in read_title(title)


def test_a_verb_only_trigger_taken_for_a_noun_with_an_object_is_a_verb() -> None:
    """(the tagger made 'fuel' a noun, and verb-only triggers were read as verbs only)"""
    found = read_abstract(
        "Bone marrow MSC exosomes in gastric cancer",
        "Tumour-bearing mice were given exosomes of bone marrow MSCs (BM-Exos).",
        "These vesicles fuel tumour growth in vivo.",
    )
    assert ("tumor growth", "increase", "pro_tumor") in found


def test_an_object_past_a_means_phrase_trigger_is_not_the_first_verb_s() -> None:
    """(the parse hung the tight-junction protein's expression on 'alleviate' as a second
    object: read lowered, a harm)"""
    title = "hUCMSC-Exos alleviate TNBS-induced colitis by restoring ZO-1 and occludin expression"
    found = read_title(title)
    assert ("Colitis", "decrease", "protective") in found
    assert all(role != "pathogenic" for _, _, role in found)


def test_a_subject_that_changed_itself_shares_no_object() -> None:
    """guard: 'Tear secretion increased and corneal ... decreased' (the tagger made 'corneal'
    a verb): the rise is the secretion's own, not an object borrowed from the next verb."""
    found = read_abstract(
        "Bone marrow MSC exosomes in dry eye",
        "Dry eye mice were given exosomes of bone marrow MSCs (BMSC-Exos) as eye drops.",
        "Tear secretion increased and corneal fluorescein staining scores decreased in dry eye"
        " mice after topical BMSC-Exos.",
    )
    assert ("tear secretion", "increase", "regenerative") in found


def test_an_opening_calling_vesicles_an_emerging_tool_is_background() -> None:
    """(read as injuries lowered; the title's own claim was folded into it and lost its
    sentence)"""
    title = "Attenuation of kidney ischaemia injury by adipose MSC exosome treatment"
    found = triples_at(
        '"Title"', title, "Vesicles are an emerging cell-free treatment for injuries."
    )
    assert any(role == "protective" for _, _, role in found)
    opening = triples_at(
        '"Abstract", sentence 1',
        title,
        "Vesicles are an emerging cell-free treatment for injuries.",
    )
    assert opening == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("BM-Exos restrained breast cancer cell motility.", ("cell migration", "decrease")),
        ("BM-Exos lowered the motility of MDA-MB-231 cells.", ("cell migration", "decrease")),
    ],
)
def test_cell_motility_is_migration(sentence: str, expected: tuple[str, str]) -> None:
    """(read no process: 'motility' was no process word)"""
    found = read_abstract(
        "Bone marrow MSC exosomes in breast cancer",
        "Breast cancer cells were given exosomes of bone marrow MSCs (BM-Exos).",
        sentence,
    )
    assert (*expected, "anti_tumor") in found


def test_gut_motility_is_no_cell_migration() -> None:
    """guard: the gut's motility is no cells' migration."""
    found = read_abstract(
        "Bone marrow MSC exosomes in diabetic gastroparesis",
        "Diabetic mice were given exosomes of bone marrow MSCs (BM-Exos).",
        "BM-Exos restored intestinal motility.",
    )
    assert all(label != "cell migration" for label, _, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "BM-Exos attenuated motor impairment in spinal cord injury.",
        "BM-Exos alleviated the functional impairment in diabetic nephropathy.",
        "BM-Exos improved the neurological deficits in stroke rats.",
    ],
)
def test_a_harm_noun_s_in_phrase_naming_the_disease_is_its_setting(sentence: str) -> None:
    """(read the disease raised, a harm: the impairment's 'in' phrase taken for what was
    impaired)"""
    found = read_injured(sentence)
    assert all(role != "pathogenic" for _, _, role in found)


def test_a_harm_noun_s_in_phrase_naming_a_process_is_what_was_impaired() -> None:
    """guard: 'the impairment in memory' is of memory."""
    found = read_injured("BM-Exos rescued the impairment in memory.")
    assert ("learning or memory", "increase", "regenerative") in found


def test_a_change_noun_s_second_in_phrase_naming_the_disease_is_its_setting() -> None:
    """(read osteoporosis raised, a harm: 'the decrease in bone density in osteoporosis')"""
    found = read_injured("BM-Exos attenuated the decrease in bone mineral density in osteoporosis.")
    assert all(role != "pathogenic" for _, _, role in found)


def test_an_opening_name_ends_at_a_verb_of_no_direction_before_a_trigger() -> None:
    """(read nothing: the parser made 'stem' the verb, and the opening name was looked for up
    to the first trigger, 'promote', past 'regulate')"""
    title = (
        "Tendon stem cell-derived exosomes modulate inflammation and promote the repair of tendon"
    )
    assert any(d == "increase" and r == "regenerative" for _, d, r in read_title(title))


@pytest.mark.parametrize(
    "title",
    [
        "Anti-fibrotic effects of MSC exosomes in liver fibrosis: a narrative review",
        "Anti-tumour effects of MSC exosomes: fact or fiction?",
        "Negligible anti-tumour activity of MSC exosomes in vivo",
        "Anti-tumour effects of blocking MSC exosome secretion in breast cancer",
        "Anti-tumour activity of T cells primed by MSC exosomes",
    ],
)
def test_a_verbless_title_that_asks_reviews_denies_or_names_another_states_nothing(
    title: str,
) -> None:
    """guards (a newcomer review): a review or protocol by its own words, a question, a
    denying adjective before the effect, a loss of function, another agent's activity."""
    assert all(
        d != "decrease" or r not in ("protective", "anti_tumor") for _, d, r in read_title(title)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "BM-Exos reduced fibrosis in our model, suggesting they are an attractive option.",
        "BM-Exos, which are an ideal delivery vehicle, reduced renal fibrosis.",
        "In conclusion, BM-Exos alleviated renal fibrosis and are an emerging treatment for CKD.",
    ],
)
def test_a_result_beside_an_emerging_tool_phrase_is_still_read(sentence: str) -> None:
    """guard (a newcomer review): only an opening calling the vesicles a tool is background."""
    found = read_injured(sentence)
    assert ("Fibrosis", "decrease", "protective") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "BM-Exos improved sperm cell motility.",
        "BM-Exos restored the motility of intestinal smooth muscle cells.",
    ],
)
def test_the_motility_of_sperm_or_gut_muscle_is_no_cell_migration(sentence: str) -> None:
    """guard (a newcomer review): a sperm's swimming or a muscle's contraction."""
    found = read_injured(sentence)
    assert all(label != "cell migration" for label, _, _ in found)


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        # a denial of the first verb is a denial of the second
        (
            "BM-Exos did not prevent and reverse pulmonary hypertension.",
            ("Hypertension, Pulmonary", "decrease", "protective"),
        ),
        # a stimulus raising the vesicles' secretion is no condition of theirs
        (
            "LPS stimulated exosome secretion from MSCs and increased TNF-α in macrophages.",
            ("inflammatory response", "increase", "pathogenic"),
        ),
        # 'They' are the mice here, and 'developed' lends no object
        ("They worsened and developed severe fibrosis.", ("Fibrosis", "increase", "pathogenic")),
    ],
)
def test_shared_subjects_objects_and_conditions_stop_where_they_should(
    sentence: str, wrong: tuple[str, str, str]
) -> None:
    """guards (a newcomer review)."""
    found = read_asserted(
        "Bone marrow MSC exosomes in a rat model of injury",
        "Untreated rats were followed for eight weeks.",
        sentence,
    )
    assert wrong not in found


def test_a_means_phrase_set_off_by_commas_leaves_the_object_to_the_first_verb() -> None:
    """guard (a newcomer review): 'increased, by inhibiting apoptosis, the survival of X'."""
    found = read_injured(
        "BM-Exos increased, by inhibiting apoptosis, the survival of grafted cells."
    )
    assert ("cell survival", "increase", "regenerative") in found


def test_a_title_opening_with_the_efficacy_of_the_vesicles_names_the_study_aim() -> None:
    """(a record cut short after its background read nothing: 'Efficacy of X in Y' was no aim)"""
    found = read_records(
        "Efficacy of topical umbilical cord MSC exosomes in dry eye of Sjogren syndrome",
        "Dry eye is a common complication of the disease, and existing therapeutic approaches for",
    )
    assert any(r.finding.msc_source for r in found)


def test_a_stimulus_s_own_change_named_beside_a_result_is_not_the_vesicles() -> None:
    """(read as lung injury raised by the EVs, pathogenic: the rise the stimulus caused, named in
    a phrase of its own)"""
    found = read_injured(
        "BM-Exos reduced lung injury, mainly reflected in LPS-mediated enhancement of the injury"
        " score and MDA levels, which were reversed by BM-Exos."
    )
    assert ("Lung Injury", "decrease", "protective") in found
    assert all(role != "pathogenic" for _, _, role in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "BM-Exos sped bone repair through VEGF-mediated promotion of angiogenesis.",
            ("angiogenesis", "increase", "regenerative"),
        ),
        (
            "BM-Exos protected the mice from the hypoxia-induced rise in right ventricular"
            " pressure.",
            ("Hypertension, Pulmonary", "decrease", "protective"),
        ),
    ],
)
def test_a_gene_s_mediation_or_a_protected_from_phrase_is_still_read(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """guards: a gene the vesicles act through is their mechanism; 'protected from' turns the
    stimulus's rise."""
    found = read_injured(sentence)
    assert expected in found
