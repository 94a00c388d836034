"""Triage: is a record about vesicles derived from MSCs? Cheap enough for every MEDLINE record.

Relevant when one sentence among the first paragraphs of a section (for a PubMed record: the title
or the abstract) names MSC-derived vesicles as such: 'MSC-derived exosomes', 'exosomes from bone
marrow MSCs', 'BMSC-Exos', or an abbreviation the text defines for them. 'Mesenchymal' in
epithelial–mesenchymal transition, tumour stroma, and tumour exosomes acting on MSCs do not count.
Every cue comes from ``vocab/data/cues.tsv``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from exoatlas.ingest.text import TextDocument
from exoatlas.read.abbrev import arm_number, defines_short_forms, find_abbreviations
from exoatlas.read.msc_vesicles import (
    ANY_EV_WORD,
    EV_TAIL,
    EV_WORD,
    GAP,
    TUMOUR_CELL,
    masked,
    msc_product_in,
)
from exoatlas.read.sentences import split_sentences, unify_dashes
from exoatlas.vocab import cues


@cache
def _literals() -> tuple[str, ...]:
    """The literal stems, less those that hold another ('bmsc' holds 'msc'): the same test."""
    words = cues.cue_literals("msc_literal")
    return tuple(w for w in words if not any(o != w and o in w for o in words))


@lru_cache(maxsize=256)  # a deep read asks for a document's twice (parsing ahead, reading)
def product_abbreviations(text: str) -> tuple[str, ...]:
    """Abbreviations the text defines for MSC-derived vesicles ('AD-EXOs', 'MExo')."""
    out = []
    text = unify_dashes(text)
    defined = find_abbreviations(text)
    for short, long in defined.items():
        if (
            msc_product_in(long)
            or msc_product_in(short)
            or _defined_as_msc_vesicles(text, short, long)
        ):
            out.append(short)
        elif (
            EV_TAIL.search(short)
            and _msc_head(long)
            and not re.search(r"\b(?:and|with|or)\b", long)  # mixed cells ('HUVECs and BMSCs')
        ):
            # 'exosomes derived from HO-1-modified BMSCs (HExos)': the short form names the
            # vesicles, its letters only their cells; the words before the cells say whose
            before = _words_before(text, short, long)
            # ('two kinds of EVs: secreted by decidual MSCs (DEVs)': the words after the colon,
            # read with the short form's own vesicle word ('EVs secreted by decidual MSCs'))
            after_colon = before.split(":")[-1].lstrip()
            vesicles = EV_TAIL.search(short)  # (not None: tested above)
            own = f"{vesicles.group() if vesicles else ''} {after_colon}{long}"
            if before and (msc_product_in(f"{before}{long}") or msc_product_in(own)):
                out.append(short)
        elif ANY_EV_WORD.search(long) and _msc_vesicles_before(text, short, long):
            out.append(short)  # 'hucMSC-derived exosome mimetic vesicles (EMVs)'
    # 'exosomes of cord MSCs (Exo1) and of marrow MSCs (Exo2)': a numbered sibling of a
    # product's short form is another arm's when its own words, read with the first arm's
    # vesicle word where they leave it out, name MSC vesicles too
    arms = {
        m.group(1): long
        for short, long in defined.items()
        if short in out
        if (m := arm_number(short))
    }
    for short, long in defined.items():
        numbered = arm_number(short)
        if short in out or not numbered or numbered.group(1) not in arms:
            continue
        head = ANY_EV_WORD.search(arms[numbered.group(1)])
        own = long if ANY_EV_WORD.search(long) or head is None else f"{head.group(0)} {long}"
        if msc_product_in(own) and _msc_head(long):
            out.append(short)
    out += [s for s in _compared_arms(text, tuple(out)) if s not in out and s not in defined]
    return tuple(out)


def other_compared_arms(text: str) -> tuple[str, ...]:
    """The short forms given to 'those' from another origin ('... with those from dermal
    fibroblasts (fEVs)', 'those isolated from the BALF of patients (bEVs)'): vesicles compared
    with the study's; ``reader`` reads them as another's vesicles."""
    return tuple(short for _, short, whose in _compared(text) if whose == "other")


def _compared_arms(text: str, products: tuple[str, ...]) -> list[str]:
    """'EVs of diabetic donors' MSCs (dEVs) against those derived from healthy donors (nEVs)':
    the MSC arms ``_compared`` finds after a product's definition in the same sentence."""
    if not products:
        return []
    found = []
    for sentence, short, whose in _compared(text):
        first = min((at for p in products if (at := sentence.find(f"({p})")) >= 0), default=-1)
        if whose == "msc" and 0 <= first < sentence.find(f"({short})"):
            found.append(short)
    return found


def _compared(text: str) -> list[tuple[str, str, str]]:
    """Each short form with a vesicle tail given to 'those' ('compared with those derived from
    healthy donors (nEVs)', ``cues.tsv`` 'compared_arm_definition'), with its sentence and whose
    vesicles they are: 'msc' when what 'those' come from names MSCs, or donors, animals or a
    culture condition ('compared_arm_donor') with no 'of' phrase, no other origin and no tumour;
    'other' when it names no MSCs and another origin ('other_vesicle_origin': named cells, a
    cell line, fluids, organs, microbes) or a tumour; '' when it says neither."""
    if "those" not in text:
        return []
    out = []
    for sentence in split_sentences(text):
        if "those" not in sentence:
            continue
        for m in cues.cue("compared_arm_definition").finditer(sentence):
            short, gap = m.group("short"), m.group("gap")
            if not EV_TAIL.search(short):
                continue
            other = cues.cue_found("other_vesicle_origin", gap) or cues.tumour_words(gap) > 0
            donor = (
                cues.cue_found("compared_arm_donor", gap)
                and not re.search(r"\bof\b", gap)  # 'the blood of healthy donors'
                and not other
            )
            whose = "msc" if cues.names_msc(gap) or donor else "other" if other else ""
            out.append((sentence, short, whose))
    return out


# the cells' tissue after them, a few words of a plain noun phrase ('MSCs from human umbilical
# cord'), not a clause ('MSCs from rats treated with X') nor a mixture ('... and HUVECs')
_TISSUE_AFTER = re.compile(
    r"^(?:from|of)\s+(?:the\s+)?(?!.*\b(?:and|or|with|treated|exposed|by)\b)"
    r"(?:[A-Za-z'-]+\s+){0,3}[A-Za-z'-]+$"
)


def _msc_head(long: str) -> bool:
    """Do a long form's last words name MSCs, its head ('HO-1-modified BMSCs', 'from bone
    marrow MSCs'), not a fluid or other cells they describe ('the serum of BMSC-treated rats',
    'BMSC-educated macrophages', 'macrophages exposed to BMSCs')?"""
    found = list(cues.cue("msc").finditer(long))
    handled = cues.cue_found("handled_by_phrase", long)  # 'macrophages exposed to BMSCs'
    if not found or handled:
        return False
    rest = long[found[-1].end() :].strip(" )")
    return not rest or bool(_TISSUE_AFTER.match(rest))


_BARE_EV_NAME = re.compile(
    rf"^(?:small |large |nano-?sized )?(?:exosome[- ])?{EV_WORD}(?: mimetics?)?$", re.I
)
# less common names of vesicles, which other cells, plants and platelets have too: theirs only
# when the MSCs are named as their source right after the definition
_OTHER_EV_NAME = re.compile(
    r"^(?:(?:small|medium|large|medium/large|nano-?sized|extracellular|secreted|membrane|"
    r"cell-derived|exosome[- ]like|exosome[- ]mimetic|apoptotic|artificial|engineered)[\s-]+)*"
    rf"(?:exosome[- ])?(?:{EV_WORD}|microparticles?|apoptotic bodies|migrasomes?|"
    r"exosomal fractions?)(?: mimetics?)?$",
    re.I,
)
_SOURCE_RELEASING = re.compile(
    r"(?:^|[,;(]\s*|\b(?:that|and|the|when|whether)\s+)(?P<source>[^,;()]{2,60}?)\s+(?:released|"
    r"secreted|shed|produced|generated|formed|gave\s+rise\s+to)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_CULTURE_OF = re.compile(
    r"\b(?:the\s+)?(?:(?:conditioned|culture|cell|serum-free)\s+)*(?:medi(?:um|a)|supernatants?)"
    r"\s+of\s+",
    re.I,
)
_SOURCE_WORDS = 7  # 'the bone marrow mesenchymal stem cells of rats'
_OTHER_EV_WORD = re.compile(r"microparticle|apoptotic bod|migrasome", re.I)  # the cheap test
_SOURCE_ATTACHED = re.compile(
    r"\s*(?:(?:were|was|are|is)\s+)?(?:\w+ly\s+)?(?:(?:derived|released|isolated|obtained|"
    r"secreted|collected|purified|prepared|extracted|generated|produced|harvested|made|shed)"
    r"\s+)?(?:from|by|of)\s+(?P<source>[^,;.]*?)"
    r"(?:\s+(?:and|or|but|while|whereas|were|was|which|that|is|are|by|using|via|through|in|"
    r"at|after|under|for)\b|[,;.]|$)",
    re.I,
)


def _words_before(text: str, short: str, long: str) -> str:
    """The words of its clause, at most ``GAP`` characters, before an abbreviation's
    definition 'long (short)' ('' when the definition opens the text)."""
    at = text.find(f"{long} ({short})")
    return re.split(r"[.;]\s", text[max(0, at - GAP) : at])[-1] if at > 0 else ""


def _msc_vesicles_before(text: str, short: str, long: str) -> bool:
    """'human umbilical cord MSC-derived exosome mimetic vesicles (EMVs)': a short form for a
    less common vesicle name whose MSC source the words right before its long form name, as
    'MSC-derived exosomes' would (the long form alone names no MSCs)."""
    before = _words_before(text, short, long)
    named = list(cues.cue("msc").finditer(before))
    # the MSC name, then only how they made the vesicles ('MSC- (hucMSC-) derived '), no other
    # cell between ('MSC-educated macrophage-derived': the macrophages' vesicles)
    return (
        bool(named)
        and _MADE_BY.fullmatch(before, named[-1].end()) is not None
        and msc_product_in(f"{before}{long}")
        and not msc_product_in(before)
    )


# what may stand between an MSC name and the vesicle name it made
_MADE_BY = re.compile(
    r"[\s()-]*(?:derived|secreted|released|produced|generated)?[\s-]*", re.IGNORECASE
)


def _defined_as_msc_vesicles(text: str, short: str, long: str) -> bool:
    """'Nanovesicles (NVs) were obtained from the medium of BMSCs', 'Exosome mimetics (EMs) were
    made from hucMSCs': an abbreviation for vesicles named plainly, defined in a sentence that
    names MSCs as their source, names those MSC vesicles (as 'the exosomes' would). A less
    common name ('microparticles (MPs)', 'exosome-like vesicles', 'apoptotic bodies') only
    with the MSCs as the source right after it ('(MPs) released from BMSCs'): platelets,
    tumour cells and plants shed them too (round-27 newcomer review)."""
    plain = _BARE_EV_NAME.match(long) is not None
    if not plain and not _OTHER_EV_NAME.match(long):
        return False
    definition = f"{long} ({short})"
    for sentence in split_sentences(text):
        if definition not in sentence:
            continue
        if plain:
            if msc_product_in(sentence):
                return True
            continue
        # (a less common name is no vesicle word of the 'ev' cue: the source after it decides)
        at = sentence.index(definition)
        after = _SOURCE_ATTACHED.match(sentence, at + len(definition))
        source = after.group("source") if after is not None else ""
        released = _SOURCE_RELEASING.search(sentence[:at])  # 'BMSCs released migrasomes (MGs)'
        source = source or (released.group("source") if released is not None else "")
        # the MSCs themselves, not cells handled with them ('neutrophils cocultured with BMSCs')
        handled = cues.cue_found("source_handled", source)
        # (a clause running on to MSCs is no source: 'ABs of tumour cells promoted the
        # migration of MSCs')
        named = cues.cue("msc").search(source)
        lead = source[: named.start()] if named is not None else source
        lead = _CULTURE_OF.sub(" ", lead)  # 'the conditioned medium of' names the MSCs' culture
        clause = (
            len(source.split()) > _SOURCE_WORDS
            or cues.tumour_words(source) > 0
            or cues.cue_found("other_vesicle_origin", lead)  # 'of macrophages [...] of BMSCs'
            or cues.cue_found("source_lead_not", lead)  # 'microglia activated by BMSCs'
        )
        if cues.names_msc(source) and _msc_head(source) and not handled and not clause:
            return True
    return False


def about_msc_ev(document: TextDocument) -> bool:
    """Is this document about extracellular vesicles derived from MSCs?"""
    title = [document.title] if document.title else []
    read = [title, *(section.paragraphs[:3] for section in document.sections)]
    # casefolding is per character and no stem holds a line break: a record none of whose
    # paragraphs names a stem (most of PubMed) is done with one casefold
    every = "\n".join(paragraph for paragraphs in read for paragraph in paragraphs).casefold()
    if not any(map(every.__contains__, _literals())):
        return False  # a cheap literal test first: most abstracts never name MSCs
    if document.title and _title_of_other_vesicles(document.title):
        # (unless the abstract names MSC-EVs of its own, an arm: 'compared with exosomes of
        # MSCs (MSC-EXOs)')
        text = "\n".join(paragraph for paragraphs in read for paragraph in paragraphs)
        generic = cues.cue("ev")
        if all(generic.fullmatch(short) for short in product_abbreviations(text)):
            return False  # (no short form of MSC-EVs of its own: at most the background's 'EVs')
    # a record that names them anywhere: each paragraph, whether or not it names them in full
    # (a structured abstract's Results paragraph may name only 'SHED-Exos' or 'MenSC-EVs')
    # (and, when that finds none, with its bare 'stem cells' read as the MSCs they are there)
    if _names_msc_vesicles(read, bare=False):
        return names_vesicles(read)
    if "stem" not in every or not bare_stem_cells_are_mscs(every):
        return False
    return _names_msc_vesicles(read, bare=True) and names_vesicles(read)


def _title_of_other_vesicles(title: str) -> bool:
    """'Neural stem cell-derived EVs improve outcomes after stroke': a title naming another
    cell's (or fluid's) vesicles and no MSCs is about those vesicles, whatever the abstract's
    background says of MSC-EVs (``cues.tsv`` 'foreign_ev'; not vesicles named by the animals
    they came from, 'sEVs from young mice', whose cells the abstract names: 'organism_origin')."""
    if cues.names_msc(title) or not cues.cue_found("foreign_ev", title):
        return False
    return any(
        not cues.cue_found("organism_origin", m.group())
        for m in cues.cue("foreign_ev").finditer(title)
    )


def names_vesicles(read: list[list[str]]) -> bool:
    """Do these paragraphs name vesicles by a word other than 'secretome'? A secretome counts as the
    cells' vesicles only where the record names vesicles in it ('a secretome of cytokines and
    extracellular vesicles'; gold/GUIDE.md, a secretome review naming EVs as a component);
    a study of the cells' conditioned medium that never names a vesicle is about no EVs."""
    text = "\n".join(paragraph for paragraphs in read for paragraph in paragraphs)
    return _OTHER_EV_WORD.search(text) is not None or any(
        cues.cue("secretome_word").fullmatch(m.group()) is None
        for m in cues.cue("ev").finditer(text)
    )


def _names_msc_vesicles(read: list[list[str]], *, bare: bool) -> bool:
    """Does a sentence of these paragraphs name MSC-derived vesicles (``about_msc_ev``)?"""
    for paragraphs in read:
        for paragraph in map(unify_dashes, paragraphs):
            if bare:
                paragraph = _as_mscs(paragraph)
            other = "(" in paragraph and _OTHER_EV_WORD.search(paragraph) is not None
            if not other and not cues.cue("ev").search(paragraph):
                continue  # ('apoptotic bodies (ABs) of BMSCs' names no word of the 'ev' cue)
            products = product_abbreviations(paragraph) if defines_short_forms(paragraph) else ()
            before = ""
            for sentence in split_sentences(paragraph):
                if msc_product_in(sentence, products) or _isolated_after(before, sentence):
                    return True
                clauses = cues.cue("clause_break").split(sentence)
                if any(map(_isolated_after, clauses, clauses[1:])):
                    return True  # 'MSCs were grown in serum-free medium, and EVs were ...'
                before = sentence
    return False


def _isolated_after(before: str, sentence: str) -> bool:
    """'hUC-MSCs were cultured in serum-free medium. EVs were isolated from the supernatant.':
    vesicles isolated from the culture of the MSCs the sentence before names. Not when that
    sentence grows other cells with them (a co-culture, cells given their conditioned medium,
    tumour cells) or the isolation names other cells ('from the medium of M2 macrophages').
    Or the next sentence opens on the cells' own vesicles ('MSCs were isolated from cords. Their
    exosomes ...'), when that sentence before names no other cells 'their' could mean."""
    theirs = cues.cue_found("their_vesicles", sentence)  # 'Their exosomes reduced ...'
    if theirs and not _msc_isolated(before):
        return False
    return (
        bool(before)
        and (theirs or cues.cue_found("ev_from_culture", sentence))
        and cues.cue_found("ev", sentence)
        and cues.names_msc(masked(before))
        and not TUMOUR_CELL.search(before)
        and not cues.cue_found("other_culture", before)
        and not cues.cue_found("cells_given", before)  # MSCs given to patients or animals
        and not (
            cues.cue_found("other_cell_noun", before if theirs else sentence)
            and not cues.names_msc(masked(sentence))
        )
        and not cues.cue_found("tumour_ev", sentence)
    )


def _msc_isolated(sentence: str) -> bool:
    """Is the sentence the MSCs' isolation or culture, the MSCs its whole subject ('Mesenchymal
    stem cells were isolated from cords.'; ``cues.tsv`` 'msc_isolated'), so that the next
    sentence's 'their' can only be theirs? Not 'MSCs and HUVECs were cultured', 'Neurons were
    exposed to MSCs', 'Mice lacking MSCs were obtained', nor bare 'stromal cells' (of the gut,
    say: the ``msc`` cue's bare form)."""
    verb = cues.cue("msc_isolated").search(sentence)
    if verb is None:
        return False
    subject = masked(sentence[: verb.start()]).rstrip(" )")  # ('... cells (hUC-MSCs)')
    names = list(cues.cue("msc").finditer(subject))
    if not names or names[-1].end() != len(subject):
        return False
    if cues.cue_found("msc_subject_not", subject[: names[-1].start()]):
        return False  # ('Mice lacking MSCs were obtained', 'HUVECs and MSCs were grown')
    return not names[-1].group().casefold().startswith("stromal")


def _bare_stem_cells(text: str) -> tuple[list[re.Match[str]], bool]:
    """The bare 'stem cell(s)' a text writes ('Stem cell-derived exosomes', 'the protective
    effect of stem cells'), and whether it also names a kind of stem cells that is not an MSC
    ('neural stem cells', 'embryonic stem cells'): 'stem cells' inside an MSC name ('adipose-derived
    stem cells') are neither."""
    masked_text = masked(text)
    mentions = list(cues.cue("stem_cell_mention").finditer(masked_text))
    if not mentions:
        return [], False  # most records: no MSC names to look up
    names = [m.span() for m in cues.cue("msc").finditer(masked_text)]
    bare, other = [], False
    for m in mentions:
        if any(start <= m.start() < end for start, end in names):
            continue
        before = masked_text[max(0, m.start() - 40) : m.start()].rpartition("\n")[2]
        if cues.cue("stem_cell_bare_before").search(before.rstrip()):
            bare.append(m)
        else:
            other = True
    return bare, other


def bare_stem_cells_are_mscs(text: str) -> bool:
    """Are the bare 'stem cells' of a record its MSCs? When it names MSCs and no other kind of
    stem cells, 'stem cell-derived exosomes' in its title are the MSCs' ('Stem cell exosomes
    protect the heart' over an abstract of bone marrow MSCs, cut short before naming them again)."""
    bare, other = _bare_stem_cells(text)
    # (nor beside another kind named by its short form only: 'exosomes of ESCs', 'iPSCs')
    return (
        bool(bare)
        and not other
        and cues.names_msc(masked(text))
        and not cues.cue_found("other_stem_cell_abbreviation", text)
    )


# the vesicle word after a bare 'stem cell(s)': 'Stem cell-derived exosomes', 'stem cell EVs'
_BARE_PRODUCT_TAIL = re.compile(
    rf"(?:[\s-]+(?:derived|secreted|released))?[\s-]+(?:small\s+)?{EV_WORD}", re.I
)


@cache
def _bare_product_candidate() -> re.Pattern[str]:
    """A bare 'stem cell(s)' (``cues.tsv`` 'stem_cell_bare_before' before it) with a vesicle word
    after it: where a record may name its MSCs' vesicles so."""
    before = cues.cue("stem_cell_bare_before").pattern.removesuffix("$")
    return re.compile(rf"{before}\s*stem[\s-]cells?{_BARE_PRODUCT_TAIL.pattern}", re.I | re.M)


@lru_cache(maxsize=256)
def bare_stem_cell_products(text: str) -> tuple[str, ...]:
    """The names a record gives its MSCs' vesicles through its bare 'stem cells' ('Stem
    cell-derived exosomes attenuate X' over an abstract of umbilical cord MSCs), when those are
    its MSCs (``bare_stem_cells_are_mscs``): the reader reads them as the MSC vesicles."""
    # (the cheap test first: a bare 'stem cell' right before a vesicle word, which most records,
    # naming 'mesenchymal stem cell-derived exosomes', do not write)
    if "stem" not in text.casefold() or not _bare_product_candidate().search(text):
        return ()
    if not bare_stem_cells_are_mscs(text):
        return ()
    # (nor beside another kind named by its short form: 'from iPSCs and from BMSCs')
    if cues.cue_found("other_stem_cell_abbreviation", text):
        return ()
    bare, _ = _bare_stem_cells(text)
    names = [(b.start(), _BARE_PRODUCT_TAIL.match(text, b.end())) for b in bare]
    return tuple(dict.fromkeys(text[start : m.end()] for start, m in names if m is not None))


def _as_mscs(text: str) -> str:
    """The text with its bare 'stem cell(s)' written 'MSC(s)' (a record whose bare stem cells
    are its MSCs: ``bare_stem_cells_are_mscs``)."""
    bare, _ = _bare_stem_cells(text)
    for m in reversed(bare):
        text = text[: m.start()] + ("MSCs" if m.group().endswith("s") else "MSC") + text[m.end() :]
    return text
