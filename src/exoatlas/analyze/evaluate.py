"""The reader measured against the curated gold (the seed reviews' text findings).

Matching rules:

- finding level: a read finding matches a gold finding of the same document and sentence
  (locator) whose outcome process is the same or related (GO/MeSH hierarchy, or one process
  family, ``analyze.compare.PROCESS_FAMILIES``: growth ~ proliferation, the migration and the
  regeneration kinds) and whose direction is the same; one-to-one, greedy in order.
  Precision = matched / read, recall = matched / gold.
- per field, over matched pairs: MSC source compatible (equal or one refines the other), disease
  compatible (same, related, or same organ), cargo (shared miRNA name or entity, or both empty),
  model and role equal.
- claim level: each document's set of cores (MSC source, cargo, disease, process, direction); a
  read core matches a gold core when every component is compatible as above (an absent value on
  either side is compatible). Precision, recall and F1 over cores.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exoatlas.analyze.compare import same_process
from exoatlas.analyze.conflicts import mirna_name
from exoatlas.analyze.titles import organs
from exoatlas.errors import InputError
from exoatlas.model import Entity, Finding
from exoatlas.read.reader import ReadRecord
from exoatlas.store import Record
from exoatlas.vocab.hierarchy import related


def compatible(a: Entity | None, b: Entity | None) -> bool:
    """Equal, related, same organ — or unknown: absent or not grounded on either side."""
    if a is None or b is None or not a.grounded or not b.grounded:
        return True
    if a.key() == b.key():
        return True
    if a.curie and b.curie and related(a.curie, b.curie):
        return True
    if a.kind == "disease" and b.kind == "disease":
        return bool(organs(f"{a.label} {a.text or ''}") & organs(f"{b.label} {b.text or ''}"))
    return False


def cargo_overlap(a: Finding, b: Finding) -> bool:
    names_a = {mirna_name(e) or e.key() for e in a.cargo}
    names_b = {mirna_name(e) or e.key() for e in b.cargo}
    return bool(names_a & names_b)


def cargo_compatible(a: Finding, b: Finding) -> bool:
    """Claim level: an absent cargo on either side is compatible (as for every component)."""
    return not a.cargo or not b.cargo or cargo_overlap(a, b)


def cargo_same(a: Finding, b: Finding) -> bool:
    """Field level, strict: both absent, or a shared cargo."""
    return (not a.cargo and not b.cargo) or cargo_overlap(a, b)


def core_match(read: Finding, gold: Finding) -> bool:
    return (
        same_process(read.outcome.process, gold.outcome.process)
        and read.outcome.direction == gold.outcome.direction
        and compatible(read.msc_source, gold.msc_source)
        and compatible(read.recipient.disease, gold.recipient.disease)
        and cargo_compatible(read, gold)
    )


@dataclass
class Scores:
    matched: int
    read: int
    gold: int

    def as_dict(self) -> dict[str, float | int]:
        p = self.matched / self.read if self.read else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f1, 3),
            "matched": self.matched,
            "read": self.read,
            "gold": self.gold,
        }


def evaluate(read: Sequence[ReadRecord], gold: Sequence[Record]) -> dict[str, Any]:
    by_locator: dict[tuple[str, str], list[Record]] = {}
    for g in gold:
        by_locator.setdefault((g.evidence.document, g.evidence.locator), []).append(g)
    used: set[int] = set()
    pairs = []
    for r in read:
        for g in by_locator.get((r.evidence.document, r.evidence.locator), []):
            if id(g) in used:
                continue
            if same_process(r.finding.outcome.process, g.finding.outcome.process) and (
                r.finding.outcome.direction == g.finding.outcome.direction
            ):
                used.add(id(g))
                pairs.append((r.finding, g.finding))
                break
    fields: dict[str, Callable[[Finding, Finding], bool]] = {
        "msc_source": lambda a, b: compatible(a.msc_source, b.msc_source),
        "disease": lambda a, b: compatible(a.recipient.disease, b.recipient.disease),
        "cargo": cargo_same,
        "model": lambda a, b: a.model == b.model,
        "role": lambda a, b: a.outcome.role == b.outcome.role,
    }
    per_field = {
        name: round(sum(check(a, b) for a, b in pairs) / len(pairs), 3) if pairs else 0.0
        for name, check in fields.items()
    }
    core_read = _cores(read)
    core_gold = _cores(gold)
    matched_gold = sum(any(core_match(r, g) for r in core_read) for g in core_gold)
    matched_read = sum(any(core_match(r, g) for g in core_gold) for r in core_read)
    p = matched_read / len(core_read) if core_read else 0.0
    rec = matched_gold / len(core_gold) if core_gold else 0.0
    claim = {
        "precision": round(p, 3),
        "recall": round(rec, 3),
        "f1": round(2 * p * rec / (p + rec), 3) if p + rec else 0.0,
        "read_cores": len(core_read),
        "gold_cores": len(core_gold),
    }
    return {
        "findings": Scores(len(pairs), len(read), len(gold)).as_dict(),
        "fields_on_matched": per_field,
        "claims": claim,
    }


def _cores(records: Sequence[ReadRecord] | Sequence[Record]) -> list[Finding]:
    seen: dict[tuple[object, ...], Finding] = {}
    for record in records:
        f = record.finding
        key = (
            record.evidence.document,
            f.msc_source.key() if f.msc_source else "",
            tuple(sorted(mirna_name(e) or e.key() for e in f.cargo)),
            f.recipient.disease.key() if f.recipient.disease else "",
            f.outcome.process.key() if f.outcome.process else "",
            f.outcome.direction,
        )
        seen.setdefault(key, f)
    return list(seen.values())


def evaluate_tables(read: Sequence[ReadRecord], gold: Sequence[Record]) -> dict[str, Any]:
    """Table rows: a gold row is recalled when the reader produced, at the same row locator, a
    finding whose process is the same or related and whose direction is the same as one of the
    row's gold findings. Precision counts read rows that match a gold row this way."""
    gold_rows: dict[tuple[str, str], list[Finding]] = {}
    for g in gold:
        gold_rows.setdefault((g.evidence.document, g.evidence.locator), []).append(g.finding)
    read_rows: dict[tuple[str, str], list[Finding]] = {}
    for r in read:
        read_rows.setdefault((r.evidence.document, r.evidence.locator), []).append(r.finding)

    def hit(key: tuple[str, str]) -> bool:
        return any(
            same_process(a.outcome.process, b.outcome.process)
            and a.outcome.direction == b.outcome.direction
            for a in read_rows.get(key, [])
            for b in gold_rows.get(key, [])
        )

    recalled = [key for key in gold_rows if hit(key)]
    missed = sorted(f"{doc[:3]} {loc}" for doc, loc in gold_rows if not hit((doc, loc)))
    precise = sum(hit(key) for key in read_rows)
    return {
        "rows": len(gold_rows),
        "recall": round(len(recalled) / len(gold_rows), 3) if gold_rows else 0.0,
        "precision": round(precise / len(read_rows), 3) if read_rows else 0.0,
        "missed": missed,
    }


def evaluate_seeds(seeds: Path) -> dict[str, Any]:
    """Read the seed reviews in ``seeds`` and score text and table findings against the gold."""
    from exoatlas.ingest.curated import curated_records
    from exoatlas.ingest.load import load_documents
    from exoatlas.read.reader import read_document
    from exoatlas.read.tables import read_tables

    documents = [d for path in sorted(seeds.glob("*.txt")) for d in load_documents(path)]
    if not documents:
        raise InputError(f"{seeds}: no seed reviews (*.txt) found")
    ids = {d.id for d in documents}
    gold = [Record(r.finding, r.evidence) for r in curated_records() if r.evidence.document in ids]
    table_gold = [r for r in gold if r.evidence.locator.startswith("Table")]
    text_gold = [r for r in gold if not r.evidence.locator.startswith("Table")]
    text_read = [r for d in documents for r in read_document(d, force=True)]
    table_read = [r for d in documents for r in read_tables(d)]
    result = evaluate(text_read, text_gold)
    result["tables"] = evaluate_tables(table_read, table_gold)
    result["documents"] = sorted(ids)
    return result
