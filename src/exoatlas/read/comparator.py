"""The group a comparative is set against: a healthy group ('more X than in the sham group'),
which says nothing of what the EVs changed, and a control group holding the comparative whose
'than' (or 'compared to') phrase names the EVs' group ('the model group had more X than the EV
group'), which turns the direction round. Used by ``read.comparative`` and ``read.paced``."""

from __future__ import annotations

from typing import Any, Literal

from exoatlas.read.agent_kind import Span, agent_kind, subtree_text, written_phrase
from exoatlas.read.groups import names_label, other_arm, stimulus_alone
from exoatlas.read.reading import current
from exoatlas.read.reparse import COMPARED_WITH
from exoatlas.vocab import cues

_CLAUSE_ENDS = frozenset({"but", "whereas", "while", "than", "and", ",", ";", "."})

# how a comparative's direction stands for the EVs' group: as written ('the EV group showed
# less X'), turned round ('the model group showed more X than the EV group'), or turned round
# where a bare 'control group' holds it (healthy or the vehicle-treated disease, no telling:
# outside a tumour only a gain of the EVs' group over it reads, ``gain_only``)
Turn = Literal["kept", "turned", "turned_by_bare_control"]


def vesicles_set_against(word: Any, held: str, products: tuple[str, ...]) -> Span | None:
    """Where control vesicles (``held``, the group holding the comparative: 'the NC-Exos group',
    ``cues.tsv`` 'control_preparation') are set against the MSC vesicles a 'than' phrase of the
    same clause names ('the NC-Exos group showed more X than the miR-21-Exos group'), or an
    opening 'compared with' phrase ('Compared with the miR-21-Exos group, the NC-Exos group
    ...'): the engineered or primed preparation compared with its control, not with the
    disease. That phrase's span, or None (no such phrase, a holder that is no control
    preparation, or a phrase naming no vesicles or another arm: ``read.groups.other_arm``)."""
    if not cues.cue_found("control_preparation", held):
        return None  # ('the D-Exos group had more X than the N-Exos group': the study's harm)
    found = _set_against(word, strict=True)
    if found is None:
        return None
    text, span = found
    if not text or agent_kind(text, products) != "product" or other_arm(text, products):
        return None
    return span


def against_baseline(word: Any, tumour: bool) -> bool:
    """Is the EVs' group set against a healthy one ('more apoptotic cells in the EV group than
    in the sham group', ``cues.tsv`` 'healthy_group'; its 'than' phrase, the first after the
    comparative, or else the sentence's 'compared with' phrase)? A treated disease still
    differs from health, which says nothing of what the EVs changed; a gain over it ('less
    fibrosis than the sham group') names a sham-treated disease group, and is read. Outside
    a ``tumour`` study, 'the control group' with no word for what it was given is taken as
    one too (``cues.tsv`` 'bare_control_group')."""
    found = _set_against(word, strict=False)
    if found is None:
        return False
    words = found[0]
    if names_label(words, current().baseline_labels):
        return True  # ('than group I' of a text defining 'Group I (sham)')
    if not tumour and bare_control(words):
        return True  # ('than in the control group': healthy or the treated disease, no telling)
    if not cues.cue_found("healthy_group", words):
        return False
    # ('than in non-injured mice': the control cue's 'injured' is not the healthy word's own)
    return not cues.cue_found("control_group", cues.cue("healthy_group").sub(" ", words))


def _set_against(word: Any, *, strict: bool) -> tuple[str, Span] | None:
    """What the comparative is set against, as written and where: its 'than' phrase, the first
    after it in its own clause and up to the next clause ('than in the normal group but lower
    than in the model group' names the healthy group only), or else the sentence's 'compared
    with' phrase (``cues.tsv`` 'comparison_phrase', up to its comma; or the opening a second
    parse blanked to the same length, which ``read.reparse`` keeps in the parse's user_data).
    ``strict``: the clause also ends at 'but' and ', and', and only an opening 'compared with'
    phrase counts (a comparison turned round needs its own clause's comparator)."""
    doc = word.doc
    ends = (";", "whereas", "while", "but") if strict else (";", "whereas", "while")
    than = None
    for t in doc[word.i + 1 :]:
        if t.lower_ in ends or (
            strict and t.lower_ == "and" and t.i > 0 and doc[t.i - 1].text == ","
        ):
            break  # (its own clause only)
        if t.lower_ == "than":
            than = t
            break
    if than is not None:
        stop = next(
            (t.i for t in doc[than.i + 1 : than.i + 9] if t.lower_ in _CLAUSE_ENDS),
            min(than.i + 9, len(doc)),
        )
        phrase = doc[than.i + 1 : stop]
        return phrase.text, (phrase.start_char, phrase.end_char)
    opening = doc.user_data.get(COMPARED_WITH, "")
    if not strict:
        compared = cues.cue("comparison_phrase").search(opening or doc.text)
        return None if compared is None else (compared.group(), compared.span())
    opening = opening or doc.text
    shift = len(opening) - len(opening.lstrip())
    compared = cues.cue("comparison_phrase").match(opening, shift)
    return None if compared is None else (compared.group(), compared.span())


