"""Items of a serial list the parser hung on the first item as an apposition.

In 'X reduced A, B of C, and D', spaCy's small model often labels B an apposition of A and D a
conjunct of B: B and D are then no conjuncts of the object A and the trigger misses them. An
apposition after a comma that itself continues the list (it has a conjunct after 'and' / 'or') is
a list item, not a renaming of A ('reduced IL-6, a cytokine' has no such conjunct; 'injury (ALI)
and X' is an abbreviation in brackets)."""

from __future__ import annotations

from typing import Any

from exoatlas.vocab import cues


def appositive_items(obj: Any) -> list[Any]:
    """The apposition children of an object noun that continue a serial list after it, or
    that name what the object caused (``caused_apposition``)."""
    return [
        child
        for child in obj.children
        if child.dep_ == "appos"
        and child.i > obj.i
        and child.tag_.startswith("NN")
        and ((_after_comma(child) and _continues_list(child)) or _caused(child))
        and not _renames(child)
    ]


def caused_apposition(obj: Any) -> bool:
    """Is the object a cause whose short form closes before '-induced' and the harm it caused
    ('rescued oxygen-glucose deprivation (OGD)-induced endothelial dysfunction', parsed with
    the harm an apposition of the cause): the harm, not the cause, is what changed."""
    return any(c.dep_ == "appos" and c.i > obj.i and _caused(c) for c in obj.children)


def _caused(noun: Any) -> bool:
    """'(OGD)-induced dysfunction': a noun whose participle of causing follows a hyphen right
    after a closing bracket."""
    return any(
        c.dep_ == "amod"
        and c.lower_ in cues.cue_literals("model_participle")
        and c.i >= 2
        and c.doc[c.i - 1].text in ("-", "\u2010")
        and c.doc[c.i - 2].text == ")"
        for c in noun.children
    )


def _renames(noun: Any) -> bool:
    """An apposition with an article renames what it follows ('angiogenesis, a driver of scar
    formation, and X'): a list item has none ('A, B of C, and D')."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children)


def _after_comma(noun: Any) -> bool:
    """Does the noun's phrase start after a comma ('A, B of C'), not in brackets ('injury (ALI)',
    an abbreviation's definition)?"""
    first = min(t.i for t in noun.subtree)
    return first > 0 and str(noun.doc[first - 1].text) == ","


def _continues_list(noun: Any) -> bool:
    """Does the noun have a later conjunct joined by a coordinator ('B, and D')?"""
    coordinated = any(c.dep_ == "cc" and c.i > noun.i for c in noun.children)
    return coordinated and any(c.dep_ == "conj" and c.i > noun.i for c in noun.children)
