"""The claim-per-edge view the web graph page draws (``Atlas.graph``): a claim's subject (its first
cargo, else its source or vesicle type) and object (its process), keyed by the atlas's own
CURIEs. The exports use ``export.biolink`` instead."""

from __future__ import annotations

import re

from exoatlas.analyze.export.biolink import generic_ev
from exoatlas.model import Claim, Entity


def node_id(entity: Entity) -> str:
    if entity.grounded and entity.curie:
        return entity.curie
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", entity.label).strip("_") or "unnamed"
    return f"exoatlas:ungrounded.{entity.kind}.{slug}"


def _label(entity: Entity | None) -> str:
    return "" if entity is None else entity.label


def _subject(claim: Claim) -> Entity:
    finding = claim.finding
    if finding.cargo:
        return finding.cargo[0]
    if finding.msc_source is not None:
        return finding.msc_source
    if finding.ev_type is not None:
        return finding.ev_type
    return generic_ev()


def _object(claim: Claim) -> Entity:
    process = claim.finding.outcome.process
    return process or Entity(label="unspecified outcome", kind="process", grounded=False)
