"""MEDLINE/PubMed XML (.xml or .xml.gz) -> one TextDocument per citation, streamed.

``iterparse`` frees each PubmedArticle once read, so memory stays flat on a 30,000-record file.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from lxml import etree

from exoatlas.errors import InputError
from exoatlas.ingest.text import Section, TextDocument
from exoatlas.ingest.xmlsafe import check_stream, parser_options

RETRACTED = "Retracted Publication"  # the MEDLINE publication type of a retracted paper


def _text(element: etree._Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _open(path: Path) -> IO[bytes]:
    if path.suffix == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def iter_medline(path: Path) -> Iterator[TextDocument]:
    """Yield one document per citation; InputError for a truncated or malformed file."""
    try:
        with _open(path) as stream:
            check_stream(stream, str(path))
            context = etree.iterparse(
                stream, events=("end",), tag="PubmedArticle", **parser_options()
            )
            for _, article in context:
                document = _document(article)
                article.clear()
                while article.getprevious() is not None:
                    del article.getparent()[0]
                if document is not None:
                    yield document
    except (EOFError, OSError, zlib.error) as exc:
        raise InputError(f"{path}: truncated or corrupt file ({exc})") from exc
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{path}: malformed XML: {exc}") from exc


def _document(article: etree._Element) -> TextDocument | None:
    pmid = _text(article.find("MedlineCitation/PMID"))
    if not pmid:
        return None
    title = _text(article.find("MedlineCitation/Article/ArticleTitle"))
    sections = [Section("Title", [title])] if title else []
    for part in article.iterfind("MedlineCitation/Article/Abstract/AbstractText"):
        label = part.get("Label") or "Abstract"
        text = _text(part)
        if not text:
            continue
        if sections and sections[-1].title == label:
            sections[-1].paragraphs.append(text)
        else:
            sections.append(Section(label.capitalize() if label.isupper() else label, [text]))
    doi = _text(article.find("PubmedData/ArticleIdList/ArticleId[@IdType='doi']")) or _text(
        article.find("MedlineCitation/Article/ELocationID[@EIdType='doi']")
    )
    types = {_text(t) for t in article.iterfind("MedlineCitation/Article/PublicationTypeList/*")}
    # the record names the notice that retracts it ('RetractionIn'): retracted, whether or not
    # the publication type has been added yet
    notice = article.find(
        "MedlineCitation/CommentsCorrectionsList/CommentsCorrections[@RefType='RetractionIn']"
    )
    return TextDocument(
        f"pmid:{pmid}",
        title or None,
        sections,
        [],
        [],
        kind="medline",
        pmid=pmid,
        doi=doi or None,
        retracted=RETRACTED in types or notice is not None,
    )
