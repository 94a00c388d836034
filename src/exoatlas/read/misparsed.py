"""Objects the small parser put in the wrong clause, put back: a trigger's object made the
subject of the next clause ('alleviated the damage, inhibited X'), and a passive's subject made
the object of the verb before it ('boosted migration, and staining was diminished'). Used by
``read.deep``."""

from __future__ import annotations

from typing import Any

from exoatlas.ground import ground_mention
from exoatlas.read.agents import misparsed_object
from exoatlas.vocab import cues, rules


def subject_of_next_passive(obj: Any) -> bool:
    """Is an object, after its verb, followed by 'was'/'were' and a participle that is the head
    of its own clause: the subject of a passive the parser gave the verb before it?"""
    doc = obj.doc
    if obj.dep_ != "dobj" or obj.head.i > obj.i or obj.i + 2 >= len(doc):
        return False
    aux, verb = doc[obj.i + 1], doc[obj.i + 2]
    return (
        aux.lower_ in ("was", "were")
        and aux.head.i == verb.i
        and verb.tag_ == "VBN"
        and verb.i != obj.head.i
        and not any(c.dep_ == "nsubjpass" for c in verb.children)
    )


def stranded_passive_subject(verb: Any) -> list[Any]:
    """The subject a passive participle lost to the verb before it (``subject_of_next_passive``),
    or to a fronted phrase: 'After treatment with the EVs, proliferation was promoted' parsed
    with 'proliferation' an object of 'with' (and the EVs its modifier), right after the comma
    that closes the phrase."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].lower_ not in ("was", "were"):
        return _appositive_subject(verb)
    noun = doc[verb.i - 2]
    if subject_of_next_passive(noun):
        return [noun]
    fronted = (
        noun.dep_ == "pobj"
        and noun.tag_.startswith("NN")
        and doc[noun.i - 1].text == ","
        and noun.head.i < noun.i
        and not any(c.dep_ == "nsubjpass" for c in verb.children)
    )
    return [noun] if fronted else _appositive_subject(verb)


def _appositive_subject(verb: Any) -> list[Any]:
    """'In the EV group, the expression of X and Y was significantly downregulated' parsed with
    the subject an apposition to the fronted phrase's noun: that apposition, whose phrase runs
    from the comma up to the passive's auxiliary."""
    doc = verb.doc
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    aux = next((c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i), None)
    if aux is None or aux.i < 3:
        return []
    return [
        t
        for t in doc[: aux.i]
        if t.dep_ == "appos"
        and t.tag_.startswith("NN")
        and t.right_edge.i == aux.i - 1
        and doc[t.left_edge.i - 1].text == ","
        and t.head.dep_ == "pobj"
        and t.head.head.dep_ == "prep"
        and t.head.head.head.i == verb.i
    ][:1]


def misparsed_objects(verb: Any) -> list[Any]:
    """A trigger verb with no object whose object the parser made the subject of the next
    clause ('alleviated the damage, inhibited X', 'promoted the cells to proliferate'): that
    subject, and an infinitive that names a process ('to proliferate'); a short form the
    parser took for something else (``abbreviated_object``); or a noun in -ing read as a verb
    (``gerund_object``)."""
    short = abbreviated_object(verb) or gerund_object(verb)
    if short is not None:
        return [short]
    out = []
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        for subject in clause.children:
            if misparsed_object(subject):
                out.append(subject)
                if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                    out.append(clause)
    return out


