"""Table rows -> findings: columns mapped by header, one finding per outcome the row states.

Handles the layouts review tables come in: tab-separated rows with a (possibly repeated) header,
continuation rows whose first cell is empty, heading rows inside a table ("Promoting effect"),
and one-cell-per-line tables that follow a "Table N." caption.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from exoatlas.ground import ground_entities
from exoatlas.ingest.references import citation_numbers
from exoatlas.ingest.table import map_columns
from exoatlas.ingest.text import CAPTION_MARK, TextDocument
from exoatlas.model import Entity, Evidence, Finding, Outcome, Recipient
from exoatlas.read.outcome import parse_outcomes
from exoatlas.read.reader import ReadRecord
from exoatlas.read.role_of import outcome_role
from exoatlas.vocab import rules

CARGO_KINDS = ("mirna", "gene", "other", "drug")
EXTRACTOR = "reader:table/0.1"
_CAPTION_NUMBER = re.compile(r"Table\s+(\d+)", re.IGNORECASE)


def _split(value: str) -> list[str]:
    value = re.sub(r"\band\b", ",", value)
    return [
        p.strip()
        for p in re.split(r"[;,]", value)
        if p.strip() and p.strip() not in {"-", "n.a", "NA"}
    ]


def row_finding(row: dict[str, str], mapping: dict[str, str]) -> Finding:
    def cell(field: str) -> str:
        column = mapping.get(field)
        value = row.get(column, "") if column else ""
        return "" if value.strip() in {"-", "n.a", "n.a.", "NA", "N/A"} else value.strip()

    def one(field: str, kind: str) -> Entity | None:
        value = cell(field)
        return ground_entities(value, kind)[0] if value else None

    outcomes = parse_outcomes(cell("outcome")) if cell("outcome") else []
    process, direction = outcomes[0] if outcomes else (None, "unknown")
    if cell("process"):
        process = ground_entities(cell("process"), "process")[0]
    if cell("direction").casefold() in {"increase", "up", "decrease", "down"}:
        direction = "increase" if cell("direction").casefold() in {"increase", "up"} else "decrease"
    cargo = [e for part in _split(cell("cargo")) for e in ground_entities(part, CARGO_KINDS)]
    model = (
        cell("model") if cell("model") in {"in_vitro", "animal", "human", "mixed"} else "unknown"
    )
    return Finding(
        msc_source=one("msc_source", "msc_source"),
        species=cell("species") or None,
        cargo=cargo,
        recipient=Recipient(
            disease=one("disease", "disease"), cell_line=one("cell_line", "cell_line")
        ),
        outcome=Outcome(process=process, direction=direction),  # type: ignore[arg-type]
        model=model,  # type: ignore[arg-type]
    )


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t")]


def _header_mapping(cells: list[str]) -> dict[str, str] | None:
    named = [c for c in cells if c]
    if len(named) < 3:
        return None
    mapping = map_columns(cells, {})
    return mapping if "outcome" in mapping and len(mapping) >= 3 else None


def read_tables(document: TextDocument) -> Iterator[ReadRecord]:
    """Findings from every table of a document whose columns include an outcome."""
    tables: list[tuple[int, dict[str, str], list[str], list[tuple[str, list[str]]]]] = []
    signatures: list[tuple[str, ...]] = []
    caption: int | None = None
    vertical: list[str] | None = None
    heading = ""
    for line in document.table_lines:
        if line.startswith(CAPTION_MARK):
            found = _CAPTION_NUMBER.search(line)
            caption = int(found.group(1)) if found else None
            vertical = [] if found else None
            continue
        cells = _cells(line)
        named = [c for c in cells if c]
        if len(named) == 1 and vertical is not None and caption is not None:
            vertical.append(named[0])
            continue
        mapping = _header_mapping(cells)
        if mapping is not None:
            vertical = None  # a table with a header row is not a one-cell-per-line table
            signature = tuple(sorted(mapping))
            if signature not in signatures:
                signatures.append(signature)
                tables.append((len(signatures), mapping, cells, []))
            heading = ""
            continue
        if not tables or not named:
            continue
        number, mapping, header, rows = tables[-1]
        if len(named) <= 2 and not re.search(r"\d|\[", line):
            heading = "".join(named)
            continue
        if not cells[0] and rows:
            previous = rows[-1][1]
            for i, cell in enumerate(cells):
                if cell and i < len(previous):
                    previous[i] = f"{previous[i]} {cell}".strip()
            continue
        rows.append((heading, cells))
    for number, mapping, header, rows in tables:
        for index, (heading, cells) in enumerate(rows, start=1):
            yield from _row_records(document.id, number, index, heading, header, cells, mapping)
    yield from _vertical(document)


def _vertical(document: TextDocument) -> Iterator[ReadRecord]:
    caption: int | None = None
    cells: list[str] = []

    def flush() -> Iterator[ReadRecord]:
        if caption is None or not cells:
            return
        header: list[str] = []
        for cell in cells:
            if map_columns([cell], {}) and len(header) < 8:
                header.append(cell)
            else:
                break
        mapping = map_columns(header, {})
        if "outcome" not in mapping:
            return
        body = cells[len(header) :]
        width = len(header)
        for index in range(len(body) // width):
            row = body[index * width : (index + 1) * width]
            yield from _row_records(document.id, caption, index + 1, "", header, row, mapping)

    for line in document.table_lines:
        if line.startswith(CAPTION_MARK):
            yield from flush()
            found = _CAPTION_NUMBER.search(line)
            caption = int(found.group(1)) if found else None
            cells = []
            continue
        named = [c for c in _cells(line) if c]
        if len(named) == 1:
            cells.append(named[0])
        elif named:
            cells = []
            caption = None
    yield from flush()


def _row_records(
    document: str,
    table: int,
    index: int,
    heading: str,
    header: list[str],
    cells: list[str],
    mapping: dict[str, str],
) -> Iterator[ReadRecord]:
    row = {name: cells[i] if i < len(cells) else "" for i, name in enumerate(header)}
    text = " | ".join(c for c in cells if c)
    base = row_finding(row, mapping)
    outcome_text = row.get(mapping.get("outcome", ""), "")
    cites = [f"ref:{n}" for n in citation_numbers(text)]
    evidence = Evidence(
        document=document,
        locator=f"Table {table}, row {index}",
        text=text,
        cites=cites,
        extractor=EXTRACTOR,
        confidence=rules.confidence("table"),
        heading=heading or None,
    )
    model = (
        "animal"
        if "animal" in outcome_text
        else "in_vitro"
        if "in vitro" in outcome_text
        else base.model
    )
    outcomes = parse_outcomes(outcome_text)
    named = {process.label for process, _ in outcomes}
    mechanism = row.get(mapping.get("mechanism", ""), "")
    # a mechanism column often states a second effect ('reduced apoptosis and ...')
    outcomes += [o for o in parse_outcomes(mechanism) if o[0].label not in named]
    for process, direction in outcomes:
        if not process.grounded or direction == "unknown":
            continue
        finding = base.model_copy(
            update={
                "outcome": Outcome(
                    process=process,
                    direction=direction,  # type: ignore[arg-type]
                    role=outcome_role(process, direction, base.recipient.disease, text),
                ),
                "model": model,
            }
        )
        yield ReadRecord(finding, evidence)
