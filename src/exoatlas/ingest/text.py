"""Plain text and markdown (the seeds' format) -> structured document.

Sections come from markdown headings ('## Kidney disease') or numbered headings
('2.1.1. Proliferation and Metastasis'); tab-separated lines are table rows; the reference list
follows a 'References' heading. Paragraph fragments split by a page or table break are joined.
Markdown pipe tables ('| a | b |' over a '|---|---|' row) become the same tab-separated rows.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from exoatlas.ingest.references import ReferenceEntry, parse_reference_list

_MD_HEADING = re.compile(r"^\s*#{1,6}\s*(.+?)\s*$")
_NUMBERED_HEADING = re.compile(r"^\s*(\d+(?:\.\d+)*\.)\s+([A-Z][^.]{1,110})$")
_MARKUP = re.compile(r"[*_`]+")
_TABLE_NOTE = re.compile(r"^\s*Note\s*[:;]")
CAPTION_MARK = "\x00caption\x00"  # marks a table/figure caption inside table_lines
_CAPTION = re.compile(r"^\s*(?:#+\s*)?(?:\*\*)?\s*(?:Table|Fig\.?|Figure)\s+\d", re.IGNORECASE)
_END_MATTER = {
    "abbreviations",
    "acknowledgements",
    "acknowledgments",
    "authors' contributions",
    "author contributions",
    "funding",
    "declarations",
    "consent for publication",
    "competing interests",
    "author details",
    "availability of data and materials",
    "ethics approval and consent to participate",
    "institutional review board statement",
    "informed consent statement",
    "data availability statement",
    "conflicts of interest",
    "publisher's note",
}


RETRACTED = "Retracted Publication"  # the MEDLINE publication type of a retracted paper


@dataclass
class Section:
    """A titled run of prose."""

    title: str
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class TextDocument:
    """A parsed text document."""

    id: str
    title: str | None
    sections: list[Section]
    table_lines: list[str]
    references: list[ReferenceEntry]
    kind: str = "text"  # the loader: text, medline, jats, pdf
    pmid: str | None = None  # the record's own ids, when the format carries them
    doi: str | None = None
    retracted: bool = False  # MEDLINE publication type "Retracted Publication"
    # the record's publication types as its source states them (MEDLINE's PublicationType,
    # a JSON-lines record's 'publication_types'): 'Review', 'Journal Article', ...
    publication_types: tuple[str, ...] = ()

    def section(self, title: str) -> Section | None:
        return next((s for s in self.sections if s.title == title), None)


def content_id(data: bytes) -> str:
    """Stable id of a file that has no better id: its content hash."""
    return "sha256:" + hashlib.sha256(data).hexdigest()[:16]


def _heading(line: str) -> str | None:
    if _CAPTION.match(line):
        return None
    match = _MD_HEADING.match(line)
    if match:
        title = _MARKUP.sub("", match.group(1)).strip()
        return title or None
    match = _NUMBERED_HEADING.match(line)
    if match and "\t" not in line:
        return f"{match.group(1)} {match.group(2).strip()}"
    if line.strip() in {"Abstract", "References"}:
        return line.strip()
    return None


def _joins_next(paragraph: str) -> bool:
    """A paragraph cut by a page or table break ends without terminal punctuation."""
    return not re.search(r"[.!?:]['\"’”)\]]*$|\]\.?$", paragraph.rstrip())


# a markdown pipe table's separator row: '|---|:---:|' or '--- | ---'
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_PIPE_SPLIT = re.compile(r"(?<!\\)\|")
_CELL_MARKUP = re.compile(r"^(?:\*\*|__|`)(.*)(?:\*\*|__|`)$")


def pipe_cells(line: str) -> list[str]:
    """'| a | b \\| c |' -> ['a', 'b | c']: the cells of a markdown pipe-table row."""
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    cells = []
    for cell in _PIPE_SPLIT.split(body):
        cell = cell.strip().replace("\\|", "|")
        bare = _CELL_MARKUP.match(cell)
        cells.append(bare.group(1).strip() if bare else cell)
    return cells


def pipe_tables_to_tabs(lines: list[str]) -> list[str]:
    """Markdown pipe tables -> the tab-separated rows the seeds' tables come as (a table is a
    header row followed by a separator row; its rows run while lines hold a pipe). Other lines
    are returned unchanged."""
    out: list[str] = []
    in_table = False
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if not in_table and "|" in line and "|" in following and _PIPE_SEPARATOR.match(following):
            in_table = True
        elif in_table and ("|" not in line or not line.strip()):
            in_table = False
        if not in_table:
            out.append(line)
        elif not (i > 0 and _PIPE_SEPARATOR.match(line) and "|" in line):
            cells = pipe_cells(line)
            if cells and cells[0] and not any(cells[1:]):
                # a heading row inside the table ('| Promoting effects | | |'): the seeds'
                # layout, a leading tab, so trailing-space trimming does not make it prose
                out.append("\t" + cells[0])
                continue
            out.append("\t".join(cells))
    return out


def parse_text(text: str, doc_id: str) -> TextDocument:
    """Parse a text/markdown document into sections, sentences, table lines and references."""
    sections: list[Section] = [Section("Front matter")]
    table_lines: list[str] = []
    reference_lines: list[str] = []
    in_references = False
    skipping = False
    for raw in pipe_tables_to_tabs(text.splitlines()):
        line = raw.rstrip()
        if not line.strip():
            continue
        heading = _heading(line)
        if heading is not None:
            key = heading.casefold().lstrip("0123456789. ")
            in_references = key == "references"
            skipping = key in _END_MATTER
            if not in_references and not skipping:
                sections.append(Section(heading))
            continue
        if in_references:
            if _CAPTION.match(line) or (line.startswith("\t") and line.strip()):
                in_references = False  # figure captions and tables printed after the list
                if _CAPTION.match(line):
                    table_lines.append(CAPTION_MARK + line.strip())
                    continue
            else:
                reference_lines.append(line)
                continue
        if _CAPTION.match(line):
            skipping = False if in_references else skipping
            table_lines.append(CAPTION_MARK + line.strip().lstrip("#* ").strip())
            continue
        if skipping:
            continue
        if "\t" in line or line.startswith(("|", "---")) or _TABLE_NOTE.match(line):
            table_lines.append(line)
            continue
        stripped = line.strip()
        current = sections[-1]
        if current.paragraphs and _joins_next(current.paragraphs[-1]):
            glue = "" if current.paragraphs[-1].endswith("-") else " "
            current.paragraphs[-1] = current.paragraphs[-1] + glue + stripped
        else:
            current.paragraphs.append(stripped)
    kept = [s for s in sections if any(p.strip() for p in s.paragraphs)]
    title = next((s.title for s in sections[1:] if not s.title.startswith(("Open Access",))), None)
    return TextDocument(doc_id, title, kept, table_lines, parse_reference_list(reference_lines))
