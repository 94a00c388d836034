"""Object phrases the small parser shapes oddly, read for what they change: two triggers sharing
one head noun ('increasing anti-inflammatory and decreasing pro-inflammatory cytokine
expression'), a change noun written after its object ('skin barrier restoration'), cells named as
the object of an activation verb, a verb the tagger took for a noun, and an object naming a
lowered state ('reversed the impaired angiogenesis'). Split from ``read.objects``; used by
``read.deep``."""

from __future__ import annotations

from typing import Any

from exoatlas.model import Entity
from exoatlas.read.coordination import modifier_items
from exoatlas.read.objects import ground_object
from exoatlas.read.outcome import parse_outcomes
from exoatlas.read.phrases import (
    hyphen_before,
    is_activation,
    names_with_modifiers,
    process_words,
    span_text,
    without_triggers,
)
from exoatlas.vocab import cues, rules


def activated_cells(trigger: Any, obj: Any, tumour: bool) -> list[tuple[Entity, bool]]:
    """'activated autoreactive T cells', 'T cells were activated by the EVs': immune or stellate
    cells (``activated_cell_object``) as the object of an activation verb
    (``cell_activation_verb``) name their activation."""
    if not cues.cue("cell_activation_verb").match(trigger.lower_) or not obj.tag_.startswith("NN"):
        return []
    if trigger.dep_ == "amod" or obj.head.i != trigger.i or obj.dep_ not in ("dobj", "nsubjpass"):
        return []  # 'the proliferation of activated T cells' names no change of theirs
    if not cues.cue("activated_cell_object").search(span_text(obj)):
        return []  # 'activated fibroblasts to speed wound healing' may be the repair itself
    found = parse_outcomes(f"{span_text(obj)} activation", tumour=tumour)
    return [(found[0][0], found[0][1] == "decrease")] if found else []


def own_of_shared_head(trigger: Any, obj: Any, tumour: bool) -> list[tuple[Entity, bool]]:
    """Two triggers sharing one head noun the parser gave the first ('increasing anti-inflammatory
    and decreasing pro-inflammatory cytokine expression': 'expression' the object of
    'increasing', 'decreasing' a modifier inside it): the first trigger's own words are those
    before the coordinator, with the shared head. When the two triggers go the same way and the
    first's own words name a process alone ('leading to suppressed cardiac remodeling and
    suppressed apoptosis'), the two are a list: both processes, each lowered or raised alike. []
    when the object holds no such second trigger (then the object phrase is the trigger's own)."""
    if obj.i <= trigger.i + 1:
        return []
    doc = trigger.doc
    cc = next((t for t in doc[trigger.i + 1 : obj.i] if t.lower_ in ("and", "or")), None)
    if cc is None or cc.i == trigger.i + 1:
        return []
    second = next((t for t in doc[cc.i + 1 : obj.i] if t.tag_ not in ("RB", ",")), None)
    if second is None or not second.text[:1].isalpha() or rules.polarity_of(second.text) is None:
        return []
    own = doc[trigger.i + 1 : cc.i].text.strip(" ,")
    alone = parse_outcomes(without_triggers(own), tumour=tumour)
    if alone and rules.polarity_of(second.text) == rules.polarity_of(trigger.text):
        # ('leading to suppressed cardiac remodeling and suppressed apoptosis', both hung on the
        # last noun: a list of two objects of one change, each its own process)
        rest = parse_outcomes(
            process_words(doc[second.i + 1 : obj.i + 1].text, obj.text), tumour=tumour
        )
        both = alone[:1] + [r for r in rest[:1] if r[0].key() != alone[0][0].key()]
        return [(p, d == "decrease") for p, d in both]
    found = parse_outcomes(process_words(f"{own} {obj.text}", obj.text), tumour=tumour)
    return [(found[0][0], found[0][1] == "decrease")] if found else []


