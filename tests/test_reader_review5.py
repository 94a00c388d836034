"""What a newcomer's review of the fifth round found (own sentences): negated and foreign shifts,
a reversal clause that names nothing or a knock-down, cargo frames reading places, conditions,
pathways and unranked lists, triage's 'its' and MSCs given to animals, units after an RNA word,
compounds that begin with a comparative."""

from __future__ import annotations

import pytest

from exoatlas.read.cargo import carried_genes
from exoatlas.read.mentions import find_mentions

from .reading import folded, kept_by_triage, parsed_finding, read_asserted

TITLE = "Exosomes of umbilical cord mesenchymal stromal cells shield the kidney"
GIVEN = "Injured mice received exosomes of umbilical cord MSCs (UC-Exos) by the tail vein."
PARSED = parsed_finding("UC-Exos")
M2 = ("macrophage polarization to m2", "increase", "regenerative")


@pytest.mark.parametrize(
    "sentence",
    [
        "UC-Exos did not shift renal macrophages from M1 to M2.",
        "UC-Exos failed to shift renal macrophages from M1 to M2.",
        "Renal macrophages were shifted from M1 to M2 by IL-4 and from M2 to M1 by UC-Exos.",
    ],
)
def test_a_denied_or_foreign_shift_is_no_asserted_shift_of_the_evs(sentence: str) -> None:
    found = folded(read_asserted(TITLE, GIVEN, PARSED, sentence))
    assert M2 not in found, found


def test_a_reversal_clause_naming_nothing_keeps_the_parse() -> None:
    found = folded(
        read_asserted(
            TITLE,
            GIVEN,
            PARSED,
            "Cisplatin hurt the tubules, which was rescued by UC-Exos through reduced apoptosis.",
        )
    )
    assert ("apoptotic process", "decrease", "protective") in found, found


def test_a_reversal_seen_with_a_knockdown_is_not_the_evs() -> None:
    found = folded(
        read_asserted(
            TITLE,
            GIVEN,
            PARSED,
            "Cisplatin raised apoptosis, but the reverse effects were seen with knockdown of "
            "HGF in UC-Exos.",
        )
    )
    assert ("apoptotic process", "decrease", "protective") not in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "IL-1β in the absence of exosomes went up.",
        "TNF-α in exosome recipients went down.",
        "IL-6 in serum after exosomes went down.",
        "The effect of the exosomes was mediated by PI3K signalling.",
        "The effect of the exosomes was partly dependent on TLR4 on macrophages.",
        "The exosomes were rich in miRNAs, of which many targeted PTEN and TNF.",
    ],
)
def test_no_cargo_from_places_conditions_pathways_or_unranked_lists(sentence: str) -> None:
    assert carried_genes(sentence) == [], sentence


@pytest.mark.parametrize(
    ("sentences", "kept"),
    [
        (
            ("Mice received bone marrow MSCs.", "Exosomes were isolated with a kit and counted."),
            False,
        ),
        (("MSCs were injected into the injured heart, and its exosomes were isolated.",), False),
        (("Mesenchymal Stromal Cells and Its Vesicles in Skin Repair",), True),
    ],
)
def test_triage_its_and_msc_given_to_animals(sentences: tuple[str, ...], kept: bool) -> None:
    assert kept_by_triage(*sentences) is kept


def test_a_unit_after_an_rna_word_is_no_rna_name() -> None:
    names = [m.entity.label for m in find_mentions("Exosomal miRNA 1 year after injury changed.")]
    assert not any(n.startswith("hsa-mir") for n in names), names


def test_a_compound_beginning_with_a_comparative_is_no_comparison() -> None:
    found = folded(
        read_asserted(
            TITLE, GIVEN, PARSED, "Mice given UC-Exos showed higher-order vessel branching."
        )
    )
    assert not any(f[0] == "angiogenesis" for f in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Cisplatin injury came with raised apoptosis, which UC-Exos attenuated.",
        "Cisplatin caused tubular apoptosis, which was attenuated by UC-Exos.",
    ],
)
def test_a_relative_pronoun_object_is_its_antecedent(sentence: str) -> None:
    found = folded(read_asserted(TITLE, GIVEN, PARSED, sentence))
    assert ("apoptotic process", "decrease", "protective") in found, found
    assert ("apoptotic process", "increase", "pathogenic") not in found, found


def test_a_title_setting_the_evs_beside_a_therapy_claims_they_lower_the_disease() -> None:
    found = folded(
        read_asserted(
            "Umbilical cord MSC-derived exosomes: a hopeful treatment for renal fibrosis",
            "Renal fibrosis ends in kidney failure.",
        )
    )
    assert ("fibrosis", "decrease", "protective") in found, found
    review = folded(read_asserted("MSC exosomes: a review", "Renal fibrosis ends in failure."))
    assert not any(f[2] == "protective" for f in review), review
