"""Check an external study table against the atlas: agrees, conflicts, new or unparsed.

Each row becomes a Finding (fields grounded, the outcome phrase parsed into process and
direction). Rows are matched to claims about the same study: the same cited reference when the
table names it and its document, otherwise the same process (or process family), a related
disease and a shared cargo. Among those, a claim with a compatible MSC source and the same
direction means the row agrees; otherwise the row conflicts, and the reason says which value
differs. No matching claim: the row is new.

An outcome cell is read with the reader's vocabulary (``read.outcome.parse_outcomes``) after the
words review tables use that the process cues do not know are rewritten or looked up
(``vocab/data/outcome_phrases.tsv``): British spellings, adjectives ('anti-inflammatory',
'tumour-promoting', 'cardioprotective'), phrases ('M2 polarisation', 'survival') and molecular
effects ('decreases p-ERK, increases cleaved PARP': ERK signalling down, apoptosis up). A disease
cell naming a list ('breast, ovarian and prostate cancer') is split and matched by any of them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from pydantic import Field

from exoatlas.analyze.conflicts import mirna_name
from exoatlas.analyze.titles import organs
from exoatlas.ground import ground_label
from exoatlas.ingest.references import citation_numbers
from exoatlas.ingest.table import StudyTable
from exoatlas.model import Claim, Entity, Finding, Outcome, _Model
from exoatlas.read.outcome import parse_outcomes
from exoatlas.read.tables import row_finding
from exoatlas.vocab import rules
from exoatlas.vocab.hierarchy import related


@cache
def _families() -> tuple[frozenset[str], ...]:
    """Processes a table or a sentence names interchangeably (``process_families.tsv``)."""
    groups: dict[str, set[str]] = {}
    for row in rules.process_families():
        groups.setdefault(row[0], set()).add(row[1])
    return tuple(frozenset(g) for g in groups.values())


class CompareRow(_Model):
    row: int = Field(description="table row number (1 = first data row)")
    status: str = Field(description="agrees | conflicts | new | unparsed")
    finding: Finding = Field(description="the row read as a finding")
    claims: list[str] = Field(default_factory=list, description="matching claim ids")
    reason: str | None = Field(None, description="why: what differs, or what could not be read")


class CompareResult(_Model):
    rows: list[CompareRow] = Field(description="every row with its label")
    summary: dict[str, int] = Field(description="rows per label, and the column mapping used")
    mapping: dict[str, str] = Field(default_factory=dict, description="field -> column")


def same_process(a: Entity | None, b: Entity | None) -> bool:
    """Same or related (GO/MeSH hierarchy) processes, or one family of ``process_families.tsv``."""
    if a is None or b is None or not a.curie or not b.curie:
        return False
    if a.curie == b.curie or related(a.curie, b.curie):
        return True
    return any(a.curie in family and b.curie in family for family in _families())


def _compatible(a: Entity | None, b: Entity | None) -> bool:
    generic = rules.concept("generic_msc")
    if a is None or b is None or a.curie in {None, generic} or b.curie == generic:
        return True
    if a.key() == b.key() or (a.curie and b.curie and related(a.curie, b.curie)):
        return True
    return (
        bool(organs(f"{a.label} {a.text or ''}") & organs(f"{b.label} {b.text or ''}"))
        if a.kind == "disease"
        else False
    )


def _shares_cargo(row: Finding, claim: Finding) -> bool:
    if not row.cargo:
        return True
    keys = {e.key() for e in claim.cargo}
    names = {mirna_name(e) for e in claim.cargo} - {None}
    return any(e.key() in keys or (mirna_name(e) and mirna_name(e) in names) for e in row.cargo)


def compare_rows(table: StudyTable, claims: Sequence[Claim]) -> CompareResult:
    results = []
    for number, row in enumerate(table.rows, start=1):
        outcome_text = row.get(table.mapping.get("outcome", ""), "")
        outcomes = read_outcome(outcome_text)
        finding, diseases = _row_finding(row, table.mapping, outcomes)
        process = finding.outcome.process
        if process is None or not process.grounded:
            reason = "no outcome process could be read from the row"
            results.append(
                CompareRow(row=number, status="unparsed", finding=finding, reason=reason)
            )
            continue
        cites = citation_numbers(f"[{row.get(table.mapping.get('reference', ''), '')}]")
        document = row.get(table.mapping.get("document", ""), "")
        processes = [p for p, _ in outcomes] or [process]
        directions = {p.key(): d for p, d in outcomes}
        same_study = [
            c
            for c in claims
            if any(same_process(p, c.finding.outcome.process) for p in processes)
            and _shares_cargo(finding, c.finding)
            and any(_compatible(d, c.finding.recipient.disease) for d in diseases)
        ]
        if cites and document:
            cited = {f"ref:{n}" for n in cites}
            by_reference = [
                c
                for c in same_study
                if any(e.document == document and cited & set(e.cites) for e in c.evidence)
            ]
            same_study = by_reference or same_study
        agreeing = [
            c.id
            for c in same_study
            if _compatible(finding.msc_source, c.finding.msc_source)
            and c.finding.outcome.direction
            == _direction_for(c, processes, directions, finding.outcome.direction)
        ]
        if agreeing:
            results.append(
                CompareRow(row=number, status="agrees", finding=finding, claims=agreeing)
            )
        elif same_study:
            results.append(
                CompareRow(
                    row=number,
                    status="conflicts",
                    finding=finding,
                    claims=[c.id for c in same_study],
                    reason=_why(finding, same_study),
                )
            )
        else:
            results.append(CompareRow(row=number, status="new", finding=finding))
    summary = Counter(r.status for r in results)
    return CompareResult(
        rows=results,
        summary={k: summary.get(k, 0) for k in ("agrees", "conflicts", "new", "unparsed")},
        mapping=table.mapping,
    )


def _why(finding: Finding, claims: Sequence[Claim]) -> str:
    reasons = []
    if all(c.finding.outcome.direction != finding.outcome.direction for c in claims):
        theirs = ", ".join(sorted({c.finding.outcome.direction for c in claims}))
        reasons.append(f"direction {finding.outcome.direction} vs {theirs}")
    if not any(_compatible(finding.msc_source, c.finding.msc_source) for c in claims):
        sources = sorted({c.finding.msc_source.label for c in claims if c.finding.msc_source})
        reasons.append(
            f"MSC source {finding.msc_source.label if finding.msc_source else '?'} vs "
            f"{', '.join(sources)}"
        )
    return "; ".join(reasons) or "no claim matches every field"


def _direction_for(
    claim: Claim, processes: list[Entity], directions: dict[str, str], default: str
) -> str:
    """The row's direction for the process this claim is about."""
    for process in processes:
        if same_process(process, claim.finding.outcome.process):
            return directions.get(process.key(), default)
    return default


