"""What an intransitive change is said of: 'Apoptosis fell after EV treatment', 'Following EV
treatment, X fell', 'A fell and B rose after the EVs were given' (a trigger verb with no object,
whose subject is what changed and whose adjuncts name the EVs as what was given). Used by
``read.deep``."""

from __future__ import annotations

from typing import Any

from exoatlas.read.agent_kind import agent_kind, subtree_text
from exoatlas.read.cargo import symbol_like
from exoatlas.read.given import (
    comparison_phrase,
    fronted_given,
    phrase_words,
    subject_groups,
    withheld,
)
from exoatlas.read.groups import other_arm
from exoatlas.read.unnamed import is_trigger
from exoatlas.vocab import cues, rules

_INTRANSITIVE_TAGS = ("VBD", "VBZ", "VBP")


def stimulus_subject(verb: Any) -> list[Any]:
    """The subject of an intransitive trigger said of a stimulus's doing ('serum creatinine
    rose after ischaemia'): what changed, whatever the adjuncts name; [] for no such verb."""
    if verb.dep_ in ("amod", "acl") or not (
        verb.tag_ in _INTRANSITIVE_TAGS or _finite_past_as_participle(verb)
    ):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects if len(subjects) == 1 and subjects[0].tag_.startswith("NN") else []


def changed_subject(verb: Any, products: tuple[str, ...]) -> Any:
    """'Apoptosis fell once the EVs were added': an intransitive trigger's
    subject is what changed, when the verb's own adjuncts name the EVs as what was given (its
    subject is neither the EVs nor their cargo). None otherwise."""
    if verb.dep_ in ("amod", "acl") or not (
        verb.tag_ in _INTRANSITIVE_TAGS or _finite_past_as_participle(verb)
    ):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj" and verb.head.i != verb.i:
        # 'X was raised in the model group but fell after EV treatment': the first verb's subject
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if (
        len(subjects) == 1
        and subjects[0].lower_ in cues.cue_literals("clause_pronoun")
        and verb.dep_ == "advcl"
        and comparison_phrase(verb.head, products) is not None
    ):
        # 'X rose in the model group, while it fell in the EV group': the pronoun stands for
        # the subject of the clause it is set against, a change said of a comparison group
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or not subjects[0].tag_.startswith("NN"):
        return None
    subject = subjects[0]
    if any(agent_kind(phrase_words(p), products) == "product" for p in subject_groups(verb)):
        return subject  # 'the rate of X in the EV group fell'
    if agent_kind(subtree_text(subject), products) != "other":
        return None
    if fronted_given(verb, products) is not None:
        return subject  # 'Following EV treatment, X fell'
    contrast = cues.cue_literals("contrast_mark")
    # 'A fell and B rose after EV treatment': the closing adjunct, hung on the last of the
    # coordinated changes (each with a subject of its own), is said of them all
    holders = [verb] + [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.i > verb.i
        and is_trigger(c)
        and any(s.dep_ == "nsubj" for s in c.children)
    ]
    for child in (c for h in holders for c in h.children if c.i > h.i):
        if child.dep_ not in ("advcl", "prep"):
            continue
        if withheld(child) and not _before_and_after(child):
            return None  # 'Apoptosis rose without the EVs': the state without them
        marked = any(m.dep_ == "mark" and m.lower_ in contrast for m in child.children)
        if marked and not _shared_adjunct(child, products):
            continue  # '..., whereas X was seen in cells given the EVs': another clause's event
        words = [t.text for t in child.subtree]
        if cues.cue("inhibitor_agent").search(" ".join(words)):
            return None
        phrases = _prepositional_phrases(child)
        if _names_product(phrases, products) and not any(other_arm(p, products) for p in phrases):
            return subject  # (not 'in the Exo+inhibitor group', 'in the MSC group')
    return None


def bare_subject(verb: Any, products: tuple[str, ...]) -> Any:
    """'Fibrosis decreased.', 'Cardiac function improved at 4 weeks.': an intransitive trigger
    whose one subject (no EV, cargo or reference) is what changed and whose adjuncts say only
    where, when or how much (``cues.tsv`` 'bare_change_adjunct'), not after or with what
    ('apoptosis rose after ischaemia'): a change with no agent at all, which ``read.agentless``
    credits to the EVs only where the section has given them. None otherwise."""
    contrasted = verb.dep_ == "advcl" and _contrast_of_another(verb)
    if (verb.dep_ not in ("ROOT", "conj") and not contrasted) or not (
        verb.tag_ in _INTRANSITIVE_TAGS or _finite_past_as_participle(verb)
    ):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
    if len(subjects) != 1 or subjects[0].dep_ != "nsubj" or not _noun_like(subjects[0]):
        return None
    if agent_kind(subtree_text(subjects[0]), products) != "other":
        return None
    neutral = cues.cue("bare_change_adjunct")
    for child in verb.children:
        before = child.i < verb.i and child.dep_ not in ("nsubj", "advmod", "aux", "punct", "cc")
        if before and not (contrasted and child.dep_ == "mark"):  # (its clause's 'whereas')
            return None
        if child.dep_ == "advcl" and _contrast_of_another(child):
            continue  # ('IL-17 fell, whereas IL-10 rose': another readout's own change)
        if child.dep_ in ("advcl", "dobj", "attr", "acomp", "xcomp", "ccomp", "agent", "dative"):
            return None
        if child.dep_ == "prep" and not (neutral.match(subtree_text(child)) and _lower(child)):
            return None
        if child.dep_ == "advmod" and child.lower_ in cues.cue_literals("course_adverb"):
            return None  # 'ALT levels then declined': the model's own course
    if any(
        rules.polarity_of(c.text) not in (None, rules.polarity_of(verb.text))
        and not _own_subject(c, verb)
        for c in verb.conjuncts
    ):
        # 'X rose in the model and fell in the EV arm': the groups set against (not two
        # readouts each with its subject: 'rotations fell and the number of neurons rose')
        return None
    return subjects[0]


