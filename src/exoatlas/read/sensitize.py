"""How the EVs change the cells' answer to a drug, said by the verb: 'the EVs sensitized HCC
cells to sorafenib', 'rendered the cells sensitive to chemotherapeutic agents', 'made gastric
cancer cells more resistant to cisplatin'. The object is the cells, not a process, so no trigger
reads it: the verb (``cues.tsv`` 'sensitizing_verb') or the state it puts the cells in
('render_verb' with 'sensitivity_state') names a change of drug resistance, lowered by
sensitizing and raised by resistance (anti- and pro-tumour), in a tumour study. Used by
``read.deep``."""

from __future__ import annotations

from typing import Any

from exoatlas.read.agents import agent_words
from exoatlas.read.deep_outcome import DeepOutcome, product_change
from exoatlas.read.doctext import text_of
from exoatlas.read.scope import is_unasserted, trigger_scope
from exoatlas.vocab import cues, rules

_STATE_DEPS = ("ccomp", "xcomp", "oprd", "acomp")


def sensitivity_frames(doc: Any, products: tuple[str, ...], tumour: bool) -> list[DeepOutcome]:
    """Each change of the cells' drug resistance a verb states of the EVs."""
    if not tumour or not cues.cue_found("sensitivity_anywhere", text_of(doc)):
        # most sentences name neither: no walk over their tokens; and a drug response is a
        # tumour study's ('rendered adipocytes sensitive to insulin' is no drug resistance)
        return []
    out: list[DeepOutcome] = []
    for token in doc:
        found = _changed(token)
        if found is None:
            continue
        verb, direction = found
        if is_unasserted(verb):
            continue
        kind, span = agent_words(verb, products)
        if kind != "product":
            continue
        if _not_a_drug(token, verb):
            continue  # 'resistant to apoptosis', 'sensitized the cells to NK killing'
        negated, hedged = trigger_scope(verb)
        for process in [rules.process_entity(cues.cue_literals("sensitivity_process")[0])]:
            out.append(product_change(process, direction, verb, span, negated, hedged))
    return out


def _changed(token: Any) -> tuple[Any, str] | None:
    """(the verb, the direction of drug resistance) when the token is a sensitizing verb or the
    state a 'render' verb puts its object in; None otherwise."""
    if token.tag_.startswith("VB") and token.dep_ != "amod":
        for direction, pattern in cues.cue_group("sensitizing_verb"):
            if pattern.match(token.lower_):
                return token, direction
        return None
    if not token.tag_.startswith("JJ"):
        return None
    state = next((d for d, p in cues.cue_group("sensitivity_state") if p.match(token.lower_)), None)
    if state is None:
        return None
    if token.dep_ in _STATE_DEPS:
        verb = token.head  # 'rendered [the cells] sensitive', parsed as the verb's complement
    elif token.dep_ == "amod" and token.head.dep_ == "dobj":
        verb = token.head.head  # 'rendered [cells sensitive]', parsed as the object's modifier
    else:
        return None
    if not cues.cue("render_verb").match(verb.lower_):
        return None
    if any(_lessens(c) for c in token.children):
        state = "increase" if state == "decrease" else "decrease"  # 'less / no longer sensitive'
    return verb, state


def _lessens(modifier: Any) -> bool:
    """'less', 'not', 'never', 'no longer' before a state turn it."""
    if modifier.dep_ == "neg" or modifier.lower_ in ("less", "not", "never"):
        return True
    return modifier.lower_ == "longer" and any(c.lower_ == "no" for c in modifier.children)


def _not_a_drug(state: Any, verb: Any) -> bool:
    """Is what the cells are made sensitive or resistant 'to' something of their own or an
    immune attack ('resistant to apoptosis', 'sensitive to NK cell killing', 'to doxorubicin
    toxicity'), not a drug or radiation (``cues.tsv`` 'sensitivity_not_drug')?"""
    for holder in (state, verb):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                said = " ".join(t.text for t in prep.subtree)
                return cues.cue_found("sensitivity_not_drug", said)
    return False
