"""The double-edged sword: conflicting claims, whether context explains them, and the matrix.

A conflict is a pair of claims about the same process with opposite directions that are tied
together by a shared specific cargo or by the same recipient (disease or cell line). The pair is
*explained* when the claims differ in a biological context field — MSC source, species, disease,
cell line, cell type, model, preconditioning, engineering, EV type, cargo, route, loading — and
*unexplained* when nothing but the document differs. Values related by a hierarchy (bone-marrow
MSC vs MSC, lung adenocarcinoma vs lung neoplasms) and unknown values do not count as differences.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from exoatlas.ground import normalise_mirna
from exoatlas.model import ROLES, Claim, Conflict, Entity, Finding
from exoatlas.vocab.hierarchy import MIRNA_ROOT, refines, related

GENERIC_CARGO = {MIRNA_ROOT, "exoatlas:cargo_cytokines", "exoatlas:cargo_growth_factors"}
OPPOSITE = {("increase", "decrease"), ("decrease", "increase")}


def mirna_name(entity: Entity) -> str | None:
    """'miR-16', 'miR-21-5p', 'let-7' for any miRNA entity, whatever its species or level."""
    if entity.kind != "mirna":
        return None
    text = entity.label
    if entity.curie and entity.curie.startswith(("exoatlas:mirna_loci.", "exoatlas:mirna_family.")):
        text = entity.curie.split(".", 1)[1]
    text = re.sub(r"^(hsa|mmu|rno)-", "", text.split(" ")[0])
    return normalise_mirna(text)


def _same_mirna(a: Entity, b: Entity) -> bool:
    """Same miRNA by name across species; an arm refines its precursor (miR-16-5p ~ miR-16)."""
    x, y = mirna_name(a), mirna_name(b)
    if not x or not y:
        return False
    return x == y or x.startswith(y + "-") or y.startswith(x + "-")


def _same(a: Entity | None, b: Entity | None) -> bool:
    """Compatible values: equal, related by hierarchy, or one of them unknown."""
    if a is None or b is None:
        return True
    if a.key() == b.key() or _same_mirna(a, b):
        return True
    return bool(a.grounded and b.grounded and a.curie and b.curie and related(a.curie, b.curie))


def _same_set(a: list[Entity], b: list[Entity]) -> bool:
    if not a or not b:
        return True
    return {e.key() for e in a} == {e.key() for e in b}


def _specific_cargo(finding: Finding) -> list[Entity]:
    return [e for e in finding.cargo if e.key() not in GENERIC_CARGO]


def _cargo_compatible(a: Finding, b: Finding) -> bool:
    ca, cb = _specific_cargo(a), _specific_cargo(b)
    return not ca or not cb or any(_same(x, y) for x in ca for y in cb)


def _shared_cargo(a: Finding, b: Finding) -> list[str]:
    out = []
    for x in a.cargo:
        if x.key() in GENERIC_CARGO:
            continue
        for y in b.cargo:
            if y.key() not in GENERIC_CARGO and _same(x, y):
                out.append(x.label)
    return sorted(set(out))


CONTEXT: tuple[tuple[str, Callable[[Finding, Finding], bool]], ...] = (
    ("msc_source", lambda a, b: _same(a.msc_source, b.msc_source)),
    ("species", lambda a, b: not a.species or not b.species or a.species == b.species),
    ("ev_type", lambda a, b: _same(a.ev_type, b.ev_type)),
    ("cargo", _cargo_compatible),
    ("disease", lambda a, b: _same(a.recipient.disease, b.recipient.disease)),
    ("cell_line", lambda a, b: _same(a.recipient.cell_line, b.recipient.cell_line)),
    ("cell", lambda a, b: _same(a.recipient.cell, b.recipient.cell)),
    (
        "model",
        lambda a, b: (
            "unknown" in (a.model, b.model) or a.model == b.model or "mixed" in (a.model, b.model)
        ),
    ),
    ("preconditioning", lambda a, b: _same_set(a.preconditioning, b.preconditioning)),
    ("engineering", lambda a, b: _same_set(a.engineering, b.engineering)),
    ("loading", lambda a, b: _same_set(a.loading, b.loading)),
    ("route", lambda a, b: _same(a.route, b.route)),
)


def _tie(a: Finding, b: Finding) -> list[str]:
    """Why two claims are about the same thing (empty: they are not)."""
    shared = [f"cargo {c}" for c in _shared_cargo(a, b)]
    da, db = a.recipient.disease, b.recipient.disease
    if da is not None and db is not None and da.key() == db.key():
        shared.append(f"disease {da.label}")
    la, lb = a.recipient.cell_line, b.recipient.cell_line
    if la is not None and lb is not None and la.key() == lb.key():
        shared.append(f"cell line {la.label}")
    return shared


def classify(a: Claim, b: Claim) -> Conflict | None:
    """The conflict between two claims, or None when they do not conflict."""
    fa, fb = a.finding, b.finding
    if fa.outcome.process is None or fb.outcome.process is None:
        return None
    if fa.outcome.process.key() != fb.outcome.process.key():
        return None
    if (fa.outcome.direction, fb.outcome.direction) not in OPPOSITE:
        return None
    shared = _tie(fa, fb)
    if not shared:
        return None
    differs = [name for name, same in CONTEXT if not same(fa, fb)]
    docs_a = {e.document for e in a.evidence}
    docs_b = {e.document for e in b.evidence}
    between = not (docs_a & docs_b)
    up, down = (a, b) if fa.outcome.direction == "increase" else (b, a)
    return Conflict(
        a=up.id,
        b=down.id,
        process=fa.outcome.process,
        kind="explained" if differs else "unexplained",
        differs_in=differs + (["document"] if between else []),
        shared=shared,
        between_documents=between,
    )


def find_conflicts(claims: Iterable[Claim]) -> list[Conflict]:
    """Every conflicting pair, grouped by process so the work stays near-linear."""
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
    out.sort(key=lambda c: (c.process.label, c.a, c.b))
    return out


def role_matrix(claims: Iterable[Claim]) -> dict[str, object]:
    """Claims counted by MSC source × disease × role: the double-edged sword as numbers."""
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(ROLES, 0))
    for claim in claims:
        source, disease = claim.finding.msc_source, claim.finding.recipient.disease
        if source is None or disease is None:
            continue
        counts[(source.label, disease.label)][claim.finding.outcome.role] += 1
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


def refines_claim(specific: Claim, general: Claim) -> bool:
    """True when ``specific`` states the same change as ``general`` about narrower concepts."""
    fs, fg = specific.finding, general.finding
    if (fs.outcome.direction, fs.outcome.role) != (fg.outcome.direction, fg.outcome.role):
        return False
    if fs.outcome.process is None or fg.outcome.process is None:
        return False

    def narrower(a: Entity | None, b: Entity | None) -> bool:
        if b is None:
            return True
        if a is None:
            return False
        if a.key() == b.key():
            return True
        return bool(a.curie and b.curie and refines(a.curie, b.curie))

    cargo_ok = all(any(narrower(x, y) for x in fs.cargo) for y in fg.cargo)
    return (
        cargo_ok
        and narrower(fs.outcome.process, fg.outcome.process)
        and narrower(fs.msc_source, fg.msc_source)
        and narrower(fs.recipient.disease, fg.recipient.disease)
        and narrower(fs.ev_type, fg.ev_type)
    )
