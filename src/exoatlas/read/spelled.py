"""Abbreviations an abstract defines for its diseases and processes, spelled out where they are
grounded.

Abstracts define a short form once ('osteoarthritis (OA)', 'intervertebral disc degeneration
(IDD)') and then write only that, in the title (read before the definition) and in the results
('the EVs attenuated OA'). Most such short forms are no vocabulary entry, so the object went
ungrounded and the finding was lost. The abstract's own definition is the meaning: where the
reader grounds an object or a sentence's disease, the document's defined short forms are read
as their long forms. Only definitions whose long form (or its head before 'of': 'osteonecrosis
of the femoral head') is a recipient disease or a process the process table knows are kept; a
short form the vocabulary grounds itself ('AKI') or that names cells or an MSC source ('BMSCs')
is left alone.

The definitions are the document's, set by ``read.reader`` around reading one document
(``spelled_out_in``); with none set, text is returned unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache

from exoatlas.ground import ground_mention
from exoatlas.read.abbrev import find_abbreviations
from exoatlas.read.msc_vesicles import source_mentions
from exoatlas.read.outcome import parse_outcomes
from exoatlas.read.reading import Terms, current, reading
from exoatlas.read.sentences import unify_dashes
from exoatlas.vocab import rules


def _names_disease_or_process(long: str) -> bool:
    return bool(_named(long))


def _named(phrase: str) -> frozenset[str]:
    """The processes and recipient disease a phrase names (their keys)."""
    found = {process.key() for process, _ in parse_outcomes(phrase)}
    disease = ground_mention(phrase, "disease").best
    if disease is not None and rules.is_recipient_disease(disease):
        found.add(disease.key())
    return frozenset(found)


@lru_cache(maxsize=256)
def defined_terms(text: str) -> Terms:
    """(short form, long form) for each abbreviation the text defines for a recipient disease or
    a known process ('OA' -> 'osteoarthritis'), or for anything but the GO process the short
    form is a synonym of ('HR' -> 'heart rate'), longest short form first."""
    if "(" not in text:
        return ()
    out: dict[str, str] = {}
    for short, long in find_abbreviations(unify_dashes(text)).items():
        if len(short) < 2 or not any(c.isupper() for c in short) or source_mentions(short):
            continue  # 'BMSCs' names cells: read by the source table, never spelled out
        own = _named(short)
        if own & (_named(long.split(" of ", 1)[0]) | _named(long)):
            continue  # ('AKI', 'CKD': the vocabulary names the short form itself, as defined;
            # not 'atopic dermatitis (AD)', which it takes for Alzheimer disease)
        # ('osteonecrosis of the femoral head (ONFH)': what the vocabulary names is its head)
        for named in dict.fromkeys((long, long.split(" of ", 1)[0])):
            if _names_disease_or_process(named):
                out[short] = named
                break
        else:
            # a short form GO gives another meaning ('heart rate (HR)' is no plant-type
            # hypersensitive response): the document's own definition is what it means
            other = rules.go_process(short)
            if other is not None and rules.go_process(long) != other:
                out[short] = long
    return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))


@contextmanager
def spelled_out_in(terms: Terms) -> Iterator[None]:
    """Within the block, ``spelled_out`` reads ``terms`` (one document's definitions; the reader
    sets them with the rest of its document's state, ``read.reading``)."""
    with reading(replace(current(), terms=terms)):
        yield


@lru_cache(maxsize=256)
def _pattern(terms: Terms) -> re.Pattern[str] | None:
    """A document's short forms, as words."""
    if not terms:
        return None
    return re.compile(r"(?<![\w/])(" + "|".join(re.escape(s) for s, _ in terms) + r")s?(?![\w/])")


def spelled_out(text: str) -> str:
    """``text`` with the current document's defined short forms read as their long forms."""
    terms = current().terms
    pattern = _pattern(terms)
    if pattern is None:
        return text
    long = dict(terms)
    return pattern.sub(lambda m: long[m.group(1)], text)
