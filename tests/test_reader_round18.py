"""Round-18 reader rules, from our own probe sentences after helper B17's nervous-system report:
hyphenated trigger words, statistic labels inside a noun phrase, a marker named in several words
before its amount, a phosphorylation ratio, an effect lessened with no owner named, a report
verb's subject, a benefit 'induced', and a ganglion taken for a cyst. Each case
was read wrong, or not at all, before the rule it tests; the guards beside them hold either way."""

from __future__ import annotations

from pathlib import Path

import pytest

from exoatlas import lexicon_index
from exoatlas.ground import ground_mention
from exoatlas.read.repair import prepared
from exoatlas.vocab import cues, mesh, rules

from .reading import read_records, triples_at

TITLE = "Umbilical cord MSC exosomes after spinal cord injury"
GIVEN = "Rats with a spinal cord injury were injected with umbilical cord MSC exosomes or PBS."
AT = '"Abstract", sentence 2'


@pytest.mark.parametrize(
    ("result", "process", "direction"),
    [
        # a trigger written with its hyphen ('regulation' alone named GO's biological regulation)
        ("The exosomes suppressed the up-regulation of IL-6 in the cord.", "inflamm", "decrease"),
        ("The exosomes prevented the down-regulation of Bcl-2 in neurons.", "apopto", "decrease"),
        ("The exosomes down-regulated IL-1β and TNF-α.", "inflamm", "decrease"),
        # a statistic's label inside the readout's noun phrase
        (
            "Exosome-treated rats had a higher median (interquartile range) withdrawal threshold "
            "than the controls.",
            "pain",
            "decrease",
        ),
        # a marker named in several words before its amount
        ("The exosomes raised myelin basic protein levels in the cord.", "myelin", "increase"),
        (
            "The exosomes restored the reduced myelin basic protein levels.",
            "myelin",
            "increase",
        ),
        ("The exosomes lowered serum C-reactive protein levels.", "inflamm", "decrease"),
        # a report verb's subject is the subject of its 'to' clause
        (
            "The treatment was also found to lower the expression of pro-inflammatory cytokines.",
            "inflamm",
            "decrease",
        ),
        # 'induced' a benefit, as 'exerted' one
        ("Intranasal exosomes induced neuroprotective effects.", "injury", "decrease"),
    ],
)
def test_a_result_is_read_as_the_vesicles_helping(
    result: str, process: str, direction: str
) -> None:
    found = triples_at(AT, TITLE, GIVEN, result)
    assert found and all(r in ("protective", "regenerative") for _, _, r in found), found
    assert any(process in p.casefold() and d == direction for p, d, _ in found), found


@pytest.mark.parametrize(
    "result",
    [
        "LPS treatment was found to raise the expression of IL-6 in microglia.",
        # a stimulus written as a word, not a symbol
        "Cisplatin treatment was found to increase apoptosis of tubular cells.",
    ],
)
def test_a_stimulus_found_to_raise_a_harm_is_not_the_vesicles(result: str) -> None:
    assert triples_at(AT, TITLE, GIVEN, result) == []


def test_an_effect_of_something_else_lessened_by_the_vesicles_is_still_read() -> None:
    # an owner named before the effect: not the vesicles' own effect lessened
    result = "Cisplatin's effects on tubular apoptosis were attenuated by the exosomes."
    found = triples_at(AT, TITLE, GIVEN, result)
    assert ("apoptotic process", "decrease", "protective") in found, found


@pytest.mark.parametrize(
    ("ratio", "signalling"),
    [
        ("pAMPK/AMPK ratio", True),
        ("the p-AKT/t-AKT ratio", True),
        ("PaO2/FiO2 ratio", False),
        ("proBDNF/BDNF ratio", False),
        ("p53/MDM2 ratio", False),
    ],
)
def test_only_a_phospho_to_total_ratio_of_one_protein_is_a_signalling_readout(
    ratio: str, signalling: bool
) -> None:
    assert cues.cue_found("signalling_ratio", ratio) is signalling


def test_a_ganglion_is_the_nerve_structure_not_a_cyst() -> None:
    found = triples_at(
        AT, TITLE, GIVEN, "The exosomes attenuated the rise of GFAP in the dorsal root ganglion."
    )
    assert found and not any("cyst" in p.casefold() for p, _, _ in found), found
    assert ground_mention("ganglion", ("disease",)).best is None
    assert ground_mention("ganglion cyst", ("disease",)).best is not None


def test_the_grounding_index_is_rebuilt_when_the_vocabulary_code_changes() -> None:
    # which synonyms a MeSH term keeps is decided in vocab/mesh.py, not only by the data files
    assert Path(mesh.__file__).resolve() in {p.resolve() for p in lexicon_index._files()}


