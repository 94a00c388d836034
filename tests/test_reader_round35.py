"""Round-35 reader rules, from a helper-set title read the wrong way round, rewritten as our own
probe sentences."""

from __future__ import annotations

import pytest

from exoatlas.read.repair import prepared

from .reading import folded, read_abstract


@pytest.mark.parametrize(
    ("title", "disease"),
    [
        # a title's stimulus written with a slash and without its hyphen, in title case
        (
            "Umbilical Cord MSC-Derived Exosomes Attenuate Hypoxia/Reoxygenation Induced "
            "Cardiomyocyte Apoptosis in Rats",
            "apoptotic process",
        ),
        (
            "Adipose Stem Cell Exosomes Alleviate Ischemia/Reperfusion Induced Acute Kidney "
            "Injury in Mice",
            "acute kidney injury",
        ),
        ("Bone Marrow MSC Exosomes Mitigate LPS Induced Acute Lung Injury", "acute lung injury"),
    ],
)
def test_a_title_s_unhyphenated_stimulus_is_the_model_not_a_second_verb(
    title: str, disease: str
) -> None:
    """'EVs Ameliorate I/R Induced AKI': read with 'Induced' a verb of the EVs, the title said the
    injury rose (pathogenic) as well as fell."""
    found = folded(read_abstract(title, "Injury was scored in each group."))
    assert (disease, "decrease", "protective") in found
    assert not any(direction == "increase" for _, direction, _ in found)


@pytest.mark.parametrize(
    ("sentence", "joined"),
    [
        ("MSC-EVs attenuated I/R induced apoptosis in rats", "I/R-induced"),
        ("EVs reduced hypoxia/reoxygenation induced injury", "hypoxia/reoxygenation-induced"),
        ("Exosomes Ameliorate Cisplatin Induced Nephrotoxicity", "cisplatin-induced"),
    ],
)
def test_a_slashed_stimulus_before_induced_is_joined(sentence: str, joined: str) -> None:
    assert joined in prepared(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a real verb: the EVs' own (the parent cells' slash list, 'and/or')
        "Exosomes from BMSCs/ADSCs induced apoptosis of the tumour cells",
        "The EVs reduced and/or induced apoptosis depending on the dose",
        # no lowering verb or phrase before the stimulus
        "Treatment with I/R induced apoptosis in controls",
    ],
)
def test_a_real_induced_verb_stays_a_verb(sentence: str) -> None:
    assert "-induced" not in prepared(sentence)


# an abstract defining its effector cells (read.effectors), as fibrosis studies do
DEFINED = "Hepatic stellate cells (HSCs) were activated with TGF-beta and treated with the EVs."


@pytest.mark.parametrize(
    "sentence",
    [
        # both verbs made modifiers by the parser after an adverb: the death a noun conjunct
        "BMSC exosomes markedly reduced HSC proliferation and increased apoptosis.",
        # the second verb coordinated with the last noun of the first verb's list
        "EV treatment markedly inhibited HSC proliferation, migration, and fibrosis and "
        "promoted apoptosis.",
    ],
)
def test_a_misparsed_death_of_the_disease_s_cells_is_protective(sentence: str) -> None:
    """The first verb's cells die: the death of effector cells is the repair, not harm."""
    found = folded(read_abstract("MSC exosomes in liver fibrosis", DEFINED, sentence))
    assert ("apoptotic process", "increase", "protective") in found
    assert ("apoptotic process", "increase", "pathogenic") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        # the cells of the first noun are no disease's: their death stays harm
        "Exosome treatment markedly inhibited tubular cell proliferation, migration, and "
        "fibrosis and promoted apoptosis.",
        # both verbs the same way: no cells are said to die by contrast
        "BMSC exosomes markedly reduced HSC proliferation and reduced apoptosis.",
    ],
)
def test_the_misparsed_death_needs_effector_cells_and_a_turn(sentence: str) -> None:
    found = folded(read_abstract("MSC exosomes in kidney and liver injury", DEFINED, sentence))
    assert not any(
        p == "apoptotic process" and r == "protective" and d == "increase" for p, d, r in found
    )


def test_an_adverb_before_the_verb_is_no_part_of_the_vesicles_name() -> None:
    """'MSC exosomes markedly inhibited X': parsed again as 'They markedly inhibited X' where
    the parser made the verb a modifier, as it is without the adverb."""
    found = folded(
        read_abstract(
            "MSC EVs in oral fibrosis",
            "Fibrotic mucosal fibroblasts (fMFs) were treated with MSC EVs.",
            "MSC exosomes markedly inhibited fMF proliferation and promoted apoptosis.",
        )
    )
    assert ("apoptotic process", "increase", "protective") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a slashed stimulus after a phrase, not a lowering verb: the subject of a real verb
        "MSC-EVs given after I/R induced angiogenesis in the border zone.",
        "EVs of MSCs primed in normoxia/hypoxia induced vessel growth in the grafts.",
        # an article after 'induced': a real verb with its object
        "Culture of MSCs in serum-free/hypoxic medium induced the release of more vesicles.",
        "MSC-EVs attenuated fibrosis, and hypoxia induced the secretion of the EVs.",
    ],
)
def test_a_real_induced_after_a_phrase_or_before_an_article_stays_a_verb(sentence: str) -> None:
    assert "-induced" not in prepared(sentence)


def test_a_title_case_stimulus_is_joined_for_the_keyword_window_too() -> None:
    """The keyword fallback joins a title's unhyphenated stimulus as the parse does: the
    title's fibrosis falls, it is not raised."""
    found = folded(
        read_abstract("MSC-Derived Exosomes Suppress Bleomycin Induced Lung Fibrosis", "Mice.")
    )
    assert ("fibrosis", "decrease", "protective") in found
    assert not any(d == "increase" for _, d, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        # an 'in' phrase names the cells that die: not the first verb's effector cells
        "MSC-EVs markedly reduced HSC activation and increased apoptosis in hepatocytes.",
        "MSC-EVs reduced HSC activation and increased apoptosis in hepatocytes.",
        "MSC-EVs inhibited HSC proliferation and promoted apoptosis in hepatocytes.",
        "MSC-EVs markedly reduced myofibroblast accumulation and increased apoptosis in renal "
        "tubular epithelial cells.",
    ],
)
def test_a_death_in_other_named_cells_stays_harm(sentence: str) -> None:
    found = folded(read_abstract("MSC exosomes in liver and kidney fibrosis", DEFINED, sentence))
    assert ("apoptotic process", "increase", "pathogenic") in found
    assert ("apoptotic process", "increase", "protective") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a culture condition's phrase ends at its stimulus: the verb is the cells' own, in a
        # title (sentence-cased first) as in running text
        "Exosomes From Stromal Cells Grown in Hypoxia Induced Vessel Growth in Ischemic Limbs",
        "MSCs preconditioned in hypoxia induced more angiogenesis than normoxic MSCs.",
    ],
)
def test_a_condition_participle_s_stimulus_before_induced_is_no_model(sentence: str) -> None:
    assert "-induced" not in prepared(sentence)


def test_a_phrase_s_stimulus_is_still_joined_after_other_words() -> None:
    assert "LPS-induced" in prepared("Exosomes in LPS Induced Lung Injury")
