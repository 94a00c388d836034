"""The rules conflicts, designs and compare judge by, as data (issue 19): re-exported by
``vocab.rules``, beside the reader's rules, and loaded the same way (lazily, once, each table in
``vocab/data`` with a ``source`` column).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from exoatlas.vocab import cues, read_tsv

# --- conflict rules (issue 19; added by the analyses engineer) --------------------------------
#
# role_opposition.tsv   pairs of roles that oppose: the same cargo moving a process the same way
#                       with opposed roles in two diseases is a context-dependent role
# conflict_context.tsv  the context fields that explain a conflict, and whether a step stated on
#                       one side only (engineering, loading, preconditioning) is a difference
# inhibitor_forms.tsv   how a text names an inhibitor of X (antagomiR-X, si-X, X knockdown)


@cache
def _opposed() -> frozenset[tuple[str, str]]:
    pairs = {(r["role"], r["opposes"]) for r in read_tsv("role_opposition.tsv")}
    return frozenset(pairs | {(b, a) for a, b in pairs})


def opposed_roles(role_name: str) -> tuple[str, ...]:
    """The roles that oppose ``role_name`` ('pro_tumor' -> anti_tumor, protective, ...)."""
    return tuple(sorted(b for a, b in _opposed() if a == role_name))


def roles_oppose(a: str, b: str) -> bool:
    return (a, b) in _opposed()


def beneficial_first(a: str, b: str) -> bool:
    """True when role ``a`` is the table's left column against ``b`` (anti-tumour, protective,
    regenerative before pro-tumour, pathogenic): the order a context-dependent pair is shown in."""
    return (a, b) in _left_first()


@cache
def _left_first() -> frozenset[tuple[str, str]]:
    return frozenset((r["role"], r["opposes"]) for r in read_tsv("role_opposition.tsv"))


@dataclass(frozen=True)
class ContextField:
    field: str
    absence_differs: bool  # a step stated on one side only counts as a difference
    label: str
    source: str


@cache
def conflict_context() -> tuple[ContextField, ...]:
    """The context fields that explain a conflict, in table order."""
    return tuple(
        ContextField(r["field"], r["absence_differs"] == "yes", r["label"], r["source"])
        for r in read_tsv("conflict_context.tsv")
    )


@cache
def _inhibitor_forms() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for r in read_tsv("inhibitor_forms.tsv"):
        body = r["pattern"]
        pattern = {
            "prefix": rf"^\s*(?:{body})(?P<target>\S.*)$",
            "suffix": rf"^(?P<target>.+?)\s*(?:{body})",
            "inner": rf"(?:{body})",
        }[r["position"]]
        out.append((r["position"], re.compile(pattern, re.IGNORECASE)))
    # the grounded form ('... (inhibits hsa-mir-222)') names its target exactly: it goes first
    out.sort(key=lambda item: item[0] != "inner")
    return tuple(out)


def inhibitor_target(text: str) -> str | None:
    """What an inhibitor names as its target: 'antagomiR-21' -> 'miR-21', 'si-PTEN' -> 'PTEN',
    'miR-155 knockdown' -> 'miR-155', 'antagomiR-222 (inhibits hsa-mir-222)' -> 'hsa-mir-222';
    None for text that names no inhibitor form."""
    if not cues.is_inhibitor(text):
        return None
    for position, pattern in _inhibitor_forms():
        found = pattern.search(text)
        if found is None:
            continue
        target = (found.group(1) if position == "inner" else found.group("target")).strip()
        if position == "prefix" and re.match(r"\d", target):
            target = "miR-" + target  # antagomiR-21 inhibits miR-21
        return target or None
    return None


# --- design rules (issue 19; added by the analyses engineer) ----------------------------------
#
# disease_anatomy.tsv  a general condition in one organ that is evidence for an indication
#                      (Reperfusion Injury + kidney -> Acute Kidney Injury)
# route_cues.tsv       how an evidence sentence states a route, per route of the vocabulary


@dataclass(frozen=True)
class DiseaseEquivalent:
    indication: str
    condition: str
    tissue: str
    label: str
    source: str


@cache
def disease_equivalents() -> tuple[DiseaseEquivalent, ...]:
    return tuple(
        DiseaseEquivalent(r["indication"], r["condition"], r["tissue"], r["label"], r["source"])
        for r in read_tsv("disease_anatomy.tsv")
    )


@cache
def route_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(route CURIE, pattern) for every route an evidence sentence can state."""
    return tuple(
        (r["route"], re.compile(r["pattern"], re.IGNORECASE)) for r in read_tsv("route_cues.tsv")
    )


