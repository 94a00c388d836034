"""Any result as a table: the one flattening of claims (and of every other listed result) used by
the CLI (``--format csv|tsv|jsonl``), the API (``?format=csv``), the web UI (Download CSV) and
pandas (``Atlas.frame``).

A claim becomes one flat row: its id, every entity slot as two columns (label and CURIE; list
slots joined with ``"; "`` in the same order), direction, role, model, belief and evidence count.
Per evidence (``evidence_rows``, or the ``evidence`` list of ``claim_record``): the document, its
publication CURIE (``PMID:`` or ``doi:``), the locator, the sentence, the citation markers and the
cited references with their PMID/DOI where the atlas knows them. Written CSV/TSV cells that a
spreadsheet would run as a formula are neutralised (OWASP: a leading ``'``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any

from pydantic import BaseModel

from exoatlas.errors import InputError
from exoatlas.model import (
    Claim,
    DesignReport,
    Directed,
    Document,
    Entity,
    Evidence,
    Reference,
    SourcedValue,
)
from exoatlas.outputs import neutralise_cell

if TYPE_CHECKING:
    import pandas

Cell = str | int | float | bool
Row = dict[str, Cell]
DocumentLookup = Callable[[str], Document | None]

TABLE_FORMATS = ("csv", "tsv")
LIST_FORMATS = ("json", "jsonl", "csv", "tsv")
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "jsonl": "application/x-ndjson",
}
SEP = "; "
ENTITY_SLOTS = (
    "msc_source",
    "ev_type",
    "preconditioning",
    "engineering",
    "isolation",
    "loading",
    "cargo",
    "cell",
    "cell_line",
    "tissue",
    "disease",
    "targets",
    "pathways",
    "process",
    "route",
)
CLAIM_COLUMNS: tuple[str, ...] = (
    "claim_id",
    *(
        column
        for slot in ENTITY_SLOTS
        for column in (
            (slot, f"{slot}_curie", f"{slot}_direction")
            if slot in ("targets", "pathways")
            else (slot, f"{slot}_curie")
        )
    ),
    "species",
    "direction",
    "role",
    "model",
    "belief",
    "evidence_count",
    "documents",
    "publications",
)
EVIDENCE_COLUMNS: tuple[str, ...] = (
    "document",
    "publication",
    "locator",
    "sentence",
    "cites",
    "cited_references",
    "extractor",
    "negated",
    "hedged",
    "confidence",
)


def _slot(claim: Claim, slot: str) -> list[Entity]:
    finding = claim.finding
    if slot in ("cell", "cell_line", "tissue", "disease"):
        value = getattr(finding.recipient, slot)
    elif slot == "process":
        value = finding.outcome.process
    elif slot in ("targets", "pathways"):
        return [d.entity for d in getattr(finding, slot)]
    else:
        value = getattr(finding, slot)
    if isinstance(value, list):
        return value
    return [] if value is None else [value]


def entity_curie(entity: Entity) -> str:
    """The CURIE of a grounded entity, empty for an ungrounded one."""
    return entity.curie or "" if entity.grounded else ""


def publication(document_id: str, document: Document | None) -> str:
    """The public id of a document: ``PMID:n``, else ``doi:...``, else ``PMC:...``; empty when
    it has none (a text file keeps its content-hash id)."""
    pmid = document.pmid if document is not None else None
    doi = document.doi if document is not None else None
    prefix, _, local = document_id.partition(":")
    if pmid is None and prefix == "pmid" and local.isdigit():
        pmid = local
    if pmid:
        return f"PMID:{pmid}"
    if doi:
        return f"doi:{doi}"
    if prefix == "pmc" and local:
        return f"PMC:{local if local.upper().startswith('PMC') else 'PMC' + local}"
    return ""


def reference_text(reference: Reference) -> str:
    """'Author Year: Title (PMID:n, doi:x)' for a cited reference."""
    head = " ".join(str(p) for p in (reference.first_author, reference.year) if p)
    text = f"{head}: {reference.title}" if head and reference.title else head or reference.title
    ids = [f"PMID:{reference.pmid}"] if reference.pmid else []
    ids += [f"doi:{reference.doi}"] if reference.doi else []
    text = text or f"reference {reference.number}"
    return f"{text} ({', '.join(ids)})" if ids else text


def cited_references(evidence: Evidence, document: Document | None) -> list[Reference]:
    """The entries of the document's reference list that the evidence cites (``ref:N``)."""
    if document is None:
        return []
    by_number = {f"ref:{r.number}": r for r in document.references}
    return [by_number[c] for c in evidence.cites if c in by_number]


