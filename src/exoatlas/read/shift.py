"""A shift of state: 'the EVs shifted macrophages from the M1 to the M2 phenotype', 'promoted a
switch of microglia from a pro-inflammatory to an anti-inflammatory state'. What the cells leave
goes down, what they take up goes up. The shift word (``cues.tsv`` 'shift_word') is a verb whose
agent is the EVs, or a noun that an increasing trigger of the EVs governs; the two states are the
text after 'from' (when named: 'shifted microglia to the M2 phenotype' names only what they
take up) and after 'to' / 'toward(s)' / 'into', each grounded as the keyword reader
grounds a phrase, with the words between the shift and 'from' ('macrophage polarization') as
their context. Used by ``read.deep``."""

from __future__ import annotations

import re
from typing import Any

from exoatlas.model import Entity
from exoatlas.read.agent_kind import agent_kind
from exoatlas.read.agents import agent_words
from exoatlas.read.doctext import text_of, token_at
from exoatlas.read.outcome import parse_outcomes
from exoatlas.read.scope import is_unasserted, trigger_scope
from exoatlas.vocab import cues, rules

Span = tuple[int, int]
Shift = tuple[Entity, str, Span, int]
_STATES = re.compile(
    r"^(?P<context>(?:[\w/+-]+\s+){0,4}?)(?:from\s+(?P<left>(?:[\w/+-]+\s+){0,5}?))?"
    r"(?P<to>to|towards?|into)\s+(?P<right>[\w/+-]+(?:\s+[\w/+-]+){0,4}?)(?=[,.;)]|\s+(?:and|in|by|via|"
    r"through|"
    r"after|which|thereby|as|at|with|rather)\b|$)",
    re.IGNORECASE,
)
_GENERIC = frozenset({"state", "states", "type", "types", "status", "phenotypes", "phenotype"})


def shifts(doc: Any, products: tuple[str, ...], tumour: bool) -> list[Shift]:
    """(process, direction, where the EVs are named, where the shift word is) of each shift the
    EVs bring about in a parsed sentence."""
    out: list[Shift] = []
    if not cues.cue_found("shift_stem", text_of(doc)):
        return out
    shift, toward = cues.cue("shift_word"), cues.cue("shift_toward_word")
    for word in doc:
        towards_only = not shift.match(word.lower_)
        if towards_only and not toward.match(word.lower_):
            continue
        named = _agent(word, products)
        if named is None:
            continue
        agent, stopped = named
        after = text_of(doc)[word.idx + len(word.text) :].lstrip()
        found = _STATES.match(after)
        if found is None or (towards_only and not found["to"].lower().startswith("toward")):
            continue  # 'regulated X toward M2' shifts; 'regulated X to promote Y' need not
        start = (
            word.idx + len(word.text) + len(text_of(doc)[word.idx + len(word.text) :]) - len(after)
        )
        if _infinitive(doc, start + found.start("right")):
            continue  # 'inhibited M1 polarization to promote repair': a purpose, no state
        context = found["context"].strip()
        left = _states(found["left"] or "", context, tumour)  # ('shifted X to M2': no 'from')
        right = _states(found["right"], context, tumour)
        if found["left"] is None and not towards_only and _stated(context, tumour):
            # 'converted M1 macrophages into M2 macrophages': the object is the state left
            left, right = _stated(context, tumour), _states(found["right"], "", tumour)
        if towards_only:  # 'regulated X toward the M2 phenotype': only a state of cells
            left, right = [], [(p, d) for p, d in right if _cell_state(p)]
        said: dict[str, tuple[Entity, str]] = {}
        ways = ("increase", "decrease") if stopped else ("decrease", "increase")
        for states, moved in ((left, ways[0]), (right, ways[1])):
            for process, direction in states:
                flipped = direction == "decrease"
                way = ("increase" if moved == "decrease" else "decrease") if flipped else moved
                earlier = said.get(process.key())
                if earlier is not None and earlier[1] != way:
                    said[process.key()] = (process, "")  # both sides name it: no change read
                elif earlier is None:
                    said[process.key()] = (process, way)
        out += [(p, d, agent, word.idx) for p, d in said.values() if d]
    return out


def _agent(word: Any, products: tuple[str, ...]) -> tuple[Span, bool] | None:
    """Where the EVs that bring the shift about are named, and whether they stop it rather than
    bring it about: the shift verb's agent, or that of the verb whose object the shift noun is
    ('drove a switch of X from ...'; 'prevented the switch ...' reverses it)."""
    node, stopped = word, False
    if word.tag_.startswith("NN"):
        node = word.head
        polarity = rules.polarity_of(node.text) if node.i != word.i else "none"
        if word.dep_ not in ("dobj", "nsubjpass") or polarity == "restore":
            return None
        stopped = polarity == "decrease"
    elif not word.tag_.startswith(("VB", "JJ")):  # a verb the tagger took for an adjective
        return None
    if any(trigger_scope(node)) or is_unasserted(node):
        return None  # 'did not shift', 'failed to shift', 'may shift'
    for by in (c for c in node.children if c.dep_ == "agent"):
        if agent_kind(" ".join(t.text for t in by.subtree), products) != "product":
            return None  # 'shifted from M2 to M1 by LPS and ... by the EVs': whose is which
    kind, span = agent_words(node, products)
    return (span, stopped) if kind == "product" else None


def _states(text: str, context: str, tumour: bool) -> list[tuple[Entity, str]]:
    words = text.split()
    while words and words[0].casefold() in ("the", "a", "an", "their", "its"):
        words = words[1:]
    if not words:
        return []
    bare = " ".join(words[:-1]) if words[-1].casefold() in _GENERIC and len(words) > 1 else ""
    phrase = " ".join(words)
    candidates = [f"{phrase} {context}".strip(), f"{bare or phrase} phenotype"]
    candidates += [f"{bare or phrase} cells", phrase]
    found: dict[str, tuple[Entity, str]] = {}
    for candidate in candidates:
        for process, direction in parse_outcomes(candidate, tumour=tumour):
            if process.grounded:
                found.setdefault(process.key(), (process, direction))
    return list(found.values())


def _stated(context: str, tumour: bool) -> list[tuple[Entity, str]]:
    """The states of cells the shift's object names itself ('M1 macrophages'), not bare cells
    ('macrophages'), a change of no stated direction ('macrophage polarization') or a process
    that is no state of cells ('modulated angiogenesis toward ...')."""
    return [
        (process, direction)
        for process, direction in _states(context, "", tumour)
        if not process.label.endswith("direction not stated") and _cell_state(process)
    ]


def _cell_state(process: Entity) -> bool:
    return bool(cues.cue("cell_state_process").search(process.label))


def _infinitive(doc: Any, at: int) -> bool:
    """Is the word at character ``at`` a verb's base form ('to promote repair')?"""
    word = token_at(doc, at)
    return word is not None and word.tag_ == "VB"
