"""Review auditor: errors inside review articles, each naming both places and both values.

Checks (CONTRACT.md kinds), tuned for precision — a report should be worth a curator's minute:

- ``duplicate_reference``: one paper twice in a reference list (same full title, author, year);
- ``citation_vs_reference``: a finding's miRNA, MSC source, disease or direction is contradicted
  by the title of the reference it cites (and no other cited title supports it);
- ``table_vs_text``: a table row and the text citing the same reference disagree on source, cargo,
  disease or direction, and no text finding with that reference agrees with the row;
- ``misplaced_row``: a row whose outcome contradicts its table heading;
- ``cross_document``: two documents define an EV subtype differently, or report the same study
  (same cited title) with contradicting values;
- ``internal_definition``: one document gives two size ranges for one EV subtype.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from exoatlas.analyze.conflicts import mirna_name
from exoatlas.analyze.titles import TitleFacts, labels_by_curie
from exoatlas.analyze.titles import organs as organs  # re-exported: audit.organs
from exoatlas.analyze.titles import title_facts as title_facts  # re-exported
from exoatlas.ingest.text import TextDocument
from exoatlas.model import Discrepancy, Entity, EvDefinition, Finding, Reference
from exoatlas.read.locate import section_sentences, sentence_locator
from exoatlas.store import Record
from exoatlas.vocab import rules
from exoatlas.vocab.hierarchy import related

# -- comparing a finding with a title or another finding --------------------------------------


def _specific_source(finding: Finding) -> str | None:
    source = finding.msc_source
    if source is None or not source.curie or source.curie == rules.concept("generic_msc"):
        return None
    return source.curie


def _mirnas(finding: Finding) -> set[str]:
    return {n for e in finding.cargo if (n := mirna_name(e))}


def _same_mirna_name(a: str, b: str) -> bool:
    return a == b or a.startswith(b + "-") or b.startswith(a + "-")


def _process_class(finding: Finding) -> str | None:
    process = finding.outcome.process
    if process is None or not process.curie:
        return None
    for cue in rules.title_cues("process"):
        if process.curie in cue.curies:
            return cue.name
    return None


def _disease_related(curie: str, others: Iterable[str]) -> bool:
    return any(related(curie, other) for other in others)


def title_conflicts(finding: Finding, facts: TitleFacts) -> list[str]:
    """Ways a title contradicts a finding (empty: compatible or nothing to compare)."""
    problems = []
    mirnas = {m for m in _mirnas(finding) if m}
    if (
        mirnas
        and facts.mirnas
        and not any(_same_mirna_name(a, b) for a in mirnas for b in facts.mirnas)
    ):
        problems.append(
            f"the finding names {', '.join(sorted(mirnas))}; the cited title names "
            f"{', '.join(sorted(facts.mirnas))}"
        )
    source = _specific_source(finding)
    if source and facts.sources and not any(related(source, s) for s in facts.sources):
        problems.append(
            f"the finding's MSC source is {finding.msc_source.label}; "  # type: ignore[union-attr]
            f"the cited title names {', '.join(sorted(labels_by_curie(facts.sources)))}"
        )
    disease = finding.recipient.disease
    if (
        disease
        and disease.curie
        and facts.diseases
        and not _disease_related(disease.curie, facts.diseases)
        and not organs(f"{disease.label} {disease.text or ''}") & facts.organs
    ):
        names = sorted(labels_by_curie(facts.diseases))
        problems.append(
            f"the finding is about {disease.label}; the cited title is about {', '.join(names)}"
        )
    process = _process_class(finding)
    direction = finding.outcome.direction
    title_direction = facts.polarity.get(process or "")
    if (
        process
        and title_direction
        and direction in ("increase", "decrease")
        and title_direction != direction
    ):
        problems.append(
            f"the finding says {process} {direction}s; the cited title says it {title_direction}s"
        )
    return problems


def finding_differences(a: Finding, b: Finding) -> list[str]:
    """Where two findings about the same study disagree (source, cargo, disease, direction)."""
    out = []
    sa, sb = _specific_source(a), _specific_source(b)
    if sa and sb and not related(sa, sb):
        out.append(f"MSC source {a.msc_source.label} vs {b.msc_source.label}")  # type: ignore[union-attr]
    ma, mb = _mirnas(a), _mirnas(b)
    if ma and mb and not any(_same_mirna_name(x, y) for x in ma for y in mb):
        out.append(f"cargo {', '.join(sorted(ma))} vs {', '.join(sorted(mb))}")
    da, db = a.recipient.disease, b.recipient.disease
    if (
        da
        and db
        and da.curie
        and db.curie
        and not related(da.curie, db.curie)
        and not organs(f"{da.label} {da.text or ''}") & organs(f"{db.label} {db.text or ''}")
    ):
        out.append(f"disease {da.label} vs {db.label}")
    pa, pb = a.outcome.process, b.outcome.process
    ca, cb = {e.key() for e in a.cargo}, {e.key() for e in b.cargo}
    same_cargo = ca == cb or bool(ca & cb) or any(_same_mirna_name(x, y) for x in ma for y in mb)
    if (
        pa
        and pb
        and pa.key() == pb.key()
        and same_cargo
        and {a.outcome.direction, b.outcome.direction} == {"increase", "decrease"}
    ):
        out.append(f"{pa.label} {a.outcome.direction} vs {b.outcome.direction}")
    return out


def _shares_topic(a: Finding, b: Finding) -> bool:
    def keys(items: Iterable[Entity | None]) -> set[str]:
        return {e.key() for e in items if e is not None}

    return bool(
        keys(a.cargo) & keys(b.cargo)
        or keys([a.outcome.process]) & keys([b.outcome.process])
        or keys([a.recipient.disease]) & keys([b.recipient.disease])
    )


# -- the checks -------------------------------------------------------------------------------


def _norm_title(ref: Reference) -> str:
    return re.sub(r"[^a-z0-9]", "", (ref.title or "").casefold())


def duplicate_references(document: str, references: Sequence[Reference]) -> list[Discrepancy]:
    groups: dict[tuple[str, str, int | None], list[Reference]] = defaultdict(list)
    for ref in references:
        title = _norm_title(ref)
        if len(title) >= 20:
            groups[(title, (ref.first_author or "").casefold(), ref.year)].append(ref)
    return [
        Discrepancy(
            kind="duplicate_reference",
            document=document,
            location=" and ".join(f"reference {r.number}" for r in refs),
            cites=[f"ref:{r.number}" for r in refs],
            message=f"the same paper is listed {len(refs)} times: {refs[0].first_author} "
            f"{refs[0].year}, {refs[0].title}",
        )
        for refs in groups.values()
        if len(refs) > 1
    ]


def citation_vs_reference(
    document: str, records: Sequence[Record], references: dict[str, Reference]
) -> list[Discrepancy]:
    """Group by (cited reference, problems) so one wrong citation is one report."""
    facts = {cite: title_facts(ref.title) for cite, ref in references.items() if ref.title}
    grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
    for record in records:
        cites = [c for c in record.evidence.cites if c in facts]
        if not cites:
            continue
        per_cite = {c: title_conflicts(record.finding, facts[c]) for c in cites}
        if any(not problems for problems in per_cite.values()):
            continue  # some cited title is compatible with the finding
        for cite, problems in per_cite.items():
            grouped[(cite, "; ".join(problems))].append(record.evidence.locator)
    merged: dict[tuple[str, str], list[str]] = {}
    for (cite, problem), locations in sorted(grouped.items()):
        where = "; ".join(dict.fromkeys(locations))
        # one place, several findings: keep the fullest list of problems once
        previous = next((k for k in merged if k[0] == cite and k[1] == where), None)
        if previous is not None:
            merged[previous] = list(dict.fromkeys(merged[previous] + problem.split("; ")))
            continue
        merged[(cite, where)] = problem.split("; ")
    out = []
    for (cite, where), problems in merged.items():
        ref = references[cite]
        out.append(
            Discrepancy(
                kind="citation_vs_reference",
                document=document,
                location=where,
                cites=[cite],
                message=f"{'; '.join(problems)}. Reference {ref.number}: {ref.first_author} "
                f"{ref.year}, {ref.title}",
            )
        )
    return _note_swaps(out, records, facts)


def _note_swaps(
    reports: list[Discrepancy], records: Sequence[Record], facts: dict[str, TitleFacts]
) -> list[Discrepancy]:
    """Two adjacent table rows that each fit the other's cited title: say they look swapped."""
    rows = {r.evidence.locator: r for r in records if r.evidence.locator.startswith("Table")}
    for report in reports:
        row = rows.get(report.location)
        if row is None or not row.evidence.cites:
            continue
        table, number = re.findall(r"\d+", report.location)
        for delta in (-1, 1):
            other = rows.get(f"Table {table}, row {int(number) + delta}")
            if other is None or not other.evidence.cites:
                continue
            mine, theirs = row.evidence.cites[0], other.evidence.cites[0]
            if mine == theirs or mine not in facts or theirs not in facts:
                continue
            if not title_conflicts(row.finding, facts[theirs]) and not title_conflicts(
                other.finding, facts[mine]
            ):
                low, high = sorted((int(number), int(number) + delta))
                report.message += f" (rows {low} and {high} look to have swapped their citations)"
                break
    return reports


