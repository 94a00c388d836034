"""An abstract's findings settled together, once its sentences are read (``reader.read_document``).

One finding per effect (``consolidate``); cargo the abstract names goes to its effects and not to
what its cargo acts on ('X sponges miR-Y'); its statements of the vesicles' own properties are
settled with its effects; how the abstract frames what the vesicles do (a repair, a harm) settles
roles a sentence could not; the abstract's MSC source goes to findings that name none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from exoatlas.ingest.text import TextDocument
from exoatlas.model import Record
from exoatlas.read.abstract_facts import record_source, vesicle_cargo
from exoatlas.read.acted import acted_on_mirnas, drop_acted_on, not_acted_on
from exoatlas.read.consolidate import (
    consolidate,
    drop_opposed,
    opposition_stands,
    propagate_cargo,
    record_cargo,
    settle_roles,
    settle_source,
    settle_wound_collagen,
)
from exoatlas.read.locate import section_sentences
from exoatlas.read.properties import is_neutral, settle_statements
from exoatlas.read.sentences import split_sentences
from exoatlas.vocab import cues, rules


def settle_abstract(records: list[Record], document: TextDocument, unnamed: str) -> list[Record]:
    """The findings of a MEDLINE abstract, settled together; ``unnamed``: the extractor family
    of an effect read with no named process (kept only when a role was found for it)."""
    titled = [r for r in records if in_title(r)]  # (consolidate folds them in)
    records = consolidate(records, Record)  # one finding per effect of an abstract
    acted = acted_on_mirnas(s for x in document.sections for s in section_sentences(x))
    records = drop_acted_on(records, acted, Record)  # 'X sponges miR-Y': no cargo
    # the abstract's cargo goes to its effects; its statements of the EVs' own properties
    # keep theirs (and a content statement stays only when it names cargo no effect has)
    effects = [r for r in records if not is_neutral(r)]
    cargo = record_cargo(effects, not_acted_on(vesicle_cargo(document), acted))
    given = iter(propagate_cargo(effects, cargo, Record))
    records = [r if is_neutral(r) else next(given) for r in records]
    records = settle_statements(records, in_title)
    framed = framing(document, [r.finding.outcome.role for r in titled])
    records = settle_wound_collagen(records, Record, document.title or "")
    records = settle_roles(records, Record, repair=framed.repair, harm=framed.harm)
    # (a title's repair alone drops a lone opposed finding only: two harms the abstract states
    # beside it are likelier its own results than two misreadings)
    opposed = set(rules.opposed_roles("protective"))
    lone = sum(r.finding.outcome.role in opposed for r in records) <= 1
    dropping = framed.said or (framed.repair and lone)
    if dropping and not opposition_stands(records, "protective", titled):
        records = drop_opposed(records, "protective")
    records = settle_source(records, record_source(document), Record)
    # an effect with neither a name nor a role is no finding
    return [
        r
        for r in records
        if r.finding.outcome.role != "unknown" or not r.evidence.extractor.endswith(unnamed)
    ]


def in_title(record: Record) -> bool:
    return record.evidence.locator.startswith('section "Title"')


def tumour_section(title: str, paragraphs: list[str]) -> bool:
    """A section about a tumour: its title says so (not a title setting regeneration beside
    cancer, ``titled_tumour``), or (an abstract) its text does."""
    if titled_tumour(title):
        return True
    text = " ".join(paragraphs)
    # one passing tumour word ('unlike in tumours') does not make an abstract a tumour study,
    # nor tumour words in its opening sentence alone ('MSCs are involved in cancer initiation and
    # metastasis' opening an aneurysm study) unless that sentence is a third of the abstract;
    # tumour words in any later sentence (the cells used, a xenograft, the conclusion) do
    # (or the cell lines it uses, ``cues.tumour_study_words``: 'MCF-7 cells')
    if len(text) >= 4000 or cues.tumour_study_words(text) < 2:
        return False
    sentences = split_sentences(text)
    said = [i for i, s in enumerate(sentences) if cues.tumour_study_words(s)]
    if len(said) == 1 and not cues.tumour_words(text):
        # cell lines named in one sentence alone, no tumour word: the study's tumour unless the
        # sentence denies an effect on them, a safety check ('did not promote the
        # proliferation of MCF-7 or HCT116 cells')
        return not cues.cue_found("negation", sentences[said[0]])
    return len(said) >= 2 or said != [0] or 3 * len(said) >= len(sentences)


def titled_tumour(title: str) -> bool:
    """Does a title name a tumour as its topic: a tumour word or a tumour-model cell line, and
    not set beside regeneration ('exosomes in regenerative medicine and cancer', ``cues.tsv``
    'dual_topic_title': two topics, each sentence's own tumour words tell which)?"""
    # (the two-topic phrase blanked: 'MSC exosomes promote breast cancer growth: implications for
    # tissue regeneration and cancer therapy' still names its tumour)
    return cues.tumour_study_words(cues.cue("dual_topic_title").sub(" ", title)) > 0


class Framing(NamedTuple):
    """How an abstract frames what its EVs do (``framing``)."""

    said: bool  # its words call it a repair ('cardioprotective', 'the beneficial effects of')
    repair: bool  # ... or its title's findings are all repair ('MSC-EVs alleviate X')
    harm: bool  # it calls it a harm ('the procoagulant activity of MSCs/EVs')


def framing(document: TextDocument, titled: Sequence[str] = ()) -> Framing:
    """How an abstract that is no tumour study (no tumour word in the title, fewer than two in
    the text) frames what its MSCs' vesicles do: as a repair (it calls it beneficial:
    'cardioprotective', 'the beneficial effects of ...'; or the roles of its title's findings,
    ``titled``, are all repair) or as a harm (``says_harm``: 'the procoagulant activity of
    MSCs/EVs'); a harm outweighs any 'therapeutic' it also says."""
    paragraphs = [p for s in document.sections if s.title != "Title" for p in s.paragraphs]
    title = document.title or ""
    if cues.tumour_words(title) or tumour_section("", paragraphs):
        return Framing(False, False, False)
    text = " ".join([title, *paragraphs])
    harm = says_harm(text)
    # (not a benefit said to be impaired or altered: 'donor obesity may impair the
    # immunomodulatory function of MSCs', ``cues.tsv`` 'benefit_undermined')
    said = not harm and any(
        not cues.benefit_undermined(before := text[max(0, m.start() - 60) : m.start()], before)
        for m in cues.cue("benefit_adjective_anywhere").finditer(text)
    )
    claimed = bool(titled) and all(role in ("protective", "regenerative") for role in titled)
    return Framing(said, said or (claimed and not harm), harm)


def says_harm(text: str) -> bool:
    """Does an abstract call what the MSCs or their vesicles do unwanted, adverse or
    procoagulant ('the procoagulant activity of MSCs/EVs', ``cues.tsv`` 'harm_framing'), not as
    a harm avoided or only risked ('to avoid adverse effects of MSC therapy',
    'harm_framing_avoided', in the 60 characters before) nor one denied ('adverse effects of
    MSC-EVs were absent', 'harm_framing_denied', after)?"""
    avoided, denied = cues.cue("harm_framing_avoided"), cues.cue("harm_framing_denied")
    return any(
        not avoided.search(text[max(0, m.start() - 60) : m.start()])
        and not denied.match(text, m.end())
        for m in cues.cue("harm_framing").finditer(text)
    )