def read_outcome(text: str) -> list[tuple[Entity, str]]:
    """Every (process, direction) an outcome cell states: the reader's parse of the cell with its
    words rewritten, then the phrases and molecular markers it does not know, each taking the
    direction of the nearest polarity word before it (or, failing that, after it)."""
    rewritten = rules.rewrite_outcome(text)
    out: dict[str, tuple[Entity, str]] = {}
    for process, found in parse_outcomes(rewritten):
        out.setdefault(process.key(), (process, found))
    verbs = _polarities(rewritten)
    for phrase in rules.outcome_phrases():
        if phrase.kind not in ("phrase", "marker"):
            continue
        for match in phrase.pattern.finditer(rewritten):
            before = [d for at, d in verbs if at < match.start()]
            after = [d for at, d in verbs if at > match.start()]
            direction = before[-1] if before else (after[0] if after else "unknown")
            if direction == "unknown":
                continue
            process = rules.process_entity(phrase.process)
            if phrase.opposite:
                direction = "decrease" if direction == "increase" else "increase"
            out.setdefault(process.key(), (process, direction))
    return list(out.values())


def _polarities(text: str) -> list[tuple[int, str]]:
    """(position, increase | decrease) of every polarity word; 'improved' raises what follows."""
    out = []
    for match in rules.polarity_pattern().finditer(text):
        if match.group("up"):
            out.append((match.start(), "increase"))
        elif match.group("down"):
            out.append((match.start(), "decrease"))
        elif re.match(r"improv|restor|rescu|preserv|better", match.group(0), re.IGNORECASE):
            out.append((match.start(), "increase"))
    return out


def _row_finding(
    row: dict[str, str], mapping: dict[str, str], outcomes: list[tuple[Entity, str]]
) -> tuple[Finding, list[Entity | None]]:
    """The row as a finding (its outcome read by ``read_outcome``) and every disease it names."""
    finding = row_finding(row, mapping)
    diseases: list[Entity | None] = [finding.recipient.disease]
    cell = row.get(mapping.get("disease", ""), "").strip()
    disease = finding.recipient.disease
    if cell and (disease is None or not disease.grounded):
        named = [ground_label(name, "disease") for name in rules.split_diseases(cell)]
        grounded = [d for d in named if d.grounded]
        if grounded:
            diseases = list(grounded)
            finding = finding.model_copy(
                update={"recipient": finding.recipient.model_copy(update={"disease": grounded[0]})}
            )
    process = finding.outcome.process
    if outcomes and (process is None or not process.grounded or not _is_read(process, outcomes)):
        process, direction = outcomes[0]
        first = diseases[0]
        tumour = bool(first and first.curie and rules.tumour_disease(first.curie))
        outcome = Outcome(
            process=process,
            direction=direction,  # type: ignore[arg-type]
            role=rules.role(process, direction, tumour=tumour),
        )
        finding = finding.model_copy(update={"outcome": outcome})
    elif outcomes and process is not None:
        stated = dict((p.key(), d) for p, d in outcomes).get(process.key())
        if stated and stated != finding.outcome.direction:
            outcome = finding.outcome.model_copy(update={"direction": stated})
            finding = finding.model_copy(update={"outcome": outcome})
    return finding, diseases


def _is_read(process: Entity, outcomes: list[tuple[Entity, str]]) -> bool:
    return any(p.key() == process.key() for p, _ in outcomes)
