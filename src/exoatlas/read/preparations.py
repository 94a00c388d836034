"""EV preparations: which product a finding is about, with the culture step or engineering that
makes it ('exosomes from hypoxia-preconditioned MSCs', 'HIF-1α-overexpressed exosomes', 'RA-Exo').

A sentence names preparations as product phrases: an EV word or a product name ending in one
('Exo', 'thMSC-EVs'), with the words before it ('RA-primed exosomes') and its 'derived from …
MSCs' phrase. A phrase's steps are the ``preparation_step`` cues it holds (``cues.tsv``), read
also in the long forms of the abbreviations it uses ('exosomes from PC-MSCs', PC-MSCs defined as
hypoxia-preconditioned MSCs). A compact name whose prefix is not a species or source ('L-Exo',
'CUR-MSC-EXO') takes the step the document names for an agent that prefix abbreviates ('LPS-primed
BMSCs'); ``preparation_native`` words ('normoxic', 'naïve', 'WT-') name the unmodified product.

The preparations of a finding are those its agent names ('both Exo and RA-Exo treatments': two),
or, when the parse gives no agent phrase, the last product phrase before the trigger with those
coordinated with it; a comparator ('compared with naïve EVs', 'than B_EVs') is never the agent. A
subject that refers back ('both treatments', ``preparation_reference``) names the preparations the
last sentence that named several did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from exoatlas.ground import ground_mention
from exoatlas.model import Entity
from exoatlas.read.abbrev import find_abbreviations
from exoatlas.vocab import cues, gate, lookup

_EV_NAME = re.compile(
    r"(?<![\w-])(?:[\w.αβγκ+/]+(?:[-_‐][\w.αβγκ+/]+)*[-_‐]?)?(?:EXOs?|Exos?|exos?|EVs?|Evs|sEVs?)"
    r"(?![\w-])"
    r"|\b(?i:exosomes?|extracellular vesicles?|microvesicles?|vesicles)\b"
)
_TAIL = re.compile(
    r"^\s*(?:\([^()]{1,30}\)\s*)?(?:(?:derived|isolated|secreted|released|obtained|collected|"
    r"produced)\s+)?(?:from|of|by)\s+(?:the\s+)?(?:[^\s,;()]+\s+){0,4}?[^\s,;()]*"
    r"(?:MSCs?|cells|BMSCs?|ADSCs?|stromal cells|stem cells)\b"
)


@lru_cache(maxsize=1)
def _left_stop() -> frozenset[str]:
    """Words that end a preparation's name to the left (``cues.tsv`` 'preparation_left_stop')."""
    return frozenset(cues.cue_literals("preparation_left_stop"))


_LEFT_WORDS = 5
# what may stand between coordinated preparations: a conjunction, after the closing bracket of
# the first one's abbreviation ('native exosomes (Exo) and L-Exo')
_COORDINATED = re.compile(r"^\)?\s*(?:,\s*)?(?:and|or|as well as|,)?\s*(?:both\s+|either\s+)?$")
_OPENING_BRACKET = re.compile(r"^\s*\($")
_SUFFIX = re.compile(r"[-_‐]?(?:EXOs?|Exos?|exos?|EVs?|Evs|sEVs?)$")


@dataclass(frozen=True)
class Preparation:
    """One EV product a sentence names, with where it is named and what makes it."""

    start: int
    end: int
    name: str
    preconditioning: tuple[Entity, ...] = ()
    engineering: tuple[Entity, ...] = ()

    def key(self) -> tuple[str, ...]:
        return tuple(sorted(e.key() for e in (*self.preconditioning, *self.engineering)))


@dataclass(frozen=True)
class _Step:
    kind: str  # preconditioning | engineering
    suffix: str  # how the label ends ('preconditioning', 'overexpression', 'knock-down')
    agent: str  # as written