def than_control(than: Any) -> bool:
    """Does a 'than' phrase name a control group ('better in the EV group than in the PBS
    group', ``cues.tsv`` 'control_group'), against which the EVs' group is judged?"""
    words = " ".join(t.text for t in than.subtree if t.i != than.i)
    return cues.cue_found("control_group", words)


def held_by_comparator(
    noun: Any, verb: Any, holders: list[Any], products: tuple[str, ...]
) -> tuple[Any, Any, Span, Turn] | None:
    """'The model group had higher apoptosis than the EV group', 'X was more severe in untreated
    mice than in EV-treated mice', 'Compared to the EV group, the model group showed more X': a
    control group (``cues.tsv`` 'control_group'), the stimulus alone or a label defined as it
    holds the comparative and its 'than' phrase names the EVs' group (not another arm given
    them: ``read.groups.other_arm``), so the EVs' group has the opposite. The EVs' span and how
    the direction turns ('turned_by_bare_control' where only a bare control group holds it:
    'the control group showed more X than the EV group', ``bare_control``), or None."""
    for token in verb.subtree:
        if token.lower_ == "than":
            words = [t for t in token.subtree if t.i != token.i]
        elif token.lower_ in cues.cue_literals("comparator_head") and token.i != verb.i:
            # ('Compared to the EV group, the model group showed more X', 'In comparison with
            # the EV group, ...': what it is set against, its preposition's phrase)
            words = [t for c in token.children if c.dep_ == "prep" for t in c.subtree if t.i != c.i]
        else:
            continue
        after = words[-1].i + 1 if words else 0
        if (
            len(words) == 1
            and words[0].lower_ in ("that", "those")
            and after < len(token.doc)
            and token.doc[after].dep_ == "prep"
        ):
            # ('higher than that in the EV group' with the 'in' phrase hung on the verb)
            words += list(token.doc[after].subtree)
        # (the words as written: a token join splits 'MSC-EV' into 'MSC - EV')
        than = token.doc[words[0].i : words[-1].i + 1].text if words else ""
        if (
            words
            and agent_kind(than, products) == "product"
            and not other_arm(than, products)
            and not any(cues.cue_found("control_group", t.text) for t in words)
            # the control group, or the stimulus alone beside the EVs' group ('the I/R group
            # had more apoptosis than the I/R+Exo group', 'higher in group II than in group IV'
            # with group II defined as the stimulus alone)
        ):
            span = (words[0].idx, words[-1].idx + len(words[-1].text))
            if any(
                cues.cue_found("control_group", subtree_text(h))
                or stimulus_alone(written_phrase(h), than, products)
                or names_label(written_phrase(h), current().stimulus_labels)
                for h in holders
            ):
                return noun, verb, span, "turned"
            if any(
                bare_control(subtree_text(h)) and not cues.cue_found("arm_control", subtree_text(h))
                for h in holders
            ):
                # (not another arm's control: 'the positive control group', 'the control
                # siRNA group', ``cues.tsv`` 'arm_control')
                return noun, verb, span, "turned_by_bare_control"
    return None


def bare_control(words: str) -> bool:
    """'the control group' with no word for what it was given (``cues.tsv``
    'bare_control_group'; not 'control_group', 'healthy_group'): the healthy animals or the
    vehicle-treated disease, no telling."""
    return (
        cues.cue_found("bare_control_group", words)
        and not cues.cue_found("control_group", words)
        and not cues.cue_found("healthy_group", words)
    )


def gain_only(turn: Turn, tumour: bool) -> bool:
    """Does only a gain of the EVs' group read? So where a bare control group holds the
    comparative outside a tumour study (in one, the control is the untreated tumour)."""
    return turn == "turned_by_bare_control" and not tumour
