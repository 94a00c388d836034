"""PDF with a text layer -> TextDocument (one section per page). No text layer: a clear error."""

from __future__ import annotations

from pathlib import Path

from exoatlas.errors import InputError
from exoatlas.ingest.text import TextDocument, content_id, parse_text

MAX_BYTES = 100 * 1024 * 1024


def read_pdf(path: Path) -> TextDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise InputError(f"{path}: {len(data):,} bytes is over the {MAX_BYTES:,}-byte limit")
    try:
        reader = PdfReader(path)
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise InputError(f"{path}: not a readable PDF ({exc})") from exc
    text = "\n\n".join(p for p in pages if p.strip())
    if len(text.strip()) < 20:
        raise InputError(f"{path}: the PDF has no text layer (scanned?); run OCR first")
    document = parse_text(text, content_id(data))
    document.kind = "pdf"
    return document
