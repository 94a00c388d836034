"""Pair rules between claims — conflicts and refinements — and the keys that find the pairs.

A conflict is a pair of claims about the same process with opposite directions that are tied
together by a shared specific cargo or by the same recipient (disease or cell line). The pair is
*explained* when the claims differ in a biological context field — MSC source, species, disease,
cell line, cell type, model, preconditioning, engineering, EV type, cargo, route, loading — and
*unexplained* when nothing but the document differs. Values related by a hierarchy (bone-marrow
MSC vs MSC, lung adenocarcinoma vs lung neoplasms) and unknown values do not count as differences.

``classify`` and ``refines_claim`` are the rules; ``pair_keys`` and ``pair_probes`` are how the
store finds the candidate pairs a write touches without comparing all pairs (INDRA's refinement
filter indexes statements before it compares any): a claim stores its keys, and a claim's probes
name the keys any partner must have. Every pair the rules accept shares a probe with a key
(``tests/test_pairs.py`` checks this against a from-scratch comparison of all pairs).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from exoatlas.ground import normalise_mirna
from exoatlas.model import Claim, Conflict, Entity, Finding
from exoatlas.vocab.hierarchy import MIRNA_ROOT, ancestors, refines, related

GENERIC_CARGO = {MIRNA_ROOT, "exoatlas:cargo_cytokines", "exoatlas:cargo_growth_factors"}
OPPOSITE = {("increase", "decrease"), ("decrease", "increase")}
FLIP = {"increase": "decrease", "decrease": "increase"}


@lru_cache(maxsize=65_536)  # entities are frozen; pairs ask for the same few names many times
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
    for x in _specific_cargo(a):
        for y in _specific_cargo(b):
            if _same(x, y):
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
    """The conflict between two claims, or None when they do not conflict.

    The one pair rule for conflicts: the store keeps what it returns for every candidate pair a
    write touches, and ``analyze.conflicts.find_conflicts`` applies it from scratch. New kinds of
    conflict (inhibitor forms, context-dependent roles) belong here, with their keys in
    ``pair_keys``/``pair_probes``.
    """
    # read the pair as (increase, decrease) whichever comes first: the result is symmetric
    up, down = (a, b) if a.finding.outcome.direction == "increase" else (b, a)
    fa, fb = up.finding, down.finding
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
    docs_a = {e.document for e in up.evidence}
    docs_b = {e.document for e in down.evidence}
    between = not (docs_a & docs_b)
    return Conflict(
        a=up.id,
        b=down.id,
        process=fa.outcome.process,
        kind="explained" if differs else "unexplained",
        differs_in=differs + (["document"] if between else []),
        shared=shared,
        between_documents=between,
    )


def _narrower(a: Entity | None, b: Entity | None) -> bool:
    if b is None:
        return True
    if a is None:
        return False
    if a.key() == b.key():
        return True
    return bool(a.curie and b.curie and refines(a.curie, b.curie))


def refines_claim(specific: Claim, general: Claim) -> bool:
    """True when ``specific`` states the same change as ``general`` about narrower concepts."""
    fs, fg = specific.finding, general.finding
    if specific.id == general.id:
        return False
    if (fs.outcome.direction, fs.outcome.role) != (fg.outcome.direction, fg.outcome.role):
        return False
    if fs.outcome.process is None or fg.outcome.process is None:
        return False
    cargo_ok = all(any(_narrower(x, y) for x in fs.cargo) for y in fg.cargo)
    return (
        cargo_ok
        and _narrower(fs.outcome.process, fg.outcome.process)
        and _narrower(fs.msc_source, fg.msc_source)
        and _narrower(fs.recipient.disease, fg.recipient.disease)
        and _narrower(fs.ev_type, fg.ev_type)
    )


# -- keys that find the pairs ---------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class PairKey:
    """One index entry: claims are candidates for a pair when one's probe is the other's key.

    ``purpose`` is "conflict" or "refine"; ``bucket`` what both must share exactly (process and
    direction; direction and role); ``side`` says whether ``token`` names the claim's own value
    ("self") or a value it reaches through a hierarchy or a miRNA's arms ("reach")."""

    purpose: str
    bucket: str
    side: str
    token: str


