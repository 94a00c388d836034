"""Evidence -> claims: merge keys, order-independent merging, belief.

A claim's key is the normalised core of a finding with its biological context: MSC source (and
species), EV type, cargo, recipient disease, outcome process, direction, role and model. Findings
that share the key merge into one claim whatever the order they arrive in; list fields (targets,
pathways, methods) are unioned and every other field takes a deterministic representative.

Belief is a noisy-OR over the evidence. Each item supports the claim with weight
``w = confidence × model weight`` (halved when hedged); negated items count against it:

    belief = (1 − Π(1 − w_supporting)) × Π(1 − w_negated),   floored at 0.01

``confidence`` is 1 − the extractor's error rate (curated table row 0.90, curated text 0.85, the
sentence reader its own, lower, figure); the model weights rank human > mixed > animal > in vitro.

Evidence the audit disputes (a table row the text and the cited title contradict, a citation whose
title names another miRNA or source: ``Evidence.disputed``) counts at half its weight
(``DISPUTED_WEIGHT``): the document itself says two different things there and nothing tells which
is right, so the item is worth a coin flip more than its extraction confidence — the same discount
as a hedge. A curated table row (w = 0.9 × model 0.6) alone falls from 0.54 to 0.27. The claim
lists the disputing audit items (``Claim.disputed``). Evidence from a retracted paper
(``Evidence.retracted``) is kept and shown but counts for nothing: a claim stated only by
retracted papers has the floor belief.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence

from exoatlas.model import (
    Claim,
    Directed,
    Entity,
    Evidence,
    Finding,
    Outcome,
    Recipient,
    Record,
)

MIN_BELIEF = 0.01
DISPUTED_WEIGHT = 0.5
MODEL_WEIGHT = {"human": 1.0, "mixed": 0.9, "animal": 0.85, "in_vitro": 0.7, "unknown": 0.6}

Key = tuple[object, ...]


def _k(entity: Entity | None) -> str:
    return "" if entity is None else entity.key()


def claim_key(finding: Finding) -> Key:
    """The merge key (a tuple: cheap to hash, stable to print)."""
    return (
        _k(finding.msc_source),
        (finding.species or "").casefold(),
        _k(finding.ev_type),
        tuple(sorted({e.key() for e in finding.cargo})),
        _k(finding.recipient.disease),
        _k(finding.outcome.process),
        finding.outcome.direction,
        finding.outcome.role,
        finding.model,
    )


def claim_id(key: Key) -> str:
    return "c" + hashlib.sha1(repr(key).encode("utf-8")).hexdigest()[:12]


def _pick(entities: Iterable[Entity | None]) -> Entity | None:
    present = [e for e in entities if e is not None]
    return min(present, key=lambda e: (e.key(), e.text or "", e.label)) if present else None


def _union(lists: Iterable[list[Entity]]) -> list[Entity]:
    best: dict[str, Entity] = {}
    for items in lists:
        for e in items:
            current = best.get(e.key())
            if current is None or (e.text or "", e.label) < (current.text or "", current.label):
                best[e.key()] = e
    return [best[k] for k in sorted(best)]


def _union_directed(lists: Iterable[list[Directed]]) -> list[Directed]:
    best: dict[tuple[str, str], Directed] = {}
    for items in lists:
        for d in items:
            slot = (d.entity.key(), d.direction)
            current = best.get(slot)
            if current is None or (d.entity.text or "") < (current.entity.text or ""):
                best[slot] = d
    return [best[k] for k in sorted(best)]


def merge_findings(findings: Sequence[Finding]) -> Finding:
    """One finding for a claim, independent of the order of ``findings``."""
    first = findings[0]
    if all(f is first for f in findings) or all(f == first for f in findings[1:]):
        return first
    species = sorted({f.species for f in findings if f.species})
    return Finding(
        msc_source=_pick(f.msc_source for f in findings),
        species=species[0] if species else None,
        ev_type=_pick(f.ev_type for f in findings),
        preconditioning=_union(f.preconditioning for f in findings),
        engineering=_union(f.engineering for f in findings),
        isolation=_union(f.isolation for f in findings),
        loading=_union(f.loading for f in findings),
        cargo=_union(f.cargo for f in findings),
        recipient=Recipient(
            cell=_pick(f.recipient.cell for f in findings),
            cell_line=_pick(f.recipient.cell_line for f in findings),
            tissue=_pick(f.recipient.tissue for f in findings),
            disease=_pick(f.recipient.disease for f in findings),
        ),
        targets=_union_directed(f.targets for f in findings),
        pathways=_union_directed(f.pathways for f in findings),
        outcome=Outcome(
            process=_pick(f.outcome.process for f in findings),
            direction=first.outcome.direction,
            role=first.outcome.role,
        ),
        model=first.model,
        route=_pick(f.route for f in findings),
    )


def evidence_weight(evidence: Evidence, model: str = "unknown") -> float:
    """How strongly one evidence item bears on its claim (before its sign)."""
    if evidence.retracted:
        return 0.0
    weight = evidence.confidence * MODEL_WEIGHT.get(model, MODEL_WEIGHT["unknown"])
    weight *= DISPUTED_WEIGHT if evidence.disputed else 1.0
    return weight * (0.5 if evidence.hedged else 1.0)


def disputes(evidence: Iterable[Evidence]) -> list[str]:
    """Ids of the audit items that dispute any of the evidence, sorted."""
    return sorted({item for e in evidence for item in e.disputed})


def all_retracted(evidence: Sequence[Evidence]) -> bool:
    """Every item comes from a retracted paper (a claim designs leave out)."""
    return bool(evidence) and all(e.retracted for e in evidence)


def belief(evidence: Iterable[Evidence], model: str = "unknown") -> float:
    """Noisy-OR belief in (0, 1], rounded so that rebuilds compare equal."""
    disbelief = 1.0
    against = 1.0
    for item in evidence:
        weight = evidence_weight(item, model)
        if item.negated:
            against *= 1.0 - weight
        else:
            disbelief *= 1.0 - weight
    return round(max(MIN_BELIEF, (1.0 - disbelief) * against), 6)


def _evidence_order(evidence: Evidence) -> tuple[str, str, str]:
    """Sort and identity key of an evidence item: document, locator, then every field as the
    store keeps it, so a claim read back from the store lists its evidence in this order."""
    return (evidence.document, evidence.locator, evidence.model_dump_json())


def claim_from_records(records: Sequence[Record]) -> Claim:
    """One claim from records that share a claim key: the same item twice counts once (one
    table row curated as two records is one piece of evidence), findings merged, belief over
    the distinct evidence. The store calls this for every claim a write touches."""
    unique = {_evidence_order(r.evidence): r for r in records}
    members = [unique[k] for k in sorted(unique)]
    evidence = [r.evidence for r in members]
    merged = merge_findings([r.finding for r in records])  # order-independent
    return Claim(
        id=claim_id(claim_key(merged)),
        finding=merged,
        evidence=evidence,
        belief=belief(evidence, merged.model),
        disputed=disputes(evidence),
    )


def assemble(records: Iterable[Record]) -> list[Claim]:
    """Merge records into claims; order-independent and idempotent."""
    groups: dict[Key, list[Record]] = defaultdict(list)
    for record in records:
        groups[claim_key(record.finding)].append(record)
    claims = [claim_from_records(members) for members in groups.values()]
    claims.sort(key=lambda c: c.id)
    return claims
