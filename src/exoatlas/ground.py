"""Text mention -> Entity: scored candidates, context, ambiguity reported — never a guess.

Scores: exact label 1.0 > synonym 0.9 > alias / abbreviation expansion 0.8 > fuzzy 0.7. A mention
whose best candidates name two different concepts is ambiguous unless its kind, the document's own
abbreviation definitions ("acute kidney injury (AKI)") or other context words settle it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache

from exoatlas import vocab
from exoatlas.mirna import ground_mirna as ground_mirna  # re-exported: the grounding surface
from exoatlas.mirna import normalise_mirna as normalise_mirna
from exoatlas.mirna import species_from_context as species_from_context
from exoatlas.model import Entity, EntityKind, GroundResult, ScoredEntity
from exoatlas.ncrna import ground_ncrna
from exoatlas.vocab import Term, drugs, hgnc, mesh
from exoatlas.vocab.english import in_capitals, is_common_english

SCORE_LABEL = 1.0
SCORE_SYNONYM = 0.9
SCORE_ALIAS = 0.8
SCORE_FUZZY = 0.7
MAX_CANDIDATES = 10
# Drug dictionaries list brand names and products (e.g. "UC-MSCs" as a cell-therapy product):
# their variants rank just below a domain vocabulary's synonyms.
SCORE_DRUG_VARIANT = 0.85
# kinds whose names the lexicon also takes in British spelling (vocab.british_spellings), just
# below a synonym: a British name a vocabulary lists itself ('hyperglycaemia') keeps its concept
SCORE_SPELLING = 0.89
_SPELT_KINDS = frozenset({"disease", "process", "tissue", "cell_type"})

GREEK = {
    "α": "alpha",
    "β": "beta",
    "γ": "gamma",
    "δ": "delta",
    "ε": "epsilon",
    "κ": "kappa",
    "ĸ": "kappa",
    "λ": "lambda",
    "μ": "mu",
    "σ": "sigma",
    "τ": "tau",
    "ω": "omega",
}
_GREEK_RE = re.compile("|".join(GREEK))
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_POSSESSIVE = re.compile(r"['’]s\b")

_INHIBITOR = re.compile(r"^(?:antagom[iy]r|anti-?mir|mir-?inhibitor)-?", re.IGNORECASE)
_COMPOUND_MIRNA = re.compile(
    r"^(?P<head>(?:(?:hsa|mmu|rno)-)?"
    r"(?:mi(?:cro)?r(?:na)?|let)-?\d+[a-z]{0,2}(?:-[35]p)?)(?P<tail>(?:/[\w-]+)+)$",
    re.IGNORECASE,
)
_PATHWAY_SUFFIXES = ("signaling", "signalling", "pathway", "cascade", "axis", "signalingpathway")
_CONJUNCTION = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)\s*")


# a word as the reader tokenises text; lexicon names are split the same way
WORD = re.compile(r"[\w'’α-ωΑ-Ωĸ]+(?:[-/.][\w'’α-ωΑ-Ωĸ]+)*")


def squash(text: str) -> str:
    """Lookup key: NFKC, Greek spelled out, case folded, possessives and punctuation dropped."""
    if text.isascii():
        text = text.casefold()
        if "'" in text:
            text = _POSSESSIVE.sub("", text)
        return _NON_ALNUM.sub("", text)
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _GREEK_RE.sub(lambda m: GREEK[m.group(0)], text)
    text = _POSSESSIVE.sub("", text)
    return _NON_ALNUM.sub("", text)


@dataclass(frozen=True)
class Match:
    """A candidate concept for a mention."""

    term: Term
    score: float

    def entity(self, text: str) -> Entity:
        return self.term.entity(text)


class Lexicon:
    """One dictionary from squashed names to scored concepts, across every vocabulary."""

    def __init__(self, entries: Iterable[tuple[str, Term, float]]) -> None:
        best: dict[str, dict[str, Match]] = {}
        prefixes: set[str] = set()
        for name, term, score in entries:
            key = squash(name)
            if not key:
                continue
            words = WORD.findall(name)
            if len(words) > 1:
                # the keys of a name's first words: a reader extends a span only while it is one
                prefix = ""
                for word in words[:-1]:
                    prefix += squash(word)
                    prefixes.add(prefix)
            slot = best.setdefault(key, {})
            current = slot.get(term.curie)
            if current is None or score > current.score:
                slot[term.curie] = Match(term, score)
        self.prefixes = frozenset(prefixes)
        self.index: dict[str, tuple[Match, ...]] = {
            key: tuple(sorted(matches.values(), key=lambda m: (-m.score, m.term.curie)))
            for key, matches in best.items()
        }

    def get(self, name: str) -> tuple[Match, ...]:
        return self.index.get(squash(name), ())

    def get_key(self, key: str) -> tuple[Match, ...]:
        """Lookup by an already squashed key."""
        return self.index.get(key, ())

    def __len__(self) -> int:
        return len(self.index)


def _entries() -> Iterable[tuple[str, Term, float]]:
    for term in (*vocab.curated_terms(), *mesh.extra_terms(), *mesh.diseases()):
        yield term.label, term, SCORE_LABEL
        for synonym in term.synonyms:
            yield synonym, term, SCORE_SYNONYM
        if term.kind in _SPELT_KINDS:  # 'ischaemia', 'oedema': the US name's British spelling
            for name in (term.label, *term.synonyms):
                for british in vocab.british_spellings(name):
                    yield british, term, SCORE_SPELLING
    for term in drugs.drugs():
        yield term.label, term, SCORE_LABEL
        for synonym in term.synonyms:
            yield synonym, term, SCORE_DRUG_VARIANT
    for gene in hgnc.genes():
        yield gene.label, gene, SCORE_LABEL
        for name in gene.synonyms:  # the approved name, then exoatlas's protein names
            yield name, gene, SCORE_SYNONYM
        for alias in (*gene.abbreviations, *gene.xrefs):
            yield alias, gene, SCORE_ALIAS


@cache
def _full_lexicon() -> Lexicon:
    return Lexicon(_entries())


_LEXICONS: list[Lexicon] = []  # what use_lexicon put in place, innermost last


def lexicon() -> Lexicon:
    """The merged lexicon, built once on first use (or the one ``use_lexicon`` put in place)."""
    return _LEXICONS[-1] if _LEXICONS else _full_lexicon()


@contextmanager
def use_lexicon(table: Lexicon) -> Iterator[None]:
    """Ground with ``table`` inside the block: the same lookups from elsewhere, such as the
    prebuilt on-disk index (``exoatlas.lexicon_index``) that spares loading every name."""
    _LEXICONS.append(table)
    try:
        yield
    finally:
        _LEXICONS.pop()


@cache
def _abbreviation_matches() -> dict[str, tuple[Match, ...]]:
    out: dict[str, tuple[Match, ...]] = {}
    for abbreviation, expansions in vocab.abbreviations().items():
        matches = []
        for label, kind in expansions:
            found = [m for m in lexicon().get(label) if m.term.kind == kind]
            if not found:
                raise ValueError(f"abbreviations.tsv: {label!r} ({kind}) is in no vocabulary")
            matches.append(Match(found[0].term, SCORE_ALIAS))
        out[squash(abbreviation)] = tuple(matches)
    return out


# -- running text: which words may name a concept ---------------------------------------------

# a sentence with at least this share of its letters in capitals is shouted (a title in capitals):
# its capitalised common words ('WAS', 'MET') are words, not symbols
SHOUTED_SHARE = 0.6


def _shouted(sentence: str) -> bool:
    letters = [c for c in sentence if c.isalpha()]
    return len(letters) > 20 and sum(c.isupper() for c in letters) >= SHOUTED_SHARE * len(letters)


@lru_cache(maxsize=65536)
def names_for_key(term: Term, key: str) -> tuple[str, ...]:
    """The names of ``term`` whose lookup key is ``key`` (which names a text matched)."""
    names = (term.label, *term.synonyms, *term.abbreviations, *term.xrefs)
    return tuple(n for n in names if squash(n) == key)


def plausible_in_text(text: str, term: Term, key: str | None = None, sentence: str = "") -> bool:
    """May ``text``, written in running text, name ``term``? The precision rules:

    - a span of several words names a concept only through a name of as many words: 'in a' is not
      INA, 'as a' not ARSA, 'OR 7.1' not OR7A1 (their keys collide only once spaces are dropped);
    - a name written in capitals (a gene symbol, an abbreviation such as SCI or T-ALL) is matched
      by text in capitals; a gene symbol also by mixed case ('Akt', 'Bcl-2', mouse 'Pten') unless
      the text is a common English word ('was' is not WAS, 'met' not MET; 'MET' may be);
    - ordinary names ('stroke', 'apoptosis') match in any case;
    - an inverted entry term ('cancer, liver') is no name in running text, where 'colorectal
      cancer liver metastasis' is no liver cancer;
    - in a shouted sentence (mostly capitals) a common English word is never a symbol.

    A text that reached the term through no name of it (a fuzzy variant) is not judged here.
    """
    names = names_for_key(term, key if key is not None else squash(text))
    if not names:
        return True
    size = len(WORD.findall(text))
    names = tuple(
        n for n in names if len(WORD.findall(n)) == size and ("," not in n or "," in text)
    )
    if not names:
        return False
    if any(not in_capitals(n) for n in names):
        return True  # an ordinary name: case carries no meaning
    if in_capitals(text):
        return not (sentence and _shouted(sentence) and is_common_english(text))
    return term.kind == "gene" and not is_common_english(text)


# -- miRNAs ------------------------------------------------------------------------------------


def looks_like_mirna(text: str) -> bool:
    return normalise_mirna(text) is not None or squash(text) in {"mirnas", "mirs", "micrornas"}


# -- compounds ---------------------------------------------------------------------------------


def split_compound(text: str) -> tuple[list[str], bool]:
    """'miR-222/223' -> (['miR-222', 'miR-223'], False); 'antagomiR-222/223' -> (..., True).

    Lists joined by commas or 'and' are split only when every part is itself a miRNA.
    """
    text = text.strip()
    if not any(c in text for c in "/,&") and " and " not in text and text[:1] not in "aAmM":
        return [text], False
    inhibitor = _INHIBITOR.match(text)
    if inhibitor:
        rest = text[inhibitor.end() :]
        candidate = rest if looks_like_mirna(rest.split("/")[0]) else f"miR-{rest}"
        if looks_like_mirna(candidate.split("/")[0]):
            parts, _ = split_compound(candidate)
            return parts, True
    match = _COMPOUND_MIRNA.match(text)
    if match:
        head = match["head"]
        parts = [head]
        for token in match["tail"].strip("/").split("/"):
            token = token.strip()
            if looks_like_mirna(token):
                parts.append(token)
            else:
                parts.append(re.sub(r"\d+[a-z]{0,2}(?=(?:-[35]p)?$)", token, head, count=1))
        return parts, False
    pieces = [p for p in _CONJUNCTION.split(text) if p]
    if len(pieces) > 1 and all(looks_like_mirna(p) for p in pieces):
        return pieces, False
    return [text], False


# -- context -----------------------------------------------------------------------------------


def _best_long_form(short: str, long: str) -> str | None:
    """Schwartz & Hearst (2003): the shortest suffix of ``long`` whose letters spell ``short``."""
    s, i = len(short) - 1, len(long) - 1
    while s >= 0:
        char = short[s].lower()
        if not char.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i].lower() != char or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = long.rfind(" ", 0, i + 1) + 1
    result = long[start:].strip()
    return result if len(result) > len(short) else None


def defined_long_form(abbreviation: str, context: str) -> str | None:
    """The long form a document defines for ``abbreviation`` ('acute kidney injury (AKI)')."""
    pattern = re.compile(r"\(\s*" + re.escape(abbreviation) + r"s?\s*\)")
    for found in pattern.finditer(context):
        words = context[: found.start()].split()
        window = words[-min(len(abbreviation) + 5, len(abbreviation) * 2) :]
        long_form = _best_long_form(abbreviation, " ".join(window))
        if long_form:
            return long_form
    return None


def _kinds(kind: str | Collection[str] | None) -> frozenset[str] | None:
    if kind is None:
        return None
    return frozenset([kind] if isinstance(kind, str) else kind)


def _candidates(text: str, kinds: frozenset[str] | None) -> list[Match]:
    key = squash(text)
    found = list(lexicon().get_key(key))
    expansions = _abbreviation_matches().get(key)
    if expansions:
        # a known ambiguous abbreviation: every reading competes on equal footing
        found = [Match(m.term, min(m.score, SCORE_ALIAS)) for m in found] + list(expansions)
    if kinds is not None:
        found = [m for m in found if m.term.kind in kinds]
    if not found and key:
        variants = [key + suffix for suffix in ("signaling", "pathway")]
        if len(key) > 4:
            variants += [key[:-1] if key.endswith("s") else key + "s", key.removesuffix("es")]
        variants += [key.removesuffix(s) for s in _PATHWAY_SUFFIXES if key.endswith(s)]
        for variant in variants:
            if variant and variant != key:
                found.extend(Match(m.term, SCORE_FUZZY) for m in lexicon().get_key(variant))
        if kinds is not None:
            found = [m for m in found if m.term.kind in kinds]
    best: dict[str, Match] = {}
    for m in found:
        if m.term.curie not in best or m.score > best[m.term.curie].score:
            best[m.term.curie] = m
    return sorted(best.values(), key=lambda m: (-m.score, m.term.curie))


def _narrow_by_context(tops: list[Match], context: str) -> list[Match]:
    folded = squash(context)
    hits = [
        m
        for m in tops
        if any(len(squash(n)) > 4 and squash(n) in folded for n in (m.term.label, *m.term.synonyms))
    ]
    return hits if len(hits) == 1 else tops


# -- public API --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Grounding:
    """Result of grounding one mention (internal, allocation-light)."""

    entities: tuple[Entity, ...]
    scores: tuple[float, ...]
    ambiguous: bool
    parts: tuple[str, ...] = ()

    @property
    def best(self) -> Entity | None:
        return None if self.ambiguous or not self.entities else self.entities[0]


def ground_mention(
    text: str,
    kind: str | Collection[str] | None = None,
    *,
    context: str | None = None,
    species: str | None = None,
) -> Grounding:
    """Ground one mention; see the module docstring for scoring and ambiguity."""
    text = text.strip()
    if not text:
        return Grounding((), (), False)
    kinds = _kinds(kind)
    parts, inhibitor = split_compound(text)
    if len(parts) > 1 or inhibitor:
        return _ground_parts(parts, inhibitor, kinds, context, species)
    if kinds is None or "mirna" in kinds:
        mirna = ground_mirna(text, species or species_from_context(context))
        if mirna is not None:
            return Grounding((mirna,), (SCORE_LABEL,), False)
    if context:
        long_form = defined_long_form(text, context)
        if long_form:
            inner = ground_mention(long_form, kind)
            if inner.best is not None:
                return Grounding((inner.best.model_copy(update={"text": text}),), (1.0,), False)
    if kinds is None or "gene" in kinds:
        ncrna = ground_ncrna(text)  # 'lncRNA H19' is the gene H19
        if ncrna is not None and ncrna.grounded:
            return Grounding((ncrna,), (SCORE_LABEL,), False)
    matches = _candidates(text, kinds)
    if not matches:
        return Grounding((), (), False)
    top = matches[0].score
    tops = [m for m in matches if m.score == top]
    if len(tops) > 1 and context:
        narrowed = _narrow_by_context(tops, context)
        if len(narrowed) == 1:
            rest = [m for m in matches if m is not narrowed[0]]
            matches = [narrowed[0], *rest]
            tops = narrowed
    shown = matches[:MAX_CANDIDATES]
    return Grounding(
        tuple(m.entity(text) for m in shown),
        tuple(m.score for m in shown),
        ambiguous=len(tops) > 1,
    )


def _ground_parts(
    parts: list[str],
    inhibitor: bool,
    kinds: frozenset[str] | None,
    context: str | None,
    species: str | None,
) -> Grounding:
    entities: list[Entity] = []
    scores: list[float] = []
    ambiguous = False
    for part in parts:
        result = ground_mention(part, kinds, context=context, species=species)
        ambiguous |= result.ambiguous
        if not result.entities:
            entities.append(Entity(label=part, kind="other", grounded=False))
            scores.append(0.0)
            continue
        entity = result.entities[0]
        if inhibitor:
            # an antagomiR inhibits the miRNA: it is not the miRNA itself
            number = normalise_mirna(part) or part
            entity = Entity(
                label=f"antagomiR-{number.removeprefix('miR-')} (inhibits {entity.label})",
                kind="other",
                grounded=False,
                text=part,
            )
        entities.append(entity)
        scores.append(result.scores[0])
    return Grounding(tuple(entities), tuple(scores), ambiguous, tuple(parts))


def ground(
    text: str,
    kind: EntityKind | None = None,
    *,
    context: str | None = None,
    species: str | None = None,
) -> GroundResult:
    """The CONTRACT shape: ``{"text", "matches": [Entity + score], "ambiguous"}``."""
    result = ground_mention(text, kind, context=context, species=species)
    return GroundResult(
        text=text,
        matches=[
            ScoredEntity(**e.model_dump(), score=s)
            for e, s in zip(result.entities, result.scores, strict=True)
        ],
        ambiguous=result.ambiguous,
        parts=list(result.parts),
    )


def ground_entities(
    text: str,
    kind: str | Collection[str],
    *,
    context: str | None = None,
    species: str | None = None,
) -> list[Entity]:
    """Entities for a curated or queried label: the unambiguous best, else ungrounded text.

    A compound ('miR-222/223') gives one entity per part.
    """
    kinds = _kinds(kind) or frozenset()
    result = ground_mention(text, kinds, context=context, species=species)
    fallback_kind = next(iter(sorted(kinds))) if len(kinds) == 1 else "other"
    if result.parts:
        return list(result.entities)
    if result.best is not None:
        return [result.best]
    return [Entity(label=text.strip(), kind=fallback_kind, grounded=False)]  # type: ignore[arg-type]


def ground_label(text: str, kind: EntityKind, *, species: str | None = None) -> Entity:
    """One entity of a known kind for a label (first part of a compound)."""
    return ground_entities(text, kind, species=species)[0]


def match_key(text: str) -> str:
    """Folded form used when a query term is compared with stored entity labels."""
    name = normalise_mirna(text)
    return vocab.fold(name if name is not None else text)
