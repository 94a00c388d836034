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
from functools import lru_cache

from exoatlas.ground import (
    WORD,
    ground_mirna,
    lexicon,
    normalise_mirna,
    plausible_in_text,
    squash,
)
from exoatlas.model import Entity
from exoatlas.ncrna import ground_ncrna
from exoatlas.read.rnanames import joined_rna_names, mirna_host
from exoatlas.vocab.english import is_common_english

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


# a symbol written with a Greek letter for its last letter ('TGF-β1', 'IL-1β', 'TNF-α',
# 'HIF-1alpha'): the letter's Latin initial gives the approved symbol (TGFB1, IL1B, HIF1A), or
# the symbol is what comes before it (TNF)
_GREEK_WRITTEN = re.compile(
    r"^(?P<stem>[A-Za-z][A-Za-z0-9]*(?:-[0-9]+)?)-?"
    r"(?P<letter>[αβγδεκ]|alpha|beta|gamma|delta|epsilon|kappa)(?P<number>[0-9]?)$"
)


def _greek_symbol(text: str, curie: str) -> bool:
    """Is ``text`` a gene symbol written with a Greek letter (``_GREEK_WRITTEN``) for exactly
    the gene ``curie``? An alias so written is as sure as the symbol: 'TGF-β1' is TGFB1."""
    written = _GREEK_WRITTEN.match(text)
    if written is None:
        return False
    stem = written["stem"].replace("-", "")
    letter = squash(written["letter"])[0].upper()  # 'β' -> 'beta' -> 'B'
    symbols = [f"{stem}{letter}{written['number']}"]
    if not written["number"]:
        symbols.append(stem)  # 'TNF-α': TNF
    return any(
        _SYMBOL.match(symbol)
        and any(m.score == 1.0 and m.term.curie == curie for m in lexicon().get_key(squash(symbol)))
        for symbol in symbols
    )


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    entity: Entity
    score: float
    rna: bool = False  # a miRNA or another non-coding RNA (an lncRNA may be an HGNC gene)


def find_mentions(sentence: str, species: str = "hsa") -> list[Mention]:
    """Longest unambiguous lexicon matches, left to right (``_find_mentions``, kept per
    sentence: a deep read asks for a sentence's mentions from several places)."""
    return list(_find_mentions(sentence, species))


@lru_cache(maxsize=4096)
def _find_mentions(sentence: str, species: str) -> tuple[Mention, ...]:
    """Longest unambiguous lexicon matches, left to right.

    The lexicon is a hash automaton: from each word the span grows one word at a time only while
    its key is the start of some multi-word name (``Lexicon.prefixes``), so most words cost one
    or two lookups, however large the vocabulary. RNA names written inside a compound word
    ('miR-125a-5p/RTEF-1', 'miR-146a-overexpressing') and lncRNA / circRNA names are read first
    (``_rna_words``); the words left are matched as usual.
    """
    if "\u2010" in sentence or "\u2011" in sentence:
        sentence = sentence.translate(_HYPHENS)  # 'miR‑25‑3p' (one character each: same offsets)
    sentence = joined_rna_names(sentence)  # 'miR–21', 'microRNA 21', 'miR-17~92'
    if _RNA_HINT.search(sentence):
        rnas, spans = _rna_words(sentence, species)
    else:
        rnas, spans = [], [(m.start(), m.end()) for m in WORD.finditer(sentence)]
    words = [sentence[a:b] for a, b in spans]
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
            i = next(k for k in range(i, count) if spans[k][1] >= found.end) + 1
        else:
            i += 1
    if rnas:
        out = sorted([*out, *rnas], key=lambda m: m.start)
    if "-" in sentence and any(m.rna for m in out):
        out = sorted([*out, *_elliptical(sentence, out, species)], key=lambda m: m.start)
    return tuple(out)


# a listed miRNA written as its number alone after a full name ('miR-21, -23a, and -145',
# 'miR-21-5p and -3p')
_ELLIPTICAL = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[-\u2013](?P<part>(?:\d{2,4}[a-z]{0,2}|\d[a-z]{1,2})(?:-[1-4])?(?:-[35]p)?|[35]p)"
    r"(?![\w.%-])(?!\s*(?:%|°|\u2103|mV|mg|mM|nm|mm|kDa|[\u03bc\u00b5]|h\b|min\b|s\b))"
)


