"""Any file a user has -> documents with the findings read from them (nothing is stored here).

Papers (text, markdown, JATS, PDF) are read whole; a MEDLINE file is read record by record and
only records judged about MSC-derived EVs yield findings; a CSV/TSV study table gives one finding
per row with an outcome.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from exoatlas.ingest.load import load_documents, sniff
from exoatlas.ingest.table import TABLE_SUFFIXES, read_study_table
from exoatlas.ingest.text import TextDocument, content_id
from exoatlas.model import Document, Evidence, Reference
from exoatlas.read.reader import ReadRecord, about_msc_ev, outcome_role, read_document
from exoatlas.read.tables import read_tables, row_finding

TABLE_EXTRACTOR = "reader:study-table/0.1"


@dataclass
class ReadDocument:
    """One document and what the reader found in it."""

    document: Document
    about_msc_ev: bool
    records: list[ReadRecord] = field(default_factory=list)


def read_text(text: str, doc_id: str | None = None, *, kind: str = "text") -> ReadDocument:
    """Read a text given in memory (the API's POST /api/read)."""
    from exoatlas.ingest.text import parse_text

    document = parse_text(text, doc_id or content_id(text.encode("utf-8")))
    return _read(document, kind, None, force=True)


def read_path(path: Path, overrides: dict[str, str] | None = None) -> Iterator[ReadDocument]:
    """Documents of one file, each with its findings; InputError for anything unreadable."""
    if path.suffix.casefold() in TABLE_SUFFIXES - {".txt"}:
        yield _read_table(path, overrides or {})
        return
    kind = sniff(path) if path.exists() and path.is_file() else "text"
    for document in load_documents(path):
        yield _read(document, kind, str(path), force=kind != "medline")


def _read(document: TextDocument, kind: str, source: str | None, *, force: bool) -> ReadDocument:
    relevant = about_msc_ev(document)
    records: list[ReadRecord] = []
    if relevant or force:
        records = list(read_document(document, force=True))
        records += list(read_tables(document))
    return ReadDocument(_stored(document, kind, source), relevant, records)


def _stored(document: TextDocument, kind: str, source: str | None) -> Document:
    return Document(
        id=document.id,
        title=document.title,
        kind=kind,
        source=source,
        references=[
            Reference(
                number=r.number,
                text=r.text,
                first_author=r.first_author,
                title=r.title,
                journal=r.journal,
                year=r.year,
            )
            for r in document.references
        ],
    )


def _read_table(path: Path, overrides: dict[str, str]) -> ReadDocument:
    table = read_study_table(path, overrides)
    doc_id = content_id(path.read_bytes())
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
            document=doc_id,
            locator=f"row {number}",
            text=text,
            extractor=TABLE_EXTRACTOR,
            confidence=0.8,
        )
        records.append(ReadRecord(finding, evidence))
    document = Document(id=doc_id, title=path.name, kind="table", source=str(path))
    return ReadDocument(document, True, records)
