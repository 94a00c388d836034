"""Diseases named whole: a phrase the vocabulary names as a disease although a word of it is the
cue of a good process ('proliferative vitreoretinopathy', 'osteogenesis imperfecta'). Used by
``read.objects``."""

from __future__ import annotations

import re

from exoatlas.ground import ground_mention
from exoatlas.model import Entity
from exoatlas.vocab import british_spellings, rules


def good_inside_disease(phrase: str, found: tuple[Entity, str]) -> Entity | None:
    """The disease the vocabulary names by a whole phrase ('proliferative vitreoretinopathy',
    'osteogenesis imperfecta'), or by all of it but one or two first modifiers ('proliferative
    diabetic retinopathy'), when what was read from a word of it (``found``: a process and the
    direction the phrase names it in) is no harm (proliferation, bone making): the phrase names
    that disease, not the good lowered. Not a phrase naming the good's decline ('memory
    deficits', read as less memory), nor a disease the phrase names by a synonym only."""
    process, direction = found
    known = rules.valence(process)
    if direction == "decrease" or " " not in phrase:
        return None
    if known is not None and known.valence == "harmful":
        return None
    words = _words(phrase)
    parts = phrase.split()
    for named in (" ".join(parts[k:]) for k in range(min(3, len(parts) - 1))):
        disease = ground_mention(named, "disease").best
        if (
            disease is not None
            and rules.is_recipient_disease(disease)
            # (the disease's own name, not a synonym of its opposite: 'insulin sensitivity' is
            # listed under Insulin Resistance)
            # (in US or British spelling, ``vocab.british_spellings``: 'haemophagocytic')
            and any(_words(n) <= words for n in (disease.label, *british_spellings(disease.label)))
        ):
            return disease
    return None


_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> set[str]:
    """The words of a name, each singular ('vitreoretinopathies', 'disorders')."""
    out = set()
    for word in _WORD.findall(text.casefold()):
        out.add(
            word[:-3] + "y" if word.endswith("ies") else word.rstrip("s") if len(word) > 3 else word
        )
    return out
