"""Loader for the curated seed records bundled in ``exoatlas/data/curated``.

Each table row of a seed review is one record (a row naming two sources or two recipients becomes
two records with the same locator). Values are labels; this loader grounds them through
``exoatlas.ground`` and turns them into Findings with curated Evidence.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import get_args

from exoatlas import vocab
from exoatlas.errors import DataError
from exoatlas.ground import ground_entities, ground_label
from exoatlas.ingest.references import citation_numbers
from exoatlas.model import (
    Directed,
    Document,
    Entity,
    EntityKind,
    EvDefinition,
    Evidence,
    Finding,
    MethodFact,
    ModelSystem,
    Outcome,
    OutcomeDirection,
    Recipient,
    Record,
    Reference,
    Role,
    SourcedValue,
    TargetDirection,
    Trial,
)

EXTRACTOR = "curated:table"
TEXT_EXTRACTOR = "curated:text"
# Probability that a curated record is right; documented in the README's belief section. A text
# record needs more interpretation (which clause states which effect) than a table row.
CURATED_CONFIDENCE = 0.9
TEXT_CONFIDENCE = 0.85

FINDING_COLUMNS = (
    "document",
    "locator",
    "heading",
    "msc_source",
    "species",
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
    "direction",
    "role",
    "model",
    "route",
    "cites",
    "curation_note",
)
TEXT_COLUMNS = (*FINDING_COLUMNS, "anchor")
TRIAL_COLUMNS = (
    "document",
    "locator",
    "nct",
    "condition",
    "phase",
    "participants",
    "cell_source",
    "cell_type",
    "route",
    "location",
    "curation_note",
)
DEFINITION_COLUMNS = (
    "document",
    "locator",
    "subtype",
    "size_min_nm",
    "size_max_nm",
    "markers",
    "biogenesis",
    "curation_note",
)
FINDING_FILES = (
    "000_table1_regenerative.tsv",
    "000_table2_cancer.tsv",
    "001_table2_promoting.tsv",
    "001_table3_suppressing.tsv",
)
TEXT_FILES = ("000_text.tsv", "001_text.tsv")
TRIAL_FILES = ("000_table3_trials.tsv",)
DEFINITION_FILES = (
    "000_text_ev_subtypes.tsv",
    "001_table1_ev_subtypes.tsv",
    "misev2023_ev_subtypes.tsv",
)
REFERENCE_FILES = {
    "000_f18fedb756d4e7ae": "000_references.tsv",
    "001_3934da7a98245935": "001_references.tsv",
}
REFERENCE_COLUMNS = ("number", "printed", "first_author", "title", "journal", "year")
METHOD_COLUMNS = ("method", "aspect", "value", "source", "status")

CARGO_KINDS = ("mirna", "gene", "other", "drug")
SPECIES_CODES = {"human": "hsa", "mouse": "mmu", "rat": "rno"}


CuratedRecord = Record  # the one (finding, evidence) type, exoatlas.model.Record


def read_rows(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a curated file, checking its header exactly."""
    text = resources.files("exoatlas.data.curated").joinpath(name).read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter="\t")
    if tuple(reader.fieldnames or ()) != columns:
        raise DataError(f"{name}: header {reader.fieldnames} != {list(columns)}")
    return list(reader)


def split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _one(value: str, kind: EntityKind) -> Entity | None:
    return ground_label(value, kind) if value.strip() else None


def _directed(value: str, kind: EntityKind, where: str) -> list[Directed]:
    out = []
    for part in split(value):
        label, _, direction = part.rpartition(":")
        if direction not in get_args(TargetDirection):
            raise DataError(f"{where}: bad direction in {part!r}")
        out.append(Directed(entity=ground_label(label, kind), direction=direction))  # type: ignore[arg-type]
    return out


def parse_cites(value: str) -> list[str]:
    """'[89, 90]' -> ['ref:89', 'ref:90'] (resolved to the document's own reference numbers)."""
    return [f"ref:{n}" for n in citation_numbers(value)]


def parse_finding_row(
    row: dict[str, str],
    where: str,
    extractor: str = EXTRACTOR,
    confidence: float = CURATED_CONFIDENCE,
) -> CuratedRecord:
    """One curated row -> Finding + Evidence; raises DataError on an invalid value."""
    if row["role"] not in get_args(Role):
        raise DataError(f"{where}: unknown role {row['role']!r}")
    if row["model"] not in get_args(ModelSystem):
        raise DataError(f"{where}: unknown model {row['model']!r}")
    if row["direction"] not in get_args(OutcomeDirection):
        raise DataError(f"{where}: unknown direction {row['direction']!r}")
    species = SPECIES_CODES.get(row["species"], "hsa")
    cargo = [
        e for v in split(row["cargo"]) for e in ground_entities(v, CARGO_KINDS, species=species)
    ]
    finding = Finding(
        msc_source=_one(row["msc_source"], "msc_source"),
        species=row["species"] or None,
        ev_type=_one(row["ev_type"], "ev_type"),
        preconditioning=[ground_label(v, "preconditioning") for v in split(row["preconditioning"])],
        engineering=[ground_label(v, "engineering") for v in split(row["engineering"])],
        isolation=[ground_label(v, "isolation_method") for v in split(row["isolation"])],
        loading=[ground_label(v, "loading_method") for v in split(row["loading"])],
        cargo=cargo,
        recipient=Recipient(
            cell=_one(row["cell"], "cell_type"),
            cell_line=_one(row["cell_line"], "cell_line"),
            tissue=_one(row["tissue"], "tissue"),
            disease=_one(row["disease"], "disease"),
        ),
        targets=_directed(row["targets"], "gene", where),
        pathways=_directed(row["pathways"], "pathway", where),
        outcome=Outcome(
            process=_one(row["process"], "process"),
            direction=row["direction"],  # type: ignore[arg-type]
            role=row["role"],  # type: ignore[arg-type]
        ),
        model=row["model"],  # type: ignore[arg-type]
        route=_one(row["route"], "route"),
    )
    evidence = Evidence(
        document=row["document"],
        locator=row["locator"],
        text=None,
        cites=parse_cites(row["cites"]),
        extractor=extractor,
        confidence=confidence,
        curation_note=row["curation_note"] or None,
        heading=row["heading"] or None,
    )
    return CuratedRecord(finding, evidence)


