"""Mention detection: every lexicon name found in a sentence in one pass.

The lexicon is one hash table of squashed names plus the set of keys that start a multi-word
name, so the matcher is a single multi-pattern automaton: from each token it extends the span
while the key is such a start (up to six tokens) and keeps the longest hit — no loop of regexes
per term. Common English words that HGNC lists as gene aliases ('was',
'can', 'type') are never matched alone; a gene needs its exact symbol written as a symbol, or a
multi-word name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exoatlas.ground import WORD, ground_mirna, lexicon, plausible_in_text, squash
from exoatlas.model import Entity

MAX_WORDS = 6
STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "in",
        "on",
        "to",
        "for",
        "with",
        "by",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "can",
        "could",
        "may",
        "might",
        "not",
        "no",
        "as",
        "at",
        "from",
        "that",
        "this",
        "these",
        "those",
        "which",
        "has",
        "have",
        "had",
        "its",
        "it",
        "via",
        "both",
        "also",
        "into",
        "than",
        "then",
        "we",
        "our",
        "all",
        "each",
        "other",
        "more",
        "most",
        "cells",
        "cell",
        "type",
        "types",
        "act",
        "set",
        "large",
        "small",
        "high",
        "low",
        "well",
        "was",
        "can",
        "increase",
        "decrease",
        "role",
        "roles",
        "study",
        "studies",
        "effect",
        "effects",
        "level",
        "levels",
        "factor",
        "factors",
        "protein",
        "proteins",
        "gene",
        "genes",
        "model",
        "models",
        "human",
        "mice",
        "rats",
        "mouse",
        "rat",
        "group",
        "groups",
        "tumor",
        "tumors",
        "tumour",
        "cancer",
        "cancers",
        "disease",
        "diseases",
        "injury",
        "injuries",
        "damage",
        "fig",
        "table",
        "exosome",
        "exosomes",
        "msc",
        "mscs",
    ]
)
_SYMBOL = re.compile(r"^[A-Z0-9][A-Za-z0-9-]*[A-Z0-9]$|^[A-Z]{2,}$")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    entity: Entity
    score: float


def find_mentions(sentence: str, species: str = "hsa") -> list[Mention]:
    """Longest unambiguous lexicon matches, left to right.

    The lexicon is a hash automaton: from each word the span grows one word at a time only while
    its key is the start of some multi-word name (``Lexicon.prefixes``), so most words cost one
    or two lookups, however large the vocabulary.
    """
    spans = list(WORD.finditer(sentence))
    words = [m.group() for m in spans]
    known = _KEYS.get
    keys = [known(w) or _learn(w) for w in words]
    table = lexicon()
    prefixes = table.prefixes
    index = table.index
    out: list[Mention] = []
    i = 0
    count = len(keys)
    while i < count:
        first = keys[i]
        if first not in prefixes and first not in index and first[:3] not in _MIRNA_START:
            i += 1  # the common case: this word starts no name at all
            continue
        found: Mention | None = None
        key = ""
        for size in range(1, min(MAX_WORDS, count - i) + 1):
            key += keys[i + size - 1]
            # most spans name nothing: test that cheaply before building a candidate
            if key in index or (size == 1 and first[:3] in _MIRNA_START):
                candidate = _candidate(sentence, spans, words, keys, i, size, key, species)
                if candidate is not None:
                    found = candidate
            if key not in prefixes:
                break
        if found is not None:
            out.append(found)
            i = next(k for k in range(i, count) if spans[k].end() >= found.end) + 1
        else:
            i += 1
    return out


_KEYS: dict[str, str] = {}
# how squashed miRNA mentions start: mir21, let7, microrna21, hsamir21, mmumir21, rnomir21
_MIRNA_START = frozenset({"mir", "let", "mic", "hsa", "mmu", "rno"})


def _learn(word: str) -> str:
    """squash(word), remembered: words repeat, so most keys are one dict hit."""
    if len(_KEYS) > 500_000:
        _KEYS.clear()
    key = _KEYS[word] = squash(word)
    return key


def _candidate(
    sentence: str,
    spans: list[re.Match[str]],
    words: list[str],
    keys: list[str],
    i: int,
    size: int,
    key: str,
    species: str,
) -> Mention | None:
    start, end = spans[i].start(), spans[i + size - 1].end()
    text = sentence[start:end]
    if size == 1:
        if words[i].casefold() in STOP:
            return None
        if text[:3].casefold() in _MIRNA_START:
            mirna = ground_mirna(text, species)
            if mirna is not None:
                return Mention(start, end, text, mirna, 1.0)
    matches = lexicon().get_key(key)
    if not matches:
        return None
    best = matches[0]
    top = [m for m in matches if m.score == best.score]
    if len({m.term.curie for m in top}) > 1:
        return None  # ambiguous: never guessed
    if best.term.kind == "gene" and size == 1 and not (best.score == 1.0 and _SYMBOL.match(text)):
        return None
    if best.score < 0.8 or (size == 1 and len(keys[i]) < 3):
        return None
    if not plausible_in_text(text, best.term, key, sentence):
        return None  # a common word or word pair, not a symbol (ground.plausible_in_text)
    return Mention(start, end, text, best.term.entity(text), best.score)