class Flattener:
    """Claims to rows, looking each document up once (for its ids and reference list)."""

    def __init__(self, lookup: DocumentLookup | None = None) -> None:
        self._lookup = lookup
        self._documents: dict[str, Document | None] = {}

    def document(self, document_id: str) -> Document | None:
        if document_id not in self._documents:
            self._documents[document_id] = self._lookup(document_id) if self._lookup else None
        return self._documents[document_id]

    def publication(self, document_id: str) -> str:
        return publication(document_id, self.document(document_id))

    def claim_row(self, claim: Claim) -> Row:
        finding = claim.finding
        row: Row = {"claim_id": claim.id}
        for slot in ENTITY_SLOTS:
            entities = _slot(claim, slot)
            row[slot] = SEP.join(e.label for e in entities)
            row[f"{slot}_curie"] = SEP.join(entity_curie(e) for e in entities)
            if slot in ("targets", "pathways"):
                directed: list[Directed] = getattr(finding, slot)
                row[f"{slot}_direction"] = SEP.join(d.direction for d in directed)
        documents = sorted({e.document for e in claim.evidence})
        row.update(
            species=finding.species or "",
            direction=finding.outcome.direction,
            role=finding.outcome.role,
            model=finding.model,
            belief=round(claim.belief, 6),
            evidence_count=len(claim.evidence),
            documents=SEP.join(documents),
            publications=SEP.join(p for d in documents if (p := self.publication(d))),
        )
        return row

    def evidence_row(self, evidence: Evidence) -> Row:
        document = self.document(evidence.document)
        return {
            "document": evidence.document,
            "publication": publication(evidence.document, document),
            "locator": evidence.locator,
            "sentence": evidence.text or "",
            "cites": SEP.join(evidence.cites),
            "cited_references": SEP.join(
                reference_text(r) for r in cited_references(evidence, document)
            ),
            "extractor": evidence.extractor,
            "negated": evidence.negated,
            "hedged": evidence.hedged,
            "confidence": evidence.confidence,
        }


def claim_rows(
    claims: Iterable[Claim], lookup: DocumentLookup | None = None, *, per_evidence: bool = False
) -> Iterator[Row]:
    """One row per claim, or (``per_evidence``) one per evidence with the claim's columns."""
    flat = Flattener(lookup)
    for claim in claims:
        row = flat.claim_row(claim)
        if not per_evidence:
            yield row
            continue
        for evidence in claim.evidence:
            yield {**row, **flat.evidence_row(evidence)}


def claim_records(claims: Iterable[Claim], lookup: DocumentLookup | None = None) -> Iterator[Row]:
    """JSON Lines records: the claim's row plus an ``evidence`` list of evidence rows."""
    flat = Flattener(lookup)
    for claim in claims:
        record: dict[str, Any] = flat.claim_row(claim)
        record["evidence"] = [flat.evidence_row(e) for e in claim.evidence]
        yield record


def claim_columns(per_evidence: bool = False) -> tuple[str, ...]:
    return CLAIM_COLUMNS + (EVIDENCE_COLUMNS if per_evidence else ())


