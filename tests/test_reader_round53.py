"""Fifty-third session: shapes the last round's newcomer review left read wrong, each shown with
sentences written for these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from exoatlas.read.abbrev import find_abbreviations
from exoatlas.read.doubt import not_significant
from exoatlas.read.sentences import split_sentences

from .reading import read_abstract, read_asserted

TITLE = "Bone marrow MSC exosomes in a mouse model of injury"
GIVEN = "Injured mice were given exosomes of bone marrow MSCs (BM-Exos) by tail vein."


def _read(sentence: str) -> list[tuple[str, str, str]]:
    return read_abstract(TITLE, GIVEN, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the parse hangs the clause on the verb, and tags the symbol a number
        "BM-Exos lowered IL-17, which promotes inflammation.",
        # the symbol inside an 'of' phrase the verb lowered
        "BM-Exos lowered the level of IL-17 that drives inflammation in the joint.",
    ],
)
def test_what_a_lowered_molecule_does_in_general_is_no_change_the_evs_made(
    sentence: str,
) -> None:
    """(read as inflammation raised by the EVs, pathogenic)"""
    found = _read(sentence)
    assert ("inflammatory response", "increase", "pathogenic") not in found
    # the lowered cytokine is itself a readout of inflammation
    assert ("inflammatory response", "decrease", "protective") in found


def test_a_past_tense_clause_after_the_change_is_still_what_followed_it() -> None:
    """'which was associated with better survival' is what followed the EVs' change."""
    found = _read("BM-Exos lowered IL-6, which was associated with improved survival.")
    assert ("inflammatory response", "decrease", "protective") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "BM-Exos lessened fibrosis, but not significantly.",
        "BM-Exos lessened fibrosis, although not significantly.",
        "BM-Exos lessened fibrosis, yet no significant difference was found.",
        "BM-Exos showed a tendency toward lessened fibrosis.",
    ],
)
def test_a_change_called_not_significant_or_a_tendency_is_not_asserted(sentence: str) -> None:
    """(read as an asserted fall in fibrosis)"""
    assert all(label != "Fibrosis" for label, _, _ in read_asserted(TITLE, GIVEN, sentence))


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # the not-significant phrase names another readout
        (
            "BM-Exos lessened fibrosis, but no significant difference in body weight was found.",
            "Fibrosis",
        ),
        ("BM-Exos lessened fibrosis, but the fall in apoptosis was not significant.", "Fibrosis"),
    ],
)
def test_a_not_significant_phrase_about_another_readout_leaves_the_change(
    sentence: str, kept: str
) -> None:
    assert any(label == kept for label, _, _ in read_asserted(TITLE, GIVEN, sentence))


