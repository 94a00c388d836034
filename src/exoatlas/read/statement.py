"""Which sentences of an abstract state a finding of the EVs at all (used by ``read.reader``).

An abstract about MSC-derived EVs also reports what the MSCs themselves did (cell therapy arms,
the cells' viability in culture): a sentence that names MSCs and no vesicle, no abbreviation the
text defines for its EV product and no RNA cargo states a result of the cells, not of the EVs
(gold/GUIDE.md: "results about MSCs alone" are no findings). The EVs' own effects a
loss-of-function sentence names ('an antagomiR abolished the protective effects of the MSCs')
are kept: the abstract's product is what they are effects of.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from exoatlas.read.abbrev import find_abbreviations
from exoatlas.read.msc_vesicles import msc_product_in
from exoatlas.read.sentences import unify_dashes
from exoatlas.vocab import cues


def about_cells_alone(sentence: str, products: tuple[str, ...]) -> bool:
    """Does the sentence name MSCs as cells, with no vesicle, EV product or RNA cargo?"""
    if not cues.names_msc(sentence):
        return False
    if any(p in sentence for p in products):
        return False
    return not any(
        cues.cue(name).search(sentence) for name in ("ev", "product_suffix", "cargo_rna")
    )


def msc_given_alone(sentence: str) -> bool:
    """Does the sentence give MSCs themselves ('Injection of BM-MSCs ...', 'MSC infusion';
    ``cues.tsv`` 'msc_given', 'msc_given_after'), not as what a result is set against ('Compared
    with MSC transplantation', 'set_against_before')? Its agentless change is the cells'."""
    for m in cues.cue("msc").finditer(sentence):
        before = sentence[: m.start()]
        given = cues.cue("msc_given").search(before) or cues.cue("msc_given_after").match(
            sentence, m.end()
        )
        if given and not cues.cue("set_against_before").search(before):
            return True
    return False


def free_cargo_alone(sentence: str, products: tuple[str, ...]) -> bool:
    """Does the sentence name an RNA given free of vesicles ('exogenous let-7c', 'naked
    miR-X'; ``cues.tsv`` 'free_cargo') and no vesicles? What it says is the RNA's doing (or
    that of the MSCs it names as its targets), not the EVs'."""
    if names_vesicles(sentence, products):
        return False
    # (not an RNA the result is set against, 'Unlike naked miR-X, they reduced Y', nor one of
    # two clauses, 'exogenous miR-X alone had no effect; infarct volume was reduced', 'synthetic
    # let-7b was barely taken up, whereas M2 polarisation rose')
    return any(
        not cues.cue("set_against_before").search(sentence[: m.start()])
        and not cues.cue("second_clause_opening").search(sentence, m.end())
        for m in cues.cue("free_cargo").finditer(sentence)
    )


def names_vesicles(sentence: str, products: tuple[str, ...]) -> bool:
    return any(p in sentence for p in products) or any(
        cues.cue(name).search(sentence) for name in ("ev", "product_suffix")
    )


def general_capability(sentence: str, products: tuple[str, ...]) -> bool:
    """'Autophagy can preserve viability, but it can also promote cell death', 'treatment can
    only improve symptoms': what something can do in general, said of no vesicle, is an
    abstract's background, not a result of its EVs."""
    return bool(cues.cue("capability_modal").search(sentence)) and not names_vesicles(
        sentence, products
    )


def about_other_vesicles(
    sentence: str, products: tuple[str, ...] = (), *, others: bool = False
) -> bool:
    """'Endothelial- and platelet-derived EVs promote angiogenesis': vesicles of another source,
    in a sentence that names no MSC-derived vesicles, state nothing of the MSC-EVs. MSCs the
    sentence names beside them are their recipients ('myeloma-derived exosomes lowered the
    osteogenesis of BMSCs', 'BMSCs treated with milk exosomes'; gold/GUIDE.md: vesicles acting
    ON MSCs are no finding); MSC-derived vesicles it names are read ('unlike tumour exosomes,
    MSC-EVs lowered X'). A match naming MSCs or the abstract's EV product is theirs.
    ``others``: the abstract's title is such a sentence (``others_acting_on_mscs``): its
    vesicles are those others, and only a sentence naming MSC-derived vesicles is about these."""
    foreign = []
    if cues.cue_found("foreign_ev", sentence):  # (most sentences name none: a gated search first)
        foreign = [
            m
            for m in cues.cue("foreign_ev").finditer(sentence)
            if not cues.names_msc(m.group()) and not any(p in m.group() for p in products)
        ]
    if not foreign:
        return others and not msc_product_in(sentence, products)
    rest = sentence
    for m in foreign:
        rest = rest[: m.start()] + "_" * (m.end() - m.start()) + rest[m.end() :]
    return not msc_product_in(rest, products)


def others_acting_on_mscs(title: str, products: tuple[str, ...]) -> bool:
    """'Myeloma-derived exosomes lower the osteogenesis of marrow stromal cells': a title naming
    MSCs as the recipients of another source's vesicles (what its abstract's bare 'the
    exosomes' are)."""
    return cues.names_msc(title) and about_other_vesicles(title, products)


def foreign_abbreviations(text: str) -> dict[str, str]:
    """Short forms the text defines for another source's vesicles ('exosomes derived from
    corpus cavernosum smooth muscle cells (CCSMC-EXOs)'), with their long forms: a sentence
    naming them names those vesicles (``spelled_foreign``)."""
    return {
        short: long
        for short, long in find_abbreviations(unify_dashes(text)).items()
        if (
            cues.cue_found("foreign_ev", long)
            # 'EVs from the serum of septic mice (S-EVs)', 'EVs ... from fibrotic livers (L-EVs)'
            or (cues.cue_found("ev", long) and cues.cue_found("other_vesicle_origin", long))
        )
        and not cues.names_msc(long)
    }


def spelled_foreign(sentence: str, foreign: Iterable[tuple[str, str]]) -> str:
    """The sentence with another source's vesicles' short forms spelled out."""
    for short, long in foreign:
        if short in sentence:
            sentence = re.sub(rf"(?<![\w-]){re.escape(short)}(?![\w-])", long, sentence)
    return sentence