def _direction_clash(row: Finding, text: Finding) -> bool:
    """Same process, same (or unstated) cargo, opposite directions."""
    pa, pb = row.outcome.process, text.outcome.process
    if pa is None or pb is None or pa.key() != pb.key():
        return False
    if {row.outcome.direction, text.outcome.direction} != {"increase", "decrease"}:
        return False
    ca, cb = {e.key() for e in row.cargo}, {e.key() for e in text.cargo}
    ma, mb = _mirnas(row), _mirnas(text)
    return not ca or not cb or bool(ca & cb) or any(_same_mirna_name(x, y) for x in ma for y in mb)


def _same_direction(row: Finding, text: Finding) -> bool:
    pa, pb = row.outcome.process, text.outcome.process
    return bool(
        pa is not None
        and pb is not None
        and pa.key() == pb.key()
        and row.outcome.direction == text.outcome.direction
    )


def table_vs_text(document: str, records: Sequence[Record]) -> list[Discrepancy]:
    """A row and a sentence citing the same reference that disagree.

    A direction clash (same process, opposite directions) is reported whatever else the
    sentence says, unless some sentence citing that reference states the row's direction for the
    same process; a clash of source, cargo or disease only when no text finding citing the
    reference is free of it.
    """
    text_by_cite: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        if record.evidence.locator.startswith("section"):
            for cite in record.evidence.cites:
                text_by_cite[cite].append(record)
    out: list[Discrepancy] = []
    seen: set[tuple[str, str]] = set()
    for row in records:
        if not row.evidence.locator.startswith("Table"):
            continue
        candidates = [t for c in row.evidence.cites for t in text_by_cite.get(c, [])]
        candidates = [
            t
            for t in candidates
            if _shares_topic(row.finding, t.finding) or finding_differences(row.finding, t.finding)
        ]
        if not candidates:
            continue
        found: tuple[Record, list[str]] | None = None
        if not any(_same_direction(row.finding, t.finding) for t in candidates):
            clash = next((t for t in candidates if _direction_clash(row.finding, t.finding)), None)
            if clash is not None:
                found = (clash, finding_differences(row.finding, clash.finding))
        if found is None:
            differences = [(t, finding_differences(row.finding, t.finding)) for t in candidates]
            if all(diff for _, diff in differences):
                found = differences[0]
        if found is None:
            continue
        text, diff = found
        key = (row.evidence.locator, text.evidence.locator)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            Discrepancy(
                kind="table_vs_text",
                document=document,
                location=f"{row.evidence.locator} vs {text.evidence.locator}",
                cites=sorted(set(row.evidence.cites) & set(text.evidence.cites)),
                message=f"the row and the text citing the same reference disagree: "
                f"{'; '.join(diff)}",
            )
        )
    return out


