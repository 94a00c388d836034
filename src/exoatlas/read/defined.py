"""MSC sources an abstract defines for its own abbreviations.

The source table reads a compact name by its letters ('hAMSC' is amniotic MSCs), but papers
coin their own: 'human adipose MSC-derived exosomes (haMSC-Exos)' and 'adipose-derived
mesenchymal stem cells (AMSCs)' name adipose MSCs with letters the table gives to amniotic ones.
The abstract's own definition wins: an abbreviation whose long form names one MSC source, other
than the one the table reads in the short form, is read as that source wherever it is written; a
long form naming MSCs of no source the table knows ('antler mesenchymal stem cells (AMSCs)') is
read as MSCs of no named source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from exoatlas.model import Entity
from exoatlas.read.abbrev import find_abbreviations
from exoatlas.read.msc_vesicles import abbreviated_cells, source_mentions, token_start
from exoatlas.read.sentences import unify_dashes
from exoatlas.vocab import cues, lookup

Defined = tuple[tuple[str, str], ...]
GENERIC = "MSC"  # the label of the MSC source of no named tissue (exoatlas_terms.tsv)


@lru_cache(maxsize=256)
def defined_sources(text: str) -> Defined:
    """(cells' abbreviation as written, e.g. 'haMSC', -> the MSC source its long form names) for
    each abbreviation the text defines whose letters the table reads as another source."""
    if "(" not in text:
        return ()
    out: dict[str, str] = {}
    for short, long in find_abbreviations(unify_dashes(text)).items():
        table = {label for label, _ in source_mentions(short)}
        if not table:
            continue  # most abbreviations name no cells ('TNF-α', 'ALI'): their long form unread
        named = {label for label, _ in source_mentions(long)}
        if not named and cues.cue_found("msc", long) and _tissue_written_out(long):
            # 'antler mesenchymal stem cells (AMSCs)': MSCs of a tissue the table does not
            # know, not the amniotic ones its letters spell
            named = {GENERIC}
        if len(named) != 1 or named <= table:
            continue
        (label,) = named
        for cells in _cells(short):
            out.setdefault(cells, label)
    return tuple(out.items())


def _tissue_written_out(long: str) -> bool:
    """Does the long form name its tissue in a written-out word before the cells ('antler
    mesenchymal stem cells'), not in letters the table may read ('BM mesenchymal stromal
    cells')?"""
    words = re.findall(r"[A-Za-z]+", re.split(r"(?i)\b(?:mesenchymal|stem|stromal)\b", long)[0])
    qualifiers = cues.cue_literals("msc_long_form_qualifier")
    return any(w.islower() and len(w) >= 4 and w not in qualifiers for w in words)


def _cells(short: str) -> list[str]:
    """The cells' part of a short form as the source table matches it ('haMSC' in 'haMSC-Exos')."""
    out = []
    for _, pattern in cues.cue_group("msc_source_prefix"):
        for m in pattern.finditer(short):
            out.append(abbreviated_cells(short[token_start(short, m.start()) : m.end()]))
    return out


def as_defined(entity: Entity, written: str, defined: Defined) -> Entity:
    """The MSC source a mention names, or the one its document defines for those letters."""
    label = dict(defined).get(abbreviated_cells(written)) if defined else None
    term = lookup(label, "msc_source") if label else None
    return term.entity() if term is not None else entity
