"""Objects the small parser put in the wrong clause, put back: a trigger's object made the
subject of the next clause ('alleviated the damage, inhibited X'), and a passive's subject made
the object of the verb before it ('boosted migration, and staining was diminished'). Used by
``read.deep``."""

from __future__ import annotations

from typing import Any

from exoatlas.read.agents import misparsed_object


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
    """The subject a passive participle lost to the verb before it (``subject_of_next_passive``)."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].lower_ not in ("was", "were"):
        return []
    noun = doc[verb.i - 2]
    return [noun] if subject_of_next_passive(noun) else []


def misparsed_objects(verb: Any) -> list[Any]:
    """A trigger verb with no object whose object the parser made the subject of the next
    clause ('alleviated the damage, inhibited X', 'promoted the cells to proliferate'): that
    subject, and an infinitive that names a process ('to proliferate')."""
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