class DocumentPreparations:
    """The preparations a document's sentences name (abbreviations and steps read once)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._sentences: dict[str, list[Preparation]] = {}

    @cached_property
    def _abbreviations(self) -> dict[str, str]:
        return find_abbreviations(self._text)

    @cached_property
    def _document_steps(self) -> list[_Step]:
        """Steps the document names for MSCs or their EVs, in order: what a compact product
        name's prefix can abbreviate."""
        near = re.compile(rf"{cues.cue('msc').pattern}|{cues.cue('ev').pattern}", re.I)
        out = []
        for step, end in _steps_at(self._text):
            if near.search(self._text[end : end + 60]):
                out.append(step)
        return out

    def in_sentence(self, sentence: str) -> list[Preparation]:
        """Every product phrase of a sentence, in order, with its steps."""
        found = self._sentences.get(sentence)
        if found is None:
            found = self._sentences[sentence] = list(self._phrases(sentence))
        return found

    def of_agent(self, sentence: str, agent: tuple[int, int], trigger_at: int) -> list[Preparation]:
        """The preparations that do a change: those its agent phrase names, else the last
        product phrase before the trigger, with those coordinated with it before the trigger
        (comparators left out); one per distinct set of steps, in order (empty when none is
        named)."""
        named = [p for p in self.in_sentence(sentence) if not _comparator(sentence, p)]
        start, end = agent
        chosen = [p for p in named if end > start and p.start < end and start < p.end]
        if not chosen:
            chosen = [p for p in named if p.end <= trigger_at][-1:]
        if not chosen:
            return []
        # and those coordinated before the first ('MSC-EXO and CUR-MSC-EXO' parsed as one)
        for p in reversed([p for p in named if p.end <= chosen[0].start]):
            if not _COORDINATED.match(sentence[p.end : chosen[0].start]):
                break
            chosen.insert(0, p)
        # and those coordinated after the last, up to the trigger ('both native exosomes (Exo)
        # and L-Exo reduced X' with the agent the first conjunct); a bracketed abbreviation of
        # the last is the same product
        for p in [p for p in named if p.start >= chosen[-1].end and p.end <= trigger_at]:
            gap = sentence[chosen[-1].end : p.start]
            if not (_COORDINATED.match(gap) or _OPENING_BRACKET.match(gap)):
                break
            chosen.append(p)
        distinct: dict[tuple[str, ...], Preparation] = {}
        for p in chosen:
            distinct.setdefault(p.key(), p)
        return list(distinct.values())

    def _phrases(self, sentence: str) -> list[Preparation]:
        out: list[Preparation] = []
        for match in _EV_NAME.finditer(sentence):
            if out and match.start() < out[-1].end:
                continue  # inside the last phrase's 'derived from' tail
            start = _left_edge(sentence, match.start())
            end = match.end()
            tail = _TAIL.match(sentence[end:])
            if tail:
                end += tail.end()
            phrase = sentence[start:end]
            pre, eng = self._steps_of(phrase, match.group())
            out.append(Preparation(start, end, phrase, pre, eng))
        return out

    def _steps_of(self, phrase: str, name: str) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
        if cues.cue("preparation_native").search(phrase):
            return (), ()
        text = phrase
        for short, long in self._abbreviations.items():
            if re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", phrase):
                text += " ; " + long
        steps = [s for s, _ in _steps_at(text)]
        if not steps and (prefix := _prefix(name)):
            steps = self._prefix_steps(prefix)
        pre = tuple(self._entity(s) for s in steps if s.kind == "preconditioning")
        eng = tuple(self._entity(s) for s in steps if s.kind == "engineering")
        return _unique(pre), _unique(eng)

    def _prefix_steps(self, prefix: str) -> list[_Step]:
        """The first step the document names for an agent the prefix is or abbreviates."""
        folded = prefix.casefold()
        if folded in cues.cue_literals("species_prefix") or cues.cue(
            "preparation_native"
        ).fullmatch(prefix):
            return []
        long = self._abbreviations.get(prefix, "").casefold()
        for step in self._document_steps:
            agent = step.agent.casefold()
            if agent == folded or (long and agent == long) or agent.startswith(folded):
                return [step]
        return []

    def _entity(self, step: _Step) -> Entity:
        agent = self._abbreviations.get(step.agent, step.agent)
        for text in dict.fromkeys(
            (agent, step.agent, f"{agent} {step.suffix}", f"{step.agent} {step.suffix}")
        ):
            term = lookup(text, step.kind)
            if term is not None:
                return term.entity(text=step.agent)
        if agent[:1].isupper() and agent[1:].islower():
            agent = agent.lower()  # a sentence's first word ('Thrombin-preconditioned')
        label = f"{agent} {step.suffix}"
        return Entity(label=label, kind=step.kind, grounded=False, text=step.agent)  # type: ignore[arg-type]


