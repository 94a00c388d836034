"""What a reference title names — miRNAs, MSC sources, diseases, the direction it gives a process,
organ systems — read with the cues of ``vocab/data/title_cues.tsv`` and the disease lexicon."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from exoatlas.ground import lexicon, normalise_mirna, squash
from exoatlas.vocab import cues, rules

_TITLE_MIRNA = re.compile(r"\b(?:micro-?RNA|miRNA|miR)-?\s?\d+[a-z]?(?:-[35]p)?", re.IGNORECASE)


@dataclass(frozen=True)
class TitleFacts:
    """What a reference title names."""

    mirnas: frozenset[str]
    sources: frozenset[str]
    diseases: frozenset[str]
    polarity: dict[str, str]  # process class -> increase | decrease
    organs: frozenset[str]


def title_facts(title: str) -> TitleFacts:
    mirnas = {normalise_mirna(m.replace(" ", "")) or m for m in _TITLE_MIRNA.findall(title)}
    sources = {
        c for cue in rules.title_cues("msc_source") if cue.pattern.search(title) for c in cue.curies
    }
    polarity: dict[str, str] = {}
    for process in rules.title_cues("process"):
        words = process.pattern.pattern
        for verb in rules.title_cues("verb"):
            verbs = verb.pattern.pattern
            if re.search(rf"\b{verbs}\w*(?:\W+[\w-]+){{0,3}}?\W+(?:{words})\b", title, re.I):
                polarity.setdefault(process.name, verb.name)
    return TitleFacts(
        frozenset(mirnas),
        frozenset(sources),
        frozenset(_title_diseases(title)),
        polarity,
        organs(title),
    )


def organs(text: str) -> frozenset[str]:
    """Organ systems a text mentions (used to tell a different disease from the same study)."""
    return frozenset(cue.name for cue in rules.title_cues("organ") if cue.pattern.search(text))


def labels_by_curie(curies: Iterable[str]) -> list[str]:
    """Labels for people: 'bone marrow MSC', 'Breast Neoplasms' — never the id."""
    from exoatlas.vocab import exoatlas_terms
    from exoatlas.vocab.mesh import labels_by_id

    own = {t.curie: t.label for t in exoatlas_terms()}
    out = []
    for curie in curies:
        label = labels_by_id().get(curie.removeprefix("mesh:")) or own.get(curie)
        if label is None:
            label = next((m.term.label for m in lexicon().get_key(squash(curie))), curie)
        out.append(label)
    return out


def _title_diseases(title: str) -> set[str]:
    """Disease concepts a title names: longest n-gram matches against the lexicon."""
    words = re.findall(r"[\w'’-]+", title)
    taken = [False] * len(words)
    found: set[str] = set()
    for size in range(6, 0, -1):
        for start in range(len(words) - size + 1):
            if any(taken[start : start + size]):
                continue
            phrase = " ".join(words[start : start + size])
            if size == 1 and phrase.casefold() in cues.cue_literals("generic_disease_word"):
                continue
            matches = [
                m
                for m in lexicon().get_key(squash(phrase))
                if m.term.kind == "disease" and m.score >= 0.9
            ]
            if matches:
                found.update(m.term.curie for m in matches)
                taken[start : start + size] = [True] * size
    return found
