"""What a whole abstract says of its vesicles, read once per document by ``read.reader``: the
MSC source it names most often, and the RNAs and genes its vesicle sentences say the EVs carry."""

from __future__ import annotations

from collections import Counter

from exoatlas.ingest.text import TextDocument
from exoatlas.model import Entity
from exoatlas.read.cargo import carried_genes, lost_in_parent_cells
from exoatlas.read.defined import defined_sources
from exoatlas.read.locate import section_sentences
from exoatlas.read.mentions import find_mentions
from exoatlas.read.msc_vesicles import masked, source_mentions
from exoatlas.read.rnanames import carried_rnas
from exoatlas.vocab import cues, lookup, rules
from exoatlas.vocab.hierarchy import MIRNA_ROOT


def record_source(document: TextDocument) -> Entity | None:
    """The MSC source an abstract names most often ('hBMSC-Exos', 'bone marrow MSCs'); MSCs
    unspecified when it names no specific one (or two equally often): an abstract triage kept
    is about MSC-derived vesicles, so its EVs are MSCs' even where a sentence says 'the EVs'."""
    text = " ".join([document.title or ""] + [p for s in document.sections for p in s.paragraphs])
    defined = defined_sources(text)
    text = masked(text)  # the parent cells of its vesicles, or else every MSC source it names
    named = source_mentions(text, None, defined)
    counts = Counter([label for label, attached in named if attached] or [n for n, _ in named])
    generic = rules.concept_entity("generic_msc", "msc_source")
    if not counts:
        return generic
    ranked = counts.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return generic
    term = lookup(ranked[0][0], "msc_source")
    return term.entity() if term is not None else None


_RNA_WORDS = ("mir", "let-", "microrna", "lnc", "circ", "long non", "pir-", "pirna")


def vesicle_cargo(document: TextDocument) -> list[Entity]:
    """miRNAs (and lncRNAs, circRNAs) named in a sentence that names vesicles or a cargo verb
    ('exosomal miR-21', 'EVs enriched in miR-210'), and genes named in a cargo frame
    ('exosomal Nrf2', ``read.cargo``): the EVs' cargo."""
    out: list[Entity] = []
    for section in document.sections:
        named_class = False  # the sentence before named the EVs' miRNAs as a class, none by name
        for sentence in section_sentences(section):
            out += carried_genes(sentence)
            lowered = sentence.casefold()
            after_class, named_class = named_class, False
            fragments = cues.cue("rna_fragment").findall(sentence) if "rna" in lowered else []
            if not fragments and not any(w in lowered for w in _RNA_WORDS):
                continue
            vesicles = cues.cue_found("ev", sentence)
            # the class's members, unless this sentence places its miRNAs elsewhere
            after_class = after_class and not cues.cue_found("vesicle_mirna_elsewhere", sentence)
            if not (
                vesicles
                or after_class
                or cues.cue("cargo_verb").search(sentence)
                or lost_in_parent_cells(sentence)
                # 'these effects rest on miR-X', not on the recipients' own RNA
                or (
                    cues.cue_found("effect_mediated", sentence)
                    and not cues.cue_found("recipient_rna", sentence)
                )
            ):
                continue
            rnas = carried_rnas(sentence, find_mentions(sentence))
            out += rnas
            # 'we found miRNAs highly expressed in the EVs. miR-X and miR-Y ...': those are they
            named = [e for e in rnas if e.curie != MIRNA_ROOT]  # 'miRNAs' is the class itself
            named_class = (
                not named
                and vesicles
                and cues.cue_found("vesicle_mirna_class", sentence)
                and not cues.cue_found("negation", sentence)  # 'the EVs did not contain miRNAs'
            )
            # tRNA-derived fragments have no miRBase entry: named as written, ungrounded
            out += [Entity(label=f, kind="mirna", grounded=False, text=f) for f in fragments]
    return out