def _steps_at(text: str) -> list[tuple[_Step, int]]:
    """The steps a text names, in order, each with where its match ends."""
    found: list[tuple[int, _Step, int]] = []
    product = re.compile(rf"{cues.cue('msc').pattern}|{cues.cue('ev').pattern}", re.I)
    folded = gate.fold(text)
    for value, pattern in cues.cue_group("preparation_step"):
        if not gate.may_match(pattern, folded):
            continue
        kind, _, suffix = value.partition(" ")
        for match in pattern.finditer(text):
            agent = match.group("agent").strip("-‐.")
            if not agent or product.search(agent):
                continue  # 'overexpressing MSC exosomes': the product, not what was expressed
            agent = _whole_name(text[: match.start("agent")], agent)
            found.append((match.start(), _Step(kind, suffix or kind, agent), match.end()))
    found.sort(key=lambda f: f[0])
    return [(step, end) for _, step, end in found]


def _whole_name(before: str, agent: str) -> str:
    """'Interferon gamma' for the agent 'gamma' of 'Interferon gamma-stimulated': the word
    before a lower-case agent joins it when the two name a gene or drug together."""
    word = re.search(r"([A-Za-z][\w-]{0,60}) $", before)
    if word is None or not agent.islower():
        return agent
    both = f"{word.group(1)} {agent}"
    return both if ground_mention(both, ("gene", "drug")).best is not None else agent


def _left_edge(sentence: str, at: int) -> int:
    """Where a product phrase starts: up to five modifier words before its EV word."""
    start = at
    for _ in range(_LEFT_WORDS):
        before = sentence[:start].rstrip()
        word = _last_word_start(before)
        if word == len(before) or len(before) == start or before[word:].casefold() in _left_stop():
            break
        start = word
    return start


def _last_word_start(text: str) -> int:
    """Where the text's last run of characters other than spaces and , ; : ( ) starts, scanning
    back from its end (a search for that run before the end retries from every position:
    quadratic in one long token)."""
    i = len(text)
    while i and not (text[i - 1].isspace() or text[i - 1] in ",;:()"):
        i -= 1
    return i


def _prefix(name: str) -> str:
    """'L-Exo' -> 'L', 'RA-MSC-Exo' -> 'RA', 'thMSC-EVs' -> 'th': what is left of a compact
    product name without its EV word, MSC words and MSC source."""
    rest = _SUFFIX.sub("", name)
    if rest == name or " " in name:
        return ""
    rest = cues.cue("msc").sub("", rest)
    for _, pattern in cues.cue_group("msc_source_prefix"):
        rest = pattern.sub("", rest)
    return rest.strip("-_‐ ")


# how far before a preparation its comparator cue reaches ('compared with the', two words): the
# cue is anchored at the preparation, and searching the whole prefix for each of a sentence's
# preparations is quadratic in a long one; the window starts at a space, as a word would
_COMPARATOR_REACH = 300


def _comparator(sentence: str, preparation: Preparation) -> bool:
    before = sentence[: preparation.start]
    if len(before) > _COMPARATOR_REACH:
        space = before.find(" ", len(before) - _COMPARATOR_REACH)
        before = before[space:] if space >= 0 else ""
    return bool(cues.cue("preparation_comparator").search(before))


def _unique(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    seen: set[str] = set()
    out = []
    for e in entities:
        if e.key() not in seen:
            seen.add(e.key())
            out.append(e)
    return tuple(out)