def listed_head(obj: Any, tumour: bool) -> list[tuple[Entity, bool]]:
    """The last item of a list the small parser made one noun phrase ('reduced wheezing and
    airway hyperresponsiveness': 'wheezing' a modifier of 'hyperresponsiveness'): the head with
    the words from its conjunct on ('airway hyperresponsiveness'); the first items are objects
    of their own (``coordination.modifier_items``). [] for any other object."""
    items = modifier_items(obj)
    if not items:
        return []
    last = [c for item in items for c in item.conjuncts if c.i == obj.i - 1]
    start = min(c.left_edge.i for c in last)  # ('apoptosis and cell cycle arrest': 'cell' too)
    text = obj.doc[start : obj.i + 1].text
    # ('reduced fibrosis and macrophage activation', 'reduced apoptosis and motor recovery': a
    # head that names its process with its modifiers, kept whole when the items before it name
    # something of their own; 'microglia and astrocyte activation' shares the head, read by
    # ``read.objects``)
    whole = names_with_modifiers(obj.text) and all(ground_object(item, tumour) for item in items)
    found = parse_outcomes(
        process_words(text, obj.text) if whole else without_triggers(text), tumour=tumour
    )
    if not found:
        return []
    # (whether the head names the process's loss, 'memory dysfunction', the object's own
    # reading knows: the same process read from the whole phrase)
    phrase = ground_object(obj, tumour)
    same = [f for p, f in phrase if p.key() == found[0][0].key()]
    head = (found[0][0], same[0] if same else found[0][1] == "decrease")
    if not whole:
        return [head]
    # (a head kept whole comes with the items before it, which a passive's subject ('fibrosis
    # and macrophage activation were reduced') or a longer list would otherwise lose; an
    # activation's with what the whole phrase names too ('fibrosis, apoptosis and macrophage
    # activation'), not a restoring noun's, whose whole phrase turns its first items round)
    extra = [r for item in items for r in ground_object(item, tumour)]
    if not is_activation(obj.text):
        phrase = []
    out = [head]
    for reading in (*extra, *phrase):
        if reading[0].key() not in {r[0].key() for r in out}:
            out.append(reading)
    return out


def compound_objects(noun: Any) -> list[Any]:
    """What a change noun written after its object changes: 'promoted skin barrier
    restoration', 'enhanced tumour growth inhibition' (the last noun of the compound before it,
    as 'restoration of the skin barrier' names its 'of' phrase). Only a noun that is itself the
    object of a change verb, so a compound subject or a phrase of a preposition ('from tumour
    inhibition to tumour promotion') is not taken for one, and never an agent noun ('the tumour
    suppressor miR-X' names what miR-X is, not a change)."""
    if noun.dep_ != "dobj" or cues.cue("agent_noun").search(noun.lower_):
        return []
    if rules.polarity_of(noun.head.text) is None:
        return []  # a change verb's object ('promoted'), whose direction composes with it
    compounds = [c for c in noun.lefts if c.dep_ == "compound" and c.tag_ in ("NN", "NNS")]
    return compounds[-1:]


def modifier_of_shared_head(trigger: Any, obj: Any, tumour: bool) -> list[tuple[Entity, bool]]:
    """Two triggers sharing one head noun the parser gave the second ('raised M2 and lowered
    M1 polarization of microglia': 'M2' the bare object of 'raised', the head 'polarization'
    the second trigger's object): the first trigger's object is its bare modifier put in
    place of the second object's own ('M2 polarization of microglia'). []
    when the object has words of its own or the next words are not a coordinated trigger with
    a modified object."""
    if any(c.dep_ != "det" for c in obj.children) or not obj.text[:1].isalnum():
        return []
    doc = obj.doc
    cc = doc[obj.i + 1] if obj.i + 1 < len(doc) else None
    if cc is None or cc.lower_ not in ("and", "but", "or", "while", "whereas"):
        return []
    second = next(
        (
            t
            for t in doc[cc.i + 1 : cc.i + 4]
            if t.dep_ == "conj" and t.head.i == trigger.i and rules.polarity_of(t.text)
        ),
        None,
    )
    if second is None:
        return []
    for other in (c for c in second.children if c.dep_ == "dobj" and c.i > second.i):
        words = [t for t in other.subtree if t.dep_ != "det"]
        if len(words) < 2 or words[0].head.i != other.i:
            continue
        if words[0].dep_ not in ("compound", "amod", "nmod"):
            continue
        text = " ".join([obj.text, *(t.text for t in words[1:])])
        found = parse_outcomes(process_words(text, other.text), tumour=tumour)
        if found:
            return [(found[0][0], found[0][1] == "decrease")]
    return []


# tags of the words between a verb read as a noun and the last noun of its object
_INSIDE_NOUN_PHRASE = ("JJ", "VBN", "HYPH", "POS", "DT", "NNP", "CD", "RB")


def verb_read_as_noun(token: Any) -> Any | None:
    """The object of a trigger the small tagger took for a noun in a sentence left without a
    finite verb ('Microvesicles from MSCs and X alleviate Y disease', 'alleviate' a noun
    conjunct of the subject): a word that is only ever a verb (``cues.tsv`` 'verb_only_form')
    with a noun phrase right after it; its object is that phrase's last noun. None otherwise."""
    if not token.tag_.startswith("NN") or not cues.cue("verb_only_form").match(token.lower_):
        return None
    sentence = token.sent
    # (a finite tag on a modifier is the tagger's slip too: 'mitigates acute kidney injury'
    # with 'acute' tagged as a verb)
    if token.i == sentence.start or any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.dep_ != "amod"
        for t in sentence
        if t.i != token.i
    ):
        return None
    last = None
    for t in token.doc[token.i + 1 : sentence.end]:
        if t.tag_.startswith("NN"):
            last = t
        elif t.dep_ != "amod" and t.tag_ not in _INSIDE_NOUN_PHRASE:
            break
    return last


