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
from exoatlas.read.deep_outcome import DeepOutcome, product_change
from exoatlas.read.doctext import text_of
from exoatlas.read.given import fronted_given, withheld
from exoatlas.read.groups import other_arm, than_untreated
from exoatlas.read.scope import is_unasserted, trigger_scope
from exoatlas.vocab import cues, rules


def lifespan_frames(doc: Any, products: tuple[str, ...]) -> list[DeepOutcome]:
    """The rise in the animals' survival a parsed sentence states of the EVs (at most one)."""
    if not cues.cue_found("lifespan_anywhere", text_of(doc)):
        return []  # most sentences name no living at all: no walk over their tokens
    if cues.cue_found("earlier_study", text_of(doc)):
        return []  # ('... survived longer in our previous study': that study's result)
    verbs = cues.cue_literals("lifespan_verb")
    longer = cues.cue_literals("lifespan_longer")
    for verb in doc:
        if not verb.tag_.startswith("VB") or verb.lower_ not in verbs:
            continue
        adverbs = [c for c in verb.children if c.dep_ in ("advmod", "acomp") and c.lower_ in longer]
        if not adverbs or not all(_than_untreated(a) for a in adverbs):
            continue  # ('than mice given MSCs': against another arm, not the untreated)
        if not _than_untreated(verb):
            continue  # ('survived longer after the EVs than after MSCs')
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or not _animals(subjects[0]):
            continue  # ('the cells survived longer': the cells' survival, not the animals')
        if is_unasserted(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            continue  # ('should survive longer', 'might live longer')
        span = _given_subject(subjects[0], products)
        if span is None and not _names_a_group(subjects[0]):
            # 'after EV treatment, the mice survived longer', '... survived longer after it'
            # (not the 'than' phrase: 'mice given MSCs survived longer than mice given EVs')
            span = fronted_given(verb, products) or _after_product(verb, products)
        if span is None:
            continue
        negated, hedged = trigger_scope(verb)
        process = rules.process_entity(cues.cue_literals("lifespan_process")[0])
        return [product_change(process, "increase", verb, span, negated, hedged)]
    return []


def _given_subject(subject: Any, products: tuple[str, ...]) -> Span | None:
    """The subject's span when it names the animals given the EVs ('mice given the EVs',
    'EV-treated rats', 'patients who received the EVs'): a participle of giving
    (``cues.tsv`` 'treated_participle') and the EVs, no other arm ('mice given MSCs',
    'the Exo+inhibitor group'); None otherwise (not 'patients with more circulating
    exosomes': no giving)."""
    words = subtree_text(subject)
    given = cues.cue_literals("treated_participle")
    group = subject.lower_ in cues.cue_literals("lifespan_group")  # ('the EV group')
    if not group and not any(t.lower_ in given for t in subject.subtree):
        return None
    if agent_kind(words, products) != "product" or other_arm(words, products):
        return None
    return subtree_span(subject)


def _names_a_group(subject: Any) -> bool:
    """Does a subject name a group of its own ('mice given PBS', 'MSC-treated mice'), so what
    the sentence's adjuncts say of the EVs is not said of it?"""
    given = cues.cue_literals("treated_participle")
    return any(
        t.lower_ in given or t.dep_ in ("relcl", "acl") for t in subject.subtree if t.i != subject.i
    )


def _animals(subject: Any) -> bool:
    """Is a subject the study's animals or patients ('mice', 'the treated rats', 'patients'), or
    a group of them ('the MSC-Exo group'; ``cues.tsv`` 'lifespan_group')?"""
    own = [c for c in subject.children if c.dep_ == "nsubj"]
    if subject.lower_ in cues.cue_literals("treated_participle") and own:
        # 'Mice given the EVs lived longer' parsed with 'given' the subject, 'Mice' its own
        subject = own[0]
    return cues.is_organism(subject.lower_) or subject.lower_ in cues.cue_literals("lifespan_group")


def _after_product(verb: Any, products: tuple[str, ...]) -> Span | None:
    """The verb's own 'after' / 'following' phrase naming the EVs given ('survived longer after
    EV treatment'), or None."""
    for prep in verb.children:
        if (
            prep.dep_ == "prep"
            and prep.lower_ in ("after", "following")
            and agent_kind(subtree_text(prep), products) == "product"
            and not withheld(prep)
            and not cues.cue_found("product_removed", subtree_text(prep))
        ):
            return subtree_span(prep)
    return None


def _than_untreated(word: Any) -> bool:
    """Has 'longer' (or the verb) no 'than' phrase, or only one naming the untreated disease
    (``read.groups.than_untreated``: 'than the PBS group')?"""
    return all(than_untreated(c) for c in word.children if c.dep_ == "prep" and c.lower_ == "than")
