"""Study groups. Those named by a label ('group III', 'Group 4') the abstract defines as given
the EVs ('group 1 had saline, group 2 cisplatin and group 3 cisplatin with MSC exosomes',
'Group III: rats given the toxin and then the EVs'): histology abstracts write every result of
such a study as 'Group III showed less necrosis'; the label is then the EVs' group, a product of
the document as its abbreviations are (``read.ahead.products_of``). And a sentence's phrase for
a group that is not the EVs' ('in the model group'), which only the parse can read."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from exoatlas.read.agent_kind import agent_kind
from exoatlas.read.msc_vesicles import masked
from exoatlas.read.reading import current
from exoatlas.vocab import cues


@lru_cache(maxsize=256)
def product_groups(text: str, products: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The labels (as written, and with the other case of their first letter) of the groups a
    text defines as given the EVs: the words after a label, up to the next label or the end of
    its clause, name the vesicles. A label written inside another label ('group II' in 'group
    III') is left out: a text naming both could not tell them apart. Labels written together
    ('Groups III and IV') are the EVs' when one of them is and every other was given MSCs:
    their shared result is then the EVs' too (not when one is the model or control group)."""
    arms = _arms(text, products)
    given = {g for g, arm in arms if arm == "evs"}
    treated = {g for g, arm in arms if arm in ("evs", "mscs")}  # given the EVs or their MSCs
    every = {g for g, _ in arms}
    # a label no other label holds
    kept = {g for g in given if not any(g != o and g in o for o in every)}
    kept |= _treated_together(text, kept, treated)
    return _both_cases(kept)


def other_arms(text: str, products: tuple[str, ...] = ()) -> tuple[tuple[str, ...], ...]:
    """The labels a text defines for groups not given the EVs, as three tuples (each label as
    written and with the other case of its first letter): every such group ('Group II: the
    toxin alone', 'Group III: MSCs'), those defined as a baseline ('Group I (sham)', 'Group 1
    (control)', 'received saline': ``cues.tsv`` 'healthy_group', 'comparison_group') and those
    given the stimulus alone ('Group II: cisplatin': no word for vesicles, an inhibitor, MSCs, a
    control or a vehicle). A result said of such a group is not the EVs' ('X rose in group II'),
    one set against a baseline ('more X than group I') says nothing of what the EVs changed, and
    one set against the stimulus alone ('higher in group II than in group IV') is the EVs'."""
    if not cues.cue("group_label").search(text):
        return (), (), ()  # (most abstracts label no groups)
    kinds: dict[str, list[str]] = {}  # each label's kinds, in the order its mentions give them
    for g, arm in _arms(text, products):
        kinds.setdefault(g[0].upper() + g[1:], []).append(arm)
    # (a label any mention gives the EVs is theirs; a result's mention, 'group IV showed', gives
    # no words to read: 'unsaid'); the kind its first defining mention gives
    defined = {
        g: next(k for k in ks if k != "unsaid")
        for g, ks in kinds.items()
        if "evs" not in ks and set(ks) != {"unsaid"}
    }
    return (
        _both_cases(set(defined)),
        _both_cases({g for g, k in defined.items() if k == "baseline"}),
        _both_cases({g for g, k in defined.items() if k == "other"}),
    )


def other_arm(text: str, products: tuple[str, ...]) -> bool:
    """Does a phrase naming the EVs' group name another arm too or instead: a label the
    abstract defines for a group not given the EVs ('Group II and group IV showed more X'), an
    inhibitor or knock-down given with them ('the Exo+inhibitor group', ``cues.tsv``
    'blocking_arm', 'group_not_given'), or MSCs and no vesicles ('the MSC group')? Then
    what the phrase holds is not the EVs' own result."""
    written = text.replace(" - ", "-")
    if names_label(written, current().other_labels):
        return True
    if cues.cue_found("blocking_arm", written) or cues.cue_found("group_not_given", written):
        return True
    return cues.names_msc(masked(written)) and not (
        cues.cue_found("ev", written) or any(p in written for p in products)
    )


def names_label(text: str, labels: tuple[str, ...]) -> bool:
    """Does a phrase name one of the labels ('in group II', not 'in group III')?"""
    return any(re.search(rf"(?<![\w-]){re.escape(g)}(?![\w-])", text) for g in labels)


def _both_cases(labels: set[str]) -> tuple[str, ...]:
    return tuple(sorted(v for g in labels for v in (g, g[0].swapcase() + g[1:])))


