"""Loaded documents -> the findings read from them (nothing is stored here, no file is opened:
``ingest.load`` reads files).

Papers (text, markdown, JATS, PDF) are read whole; a MEDLINE file is read record by record and
only records judged about MSC-derived EVs yield findings; a CSV/TSV study table gives one finding
per row with an outcome.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exoatlas.ingest.load import check_tokens, load
from exoatlas.ingest.table import StudyTable
from exoatlas.ingest.text import TextDocument, content_id, parse_text
from exoatlas.model import Document, Evidence
from exoatlas.read.ahead import parse_ahead
from exoatlas.read.reader import ReadRecord, read_document
from exoatlas.read.role_of import outcome_role
from exoatlas.read.tables import read_tables, row_finding
from exoatlas.read.triage import about_msc_ev
from exoatlas.vocab import rules

TABLE_EXTRACTOR = "reader:study-table/0.1"
# Documents read deeply (records triage keeps, papers) whose trigger sentences spaCy parses in one
# batch: deep reading is about 20 % faster in batches of 32 abstracts than one by one, 15 % in
# batches of 8, no faster in batches of 3.
PARSE_BATCH = 32
# Records held back at most while a batch fills, every record in between included (output stays in
# record order). A record triage drops is held as its stored Document (about 1.2 KB), so at most
# about 20 MB; triage keeps about 1 record in 750 of PubMed, so a batch holds about 20 of them.
HOLD = 16_384


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
    yield from read_all(load(path, overrides), str(path))


@dataclass
class _Deep:
    """A document held back to be read deeply with the rest of its batch."""

    document: TextDocument
    relevant: bool


def read_all(
    loaded: Iterable[TextDocument | StudyTable],
    source: str | None = None,
    *,
    batch: int = PARSE_BATCH,
    hold: int = HOLD,
) -> Iterator[ReadDocument]:
    """``read_loaded`` of each document, in order, with the trigger sentences of up to ``batch``
    documents read deeply parsed in one spaCy batch (a sentence parses the same in any batch).
    Up to ``hold`` documents wait for a batch; an error loading a document is raised after the
    documents before it are yielded, as when each is read as it comes."""
    held: list[ReadDocument | _Deep] = []
    deep = 0
    documents = iter(loaded)
    while True:
        try:
            document = next(documents)
        except StopIteration:
            break
        except Exception:
            yield from _flush(held, source)
            raise
        if isinstance(document, StudyTable):
            held.append(_read_table(document, source))
        else:
            relevant = about_msc_ev(document)
            if relevant or document.kind != "medline":
                held.append(_Deep(document, relevant))
                deep += 1
            else:
                held.append(ReadDocument(_stored(document, source), False))
        if deep >= batch or len(held) >= hold:
            yield from _flush(held, source)
            held, deep = [], 0
    yield from _flush(held, source)


def _flush(held: list[ReadDocument | _Deep], source: str | None) -> Iterator[ReadDocument]:
    waiting = [h.document for h in held if isinstance(h, _Deep)]
    parsed = _parsed(waiting) if len(waiting) > 1 else None
    for item in held:
        if isinstance(item, ReadDocument):
            yield item
        else:
            yield _read_text(item.document, source, item.relevant, parsed)


def _parsed(documents: list[TextDocument]) -> Mapping[str, Any] | None:
    try:
        return parse_ahead(documents)
    except Exception:  # each document parses its own, raising where it did unbatched
        return None


def read_loaded(loaded: TextDocument | StudyTable, source: str | None = None) -> ReadDocument:
    """Findings of a loaded document. A paper is read whole and deeply; a MEDLINE record is
    triaged first and read deeply only when it is about MSC-derived EVs; a study table row by
    row."""
    if isinstance(loaded, StudyTable):
        return _read_table(loaded, source)
    return _read_text(loaded, source, about_msc_ev(loaded))


def _read_text(
    document: TextDocument,
    source: str | None,
    relevant: bool,
    parsed: Mapping[str, Any] | None = None,
) -> ReadDocument:
    records: list[ReadRecord] = []
    if relevant or document.kind != "medline":
        records = list(read_document(document, force=True, parsed=parsed))
        records += list(read_tables(document))
    return ReadDocument(_stored(document, source), relevant, records)


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
