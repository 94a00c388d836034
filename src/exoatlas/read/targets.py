"""Genes and pathways a sentence names beside an effect, with which way the text puts them ('by
targeting X': down; 'activated the X pathway': up), from the polarity lexicon's words before
them. Used by ``read.reader``."""

from __future__ import annotations

import re
from functools import cache

from exoatlas.model import Directed, Entity
from exoatlas.read.deep_outcome import DeepOutcome
from exoatlas.read.mentions import Mention
from exoatlas.vocab import cues, rules


@cache
def target_direction() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'... targeting X', 'suppressed X': words before a gene that put it down or up."""
    by = {"increase": [], "decrease": []}  # type: dict[str, list[str]]
    for entry in rules.polarity_lexicon():
        if entry.polarity in by and entry.pos != "prefix":
            whole = r"\b" if entry.pos == "word" else ""  # 'slow', not 'slowly'
            by[entry.polarity].append(re.escape(entry.stem) + whole)
    down = "|".join([*by["decrease"], "target"])
    up = "|".join(by["increase"])
    window = r"\w*\W+(?:\w+\W+){0,3}$"
    return (
        re.compile(rf"\b(?:{down}){window}", re.IGNORECASE),
        re.compile(rf"\b(?:{up}){window}", re.IGNORECASE),
    )


def directed(sentence: str, mentions: list[Mention], kind: str) -> list[Directed]:
    out = []
    for m in mentions:
        if m.entity.kind != kind:
            continue
        before = sentence[max(0, m.start - 60) : m.start]
        direction = (
            "down"
            if target_direction()[0].search(before)
            else ("up" if target_direction()[1].search(before) else "unknown")
        )
        out.append(Directed(entity=m.entity, direction=direction))  # type: ignore[arg-type]
    return out


def targets_of(
    sentence: str, mentions: list[Mention], cargo: list[Entity], deep: list[DeepOutcome]
) -> list[Directed]:
    """Genes the sentence names that are not cargo, when it names what acts on them: a cargo
    (an RNA or a carried molecule) or a targeting ('by targeting X', 'X, a target of miR-21',
    ``cues.tsv`` 'targeting_word'). A gene measured with neither ('the EVs lowered TNF-α
    levels') is a readout of the process the finding states, not a target. 'by targeting X'
    (from the parse) wins over the word window for X's direction."""
    stated = {text: d for o in deep for text, d in o.targets}
    acted = (
        bool(cargo or stated)
        or any(m.entity.kind == "mirna" or m.rna for m in mentions)
        or cues.cue_found("targeting_word", sentence)
    )
    if not acted:
        return []
    seen: set[str] = set()
    out = []
    for d in directed(sentence, mentions, "gene"):
        if d.entity in cargo or d.entity.key() in seen:
            continue
        seen.add(d.entity.key())
        written = d.entity.text or d.entity.label
        direction = next((v for k, v in stated.items() if written in k), None)
        if direction is not None:
            d = Directed(entity=d.entity, direction=direction)  # type: ignore[arg-type]
        out.append(d)
    return out
