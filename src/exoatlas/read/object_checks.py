"""What the deep reader asks of a trigger's object beyond grounding it: the phrases a word's
prepositions name ('protected cells from Y'), the EVs' own effects an object names ('the
anti-apoptotic effects of the EVs'), a raised harm listed after a lessened one, and what a
restoring verb presupposes of an object it restores. Split out of ``read.deep``."""

from __future__ import annotations

import re
from typing import Any

from exoatlas.model import Entity
from exoatlas.read.agent_kind import agent_kind
from exoatlas.read.coordination import state_of_lowered_conjunct
from exoatlas.read.misparsed import disease_after_participle
from exoatlas.read.model_made import model_participles
from exoatlas.read.objects import ground_object
from exoatlas.read.outcome import parse_outcomes
from exoatlas.read.phrases import is_value, marker_readout, span_text
from exoatlas.vocab import cues, rules

# where the words of an 'of' phrase end, for a name the parse broke up
_OF_END = re.compile(
    r"[,;:(]|\s(?:by|in|on|via|through|to|for|and|with|against|cultured|treated|exposed|"
    r"incubated|given|receiving)\s"
)


def phrase_objects(word: Any, prepositions: tuple[str, ...]) -> list[Any]:
    """What a word's phrases with these prepositions name ('protected cells from Y',
    'contributed to X')."""
    return [
        disease_after_participle(g) or g  # ('against hearing loss' misparsed as a clause)
        for c in word.children
        if c.dep_ == "prep" and c.lower_ in prepositions
        for g in c.children
        # (not 'from day 14', nor a value: 'fell from 40% to 20%')
        if (g.dep_ == "pobj" and g.lower_ not in cues.cue_literals("time_unit") and not is_value(g))
        or (g.dep_ == "pcomp" and disease_after_participle(g) is not None)
    ]


def native_effects(
    obj: Any, products: tuple[str, ...], tumour: bool
) -> list[tuple[Entity, str]] | None:
    """'the anti-apoptotic and angiogenic effects of the EVs' -> apoptosis down, angiogenesis up:
    the EVs' own effects an object names; None when the object is not an effect of the EVs."""
    if obj.lower_ not in cues.cue_literals("effect_noun") + cues.cue_literals("own_function_noun"):
        return None
    owners = [
        " ".join(t.text for t in g.subtree)
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    # (a long name the parse broke up, a word of it hung on the verb: the words after 'of' up
    # to the clause's next phrase)
    owners += [_of_words(c) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"]
    if not any(agent_kind(text, products) == "product" for text in owners):
        return None
    found = parse_outcomes(span_text(obj), tumour=tumour)
    return [(p, "increase" if d == "unknown" else d) for p, d in found if p.grounded]


def _of_words(of: Any) -> str:
    """The words after an 'of' up to the next comma, colon, bracket or phrase of its own."""
    return of_phrase(of.doc.text[of.idx + len(of.text) : of.idx + 120])


def of_phrase(after: str) -> str:
    """The words of an 'of' phrase (given the text after 'of'), up to the next comma, colon,
    bracket or phrase of its own ('periodontal ligament cells cultured with MSC exosomes': the
    cells)."""
    return _OF_END.split(after, maxsplit=1)[0]


def alleviated_state(adjective: Any, tumour: bool) -> bool:
    """'alleviated the weight loss and elevated BUN': a raised harm listed after a lessened one
    is the state the verb lessened (its company: both harms), not a change of its own; not
    'reduced apoptosis and elevated proliferation' (a good raised), nor in a tumour 'repressed
    proliferation and enhanced apoptosis' or 'reduced apoptosis and elevated proliferation'
    (the first object's lowering is no benefit there)."""
    first = state_of_lowered_conjunct(adjective)
    if first is None:
        return False

    def roles(token: Any, direction: str) -> set[str]:
        found = ground_object(token, tumour) + marker_readout(token)
        turned = {"increase": "decrease", "decrease": "increase"}
        return {
            rules.role(p, turned[direction] if flipped else direction, tumour=tumour)
            for p, flipped in found
        }

    lessened = roles(first, "decrease") & {"protective", "anti_tumor"}
    raised = roles(adjective.head, "increase") & {"pathogenic", "pro_tumor"}
    return bool(lessened and raised)


def raised_harm(process: Entity, tumour: bool) -> bool:
    """Is more of the process a harm here (apoptosis is not, in a tumour)?"""
    return rules.role(process, "increase", tumour=tumour) in ("pathogenic", "pro_tumor")


def presupposed_valence(token: Any, process: Entity) -> str:
    """The valence a trigger verb presupposes of a process the vocabulary gives none (not one
    it calls neutral: 'improved the polarization of microglia' says not which way; nor one too
    general to judge: 'restored homeostasis')."""
    if rules.valence(process) is not None or process.label in cues.cue_literals("unjudged_by_verb"):
        return ""
    return rules.object_valence(token.text) or ""


def plainly_named(obj: Any) -> bool:
    """Is a restored object named with no state of its own ('improved collagen synthesis',
    'preserved the membrane potential'; not 'rescued the autophagy induced by H2O2', 'restored the
    excessive / aberrant X', 'restored X-induced Y'), so that restoring it raises it?"""
    if any(t.lower_.rsplit("-", 1)[-1] in model_participles() for t in obj.subtree):
        return False  # ('induced', 'H2O2-induced', 'hypoxia-triggered': ``cues.tsv``)
    harm = cues.cue_literals("harm_adjective") + cues.cue_literals("raised_state_adjective")
    return not any(
        c.dep_ in ("acl", "relcl", "appos")
        or (c.dep_ in ("amod", "compound") and (c.lower_ in harm or rules.polarity_of(c.text)))
        for c in obj.children
    )
