"""Where a sentence is read: its document, section and place, and what the document says that
bears on each sentence's reading (its model, whether it is a review, its short forms for
effector cells and for other sources' vesicles). Built by ``read.reader`` once per sentence."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Where:
    document: str
    section: str
    index: int
    tumour: bool
    model: str  # the whole abstract's model cues: a sentence that names none inherits them
    window: bool  # the keyword window reads what the parse does not (not in abstracts: on the
    # dev gold its findings were right 1 time in 12)
    abstract: bool  # a MEDLINE record: background and aims are told apart from results
    others: bool = False  # its title names other vesicles acting on MSCs (``read.statement``)
    effectors: tuple[str, ...] = ()  # its short forms for effector cells (``read.effectors``)
    review: bool = False  # a review's abstract: the work it cites is its content
    part: str = "unlabelled"  # the structured abstract's part it is in (``sentence_parts``)
    # the short forms it defines for another source's vesicles (``statement.foreign_abbreviations``)
    foreign: tuple[tuple[str, str], ...] = ()