def test_a_bare_not_significantly_followed_by_another_readout_is_said_of_that_one() -> None:
    text = "The EVs markedly lowered TNF-α, but not significantly IL-6."
    at = text.index("lowered")
    assert not not_significant(text, at, len("lowered"))
    text = "The EVs lowered TNF-α, but not significantly."
    assert not_significant(text, text.index("lowered"), len("lowered"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The cells incubated with BM-Exos showed a marked rise in cell number and a"
            " higher viability.",
            ("cell survival", "increase", "regenerative"),
        ),
        (
            "The cells incubated with BM-Exos showed a marked fall in apoptosis and a"
            " higher viability.",
            ("cell survival", "increase", "regenerative"),
        ),
    ],
)
def test_a_comparative_listed_inside_a_change_nouns_phrase_is_read(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """(the comparative, hung as a conjunct inside 'a rise in ...', was read from nothing)"""
    assert expected in _read(sentence)


def test_a_comparative_listed_inside_a_model_groups_change_is_not_the_evs() -> None:
    found = _read("The injured group showed a rise in apoptosis and a lower viability.")
    assert ("cell survival", "decrease", "pathogenic") not in found


@pytest.mark.parametrize(
    ("sentence", "expected", "wrong"),
    [
        (
            "BM-Exos boosted apoptosis inhibition in the kidney.",
            ("apoptotic process", "decrease", "protective"),
            ("apoptotic process", "increase", "pathogenic"),
        ),
        (
            "BM-Exos hastened inflammation resolution.",
            ("inflammatory response", "decrease", "protective"),
            ("inflammatory response", "increase", "pathogenic"),
        ),
        (
            "BM-Exos boosted ROS scavenging in the kidney.",
            ("reactive oxygen species metabolic process", "decrease", "protective"),
            ("reactive oxygen species metabolic process", "increase", "pathogenic"),
        ),
        (
            "BM-Exos boosted the resistance of tubular cells to apoptosis.",
            ("apoptotic process", "decrease", "protective"),
            ("apoptotic process", "increase", "pathogenic"),
        ),
        (
            "BM-Exos strengthened ferroptosis resistance in tubular cells.",
            ("ferroptosis", "decrease", "protective"),
            ("ferroptosis", "increase", "pathogenic"),
        ),
    ],
)
def test_a_change_noun_or_resistance_after_a_harm_names_less_of_it(
    sentence: str, expected: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    """(the verb read the phrase as more of the harm, beside or instead of the change noun's
    own reading)"""
    found = _read(sentence)
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("BM-Exos lowered insulin resistance.", ("insulin resistance", "decrease", "protective")),
        ("BM-Exos prevented neuronal loss.", ("neuronal degeneration", "decrease", "protective")),
    ],
)
def test_a_harm_named_with_its_noun_is_still_that_harm(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _read(sentence)


def test_synovial_vessel_growth_is_the_disease_in_arthritis() -> None:
    """(read as angiogenesis lowered, pathogenic)"""
    found = read_abstract(
        "Bone marrow MSC exosomes in a mouse model of arthritis",
        "Arthritic mice were given exosomes of bone marrow MSCs (BM-Exos).",
        "BM-Exos curbed synovial angiogenesis and pannus formation in the joints.",
    )
    assert ("angiogenesis", "decrease", "protective") in found
    assert ("angiogenesis", "decrease", "pathogenic") not in found


TUMOUR_TITLE = "Bone marrow MSC exosomes in a xenograft model of pancreatic cancer"
TUMOUR_GIVEN = "Tumour-bearing mice were given exosomes of bone marrow MSCs (BM-Exos)."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The self-renewal of pancreatic cancer stem cells was impaired by BM-Exos.",
            ("cell stemness", "decrease", "anti_tumor"),
        ),
        (
            "BM-Exos lowered cyclin D1 and CDK4 in the pancreatic cancer cells.",
            ("cell population proliferation", "decrease", "anti_tumor"),
        ),
    ],
)
def test_tumour_readouts_of_the_fifty_third_probe(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """(read as nothing)"""
    assert expected in read_abstract(TUMOUR_TITLE, TUMOUR_GIVEN, sentence)


def test_a_lungs_permeability_is_its_vessels_leak() -> None:
    """(read as nothing)"""
    found = _read("BM-Exos blunted the rise in lung permeability after the injury.")
    assert ("endothelial permeability", "decrease", "protective") in found


def test_the_measured_change_before_an_aside_is_not_hedged_by_its_reading_after_it() -> None:
    """(the readout's finding gave way to the same change read after ', suggesting', which
    the aside hedges: nothing asserted)"""
    found = read_asserted(
        TITLE,
        GIVEN,
        "BM-Exos lowered α-SMA and collagen I in the cultured fibroblasts, suggesting an"
        " inhibition of their conversion to myofibroblasts.",
    )
    assert ("Fibrosis", "decrease", "protective") in found


def test_vesicles_whose_short_form_closes_a_parenthesis_before_their_source_are_msc_vesicles() -> (
    None
):
    """(triage found no MSC-derived vesicles: the short form's closing bracket stood between
    the vesicles and 'are isolated from ... stem cells')"""
    found = read_abstract(
        "Engineered exosomes in microneedle patches for keloid scars",
        "The engineered exosomes encapsulating miR-29b (miR-29b-Exos) were isolated from"
        " adipose-derived mesenchymal stem cells transfected with a lentivirus.",
        "The miR-29b-Exos lowered scar thickness in the rabbit ear model.",
    )
    assert ("Fibrosis", "decrease", "protective") in found


@pytest.mark.parametrize(
    "title",
    [
        "Exosomes from umbilical cord mesenchymal stem cells in treatment of skin ulcers",
        "Exosomes from umbilical cord mesenchymal stem cells for treatment of skin ulcers",
    ],
)
def test_a_treatment_title_without_its_article_is_read(title: str) -> None:
    """(a title naming the EVs 'in treatment of' a disease, with no result sentence after it,
    was read as nothing)"""
    assert ("Skin Ulcer", "decrease", "protective") in read_abstract(title)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The mice were given BM-Exos. β-cell loss was smaller.", "β-cell loss was smaller."),
        ("The cells were treated. p53 was lowered in them.", "p53 was lowered in them."),
        ("This was seen in vitro. α-SMA fell as well.", "α-SMA fell as well."),
    ],
)
def test_a_sentence_opening_with_a_greek_letter_or_a_p_protein_is_a_sentence(
    text: str, second: str
) -> None:
    """(joined to the sentence before: its findings read from the pair, parsed as one)"""
    assert split_sentences(text)[-1] == second


