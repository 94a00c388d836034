"""A clause that says the EVs did the opposite of what a stimulus did: 'LPS raised X and lowered
Y in the cells, whereas the reverse changes were seen in cells that got the EVs', 'the injury
induced X, which the EVs reversed' (``opposite_clause`` in cues.tsv). The first clause's changes
are the stimulus's (its subject is no EV), and what the EVs did is each of them reversed: the
EVs lowered X and raised Y. Used by ``read.reader``."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from exoatlas.model import Entity
from exoatlas.read.agent_kind import agent_kind
from exoatlas.read.arms import loss_of_function_arm, manipulated_first
from exoatlas.read.comparative import stated_comparatives
from exoatlas.read.deep import TURNED, read_parsed
from exoatlas.read.deep_outcome import DeepOutcome
from exoatlas.read.groups import other_arm
from exoatlas.read.outcome import parse_outcomes
from exoatlas.vocab import cues, rules

_BENEFITS = ("protective", "regenerative", "anti_tumor")


def reversed_by_product(
    sentence: str,
    products: tuple[str, ...],
    *,
    tumour: bool,
    parsed: Any = None,
    effectors: tuple[str, ...] = (),
) -> list[tuple[Entity, str, DeepOutcome | None]] | None:
    """The EVs' changes in a sentence whose later clause says they reversed the changes its
    earlier clause states of something else: those changes, each reversed ([] when the earlier
    clause states none the vocabulary names). None for a sentence of any other shape: no such
    clause, a reversing clause that names no EVs, or an earlier clause that names them (then
    what they did is stated there, and the sentence is read as usual).

    ``parsed``: the sentence's parse. The changes it reads in the earlier clause, whoever
    made them (``stimulus``), come first, each turned round with the reversing clause as its
    agent (so the preparations it names each do it: 'which was reversed by A or B'); the
    keyword reading adds what the parse missed. An injury clause is often a long list of
    readouts ('raised A, B and C and lowered D in the injured mice'), which the parse reads
    item by item and the keywords do not."""
    if not cues.cue_found("opposite_clause", sentence):
        return None
    found = cues.cue("opposite_clause").search(sentence)
    if found is None:
        return None
    before, after = sentence[: found.start()], sentence[found.start() :]
    if agent_kind(after, products) != "product" or agent_kind(before, products) == "product":
        return None
    if _another_arms(after, products):
        return None  # '..., which was reduced in the MSC group': not the EVs' doing
    if _denied(after):
        return None  # '..., which was not reversed by the EVs': no change of theirs to turn round
    if cues.cue_found("inhibitor_agent", after) or cues.cue_found("blocking_arm", after):
        return None  # 'the reverse was found with knockdown of X in the EVs': not the EVs' own
    return _turned_round(
        parsed,
        before,
        products,
        tumour=tumour,
        effectors=effectors,
        clause=(found.start(), len(sentence)),
        reference=after,
    )


def scarcely_undone(sentence: str) -> bool:
    """Does the sentence say the EVs scarcely or did not undo what a stimulus did ('X rose,
    which was hardly attenuated by the EVs')? Its changes are the stimulus's, none of theirs."""
    found = cues.cue("opposite_clause").search(sentence)
    if found is None:
        return False
    return _denied(sentence[found.start() :])


def _another_arms(clause: str, products: tuple[str, ...]) -> bool:
    """Does a reversing clause name another arm as what reversed the changes, and the EVs not at
    all ('and these changes were reduced in the MSC group', 'in group III' of MSCs)? Not when it
    names them too ('reversed by the EVs, approaching the values of group I')."""
    named = cues.cue_found("ev", clause) or any(p in clause for p in products)
    return other_arm(clause, products) and not named


def _denied(clause: str) -> bool:
    """Does a reversing clause deny or all but deny the reversal ('not', 'hardly')?"""
    return cues.cue_found("negation", clause) or cues.cue_found("weak_negation", clause)


def reversed_back(
    sentence: str,
    products: tuple[str, ...],
    *,
    tumour: bool,
    previous: tuple[str, Any] | None,
    effectors: tuple[str, ...] = (),
) -> list[tuple[Entity, str, DeepOutcome | None]] | None:
    """The EVs' changes in a sentence that refers back to the changes the sentence before it
    stated ('However, these changes were reversed after EV treatment', ``back_reversal``): each
    of those turned round ([] when none is named). None for a sentence of any other shape, one
    naming no EVs or an inhibitor, or when the sentence before names the EVs (its changes may
    be theirs). ``previous``: the sentence before, with its parse (None when it has none)."""
    if previous is None or not cues.cue_found("back_reversal", sentence):
        return None
    text, parse = previous
    if agent_kind(sentence, products) != "product" or agent_kind(text, products) == "product":
        return None
    if _another_arms(sentence, products) or any(
        cues.cue_found(cue, sentence) for cue in ("inhibitor_agent", "blocking_arm")
    ):
        return None  # another arm's or an inhibitor's doing
    if _denied(sentence):
        return None  # 'these changes were not reversed'
    out = _turned_round(
        parse,
        text,
        products,
        tumour=tumour,
        effectors=effectors,
        clause=(0, len(sentence)),
        reference=sentence,
    )
    if cues.cue_found("back_improvement", sentence):
        # 'these parameters improved after EV treatment': only the harms of the sentence before
        # are turned round (its 'reduced fibrosis' is no fibrosis the EVs then raised)
        out = [o for o in out if rules.role(o[0], o[1], tumour=tumour) in _BENEFITS]
    return out


def _turned_round(
    parse: Any,
    text: str,
    products: tuple[str, ...],
    *,
    tumour: bool,
    effectors: tuple[str, ...],
    clause: tuple[int, int],
    reference: str = "",
) -> list[tuple[Entity, str, DeepOutcome | None]]:
    """The changes something other than the EVs makes in ``text`` (read from its parse, and by
    the keyword window for what the parse misses), each turned round as the EVs' own, the
    reversing ``clause`` their agent. In one sentence ``text`` is the part before that clause,
    so the parse's changes must come before it too."""
    out: list[tuple[Entity, str, DeepOutcome | None]] = [
        (o.process, TURNED[o.direction], _turned(o, clause))
        for o in (
            read_parsed(parse, products, tumour=tumour, stimulus=True, effectors=effectors)
            if parse
            else []
        )
        # (the parse may give the earlier clause's change to the EVs the later clause names:
        # 'X was higher in injured rats, which was reversed by the EVs'; the earlier clause
        # names no EVs, so no change of it is theirs)
        if o.trigger_at < len(text)
        and o.direction in TURNED
        and not o.negated
        and (o.process.grounded or o.unnamed)
    ]
    named = {process.key() for process, _, _ in out}
    # ('this increase was reduced by the EVs': only the stated rise is turned round)
    referred = {d for d, p in cues.cue_group("back_reference_direction") if p.search(reference)}
    for c in stated_comparatives(parse, len(text), tumour) if parse else []:
        if c.direction in TURNED and c.process.key() not in named:
            named.add(c.process.key())
            out.append((c.process, TURNED[c.direction], None))
    out += [
        (process, TURNED[direction], None)
        for process, direction in parse_outcomes(_without_stimulus(parse, text), tumour=tumour)
        if direction in TURNED and process.key() not in named
    ]
    # (each turned round: its stated direction is the reverse of the one it has here)
    return [o for o in out if not referred or TURNED[o[1]] in referred]


def _without_stimulus(parse: Any, text: str) -> str:
    """The earlier clause less the subject of its first active change verb: what made the
    changes ('Oxidative stress reduced the proliferation of X'), blanked so the keyword reading
    does not take it for one of them (same length)."""
    if parse is None:
        return text
    verb = next(
        (
            t
            for t in parse
            if t.idx < len(text) and t.tag_.startswith("VB") and rules.polarity_of(t.text)
        ),
        None,
    )
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    if not subjects:
        return text
    start, end = subjects[0].left_edge.idx, subjects[0].right_edge.idx
    end += len(parse[subjects[0].right_edge.i].text)
    return text[:start] + " " * (end - start) + text[end:] if end <= len(text) else text


def _turned(outcome: DeepOutcome, clause: tuple[int, int]) -> DeepOutcome:
    """A change of the earlier clause as the EVs' own: reversed, the reversing clause its agent.
    Its 'could' ('X rose, which could be reversed by the EVs') reports what was seen, as the
    ability modal does in a Results section: ``ability``, so no hedge."""
    return replace(
        outcome,
        direction=TURNED[outcome.direction],
        agent="product",
        hedged=False,
        ability=True,
        agent_span=clause,
        trigger_at=clause[1],
    )


def product_clause(sentence: str, products: tuple[str, ...]) -> str:
    """The part of a sentence the keyword window may read as the EVs' (it has no parse to tell
    whose each change is): of two clauses joined by a contrast mark ('Serum deprivation raised
    apoptosis, whereas little change was seen in cells given the EVs'), the one that names the
    EVs when the other does not (of two joined by ', and', the second when only it names
    them: 'Hypoxia raised X, and the EVs lowered it'); the whole sentence otherwise; nothing
    when what makes the changes is a loss-of-function manipulation (``inhibitor_agent``) named
    before them."""
    clause = _named_clause(sentence, products)
    # 'Knock-down of miR-X in the EVs raised apoptosis', 'blocking exosome release with GW4869
    # worsened the injury': what a loss-of-function manipulation does is not what the EVs do
    arm = loss_of_function_arm(clause)  # 'sh-X-Exos raised apoptosis' (read.arms)
    if not arm and not cues.cue_found("inhibitor_agent", clause):
        return clause
    manipulations = [m.span() for m in cues.cue("inhibitor_agent").finditer(clause)]
    if arm:
        manipulations += [m.span() for m in cues.cue("loss_of_function_arm").finditer(clause)]
        manipulations.sort()
    if not manipulations:
        return clause
    # a change word of the manipulation's own ('blocking exosome release') does not count
    return "" if manipulated_first(clause, manipulations) else clause


_SUBJECT_WORDS = 3  # the words after a join that may name the second clause's subject


def _named_clause(sentence: str, products: tuple[str, ...]) -> str:
    opening = cues.cue("concessive_opening").match(sentence)
    if opening is not None:  # 'Although A raised X, the EVs ...': the two events' clauses
        head, rest = sentence[: opening.end()], sentence[opening.end() :]
        named = agent_kind(head, products) == "product"
        if named != (agent_kind(rest, products) == "product"):
            return head if named else rest
    lowered = sentence.casefold()
    for mark in cues.cue_literals("contrast_mark"):
        at = lowered.find(f", {mark} ")
        if at < 0:
            continue
        before, after = sentence[:at], sentence[at:]
        first = agent_kind(before, products) == "product"
        second = agent_kind(after, products) == "product"
        if first != second:
            return before if first else after
    for mark in cues.cue_literals("joining_mark"):
        at = lowered.find(f", {mark} ")
        if at < 0:
            continue
        # 'Hypoxia raised X, and the EVs lowered it': the second clause, when only it names them
        # (the vesicles the second clause's subject, within its first words: not 'X shrank, and
        # this benefit was due to the EVs', nor a list 'A, B, and C: the EVs reduced each')
        subject = " ".join(sentence[at + len(mark) + 2 :].split()[:_SUBJECT_WORDS])
        if (
            agent_kind(subject, products) == "product"
            and agent_kind(sentence[:at], products) != "product"
            and rules.polarity_pattern().search(sentence[:at]) is not None  # a clause, no list
        ):
            return sentence[at:]
    return sentence
