"""What the deep reader found in one sentence: a change, which way, how it was said (``read.deep``
builds them; ``read.frames`` and ``read.reader`` use them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from exoatlas.model import Entity


@dataclass(frozen=True)
class DeepOutcome:
    """One change the parse found: what changed, which way, and how it was said."""

    process: Entity
    direction: str
    family: str
    agent: str  # product | cargo | reference | other | none
    negated: bool = False
    hedged: bool = False
    targets: tuple[tuple[str, str], ...] = field(default=())  # (text, up|down)
    pathways: tuple[str, ...] = field(default=())
    native: bool = False  # the EVs' own effect named as an object ('abolished the EVs' effects')
    undone: bool = False  # said of an inhibitor, knock-down or co-treatment undoing the effect
    # an effect the vocabulary does not name ('tear volume'), known by its head noun's or its
    # verb's valence (harmful | beneficial; empty: a measure, whose role is the abstract's)
    unnamed: bool = False
    valence: str = ""
    # known only by a marker the text names ('reduced IL-6'): the sentence's own naming of the
    # process, in either direction, comes first
    readout: bool = False
    # where the parsed text names the agent ('both Exo and RA-Exo treatments') and the trigger
    agent_span: tuple[int, int] = (0, 0)
    trigger_at: int = 0
    ability: bool = False  # hedged only by 'could': a result in a Results section
    lifted: bool = False  # after a modal passive, in a clause of its own (``scope.modal_lifted``)
    # the changed behaviour is of cells that are themselves the disease ('the proliferation of
    # hepatic stellate cells', 'myofibroblast migration'): read as in a tumour, harm when it rises
    effector: bool = False
    # of a healthy tissue's own cells ('reduced tubular cell apoptosis'): the host's, in a tumour
    # study too (``effectors.of_host_cells``)
    host: bool = False
    # the object names whose cells changed, in its own words or its 'of' / 'in' phrase
    # ('fibroblast proliferation', 'the migration of Schwann cells'), not bare 'proliferation'
    cells: bool = False


def product_change(
    process: Entity, direction: str, verb: Any, span: tuple[int, int], negated: bool, hedged: bool
) -> DeepOutcome:
    """A change of one named process the EVs make, said at a verb (the frame readers'
    outcome: ``read.safety``, ``read.sensitize``, ``read.lifespan``)."""
    return DeepOutcome(
        process,
        direction,
        "deep:verb",
        "product",
        negated,
        hedged,
        agent_span=span,
        trigger_at=verb.idx,
    )