def _elliptical(sentence: str, found: list[Mention], species: str) -> list[Mention]:
    """The miRNAs a list names by their numbers alone after a full name: 'miR-21, -23a, -125b,
    and -145' names miR-23a, miR-125b and miR-145 too, 'miR-21-5p and -3p' miR-21-3p."""
    out: list[Mention] = []
    for mention in found:
        if not mention.rna or not _RNA_START.match(mention.text):
            continue
        last, at = normalise_mirna(mention.text), mention.end
        while (item := _ELLIPTICAL.match(sentence, at)) is not None:
            expanded = _expanded(last, item["part"])
            entity = ground_mirna(expanded, species) if expanded else None
            if entity is None:
                break
            start = item.start("part") - 1
            out.append(Mention(start, item.end(), sentence[start : item.end()], entity, 1.0, True))
            at = item.end()
    return out


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
# cheap test: may the sentence name an RNA inside a compound word, or an lncRNA / circRNA?
# ('microRNA-126-enriched' has no 'mir' in it)
_RNA_HINT = re.compile(r"mir|micro-?rna|let-|lnc|circ|long non|\bpir(?:na)?[-_]", re.IGNORECASE)
# a word part that starts an RNA name
_RNA_START = re.compile(
    r"^(?:(?:hsa|mmu|rno)[-_])?(?:ago-?)?(?:mi(?:cro)?r|let-|lnc|circ)", re.IGNORECASE
)
# a product's name before an RNA's in one word: 'Exo-miR-124a', 'sEV-let-7c'
_PRODUCT_HEAD = re.compile(
    r"^(?:[A-Za-z]+-)?(?:s?EVs?|Exos?|EXOs?|exosomes?)-(?=(?:mi(?:cro)?r|let-))", re.I
)  # 'Exo-miR-124a', 'MSC-Exo-miR-24'
# 'microRNA (miR)-126': the short form in brackets inside the name
_BRACKETED_MIR = re.compile(r"(?i:micro-?RNA)\s*\((?i:miRs?|miRNAs?)\)-(?=\d)")
# what a compound word adds after an RNA's name: a participle or noun ('-overexpressing',
# '-mediated', '-enriched', '-inhibitor') or a product's name ('-Exos', '-EVs')
_NAME_TAIL = re.compile(r"-(?:[a-z]{3,}|s?EVs?|Exos?|EXOs?)(?:-[a-z]+)*$")
# an lncRNA or circRNA named in running text (``ground.ground_ncrna`` says what it is)
_NCRNA_IN_TEXT = re.compile(
    r"(?<![\w-])(?:"
    r"(?i:lnc-?RNA|long\s+non-?\s?coding\s+RNA)s?[\s_-]+"
    r"(?:[A-Z0-9][A-Za-z0-9]*|[a-z]{1,4}[A-Z0-9][A-Za-z0-9]*)(?:[-_.][A-Za-z0-9]+)*"
    r"|(?:(?i:hsa|mmu|rno)[_-])?(?i:circ)(?:-?RNA)?[_-]?"
    r"(?:\d{4,}|(?!RNAs?\b)[A-Z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*)"
    # 'circRNA ITCH', 'circular RNA HIPK3': a space before the host gene's symbol, which then
    # starts with two capitals or a capital and a digit (a symbol, not a capitalised word)
    r"|(?i:circ(?:ular)?[\s-]?RNA)\s+(?:\d{4,}|[A-Z][A-Z0-9][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*)"
    r"|(?i:piR(?:NA)?)[_-](?:(?i:hsa|mmu|rno)-\d+|\d{2,}|DQ\d{6})(?![\w-])"
    r")"
)
# a part of 'miR-222/223' or 'miR-181a/b' after the first: the rest of the name is the first's
_MIRNA_SUFFIX = re.compile(
    r"(?P<num>\d+[a-z]{0,2}(?:-[1-4])?)(?P<arm>-[35]p)?|(?P<letter>[a-z]{1,2})"
)


def _rna_words(sentence: str, species: str) -> tuple[list[Mention], list[tuple[int, int]]]:
    """The RNAs a sentence names inside compound words or as lncRNA / circRNA names, and the
    word spans left to match as usual ('RTEF-1' of 'miR-125a-5p/RTEF-1', 'overexpressing' of
    'miR-146a-overexpressing'). A word that is a miRNA name as a whole is left to the matcher."""
    named: list[Mention] = []
    for match in _NCRNA_IN_TEXT.finditer(sentence):
        start, end = match.start(), _name_end(match.group(), match.start())
        text = sentence[start:end]
        name = text.split()[-1]
        entity = ground_ncrna(text)
        if entity is not None and not (name.isalpha() and is_common_english(name)):
            named.append(Mention(start, end, text, entity, 1.0, rna=True))
    for match in _BRACKETED_MIR.finditer(sentence):
        tail = re.match(r"\d+[a-z]{0,2}(?:-\d)?(?:-[35]p)?", sentence[match.end() :])
        if tail is not None:
            end = match.end() + tail.end()
            entity = ground_mirna("miR-" + tail.group(), species)
            if entity is not None:
                named.append(
                    Mention(
                        match.start(), end, sentence[match.start() : end], entity, 1.0, rna=True
                    )
                )
    rnas = list(named)
    spans: list[tuple[int, int]] = []
    for word in WORD.finditer(sentence):
        parts = _split_parts(word.group(), word.start())
        inside = [m for m in named if m.start < word.end() and word.start() < m.end]
        if not parts and inside:
            parts = _split_parts(word.group(), word.start(), always=True)
        if not parts:
            spans.append((word.start(), word.end()))
            continue
        last: str | None = None  # the miRNA the word's last RNA part named
        for start, end in parts:
            if any(m.start < end and start < m.end for m in inside):
                continue  # an lncRNA / circRNA name, read above
            text = sentence[start:end]
            if _RNA_START.match(text):
                name_end = _name_end(text, start)
                entity = ground_mirna(sentence[start:name_end], species)
                entity = entity or mirna_host(sentence[start:name_end])  # 'miR-17-92-enriched'
                if entity is None:
                    spans.append((start, end))
                    continue
                rnas.append(Mention(start, name_end, sentence[start:name_end], entity, 1.0, True))
                last = normalise_mirna(sentence[start:name_end])
                if name_end < end:
                    spans.append((name_end + 1, end))  # the tail, a word of its own
                continue
            expanded = _expanded(last, text)
            entity = ground_mirna(expanded, species) if expanded else None
            if entity is None:
                spans.append((start, end))
                last = None
            else:
                rnas.append(Mention(start, end, text, entity, 1.0, rna=True))
    rnas.sort(key=lambda m: m.start)
    return rnas, spans


