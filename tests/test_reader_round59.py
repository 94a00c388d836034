"""Fifty-ninth session: faults found by a fourth wave of blind helper collections (diseased-donor
comparisons, model-group contrasts, long source names); each shown with sentences written for
these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from .reading import folded, read_abstract, topic_findings


@pytest.mark.parametrize(
    "title",
    [
        "Obesity impairs the pro-angiogenic capacity of adipose stem cell extracellular vesicles",
        "Ageing impairs the pro-angiogenic action of adipose stem cell EVs",
        "Donor diabetes weakens the pro-angiogenic effects of bone marrow MSC exosomes",
    ],
)
def test_a_condition_that_impairs_the_vesicles_named_effect_states_that_effect(
    title: str,
) -> None:
    """('Obesity impairs the pro-angiogenic capacity of ASC-EVs' was parsed with the verb a noun
    and read by the keyword window as angiogenesis lowered, the record pathogenic): the
    vesicles' own effect is what the title states; the condition only weakens it."""
    found = folded(read_abstract(title))
    assert ("angiogenesis", "increase", "regenerative") in found
    assert not any(role == "pathogenic" for *_, role in found)


def test_a_condition_before_another_cells_capacity_gives_the_vesicles_nothing() -> None:
    """guard: the second parse is only for the vesicles' own effect; a condition impairing the
    capacity of other cells, in an MSC-EV abstract, is none of theirs."""
    found = folded(
        read_abstract(
            "Bone marrow MSC exosomes in diabetic wounds",
            "Hyperglycaemia impairs the angiogenic capacity of endothelial cells.",
        )
    )
    assert not any(label == "angiogenesis" for label, *_ in found)


def test_a_condition_undoing_the_vesicles_efficacy_is_no_harm_of_theirs() -> None:
    """(a diabetic condition said to impair how well MSC exosomes heal wounds was read by the
    keyword window as wound healing lowered)"""
    for sentence in (
        "Diabetes impairs the healing efficacy of the MSC exosomes in skin wounds",
        "Hyperglycaemia weakened the therapeutic efficacy of the BMSC exosomes on bone repair.",
    ):
        found = folded(read_abstract("Bone marrow MSC exosomes in diabetes", sentence))
        assert not any(role == "pathogenic" for *_, role in found), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "α-SMA-positive myofibroblasts were markedly increased in the lungs of bleomycin-treated "
        "mice but clearly reduced in the lungs of the EV-treated group.",
        "α-SMA-positive myofibroblasts were increased in bleomycin-treated mice, but reduced "
        "after EV treatment.",
    ],
)
def test_a_model_rise_set_against_the_vesicles_fall_is_the_models(sentence: str) -> None:
    """(a contrast whose second part, with no subject of its own, lowers in the EVs' group what
    the first part raised in the model's: both parts were read, the rise as the EVs')"""
    found = folded(read_abstract("Bone marrow MSC vesicles in lung fibrosis", sentence))
    assert ("fibrosis", "decrease", "protective") in found
    assert not any(role == "pathogenic" for *_, role in found)


def test_a_stimulus_rise_whose_levels_then_fall_after_the_vesicles_is_the_stimulus() -> None:
    """('up-regulation of A and B by IL-1β, while their levels then fell once exosomes were
    added': the up-regulation was read as the exosomes')"""
    found = folded(
        read_abstract(
            "Bone marrow MSC exosomes in chondrocytes",
            "PCR showed up-regulation of IL-6 and TNF-α by LPS treatment, while their mRNA "
            "levels fell after adding the exosomes.",
        )
    )
    assert ("inflammatory response", "decrease", "protective") in found
    assert not any(role == "pathogenic" for *_, role in found)


def test_a_contrast_of_two_changes_the_vesicles_make_keeps_both() -> None:
    """guard: a 'but' joining two changes the vesicles make is no model contrast."""
    found = folded(
        read_abstract(
            "Bone marrow MSC vesicles after infarction",
            "The EVs increased angiogenesis but reduced fibrosis in the infarct.",
        )
    )
    assert ("angiogenesis", "increase", "regenerative") in found
    assert ("fibrosis", "decrease", "protective") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Erythema was milder in the adipose tissue stem cell-derived exosome group.",
        "Fibrosis was lower in the umbilical cord stem cell exosome group than in controls.",
    ],
)
def test_a_tissue_before_stem_cell_is_part_of_the_vesicles_name(sentence: str) -> None:
    """(a vesicle name with 'adipose tissue stem cell' parsed with 'stem' a verb: the vesicles
    named no group, and the result was nobody's)"""
    found = folded(read_abstract("Stem cell exosomes after injury", sentence))
    assert any(d == "decrease" and role == "protective" for _, d, role in found), sentence


def test_a_reference_to_the_sentence_befores_molecules_is_not_the_vesicles() -> None:
    """('These molecules suppress bone formation', after a background sentence about
    age-related molecules, was read as the vesicles' harm)"""
    found = folded(
        read_abstract(
            "MicroRNA-31a from aged BMSC exosomes in the bone marrow",
            "Changes in age-related molecules drive osteoporosis.",
            "These molecules suppress bone formation and raise resorption.",
        )
    )
    assert not any(role == "pathogenic" for *_, role in found)


