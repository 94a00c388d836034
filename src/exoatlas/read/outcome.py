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
    "restor",
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
    "minimi",
    "weaken",
    "lessen",
    "restrain",
)
UP = "|".join(UP_STEMS)
DOWN = "|".join(DOWN_STEMS)
SENSITIVITY = (
    r"chemo-?sensitiv|sensitivity|sensitiz"
    r"|anti-?(?:\w+ )?(?:tumou?r|cancer|carcinoma)\w* (?:effect|influence|efficiency|efficacy)"
)
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
    (r"wound healing", "wound healing", False),
    (
        r"(?:ventricle|ventricular|cardiac|cardiomyocyte|myocardial) hypertroph",
        "cardiac muscle hypertrophy",
        False,
    ),
    (r"functional recovery", "functional recovery", False),
    (
        r"nerve regenerat|regenerat\w* of (?:the )?(?:peripheral )?nerve|axon\w* regenerat",
        "nerve regeneration",
        False,
    ),
    (r"regenerat|repair", "tissue regeneration", False),
    (r"immunomodulat|immunosuppress", "inflammatory response", True),
)
# processes that are good news on their own: named without any polarity verb, they were increased
POSITIVE = {"wound healing", "functional recovery", "nerve regeneration", "tissue regeneration"}
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])- (?=[a-z])")
_PREFIX_BREAK = re.compile(r"\b(anti|pro|non)- (?=\w)")
# per cue, literal stems at least one of which every match of its pattern contains: a sentence
# is tested against a cue's pattern only when one of its stems is present
CUE_STEMS: tuple[tuple[str, ...], ...] = (
    ("sensitiv", "sensitiz", "influence", "effic", " effect"),
    ("resistan",),
    ("angiogen", "neovasculari"),
    ("epithelial", "emt"),
    ("metasta",),
    ("invasi",),
    ("migrat",),
    ("apopto",),
    ("dorman", "quiescen"),
    ("proliferat",),
    ("growth", "progression", "development"),
    ("inflamma",),
    ("fibros",),
    ("oxidative stress",),
    ("wound healing",),
    ("hypertroph",),
    ("functional recovery",),
    ("regenerat",),
    ("regenerat", "repair"),
    ("immunomodulat", "immunosuppress"),
)
_COMPILED = tuple(
    (re.compile(pattern), label, flips, stems)
    for (pattern, label, flips), stems in zip(CUES, CUE_STEMS, strict=True)
)
STEMS = tuple(dict.fromkeys(stem for stems in CUE_STEMS for stem in stems))
_VERB = re.compile(rf"\b(?:(?P<up>{UP})|(?P<down>{DOWN}))\w*", re.IGNORECASE)


def parse_outcomes(text: str) -> list[tuple[Entity, str]]:
    """Every process an outcome phrase names, in order, each with the direction of the nearest
    polarity verb before it (increase / decrease / unknown)."""
    lowered = text.casefold()
    if "- " in lowered:
        lowered = _HYPHEN_BREAK.sub("", _PREFIX_BREAK.sub(r"\1-", lowered))
    present = {stem for stem in STEMS if stem in lowered}
    if not present:
        return []
    found: list[tuple[int, str, bool]] = []
    taken: list[tuple[int, int]] = []
    for pattern, label, cue_flips, stems in _COMPILED:
        if present.isdisjoint(stems):
            continue
        for match in pattern.finditer(lowered):
            span = (match.start(), match.end())
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue  # a more specific cue already covers these words
            flips = cue_flips
            if any(prefix == lowered[max(0, span[0] - 4) : span[0]] for prefix in ("anti", "nti-")):
                flips = not flips
            taken.append(span)
            found.append((span[0], label, flips))
    if not found:
        return []
    verbs: list[tuple[int, str]] = []
    end = -10
    for m in _VERB.finditer(lowered):
        # 'restored impaired function': a participle right after a verb describes, not governs
        if m.start() - end > 1:
            verbs.append((m.start(), "increase" if m.group("up") else "decrease"))
        end = m.end()
    # per process, the mention a polarity verb governs most closely wins
    best: dict[str, tuple[int, int, bool]] = {}
    for position, label, flips in found:
        earlier = [p for p, _ in verbs if p < position]
        gap = position - earlier[-1] if earlier else 10_000
        if label not in best or gap < best[label][1]:
            best[label] = (position, gap, flips)
    out: list[tuple[Entity, str]] = []
    for label, (position, _, flips) in sorted(best.items(), key=lambda kv: kv[1][0]):
        before = [d for p, d in verbs if p < position]
        direction = before[-1] if before else (verbs[0][1] if verbs else "unknown")
        if direction == "unknown" and (label in POSITIVE or flips):
            direction = "increase"  # 'anti-X effects' with no verb: flipped to a decrease below
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
