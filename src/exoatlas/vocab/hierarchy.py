"""Refinement hierarchies: which concepts a concept refines (its ancestors).

- MSC sources and EV types: data/msc_hierarchy.tsv (bone-marrow MSC ⊂ MSC; Wharton's jelly ⊂
  umbilical cord; exosome ⊂ extracellular vesicle);
- GO processes: is_a closure among exoatlas's GO terms (data/go_ancestors.tsv, from GO 2022-07);
- MeSH diseases: tree numbers (lung adenocarcinoma ⊂ lung neoplasms ⊂ neoplasms);
- miRNAs: mature arm ⊂ precursor ⊂ loci group / family ⊂ "miRNAs (unspecified)".
"""

from __future__ import annotations

import re
from functools import cache

from exoatlas.vocab import mirbase, read_tsv
from exoatlas.vocab.mesh import diseases

MIRNA_ROOT = "exoatlas:cargo_mirnas"


@cache
def _parents() -> dict[str, frozenset[str]]:
    parents: dict[str, set[str]] = {}
    for row in read_tsv("msc_hierarchy.tsv"):
        parents.setdefault(row["child"], set()).add(row["parent"])
    for row in read_tsv("go_ancestors.tsv"):
        parents.setdefault(row["term"], set()).add(row["ancestor"])
    return {k: frozenset(v) for k, v in parents.items()}


@cache
def _mesh_trees() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    by_curie: dict[str, tuple[str, ...]] = {}
    by_tree: dict[str, str] = {}
    for term in diseases():
        by_curie[term.curie] = term.tree_numbers
        for tree in term.tree_numbers:
            by_tree[tree] = term.curie
    return by_curie, by_tree


def _mesh_ancestors(curie: str) -> set[str]:
    by_curie, by_tree = _mesh_trees()
    out = set()
    for tree in by_curie.get(curie, ()):
        parts = tree.split(".")
        for depth in range(1, len(parts)):
            ancestor = by_tree.get(".".join(parts[:depth]))
            if ancestor is not None:
                out.add(ancestor)
    out.discard(curie)
    return out


def _mirna_ancestors(curie: str) -> set[str]:
    out = {MIRNA_ROOT}
    names: list[str] = []
    if curie.startswith("mirbase:"):
        entry = mirbase.by_accession().get(curie.removeprefix("mirbase:"))
        if entry is None:
            return out
        if entry.type == "mature":
            for precursor in entry.precursors:
                out.add(f"mirbase:{precursor}")
                parent = mirbase.by_accession().get(precursor)
                if parent is not None:
                    names.append(parent.name)
        else:
            names.append(entry.name)
    elif curie.startswith("exoatlas:mirna_loci."):
        names.append(curie.removeprefix("exoatlas:mirna_loci."))
    for name in names:
        stem = re.sub(r"-\d+$", "", name)
        if stem != name and stem in mirbase.loci():
            out.add(f"exoatlas:mirna_loci.{stem}")
        if name.startswith("hsa-let-7"):
            out.add("exoatlas:mirna_family.let-7")
    return out


@cache
def ancestors(curie: str) -> frozenset[str]:
    """Every concept that ``curie`` refines (not including itself)."""
    if curie == MIRNA_ROOT:
        return frozenset()
    if curie.startswith("mesh:"):
        return frozenset(_mesh_ancestors(curie))
    if curie.startswith(("mirbase:", "exoatlas:mirna_")):
        return frozenset(_mirna_ancestors(curie))
    seen: set[str] = set()
    stack = list(_parents().get(curie, ()))
    while stack:
        current = stack.pop()
        if current not in seen:
            seen.add(current)
            stack.extend(_parents().get(current, ()))
    return frozenset(seen)


def refines(specific: str, general: str) -> bool:
    """True when ``specific`` is ``general`` or descends from it."""
    return specific == general or general in ancestors(specific)


def related(a: str, b: str) -> bool:
    """True when one of the two refines the other (compatible values, not a difference)."""
    return refines(a, b) or refines(b, a)
