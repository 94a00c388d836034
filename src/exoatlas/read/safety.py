"""What a sentence says of the EVs' safety: 'Implantation of the EVs showed no adverse effects',
'MSC-EVs caused no toxicity', 'the EVs were given without side effects', 'no adverse events
were observed' (no agent: the treatment's). The object names the
harm denied, and the verb ('showed', 'had') is often no trigger, so no trigger reads it: a harm
noun (``cues.tsv`` 'safety_noun', with a 'safety_adjective' when it needs one: 'adverse effects',
'side effects') under 'no' or 'without', or under a negated verb, whose verb's agent is the EVs,
is a denied rise of adverse events (``safety_process``), which the reader states as no change
(``consolidate.state_no_change``): a neutral finding of the EVs, counted for relevance (a safety
trial is about MSC-EVs) and for no role. Used by ``read.deep``."""

from __future__ import annotations

from typing import Any

from exoatlas.read.agent_kind import agent_kind, subtree_text
from exoatlas.read.agents import agent_words
from exoatlas.read.deep_outcome import DeepOutcome, product_change
from exoatlas.read.doctext import text_of
from exoatlas.read.scope import is_unasserted, trigger_scope
from exoatlas.vocab import cues, rules


def safety_frames(doc: Any, products: tuple[str, ...]) -> list[DeepOutcome]:
    """The denied harms a parsed sentence states of the EVs (at most one: adverse events)."""
    if not cues.cue_found("safety_anywhere", text_of(doc)):
        return []  # most sentences name no harm that could be denied: no walk over their tokens
    for noun in doc:
        if not _harm_noun(noun):
            continue
        verb, denied = _denial(noun)
        if verb is None or not denied or is_unasserted(verb):
            continue
        kind, span = agent_words(verb, products)
        given = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if (
            kind != "product"
            and given
            and agent_kind(subtree_text(given[0]), products) == "product"
        ):
            # 'the EVs were administered without side effects': what was given
            end = given[0].right_edge
            kind, span = "product", (given[0].left_edge.idx, end.idx + len(end.text))
        itself = span[0] <= noun.idx < span[1]  # 'no side effects occurred': its own subject
        if (
            (kind == "none" or itself)
            and cues.cue("safety_observed_verb").match(verb.lower_)
            and not _names_whose(noun, verb, products)
        ):
            # 'No serious adverse events were observed', 'no side effects occurred': the
            # treatment's, in a text read as about its EVs (another arm's is named: 'other')
            kind, span = "product", (0, 0)
        if kind != "product":
            continue
        hedged = trigger_scope(verb)[1]
        process = rules.process_entity(cues.cue_literals("safety_process")[0])
        return [product_change(process, "increase", verb, span, True, hedged)]
    return []


def _names_whose(noun: Any, verb: Any, products: tuple[str, ...]) -> bool:
    """Does an agentless denial say whose or when, other than the EVs' treatment ('with
    dexamethasone', 'in the placebo group', 'of LPS', 'during the screening period')? Only a
    time of the treatment ('during follow-up') or the EVs themselves leave it theirs."""
    for holder in (noun, verb):
        for prep in holder.children:
            if prep.dep_ not in ("prep", "agent"):
                continue
            words = subtree_text(prep)
            if agent_kind(words, products) == "product":
                continue
            if prep.lower_ in ("during", "throughout", "over") and cues.cue_found(
                "treatment_period", words
            ):
                continue
            if prep.lower_ == "in" and _treated_recipients(prep):
                continue  # 'occurred in the patients', 'in any of the animals': the treated
            return True
    return False


def _treated_recipients(prep: Any) -> bool:
    """Is an 'in' phrase the study's recipients, plainly ('in the patients', 'in any of the
    mice'): no group, arm or other treatment named (``cues.is_organism``)?"""
    heads = [t for t in prep.subtree if t.dep_ == "pobj"]
    return (
        bool(heads)
        and all(cues.is_organism(t.lower_) or t.lower_ in ("any", "all", "none") for t in heads)
        and not any(
            t.dep_ in ("amod", "compound", "acl", "relcl") for h in heads for t in h.children
        )
        # (nor an arm the rest of the sentence names: 'in the patients randomized to saline',
        # the participle hung on the verb)
        and not cues.cue_found("comparison_group", prep.doc[prep.i :].text)
    )


def _harm_noun(noun: Any) -> bool:
    """'adverse effects', 'side effects', 'serious adverse events', 'toxicity'."""
    if noun.lower_ not in cues.cue_literals("safety_noun"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in noun.children):
        return False  # 'had no adverse effect on fracture healing': that process unchanged
    adjectives = cues.cue_literals("safety_adjective")
    if noun.lower_ in cues.cue_literals("safety_noun_alone"):
        if noun.lower_ not in cues.cue_literals("safety_noun_plain_only"):
            return True  # 'toxicity', whatever organ it names
        # ('no systemic complications', not 'no septic complications': the disease's own)
        plain = (*adjectives, *cues.cue_literals("safety_plain_modifier"))
        return not any(
            c.dep_ in ("amod", "compound") and c.lower_ not in plain for c in noun.children
        )
    return any(c.dep_ in ("amod", "compound") and c.lower_ in adjectives for c in noun.children)


def _denial(noun: Any) -> tuple[Any, bool]:
    """The verb a harm noun hangs on, and whether the harm is denied: 'no' before it, 'without'
    it ('given without side effects'), or a negated verb ('did not cause toxicity')."""
    no = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    if noun.dep_ in ("dobj", "attr", "nsubjpass", "nsubj") and noun.head.tag_.startswith("VB"):
        return noun.head, no or trigger_scope(noun.head)[0]
    held = noun.head
    if noun.dep_ == "pobj" and held.lower_ == "without" and held.head.tag_.startswith("VB"):
        return held.head, True
    if noun.dep_ == "conj":  # 'caused no weight loss and no toxicity'
        verb, denied = _denial(noun.head)
        return verb, no or denied
    return None, False