def routes_stated(text: str) -> tuple[str, ...]:
    """Route CURIEs a sentence states ('intravenous administration' -> the intravenous route)."""
    return tuple(route for route, pattern in route_cues() if pattern.search(text))


# --- outcome phrases of external tables (issue 19; added by the analyses engineer) -----------
#
# outcome_phrases.tsv  spellings and adjectives rewritten to the words the process cues know
#                      ('anti-inflammatory' -> 'decreases inflammatory'), phrases naming a
#                      process, and molecular markers standing for one ('cleaved PARP' ->
#                      apoptosis, 'Bcl-2' -> apoptosis, opposite)


@dataclass(frozen=True)
class OutcomePhrase:
    kind: str  # spelling | adjective | phrase | marker
    pattern: re.Pattern[str]
    replacement: str
    process: str
    opposite: bool
    source: str


@cache
def outcome_phrases() -> tuple[OutcomePhrase, ...]:
    return tuple(
        OutcomePhrase(
            r["kind"],
            re.compile(r["pattern"], re.IGNORECASE),
            r["replacement"],
            r["process"],
            r["relation"] == "opposite",
            r["source"],
        )
        for r in read_tsv("outcome_phrases.tsv")
    )


def rewrite_outcome(text: str) -> str:
    """Spellings and adjectives as the process cues read them."""
    for phrase in outcome_phrases():
        if phrase.kind in ("spelling", "adjective"):
            text = phrase.pattern.sub(phrase.replacement, text)
    return text


_LIST_HEAD = re.compile(r"^(?P<items>.+?(?:,|\band\b|\bor\b|/).+?)\s+(?P<head>\w+)$")


def split_diseases(text: str) -> tuple[str, ...]:
    """'Breast, ovarian and prostate cancer' -> ('Breast cancer', 'ovarian cancer',
    'prostate cancer'); 'glioma; melanoma' -> ('glioma', 'melanoma'); one name as itself."""
    parts = [p.strip() for p in re.split(r"\s*[;\n]\s*", text) if p.strip()]
    out: list[str] = []
    for part in parts:
        found = _LIST_HEAD.match(part)
        items = re.split(r"\s*(?:,\s*(?:and|or)?|\band\b|\bor\b|/)\s*", part)
        items = [i for i in items if i]
        if len(items) < 2:
            out.append(part)
            continue
        head = found.group("head") if found else ""
        last_words = items[-1].split()
        shared = head if head and len(last_words) > 1 and last_words[-1] == head else ""
        for item in items:
            if shared and not item.endswith(shared):
                item = f"{item} {shared}"
            out.append(item)
    return tuple(out)


@cache
def process_families() -> tuple[tuple[str, str], ...]:
    """(family, process CURIE): processes a table or a sentence names interchangeably."""
    return tuple((r["family"], r["curie"]) for r in read_tsv("process_families.tsv"))


@dataclass(frozen=True)
class TitleCue:
    """One cue of ``title_cues.tsv``: what a reference title names (an MSC source, a process
    class and its CURIEs, a verb's direction, an organ system)."""

    group: str
    name: str
    pattern: re.Pattern[str]
    curies: frozenset[str]
    source: str


@cache
def title_cues(group: str) -> tuple[TitleCue, ...]:
    return tuple(
        TitleCue(
            r["group"],
            r["name"],
            re.compile(r["pattern"], re.IGNORECASE),
            frozenset(c for c in r["curies"].split(";") if c),
            r["source"],
        )
        for r in read_tsv("title_cues.tsv")
        if r["group"] == group
    )
