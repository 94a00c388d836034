"""Where a sentence names vesicles derived from MSCs: 'MSC-derived exosomes', 'exosomes from bone
marrow MSCs', 'BMSC-Exos', 'MSCs primed with cytokines released microvesicles', 'exosomes mediate
the protective action of MSCs'; and each MSC source a text names, with whether it is named as the
vesicles' parent cells. The sentence-level tests ``read.triage`` (is a record about MSC vesicles?)
and the deep reader share. Every cue comes from ``vocab/data/cues.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from exoatlas.read.sentences import unify_dashes
from exoatlas.vocab import cues, gate

# how many characters may separate an MSC name from its vesicles ('MSC-derived small EVs',
# 'exosomes secreted by human umbilical cord MSCs')
GAP = 60
_LINK_AFTER = re.compile(
    # (or nothing at all: 'MSCexo', 'BMSCEVs', written as one word)
    r"^(?:[\s()]*(?:[\w/'’-]+[\s()]*){0,3}?(?:-|derived|secreted|released|isolated|produced|"
    r"extracted|originat\w*|\s)\s*(?:[\w-]+\s){0,2})?$",
    re.IGNORECASE,
)
# a gap holding one of these is two phrases ('MSCs were cultured and exosomes ...'); 'by' too:
# 'MSCs by secreting exosomes' is mediation (``ev_mediation``, which refuses a tumour named before)
# what may stand before vesicles carrying the MSCs' benefit (``ev_mediates_msc``): nothing, or a
# clause's start; and what may not stand between the match and the MSCs' name
_CARRIER_LEAD = re.compile(r"(?:^|[.;:]\s*|\b(?:that|the|and|here|we\s+show)\s+)$", re.IGNORECASE)
_CARRIER_GAP = re.compile(r"\b(?:on|in|into|to|from|by|with|at)\b", re.IGNORECASE)
_CLAUSE_WORD = re.compile(
    r"\b(?:were|was|are|is|and|or|with|to|on|in|into|then|than|via|through|by)\b", re.I
)
# where a clause ends between the vesicles and MSCs named after them
_CLAUSE_END = re.compile(r"[.;]")
# an appositive right after the vesicles: ', a promising carrier,'
_APPOSITIVE = re.compile(r",\s(?:an?|the)\s[^,;.()]{1,50},", re.IGNORECASE)
# (a cargo phrase may come first: 'exosomes enriched with miR-X were secreted by MSCs')
# 'Exosomal miR-483-5p in bone marrow MSCs': a cargo RNA of the vesicles, said to be in the MSCs
# that release them (after the adjective 'exosomal' only: 'exosomes in MSCs' may be taken up)
_CARGO_IN = re.compile(
    r"^\s(?:mi[Rr]|microRNA|lncRNA|lnc|circ|let|piR)[\w-]*(?:\s\([^)]*\))?\s+in\s+(?:the\s+)?"
    r"(?:[\w'’/-]+\s){0,5}(?:[\w'’]+-derived\s)?\(?$"
)
_LINK_BEFORE = re.compile(
    # or a parenthesis naming the source: 'exosomes (derived from BMSCs)', 'EVs (from hucMSCs)';
    # (or the vesicles' short form closing a parenthesis: '(miR-X-Exos) are isolated from')
    # the vesicles' abbreviation may follow a word of their name ('exosome mimetics (EMs) from')
    r"^\)?[\s,]*(?:\([^)]*\)\s*)?\(?(?:(?:enriched|loaded|packed)\swith\s|carrying\s|containing\s)?"
    r"(?:(?:[\w-]+|\([^)]*\))\s){0,3}?(?:derived\s|secreted\s|released\s|isolated\s|"
    r"obtained\s|produced\s|collected\s|generated\s|prepared\s|made\s|purified\s|harvested\s)?"
    r"(?:from|of|by)\s(?:the\s)?(?:[\w'’/-]+\s){0,5}(?:[\w'’]+-derived\s)?"
    r"(?:[\w'’/]+[-/])?\(?$",
    re.IGNORECASE,
)


# 'MSCs were transfected with X and their exosomes ...': the MSCs' own vesicles, when no other
# cells come between to be what 'their' (or 'its', as titles write it) refers to
_THEIR = re.compile(
    r"^(?:(?!\bcells?\b|\w+(?:cytes?|phages?|blasts?|phils?)\b|\btissues?\b|tumou?r|cancer|[.;]).)*"
    # 'its' only as a title's 'MSCs and Its Exosomes' (after a clause break it may be anything's)
    r"\b(?:their|(?<![,;]\sand\s)(?<=\sand\s)its)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)

# '... and the exosomes they secreted', '... and exosomes were purified from their supernatant'
_THEIRS = re.compile(
    r"\s*(?:that |which )?(?:they|these cells|the cells) (?:secret|releas|produc|shed)\w*"
    r"|\s*(?:were |was )?(?:derived|secreted|released|isolated|obtained|collected|purified|"
    r"extracted|harvested|separated|enriched) from (?:the )?their\b",
    re.I,
)
_NO_CELLS = re.compile(
    r"^(?:(?!\bcells?\b|\w+(?:cytes?|phages?|blasts?|phils?)\b|\btissues?\b|tumou?r|cancer|[.;]).)*$",
    re.I,
)


# an MSC source named as the parent cells of vesicles: the vesicle word right after it ('DFSC-sEVs',
# 'SCAP-derived exosomes', 'bone marrow MSC-derived EVs') or 'vesicles derived from' before it
# (their abbreviation may stand between: 'apoptotic vesicles (apoVs) derived from')
EV_WORD = (
    r"(?:exosom\w*|extracellular vesicles?|s?EVs?\b|Exos?\b|EXOs?\b|MVs?\b|microvesicles?|"
    r"nanovesicles?|vesicles?)"
)
_ATTACHED_AFTER = re.compile(
    r"(?:[\s-]+(?:stem|stromal|mesenchymal|progenitor|cells?|h?\w*MSCs?|\w*SCs?|tissue|derived|"
    rf"secreted|released|isolated|small|\(\w[\w-]*\)))*[\s-]+{EV_WORD}",
    re.I,
)
_ATTACHED_BEFORE = re.compile(
    rf"{EV_WORD}\s+(?:\([^)]*\)\s+)?(?:(?:derived|secreted|released|isolated|obtained|purified|collected|shed|"
    r"produced)\s+(?:from|of|by)|from|of)\s+(?:the\s+)?(?:(?:human|rat|mouse|murine|canine|porcine|primed|hypoxic|"
    r"preconditioned|healthy|young)\s+){0,2}$",
    re.I,
)


ANY_EV_WORD = re.compile(EV_WORD, re.I)
EV_TAIL = re.compile(rf"{EV_WORD}$", re.I)  # 'HExos', 'BM-EVs': names vesicles
_OWN_ABBREVIATION = re.compile(r"\s*\([\w-]{1,12}\)")
_SOURCE_QUALIFIER = re.compile(r"\b[\w'’]+-derived\s+$")
_QUALIFIER_REACH = 60  # characters: a tissue word and '-derived'


def _name_start(text: str, start: int) -> int:
    """Where an MSC name starts with its species and tissue words ('rat bone marrow mesenchymal
    stem cells', 'olfactory mucosa MSCs'; ``cues.tsv`` 'msc_name_qualifier'): they are part of
    the name, not words between the name and vesicles named before it."""
    if start == 0 or text[start - 1] != " ":
        return start
    head = text[max(0, start - 60) : start]
    found = cues.cue("msc_name_qualifier").search(head)
    return start - (len(head) - found.start()) if found else start


def _distance_free_chars(text: str, end: int, start: int) -> int:
    """Characters between vesicles and their source that put no distance between them: the
    vesicles' own abbreviation ('Exosomes (Exos) were isolated from the conditioned medium of
    X') and a qualifier of the source's tissue ('... medium of tonsil-derived MSCs')."""
    own = _OWN_ABBREVIATION.match(text, end)
    # the qualifier ends at the source: search only the last words before it (a long span
    # searched from every position would be quadratic)
    near = max(end, start - _QUALIFIER_REACH)
    qualifier = _SOURCE_QUALIFIER.search(text, near, start) if end < start else None
    return (len(own.group()) if own else 0) + (len(qualifier.group()) if qualifier else 0)


def attached_sources(
    text: str, among: frozenset[str] | None = None, defined: tuple[tuple[str, str], ...] = ()
) -> list[str]:
    """The MSC-source labels a text names as the parent cells of its vesicles ('DFSCs-sEVs',
    'exosomes derived from SCAP'), one per mention, in the text's order; not the MSCs that receive
    them ('osteogenesis of PDLSCs'). ``among``, ``defined``: as ``source_mentions``."""
    if not ANY_EV_WORD.search(text):  # both ways of attaching a source need a vesicle word
        return []
    return [label for label, attached in source_mentions(text, among, defined) if attached]


@lru_cache(maxsize=4096)
def source_mentions(
    text: str, among: frozenset[str] | None = None, defined: tuple[tuple[str, str], ...] = ()
) -> tuple[tuple[str, bool], ...]:
    """Each MSC source a text names, one per mention, in the text's order, with whether it is named
    as the parent cells of vesicles (``attached_sources``). ``among``: only these sources are
    looked for (those a text holding this one names: a sentence of a document is searched for
    the sources its whole text names, not every row of the table). ``defined``: the cells'
    abbreviations its document defines as another source than the table reads them
    (``read.defined``: 'haMSC' written out as human adipose MSCs), as written -> that source."""
    found = []
    folded = gate.fold(text)
    own = dict(defined)
    for table_label, pattern in cues.cue_group("msc_source_prefix"):
        if (among is not None and table_label not in among and not own) or not gate.may_match(
            pattern, folded
        ):
            continue
        for m in gate.finditer(pattern, text):  # a whole abstract, often
            start = token_start(text, m.start())
            label = own.get(abbreviated_cells(text[start : m.end()]), table_label)
            if among is not None and label not in among:
                continue
            before = text[max(0, start - 60) : start]
            attached = _ATTACHED_AFTER.match(text, m.end()) or _ATTACHED_BEFORE.search(before)
            found.append((start, label, bool(attached)))
    return tuple((label, attached) for _, label, attached in sorted(found))


def abbreviated_cells(word: str) -> str:
    """'hBMSCs' -> 'hBMSC': an abbreviation of cells without its plural."""
    return word[:-1] if word.endswith("s") and len(word) > 2 else word


def token_start(text: str, at: int) -> int:
    """Where the word holding ``at`` starts: an MSC name matched inside a longer abbreviation
    begins at that abbreviation's first letter ('hADSCs', 'rBMSCs', 'hDPSCs': a species or state
    letter written before the cells' abbreviation), so 'exosomes from hADSCs' links them."""
    while at > 0 and text[at - 1].isalnum():
        at -= 1
    return at


TUMOUR_CELL = re.compile(r"\b(?:tumou?r|cancer|carcinoma|glioma|leuk\w*|lymphoma)", re.I)


def masked(sentence: str) -> str:
    """The sentence with 'mesenchymal'/'stromal' that are not MSCs blanked out."""
    sentence = unify_dashes(sentence)
    if not gate.may_match(cues.cue("not_msc"), gate.fold(sentence)):
        return sentence  # most name no such word: the gate first
    return cues.cue("not_msc").sub(lambda m: "_" * len(m.group()), sentence)


def vesicles_carrying(text: str, msc: list[re.Match[str]] | None = None) -> re.Match[str] | None:
    """Where this text names vesicles (or their cargo) as what carries the MSCs' effects, the
    MSCs named right after ('Exosomes mediate the protective action of MSCs on X', 'Exosomal
    miR-X contributes to MSC-elicited cardioprotection'; ``cues.tsv`` 'ev_mediates_msc'): not
    after another source ('Platelet microvesicles mediate ...'), nor with a preposition between
    ('the effects of LPS on MSCs'). ``msc``: the text's MSC mentions, when already found."""
    msc = list(cues.cue("msc").finditer(text)) if msc is None else msc
    for carrier in cues.cue("ev_mediates_msc").finditer(text):
        if not _CARRIER_LEAD.search(text[: carrier.start()]):
            continue
        gaps = (text[carrier.end() : m.start()] for m in msc if m.start() >= carrier.end())
        if any(len(g) <= GAP and not _CARRIER_GAP.search(g) for g in gaps):
            return carrier
    return None


@lru_cache(maxsize=4096)  # asked of the same sentence from several places
def msc_product_in(sentence: str, products: tuple[str, ...] = ()) -> bool:
    """Does this sentence name vesicles derived from MSCs?"""
    if any(p in sentence for p in products):
        return True
    text = masked(sentence)
    if not cues.cue_found("msc", text):
        return False  # (most name no MSCs: the gate before every match is listed)
    msc = list(cues.cue("msc").finditer(text))
    if not msc:
        return False
    evs = list(cues.cue("ev").finditer(text))
    if not evs or cues.cue("tumour_ev").search(text):
        return False
    if vesicles_carrying(text, msc):
        return True  # 'exosomes mediate the protective action of MSCs'
    mediation = cues.cue("ev_mediation").search(text)
    # 'MSCs facilitate repair via exosomal transfer of X': the MSCs act through vesicles
    preamble = text[: msc[0].start()]
    if mediation and mediation.start() > msc[0].start() and not TUMOUR_CELL.search(preamble):
        return True
    for m in msc:
        if cues.cue("msc_handled_cells").match(text, m.end()):
            continue  # 'EVs from MSC-educated macrophages': the macrophages' vesicles
        for e in evs:
            after = m.start() <= e.start() and e.start() - m.end() <= GAP
            gap = text[m.end() : e.start()]
            if after and _LINK_AFTER.match(gap) and not _CLAUSE_WORD.search(gap):
                return True  # 'MSC-derived exosomes', 'BMSC-Exos'
            if m.end() <= e.start() <= m.end() + 2 * GAP and cues.cue("msc_releases_ev").match(
                text, m.end(), e.start()
            ):
                return True  # 'MSCs primed with cytokines released microvesicles'
            near = m.start() <= e.start() and e.start() - m.end() <= 2 * GAP
            theirs = _THEIRS.match(text, e.end()) and _NO_CELLS.match(gap)
            shed = (
                near
                and _NO_CELLS.match(gap)
                and cues.cue_found("shed_vesicles_gap", gap)
                and cues.cue_found("msc_conditioned", text)  # ('Priming MSCs with X ...')
                and not cues.cue("vesicle_source_after").match(text, e.end())  # ('... from lungs')
            )
            if near and (_THEIR.search(gap) or theirs or shed):
                # 'MSCs were primed and their exosomes', '... the EVs they shed', 'Priming MSCs
                # with X boosts the activity of secreted EVs'
                return True
            start = _name_start(text, token_start(text, m.start()))
            # ('Exosomes, an excellent carrier, were extracted from MSCs': what the vesicles
            # are, set between commas, puts no distance between them and their source)
            aside = _APPOSITIVE.match(text, e.end())
            free = _distance_free_chars(text, e.end(), start) + (len(aside.group()) if aside else 0)
            before = e.end() <= start and start - e.end() <= GAP + free
            gap = text[aside.end() if aside else e.end() : start] if before else ""
            linked = _LINK_BEFORE.match(gap) or (
                text[e.start() : e.end()].casefold().endswith("al") and _CARGO_IN.match(gap)
            )
            handled = cues.cue_found("other_cells_msc_handled", gap) if before else False
            if before and linked and not _received(gap) and not handled:
                # 'exosomes derived from bone marrow MSCs', '... from iPSC-MSCs', '... stem cells
                # (BMSCs)'; not the MSCs that take them up ('were taken up by BMSCs') nor those
                # that only conditioned other cells ('from tumour cells conditioned by MSCs')
                return True
            # ('EVs lower X better than do their parent MSCs': ``cues.tsv`` 'vesicle_parent_link')
            if e.end() <= start and cues.cue("vesicle_parent_link").fullmatch(text, e.end(), start):
                return True
            # ('EVs act as well as the MSCs that they were derived from')
            clause = e.end() <= start and not _CLAUSE_END.search(text, e.end(), start)
            if clause and cues.cue("vesicle_parent_after").match(text, m.end()):
                return True
    return False


def _received(gap: str) -> bool:
    """Do the words between vesicles and the MSCs after them say the MSCs took them up ('were
    taken up by BMSCs', 'were co-incubated with BMSCs')? Not a hyphenated modifier right before
    the MSCs ('exosomes from cancer-educated MSCs': the MSCs' own, after a tumour educated
    them)."""
    return any(
        not (gap[m.start() - 1 : m.start()] == "-" and not gap[m.end() :].strip())
        for m in cues.cue("ev_received").finditer(gap)
    )
