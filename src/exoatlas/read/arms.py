"""Whose changes a sentence states when its parse names no agent for them, or names the EVs
inside a clause about something else: the arms of a study that are not the EVs' own effect.

Three plain facts of how results are written, for the changes the parse gives (``read.deep``):

- a loss-of-function arm named before its changes ('silencing X in the exosomes impaired A',
  'cells given vesicles lacking X showed less B'): what the arm does is what the EVs lose
  without X, not a harm they cause. The parse of such a sentence often loses its subject (a
  gerund read as the root, a participle phrase read as a clause), leaving the change with no
  agent, which an abstract about its EVs would otherwise give to them;
- the EVs named only inside an adverbial clause of such a manipulation ('when X was depleted
  from the vesicles, fibrosis worsened'), or the arm's EVs as a coordinated verb's own subject
  misparsed as such a clause ('EVs raised A, while EVs from X-depleted cells had less effect'):
  the clause says what was done to them;
- coordinated predicates share their subject ('LPS raised A and enhanced B'): a change whose
  own agent the parse lost, in a sentence whose main verb is a change another agent (a
  stimulus, an injury) makes, is that agent's.

Each turns the change's agent to ``other``: not the EVs' finding. The cues are
``cues.tsv`` 'loss_of_function_arm' and 'ev_loading' (``loss_of_function_arm``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from exoatlas.read.agent_kind import SUBJECT_DEPS, agent_kind, subtree_text
from exoatlas.read.deep_outcome import DeepOutcome
from exoatlas.read.doctext import text_of, token_at
from exoatlas.vocab import cues, rules


def settle_agents(
    doc: Any, outcomes: Sequence[DeepOutcome], products: tuple[str, ...]
) -> list[DeepOutcome]:
    """``outcomes`` of the parsed sentence ``doc`` with the changes of a loss-of-function arm,
    and the changes another agent's coordinated predicates make, given the agent ``other``."""
    if not outcomes or all(o.agent not in ("none", "product") for o in outcomes):
        return list(outcomes)
    text = text_of(doc)
    arm = loss_of_function_arm(text)
    root = _stimulus_root(doc, products)
    if not arm and root is None:
        return list(outcomes)
    out = []
    for o in outcomes:
        lost = o.agent == "none" and (
            (arm and _arm_before(text, o.trigger_at, products))
            or (root is not None and root.idx < o.trigger_at)
            or (root is not None and root.tag_ == "VBG" and root.idx == o.trigger_at)
        )
        inside = (
            o.agent == "product"
            and arm
            and (
                _in_arm_clause(doc, o.agent_span)
                or _arm_of_own(doc, o.trigger_at, products)
                or _misparsed_arm(doc, o.trigger_at, products)
            )
        )
        out.append(replace(o, agent="other") if lost or inside else o)
    return out


def _arm_before(text: str, at: int, products: tuple[str, ...]) -> bool:
    """Does the sentence, before the trigger at ``at``, name the EVs or a cargo RNA with a
    loss-of-function manipulation ('silencing X in the exosomes', 'vesicles lacking X',
    'knockdown of miR-21': what the RNA does, not the EVs, in any cell) before it names any
    change ('the EVs reduced A through inhibition of B' names its change first: the
    'inhibition' there is an effect, not an arm)?"""
    before = text[:at]
    if not before or not loss_of_function_arm(before):
        return False
    kind = agent_kind(before, products)
    if kind == "cargo" and not cues.cue_found("cargo_loss_arm", before):
        return False  # 'through miR-223-mediated inhibition of NLRP3': the RNA's action
    if kind not in ("product", "cargo"):
        return False
    arms = sorted(m.span() for c in _ARM_CUES for m in cues.cue(c).finditer(before))
    return manipulated_first(before, arms) is not False  # no change word: the arm alone


def arm_named_first(sentence: str, products: tuple[str, ...]) -> bool:
    """Does the sentence open on the EVs of a loss-of-function arm before any change ('Exosomes
    from miR-21-deficient MSCs worsened X'): what it states is what they lose, which the keyword
    window would read as a harm the EVs cause?"""
    return _arm_before(sentence, len(sentence), products)


