"""A ratio or balance of two things as an object: 'the Th17/Treg ratio', 'M1/M2 balance', 'the
ratio of Bcl-2/Bax'. Split from ``read.objects``, which asks it first of every object phrase."""

from __future__ import annotations

import re
from typing import Any

from exoatlas.model import Entity
from exoatlas.read.outcome import parse_outcomes
from exoatlas.read.phrases import span_text
from exoatlas.vocab import rules

_RATIO_NOUN = re.compile(r"ratios?|balance")
# 'the Th17/Treg ratio', 'M1/M2 balance': a ratio of two cells or markers, its numerator first
_RATIO = re.compile(
    r"^(?:the )?(?P<a>[\w+-]+) ?/ ?(?P<b>[\w+-]+)(?: (?P<cells>cells?|macrophages?|lymphocytes?))?"
    rf" (?:{_RATIO_NOUN.pattern})$"
)
# the 'of' phrase of 'the ratio of Bcl-2/Bax': the two things, numerator first
_PAIR = re.compile(
    r"^(?:the )?(?P<a>[\w+-]+) ?/ ?(?P<b>[\w+-]+)(?: (?P<cells>cells?|macrophages?|lymphocytes?))?$"
)


def read_ratio(token: Any, phrase: str, tumour: bool) -> list[tuple[Entity, bool]] | None:
    """What a ratio object names (``ratio_read``), written 'the A/B ratio' (``phrase``) or 'the
    ratio of A/B' (the noun's 'of' phrase); None when the object is no ratio, or one read as any
    other phrase."""
    ratio = _RATIO.match(phrase)
    if ratio is None and _RATIO_NOUN.fullmatch(token.lower_):
        named = [
            span_text(g)
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        pair = _PAIR.match(named[0]) if len(named) == 1 else None
        written = f"{pair.group('a')}/{pair.group('b')} {pair.group('cells') or ''}" if pair else ""
        ratio = _RATIO.match(f"{' '.join(written.split())} ratio") if pair else None
    return ratio_read(ratio, tumour) if ratio is not None else None


def ratio_read(ratio: re.Match[str], tumour: bool) -> list[tuple[Entity, bool]] | None:
    """'reduced the Th17/Treg ratio': a ratio moves as its numerator does (a marker's process:
    'Bax/Bcl-2'; 'LC3-II/LC3-I' is a marker whole; or the numerator's cells: 'M1/M2 macrophage
    ratio'); empty when the whole phrase would read as the denominator alone (Treg cells fell);
    None to read the phrase as any other ('wet/dry ratio', 'BV/TV ratio')."""
    a, b = ratio.group("a"), ratio.group("b")
    cells = ratio.group("cells") or "cells"
    marker = rules.marker_readout(f"{a}/{b}") or rules.marker_readout(a)
    if marker is not None:
        return [marker]
    for text in (f"{a} {cells}", a):
        found = parse_outcomes(text, tumour=tumour)
        if found:
            return [(found[0][0], found[0][1] == "decrease")]
    whole = parse_outcomes(ratio.group(0), tumour=tumour)
    below = [e for text in (f"{b} {cells}", b) for e, _ in parse_outcomes(text, tumour=tumour)]
    if whole and any(e.curie == whole[0][0].curie for e in below):
        return []
    return None
