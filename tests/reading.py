"""Reading a made-up abstract in tests: one helper for the reader's rule tests."""

from __future__ import annotations

from exoatlas.ingest.text import Section, TextDocument
from exoatlas.read.pipeline import read_loaded


def read_abstract(title: str, *sentences: str) -> list[tuple[str, str, str]]:
    """(process label, direction, role) of each finding the reader gives a made-up abstract."""
    doc = TextDocument(
        "pmid:9",
        title,
        [Section("Title", [title]), Section("Abstract", [" ".join(sentences)])],
        [],
        [],
        kind="medline",
    )
    return [
        (
            r.finding.outcome.process.label if r.finding.outcome.process else "",
            r.finding.outcome.direction,
            r.finding.outcome.role,
        )
        for r in read_loaded(doc).records
    ]