def test_a_change_while_cells_were_co_cultured_with_the_evs_is_theirs() -> None:
    """('co-cultured' was split into three words and parsed as a copula with adjectives; then
    the 'when' clause naming what the islets were given was not a participle of giving)"""
    found = read_abstract(
        TITLE,
        GIVEN,
        "Islet cell apoptosis was inhibited and insulin release was enhanced when islets were"
        " co-cultured with BM-Exos.",
    )
    assert ("apoptotic process", "decrease", "protective") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "BM-Exos raised the cisplatin-inhibited viability of the tubular cells.",
            ("cell survival", "increase", "regenerative"),
        ),
        (
            "In vitro, tubular cells pre-incubated with BM-Exos raised the cisplatin-inhibited"
            " cell viability.",
            ("cell survival", "increase", "regenerative"),
        ),
    ],
)
def test_a_raising_verb_raises_a_lowered_state(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """(the flip meant for 'reversed the impaired X' turned 'raised the inhibited X' into a
    fall, pathogenic; 'pre-incubated' split in three hid the second from the parse)"""
    found = _read(sentence)
    assert expected in found
    assert ("cell survival", "decrease", "pathogenic") not in found


def test_a_title_naming_another_cells_vesicles_is_no_msc_ev_study() -> None:
    """(the background's MSC-EVs made the record relevant, and its agentless results the
    MSCs')"""
    found = read_abstract(
        "Neural progenitor cell-derived extracellular vesicles ease deficits after stroke",
        "Vesicles derived from mesenchymal stem cells were shown to aid recovery before.",
        "Motor function improved in the treated mice.",
    )
    assert found == []


def test_a_short_form_named_in_words_names_the_product() -> None:
    """('referred to here as X' defined no short form: the results said of it were read as no
    one's, the record as irrelevant)"""
    found = read_abstract(
        "A single dose of cord exosomes protects the neonatal lung",
        "We prepared exosomes from umbilical cord mesenchymal stromal cells, referred to here"
        " as CEx, by size-exclusion chromatography.",
        "CEx lowered lung inflammation in the hyperoxic pups.",
    )
    assert ("inflammatory response", "decrease", "protective") in found
    assert find_abbreviations("These vesicles, hereafter referred to as exosomes, were used.") == {}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # the subject hung on the auxiliary
            "Hepatocyte apoptosis and hepatic infiltration of inflammatory cells were markedly"
            " reduced.",
            ("apoptotic process", "decrease", "protective"),
        ),
        (
            # a list of passive subjects, its first item's comma taken for a misparse
            "Serum IL-6, TNF-α and HMGB1 levels were markedly lowered, and heart, lung and"
            " kidney injury was lessened.",
            ("inflammatory response", "decrease", "protective"),
        ),
        (
            # two readouts set against each other with 'whereas'
            "IL-17 levels declined, whereas IL-10 levels rose.",
            ("inflammatory response", "decrease", "protective"),
        ),
    ],
)
def test_agentless_results_of_the_third_probe_are_read(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """(read as nothing after the sentence giving the EVs)"""
    assert expected in _read(sentence)


def test_one_readout_in_two_groups_set_against_each_other_is_not_read() -> None:
    found = _read("Apoptosis rose in the injured group, whereas it fell in the BM-Exos group.")
    assert ("apoptotic process", "increase", "pathogenic") not in found


def test_a_first_auxiliary_hung_on_a_later_participle_is_left_alone() -> None:
    """(the subject moved to the later participle read the glands' rise as a fall)"""
    found = _read(
        "Compared with the injured group, the number of glands was markedly increased and the"
        " fibrotic area was markedly decreased in the BM-Exos group."
    )
    assert all(not (label.startswith("number") and d == "decrease") for label, d, _ in found)


def test_two_coordinated_readouts_each_with_its_subject_change_their_own_ways() -> None:
    """(the guard for one readout in two groups, 'X rose in the model and fell in the EV arm',
    dropped 'rotations fell and the number of neurons rose')"""
    found = _read(
        "Drug-induced rotations were reduced and the number of TH-positive neurons in the"
        " substantia nigra increased."
    )
    assert ("neuronal degeneration", "decrease", "protective") in found
    assert ("apoptotic process", "increase", "pathogenic") not in _read(
        "Apoptosis rose in the injured group and fell in the BM-Exos group."
    )


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # the not-significant phrase is said of the last change only
        (
            "BM-Exos markedly lowered apoptosis, and reduced fibrosis, but not significantly.",
            ("apoptotic process", "decrease", "protective"),
        ),
        # 'was found in Y' names another readout
        (
            "BM-Exos lowered serum creatinine, but no significant difference was found in"
            " body weight.",
            ("organ dysfunction", "decrease", "protective"),
        ),
    ],
)
def test_a_not_significant_phrase_hedges_only_what_it_is_said_of(
    sentence: str, kept: tuple[str, str, str]
) -> None:
    """(a newcomer review: the bare phrase hedged every change before it)"""
    assert kept in read_asserted(TITLE, GIVEN, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Inflammation worsened, whereas BM-Exos-treated mice improved.",
        "Neurological deficits worsened, whereas the BM-Exos group recovered.",
    ],
)
def test_a_whereas_clause_naming_a_group_sets_groups_against_each_other(sentence: str) -> None:
    """(a newcomer review: the model's course read as the EVs' harm)"""
    assert all(role != "pathogenic" for _, _, role in _read(sentence))


