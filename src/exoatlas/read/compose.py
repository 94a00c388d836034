"""A change of a change: the direction of a process named inside a change noun that another
trigger governs (used by ``read.deep``).

'EVs attenuated the decrease in cell viability', 'rescued the loss of migration', 'reduced the
inhibition of proliferation', 'the decline in cognitive function was ameliorated by the EVs': the
inner noun says which way the process went under the injury (down), the outer trigger says what
the EVs did to that change (undid it), so the process itself went up. An outer trigger that
raises the change ('EVs induced a decrease in apoptosis') keeps the inner direction; one that
lowers, prevents or restores it turns it round. gold/GUIDE.md: the direction is that of the named
phenotype.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from exoatlas.vocab import cues, rules

# the change noun as what the outer trigger acts on: its object, passive subject, or the
# object of a preposition ('protected against the loss of', 'attenuation of the decrease in',
# 'a decrease in the reduction of')
_OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd")
_OUTER_PREPOSITIONS = ("against", "from", "of", "in")
# a change named by a noun ('inhibition', 'enhancement'): no verb the tagger misread
_NOMINAL_CHANGE = re.compile(r"(?:ion|ment|ance|ence|ing|or|er)s?$")


def _verb_polarity(token: Any) -> str | None:
    return rules.polarity_of(token.text) or rules.verb_polarity_of(token.text, "VB")


def _polarity(token: Any) -> str | None:
    if not token.text[:1].isalpha():
        return None
    led = adverb_led(token)
    if led is not None:
        return led
    # (or a word that is a trigger only as a verb: 'the EVs slow the decline in X')
    return rules.polarity_of(token.text) or rules.verb_polarity_of(token.text, token.tag_)


def adverb_led(token: Any) -> rules.Polarity | None:
    """'negatively regulated inflammation': the direction an adverb gives a verb that has none
    of its own (``cues.tsv`` 'regulation_adverb')."""
    if not token.tag_.startswith("VB") or not cues.cue("regulation_verb").match(token.lower_):
        return None
    for child in token.children:
        if child.dep_ == "advmod" and child.i < token.i:
            for direction, pattern in cues.cue_group("regulation_adverb"):
                if pattern.match(child.lower_):
                    return "decrease" if direction == "decrease" else "increase"
    return None


def outer_polarity(change: Any) -> str | None:
    """The polarity of the trigger that governs a change noun, or None when none does."""
    if change.dep_ in _OBJECT_DEPS and change.head.i != change.i:
        return _polarity(change.head)
    if change.dep_ == "pobj" and change.head.lower_ in _OUTER_PREPOSITIONS:
        governor = change.head.head
        if governor.i != change.head.i:
            return _polarity(governor)
    before = change.doc[change.i - 1] if change.i > 0 else None
    if (
        before is not None
        and before.tag_ in ("NN", "VB", "VBP")
        and before.head.i != change.i
        and not _NOMINAL_CHANGE.search(before.lower_)
        and _verb_polarity(before) in ("increase", "decrease")
    ):
        # 'and inhibit activation of X' with the verb tagged a noun and hung elsewhere
        return _verb_polarity(before)
    if change.dep_ == "conj":
        # 'reduced apoptosis and the loss of viability': the first conjunct's governor
        first = change
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first is not change:
            holder = first.head.head if first.dep_ == "pobj" else None
            if holder is not None and _polarity(holder) and _has_of(change) and _has_of(holder):
                # 'improvement of memory and enhancement of neurogenesis': two changes with
                # their own 'of' phrases, the second misparsed onto the first one's object
                return outer_polarity(holder)
            return outer_polarity(first)
    return None


def neutrally_governed(change: Any) -> bool:
    """Is a change noun what a word of no direction acts on ('regulated the activation of X',
    'the modulation of X activation'; ``cues.tsv`` 'neutral_governor'), or a preposition of time
    ('after the induction of SCI', ``cues.tsv`` 'time_preposition')? Then the noun's own
    direction is not the agent's. A direction adverb ('negatively regulated') gives the word one."""
    if rules.polarity_of(change.text) in ("decrease", "restore"):
        return False  # 'regulated the suppression of inflammation': the noun says which way
    first = change
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if (
        first.dep_ in ("pobj", "dobj")  # ('following' may be tagged a verb taking it)
        and first.head.lower_ in cues.cue_literals("time_preposition")
        and not any(t.lower_ == "by" and names_vesicles(t) for t in first.subtree)
    ):
        return True  # 'given after the induction of SCI': when; not '... of X by the EVs'
    governor = None
    if first.dep_ in _OBJECT_DEPS and first.head.i != first.i:
        governor = first.head
    elif first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.i != first.head.i:
        governor = first.head.head
    if governor is None or not cues.cue("neutral_governor").match(governor.lower_):
        return False
    return adverb_led(governor) is None


