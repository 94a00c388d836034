"""The double-edged sword: conflicting claims, whether context explains them, and the matrix.

The pair rules (what conflicts, what refines what) are pure functions in
``exoatlas.assemble.pairs``; the store keeps their results up to date for every claim a write
touches. This module computes
the same things from scratch over a list of claims (for a set of claims held in memory, and for
the tests that check the maintained tables) and shapes the source × disease × role matrix.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from exoatlas.assemble.pairs import (
    CONTEXT,
    GENERIC_CARGO,
    OPPOSITE,
    classify,
    mirna_name,
    refines_claim,
)
from exoatlas.model import ROLES, Claim, Conflict
from exoatlas.vocab import rules

__all__ = [
    "CONTEXT",
    "GENERIC_CARGO",
    "OPPOSITE",
    "classify",
    "find_conflicts",
    "find_refinements",
    "matrix_from_counts",
    "mirna_name",
    "refines_claim",
    "role_matrix",
]


def find_conflicts(claims: Iterable[Claim]) -> list[Conflict]:
    """Every conflicting pair, grouped by process (opposite directions) and by process, direction
    and role (context-dependent roles) so the work stays near-linear."""
    by_process: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        process = claim.finding.outcome.process
        if process is not None and claim.finding.outcome.direction in ("increase", "decrease"):
            by_process[process.key()].append(claim)
    out = []
    for group in by_process.values():
        ups = [c for c in group if c.finding.outcome.direction == "increase"]
        downs = [c for c in group if c.finding.outcome.direction == "decrease"]
        for up in ups:
            for down in downs:
                conflict = classify(up, down)
                if conflict is not None:
                    out.append(conflict)
        for same in (ups, downs):
            by_role: dict[str, list[Claim]] = defaultdict(list)
            for claim in same:
                by_role[claim.finding.outcome.role].append(claim)
            for role, members in by_role.items():
                for other in rules.opposed_roles(role):
                    if other <= role:  # each pair of roles once
                        continue
                    for x in members:
                        for y in by_role.get(other, []):
                            conflict = classify(x, y)
                            if conflict is not None:
                                out.append(conflict)
    out.sort(key=lambda c: (c.process.label, c.a, c.b))
    return out


def role_matrix(claims: Iterable[Claim]) -> dict[str, object]:
    """Claims counted by MSC source × disease × role: the double-edged sword as numbers."""
    cells: dict[tuple[str, str, str], int] = defaultdict(int)
    for claim in claims:
        source, disease = claim.finding.msc_source, claim.finding.recipient.disease
        if source is None or disease is None:
            continue
        cells[(source.label, disease.label, claim.finding.outcome.role)] += 1
    return matrix_from_counts((s, d, r, n) for (s, d, r), n in cells.items())


def matrix_from_counts(rows: Iterable[tuple[str, str, str, int]]) -> dict[str, object]:
    """The matrix from (source, disease, role, claims) counts, such as the store maintains."""
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(ROLES, 0))
    for source, disease, role, n in rows:
        counts[(source, disease)][role] += n
    cells = [
        {"source": s, "disease": d, **roles, "balance": _balance(roles)}
        for (s, d), roles in sorted(counts.items())
    ]
    return {
        "sources": sorted({s for s, _ in counts}),
        "diseases": sorted({d for _, d in counts}),
        "cells": cells,
    }


def _balance(roles: dict[str, int]) -> float | None:
    """(pro-tumour − anti-tumour) / (pro + anti); None without tumour claims."""
    pro, anti = roles["pro_tumor"], roles["anti_tumor"]
    return round((pro - anti) / (pro + anti), 3) if pro + anti else None


def find_refinements(claims: Iterable[Claim]) -> set[tuple[str, str]]:
    """Every (narrow, broad) pair of claims where the first refines the second, from scratch."""
    items = list(claims)
    return {(s.id, g.id) for s in items for g in items if refines_claim(s, g)}
