"""Doubt and denial a trigger's own words carry, beyond 'not' and 'may' (``read.scope``): a
trend ('a trend toward less X'), a change the study calls not significant, a gerund under
'without' ('limited scarring without delaying closure'), and the sentence-level trend test
the keyword window uses; and a change said again after a trailing aside (', suggesting ...'),
which ``read.deep`` sets aside for the measured one. Split out of ``read.scope``; the word
lists are ``cues.tsv`` rows."""

from __future__ import annotations

from typing import Any

from exoatlas.read.deep_outcome import DeepOutcome
from exoatlas.vocab import cues


def trend_toward(trigger: Any) -> bool:
    """'The EVs showed a trend toward improvement in X' (or 'toward reduced X'): a trend
    (``cues.tsv`` 'trend_word'), not a result."""
    phrase = trigger.head if trigger.dep_ == "amod" else trigger  # 'toward reduced X'
    head = phrase.head
    return (
        phrase.dep_ == "pobj"
        and head.lower_ in ("toward", "towards")
        and cues.cue("trend_word").match(head.head.lower_) is not None
    )


def not_significant(text: str, at: int, length: int = 0) -> bool:
    """Does the study call the change whose trigger is at ``at`` not significant (``cues.tsv``
    'not_significant'): right before it ('a non-significant reduction in X', 'non-significantly
    reduced X'), or after it with the change itself the subject ('reduced X, although this did
    not reach statistical significance', 'nonsignificance_anaphor'; not 'reduced ALT, but the
    reduction in ALP was not significant'), or with nothing between but a 'but' ('reduced X,
    but not significantly')?"""
    if "ignific" not in text:
        return False  # (most sentences call nothing (in)significant: no search)
    for match in cues.cue("not_significant").finditer(text):
        if match.start() >= at + length:
            gap = text[at + length : match.start()]
            if cues.cue("nonsignificance_anaphor").search(gap):
                return True
            # ('reduced X, but not significantly', '..., yet no significant difference was
            # found'): nothing between the change and the phrase, and the phrase ends its clause
            # (not 'but not significantly Y', 'but no significant difference in Y')
            if cues.cue("nonsignificance_bare").search(gap) and cues.cue(
                "nonsignificance_end"
            ).match(text, match.end()):
                return True
        elif match.end() <= at:
            between = text[match.end() : at]
            if "," not in between and len(between.split()) <= 2:
                return True
    return False


def sentence_unsure(sentence: str) -> bool:
    """A trend ('tended to', 'a trend toward') or a change called not significant in the
    sentence: the keyword window's findings there are hedged (the window cannot tell which
    change it is said of; it still reads what an abstract the parse read nothing from is
    about). The parse's findings have their own scope (``not_significant``, 'trend_word')."""
    return cues.cue_found("trend_phrase", sentence) or cues.cue_found("not_significant", sentence)


def without_denied(trigger: Any) -> bool:
    """'The EVs limited scarring without delaying wound closure', 'promoted angiogenesis without
    increasing tumour growth', 'without any rise in X': a change a 'without' phrase denies (the
    parse hangs the gerund on the preposition, or makes it a modifier of the noun it governs:
    'without impairing bacterial clearance'; 'without delaying or impairing X' shares it). Only
    a gerund: in 'improved survival without weight loss and reduced lung injury' the parse
    coordinates the second change with the denied noun."""
    if trigger.dep_ == "amod" and trigger.tag_ != "VBG":
        return False
    node = trigger.head if trigger.dep_ == "amod" else trigger
    for _ in range(3):
        if node.dep_ != "conj" or node.head.i == node.i or node.head.tag_ != "VBG":
            break
        node = node.head  # ('without delaying or impairing X', parsed as nouns coordinated)
    return node.dep_ in ("pcomp", "pobj") and node.head.lower_ == "without"


def aside_between(text: str, measured: DeepOutcome, read: DeepOutcome) -> bool:
    """Is ``read`` the same change as the readout ``measured`` said again after a trailing
    aside (', suggesting', ', indicating': ``cues.tsv`` 'trailing_aside') that follows it? Then
    the sentence measured the change before the aside and read it after."""
    if (read.process.key(), read.direction) != (measured.process.key(), measured.direction):
        return False
    if not 0 <= measured.trigger_at < read.trigger_at:
        return False
    aside = cues.cue("trailing_aside").search(text, measured.trigger_at)
    return aside is not None and aside.start() < read.trigger_at
