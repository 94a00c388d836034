"""Results stated as a difference between groups: 'the EV group showed less apoptosis than the
vehicle group', 'tumour volume was smaller in mice given the EVs', 'vessel density was higher in
wounds treated with MSC-EVs'. The comparative (``cues.tsv`` 'comparative') gives the direction;
what it qualifies, the process (grounded as a trigger's object is); the group that holds it, or the
adjunct of the copula naming what was given, must be the EVs (never the comparator: 'than in the
EV group', 'compared with EV-treated mice'). Used by ``read.deep``."""

from __future__ import annotations

from typing import Any

from exoatlas.model import Entity
from exoatlas.read.agents import agent_kind
from exoatlas.read.objects import ground_object
from exoatlas.read.phrases import marker_readout
from exoatlas.read.scope import is_unasserted, trigger_scope
from exoatlas.vocab import rules

Span = tuple[int, int]


def comparatives(
    doc: Any, products: tuple[str, ...], tumour: bool
) -> list[tuple[Entity, str, Span, int]]:
    """(process, direction, where the EVs are named, where the comparative is) of each
    comparative the sentence states of the EVs' group."""
    out: list[tuple[Entity, str, Span, int]] = []
    if not rules.cue("comparative_anywhere").search(doc.text):
        return out  # most sentences hold no comparative: no walk over their tokens
    for word in doc:
        direction = _direction(word)
        if direction is None:
            continue
        found = _held(word, products)
        if found is None:
            continue
        noun, verb, span = found
        negated, hedged = trigger_scope(verb)
        if negated or hedged or is_unasserted(verb):
            continue
        grounded = ground_object(noun, tumour) or marker_readout(noun)
        for process, flipped in grounded[:1]:
            if flipped:
                direction = "decrease" if direction == "increase" else "increase"
            out.append((process, direction, span, word.idx))
    return out


def _direction(word: Any) -> str | None:
    if not word.tag_.startswith(("JJR", "RBR")):
        return None
    return next((d for d, p in rules.cues("comparative") if p.match(word.lower_)), None)


def _held(word: Any, products: tuple[str, ...]) -> tuple[Any, Any, Span] | None:
    """The noun the comparative qualifies, the verb of its clause and where the EVs are named:
    'the EV group showed less X' (X the object of a verb whose subject is the EVs' group), 'X was
    smaller in mice given the EVs' (X the subject of a copula an adjunct of which names the EVs)."""
    noun = word.head
    while word.dep_ == "advmod" and noun.dep_ in ("amod", "compound"):
        noun = noun.head  # 'showed less tubular necrosis' ('less' on 'tubular')
    governed = noun
    while governed.dep_ == "conj" and governed.head.i != governed.i:
        governed = governed.head  # 'showed better function and less neuronal loss'
    if word.dep_ in ("amod", "advmod") and governed.dep_ == "dobj":
        verb = governed.head
        if not rules.cue("benefit_display_verb").match(verb.lower_):
            return None
        # the group ('the EV group showed'), or what it was given ('Treated with EVs, the rats')
        holders = [c for c in verb.children if c.dep_ in ("nsubj", "advcl", "prep")]
    elif word.dep_ == "amod" and governed.dep_ == "pobj" and _outcome_verb(governed.head):
        # 'EV treatment resulted in less fibrosis', 'led to fewer apoptotic cells'
        verb = governed.head.head
        holders = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    elif word.dep_ == "advmod" and word.head.dep_ == "acomp":
        # 'EV-treated cancer cells were more resistant to docetaxel': the adjective names it
        noun, verb = word.head, word.head.head
        holders = [c for c in verb.children if c.dep_ == "nsubj"]
        holders += [
            c for h in (verb, noun) for c in h.children if c.dep_ == "prep" and c.i > noun.i
        ]
    elif word.dep_ == "acomp" and word.lower_ not in rules.cue_literals("comparative_evaluative"):
        verb = word.head
        nouns = [c for c in verb.children if c.dep_ == "nsubj"]
        if not nouns:
            return None
        noun = nouns[0]
        holders = [c for h in (verb, word) for c in h.children if c.dep_ == "prep" and c.i > word.i]
        # or the subject's own phrase: 'inflammation in EV-treated lungs was milder'
        holders += [c for c in noun.children if c.dep_ == "prep"]
    else:
        return None
    for holder in holders:
        words = [t for t in holder.subtree]
        before = holder.doc[: holder.i].text + " " + holder.text + " "
        if holder.lower_ in rules.cue_literals("comparator_word") or (
            holder.dep_ == "prep" and rules.cue("preparation_comparator").search(before)
        ):
            continue
        if agent_kind(" ".join(t.text for t in words), products) == "product":
            return noun, verb, (words[0].idx, words[-1].idx + len(words[-1].text))
    return None


def _outcome_verb(preposition: Any) -> bool:
    """'resulted in', 'led to' (``cues.tsv`` 'outcome_verb'): what the subject ended with."""
    verb = preposition.head
    return (
        preposition.lower_ in ("in", "to")
        and verb.i != preposition.i
        and bool(rules.cue("outcome_verb").match(verb.lower_))
    )
