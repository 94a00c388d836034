"""JATS XML (PMC .nxml) -> TextDocument: sections, paragraphs, tables and the reference list.

Tables become caption lines and tab-separated rows, as the seeds' tables come, so the table
reader reads their rows into findings."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from exoatlas.errors import InputError
from exoatlas.ingest.references import ReferenceEntry, parse_fields
from exoatlas.ingest.text import CAPTION_MARK, Section, TextDocument
from exoatlas.ingest.xmlsafe import check_prolog, parser_options

MAX_BYTES = 50 * 1024 * 1024
MAX_COLSPAN = 64  # wider is no real table


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def table_lines(wrap: etree._Element) -> list[str]:
    """A <table-wrap> as the seeds' tables come: a caption line ('Table 2. ...'), then one
    tab-separated line per row (header rows first); a cell spanning columns is followed by
    empty cells, so later cells stay under their header and a spanning heading row ('Promoting
    effect') stays a heading."""
    lines = []
    label = wrap.find("label")
    caption = wrap.find("caption")
    heading = " ".join(_text(e) for e in (label, caption) if e is not None)
    if heading:
        lines.append(CAPTION_MARK + heading)
    for row in wrap.iterfind(".//tr"):
        cells: list[str] = []
        for cell in row:
            if cell.tag not in ("td", "th"):
                continue
            span = cell.get("colspan") or "1"
            width = min(int(span), MAX_COLSPAN) if span.isdigit() and len(span) < 5 else 1
            width = max(width, 1)
            cells += [_text(cell).replace("\t", " ")] + [""] * (width - 1)
        if any(cells):
            lines.append("\t".join(cells))
    return lines


def read_jats(path: Path) -> TextDocument:
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise InputError(f"{path}: {len(data):,} bytes is over the {MAX_BYTES:,}-byte limit")
    check_prolog(data, str(path))
    try:
        root = etree.fromstring(data, etree.XMLParser(**parser_options()))
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{path}: malformed XML: {exc}") from exc
    for xref in root.iterfind(".//xref[@ref-type='bibr']"):
        # citation links print as bare numbers; bracket them as the text reader expects
        label = _text(xref)
        if re.fullmatch(r"\d+(?:[–,-]\d+)*", label):
            for child in list(xref):
                xref.remove(child)
            xref.text = f"[{label}]"
    ids = {t.get("pub-id-type"): _text(t) for t in root.iterfind(".//article-meta/article-id")}
    doc_id = f"pmid:{ids['pmid']}" if ids.get("pmid") else f"pmc:{ids.get('pmc') or path.stem}"
    title_el = root.find(".//article-meta/title-group/article-title")
    title = _text(title_el) if title_el is not None else None
    sections: list[Section] = []
    abstract = root.find(".//article-meta/abstract")
    if abstract is not None:
        paragraphs = [_text(p) for p in abstract.iter("p")] or [_text(abstract)]
        sections.append(Section("Abstract", [p for p in paragraphs if p]))
    for sec in root.iterfind(".//body//sec"):
        heading = sec.find("title")
        name = _text(heading) if heading is not None else "Section"
        paragraphs = [_text(p) for p in sec.findall("p")]
        if paragraphs:
            sections.append(Section(name, paragraphs))
    if not sections:
        body = root.find(".//body")
        if body is not None:
            sections.append(Section("Body", [_text(p) for p in body.iter("p")]))
    tables = [line for wrap in root.iterfind(".//table-wrap") for line in table_lines(wrap)]
    references = []
    for number, ref in enumerate(root.iterfind(".//back//ref"), start=1):
        label = ref.find("label")
        printed = (
            int(m.group()) if label is not None and (m := re.search(r"\d+", _text(label))) else None
        )
        text = _text(ref.find("*") if ref.find("*") is not None else ref)
        first, ref_title, journal, year = parse_fields(text)
        citation_title = ref.find(".//article-title")
        pub_ids = {t.get("pub-id-type"): _text(t) for t in ref.iterfind(".//pub-id")}
        references.append(
            ReferenceEntry(
                printed or number,
                printed,
                text,
                first,
                _text(citation_title) if citation_title is not None else ref_title,
                journal,
                year,
                pmid=pub_ids.get("pmid") or None,
                doi=pub_ids.get("doi") or None,
            )
        )
    return TextDocument(
        doc_id,
        title,
        sections,
        tables,
        references,
        kind="jats",
        pmid=ids.get("pmid") or None,
        doi=ids.get("doi") or None,
    )