def test_a_reference_after_the_vesicles_are_named_is_still_theirs() -> None:
    """guard: after a sentence naming the vesicles, 'these molecules' may be their cargo."""
    found = folded(
        read_abstract(
            "MicroRNA-31a from young BMSC exosomes in the bone marrow",
            "Exosomes from young BMSCs carrying miR-31 were given to aged rats.",
            "These molecules promoted bone formation.",
        )
    )
    assert ("bone regeneration", "increase", "regenerative") in found


_MANY_DISEASES = (
    "This review summarises preclinical studies using umbilical cord MSC-derived EVs as a "
    "therapy for several diseases, including liver and kidney diseases, wounds, cancers and "
    "infertility."
)


def test_a_tumour_among_a_reviews_many_diseases_leaves_the_others_its_topic() -> None:
    """(a multi-disease review whose list named 'cancers' among eight diseases, and whose
    opening gave the cells' tumorigenic effects as a limit, read as a tumour section: the
    record yielded nothing and was judged irrelevant)"""
    found = topic_findings(
        "Umbilical cord MSC vesicles: a new kind of therapy",
        "The clinical use of MSCs is restricted due to their tumorigenic effects.",
        _MANY_DISEASES,
    )
    labels = {label for label, *_ in found}
    assert {"Kidney Diseases", "Infertility"} <= labels
    assert all(d == "decrease" and role == "protective" for _, d, role in found)


def test_a_tumour_review_is_still_read_as_one() -> None:
    """guard: a review about tumours alone gives no regenerative topic."""
    found = topic_findings(
        "Umbilical cord MSC vesicles in cancer therapy",
        "This review summarises studies using umbilical cord MSC-derived EVs as a therapy for "
        "breast, liver and gastric cancers.",
    )
    assert not any(role == "protective" for *_, role in found)


def test_vesicles_that_accumulated_in_an_organ_are_a_biodistribution() -> None:
    """('The MSC exosomes accumulated in the injured kidney' parsed verbless, the verb a
    participle of the vesicles: no statement was read, and a delivery study read as
    irrelevant)"""
    found = folded(
        read_abstract(
            "Tracking MSC exosomes in kidney injury",
            "The MSC exosomes accumulated in the injured kidney.",
        )
    )
    assert ("ev biodistribution", "increase", "neutral") in found


@pytest.mark.parametrize(
    ("title", "label"),
    [
        (
            "BMSC small EVs induce cartilage reconstruction in temporomandibular joint arthritis",
            "tissue regeneration",
        ),
        (
            "Adipose MSC exosomes accelerate bone reconstruction in calvarial defects",
            "bone regeneration",
        ),
    ],
)
def test_a_tissue_rebuilt_is_a_tissue_regenerated(title: str, label: str) -> None:
    """('the EVs induce cartilage reconstruction' read as nothing)"""
    assert (label, "increase", "regenerative") in folded(read_abstract(title))


@pytest.mark.parametrize(
    "sentence",
    [
        "Micro-CT 3D reconstruction was performed at 8 weeks.",
        "Micro-CT 3D reconstruction of the bone was performed in the exosome group at 8 weeks.",
        "Rats underwent anterior cruciate ligament reconstruction and received BMSC exosomes.",
    ],
)
def test_a_reconstruction_named_alone_is_no_regeneration(sentence: str) -> None:
    """guard (newcomer review): an image's reconstruction of bone, or the surgery a model is
    made by, is no tissue regrown."""
    found = folded(read_abstract("Adipose MSC exosomes after injury", sentence))
    assert not any("regeneration" in label for label, *_ in found), sentence


def test_a_reference_to_what_the_study_gave_is_still_the_vesicles() -> None:
    """guard (newcomer review): 'This treatment' after a sentence naming a treatment group
    refers to the study's vesicles, as it did before the antecedent rule."""
    found = folded(
        read_abstract(
            "Umbilical cord MSC exosomes in colitis",
            "Mice with colitis were randomised to treatment or saline groups.",
            "This treatment reduced colonic inflammation.",
        )
    )
    assert ("inflammatory response", "decrease", "protective") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "We injected the accumulated MSC exosomes into the kidney.",
        "Macrophages accumulated in the injured kidney after exosome injection.",
    ],
)
def test_a_participle_not_of_the_vesicles_own_clause_is_no_biodistribution(sentence: str) -> None:
    """guard (the second from the newcomer review): a participle describing the vesicles under
    another verb, or another subject's participle with the vesicles named in its own phrase,
    says nothing of where the vesicles went."""
    found = folded(read_abstract("Tracking MSC exosomes in kidney injury", sentence))
    assert not any(label == "ev biodistribution" for label, *_ in found), sentence


def test_a_condition_impairing_cells_cultured_with_the_vesicles_is_not_their_effect() -> None:
    """guard (newcomer review): the capacity of cells the vesicles were given to is the cells'
    own; the condition's title gives the vesicles no benefit."""
    found = folded(
        read_abstract(
            "Smoke extract impairs the osteogenic potential of ligament cells cultured with "
            "MSC exosomes"
        )
    )
    assert not any(role == "regenerative" for *_, role in found)


@pytest.mark.parametrize(
    "title",
    [
        "Ageing limits the pro-angiogenic ability of MSC exosomes",
        "Uraemia compromised the anti-fibrotic effects of MSC exosomes",
    ],
)
def test_the_condition_titles_other_verbs_nouns_and_tenses(title: str) -> None:
    """(newcomer review: the verb and noun lists of the condition rule and the vesicles' own
    effects disagreed, and a past tense was left to a parse that failed)"""
    found = folded(read_abstract(title))
    assert found and all(role in ("protective", "regenerative") for *_, role in found), title
