"""Controlled vocabularies: data files with provenance and their lazy loaders.

Nothing is read at import time; each table loads once, on first use.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

from exoatlas.model import ENTITY_KINDS, Entity


@dataclass(frozen=True)
class Term:
    """One vocabulary entry."""

    curie: str
    label: str
    kind: str
    synonyms: tuple[str, ...]
    source: str

    def entity(self, text: str | None = None) -> Entity:
        return Entity(
            curie=self.curie,
            label=self.label,
            kind=self.kind,  # type: ignore[arg-type]
            grounded=True,
            text=text if text and text != self.label else None,
        )


def fold(text: str) -> str:
    """Case- and spacing-insensitive form used for exact lookups."""
    return " ".join(text.replace("’", "'").casefold().split())


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a bundled vocabulary table."""
    text = resources.files("exoatlas.vocab").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter="\t"))


@cache
def exoatlas_terms() -> tuple[Term, ...]:
    """exoatlas's own namespace: MSC sources, EV types, methods, routes."""
    terms = []
    for row in read_tsv("exoatlas_terms.tsv"):
        if row["kind"] not in ENTITY_KINDS:
            raise ValueError(f"exoatlas_terms.tsv: unknown kind {row['kind']!r}")
        synonyms = tuple(s.strip() for s in row["synonyms"].split(";") if s.strip())
        terms.append(Term(row["curie"], row["label"], row["kind"], synonyms, row["source"]))
    return tuple(terms)


@cache
def _index() -> dict[tuple[str, str], Term]:
    index: dict[tuple[str, str], Term] = {}
    for term in exoatlas_terms():
        for name in (term.label, *term.synonyms):
            index.setdefault((term.kind, fold(name)), term)
    return index


def lookup(text: str, kind: str) -> Term | None:
    """The term of this kind whose label or synonym is ``text``, or None."""
    return _index().get((kind, fold(text)))


__all__ = ["Term", "exoatlas_terms", "fold", "lookup", "read_tsv"]
