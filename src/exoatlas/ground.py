"""Text mention -> Entity.

This first version resolves labels against exoatlas's own vocabulary and normalises miRNA names;
anything it cannot resolve keeps its text and is marked ungrounded (never guessed).
"""

from __future__ import annotations

import re

from exoatlas import vocab
from exoatlas.model import Entity, EntityKind

_MIRNA_PREFIX = re.compile(
    r"^(?:(?:hsa|mmu|rno)-)?(?:micro\s*rna|mirna|mir)[-\s]?(?=[0-9])", re.IGNORECASE
)
_LET = re.compile(r"^(?:(?:hsa|mmu|rno)-)?let[-\s]?(?=[0-9])", re.IGNORECASE)


def normalise_mirna(text: str) -> str | None:
    """'microRNA-21-5p', 'MiR-21', 'hsa-miR-21' -> 'miR-21-5p' / 'miR-21'; None if not a miRNA."""
    stripped = text.strip()
    match = _MIRNA_PREFIX.match(stripped)
    if match:
        return "miR-" + stripped[match.end() :]
    match = _LET.match(stripped)
    if match:
        return "let-" + stripped[match.end() :]
    return None


def looks_like_mirna(text: str) -> bool:
    return normalise_mirna(text) is not None or text.strip().casefold() in {"mirnas", "mirs"}


def ground_label(text: str, kind: EntityKind) -> Entity:
    """Ground a curated or queried label of a known kind."""
    term = vocab.lookup(text, kind)
    if term is not None:
        return term.entity(text)
    if kind == "mirna":
        name = normalise_mirna(text)
        if name is not None:
            return Entity(
                label=name, kind="mirna", grounded=False, text=None if name == text else text
            )
    return Entity(label=text.strip(), kind=kind, grounded=False)


def match_key(text: str) -> str:
    """Folded form used when a query term is compared with entity labels."""
    name = normalise_mirna(text)
    return vocab.fold(name if name is not None else text)