def abbreviated_object(verb: Any) -> Any | None:
    """The object the small parser loses when it is a capitalised short form right after the
    verb ('the EVs ameliorated NAFLD.', 'EVs ameliorate AKI.'): hung on the verb as a noun-phrase
    adverbial, or made the root with the verb its compound (the verb keeping its own subject)."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return None
    after = doc[verb.i + 1]
    # 'Hypoxia increased apoptosis, an effect that ...': an appositive after the object makes
    # the parser hang the object on the verb as an adverbial, whatever its case
    appositive = any(c.dep_ == "appos" for c in after.children) and (
        after.i + 1 < len(doc) and doc[after.i + 1].text == ","
    )
    if not after.tag_.startswith("NN"):
        return None
    if after.dep_ == "npadvmod" and after.head.i == verb.i and _lost_object(verb, after):
        # ('Hypoxia increased apoptosis, whereas ...': a lower-case object hung there too,
        # when the verb has none and the noun is no measure: 'rose dose-dependently')
        return after
    if not (appositive or any(c.isupper() for c in after.text)):
        return None
    subject = any(c.dep_ == "nsubj" for c in verb.children)
    if verb.dep_ == "compound" and verb.head.i == after.i and subject:
        return after
    return None


def _lost_object(verb: Any, noun: Any) -> bool:
    """Is a noun the parser hung on the verb as a noun-phrase adverbial the verb's object? A
    capitalised one is (``abbreviated_object``); a lower-case one when the verb has no object
    of its own and the noun is neither a measure of the change ('increased threefold', 'rose
    each day', ``cues.tsv`` 'measure_adverbial') nor the first part of a hyphenated adverb
    ('dose-dependently')."""
    if any(c.isupper() for c in noun.text):
        return True
    doc = noun.doc
    if any(c.dep_ in ("dobj", "attr", "oprd") for c in verb.children):
        return False
    if noun.i + 1 < len(doc) and doc[noun.i + 1].text in ("-", "–"):
        return False
    return not cues.cue_found("measure_adverbial", noun.text)


def gerund_object(verb: Any) -> Any | None:
    """A symptom or process named by a noun in -ing right after the verb, which the small parser
    reads as a verb of its own ('the EVs reduced sneezing in mice', 'attenuated bleeding'): the
    verb's open complement, with no subject or object of its own. Whether it names an effect is
    for the grounder: a gerund it does not know reads nothing. A participle that only says where
    its noun is ('reduced circulating IL-6', ``cues.tsv`` 'participle_modifier'): that noun."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return None
    after = doc[verb.i + 1]
    if after.tag_ != "VBG" or after.dep_ not in ("xcomp", "ccomp") or after.head.i != verb.i:
        return None
    if cues.cue("participle_modifier").match(after.lower_):
        # 'reduced circulating IL-6': the participle says where its 'object' is, which is the
        # trigger's own
        held = [c for c in after.children if c.dep_ == "dobj" and c.i > after.i]
        return held[0] if held else None
    named = disease_after_participle(after)
    if named is not None:
        return named  # 'attenuated necrotizing enterocolitis': one name, misparsed as a clause
    own = ("dobj", "nsubj", "nsubjpass", "attr", "ccomp", "xcomp")
    if any(c.dep_ in own for c in after.children):
        return None
    return after


def disease_after_participle(participle: Any) -> Any | None:
    """The object of an -ing word when the two are one disease's name ('necrotizing
    enterocolitis', 'ossifying fibroma'), which the small parser reads as a participle and its
    object; None otherwise."""
    if participle.tag_ != "VBG":
        return None
    for held in participle.children:
        if held.dep_ == "dobj" and held.left_edge.i == participle.i + 1:
            name = participle.doc[participle.i : held.i + 1].text
            if ground_mention(name, "disease").best is not None:
                return held
    return None


def before_misread_verb(obj: Any) -> Any:
    """A change noun's object cut where the tagger made the next clause's verb a noun: in a
    title such as 'EV-driven induction of mitophagy relieves hypoxic damage of podocytes' the
    small parser may hang 'mitophagy' and 'relieves' on 'damage' as compounds; what was
    induced is the word before the verb ('mitophagy'), not the damage (a trigger in -s, before
    the object's head, is no plural noun modifying it). The object itself when there is none."""
    for word in obj.subtree:
        if word.i >= obj.i:
            break
        if (
            word.i > obj.left_edge.i
            and word.dep_ == "compound"
            and (word.tag_.startswith("NN") or word.tag_ == "VBZ")
            and word.lower_.endswith("s")
            and rules.polarity_of(word.text) is not None
        ):
            return obj.doc[word.i - 1]
    return obj