_HEADING_ROLE = (
    (re.compile(r"promot|support", re.I), "pro_tumor"),
    (re.compile(r"inhibit|suppress", re.I), "anti_tumor"),
)


def _pro_when_up() -> set[str]:
    """Process classes whose increase helps a tumour (``title_cues.tsv``, group pro_when_up)."""
    return {n for cue in rules.title_cues("pro_when_up") for n in cue.name.split(";")}


def outcome_polarity(finding: Finding) -> str | None:
    """pro_tumor / anti_tumor implied by the outcome itself, regardless of any heading."""
    process = _process_class(finding)
    direction = finding.outcome.direction
    if process is None or direction not in ("increase", "decrease"):
        return None
    up_is_pro = process in _pro_when_up()
    return "pro_tumor" if (direction == "increase") == up_is_pro else "anti_tumor"


def misplaced_rows(document: str, records: Sequence[Record]) -> list[Discrepancy]:
    out = []
    for record in records:
        heading = record.evidence.heading or ""
        if not record.evidence.locator.startswith("Table"):
            continue
        heading_role = next((role for p, role in _HEADING_ROLE if p.search(heading)), None)
        implied = outcome_polarity(record.finding)
        if heading_role and implied and heading_role != implied:
            process = record.finding.outcome.process
            out.append(
                Discrepancy(
                    kind="misplaced_row",
                    document=document,
                    location=record.evidence.locator,
                    cites=record.evidence.cites,
                    message=f"the row's outcome ({process.label if process else '?'} "
                    f"{record.finding.outcome.direction}s) is {implied.replace('_', '-')}, but "
                    f"it is printed under the heading '{heading}'",
                )
            )
    return out


