"""The development gold set and the corpus text it points into, loaded and checked.

``gold/records.tsv`` lists the chosen records and their split; ``judgements_<batch>.tsv`` and
``findings_<batch>.tsv`` hold the annotations (format in ``gold/GUIDE.md``). The corpus folder
holds the PubMed records as JSON lines (``../shared/corpus``); the gold keeps character offsets
into the stored title or abstract, never the text.

Some corpus abstracts (Crossref records) keep JATS markup (``<jats:title>``, ``<jats:p>``): it is
stripped, with a map from every kept character back to its offset in the stored text, so gold
offsets (into the stored text) and the reader's sentences (of the stripped text) meet.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from exoatlas.errors import InputError
from exoatlas.ingest.records import (
    Field,
    publication_types,
    record_document,
    record_id,
    strip_markup,
)
from exoatlas.ingest.text import TextDocument

SPLITS = ("dev", "heldout")
GOLD_ROLES = (
    "protective_regenerative",
    "anti_tumor",
    "pro_tumor",
    "pathogenic",
    "neutral_or_method",
)
DIRECTIONS = ("increase", "decrease", "unknown")
MODELS = ("in_vitro", "animal", "human", "mixed", "")
SPAN_FIELDS = ("title", "abstract")
CORPUS_FILES = ("msc_ev_abstracts.jsonl", "other_ev_abstracts.jsonl")

RECORD_COLUMNS = ("record", "split", "batch")
JUDGEMENT_COLUMNS = ("record", "relevant", "kind", "truncated", "pass1", "pass2")
FINDING_COLUMNS = (
    "record",
    "row",
    "msc_source",
    "species",
    "ev_term",
    "preconditioning",
    "engineering",
    "cargo",
    "cargo_target",
    "pathway",
    "recipient",
    "disease",
    "effect",
    "direction",
    "role",
    "model",
    "span_field",
    "span_start",
    "span_end",
)


@dataclass(frozen=True)
class Judgement:
    """An annotator's record-level judgement."""

    record: str
    relevant: bool
    kind: str
    truncated: bool
    done: bool  # both passes finished


@dataclass(frozen=True)
class GoldRow:
    """One gold finding (the annotator's words; offsets into the stored corpus field)."""

    record: str
    row: int
    msc_source: str
    cargo: tuple[str, ...]
    cargo_target: tuple[str, ...]
    pathway: str
    disease: str
    effect: str
    direction: str
    role: str
    model: str
    span_field: str
    span_start: int
    span_end: int
    where: str  # file and line, for messages


@dataclass(frozen=True)
class GoldSet:
    """Chosen records with their split, judgements and finding rows."""

    splits: dict[str, str]
    judgements: dict[str, Judgement]
    rows: tuple[GoldRow, ...]
    files: tuple[str, ...]


def _read_tsv(path: Path, required: Iterable[str]) -> list[tuple[int, dict[str, str]]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc.__class__.__name__})") from exc
    reader = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = reader.fieldnames or []
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(f"{path}: not a gold table (missing columns: {', '.join(missing)})")
    rows = []
    for number, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise InputError(f"{path} line {number}: wrong number of tab-separated cells")
        rows.append((number, {k: (v or "").strip() for k, v in row.items()}))
    return rows


def _yes(value: str, where: str, name: str) -> bool:
    if value not in ("yes", "no"):
        raise InputError(f"{where}: {name} must be yes or no, not {value!r}")
    return value == "yes"


def _one_of(value: str, allowed: tuple[str, ...], where: str, name: str) -> str:
    if value not in allowed:
        shown = ", ".join(a for a in allowed if a)
        raise InputError(f"{where}: {name} {value!r} is not one of {shown}")
    return value


def _names(value: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in value.split(";") if p.strip())


def load_gold(folder: Path) -> GoldSet:
    """records.tsv, every judgements_*.tsv and findings_*.tsv; InputError (one line) for a
    missing or malformed file."""
    if not folder.is_dir():
        raise InputError(f"{folder}: no such gold folder")
    records_path = folder / "records.tsv"
    if not records_path.is_file():
        raise InputError(f"{folder}: no records.tsv (not a gold folder)")
    splits: dict[str, str] = {}
    for number, row in _read_tsv(records_path, RECORD_COLUMNS):
        where = f"{records_path} line {number}"
        splits[row["record"]] = _one_of(row["split"], SPLITS, where, "split")
    judgements: dict[str, Judgement] = {}
    files = [records_path.name]
    for path in sorted(folder.glob("judgements_*.tsv")):
        files.append(path.name)
        for number, row in _read_tsv(path, JUDGEMENT_COLUMNS):
            where = f"{path} line {number}"
            record = _known(row["record"], splits, where)
            if record in judgements:
                raise InputError(f"{where}: {record} is judged twice")
            judgements[record] = Judgement(
                record,
                _yes(row["relevant"], where, "relevant"),
                row["kind"],
                _yes(row["truncated"] or "no", where, "truncated"),
                row["pass1"] == "yes" and row["pass2"] == "yes",
            )
    rows: list[GoldRow] = []
    for path in sorted(folder.glob("findings_*.tsv")):
        files.append(path.name)
        for number, row in _read_tsv(path, FINDING_COLUMNS):
            rows.append(_gold_row(row, f"{path} line {number}", splits))
    return GoldSet(splits, judgements, tuple(rows), tuple(files))


