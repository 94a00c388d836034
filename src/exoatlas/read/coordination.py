"""Which trigger governs which noun in a coordination: the small parser hangs a second verb on
the next noun ('restored viability and reduced apoptosis': 'reduced' a modifier of 'apoptosis'),
makes a later verb a conjunct of the objects, or hangs a participle that describes an object's
state on it ('rescued the impaired angiogenic ability'); and the modifiers that say a noun's own
state or change, so that no trigger governing it adds one. Used by ``read.deep``."""

from __future__ import annotations

from typing import Any

from exoatlas.read.objects import ground_object
from exoatlas.read.phrases import comparative_direction
from exoatlas.read.unnamed import is_trigger
from exoatlas.vocab import cues, rules

# the dependencies of a trigger's object ('reduced X', 'X was reduced', 'X was', 'made X')
OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd")


def nearer_trigger(token: Any) -> bool:
    """Has the noun a modifier trigger holds another trigger, listed after it, between the two
    ('EVs reduced A, increased B' misparsed with both verbs modifying B)? The nearer is the
    noun's own; not a stimulus's participle ('mitigated MI-induced damage')."""
    doc = token.doc
    return any(
        c.dep_ == "amod"
        and token.i < c.i < token.head.i
        and rules.polarity_of(c.text) is not None
        and any(t.text in (",", ";", "and") for t in doc[token.i + 1 : c.i])
        for c in token.head.children
        if c.text[:1].isalpha()
    )


COORDINATORS = frozenset({"and", "or", "but", ",", "then", "while", "whereas"})


def verb_like_modifier(token: Any) -> bool:
    """A trigger the parser hung on the next noun that is really the verb of a coordinated
    clause: 'restored viability and reduced apoptosis', 'but markedly increased viability'
    ('reduced', 'increased' as modifiers of the nouns)."""
    if token.dep_ not in ("amod", "compound", "nmod") or not is_trigger(token):
        return False
    before = token.i - 1
    while before > 0 and token.doc[before].tag_ == "RB":
        before -= 1  # its adverbs ('but markedly increased')
    return before >= 0 and token.doc[before].lower_ in COORDINATORS


def after_own_trigger(obj: Any, conjunct: Any) -> bool:
    """Is a conjunct of the trigger's object governed by a later coordinated trigger: its own
    ('... and reduced B') or one of a conjunct before it ('increased A and reduced B and C':
    C is reduced, not increased), or a trigger verb the parser made a conjunct of the objects
    ('promote the growth, migration, and invasion and inhibit apoptosis')?"""
    if conjunct.i < obj.i:
        return coordinated_trigger(conjunct)
    return any(
        coordinated_trigger(c) or (c.tag_.startswith("VB") and is_trigger(c))
        for c in obj.conjuncts
        if obj.i < c.i <= conjunct.i
    )  # (the later trigger itself a conjunct: 'promote A, B, and C and inhibit D' misparsed)


def coordinated_trigger(noun: Any) -> bool:
    """Does a conjunct noun have its own trigger ('... and reduced apoptosis') or comparative
    ('showed lower infiltration and higher survival')? Then that word, not the first trigger,
    gives its direction."""
    return any(
        verb_like_modifier(c) or (c.dep_ == "amod" and comparative_direction(c) is not None)
        for c in noun.lefts
    )


def describes_object(token: Any) -> bool:
    """A participle describing the object of another trigger says what state the object was
    in, not what changed: 'rescued the impaired angiogenic ability', 'reduced the elevated
    apoptosis'."""
    if token.dep_ != "amod" or verb_like_modifier(token) or not token.head.tag_.startswith("NN"):
        return False
    noun = token.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if any(c.dep_ == "relcl" and is_trigger(c) for c in token.head.children):
        return True  # 'increased apoptosis, which the EVs attenuated': the state they acted on
    if noun.dep_ == "pobj" and noun.head.lower_ in ("against", "from", "of"):
        noun = noun.head
    governor = noun.head
    return noun.dep_ in (*OBJECT_DEPS, "prep") and governor.i != noun.i and is_trigger(governor)


def weakly_said(token: Any) -> bool:
    """A noun of protection or rescue whose size a degree word calls small ('showed limited
    protection against X'), or that degree word itself: the text weighs the protection as
    slight (often an arm that lost the effect), so neither reads as a change ('limited' is no
    lowering of the protection; ``cues.tsv`` 'slight_degree'). A slight reduction or increase
    is still one."""
    degree = cues.cue("slight_degree")
    if token.dep_ == "amod" and degree.match(token.lower_):
        return token.head.tag_.startswith("NN") and rules.polarity_of(token.head.text) == "restore"
    return (
        token.tag_.startswith("NN")
        and rules.polarity_of(token.text) == "restore"
        and any(c.dep_ == "amod" and degree.match(c.lower_) for c in token.children)
    )


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
