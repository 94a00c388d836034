"""How fast a thing changed in the EVs' group: 'tumours grew more slowly in the EV group',
'wounds healed faster in mice given the EVs than in the PBS group'. A verb of a process that
runs its course (``cues.tsv`` 'paced_verb': grow, heal, close, recover) with an adverb of pace
(``pace_word``; 'more' or 'less' before 'quickly' / 'slowly') says the process named by the
verb's subject and noun ('tumour growth', 'wound healing') went faster or slower, held by the
group the verb's or the subject's 'in' phrases name, as a comparative is (``read.comparative``).
Used by ``read.deep``."""

from __future__ import annotations

from typing import Any

from exoatlas.ground import ground_mention
from exoatlas.model import Entity
from exoatlas.read.agent_kind import agent_kind, subtree_text
from exoatlas.read.comparative import Compared, better
from exoatlas.read.comparator import gain_only, held_by_comparator
from exoatlas.read.scope import is_unasserted, trigger_scope
from exoatlas.vocab import cues

_FLIP = {"increase": "decrease", "decrease": "increase"}


def paced(doc: Any, products: tuple[str, ...], tumour: bool) -> list[Compared]:
    """Each change of pace the sentence states of the EVs' group (see the module docstring)."""
    out: list[Compared] = []
    for word in doc:
        direction = _pace(word)
        verb = word.head
        if direction is None or word.dep_ != "advmod" or not verb.tag_.startswith("VB"):
            continue
        noun = next((n for n, p in cues.cue_group("paced_verb") if p.match(verb.lower_)), None)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if noun is None or len(subjects) != 1:
            continue
        process = _named(subjects[0].lower_, noun)
        if process is None or any(trigger_scope(verb)) or is_unasserted(verb):
            continue
        holders = [c for h in (verb, subjects[0]) for c in h.children if c.dep_ == "prep"]
        held = next(
            (
                h
                for h in holders
                if agent_kind(subtree_text(h), products) == "product"
                and h.lower_ not in cues.cue_literals("comparator_word")
            ),
            None,
        )
        if held is not None:
            words = list(held.subtree)
            span = (words[0].idx, words[-1].idx + len(words[-1].text))
            out.append(Compared(process, direction, span, word.idx))
            continue
        turned = held_by_comparator(subjects[0], verb, holders, products)
        if turned is not None:
            _, _, span, turn = turned
            compared = Compared(process, _FLIP[direction], span, word.idx)
            if not gain_only(turn, tumour) or better(compared, tumour):
                out.append(compared)
    return out


def _named(subject: str, noun: str) -> Entity | None:
    """The process the subject's word and the verb's noun name ('tumours' and 'growth': tumour
    growth; the word as written, or without a plural's 's')."""
    forms = (
        [subject[:-1], subject]
        if subject.endswith("s") and not subject.endswith("ss")
        else [subject]
    )
    return next(
        (e for f in forms for e in [ground_mention(f"{f} {noun}", ("process",)).best] if e),
        None,
    )


def _pace(word: Any) -> str | None:
    """The direction of pace a word states: 'faster', 'more quickly' (up), 'slower', 'more
    slowly', 'less rapidly' (down); None for any other word."""
    found = next((d for d, p in cues.cue_group("pace_word") if p.match(word.lower_)), None)
    if found is not None:
        return found
    adverb = next((d for d, p in cues.cue_group("pace_adverb") if p.match(word.lower_)), None)
    degree = {c.lower_ for c in word.children if c.dep_ == "advmod"}
    if adverb is None or not degree & {"more", "less"}:
        return None
    return adverb if "more" in degree else _FLIP[adverb]
