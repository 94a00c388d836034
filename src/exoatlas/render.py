"""Short human-readable renderings shared by the CLI and the web UI (no I/O here)."""

from __future__ import annotations

from exoatlas.model import Directed, Entity, Finding

ARROW = {"up": "↑", "down": "↓", "unknown": "?", "increase": "↑", "decrease": "↓"}


def entity_label(entity: Entity | None) -> str:
    return "-" if entity is None else entity.label


def directed_label(item: Directed) -> str:
    return f"{item.entity.label} {ARROW[item.direction]}"


def claim_chain(finding: Finding) -> str:
    """'bone marrow MSC → exosome → miR-146b → EGFR ↓ → cell migration ↓ (glioma)'."""
    parts = [entity_label(finding.msc_source)]
    if finding.ev_type is not None:
        parts.append(finding.ev_type.label)
    if finding.cargo:
        parts.append(", ".join(e.label for e in finding.cargo))
    if finding.targets:
        parts.append(", ".join(directed_label(d) for d in finding.targets))
    if finding.pathways:
        parts.append(", ".join(directed_label(d) for d in finding.pathways))
    outcome = finding.outcome
    parts.append(f"{entity_label(outcome.process)} {ARROW[outcome.direction]}")
    recipient = finding.recipient
    context = [e.label for e in (recipient.disease, recipient.cell_line, recipient.cell) if e]
    chain = " → ".join(parts)
    return f"{chain} ({'; '.join(context)})" if context else chain
