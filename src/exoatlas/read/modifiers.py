"""The cause a participle names of its own when it modifies a noun ('LPS-induced apoptosis',
'damage induced by X', 'exosome-mediated repair'), split from ``read.agents``. Used by
``read.deep``."""

from __future__ import annotations

from typing import Any

from exoatlas.read.agent_kind import Span, agent_kind, span_of
from exoatlas.read.phrases import hyphen_before
from exoatlas.vocab import cues


def modifier_agent_words(trigger: Any, products: tuple[str, ...]) -> tuple[str, Span] | None:
    """A participle that modifies a noun names its own cause: 'X-induced apoptosis', 'damage
    induced by X', 'exosome-mediated repair': its kind and where it is named ('dose-limiting':
    what an '-ing' form acts on, another's doing). None when the
    trigger is not such a modifier or names no cause of its own (then the clause's subject is
    the agent)."""
    doc = trigger.doc
    hyphenated = trigger.i >= 2 and hyphen_before(trigger)
    if not hyphenated and (
        trigger.dep_ not in ("amod", "acl") or not trigger.tag_.startswith("VB")
    ):
        return None
    for child in trigger.children:
        if child.dep_ == "agent":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            words = [t.text for g in objects for t in g.subtree]
            if words:
                span = span_of(objects[0].left_edge, objects[-1].right_edge)
                return agent_kind(" ".join(words), products), span
    for child in trigger.children:
        if child.dep_ == "advmod" and cues.cue("model_method_adverb").match(child.lower_):
            # 'rats with surgically induced osteoarthritis': how the model was made, not the
            # clause subject's doing
            return "other", span_of(child, child)
    if hyphenated:
        # the hyphenated word the participle ends: 'I/R-induced', 'ADSC-exosome-induced'
        start = trigger.i - 1
        while start > 0 and not doc[start - 1].whitespace_:
            start -= 1
        prefix = doc[start : trigger.i - 1]
        if not prefix.text:
            return None
        if trigger.lower_.endswith("ing"):
            # 'dose-limiting toxicity', 'tumour-promoting cells': the word before an
            # '-ing' form is what it acts on, never its agent
            return "other", span_of(prefix[0], prefix[-1])
        return agent_kind(prefix.text, products), span_of(prefix[0], prefix[-1])
    return None