def names_vesicles(by: Any) -> bool:
    """Does a 'by' phrase name the vesicles (or their cells) as the agent?"""
    words = " ".join(t.text for t in by.subtree)
    return cues.cue_found("ev", words) or cues.cue_found("msc", words)


def _has_of(noun: Any) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def capacity_polarity(trigger: Any) -> str | None:
    """'showed a reduced capacity to activate T cells': the polarity of the word that lessens or
    raises the ability (``cues.tsv`` 'capacity_noun') whose infinitive is a raising trigger, so
    the rise goes the way the ability went; None for an ability said plainly or a lowering
    trigger's (a weaker lowering is no rise)."""
    ability = trigger.head
    if trigger.dep_ not in ("acl", "xcomp") or ability.lower_ not in cues.cue_literals(
        "capacity_noun"
    ):
        return None
    if rules.polarity_of(trigger.text) != "increase":
        # ('aged donors' EVs showed a reduced capacity to inhibit X': weaker than other EVs,
        # not X raised)
        return None
    for modifier in ability.children:
        if modifier.dep_ == "amod" and modifier.i < ability.i:
            polarity = rules.polarity_of(modifier.text)
            if polarity in ("increase", "decrease"):
                return polarity
    return None


def composed(direction: str, outer: str | None) -> str:
    """The process's direction once the outer trigger's action on its change is applied."""
    if outer not in ("decrease", "restore") or direction not in ("increase", "decrease"):
        return direction
    return "decrease" if direction == "increase" else "increase"


def worsened(direction: str, trigger: str, process: Any) -> str:
    """'worsened cardiac function', 'aggravated the loss of function': a verb that raises a harm
    (``verb_valence.tsv``: it presupposes a harmful object) lowers a good it is said of."""
    if direction != "increase" or rules.object_valence(trigger) != "harmful":
        return direction
    found = rules.valence(process)
    return "decrease" if found is not None and found.valence == "beneficial" else direction


def effect_on(
    obj: Any, ground: Callable[[Any], list[tuple[Any, bool]]]
) -> list[tuple[Any, str]] | None:
    """'the inhibitory effect of TNF-alpha on proliferation' -> (proliferation, decrease): what
    an effect noun with a directed adjective does to the process after 'on'; None when the
    object is no such phrase. ``ground`` names the processes of a noun (``read.deep``)."""
    if obj.lower_ not in cues.cue_literals("effect_noun"):
        return None
    # (the adjective, or a participle used as one: 'the promoting effect of LPS on X')
    kinds = [
        _polarity(c) for c in obj.children if c.dep_ == "amod" and c.tag_.startswith(("JJ", "VBG"))
    ]
    kind = next((k for k in kinds if k in ("increase", "decrease")), None)
    if kind is None:
        return None
    # 'on Y' hangs on the effect, on its 'of X', on the verb (the parser's attachments vary) or
    # on the effect's own clause ('the inhibitory effect that compression has on Y')
    verb = [obj.head] if obj.dep_ in _OBJECT_DEPS and obj.head.i != obj.i else []
    holders = [obj, *verb] + [
        g
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    holders += [c for c in obj.children if c.dep_ == "relcl"]
    targets = [
        t
        for holder in holders
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ == "on"
        for g in c.children
        if g.dep_ == "pobj"
        for t in (g, *g.conjuncts)  # ('on proliferation and viability')
        if t.i == g.i or not _own_trigger(t)  # (not '... and suppress X-induced apoptosis')
    ]
    out = []
    for target in targets:
        for process, flipped in ground(target):
            direction = kind if not flipped else ("decrease" if kind == "increase" else "increase")
            out.append((process, direction))
    return out or None


def _own_trigger(noun: Any) -> bool:
    """Does a noun carry a change word of its own before it ('suppress' misparsed as a modifier
    of 'apoptosis' in 'reverse the inhibitory effect on A and suppress apoptosis')?"""
    return any(c.text[:1].isalpha() and rules.polarity_of(c.text) for c in noun.lefts)


def effect_lessened(obj: Any, polarity: str) -> bool:
    """'the effects on X were reduced', 'weakened their effect on X': a lowering verb said of an
    effect noun with an 'on' phrase, no directed adjective and no owner but a pronoun (not 'the
    effects of LPS on X') lessens the EVs' effect (an arm that lost it), which says nothing of
    which way X went."""
    if polarity != "decrease" or obj.lower_ not in cues.cue_literals("effect_noun"):
        return False
    if any(_polarity(c) in ("increase", "decrease") for c in obj.children if c.dep_ == "amod"):
        return False
    owned = any(
        (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ == "poss" and c.tag_ != "PRP$")
        for c in obj.children
    )
    return not owned and any(c.dep_ == "prep" and c.lower_ == "on" for c in obj.children)
