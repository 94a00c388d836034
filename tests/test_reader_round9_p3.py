"""Round 9, helper 3: constructions a second author uses for the same result (found by
paraphrasing dev abstracts; every sentence here was written for the test, and each test fails on
the code before its change)."""

from __future__ import annotations

from .reading import folded, read_abstract

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


def test_bare_modifier_takes_the_shared_head_of_the_next_trigger() -> None:
    # 'enhanced M2 and inhibited M1 polarization': M2 is the first verb's bare object
    for sentence in (
        "The vesicles promoted M2 and inhibited M1 polarization of Kupffer cells in the liver.",
        "The pMSC-sEVs raised the M2 but lowered the M1 polarization of hepatic macrophages.",
    ):
        found = folded(read_abstract(TITLE, DEFINED, sentence))
        assert ("macrophage polarization to m2", "increase", "regenerative") in found, sentence
        assert ("macrophage polarization to m1", "decrease", "protective") in found, sentence