@cache
def curated_records() -> tuple[CuratedRecord, ...]:
    """Every curated finding record of both seed reviews."""
    records = []
    for name in FINDING_FILES:
        for i, row in enumerate(read_rows(name, FINDING_COLUMNS), start=2):
            records.append(parse_finding_row(row, f"{name}:{i}"))
    for name in TEXT_FILES:
        for i, row in enumerate(read_rows(name, TEXT_COLUMNS), start=2):
            records.append(parse_finding_row(row, f"{name}:{i}", TEXT_EXTRACTOR, TEXT_CONFIDENCE))
    return tuple(records)


def curated_references(document_id: str) -> list[Reference]:
    """The reference list of a seed review (derived by scripts/build_seed_references.py)."""
    name = REFERENCE_FILES.get(document_id)
    if name is None:
        return []
    return [
        Reference(
            number=int(r["number"]),
            first_author=r["first_author"] or None,
            title=r["title"] or None,
            journal=r["journal"] or None,
            year=int(r["year"]) if r["year"] else None,
        )
        for r in read_rows(name, REFERENCE_COLUMNS)
    ]


@cache
def curated_ids() -> frozenset[str]:
    """Ids of the curated seed documents (read once)."""
    return frozenset(d.id for d in curated_documents())


def curated_documents() -> list[Document]:
    rows = read_rows(
        "documents.tsv", ("id", "title", "kind", "source", "pmid", "doi", "ids_source")
    )
    return [
        Document(
            id=r["id"],
            title=r["title"],
            kind=r["kind"],
            source=r["source"],
            pmid=r["pmid"] or None,
            doi=r["doi"] or None,
            references=curated_references(r["id"]),
        )
        for r in rows
    ]


def curated_method_facts() -> list[MethodFact]:
    """Methods knowledge: each statement with its source and FACTS.md status."""
    out = []
    for row in read_rows("methods.tsv", METHOD_COLUMNS):
        kind = next((t.kind for t in vocab.curated_terms() if t.curie == row["method"]), None)
        if kind is None:
            raise DataError(f"methods.tsv: {row['method']!r} is not an exoatlas term")
        term = next(t for t in vocab.curated_terms() if t.curie == row["method"])
        out.append(
            MethodFact(
                method=term.entity(),
                aspect=row["aspect"],  # type: ignore[arg-type]
                value=row["value"],
                source=row["source"],
                status=row["status"],  # type: ignore[arg-type]
            )
        )
    return out


TRIAL_FIELDS = (
    "condition",
    "phase",
    "participants",
    "cell_source",
    "cell_type",
    "route",
    "location",
)


def curated_trials() -> list[Trial]:
    """Trials from the seed tables, each value carrying its source."""
    trials: dict[str, Trial] = {}
    for name in TRIAL_FILES:
        for row in read_rows(name, TRIAL_COLUMNS):
            source = f"{row['document']}, {row['locator']}"
            trial = trials.setdefault(row["nct"], Trial(nct=row["nct"]))
            for field in TRIAL_FIELDS:
                trial.fields.setdefault(field, []).append(
                    SourcedValue(value=row[field], source=source)
                )
    return [trials[nct] for nct in sorted(trials)]


def curated_definitions() -> list[EvDefinition]:
    out = []
    for name in DEFINITION_FILES:
        for row in read_rows(name, DEFINITION_COLUMNS):
            out.append(
                EvDefinition(
                    subtype=row["subtype"],
                    size_min_nm=float(row["size_min_nm"]) if row["size_min_nm"] else None,
                    size_max_nm=float(row["size_max_nm"]) if row["size_max_nm"] else None,
                    markers=split(row["markers"]),
                    biogenesis=row["biogenesis"] or None,
                    document=row["document"],
                    locator=row["locator"],
                )
            )
    return out


def iter_curated_by_document() -> Iterator[tuple[Document, list[CuratedRecord]]]:
    """Documents with their curated records, in id order."""
    records = curated_records()
    for document in curated_documents():
        yield document, [r for r in records if r.evidence.document == document.id]