@lru_cache(maxsize=256)
def _arms(text: str, products: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each label a text defines ('Group III: rats given the toxin and then the EVs'), with
    what its group was given, read from the words after it up to the next label or the end of
    its clause (or before it, ``_bracketed_label``): 'evs' (the vesicles), 'mscs' (MSCs alone),
    'arm' (the vesicles with an inhibitor, or another's), 'baseline' (a sham, normal, control or
    vehicle group: a baseline), 'other' (what is left: the stimulus alone) or 'unsaid' (no
    words: a result's mention, 'Group IV showed less X')."""
    labels = list(cues.cue("group_label").finditer(text))
    arms: list[tuple[str, str]] = []
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        clause = cues.cue("group_definition_end").search(text, m.end(), end)
        words = text[m.end() : clause.start() if clause else end]
        bracketed = _bracketed_label(text, m)
        if bracketed is not None:
            words = bracketed  # ('cisplatin plus exosomes (group 3)': the words before it)
        if not re.search(
            r"[^\W\d_]{2}|[^\W\d_]/[^\W\d_]", cues.cue("label_joiner").sub(" ", words)
        ):
            arms.append((m.group(), "unsaid"))  # ('Group IV showed': a result, no definition)
        elif (cues.cue_found("ev", words) or any(p in words for p in products)) and not (
            # ('was given GW4869 to block exosome secretion', 'PBS instead of exosomes', 'was
            # not treated with exosomes', 'exosomes from skin fibroblasts': no EVs of MSCs given)
            cues.cue_found("inhibitor_agent", words)
            or cues.cue_found("negation", words)
            or cues.cue_found("group_not_given", words)
            or agent_kind(words, products) == "other"
        ):
            arms.append((m.group(), "evs"))
        elif cues.names_msc(masked(words)):
            arms.append((m.group(), "mscs"))  # MSCs alone: not the EVs' group
        elif cues.cue_found("ev", words) or cues.cue_found("inhibitor_agent", words):
            arms.append((m.group(), "arm"))  # the EVs with an inhibitor, another's vesicles
        elif cues.cue_found("healthy_group", words) or cues.cue_found("comparison_group", words):
            # ('Group 1 (control)', 'received saline': healthy animals, or the vehicle given
            # with the injury; no telling which, so a baseline only a gain over reads)
            arms.append((m.group(), "baseline"))
        else:
            arms.append((m.group(), "other"))
    return tuple(arms)


def _bracketed_label(text: str, label: re.Match[str]) -> str | None:
    """The words a label in brackets after its group's description defines ('sham (group 1),
    I/R (group 2) and I/R plus MSC exosomes (group 3)'): back to the previous bracket, comma,
    semicolon or colon; '' (no definition) when the brackets hold the labels of groups named
    before them together ('(groups 1, 2 and 3, respectively)'); None for a label not so written
    (its definition follows it: 'group III (cisplatin plus exosomes)')."""
    opened = text.rfind("(", 0, label.start())
    if opened >= 0 and ")" not in text[opened : label.start()]:
        closing = text.find(")", label.end())
        if cues.cue_found("respectively", text[opened : closing if closing >= 0 else None]):
            return ""
    before = text[: label.start()].rstrip()
    if not before.endswith("(") or not re.match(r"\s*[),;]", text[label.end() :]):
        return None
    before = before[:-1]
    start = max(before.rfind(mark) for mark in (")", ",", ";", ":", ". "))
    return before[start + 1 :]


def _treated_together(text: str, given: set[str], treated: set[str]) -> set[str]:
    """The labels written together ('Groups III and IV') of which one is a group ``given``
    the EVs and each of the others was ``treated`` (given the EVs or their MSCs)."""
    found: set[str] = set()
    given, treated = {g.lower() for g in given}, {g.lower() for g in treated}
    for m in cues.cue("group_labels_plural").finditer(text):
        members = [
            f"group {x.group()}".lower() for x in cues.cue("group_label_member").finditer(m.group())
        ]
        if any(g in given for g in members) and all(g in treated for g in members):
            found.add(m.group())
    return found


def names_other_group(sentence: str, products: tuple[str, ...]) -> bool:
    """Does the sentence say something of a study group that is not the EVs' ('in the model
    group', ``cues.tsv`` 'group_phrase')? Then only the parse can tell whose change it states."""
    # ('between the controls and the treated groups': a comparison of the arms, no other's;
    # 'Compared with mice in the vehicle group, X fell': what the change is measured against)
    sentence = cues.cue("between_groups").sub(" ", sentence)
    sentence = cues.cue("comparator_opening").sub(" ", sentence)
    return any(
        agent_kind(m.group(0), products) == "other" and not _than_controls(sentence, m)
        for m in cues.cue("group_phrase").finditer(sentence)
    )


def _than_controls(sentence: str, group: re.Match[str]) -> bool:
    """Is the group the untreated a 'than' sets the study's change against ('faster than in
    untreated mice', 'than in the PBS group'), not a group whose own change the sentence states?"""
    before = sentence[: group.start()].rstrip().casefold()
    return before.endswith("than") and names_only_controls(group.group(0))


def names_only_controls(words: str) -> bool:
    """Do the words of a 'than' phrase name only the untreated disease ('in the PBS group', 'in
    untreated mice'; ``cues.tsv`` 'control_group')? Not vesicles or MSCs ('than with exosomes
    of untreated MSCs', 'than in the untreated MSC group': another arm), nor health ('than in
    non-injured rats'; 'healthy_group'). A bare 'than in controls' is no telling which
    (``read.comparator.bare_control``)."""
    if cues.cue_found("ev", words) or cues.names_msc(masked(words)):
        return False
    return cues.cue_found("control_group", words) and not cues.cue_found("healthy_group", words)


def than_untreated(than: Any) -> bool:
    """Does a parsed 'than' phrase name only the untreated disease ('faster than in the PBS
    group'; ``names_only_controls`` over its words as written: 'non-injured' is three tokens)?"""
    words = [t.i for t in than.subtree if t.i != than.i]
    return bool(words) and names_only_controls(than.doc[min(words) : max(words) + 1].text)


def model_group_clause(sentence: str, products: tuple[str, ...]) -> int:
    """Where the clause ends that states what the untreated model animals showed ('I/R rats
    presented lower miR-X levels and more apoptosis', ``cues.tsv`` 'model_group_state'), in a
    sentence naming no vesicles; 0 when it has none. Its changes and RNA levels are the disease's
    own, not the EVs' or their cargo; a clause joined after it ('..., and capillary density
    rose', ``cues.tsv`` 'clause_break') may state the EVs' result again."""
    found = cues.cue("model_group_state").search(sentence)
    if found is None or cues.cue_found("ev", sentence) or any(p in sentence for p in products):
        return 0
    joined = cues.cue("clause_break").search(sentence, found.end())
    return joined.start() if joined else len(sentence)


def product_only_compared(sentence: str, products: tuple[str, ...]) -> bool:
    """Does the sentence name the EVs only in a phrase saying what a change is compared with
    ('Compared with the EV group, the PBS group showed more apoptosis'; ``cues.tsv``
    'comparison_phrase')? Then its changes are another group's, which the keyword window, with
    no parse to tell whose each change is, would read as the EVs'."""
    phrases = list(cues.cue("comparison_phrase").finditer(sentence))
    if not phrases or not any(agent_kind(m.group(0), products) == "product" for m in phrases):
        return False
    rest = cues.cue("comparison_phrase").sub(" ", sentence)
    return agent_kind(rest, products) != "product"


def other_group_before(sentence: str, at: int, products: tuple[str, ...]) -> bool:
    """Is the change at ``at`` said of another group the words just before it name ('X of the
    rats in the model group rose', the subject's group phrase the
    parser hung elsewhere): a group phrase (``cues.tsv`` 'group_phrase') naming a group not the
    EVs', ending at most a few words before the change, with no vesicles named between."""
    # (not the group a comparator opening names: 'Compared with mice in the model group, X
    # fell' measures the change against it)
    opening = cues.cue("comparator_opening").match(sentence)
    for m in cues.cue("group_phrase").finditer(sentence[:at], opening.end() if opening else 0):
        between = sentence[m.end() : at]
        if (
            len(between.split()) <= 3
            and agent_kind(m.group(0), products) == "other"
            and agent_kind(between, products) != "product"
            and not cues.cue_found("ev", between)
            and not any(p in between for p in products)
        ):
            return True
    return False


def stimulus_alone(group: str, product_group: str, products: tuple[str, ...] = ()) -> bool:
    """Is ``group`` the one given the stimulus alone, of which ``product_group`` is the same
    stimulus with the EVs ('the I/R group' beside 'the I/R+Exo group', 'the DSS group' beside
    'the DSS + MSC-EV group')? Its name is the EVs' group's with the part naming the vesicles
    left out (``cues.tsv`` 'group_name')."""
    named = cues.cue("group_name").search(group)
    given = cues.cue("group_name").search(product_group)
    if named is None or given is None:
        return False
    parts = [p.strip() for p in given.group(1).split("+")]
    kept = [p for p in parts if not (cues.cue_found("ev", p) or any(x in p for x in products))]
    return 0 < len(kept) < len(parts) and "+".join(kept).lower() == named.group(1).lower()