def anaphor_of_arm(sentence: str, previous: str | None) -> bool:
    """Does the sentence open on a demonstrative naming the EVs' cargo ('These exosomal
    proteins were passed to the cells, raising X') right after a sentence that opens on a
    loss-of-function arm said to carry something ('Exosomes from X-knockout MSCs carried more A
    and B', ``arm_cargo_opening``: a genetic knock-out, knock-down or silencing of the MSCs)? It
    goes on about that arm's cargo: what it states is what the EVs lose, not a harm they cause
    (``cues.tsv`` 'anaphoric_ev_subject'). Not after a host's knock-out
    (``host_of_arm``: 'In X-deficient mice, ...'): the EVs there are the study's own."""
    if previous is None or cues.cue("anaphoric_ev_subject").match(sentence) is None:
        return False
    # the arm's own words, before what it is said to carry ('contained', 'carried')
    carried = cues.cue("ev_loading").search(previous)
    if carried is None:
        return False
    opening = previous[: carried.start()]
    return not cues.cue_found("host_of_arm", opening) and bool(
        cues.cue("arm_cargo_opening").match(opening)
    )


def _misparsed_arm(doc: Any, at: int, products: tuple[str, ...]) -> bool:
    """'Knockdown of miR-21 in the EVs increased apoptosis' misparsed as one noun phrase, the
    trigger a modifier and the EVs its agent: the arm named before it is the agent."""
    trigger = token_at(doc, at)
    return (
        trigger is not None and trigger.dep_ == "amod" and _arm_before(text_of(doc), at, products)
    )


def _in_arm_clause(doc: Any, span: tuple[int, int]) -> bool:
    """Is the agent span inside an adverbial clause ('when X was depleted from the vesicles')
    that names a loss-of-function manipulation?"""
    start, end = span
    if end <= start:
        return False
    token = next((t for t in doc if t.idx >= start), None)
    hops = 0
    while token is not None and hops < 6 and token.head.i != token.i:
        if token.dep_ == "advcl":
            return loss_of_function_arm(subtree_text(token))
        token, hops = token.head, hops + 1
    return False


def _arm_of_own(doc: Any, at: int, products: tuple[str, ...]) -> bool:
    """Does the trigger at ``at`` hold, before it, its own phrase naming the EVs of a
    loss-of-function arm ('..., while exosomes from X-depleted MSCs had reduced effects', its
    subject misparsed as an adverbial clause), so that the subject its coordination would
    share with an earlier verb is not its own?"""
    trigger = token_at(doc, at)
    if trigger is None:
        return False
    for child in trigger.children:
        if child.dep_ in ("advcl", *SUBJECT_DEPS) and child.i < trigger.i:
            words = subtree_text(child)
            if loss_of_function_arm(words) and agent_kind(words, products) == "product":
                return True
    return False


