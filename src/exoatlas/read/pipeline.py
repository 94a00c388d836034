"""Loaded documents -> the findings read from them (nothing is stored here, no file is opened:
``ingest.load`` reads files).

Papers (text, markdown, JATS, PDF) are read whole; a MEDLINE file is read record by record and
only records judged about MSC-derived EVs yield findings; a CSV/TSV study table gives one finding
per row with an outcome.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from exoatlas.ingest.load import check_tokens, load
from exoatlas.ingest.table import StudyTable
from exoatlas.ingest.text import TextDocument, content_id, parse_text
from exoatlas.model import Document, Evidence
from exoatlas.read.reader import ReadRecord, outcome_role, read_document
from exoatlas.read.tables import read_tables, row_finding
from exoatlas.read.triage import about_msc_ev
from exoatlas.vocab import rules

TABLE_EXTRACTOR = "reader:study-table/0.1"


@dataclass
class ReadDocument:
    """One document and what the reader found in it."""

    document: Document
    about_msc_ev: bool
    records: list[ReadRecord] = field(default_factory=list)


def read_text(text: str, doc_id: str | None = None) -> ReadDocument:
    """Read a text given in memory (the API's POST /api/read)."""
    document = parse_text(text, doc_id or content_id(text.encode("utf-8")))
    return read_loaded(check_tokens(document, "the text"))


def read_path(path: Path, overrides: dict[str, str] | None = None) -> Iterator[ReadDocument]:
    """Documents of one file, each with its findings; InputError for anything unreadable.
    The file is read by ``ingest.load``; this only reads what it yields."""
    for loaded in load(path, overrides):
        yield read_loaded(loaded, str(path))


def read_loaded(loaded: TextDocument | StudyTable, source: str | None = None) -> ReadDocument:
    """Findings of a loaded document. A paper is read whole and deeply; a MEDLINE record is
    triaged first and read deeply only when it is about MSC-derived EVs; a study table row by
    row."""
    if isinstance(loaded, StudyTable):
        return _read_table(loaded, source)
    relevant = about_msc_ev(loaded)
    records: list[ReadRecord] = []
    if relevant or loaded.kind != "medline":
        records = list(read_document(loaded, force=True))
        records += list(read_tables(loaded))
    return ReadDocument(_stored(loaded, source), relevant, records)


def _stored(document: TextDocument, source: str | None) -> Document:
    return Document(
        id=document.id,
        title=document.title,
        kind=document.kind,
        source=source,
        pmid=document.pmid,
        doi=document.doi,
        references=[r.stored() for r in document.references],
        retracted=document.retracted,
    )


def _read_table(table: StudyTable, source: str | None) -> ReadDocument:
    records = []
    for number, row in enumerate(table.rows, start=1):
        finding = row_finding(row, table.mapping)
        process, direction = finding.outcome.process, finding.outcome.direction
        if process is None or direction == "unknown":
            continue
        text = " | ".join(v for v in row.values() if v)
        role = outcome_role(process, direction, finding.recipient.disease, text)
        finding = finding.model_copy(
            update={"outcome": finding.outcome.model_copy(update={"role": role})}
        )
        evidence = Evidence(
            document=table.id,
            locator=f"row {number}",
            text=text,
            extractor=TABLE_EXTRACTOR,
            confidence=rules.confidence("study_table"),
        )
        records.append(ReadRecord(finding, evidence))
    title = Path(source).name if source else None
    document = Document(id=table.id, title=title, kind="table", source=source)
    return ReadDocument(document, True, records)