def _forms(entity: Entity) -> set[str]:
    """The entity's key and its CURIE (they differ for an ungrounded entity with a CURIE)."""
    return {entity.key(), entity.curie} if entity.curie else {entity.key()}


def _up(entity: Entity) -> set[str]:
    """The entity's key, its CURIE and every concept it refines."""
    out = _forms(entity)
    if entity.curie:
        out |= ancestors(entity.curie)
    return out


def _mirna_prefixes(name: str) -> set[str]:
    parts = name.split("-")
    return {"-".join(parts[:n]) for n in range(1, len(parts) + 1)}


def _tie_tokens(finding: Finding) -> tuple[set[str], set[str]]:
    """(self, reach) tokens: two findings are tied only if one's self meets the other's reach."""
    own: set[str] = set()
    reach: set[str] = set()
    for entity in _specific_cargo(finding):
        own.add("k:" + entity.key())
        reach.add("k:" + entity.key())
        name = mirna_name(entity)
        if name:
            own.add("m:" + name)
            reach |= {"m:" + p for p in _mirna_prefixes(name)}
        if entity.grounded and entity.curie:
            own.add("c:" + entity.curie)
            reach |= {"c:" + c for c in {entity.curie} | ancestors(entity.curie)}
    for prefix, value in (
        ("d:", finding.recipient.disease),
        ("l:", finding.recipient.cell_line),
    ):
        if value is not None:
            own.add(prefix + value.key())
            reach.add(prefix + value.key())
    return own, reach


def _refine_tokens(finding: Finding) -> tuple[set[str], set[str]]:
    """(self, reach) tokens over (process, cargo): a general claim's self meets the reach of
    every claim that refines it."""
    process = finding.outcome.process
    if process is None:
        return set(), set()
    cargo_forms = set().union(*(_forms(c) for c in finding.cargo)) or {"*"}
    own = {f"{p}|{c}" for p in _forms(process) for c in cargo_forms}
    cargo = {"*"}.union(*(_up(c) for c in finding.cargo))
    reach = {f"{p}|{c}" for p in _up(process) for c in cargo}
    return own, reach


def _keys(purpose: str, bucket: str, own: Iterable[str], reach: Iterable[str]) -> set[PairKey]:
    return {PairKey(purpose, bucket, "self", t) for t in own} | {
        PairKey(purpose, bucket, "reach", t) for t in reach
    }


def pair_keys(finding: Finding) -> set[PairKey]:
    """What a claim is indexed under."""
    out: set[PairKey] = set()
    process, direction = finding.outcome.process, finding.outcome.direction
    if process is None:
        return out
    if direction in FLIP:
        out |= _keys("conflict", f"{process.key()}|{direction}", *_tie_tokens(finding))
    out |= _keys("refine", f"{direction}|{finding.outcome.role}", *_refine_tokens(finding))
    return out


def pair_probes(finding: Finding) -> set[PairKey]:
    """The keys a partner of this claim (in either role of a pair) must be indexed under."""
    out: set[PairKey] = set()
    process, direction = finding.outcome.process, finding.outcome.direction
    if process is None:
        return out
    if direction in FLIP:
        own, reach = _tie_tokens(finding)
        bucket = f"{process.key()}|{FLIP[direction]}"
        out |= {PairKey("conflict", bucket, "self", t) for t in reach}
        out |= {PairKey("conflict", bucket, "reach", t) for t in own}
    own, reach = _refine_tokens(finding)
    bucket = f"{direction}|{finding.outcome.role}"
    out |= {PairKey("refine", bucket, "self", t) for t in reach}  # claims this one refines
    out |= {PairKey("refine", bucket, "reach", t) for t in own}  # claims refining this one
    return out