def _range(d: EvDefinition) -> str:
    low = f"{d.size_min_nm:g}" if d.size_min_nm is not None else "?"
    high = f"{d.size_max_nm:g}" if d.size_max_nm is not None else "?"
    return f"{low}–{high} nm"


def definition_discrepancies(
    definitions: Sequence[EvDefinition], names: Mapping[str, str] | None = None
) -> list[Discrepancy]:
    """Different size ranges for one subtype: across documents, or within one."""
    by_subtype: dict[str, list[EvDefinition]] = defaultdict(list)
    for d in definitions:
        by_subtype[d.subtype].append(d)
    named = names or {}
    out = []
    for subtype, defs in sorted(by_subtype.items()):
        for i, a in enumerate(defs):
            for b in defs[i + 1 :]:
                if (a.size_min_nm, a.size_max_nm) == (b.size_min_nm, b.size_max_nm):
                    continue
                same_doc = a.document == b.document
                where = (
                    f"{a.locator} vs {b.locator}"
                    if same_doc
                    else f"{named.get(a.document, a.document)}, {a.locator} vs "
                    f"{named.get(b.document, b.document)}, {b.locator}"
                )
                out.append(
                    Discrepancy(
                        kind="internal_definition" if same_doc else "cross_document",
                        document=a.document,
                        location=where,
                        cites=[],
                        message=f"two definitions of {_plural(subtype)}: {_range(a)} vs "
                        f"{_range(b)}",
                    )
                )
    return out


def _plural(subtype: str) -> str:
    if subtype.endswith("body"):
        return subtype[:-1] + "ies"
    return subtype if subtype.endswith("s") else subtype + "s"


def same_study_across_documents(
    documents: Mapping[str, tuple[Sequence[Record], Mapping[str, Reference]]],
) -> list[Discrepancy]:
    """The same cited paper (same title) reported with contradicting values by two documents."""
    by_title: dict[str, list[tuple[str, Record]]] = defaultdict(list)
    for doc, (records, references) in documents.items():
        for record in records:
            for cite in record.evidence.cites:
                ref = references.get(cite)
                if ref is not None and len(_norm_title(ref)) >= 20:
                    by_title[_norm_title(ref)].append((doc, record))
    out = []
    for entries in by_title.values():
        docs = sorted({d for d, _ in entries})
        if len(docs) < 2:
            continue
        first = [r for d, r in entries if d == docs[0]]
        second = [r for d, r in entries if d == docs[1]]
        for a in first:
            related_b = [b for b in second if _shares_topic(a.finding, b.finding)]
            if not related_b or any(
                not finding_differences(a.finding, b.finding) for b in related_b
            ):
                continue
            b = related_b[0]
            out.append(
                Discrepancy(
                    kind="cross_document",
                    document=docs[0],
                    location=f"{docs[0]}, {a.evidence.locator} vs {docs[1]}, {b.evidence.locator}",
                    cites=a.evidence.cites + b.evidence.cites,
                    message="the two documents report the same cited study differently: "
                    + "; ".join(finding_differences(a.finding, b.finding)),
                )
            )
    return out