def _known(record: str, splits: dict[str, str], where: str) -> str:
    if record not in splits:
        raise InputError(f"{where}: {record or '(empty)'} is not in records.tsv")
    return record


def _gold_row(row: dict[str, str], where: str, splits: dict[str, str]) -> GoldRow:
    try:
        number, start, end = int(row["row"]), int(row["span_start"]), int(row["span_end"])
    except ValueError:
        raise InputError(f"{where}: row, span_start and span_end must be integers") from None
    if not 0 <= start < end:
        raise InputError(f"{where}: span {start}-{end} is empty or negative")
    return GoldRow(
        record=_known(row["record"], splits, where),
        row=number,
        msc_source=row["msc_source"],
        cargo=_names(row["cargo"]),
        cargo_target=_names(row["cargo_target"]),
        pathway=row["pathway"],
        disease=row["disease"],
        effect=row["effect"],
        direction=_one_of(row["direction"], DIRECTIONS, where, "direction"),
        role=_one_of(row["role"], GOLD_ROLES, where, "role"),
        model=_one_of(row["model"], MODELS, where, "model"),
        span_field=_one_of(row["span_field"], SPAN_FIELDS, where, "span_field"),
        span_start=start,
        span_end=end,
        where=where,
    )


# -- corpus text ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CorpusRecord:
    """A record's title and abstract as the reader sees them."""

    id: str
    title: Field
    abstract: Field
    publication_types: tuple[str, ...] = ()

    def field(self, name: str) -> Field:
        return self.title if name == "title" else self.abstract

    def document(self) -> TextDocument:
        """The record as a MEDLINE-like document: a Title section and an Abstract section (as
        ``exoatlas read`` makes it from a JSON-lines file of records)."""
        return record_document(
            self.id, self.title.text, self.abstract.text, types=self.publication_types
        )


def load_corpus(folder: Path, wanted: Iterable[str]) -> dict[str, CorpusRecord]:
    """The wanted records from the corpus JSON-lines files; InputError when one is missing,
    or when a wanted record is reserved for acceptance (RESERVED.txt)."""
    wanted = set(wanted)
    files = [folder / name for name in CORPUS_FILES if (folder / name).is_file()]
    if not folder.is_dir() or not files:
        raise InputError(f"{folder}: no corpus ({' or '.join(CORPUS_FILES)}) found")
    reserved_path = folder / "RESERVED.txt"
    if reserved_path.is_file():
        reserved = {f"pmid:{line.strip()}" for line in reserved_path.read_text().splitlines()}
        clash = sorted(wanted & reserved)
        if clash:
            raise InputError(f"gold names reserved records ({', '.join(clash[:3])}): remove them")
    out: dict[str, CorpusRecord] = {}
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                raise InputError(f"{path} line {number}: not JSON") from None
            rid = record_id(row) if isinstance(row, dict) else None
            if rid in wanted and rid not in out:
                try:
                    types = publication_types(row)
                except ValueError as exc:
                    raise InputError(f"{path} line {number}: {exc}") from None
                out[rid] = CorpusRecord(
                    rid,
                    strip_markup(str(row.get("title") or "")),
                    strip_markup(str(row.get("abstract") or "")),
                    types,
                )
    missing = sorted(wanted - set(out))
    if missing:
        raise InputError(
            f"{folder}: {len(missing)} gold record(s) not in the corpus ({', '.join(missing[:3])})"
        )
    return out


def check_spans(gold: GoldSet, corpus: dict[str, CorpusRecord]) -> None:
    """Every gold span lies inside its stored field."""
    for row in gold.rows:
        record = corpus.get(row.record)
        if record is None:
            continue
        size = len(record.field(row.span_field).raw)
        if row.span_end > size:
            raise InputError(
                f"{row.where}: span {row.span_start}-{row.span_end} is past the end of the "
                f"{row.span_field} ({size} characters)"
            )
