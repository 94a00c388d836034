"""Drugs with DrugBank ids (drug-named-entity-recognition); MeSH resolved by label."""

from __future__ import annotations

import bz2
import pickle
from functools import cache
from typing import Any

from exoatlas.vocab import Term, package_file
from exoatlas.vocab.mesh import descriptors

SOURCE = "DrugBank ids from drug-named-entity-recognition 2.0.9; MeSH by label"


def _dictionary() -> dict[str, Any]:
    data = package_file("drug_named_entity_recognition", "drug_ner_dictionary.pkl.bz2")
    # A pickle shipped inside an installed, pinned package: trusted as the package is.
    return pickle.loads(bz2.decompress(data.read_bytes()))  # type: ignore[no-any-return]


@cache
def drugs() -> tuple[Term, ...]:
    """Drugs that have a DrugBank id, with their name variants."""
    data = _dictionary()
    mesh = descriptors()
    variants: dict[str, set[str]] = {}
    for variant, canonicals in data["drug_variant_to_canonical"].items():
        for canonical in canonicals:
            variants.setdefault(canonical, set()).add(variant)
    out = []
    for canonical, info in data["drug_canonical_to_data"].items():
        drugbank = info.get("drugbank_id")
        if not drugbank:
            continue
        name = info.get("name") or canonical
        descriptor = mesh.get(name)
        out.append(
            Term(
                curie=f"drugbank:{drugbank}",
                label=name,
                kind="drug",
                synonyms=tuple(sorted(variants.get(canonical, ()))),
                source=SOURCE,
                xrefs=(f"mesh:{descriptor}",) if descriptor else (),
            )
        )
    return tuple(out)
