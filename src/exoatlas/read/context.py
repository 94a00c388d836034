"""What a section's sentences name that later sentences inherit: the MSC source, EV type and
disease a sentence names (``sentence_slots``), and the earlier sentences of a section, whose
mentions are looked up only when a later sentence needs them (``SectionContext``). Used by
``read.reader``."""

from __future__ import annotations

import re
from typing import Any

from exoatlas.model import Entity
from exoatlas.read.defined import Defined, as_defined
from exoatlas.read.mentions import Mention, find_mentions
from exoatlas.read.msc_vesicles import attached_sources
from exoatlas.read.preparations import Preparation
from exoatlas.read.spelled import spelled_out
from exoatlas.vocab import cues, lookup, rules


def _is_condition_not_recipient(entity: Entity) -> bool:
    """MeSH 'diseases' that in these texts name a culture condition, a lesion or a behaviour
    ('Hypoxia', 'Fibrosis', 'Attention'), not the recipient."""
    return entity.label in cues.cue_literals("condition_not_recipient") or not (
        rules.is_recipient_disease(entity)
    )


def _inside_gene_name(sentence: str, mention: Mention) -> bool:
    """'B cell lymphoma 2 (Bcl-2)': a disease word inside a protein's name."""
    after = sentence[mention.end : mention.end + 12]
    return bool(re.match(r"\s*\d|[- ]?(?:like|associated|related) protein", after))


Slots = dict[str, Entity | None]


def sentence_slots(
    sentence: str, mentions: list[Mention], sources: frozenset[str], defined: Defined = ()
) -> Slots:
    """The product and disease a sentence names (what later sentences inherit); ``sources``:
    the MSC sources its document names; ``defined``: those it defines for its abbreviations."""
    attached = attached_sources(sentence, sources, defined)
    parent = next((lookup(a, "msc_source") for a in attached), None)
    source = (
        parent.entity()
        if parent
        else next(
            (
                as_defined(m.entity, m.text, defined)
                for m in mentions
                if m.entity.kind == "msc_source"
            ),
            None,
        )
    )
    if source is None and cues.cue_found("msc", sentence):
        source = rules.concept_entity("generic_msc", "msc_source")
    ev = next((m.entity for m in mentions if m.entity.kind == "ev_type"), None)
    disease = _disease(sentence, mentions)
    spelled = spelled_out(sentence)
    if disease is None and spelled != sentence:
        # ('in PF mice': the abstract's own short form for a disease, read as it defined it)
        disease = _disease(spelled, find_mentions(spelled))
    return {"source": source, "ev": ev, "disease": disease}


def _disease(sentence: str, mentions: list[Mention]) -> Entity | None:
    # ('Radiotherapy for oral cancer damages the salivary glands': the glands' harm is the
    # disease, not the cancer the therapy is for)
    harm = [m.span() for m in cues.cue("therapy_harm_indication").finditer(sentence)]
    # ('with no evidence of teratoma formation': a tumour they did not cause, no disease studied)
    if cues.tumour_words(sentence) or "teratoma" in sentence.casefold():
        harm += [m.span() for m in cues.cue("tumour_safety_denial").finditer(sentence)]
    return next(
        (
            m.entity
            for m in mentions
            if m.entity.kind == "disease"
            and not _is_condition_not_recipient(m.entity)
            and not _inside_gene_name(sentence, m)
            and not any(a <= m.start < b for a, b in harm)
        ),
        None,
    )


class SectionContext:
    """Earlier sentences of a section; their mentions are found only when a later sentence
    needs to inherit something ('These exosomes also ...'), so sentences without an outcome
    cost no lexicon lookups unless they are needed."""

    def __init__(self, sources: frozenset[str], defined: Defined = ()) -> None:
        self.sources = sources  # the MSC sources the document names (``sentence_slots``)
        self.defined = defined
        self._sentences: list[str] = []
        self._slots: dict[int, Slots] = {}
        # the preparations the last sentence that named several together named
        self.preparations: list[Preparation] = []
        self.parse: Any = None  # the last sentence's parse (None: it had none)
        # an earlier sentence of the section read an effect of the EVs: the study's results
        # have begun, and a result stated with no agent at all is theirs (``read.reader``)
        self.ev_result = False
        # an earlier sentence said the MSC vesicles were given to the animals or cells ('Mice
        # received MSC-EVs'): the results that follow may be theirs (``read.reader``)
        self.ev_given = False
        # an earlier sentence of the section stated another arm's change ('5-ASA reduced X'):
        # a Results part's agentless result is no longer the EVs' by its place alone
        self.other_result = False

    def add(self, sentence: str, slots: Slots | None = None) -> None:
        if slots is not None:
            self._slots[len(self._sentences)] = slots
        self._sentences.append(sentence)

    def earlier(self) -> tuple[str, ...]:
        """The section's sentences before this one."""
        return tuple(self._sentences)

    def last_sentence(self, parsed: Any) -> tuple[str, Any] | None:
        """The sentence before this one (``parsed``'s) with its parse, if any."""
        last, self.parse = self.parse, parsed
        return (self._sentences[-1], last) if self._sentences else None

    def get(self, slot: str) -> Entity | None:
        """The latest earlier sentence's value for ``slot``."""
        for i in range(len(self._sentences) - 1, -1, -1):
            slots = self._slots.get(i)
            if slots is None:
                sentence = self._sentences[i]
                mentions = find_mentions(sentence)
                slots = self._slots[i] = sentence_slots(
                    sentence, mentions, self.sources, self.defined
                )
            if slots[slot] is not None:
                return slots[slot]
        return None