def _split_parts(word: str, at: int, *, always: bool = False) -> list[tuple[int, int]]:
    """The '/'-joined parts of a compound word that names an RNA in one of its parts (or an RNA
    with a tail), as spans; empty for any other word (a miRNA name as a whole included) unless
    ``always``."""
    head = _PRODUCT_HEAD.match(word)
    if head is not None:  # 'Exo-miR-124a': the product, then the RNA
        rest = word[head.end() :]
        return [(at, at + head.end() - 1), *(_split_parts(rest, at + head.end(), always=True))]
    pieces = word.split("/")
    if not always:
        if "/" not in word and "-" not in word:
            return []
        if not any(_RNA_START.match(p) for p in pieces):
            return []
        if len(pieces) == 1 and (not _NAME_TAIL.search(word) or ground_mirna(word) is not None):
            return []
    out = []
    for piece in pieces:
        if piece:
            out.append((at, at + len(piece)))
        at += len(piece) + 1
    return out


def _name_end(text: str, start: int) -> int:
    """Where an RNA's name ends in a word that may carry a tail ('-mediated') or a full stop."""
    text = text.rstrip(".")
    tail = _NAME_TAIL.search(text)
    return start + (tail.start() if tail else len(text))


def _expanded(last: str | None, part: str) -> str | None:
    """'223' after miR-222 -> 'miR-223'; 'b' after miR-181a -> 'miR-181b'; an arm alone is the
    first's other arm ('5p' after miR-199a-3p -> 'miR-199a-5p': 'miR-199a-3p/5p')."""
    if last is None:
        return None
    if part in ("3p", "5p"):
        return re.sub(r"-[35]p$", "", last) + f"-{part}" if re.search(r"-[35]p$", last) else None
    suffix = _MIRNA_SUFFIX.fullmatch(part)
    if suffix is None:
        return None
    stem = "let" if last.startswith("let") else "miR"
    if suffix["letter"]:
        number = re.match(r"(?:miR|let)-(\d+)", last)
        return f"{stem}-{number.group(1)}{part}" if number else None
    return f"{stem}-{part}"


_KEYS: dict[str, str] = {}
# how squashed miRNA mentions start: mir21, let7, microrna21, hsamir21, mmumir21, rnomir21
_MIRNA_START = frozenset({"mir", "let", "mic", "hsa", "mmu", "rno", "ago"})


def _learn(word: str) -> str:
    """squash(word), remembered: words repeat, so most keys are one dict hit."""
    if len(_KEYS) > 500_000:
        _KEYS.clear()
    key = _KEYS[word] = squash(word)
    return key


def _candidate(
    sentence: str,
    spans: list[tuple[int, int]],
    words: list[str],
    keys: list[str],
    i: int,
    size: int,
    key: str,
    species: str,
) -> Mention | None:
    start, end = spans[i][0], spans[i + size - 1][1]
    text = sentence[start:end]
    if size == 1:
        if words[i].casefold() in STOP:
            return None
        if text[:3].casefold() in _MIRNA_START:
            mirna = ground_mirna(text, species) or mirna_host(text)  # a cluster: 'miR-17-92'
            if mirna is not None:
                return Mention(start, end, text, mirna, 1.0, rna=True)
    matches = lexicon().get_key(key)
    if not matches:
        return None
    best = matches[0]
    top = [m for m in matches if m.score == best.score]
    if len({m.term.curie for m in top}) > 1:
        return None  # ambiguous: never guessed
    if (
        best.term.kind == "gene"
        and size == 1
        and not (best.score == 1.0 and _SYMBOL.match(text))
        and not _greek_symbol(text, best.term.curie)
    ):
        return None
    if best.score < 0.8 or (size == 1 and len(keys[i]) < 3):
        return None
    if not plausible_in_text(text, best.term, key, sentence):
        return None  # a common word or word pair, not a symbol (ground.plausible_in_text)
    return Mention(start, end, text, best.term.entity(text), best.score)
