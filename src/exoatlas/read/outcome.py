"""Outcome phrases -> (process, direction): 'Promote the angiogenic potential' -> angiogenesis ↑.

A polarity lexicon of verbs and a small set of process cue words (stems that name a process the
vocabulary knows); the first process named after a polarity verb takes that verb's direction.
"""

from __future__ import annotations

import re

from exoatlas.ground import ground_mention
from exoatlas.model import Entity

UP_STEMS = (
    "promot",
    "enhanc",
    "increas",
    "induc",
    "stimulat",
    "support",
    "accelerat",
    "facilitat",
    "boost",
    "improv",
    "confer",
    "rais",
    "activat",
    "elevat",
    "upregulat",
    "up-regulat",
)
DOWN_STEMS = (
    "suppress",
    "inhibit",
    "reduc",
    "decreas",
    "attenuat",
    "block",
    "prevent",
    "arrest",
    "impair",
    "abrogat",
    "alleviat",
    "diminish",
    "downregulat",
    "down-regulat",
    "lower",
)
UP = "|".join(UP_STEMS)
DOWN = "|".join(DOWN_STEMS)
SENSITIVITY = r"chemo-?sensitiv|sensitivity|sensitiz|antitumou?r (?:effect|influence|efficiency)"
# stem -> (label the vocabulary grounds, flips the direction)
CUES: tuple[tuple[str, str, bool], ...] = (
    (SENSITIVITY, "drug resistance", True),
    (r"drug resistance|chemoresistance|resistance", "drug resistance", False),
    (r"angiogen|neovasculari", "angiogenesis", False),
    (r"epithelial.{0,5}mesenchymal|\bemt\b", "epithelial to mesenchymal transition", False),
    (r"metasta", "metastasis", False),
    (r"invasi", "cell invasion", False),
    (r"migrat", "cell migration", False),
    (r"apoptosis|apoptotic", "apoptotic process", False),
    (r"dorman|quiescen", "cell dormancy", False),
    (r"proliferat", "cell proliferation", False),
    (r"growth|progression|development", "tumor growth", False),
    (r"inflamma", "inflammatory response", False),
    (r"fibros", "fibrosis", False),
    (r"oxidative stress", "oxidative stress", False),
    (r"regenerat|repair", "tissue regeneration", False),
)
_VERB = re.compile(rf"\b(?:(?P<up>{UP})|(?P<down>{DOWN}))\w*", re.IGNORECASE)


def parse_outcomes(text: str) -> list[tuple[Entity, str]]:
    """Every process an outcome phrase names, in order, each with the direction of the nearest
    polarity verb before it (increase / decrease / unknown)."""
    lowered = text.casefold()
    verbs = [
        (m.start(), "increase" if m.group("up") else "decrease") for m in _VERB.finditer(lowered)
    ]
    found: list[tuple[int, str, bool]] = []
    taken: list[tuple[int, int]] = []
    for pattern, label, flips in CUES:
        for match in re.finditer(pattern, lowered):
            span = (match.start(), match.end())
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue  # a more specific cue already covers these words
            if any(prefix == lowered[max(0, span[0] - 4) : span[0]] for prefix in ("anti", "nti-")):
                flips = not flips
            taken.append(span)
            found.append((span[0], label, flips))
    out: list[tuple[Entity, str]] = []
    seen: set[str] = set()
    for position, label, flips in sorted(found):
        if label in seen:
            continue
        seen.add(label)
        before = [d for p, d in verbs if p < position]
        direction = before[-1] if before else (verbs[0][1] if verbs else "unknown")
        if flips and direction != "unknown":
            direction = "decrease" if direction == "increase" else "increase"
        grounding = ground_mention(label, "process")
        process = grounding.best or Entity(label=label, kind="process", grounded=False)
        out.append((process, direction))
    return out


def parse_outcome(text: str) -> tuple[Entity | None, str]:
    """The first process an outcome phrase names and its direction."""
    outcomes = parse_outcomes(text)
    return outcomes[0] if outcomes else (None, "unknown")
