"""Reading a made-up abstract in tests: one helper for the reader's rule tests."""

from __future__ import annotations

from exoatlas.ingest.text import Section, TextDocument
from exoatlas.read.reader import read_document
from exoatlas.read.triage import about_msc_ev


def read_abstract(title: str, *sentences: str, scored: bool = False) -> list[tuple[str, str, str]]:
    """(process label, direction, role) of each finding the reader gives a made-up abstract.
    The rules' findings, before the learned finding scorer (``read.finding_score``, tested on
    its own) keeps the likely ones, unless ``scored``: a two-sentence abstract made up to show
    one rule is not the kind of text the scorer was trained on."""
    doc = TextDocument(
        "pmid:9",
        title,
        [Section("Title", [title]), Section("Abstract", [" ".join(sentences)])],
        [],
        [],
        kind="medline",
    )
    if not about_msc_ev(doc):
        return []
    return [
        (
            r.finding.outcome.process.label if r.finding.outcome.process else "",
            r.finding.outcome.direction,
            r.finding.outcome.role,
        )
        for r in read_document(doc, force=True, scored=scored)
    ]
