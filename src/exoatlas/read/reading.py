"""What the reader knows of the document it is reading while it reads one sentence of it: the
short forms it defines for diseases and processes ('atopic dermatitis (AD)', ``read.spelled``),
those it defines for another origin's vesicles ('S-EVs', ``read.agent_kind``), and whether it is
a review (``read.therapy_frames``). Set once per document by ``reader.read_document`` with
``reading``; rules deep in the parse walk read it with ``current`` instead of having it passed
through every call. A context variable, so a batch read in threads or a document read inside
another's (a test's made-up abstract) never sees another document's state."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

Terms = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Reading:
    """One document's reading state (the default: a text with none of it)."""

    terms: Terms = ()  # (short form, long form) it defines (``spelled.defined_terms``)
    foreign: tuple[str, ...] = ()  # its short forms for another origin's vesicles
    review: bool = False  # it is a review's abstract
    # a review that stated no effect, read again for its title's topic (``read.review_topic``)
    topic: bool = False
    # a cut-short study's title aiming the vesicles at a tumour ('... for osteosarcoma therapy')
    tumour_aim: bool = False
    # a review's title setting the vesicles in a tumour's course ('... in the pathogenesis of X')
    tumour_promoted: bool = False
    # the labels it defines for groups not given the EVs ('Group III: MSCs'), those of them
    # defined as a baseline ('Group I (sham)', 'Group 1 (control)') and as the stimulus alone
    # ('Group II: cisplatin'; ``read.groups.other_arms``)
    other_labels: tuple[str, ...] = ()
    baseline_labels: tuple[str, ...] = ()
    stimulus_labels: tuple[str, ...] = ()


_NOTHING = Reading()  # (frozen: one shared default is safe)
_CURRENT: ContextVar[Reading] = ContextVar("exoatlas_reading", default=_NOTHING)


@contextmanager
def reading(state: Reading) -> Iterator[None]:
    """Within the block, ``current`` is ``state`` (one document's)."""
    token = _CURRENT.set(state)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def current() -> Reading:
    """The reading state of the document being read."""
    return _CURRENT.get()