def _stimulus_root(doc: Any, products: tuple[str, ...]) -> Any:
    """The sentence's main verb when it is a change (a trigger word) that another agent than
    the EVs makes on an object ('LPS stimulation increased the secretion of ...'), named first in
    the sentence; None otherwise."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or not root.tag_.startswith("VB") or rules.polarity_of(root.text) is None:
        return None
    if not any(c.dep_ == "dobj" for c in root.children):
        return None  # 'apoptosis decreased and ...': no agent acting on an object
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and root.i == 0 and root.tag_ == "VBG":
        # 'Inhibiting autophagy with 3-MA increased apoptosis in the EV group': a gerund
        # subject (a manipulation) misparsed as the root; its own words name its agent
        # (its words up to the next change word: the rest is what it changed)
        after = (t for t in doc[1:] if t.text[:1].isalpha() and rules.polarity_of(t.text))
        words = doc[1 : next((t.i for t in after), len(doc))].text
        return root if words and agent_kind(words, products) == "other" else None
    if len(subjects) != 1 or cues.cue("report_subject").match(subjects[0].lower_):
        return None  # 'we found ...', 'increasing evidence supports ...': no agent of a change
    subject = subjects[0]
    if any(
        t.text[:1].isalpha() and rules.polarity_of(t.text)
        for t in doc[: root.i]
        if not subject.left_edge.i <= t.i <= subject.right_edge.i
    ):
        return None  # a change named before the main verb, outside its subject: a misparse
    if agent_kind(subtree_text(subject), products) != "other":
        return None
    return root


def loss_of_function_arm(text: str) -> bool:
    """Does an agent phrase name the EVs of a loss-of-function arm ('sh-X-Exos', 'inhibition
    of miR-X in the exosomes', 'exosomes from X-silenced MSCs'), not EVs loaded with an
    inhibitor as their cargo ('siRNA-loaded exosomes')? Its changes show what the EVs lose
    without X, not a harm the EVs cause (``cues.tsv`` 'loss_of_function_arm', 'ev_loading';
    'cargo_lost': the loss of a named cargo RNA, loading words or not; 'construct_in_producer':
    MSCs carrying a knock-down construct)."""
    if cues.cue_found("cargo_lost", text) or cues.cue_found("construct_in_producer", text):
        # 'the loss of miR-X encapsulated by the EVs': carried, then lost; 'exosomes of MSCs
        # carrying sh-FOXO3': the cells carry it, not the vesicles
        return True
    return (
        cues.cue_found("loss_of_function_arm", text)
        and not cues.cue_found("ev_loading", text)
        # (the vesicles of MSCs given an inhibitor, named as such: the engineered product,
        # whose harms the reader drops as an arm's, ``cues.tsv`` 'inhibitor_cargo')
        and not cues.cue_found("inhibitor_cargo", text)
    )


_ARM_CUES = ("loss_of_function_arm", "cargo_lost", "construct_in_producer")


def manipulated_first(text: str, spans: list[tuple[int, int]]) -> bool | None:
    """Given the (sorted, non-empty) spans of a text's loss-of-function manipulations: does the
    first change word outside them come after the first manipulation ('Knock-down of X in the EVs
    raised A': True), before it ('the EVs reduced A through inhibition of B': False), or is there
    none (None)? Whose a keyword-read change is, when there is no parse to tell."""
    for word in rules.polarity_pattern().finditer(text):
        if not any(a <= word.start() < b for a, b in spans):
            return spans[0][0] < word.start()
    return None


def _whole_words(text: str, span: tuple[int, int]) -> str:
    """The words a span of a sentence falls in ('sh-X-EVs' for a span the parser gave 'EVs')."""
    start, end = span
    return text[text.rfind(" ", 0, start) + 1 : end] if end > start else ""


def agent_is_arm(text: str, span: tuple[int, int], trigger_at: int) -> bool:
    """Do the words of a trigger's agent (``span`` of ``text``) name a loss-of-function arm
    ('sh-X-Exos raised apoptosis': what the EVs lose, not what they do), or the words between
    them and the trigger say how one was made ('Exosomes obtained from MSCs through silencing
    of X raised Y')? Used by ``read.deep``."""
    between = text[span[1] : trigger_at] if span[1] > span[0] else ""
    # ('Exosomes of BMSCs carrying si-GATA4 raised X', parsed with 'GATA4' a second subject:
    # the construct stands between the agent's words and the trigger)
    # (the construct's cells named as MSCs: not 'taken up by H9c2 cells carrying sh-Bax')
    subject = text[span[0] : trigger_at] if span[1] > span[0] else ""
    split = any(
        cues.names_msc(m.group()) for m in cues.cue("construct_in_producer").finditer(subject)
    )
    return (
        cues.cue_found("vesicle_release_blocked", between)
        or split
        or loss_of_function_arm(_arm_words(text, span))
    )


def _arm_words(text: str, span: tuple[int, int]) -> str:
    """The agent's words that may name a loss-of-function arm: not the means its phrase ends
    with ('exosomes of MSCs through the inhibition of ROS' is how the exosomes act), unless the
    means is how their parent cells lost a gene ('through shRNA-mediated silencing of X')."""
    words = _whole_words(text, span)
    agent, *means = cues.cue("means_phrase").split(words, maxsplit=1)
    return words if means and cues.cue_found("gene_silencing", means[0]) else agent
