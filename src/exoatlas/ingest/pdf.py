"""PDF with a text layer -> TextDocument (one section per page). No text layer: a clear error."""

from __future__ import annotations

import logging
from pathlib import Path

from exoatlas.errors import InputError
from exoatlas.ingest.text import TextDocument, content_id, parse_text

MAX_BYTES = 100 * 1024 * 1024


def read_pdf(path: Path) -> TextDocument:
    from pypdf import PdfReader

    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{path}: {size:,} bytes is over the {MAX_BYTES:,}-byte limit")
    data = path.read_bytes()
    # pypdf logs every repair it attempts on a damaged file; the user gets one error line instead
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(path)
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:
        # any failure inside pypdf means an unreadable PDF: fuzzing found PdfReadError,
        # LimitReachedError on reference loops, and plain ValueError/KeyError/TypeError
        raise InputError(f"{path}: not a readable PDF ({type(exc).__name__}: {exc})") from exc
    text = "\n\n".join(p for p in pages if p.strip())
    if len(text.strip()) < 20:
        raise InputError(f"{path}: the PDF has no text layer (scanned?); run OCR first")
    document = parse_text(text, content_id(data))
    document.kind = "pdf"
    return document