def test_hyphenated_trigger_forms_come_from_the_polarity_lexicon() -> None:
    forms = rules.hyphenated_triggers()
    assert {"up-regulation", "Down-regulated", "Up-Regulation", "re-established"} <= set(forms)
    assert all(rules.polarity_of(form) is not None for form in forms)


def test_only_a_statistic_label_is_blanked_and_the_length_holds() -> None:
    sentence = "IL-6 (mean ± SD) fell and TNF-α (IL-6 receptor) did not (95% CI) in SD rats."
    out = prepared(sentence)
    assert len(out) == len(sentence)
    assert "mean" not in out and "CI" not in out and "(IL-6 receptor)" in out
    # a bare '(SD)' also defines Sprague-Dawley
    assert prepared("Sprague-Dawley (SD) rats") == "Sprague-Dawley (SD) rats"


def test_a_phosphorylation_ratio_is_no_effect_but_its_sentence_is_read() -> None:
    # a phosphorylated-to-total ratio is the pathway's activity, not an effect
    found = triples_at(
        AT, TITLE, GIVEN, "The exosomes raised the pAMPK/AMPK ratio and lowered apoptosis."
    )
    assert found == [("apoptotic process", "decrease", "protective")], found


def test_an_effect_lessened_with_no_owner_named_is_no_effect() -> None:
    # after the cargo was lowered: which way X went is not said here
    result = (
        "With less miR-21 in the exosomes, the effects on astrocyte activation and ERK "
        "phosphorylation were diminished."
    )
    assert triples_at(AT, TITLE, GIVEN, result) == []


def test_an_effect_of_something_else_reversed_by_the_vesicles_is_still_read() -> None:
    found = triples_at(
        AT, TITLE, GIVEN, "The effects of LPS on neuronal apoptosis were reversed by the exosomes."
    )
    assert any("apopto" in p.casefold() and d == "decrease" for p, d, _ in found), found


@pytest.mark.parametrize(
    ("written", "source"),
    [
        ("ES-MSC", "ESC-derived MSC"),
        ("hESC-MSC", "ESC-derived MSC"),
        ("iPS-MSC", "iPSC-derived MSC"),
    ],
)
def test_hyphenated_stem_cell_origins_name_their_source(written: str, source: str) -> None:
    found = read_records(
        "Stem cell exosomes in glaucoma", f"{written} exosomes raised cell survival."
    )
    assert [r.finding.msc_source.label for r in found if r.finding.msc_source] == [source], found


def test_an_abbreviation_defined_for_msc_of_an_unlisted_tissue_is_generic_msc() -> None:
    # the table reads 'AMSC' as amniotic; the abstract says antler
    found = read_records(
        "Stem cell exosomes in brain injury",
        "We isolated exosomes from antler mesenchymal stem cells (AMSCs).",
        "AMSC-derived exosomes lowered apoptosis of neurons.",
    )
    assert [r.finding.msc_source.label for r in found if r.finding.msc_source] == ["MSC"], found


def test_a_strength_of_repaired_tissue_is_a_benefit() -> None:
    found = triples_at(
        AT,
        "Bone marrow MSC exosomes in tendon repair",
        "Rats with an Achilles tendon injury were injected with BMSC-Exos or PBS.",
        "BMSC-Exos increased the tensile strength of the healing tendon.",
    )
    assert any("strength" in p and d == "increase" for p, d, _ in found), found


@pytest.mark.parametrize(
    ("result", "read"),
    [
        ("Exosomes from human urine-derived stem cells increased bone mass in the rats.", True),
        # the vesicles of a body fluid are another source's
        ("Exosomes from urine of patients increased bone loss.", False),
    ],
)
def test_vesicles_of_cells_from_urine_are_msc_like_vesicles_of_urine_are_not(
    result: str, read: bool
) -> None:
    title = "Urine-derived stem cell exosomes in osteoporosis"
    found = triples_at(AT, title, "Rats with osteoporosis were given exosomes or PBS.", result)
    assert bool(found) is read, found


def test_the_vesicles_reversal_blocked_by_an_inhibitor_is_no_harm_of_theirs() -> None:
    # re-read with the vesicles as 'They', the reversal was theirs and the block read as theirs
    found = triples_at(
        AT,
        "BMSC exosomes in acute lung injury",
        "Mice with LPS-induced lung injury were given BMSC-exo.",
        "Yet this BMSC-exo reversal of barrier dysfunction in epithelial cells was blocked by "
        "the Nrf2 inhibitor ML385.",
    )
    assert not any(r == "pathogenic" for _, _, r in found), found
