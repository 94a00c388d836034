"""Abbreviations an abstract defines for cells that are themselves the disease.

``cues.tsv`` 'effector_cells' names them written out ('hepatic stellate cells', 'fibrotic
fibroblasts'): their proliferation, migration and survival feed the disease. An abstract that
defines a short form for them ('hepatic stellate cells (HSCs)', 'fibrotic buccal mucosal
fibroblasts (fBMFs)') then writes only that ('inhibited HSC proliferation'): the short form names
the same cells there. Used by ``read.reader`` (per document) and ``read.deep`` (per object).
"""

from __future__ import annotations

import re
from functools import lru_cache

from exoatlas.read.abbrev import find_abbreviations
from exoatlas.read.sentences import unify_dashes
from exoatlas.vocab import cues


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
    muscle cells outside a study of a weakened vessel wall, and vessel growth in a study of
    pathological angiogenesis; named as the short forms above are
    ('fibroblast proliferation', 'the migration of fibroblasts', 'VSMC proliferation')."""
    return (
        _fibrosis_effectors(title, text)
        + _vessel_wall_effectors(title, text)
        + _angiogenesis_effectors(title, text)
    )


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
    if study.search(title) or len(study.findall(text)) >= 2:
        return tuple(cues.cue_literals("angiogenesis_effector"))
    return ()


def _fibrosis_effectors(title: str, text: str) -> tuple[str, ...]:
    if cues.cue_found("wound_study", f"{title} {text}"):
        return ()
    study = cues.cue("fibrosis_study")
    if study.search(title) or len(study.findall(text)) >= 2:
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