def _own_subject(other: Any, verb: Any) -> bool:
    """Have two coordinated verbs noun subjects of their own, none the same?"""
    subjects = [[c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")] for v in (other, verb)]
    return all(found and all(_noun_like(c) for c in found) for found in subjects) and {
        c.lower_ for c in subjects[0]
    }.isdisjoint({c.lower_ for c in subjects[1]})


def _noun_like(token: Any) -> bool:
    """A noun, or a molecule's symbol the tagger took for a number ('IL-10')."""
    return bool(token.tag_.startswith("NN") or (token.tag_ == "CD" and symbol_like(token.text)))


def _contrast_of_another(clause: Any) -> bool:
    """'IL-17 levels fell, whereas IL-10 levels rose': a 'whereas' / 'while' clause whose own
    noun subject (not 'it', not one the clause before names) changes with no adjunct, so the two
    clauses are two readouts of one arm, not one readout in two groups ('X rose in the model
    group, whereas it fell in the EV group')."""
    head = clause.head
    contrast = cues.cue_literals("contrast_mark")
    if not any(m.dep_ == "mark" and m.lower_ in contrast for m in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    before = [c for c in head.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not _noun_like(subjects[0]) or len(before) != 1:
        return False
    if subjects[0].lower_ == before[0].lower_ and subtree_text(subjects[0]) == subtree_text(
        before[0]
    ):
        return False
    # (not the treated group or the EVs: 'X worsened, whereas EV-treated mice improved' sets
    # the model's course against the group's)
    if any(
        agent_kind(subtree_text(s), ()) != "other"
        or s.lower_ in cues.cue_literals("comparison_group_noun")
        or s.lower_ in cues.cue_literals("contrast_group_subject")
        for s in (*subjects, *before)
    ):
        return False
    return not any(
        c.dep_ in ("prep", "advcl", "dobj") and c.i != clause.i
        for v in (clause, head)
        for c in v.children
    )


def _lower(prep: Any) -> bool:
    """Is an adjunct's phrase written in lower case ('in the liver', not 'in RVD', 'in DKD
    mice': a symbol there most often names a model or a group)?"""
    return all(t.text[1:] == t.text[1:].lower() for t in prep.subtree if t.i > prep.i)


def _names_product(phrases: list[str], products: tuple[str, ...]) -> bool:
    """Do an adjunct's phrases name the EVs given: its one phrase, or of coordinated ones
    ('before and after treatment') one that does, the others bare ('before') or comparing the
    arms ('between the controls and the treated groups'), none another arm ('in the sham
    group and between ...')."""
    if len(phrases) == 1:
        return agent_kind(phrases[0], products) == "product"
    kinds = [
        agent_kind(p, products)
        for p in phrases
        if " " in p and not p.casefold().startswith("between ")
    ]
    return "product" in kinds and all(k == "product" for k in kinds)


def _before_and_after(child: Any) -> bool:
    """'fell before and after treatment': a change from before to after the EVs were given."""
    return child.lower_ == "before" and any(
        c.dep_ == "conj" and c.lower_ in ("after", "following") for c in child.children
    )


def _prepositional_phrases(child: Any) -> list[str]:
    """An adjunct's text, or each of its coordinated prepositions' phrases apart ('before and
    after treatment and between the controls and the treated groups': 'after treatment' names
    the EVs given, whatever the comparison of arms beside it names)."""
    preps = [child, *(c for c in child.conjuncts if c.tag_ == "IN")]
    if child.dep_ != "prep":
        return [" ".join(t.text for t in child.subtree)]
    if len(preps) == 1:
        # (less a relative clause of change on its object: 'X rose in the I/R group, which was
        # reduced in the I/R+Exo group' says X rose in the I/R group; not 'in the group that
        # received the EVs')
        changes = {
            t.i
            for g in child.children
            for r in g.children
            if r.dep_ == "relcl" and rules.polarity_of(r.text) is not None
            for t in r.subtree
        }
        return [" ".join(t.text for t in child.subtree if t.i not in changes)]
    return [
        " ".join([p.text, *(t.text for c in p.children if c.dep_ == "pobj" for t in c.subtree)])
        for p in preps
    ]


def _finite_past_as_participle(verb: Any) -> bool:
    """'B improved after EV treatment' coordinated after another change: the tagger may take the
    finite past for a participle; with a subject of its own and no auxiliary it is finite."""
    children = list(verb.children)
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "nsubj" for c in children)
        and not any(c.dep_ in ("aux", "auxpass") for c in children)
    )


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
