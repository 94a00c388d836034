"""What a trigger's object says of itself, so that the trigger adds no change of its own or
adds a rise: a modifier naming the state of a model's animals ('rats with reduced ejection
fraction'), a change or comparative before the noun ('contributed to reduced proliferation'), a
protection called small ('limited protection'), the process 'lead to' / 'result in' bring
about, and the rise a relative pronoun stands for ('induced by OGD, which the EVs suppressed').
Used by ``read.deep``."""

from __future__ import annotations

from typing import Any

from exoatlas.read.objects import ground_object
from exoatlas.read.phrases import comparative_direction
from exoatlas.vocab import cues, rules


def weakly_said(token: Any) -> bool:
    """A noun of protection or rescue whose size a degree word calls small ('showed limited
    protection against X'), or that degree word itself: the text weighs the protection as
    slight (often an arm that lost the effect), so neither reads as a change ('limited' is no
    lowering of the protection; ``cues.tsv`` 'slight_degree'). A slight reduction or increase
    is still one."""
    if token.dep_ == "amod" and cues.cue("slight_degree").match(token.lower_):
        return token.head.tag_.startswith("NN") and rules.polarity_of(token.head.text) == "restore"
    return (
        token.tag_.startswith("NN")
        and rules.polarity_of(token.text) == "restore"
        and called_small(token)
    )


def called_small(noun: Any) -> bool:
    """Has a noun a degree word that calls it small ('limited protection', 'minimal effect';
    ``cues.tsv`` 'slight_degree')?"""
    degree = cues.cue("slight_degree")
    return any(c.dep_ == "amod" and degree.match(c.lower_) for c in noun.children)


def bearers_state(token: Any) -> bool:
    """A modifier naming the state of the animals, patients or cells a 'with' phrase describes
    ('EVs were injected into mice with impaired kidney function', 'rats with reduced ejection
    fraction'): how the model was, not a change the EVs made (``cues.tsv`` 'bearer_noun')."""
    if token.dep_ != "amod":
        return False
    noun = phrase_head(token)
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return False
    return cues.cue("bearer_noun").match(noun.head.head.lower_) is not None


def changed_by_own(noun: Any) -> bool:
    """Does the noun's phrase say its own change before it ('contributed to reduced
    proliferation': the change is the modifier's, read from it; '... to the negatively
    regulating effects': ``cues.tsv`` 'own_change_word'; 'led to smaller tumours': a comparative)?
    Then 'contribute', 'lead to' or 'result in' adds no rise."""
    return any(
        rules.polarity_of(t.text) is not None
        or cues.cue("own_change_word").match(t.lower_)
        or comparative_direction(t) is not None  # 'led to less degeneration', 'smaller tumours'
        for t in noun.doc[noun.left_edge.i : noun.i]
        if t.text[:1].isalpha()
    )


def phrase_head(token: Any) -> Any:
    """The noun a modifier ends in: 'stimulated cardiomyocyte cell proliferation'."""
    head = token.head
    while head.dep_ in ("amod", "compound", "nummod", "nmod") and head.head.i > head.i:
        head = head.head
    return head


def outcome_objects(verb: Any, tumour: bool) -> list[Any]:
    """What 'lead to' or 'result in' brings about (``cues.tsv`` 'outcome_object_verb'): the
    'to' / 'in' phrase's noun, when it is a process the vocabulary calls beneficial ('led to
    axonal regeneration', 'resulted in bone formation') and the phrase neither says its own
    change ('led to reduced X', 'to less X', 'to a reduction in X') nor states a value ('in
    creatinine comparable to sham', 'in an infarct size of 12%'). A harm is never read so: 'led
    to X' after a stimulus's sentence, a control arm's or a mechanism's clause would be read as
    the EVs raising it."""
    if not verb.tag_.startswith("VB") or verb.lower_ not in cues.cue_literals(
        "outcome_object_verb"
    ):
        return []
    preposition = "to" if verb.lower_.startswith("le") else "in"
    value = cues.cue("outcome_value_word")
    out = []
    for phrase in verb.children:
        if phrase.dep_ != "prep" or phrase.lower_ != preposition:
            continue
        for noun in phrase.children:
            if noun.dep_ != "pobj" or changed_by_own(noun) or rules.polarity_of(noun.text):
                continue
            if any(value.match(t.lower_) or t.like_num for t in noun.subtree):
                continue
            grounded = ground_object(noun, tumour)[:1]
            if any(
                not flipped
                and (found := rules.valence(process)) is not None
                and found.valence == "beneficial"
                for process, flipped in grounded
            ):
                out.append(noun)
    return out


def induced_by(cause: Any) -> list[Any]:
    """'Apoptosis was induced by OGD, which the EVs suppressed': a relative pronoun standing for
    what raised a passive subject (the 'by' phrase of a verb that raises) stands for the rise:
    the subject is what the EVs changed. Empty for anything else."""
    by = cause.head
    verb = by.head
    if by.dep_ != "agent" or cause.dep_ != "pobj" or verb.i == by.i:
        return []
    if rules.polarity_of(verb.text) != "increase":
        return []
    return [c for c in verb.children if c.dep_ == "nsubjpass"]


def counted_state(token: Any) -> bool:
    """A participle naming the state of the cells a count or share is 'of' ('reduced the
    fraction of activated CD4+ T cells'): it says which cells were counted, not a change of its
    own (the count's trigger reads the state, ``cues.tsv`` 'state_participle')."""
    noun = token.head
    return (
        token.dep_ == "amod"
        and token.tag_ == "VBN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and rules.effect_head(noun.head.head.text) == "measure"
    )
