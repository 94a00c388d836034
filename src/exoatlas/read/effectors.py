"""Abbreviations an abstract defines for cells that are themselves the disease.

``cues.tsv`` 'effector_cells' names them written out ('hepatic stellate cells', 'fibrotic
fibroblasts'): their proliferation, migration and survival feed the disease. An abstract that
defines a short form for them ('hepatic stellate cells (HSCs)', 'fibrotic buccal mucosal
fibroblasts (fBMFs)') then writes only that ('inhibited HSC proliferation'): the short form names
the same cells there. Used by ``read.reader`` (per document) and ``read.deep`` (per object:
``of_effector_cells``, whether a trigger's object names such cells).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from exoatlas.model import Entity
from exoatlas.read.abbrev import find_abbreviations
from exoatlas.read.coordination import coordinated_trigger
from exoatlas.read.phrases import own_phrase
from exoatlas.read.sentences import unify_dashes
from exoatlas.vocab import cues, gate, rules


@lru_cache(maxsize=256)
def effector_abbreviations(text: str) -> tuple[str, ...]:
    """The short forms (less a plural 's') the text defines for effector cells."""
    if "(" not in text or not cues.cue_found("effector_cells", text):
        return ()  # most abstracts name no such cells: no abbreviation search
    return tuple(
        short.removesuffix("s")
        for short, long in find_abbreviations(unify_dashes(text)).items()
        if cues.cue_found("effector_cells", long) and len(short) > 1
    )


def study_effectors(title: str, text: str) -> tuple[str, ...]:
    """Cells that are the disease in the study as a whole: plain fibroblasts in a fibrosis study
    (``cues.tsv`` 'fibrosis_study' in the title or twice in the text; no wound, ulcer, burn or
    skin healing, where fibroblasts growing is the repair: 'wound_study'), and vascular smooth
    muscle cells outside a study of a weakened vessel wall, vessel growth in a study of
    pathological angiogenesis, endometrial cells in one of endometriosis, keratinocytes in one
    of psoriasis and bone formation in one of ectopic bone; named as the short
    forms above are ('fibroblast proliferation', 'the migration of fibroblasts', 'VSMC
    proliferation')."""
    return (
        _fibrosis_effectors(title, text)
        + _vessel_wall_effectors(title, text)
        + _angiogenesis_effectors(title, text)
        + _endometriosis_effectors(title, text)
        + _psoriasis_effectors(title, text)
        + _ectopic_bone_effectors(title)
    )


def _psoriasis_effectors(title: str, text: str) -> tuple[str, ...]:
    """Keratinocytes in a study of psoriasis (``cues.tsv`` 'psoriasis_study' in the title or
    twice in the text), not of a wound, where keratinocytes growing is the repair."""
    if cues.cue_found("wound_study", f"{title} {text}"):
        return ()
    if _study_of(cues.cue("psoriasis_study"), title, text):
        return tuple(cues.cue_literals("psoriasis_effector"))
    return ()


def _ectopic_bone_effectors(title: str) -> tuple[str, ...]:
    """Bone made in a study of bone where none belongs (``cues.tsv`` 'ectopic_bone_study': a
    heterotopic ossification, a calcified vessel), named in the title, with no bone lost or
    broken named there too ('ectopic_bone_with_loss'); only a title: the text of a bone-repair
    study may name ossification as a side effect it avoids."""
    if cues.cue_found("ectopic_bone_study", title) and not cues.cue_found(
        "ectopic_bone_with_loss", title
    ):
        return tuple(cues.cue_literals("ectopic_bone_effector"))
    return ()


def _study_of(study: re.Pattern[str], title: str, text: str) -> bool:
    """Is the study about what the cue names: in its title, or twice in its text (looked for
    only when the text holds the strings it needs, ``gate.may_match``)?"""
    if study.search(title) is not None:
        return True
    return gate.may_match(study, gate.fold(text)) and len(study.findall(text)) >= 2


def _endometriosis_effectors(title: str, text: str) -> tuple[str, ...]:
    """Endometrial cells in a study of endometriosis (``cues.tsv`` 'endometriosis_study' in
    the title or twice in the text): their growth and spread outside the womb is the disease
    ('endometriosis_effector'); in a study of a thin or scarred endometrium it is the repair."""
    study = cues.cue("endometriosis_study")
    if cues.cue_found("endometrial_repair_study", title) and not study.search(title):
        return ()  # (a thin or scarred endometrium the EVs repair, whatever the text cites)
    if _study_of(study, title, text):
        return tuple(cues.cue_literals("endometriosis_effector"))
    return ()


def _angiogenesis_effectors(title: str, text: str) -> tuple[str, ...]:
    """Vessel growth where it is the disease (``cues.tsv`` 'pathological_angiogenesis_study':
    'pathological angiogenesis', choroidal neovascularization) in the title or twice in the
    text, in no wound or ischaemia study ('ischaemia_study'): what the study names as the growth
    ('angiogenesis_effector') is then read as effector cells' growth is. A tissue that has no
    vessels ('avascular_tissue_study' in the title: the cornea, not corneal cells or nerves) is
    such a study, burn or not, unless the study also wounds a tissue with vessels
    ('vascular_tissue_wound': skin, a limb) or starves one of blood."""
    whole = f"{title} {text}"
    if cues.cue_found("ischaemia_study", whole):
        return ()  # vessels growing are the repair there, whatever the background says
    if cues.cue("avascular_tissue_study").search(title) and not cues.cue_found(
        "vascular_tissue_wound", whole
    ):
        return tuple(cues.cue_literals("angiogenesis_effector"))
    if cues.cue_found("wound_study", whole):
        return ()
    study = cues.cue("pathological_angiogenesis_study")
    if _study_of(study, title, text) or cues.cue_found("pathological_angiogenesis_title", title):
        return tuple(cues.cue_literals("angiogenesis_effector"))
    return ()


def _fibrosis_effectors(title: str, text: str) -> tuple[str, ...]:
    if cues.cue_found("wound_study", f"{title} {text}"):
        return ()
    study = cues.cue("fibrosis_study")
    if _study_of(study, title, text):
        return tuple(cues.cue_literals("fibrosis_effector"))
    return ()


def _vessel_wall_effectors(title: str, text: str) -> tuple[str, ...]:
    """Vascular smooth muscle cells (``cues.tsv`` 'vessel_wall_effector'): their growth is the
    disease in restenosis or pulmonary hypertension, but in a study of a weakened vessel wall
    ('vessel_wall_study': an aneurysm) they are the tissue damaged."""
    if cues.cue_found("vessel_wall_study", f"{title} {text}"):
        return ()
    return tuple(cues.cue_literals("vessel_wall_effector"))


def names_effector(text: str, shorts: tuple[str, ...]) -> bool:
    """Does the text name effector cells by one of the document's short forms ('fBMF cell
    proliferation', 'the migration of HSCs')?"""
    return any(
        short in text and re.search(rf"(?<![\w-]){re.escape(short)}s?(?![\w])", text)
        for short in shorts
    )


def of_effector_cells(token: Any, obj: Any, effectors: tuple[str, ...] = ()) -> bool:
    """The object names cells that are the disease, in its own words or its 'of' phrase ('the
    proliferation of hepatic stellate cells', 'myofibroblast migration'; shared by a bare
    conjunct: 'the proliferation, migration and activation of HSCs'), or says 'their' after a
    first verb's object that does ('suppressed the migration of keloid fibroblasts and promoted
    their apoptosis'), or is a bare process a verb turning the other way adds ('inhibited HSC
    proliferation and promoted apoptosis'), or names them in an 'in' phrase of the object or
    the verb ('promoted apoptosis in activated HSCs'); not cells a relative clause or
    participle names ('apoptosis of
    hepatocytes induced by activated stellate cells')."""
    if _bare(obj) and _in_effector_cells(obj, token, effectors):
        return True  # 'promoted apoptosis in activated hepatic stellate cells'
    nouns = [obj]
    # ('... and promoted apoptosis in hepatocytes': those cells die, not the first verb's)
    elsewhere = _in_other_cells((obj, token), effectors)
    if token.dep_ == "conj" and any(
        c.dep_ == "poss" and c.lower_ in ("their", "its") for c in obj.children
    ):
        nouns += [o for o in token.head.children if o.dep_ == "dobj"]
        # ('EVs reduced proliferation of HSCs and induced their apoptosis' misparsed with the
        # first object as the head the second verb is coordinated with)
        nouns += [token.head] if token.head.tag_.startswith("NN") else []
    elif (
        token.dep_ == "conj"
        and _bare(obj)
        and obj.lower_ in cues.cue_literals("cell_death_noun")
        and _opposed(token, token.head)
        and not elsewhere
    ):
        # 'inhibited HSC proliferation and promoted apoptosis': a second verb turning the
        # other way on a bare death of cells kills the first verb's cells
        nouns += [o for o in token.head.children if o.dep_ == "dobj"]
    elif (
        not elsewhere
        and (first := _opposite_first_conjunct(token, obj)) is not None
        # (the phrase hung on the first noun or verb: 'reduced X and increased apoptosis in
        # hepatocytes')
        and not _in_other_cells(
            (first, first.head) if first.dep_ == "dobj" else (first,), effectors
        )
    ):
        nouns += [first]  # the same, misparsed
    # ('inhibited LX-2 proliferation': the small parser hangs the cells' name on the verb)
    nouns += [
        c
        for c in token.children
        if c.dep_ in ("dep", "prt", "npadvmod")
        and c.tag_.startswith("NN")
        and c.i == obj.left_edge.i - 1
    ]
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        # 'In LX-2 cells, the EVs inhibited proliferation': the cells an opening 'in' phrase
        # names (up to its comma) are those whose process changed
        sentence = token.sent
        opening = sentence[0]
        if opening.lower_ == "in" and opening.i < token.i:
            comma = next((t.i for t in sentence if t.text == ","), None)
            if comma is not None and comma < token.i:
                nouns += [g for g in opening.children if g.dep_ == "pobj" and g.i < comma]
    return any(
        cues.cue_found("effector_cells", text) or names_effector(text, effectors)
        for noun in nouns
        for text in _cells_named(noun)
    )


_MODIFIERS = ("compound", "amod", "nmod")


def _bare(noun: Any) -> bool:
    """A process noun with no determiner, modifier or 'of' phrase of its own ('apoptosis')."""
    return not any(
        c.dep_ in ("det", "poss", *_MODIFIERS) or (c.dep_ == "prep" and c.lower_ == "of")
        for c in noun.children
    )


def _in_effector_cells(obj: Any, token: Any, effectors: tuple[str, ...]) -> bool:
    """Does the object's or its verb's 'in' phrase name the disease's cells in its own words
    ('apoptosis in activated HSCs'; not 'in the presence of myofibroblasts')?"""
    for holder in (obj, token):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for noun in prep.children:
                    words = own_phrase(noun) if noun.dep_ == "pobj" else ""
                    if words and (
                        cues.cue_found("effector_cells", words) or names_effector(words, effectors)
                    ):
                        return True
    return False


def _opposite_first_conjunct(token: Any, obj: Any) -> Any | None:
    """The small parser's misreadings of 'markedly reduced HSC proliferation and increased
    apoptosis' / '... and fibrosis and promoted apoptosis': the first verb made a modifier of
    its object, and the second (a verb coordinated with the last noun, or a modifier of the
    death, itself a noun conjunct) turning the other way on a bare death of cells. The first
    noun of that coordination, whose cells die; None for another reading."""
    if obj.lower_ not in cues.cue_literals("cell_death_noun"):
        return None
    if token.dep_ == "conj" and token.head.tag_.startswith("NN") and _bare(obj):
        noun = token.head
    elif (
        token.dep_ == "amod"
        and token.head.i == obj.i
        and obj.dep_ == "conj"
        and all(c.i == token.i for c in obj.children if c.dep_ != "punct" and c.i < obj.i)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
    ):
        noun = obj.head
    else:
        return None
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if not first.tag_.startswith("NN"):
        return None
    turned = [c for c in first.children if c.dep_ == "amod"]
    turned += [first.head] if first.dep_ == "dobj" else []
    return first if any(_opposed(token, t) for t in turned) else None


def _in_other_cells(holders: tuple[Any, ...], effectors: tuple[str, ...]) -> bool:
    """Does an 'in' phrase of these words name cells other than the disease's ('apoptosis in
    hepatocytes', 'in renal tubular epithelial cells'; ``cues.tsv`` 'named_cells',
    'host_tissue_cells'; not 'in activated HSCs')?"""
    return any(
        (cues.cue_found("named_cells", words) or cues.cue_found("host_tissue_cells", words))
        and not (cues.cue_found("effector_cells", words) or names_effector(words, effectors))
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for noun in prep.children
        if noun.dep_ == "pobj" and (words := own_phrase(noun))
    )


def _opposed(verb: Any, first: Any) -> bool:
    """Do two coordinated verbs change their objects opposite ways ('inhibited ... and
    promoted ...')?"""
    one, other = rules.polarity_of(verb.text), rules.polarity_of(first.text)
    return {one, other} == {"increase", "decrease"}


def _cells_named(noun: Any) -> list[str]:
    """A noun's own words and those of its 'of' phrase, and of the 'of' phrase or the modifiers
    a coordination shares with it (held by a conjunct with no determiner of its own)."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head

    def determined(n: Any) -> bool:
        return any(d.dep_ == "det" for d in n.children)

    holders = [noun]
    own = noun.i != first.i and any(c.dep_ in ("compound", "nmod") for c in noun.lefts)
    if noun.i == first.i or not (determined(noun) or own):  # not 'A of B and graft survival'
        # 'the proliferation, migration and activation of HSCs'; not 'hepatocyte apoptosis and
        # the proliferation of HSCs', whose second noun phrase has its own determiner
        holders += [
            c
            for c in (first, *first.conjuncts)
            if c.i != noun.i and (c.i == first.i or not determined(c))
        ]
    out = [own_phrase(noun)]
    if (
        noun.i != first.i
        and not determined(noun)
        and not any(c.dep_ in _MODIFIERS for c in noun.lefts)
    ):
        out.append(own_phrase(first))  # a bare conjunct shares the first's modifiers ('HSC
        # proliferation, migration and invasion')
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pobjs = [g for g in prep.children if g.dep_ == "pobj"]
                # not a conjunct with its own trigger ('of fibroblasts and reduced myofibroblasts')
                cells = [c for g in pobjs for c in (g, *g.conjuncts) if not coordinated_trigger(c)]
                # with the noun's own words ('TGF-β1-induced proliferation of fibroblasts')
                out += [f"{own_phrase(holder)} of {own_phrase(c)}" for c in cells]
    return out


def of_host_cells(obj: Any) -> bool:
    """Does the object name a healthy tissue's own cells, in its words or its 'of' phrase
    ('tubular cell apoptosis', 'the apoptosis of cardiomyocytes'; ``cues.tsv``
    'host_tissue_cells'), with no tumour word, no word naming them transformed and no cell line
    in any of them ('hepatocellular carcinoma cells', 'transformed hepatocytes', 'HepG2
    hepatocytes' are a tumour's; ``transformed_cells``)? A change of theirs is the host's, in a
    tumour-bearing animal too (``role_of.finding_role``: their injury, death and function)."""
    # with its conjuncts' words: 'hepatocyte proliferation and the number of tumour nodules'
    texts = [text for noun in (obj, *obj.conjuncts) for text in _cells_named(noun)]
    if any(cues.tumour_words(text) or cues.cue_found("transformed_cells", text) for text in texts):
        return False  # 'transformed hepatocytes', 'A549 alveolar epithelial cells', '... nodules'
    return any(cues.cue_found("host_tissue_cells", text) for text in texts)


def names_its_cells(obj: Any) -> bool:
    """Does the object name whose cells changed, in its own words or its 'of' or 'in' phrase
    ('fibroblast proliferation', 'the proliferation of cardiac progenitor cells', 'apoptosis in
    neurons'; ``cues.tsv`` 'named_cells'), not a bare process ('cellular proliferation')?"""
    texts = [own_phrase(obj)] + [
        own_phrase(g)
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ in ("of", "in")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(cues.cue_found("named_cells", text) for text in texts)


def cells_growing(process: Entity) -> bool:
    """Cells growing, moving or dividing (``cues.tsv`` 'tumour_hallmark_process', word starts:
    'stem' is no part of 'nervous system'): in a tumour study a tissue's own cells doing so may
    be the tumour's origin (carcinogenesis), so ``of_host_cells`` does not speak for them."""
    label = process.label.casefold()
    stems = cues.cue_literals("tumour_hallmark_process")
    return any(re.search(rf"\b{re.escape(stem)}", label) for stem in stems)
