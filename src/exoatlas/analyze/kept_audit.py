"""The audit the atlas keeps of its own documents, and what it marks on their evidence.

The seeds are audited once at ``build`` (``curated_audit``), an ingested document as it is stored
(``with_own_audit``); each item has a stable id (``audit.audit_id``). Before a document's records
are stored, ``marked`` writes on each evidence item the ids of the audit items that put it in doubt
(a row the text and cited title contradict, a citation whose title names something else, a row
under the wrong heading: ``located_records``) and whether the paper is retracted. Assembly
then lowers the claim's belief and lists the items (``assemble.claims``), and conflicts carry them.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from exoatlas.analyze import audit as audit_checks
from exoatlas.ingest.curated import iter_curated_by_document
from exoatlas.ingest.text import TextDocument
from exoatlas.model import Discrepancy, Document, EvDefinition, Record, Reference

if TYPE_CHECKING:
    from exoatlas.store import Store


def curated_audit(definitions: Sequence[EvDefinition]) -> dict[str, list[Discrepancy]]:
    """The audit of the bundled documents, per document, made once at build."""
    loaded = {
        document.id: (
            [Record(r.finding, r.evidence) for r in records],
            {f"ref:{r.number}": r for r in document.references},
        )
        for document, records in iter_curated_by_document()
    }
    names = {d.id: d.title or d.id for d, _ in iter_curated_by_document()}
    reports: list[Discrepancy] = []
    for doc_id, (records, references) in loaded.items():
        reports += audit_checks.audit_document(doc_id, records, references)
    reports += audit_checks.definition_discrepancies(definitions, names)
    reports += audit_checks.same_study_across_documents(loaded)
    out: dict[str, list[Discrepancy]] = {}
    for report in audit_checks.with_ids(reports, names):
        out.setdefault(report.document, []).append(report)
    return out


def with_own_audit(document: Document, records: Sequence[Record]) -> Document:
    """A document about to be stored, carrying the audit of its own findings and references."""
    references = {f"ref:{r.number}": r for r in document.references}
    reports = audit_checks.audit_document(document.id, records, references)
    name = document.title or document.source or document.id
    return document.model_copy(
        update={"audit": audit_checks.with_ids(reports, {document.id: name})}
    )


def marked(document: Document, records: Sequence[Record]) -> list[Record]:
    """The records with their evidence marked: disputed by the document's audit items, retracted
    when the document is."""
    located = located_records(document.audit)
    out = []
    for record in records:
        evidence = record.evidence
        ids = sorted(set(located.get((evidence.document, evidence.locator), [])))
        retracted = document.retracted or evidence.retracted
        if ids != evidence.disputed or retracted != evidence.retracted:
            evidence = evidence.model_copy(update={"disputed": ids, "retracted": retracted})
            record = Record(record.finding, evidence)
        out.append(record)
    return out


def _references(store: Store, document_id: str) -> dict[str, Reference]:
    document = store.get_document(document_id)
    return {f"ref:{r.number}": r for r in document.references} if document else {}


def audit_files(store: Store, paths: Sequence[Path]) -> tuple[list[Discrepancy], list[str]]:
    """Audit documents as they are (``Atlas.audit``): the discrepancies and warnings for people.

    Each file is read in memory (text, markdown, JATS, PDF) and its findings checked against
    each other and its reference list; nothing is stored. A document the atlas already holds
    (a seed, or one ingested before) is checked with its stored findings, which for the seeds
    are curated. Definitions are compared across the files given.
    """
    from exoatlas.ingest.load import load_documents
    from exoatlas.read.pipeline import read_loaded

    known = set(store.document_ids())
    loaded: dict[str, tuple[list[Record], dict[str, Reference]]] = {}
    names: dict[str, str] = {}
    definitions: list[EvDefinition] = []
    warnings: list[str] = []
    stored_definitions = store.definitions() if known else []
    for path in paths:
        for document in load_documents(path):
            doc_id = document.id
            stored = store.get_document(doc_id) if doc_id in known else None
            title = (stored.title if stored else None) or document.title
            generic = {"abstract", "introduction", "front matter", "background"}
            names[doc_id] = title if title and title.casefold() not in generic else path.name
            if doc_id in known and store.records(doc_id):
                records = store.records(doc_id)
                references = _references(store, doc_id) or {
                    f"ref:{r.number}": r.stored() for r in document.references
                }
                definitions += [d for d in stored_definitions if d.document == doc_id]
            else:
                document = pipe_rows_as_cells(document)
                read = read_loaded(document, str(path))
                records = [Record(r.finding, r.evidence) for r in read.records]
                references = {f"ref:{r.number}": r.stored() for r in document.references}
                definitions += audit_checks.text_definitions(document)
            if not records:
                warnings.append(f"{path}: no findings read; only its reference list was checked")
            if not references:
                warnings.append(f"{path}: no reference list found")
            loaded[doc_id] = (records, references)
    reports: list[Discrepancy] = []
    for doc_id, (records, references) in loaded.items():
        reports += audit_checks.audit_document(doc_id, records, references)
    reports += audit_checks.definition_discrepancies(definitions, names)
    reports += audit_checks.same_study_across_documents(loaded)
    return audit_checks.with_ids(reports, names), warnings


def pipe_rows_as_cells(document: TextDocument) -> TextDocument:
    """Markdown pipe-table lines as tab-separated cells, the layout the table reader reads;
    separator lines ('|---|:--:|') dropped. A no-op for documents without pipe tables."""
    lines = []
    for line in document.table_lines:
        stripped = line.strip()
        if not stripped.startswith("|"):
            lines.append(line)
            continue
        cells = [c.strip().strip("*_ ").strip() for c in stripped.strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) or not c for c in cells):
            continue
        lines.append("\t".join(cells))
    return dataclasses.replace(document, table_lines=lines)


def located_records(
    reports: Iterable[Discrepancy],
) -> dict[tuple[str, str], list[str]]:
    """(document, locator) -> ids of the audit items that dispute the evidence found there.

    Only kinds that say the evidence itself is doubtful count: a row that contradicts the text
    or its heading, a citation whose title names something else."""
    disputing = {"table_vs_text", "citation_vs_reference", "misplaced_row"}
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for report in reports:
        if report.kind not in disputing or report.id is None:
            continue
        places = re.split(r"; | vs ", report.location)
        if report.kind == "table_vs_text":
            places = places[:1]  # the row is in doubt; the sentence is the witness
        for place in places:
            out[(report.document, place.strip())].append(report.id)
    return out
