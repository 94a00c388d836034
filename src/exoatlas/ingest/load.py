"""Any supported file -> TextDocuments (one per article; a MEDLINE file holds many)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from exoatlas.errors import InputError
from exoatlas.ingest.files import read_text_file
from exoatlas.ingest.records import RECORDS_SUFFIXES, iter_records
from exoatlas.ingest.table import TABLE_SUFFIXES, StudyTable, read_study_table
from exoatlas.ingest.text import TextDocument, content_id, parse_text

TEXT = {".txt", ".md", ".markdown", ".text", ""}
# the longest run of non-space characters a document may hold: far above any word, URL or
# primer sequence in a paper; longer runs are embedded data (base64 images) or garbage
MAX_TOKEN_CHARS = 4096
_LONG_TOKEN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")


def check_tokens(document: TextDocument, where: str) -> TextDocument:
    """The document, or an InputError if any paragraph holds an over-long run without spaces."""
    parts = [(s.title, p) for s in document.sections for p in (s.title, *s.paragraphs)]
    parts += [("table", line) for line in document.table_lines]
    for title, text in parts:
        found = _LONG_TOKEN.search(text)
        if found is not None:
            raise InputError(
                f"{where}: a {len(found.group()):,}-character run without spaces in "
                f"{document.id} (section {title[:40]!r}) is over the "
                f"{MAX_TOKEN_CHARS:,}-character limit (embedded data?)"
            )
    return document


def sniff(path: Path) -> str:
    name = path.name.casefold()
    if name.endswith((".xml.gz", ".xml")):
        with path.open("rb") as fh:
            head = fh.read(4096)
        if name.endswith(".gz") or b"PubmedArticle" in head:
            return "medline"
        return "jats"
    if name.endswith(".nxml"):
        return "jats"
    if name.endswith(".pdf"):
        return "pdf"
    if path.suffix.casefold() in RECORDS_SUFFIXES:
        return "records"
    if path.suffix.casefold() in TEXT:
        return "text"
    raise InputError(
        f"{path}: unsupported format '{path.suffix}' "
        "(text, markdown, MEDLINE or JATS XML, JSON lines of PubMed records, PDF, CSV/TSV)"
    )


def load_documents(path: Path) -> Iterator[TextDocument]:
    for document in _load_documents(path):
        yield check_tokens(document, str(path))


def _load_documents(path: Path) -> Iterator[TextDocument]:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    if path.stat().st_size == 0:
        raise InputError(f"{path}: the file is empty")
    kind = sniff(path)
    if kind == "medline":
        from exoatlas.ingest.medline import iter_medline

        yield from iter_medline(path)
    elif kind == "jats":
        from exoatlas.ingest.jats import read_jats

        yield read_jats(path)
    elif kind == "records":
        yield from iter_records(path)
    elif kind == "pdf":
        from exoatlas.ingest.pdf import read_pdf

        yield read_pdf(path)
    else:
        text = read_text_file(path)
        yield parse_text(text, _document_id(path, text))


def _document_id(path: Path, text: str) -> str:
    """A curated document keeps its curated id (so the gold lines up); others are content ids."""
    from exoatlas.ingest.curated import curated_ids

    if path.stem in curated_ids():
        return path.stem
    return content_id(text.encode("utf-8"))


def load(
    path: Path, overrides: dict[str, str] | None = None
) -> Iterator[TextDocument | StudyTable]:
    """Any supported file: a CSV/TSV study table (columns mapped, ``--map`` overrides), or the
    documents of a paper or a MEDLINE file."""
    if path.suffix.casefold() in TABLE_SUFFIXES - TEXT:
        yield read_study_table(path, overrides)
    else:
        yield from load_documents(path)
