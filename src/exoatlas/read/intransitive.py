"""Intransitive triggers whose subject is what changed: 'Apoptosis fell once the EVs were added',
'Memory and learning improved in the groups given the EVs'. Used by ``read.deep`` when a trigger
has no object: the subject is the object when the verb's own adjuncts name the EVs as what was
given."""

from __future__ import annotations

from typing import Any

from exoatlas.read.agents import agent_kind, subtree_text
from exoatlas.read.unnamed import is_trigger
from exoatlas.vocab import cues

_INTRANSITIVE_TAGS = ("VBD", "VBZ", "VBP")


def changed_subject(verb: Any, products: tuple[str, ...]) -> Any:
    """'Apoptosis fell once the EVs were added': an intransitive trigger's
    subject is what changed, when the verb's own adjuncts name the EVs as what was given (its
    subject is neither the EVs nor their cargo). None otherwise."""
    if verb.dep_ in ("amod", "acl"):
        return None
    if verb.tag_ not in _INTRANSITIVE_TAGS and not _untagged_past(verb):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj" and verb.head.i != verb.i:
        # 'X was raised in the model group but fell after EV treatment': the first verb's subject
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or not subjects[0].tag_.startswith("NN"):
        return None
    subject = subjects[0]
    if agent_kind(subtree_text(subject), products) != "other":
        return None
    contrast = cues.cue_literals("contrast_mark")
    for child in verb.children:
        if child.dep_ not in ("advcl", "prep") or child.i < verb.i:
            continue
        marked = any(m.dep_ == "mark" and m.lower_ in contrast for m in child.children)
        if marked and not _shared_adjunct(child, products):
            continue  # '..., whereas X was seen in cells given the EVs': another clause's event
        words = [t.text for t in child.subtree]
        if cues.cue("inhibitor_agent").search(" ".join(words)):
            return None
        if agent_kind(" ".join(words), products) == "product":
            return subject
    return None


def _untagged_past(verb: Any) -> bool:
    """A past tense the tagger took for a participle ('Memory and learning improved in the
    groups given the EVs' tagged VBN): a subject of its own and no auxiliary."""
    children = [c.dep_ for c in verb.children]
    return verb.tag_ == "VBN" and "nsubj" in children and not {"aux", "auxpass"} & set(children)


def _shared_adjunct(clause: Any, products: tuple[str, ...]) -> bool:
    """'X fell, while Y rose, after EV treatment': the parser hangs the closing adjunct on the
    contrast clause, but it is said of both changes when that clause is a change of its own
    (a trigger verb whose subject is no EV) and the adjunct naming the EVs comes after its verb."""
    if not is_trigger(clause):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    said_of = subtree_text(subjects[0]) if subjects else ""
    if not said_of or agent_kind(said_of, products) != "other":
        return False
    return any(
        c.dep_ == "prep" and c.i > clause.i and agent_kind(subtree_text(c), products) == "product"
        for c in clause.children
    )