def claims_frame(
    claims: Iterable[Claim], lookup: DocumentLookup | None = None, *, per_evidence: bool = False
) -> pandas.DataFrame:
    """Claims as a flat pandas DataFrame with the columns of ``query --format csv``."""
    import pandas as pd

    rows = list(claim_rows(claims, lookup, per_evidence=per_evidence))
    return pd.DataFrame.from_records(rows, columns=list(claim_columns(per_evidence)))


# -- other results (conflicts, trials, audit, design) -----------------------------------------


def flatten_model(value: BaseModel) -> Row:
    """A pydantic result as one flat row: an entity as label + ``_curie`` columns, a list of
    scalars or entities joined with ``"; "``, a mapping as ``name.key`` columns."""
    row: Row = {}
    for name in type(value).model_fields:
        _flatten_into(row, name, getattr(value, name))
    return row


def _flatten_into(row: Row, name: str, value: Any) -> None:
    if isinstance(value, Entity):
        row[name] = value.label
        row[f"{name}_curie"] = entity_curie(value)
    elif value is None:
        row[name] = ""
    elif isinstance(value, bool | int | float | str):
        row[name] = value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            _flatten_into(row, f"{name}.{key}", item)
    elif isinstance(value, list | tuple):
        if all(isinstance(v, Entity) for v in value) and value:
            row[name] = SEP.join(v.label for v in value)
            row[f"{name}_curie"] = SEP.join(entity_curie(v) for v in value)
        elif value and all(isinstance(v, SourcedValue) for v in value):
            # a trial field's values: 'value [source]'
            row[name] = SEP.join(f"{v.value} [{v.source}]" for v in value)
        else:
            row[name] = SEP.join(
                v.model_dump_json() if isinstance(v, BaseModel) else str(v) for v in value
            )
    elif isinstance(value, BaseModel):
        for key in type(value).model_fields:
            _flatten_into(row, f"{name}.{key}", getattr(value, key))
    else:
        row[name] = str(value)


def model_rows(items: Sequence[BaseModel]) -> list[Row]:
    """Rows of a list of results, every row with the union of the columns (in first-seen order)."""
    rows = [flatten_model(item) for item in items]
    columns = list(dict.fromkeys(c for row in rows for c in row))
    return [{c: row.get(c, "") for c in columns} for row in rows]


def design_rows(report: DesignReport) -> list[Row]:
    """One row per recommendation (and per risk), with the indication and goal."""
    rows: list[Row] = []
    sections = [*report.sections.items(), ("risks", report.risks)]
    for section, recs in sections:
        for rec in recs:
            rows.append(
                {
                    "indication": report.indication.label,
                    "indication_curie": entity_curie(report.indication),
                    "goal": report.goal,
                    "section": section,
                    "option": rec.option,
                    "rationale": rec.rationale,
                    "claims": SEP.join(rec.claims),
                    "score": "" if rec.score is None else rec.score,
                }
            )
    return rows


# -- writing ----------------------------------------------------------------------------------


def write_table(
    rows: Iterable[Row], fmt: str, out: IO[str], columns: Sequence[str] | None = None
) -> int:
    """Write rows as CSV or TSV (header first); returns the number of rows written."""
    if fmt not in TABLE_FORMATS:
        raise InputError(f"unknown table format {fmt!r}; choose {', '.join(TABLE_FORMATS)}")
    iterator = iter(rows)
    first = next(iterator, None)
    header = list(columns) if columns is not None else list(first or {})
    writer = csv.writer(out, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\r\n")
    writer.writerow(header)
    count = 0
    for row in [first, *iterator] if first is not None else []:
        writer.writerow([neutralise_cell(_cell(row.get(c, ""))) for c in header])
        count += 1
    return count


def _cell(value: Any) -> Cell:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | str):
        return value
    return json.dumps(value, ensure_ascii=False)


def write_jsonl(records: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def table_text(rows: Iterable[Row], fmt: str, columns: Sequence[str] | None = None) -> str:
    buffer = io.StringIO()
    write_table(rows, fmt, buffer, columns)
    return buffer.getvalue()