def test_a_name_in_words_is_given_to_the_noun_phrase_before_it() -> None:
    """(a newcomer review: 'termed here AMs' after 'taken up by macrophages' named the EVs)"""
    assert find_abbreviations(
        "Exosomes from bone marrow MSCs were taken up by macrophages, termed here as AMs."
    ) == {"AMs": "macrophages"}


def test_an_msc_ev_arm_of_its_own_keeps_a_record_whose_title_names_other_vesicles() -> None:
    """(a newcomer review: the exemption asked the short form, not its long form, for MSCs)"""
    found = read_abstract(
        "Endothelial cell-derived exosomes and cord exosomes in diabetic wound healing",
        "Exosomes from umbilical cord mesenchymal stem cells (UC-Exos) and from endothelial"
        " cells were compared.",
        "UC-Exos sped up wound healing.",
    )
    assert ("wound healing", "increase", "regenerative") in found


def test_a_modifier_with_a_trigger_of_its_own_is_not_the_first_verbs_object() -> None:
    """(a newcomer review: 'reduced p21 and increased cyclin D1', parsed as two modifiers of
    'D1', read proliferation lowered)"""
    found = _read("BM-Exos reduced p21 and increased cyclin D1 in chondrocytes.")
    assert ("cell population proliferation", "decrease", "pathogenic") not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Apoptosis declined, whereas proliferation rose.",
            ("cell population proliferation", "increase", "regenerative"),
        ),
        (
            "Infarct size decreased and ejection fraction increased.",
            ("tissue injury", "decrease", "protective"),
        ),
    ],
)
def test_both_readouts_of_a_contrast_or_a_coordination_are_read(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """(a newcomer review: the 'whereas' clause's change and the first of two coordinated
    intransitive changes were lost)"""
    assert expected in _read(sentence)