def lowered_state(token: Any, trigger: Any) -> bool:
    """Does the object name a lowered state by a participle before it ('reversed the impaired
    angiogenesis', 'attenuated the decreased expression of Bcl-2', 'prevented the reduced
    viability'), or by a passive relative clause after it ('restored autophagy, which had been
    suppressed by high glucose')? A verb that lowers it then raises what it names. Not the
    trigger itself, parsed as the object's modifier ('the EVs significantly alleviated liver
    dysfunction')."""
    return any(
        c.dep_ == "amod"
        and c.i < token.i
        and c.i != trigger.i
        # (a past-tense verb the parser hung on the noun is the clause's verb, no state: in
        # 'exosomes, restoring A or inhibiting LEP reduced SBP' the parse makes 'reduced' (VBD)
        # a modifier of SBP, the object of 'inhibiting')
        and c.tag_ != "VBD"
        # (nor a participle with an object of its own: 'leading to suppressed X and suppressed
        # Y' parsed with both on Y; the first lowers X, not a state of Y)
        and not any(g.dep_ in ("nsubj", "advmod", "nsubjpass", "dobj") for g in c.children)
        and c.text.isalpha()
        and rules.polarity_of(c.text) == "decrease"
        # (nor an '-ing' form ending a hyphened word that acts on the word before it, not on
        # the noun: 'reduced the dose-limiting cardiotoxicity' lowered the toxicity; not
        # 'age-declining angiogenesis', ``cues.tsv`` 'prefix_object_participle')
        and not (
            hyphen_before(c) and cues.cue("prefix_object_participle").match(c.lower_) is not None
        )
        for c in token.children
    ) or any(
        c.dep_ == "relcl"
        and c.i > token.i
        # (nor the trigger itself: in 'the model group showed more X, which was reduced in the EV
        # group' the clause is the EVs' change, not a state it acts on)
        and c.i != trigger.i
        and c.tag_ == "VBN"
        and any(g.dep_ == "auxpass" for g in c.children)
        and not any(g.dep_ == "neg" for g in c.children)
        and rules.polarity_of(c.text) == "decrease"
        # ('... the SOD level, which an inhibitor then reversed': what undoes the change)
        and not cues.cue("reversal_verb").match(c.lower_)
        # a state before ('which had been suppressed by high glucose', 'which was reduced in
        # the model group'), not what a later agent did ('which was attenuated by 3-MA')
        and (
            any(g.lower_ == "had" for g in c.children)
            or not any(g.dep_ == "agent" for g in c.children)
        )
        for c in token.children
    )


def pronoun_antecedent(trigger: Any, obj: Any) -> Any | None:
    """'it' as the trigger's object where the sentence sets two clauses against each other: the
    main clause before the trigger's clause of contrast ('X was raised at day 3, whereas the
    EVs lowered it', ``cues.tsv`` 'contrast_mark'), or a clause of contrast or concession put
    before the trigger's ('Although ischaemia caused X, the EVs prevented it',
    'conceded_claim_word'). 'it' stands for what that clause changed: its object, or else its
    subject ('X developed in untreated rats, while the EVs prevented it'). That noun, or None
    (not a clause after the pronoun: 'Although the EVs lowered it, X was unchanged' points to
    an earlier sentence)."""
    if obj.lower_ != "it" or obj.dep_ != "dobj":
        return None
    contrast = cues.cue_literals("contrast_mark")
    marks = (*contrast, *cues.cue_literals("conceded_claim_word"))
    if trigger.dep_ == "advcl" and trigger.head.i < trigger.i:
        if not any(c.lower_ in contrast for c in trigger.children):
            return None
        other = trigger.head
    else:
        other = next(
            (
                c
                for c in trigger.children
                if c.dep_ == "advcl"
                and c.i < trigger.i
                and any(g.lower_ in marks for g in c.children)
            ),
            None,
        )
    if other is None:
        return None
    for dep in ("dobj", "nsubjpass", "nsubj"):
        nouns = [c for c in other.children if c.dep_ == dep]
        if nouns:
            return nouns[0] if len(nouns) == 1 and nouns[0].tag_.startswith("NN") else None
    return None