# -- definitions stated in a document's own text -----------------------------------------------

_SIZE_RANGE = re.compile(
    r"(\d+(?:\.\d+)?)\s*(nm|µm|μm)?\s*(?:–|—|-|to)\s*(\d+(?:\.\d+)?)\s*(nm|µm|μm)\b"
)


@cache
def _ev_type_words() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Every EV-type name and synonym of the vocabulary, longest first, with its label."""
    from exoatlas.vocab import exoatlas_terms

    names: list[tuple[str, str]] = []
    for term in exoatlas_terms():
        if term.kind != "ev_type":
            continue
        for name in (term.label, *term.synonyms):
            if len(name) >= 4:  # 'EV', 'MV', 'exo' are too ambiguous to anchor a size
                names.append((name, term.label))
    names.sort(key=lambda n: -len(n[0]))
    return tuple((re.compile(rf"\b{re.escape(n)}\b", re.I), label) for n, label in names)


def _nm(value: str, unit: str | None) -> float:
    return float(value) * (1000.0 if unit in ("µm", "μm") else 1.0)


def text_definitions(document: TextDocument) -> list[EvDefinition]:
    """Size ranges the document's own sentences give an EV subtype ('exosomes of 30–100 nm').

    A range belongs to the nearest EV-type name before it in the sentence; a subtype defined by
    a document twice with the same range is one definition."""
    out: list[EvDefinition] = []
    for section in document.sections:
        for index, sentence in enumerate(section_sentences(section), start=1):
            ranges = list(_SIZE_RANGE.finditer(sentence))
            if not ranges:
                continue
            mentions = sorted(
                {
                    (m.start(), label)
                    for pattern, label in _ev_type_words()
                    for m in pattern.finditer(sentence)
                }
            )
            for found in ranges:
                before = [label for start, label in mentions if start < found.start()]
                if not before:
                    continue
                unit = found.group(4)
                low = _nm(found.group(1), found.group(2) or unit)
                high = _nm(found.group(3), unit)
                out.append(
                    EvDefinition(
                        subtype=before[-1],
                        size_min_nm=low,
                        size_max_nm=high,
                        document=document.id,
                        locator=sentence_locator(section.title, index),
                    )
                )
    return out


# -- one document, all checks -------------------------------------------------------------------


def audit_id(report: Discrepancy) -> str:
    """A stable id: the same item found again (same kind, document, places) keeps its id."""
    key = "\x1f".join([report.kind, report.document, report.location, *sorted(report.cites)])
    return "audit:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def with_ids(reports: Iterable[Discrepancy], names: Mapping[str, str]) -> list[Discrepancy]:
    """Each report with its stable id and its document named in words."""
    out = []
    for report in reports:
        name = names.get(report.document) or report.document_name
        out.append(report.model_copy(update={"id": audit_id(report), "document_name": name}))
    return out


def audit_document(
    document: str,
    records: Sequence[Record],
    references: Mapping[str, Reference],
    definitions: Sequence[EvDefinition] = (),
) -> list[Discrepancy]:
    """Every single-document check: references, citations, rows vs text, headings, definitions."""
    refs = dict(references)
    reports = duplicate_references(document, list(refs.values()))
    reports += _fold_citations_into_rows(
        citation_vs_reference(document, records, refs), table_vs_text(document, records)
    )
    reports += misplaced_rows(document, records)
    reports += definition_discrepancies([d for d in definitions if d.document == document])
    return reports


def _fold_citations_into_rows(
    citations: list[Discrepancy], rows: list[Discrepancy]
) -> list[Discrepancy]:
    """A row that contradicts the text and whose cited title sides with the text is one error:
    one report naming the row, the sentence and the title."""
    out = []
    for report in rows:
        row = report.location.split(" vs ")[0]
        folded = [c for c in citations if c.location == row and set(c.cites) & set(report.cites)]
        for citation in folded:
            citations.remove(citation)
            report = report.model_copy(
                update={"message": f"{report.message}; and {citation.message}"}
            )
        out.append(report)
    return citations + out
