"""Round 9, helper 3: constructions a second author uses for the same result (found by
paraphrasing dev abstracts; every sentence here was written for the test, and each test fails on
the code before its change)."""

from __future__ import annotations

from exoatlas.vocab import rules

from .reading import _read, folded, read_abstract, read_cargo

TITLE = "Vesicles of placental stromal cells in a liver injury model"
DEFINED = "Placental MSC-derived small EVs (pMSC-sEVs) were injected into injured mice."


def test_bare_verb_slow_is_a_decrease_and_slowly_no_trigger() -> None:
    # 'slowed', 'slows' and 'slowing' were triggers; the bare verb was not ('slow' is a whole
    # word: the adverb stays out)
    found = folded(
        read_abstract(
            "Gingival stromal cell exosomes slow the progression of osteoarthritis in rats",
            "Gingival mesenchymal stem cell exosomes were injected into knees of rats.",
        )
    )
    assert ("osteoarthritis", "decrease", "protective") in found
    slowly = read_abstract(
        TITLE,
        DEFINED,
        "The pMSC-sEVs were slowly taken up by hepatocytes over two days.",
    )
    assert not any(direction == "decrease" for _, direction, _ in slowly)
    # the rule itself: 'slow' is a trigger only where it is a verb, never the adverb or adjective
    assert rules.polarity_of("slowly") is None
    assert rules.verb_polarity_of("slow", "VBP") == "decrease"
    assert rules.verb_polarity_of("slow", "JJ") is None


def test_bare_modifier_takes_the_shared_head_of_the_next_trigger() -> None:
    # 'enhanced M2 and inhibited M1 polarization': M2 is the first verb's bare object
    for sentence in (
        "The vesicles promoted M2 and inhibited M1 polarization of Kupffer cells in the liver.",
        "The pMSC-sEVs raised the M2 but lowered the M1 polarization of hepatic macrophages.",
    ):
        found = folded(read_abstract(TITLE, DEFINED, sentence))
        assert ("macrophage polarization to m2", "increase", "regenerative") in found, sentence
        assert ("macrophage polarization to m1", "decrease", "protective") in found, sentence


def test_readouts_listed_in_a_with_phrase_after_the_change() -> None:
    found = folded(
        read_abstract(
            TITLE,
            DEFINED,
            "The pMSC-sEVs improved liver histology, with more proliferation, less hepatocyte "
            "apoptosis and lower oxidative stress.",
        )
    )
    assert ("apoptotic process", "decrease", "protective") in found
    assert ("cell population proliferation", "increase", "regenerative") in found
    # a 'with' phrase of a verb that is no change says nothing ('loaded with more X')
    loaded = read_abstract(
        TITLE,
        DEFINED,
        "The pMSC-sEVs were loaded with more curcumin than control vesicles.",
    )
    assert loaded == []


def test_a_with_phrase_whose_second_item_the_parser_hung_on_an_of_phrase() -> None:
    found = folded(
        read_abstract(
            TITLE,
            DEFINED,
            "Injection of pMSC-sEVs restored liver function, with greater M2 polarization of "
            "Kupffer cells and less lobular inflammation.",
        )
    )
    assert ("inflammatory response", "decrease", "protective") in found
    assert ("macrophage polarization to m2", "increase", "regenerative") in found


def test_readouts_after_as_shown_by() -> None:
    found = folded(
        read_abstract(
            TITLE,
            DEFINED,
            "The pMSC-sEVs attenuated the hepatocyte injury, as shown by higher hepatocyte "
            "viability and lower enzyme leakage.",
        )
    )
    assert ("cell survival", "increase", "regenerative") in found


def _preparations(title: str, *sentences: str) -> set[tuple[str, str, tuple[str, ...]]]:
    """(process, direction, preconditioning) of each finding: one per preparation."""
    return {
        (
            r.finding.outcome.process.label if r.finding.outcome.process else "",
            r.finding.outcome.direction,
            tuple(e.label for e in r.finding.preconditioning),
        )
        for r in _read(title, sentences, False)
    }


LUNG = "Primed and plain stromal cell vesicles in lung injury"


def test_a_second_preparation_coordinated_after_a_bracketed_abbreviation() -> None:
    found = _preparations(
        LUNG,
        "Exosomes were isolated from umbilical cord MSCs cultured in hypoxia (H-Exo) or in "
        "normoxia.",
        "Both untreated umbilical cord MSC exosomes (U-Exo) and H-Exo reduced alveolar "
        "epithelial apoptosis in injured lungs.",
    )
    assert ("apoptotic process", "decrease", ()) in found
    assert ("apoptotic process", "decrease", ("hypoxia preconditioning",)) in found


def test_effects_stronger_with_another_preparation_are_its_too() -> None:
    found = _preparations(
        LUNG,
        "Umbilical cord MSC exosomes reduced alveolar epithelial apoptosis in injured lungs, "
        "and this effect was stronger with exosomes from hypoxia-preconditioned MSCs.",
    )
    assert ("apoptotic process", "decrease", ("hypoxia preconditioning",)) in found


def test_a_trigger_verb_the_tagger_read_as_a_noun_in_a_verbless_title() -> None:
    # 'A and B alleviate X': the small tagger reads 'alleviate' as a noun conjunct
    for title in (
        "Vesicles from gingival mesenchymal stem cells and metformin alleviate "
        "cisplatin-induced kidney injury.",
        "Gingival mesenchymal stem cell exosomes and metformin alleviate cisplatin-induced "
        "kidney injury.",
    ):
        found = read_abstract(title)
        assert any(d == "decrease" and r == "protective" for _, d, r in found), title
    # a verbless title with no such verb states nothing
    assert not read_abstract(
        "Vesicles from gingival mesenchymal stem cells and metformin: a new combination for "
        "kidney injury."
    )


def test_named_members_after_most_prominently_in_a_that_clause() -> None:
    found = read_cargo(
        "Vesicles of dental pulp stromal cells in a kidney injury model",
        "Dental pulp MSC-derived exosomes (DPSC-Exos) lowered tubular apoptosis in the kidney.",
        "Mass spectrometry indicated that these vesicles were loaded with several enzymes that "
        "buffer lipid peroxidation, most prominently PRDX6.",
    )
    assert "PRDX6" in found
