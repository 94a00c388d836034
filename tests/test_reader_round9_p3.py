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
