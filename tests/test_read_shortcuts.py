"""The reader's shortcuts answer as the plain computation does: the process stems a text names,
found by their first letters; the abbreviations of a text, kept per text; the lexicon's
alternations and the property word lists, found through ``gate.found``."""

from __future__ import annotations

import re

import pytest

from exoatlas.read.abbrev import find_abbreviations
from exoatlas.read.outcome import _named_stems, stems
from exoatlas.read.properties import _cheap
from exoatlas.vocab import gate, rules

from .conftest import unreserved_records


def _real_texts() -> list[str]:
    texts = []
    for record in unreserved_records("other_ev_abstracts.jsonl", 60):
        abstract = str(record.get("abstract") or "").casefold()
        # pieces of every length a parsed object's phrase or a sentence has
        texts += [abstract[i : i + n] for i in range(0, len(abstract), 23) for n in (2, 9, 40)]
    return texts


def test_named_stems_are_the_stems_the_text_holds() -> None:
    texts = [*_real_texts(), "β-catenin", "aβ deposits", "anti-β", "x", ""]
    assert any(_named_stems(t) for t in texts)
    for text in texts:
        assert _named_stems(text) == {s for s in stems() if s in text}, text


@pytest.mark.parametrize(
    "text",
    ["the β-catenin pathway", "Aβ plaques", "m2 macrophages and nk cells", "ecm deposition"],
)
def test_short_stems_are_found(text: str) -> None:
    lowered = text.casefold()
    assert _named_stems(lowered) == {s for s in stems() if s in lowered}
    assert _named_stems(lowered)


def test_abbreviations_kept_per_text_are_not_shared() -> None:
    text = "Exosomes from bone marrow MSCs (BMSC-Exos) reduced fibrosis (RF)."
    first = find_abbreviations(text)
    assert first.get("BMSC-Exos") == "Exosomes from bone marrow MSCs"
    first["BMSC-Exos"] = "changed"
    first["new"] = "added"
    again = find_abbreviations(text)
    assert again.get("BMSC-Exos") == "Exosomes from bone marrow MSCs" and "new" not in again
    assert find_abbreviations(re.sub("BMSC", "ADSC", text)) != again


def test_the_lexicons_alternations_are_found_where_searching_finds_them() -> None:
    """``has_trigger`` asks ``gate.found`` of the polarity and verb-trigger patterns: on real
    text (whole sentences and pieces of them) it answers as a search does."""
    texts = [*_real_texts(), "MSC-EVs ATTENUATED fibrosis", "up-regulated", "İnhibited", ""]
    for pattern in (rules.polarity_pattern(), rules.verb_trigger_pattern()):
        answers = [gate.found(pattern, t) for t in texts]
        assert answers == [pattern.search(t) is not None for t in texts]
        assert any(answers) and not all(answers)


def test_the_property_gates_are_found_where_searching_finds_them() -> None:
    """``properties.candidate`` asks ``gate.found`` of its word lists: on real text it answers
    as a search does."""
    texts = [*_real_texts(), "EVs homed to the INJURED kidney", "3D-cultured", ""]
    for pattern in _cheap():
        answers = [gate.found(pattern, t) for t in texts]
        assert answers == [pattern.search(t) is not None for t in texts], pattern.pattern[:40]
        assert any(answers)
