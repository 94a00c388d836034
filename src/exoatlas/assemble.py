"""Evidence -> claims: merge keys and belief.

Claims are keyed by ``Finding.key()`` (the normalised core, context included). Belief is a
noisy-OR over the evidence: each item is an independent chance ``confidence`` that the finding is
stated correctly; negated evidence does not support the claim and hedged evidence counts half.
Full assembly (hierarchies, model weights, conflicts) builds on this.
"""

from __future__ import annotations

from collections.abc import Iterable

from exoatlas.model import Evidence

# A claim whose every evidence is negated still needs a belief in (0, 1].
MIN_BELIEF = 0.01


def evidence_weight(evidence: Evidence) -> float:
    """How much one evidence item supports its claim."""
    if evidence.negated:
        return 0.0
    return evidence.confidence * (0.5 if evidence.hedged else 1.0)


def belief(evidence: Iterable[Evidence]) -> float:
    """Noisy-OR belief: 1 - prod(1 - weight), rounded so rebuilds compare equal."""
    disbelief = 1.0
    for item in evidence:
        disbelief *= 1.0 - evidence_weight(item)
    return round(max(MIN_BELIEF, 1.0 - disbelief), 6)
