"""Check an external study table against the atlas: agrees, conflicts, new or unparsed.

Each row becomes a Finding (fields grounded, the outcome phrase parsed into process and
direction). Rows are matched to claims about the same study: the same cited reference when the
table names it and its document, otherwise the same process (or process family), a related
disease and a shared cargo. Among those, a claim with a compatible MSC source and the same
direction means the row agrees; otherwise the row conflicts, and the reason says which value
differs. No matching claim: the row is new.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pydantic import Field

from exoatlas.analyze.audit import organs
from exoatlas.analyze.conflicts import mirna_name
from exoatlas.ingest.references import citation_numbers
from exoatlas.ingest.table import StudyTable
from exoatlas.model import Claim, Entity, Finding, _Model
from exoatlas.read.outcome import parse_outcomes
from exoatlas.read.tables import row_finding
from exoatlas.vocab.hierarchy import related

# processes a table or a sentence names interchangeably: tumour growth ~ proliferation;
# migration ~ invasion ~ metastasis; the kinds of regeneration and repair
PROCESS_FAMILIES = (
    {"exoatlas:process_tumor_growth", "go:0008283"},
    {"go:0016477", "mesh:D009361", "mesh:D009362"},
    {
        "go:0042246",
        "go:0031102",
        "go:0031103",
        "mesh:D009416",
        "go:0031175",
        "go:0097421",
        "go:0042060",
    },
)


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
    """Same or related (GO/MeSH hierarchy) processes, or one of PROCESS_FAMILIES."""
    if a is None or b is None or not a.curie or not b.curie:
        return False
    if a.curie == b.curie or related(a.curie, b.curie):
        return True
    return any(a.curie in family and b.curie in family for family in PROCESS_FAMILIES)


def _compatible(a: Entity | None, b: Entity | None) -> bool:
    if a is None or b is None or a.curie in {None, "exoatlas:msc"} or b.curie == "exoatlas:msc":
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
        finding = row_finding(row, table.mapping)
        process = finding.outcome.process
        if process is None or not process.grounded:
            reason = "no outcome process could be read from the row"
            results.append(
                CompareRow(row=number, status="unparsed", finding=finding, reason=reason)
            )
            continue
        cites = citation_numbers(f"[{row.get(table.mapping.get('reference', ''), '')}]")
        document = row.get(table.mapping.get("document", ""), "")
        outcome_text = row.get(table.mapping.get("outcome", ""), "")
        processes = [p for p, _ in parse_outcomes(outcome_text)] or [process]
        directions = {p.key(): d for p, d in parse_outcomes(outcome_text)}
        same_study = [
            c
            for c in claims
            if any(same_process(p, c.finding.outcome.process) for p in processes)
            and _shares_cargo(finding, c.finding)
            and _compatible(finding.recipient.disease, c.finding.recipient.disease)
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
