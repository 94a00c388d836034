"""What a sentence says when the animals themselves are its verb's subject and living is the
verb: 'Mice given the EVs survived longer', 'the treated rats lived longer than the saline group',
'after EV treatment the mice survived longer'. No trigger reads it: the verb names the process
(the animals' survival) and a comparative adverb the direction ('longer': up). A verb of living
(``cues.tsv`` 'lifespan_verb', its word forms) with such an adverb ('lifespan_longer'), said of
the EVs' group or after the EVs were given, and compared, if at all, with the untreated only, is
a rise in the process 'lifespan_process' (host survival). Used by ``read.deep``."""

from __future__ import annotations

from typing import Any

from exoatlas.read.agent_kind import Span, agent_kind, subtree_span, subtree_text
from exoatlas.read.agents import agent_words
from exoatlas.read.deep_outcome import DeepOutcome
from exoatlas.read.doctext import text_of
from exoatlas.read.given import fronted_given
from exoatlas.read.groups import names_only_controls
from exoatlas.read.scope import is_unasserted, trigger_scope
from exoatlas.vocab import cues, rules


def lifespan_frames(doc: Any, products: tuple[str, ...]) -> list[DeepOutcome]:
    """The rise in the animals' survival a parsed sentence states of the EVs (at most one)."""
    if not cues.cue_found("lifespan_anywhere", text_of(doc)):
        return []  # most sentences name no living at all: no walk over their tokens
    verbs = cues.cue_literals("lifespan_verb")
    longer = cues.cue_literals("lifespan_longer")
    for verb in doc:
        if not verb.tag_.startswith("VB") or verb.lower_ not in verbs:
            continue
        adverbs = [c for c in verb.children if c.dep_ in ("advmod", "acomp") and c.lower_ in longer]
        if not adverbs or not all(_than_untreated(a) for a in adverbs):
            continue  # ('than mice given MSCs': against another arm, not the untreated)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or not _animals(subjects[0]):
            continue  # ('the cells survived longer': the cells' survival, not the animals')
        if is_unasserted(verb):
            continue
        kind, span = agent_words(verb, products)
        if kind != "product":
            # 'after EV treatment, the mice survived longer', '... survived longer after it'
            # (not the 'than' phrase: 'mice given MSCs survived longer than mice given EVs')
            given = fronted_given(verb, products) or _after_product(verb, products)
            if given is None:
                continue
            kind, span = "product", given
        negated, hedged = trigger_scope(verb)
        process = rules.process_entity(cues.cue_literals("lifespan_process")[0])
        return [
            DeepOutcome(
                process,
                "increase",
                "deep:verb",
                "product",
                negated,
                hedged,
                agent_span=span,
                trigger_at=verb.idx,
            )
        ]
    return []


def _animals(subject: Any) -> bool:
    """Is a subject the study's animals or patients ('mice', 'the treated rats', 'patients')?"""
    return cues.is_organism(subject.lower_)


def _after_product(verb: Any, products: tuple[str, ...]) -> Span | None:
    """The verb's own 'after' / 'following' phrase naming the EVs given ('survived longer after
    EV treatment'), or None."""
    for prep in verb.children:
        if (
            prep.dep_ == "prep"
            and prep.lower_ in ("after", "following")
            and agent_kind(subtree_text(prep), products) == "product"
        ):
            return subtree_span(prep)
    return None


def _than_untreated(adverb: Any) -> bool:
    """Has 'longer' no 'than' phrase, or one naming only the untreated disease ('than the PBS
    group'; ``read.groups.names_only_controls``)?"""
    for than in (c for c in adverb.children if c.dep_ == "prep" and c.lower_ == "than"):
        words = [t.i for t in than.subtree if t.i != than.i]
        if not words or not names_only_controls(than.doc[min(words) : max(words) + 1].text):
            return False
    return True
