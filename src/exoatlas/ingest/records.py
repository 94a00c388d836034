"""PubMed-like records as JSON lines (one ``{"pmid", "doi", "title", "abstract"}`` object a line),
the form of ``../shared/corpus`` and of many mined corpora: each record becomes a MEDLINE-like
document (a Title and an Abstract section) and the batch is read as a MEDLINE file is (triage, then
the deep reader on what it keeps).

Some records (Crossref ones) keep JATS markup (``<jats:title>``, ``<jats:p>``): it is stripped, with
a map from every kept character back to its offset in the stored text, so character offsets into
the stored text (the gold set's) and the reader's sentences (of the stripped text) meet.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from exoatlas.errors import InputError
from exoatlas.ingest.files import read_text_file
from exoatlas.ingest.text import RETRACTED, Section, TextDocument

RECORDS_SUFFIXES = {".jsonl", ".ndjson"}
MAX_RECORDS_BYTES = 512 * 1024 * 1024

_TAG = re.compile(r"<(/?)([\w:.-]+)[^>]*>")
# elements whose content is a heading, not prose ('<jats:title>Abstract</jats:title>')
_DROPPED = {"jats:title", "title"}


@dataclass(frozen=True)
class Field:
    """One stored field with markup stripped: ``text[i]`` was ``raw[offsets[i]]`` (a space
    between words a tag separated, or the colon after a kept heading: the tag's offset)."""

    raw: str
    text: str
    offsets: tuple[int, ...]

    def clean_range(self, start: int, end: int) -> tuple[int, int]:
        """Stored offsets [start, end) -> the stripped text's [start, end)."""
        inside = [i for i, raw in enumerate(self.offsets) if start <= raw < end]
        return (inside[0], inside[-1] + 1) if inside else (0, 0)


def strip_markup(raw: str) -> Field:
    """Drop tags (and the 'Abstract' heading; other headings become labels, ``_keep_label``),
    collapse white space; keep an offset map."""
    chars: list[str] = []
    offsets: list[int] = []
    dropping = 0
    position = 0

    def keep(text: str, at: int) -> None:
        for i, char in enumerate(text):
            if char.isspace():
                if not chars or chars[-1] == " ":
                    continue
                char = " "
            chars.append(char)
            offsets.append(at + i)

    heading_at = 0
    for tag in _TAG.finditer(raw):
        if not dropping:
            keep(raw[position : tag.start()], position)
        name = tag.group(2).casefold()
        if name in _DROPPED and not tag.group(0).endswith("/>"):
            if dropping == 1 and tag.group(1):
                _keep_label(raw[heading_at : tag.start()], heading_at, tag.start(), keep)
            dropping += -1 if tag.group(1) else 1
            dropping = max(dropping, 0)
            heading_at = tag.end()
        keep(" ", tag.start())  # a tag separates words
        position = tag.end()
    if not dropping:
        keep(raw[position:], position)
    while chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    return Field(raw, "".join(chars), tuple(offsets))


def _keep_label(heading: str, at: int, end: int, keep: Callable[[str, int], None]) -> None:
    """A structured abstract's heading ('<jats:title>Results</jats:title>') kept as the label
    PubMed prints before the part ('Results: ...'), so the reader knows the part a sentence is
    in; 'Abstract' and a heading with markup inside are dropped. Its colon is the closing
    tag's character, as a space a tag makes is."""
    label = heading.strip()
    if not label or label.casefold() == "abstract" or "<" in label or len(label) > 60:
        return
    keep(heading, at)
    if not label.endswith((":", ".")):
        keep(":", end)


_PMID = re.compile(r"[1-9][0-9]{0,9}")
# no PubMed title + abstract is near this; a longer 'record' is a document in the wrong place
MAX_RECORD_CHARS = 100_000


def _record_ids(row: dict[str, object]) -> tuple[str | None, str | None]:
    """The record's PMID and DOI as given (a PMID: digits, as text or a number; a DOI: text);
    ValueError naming the field when one is of another kind."""
    pmid, doi = row.get("pmid"), row.get("doi")
    if isinstance(pmid, bool) or not isinstance(pmid, (str, int, type(None))):
        raise ValueError("'pmid' must be digits")
    if not isinstance(doi, (str, type(None))):
        raise ValueError("'doi' must be text")
    pmid_text = str(pmid).strip() if pmid is not None else ""
    if pmid_text and not _PMID.fullmatch(pmid_text):
        raise ValueError(f"'pmid' must be digits, not {pmid_text[:20]!r}")
    return pmid_text or None, (doi or "").strip() or None


def publication_types(row: dict[str, object]) -> tuple[str, ...]:
    """The record's publication types ('publication_types': PubMed's, as text joined by ';' or
    as a list of texts; none when absent); ValueError when they are of another kind."""
    value = row.get("publication_types")
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.split(";")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("'publication_types' must be text (joined by ';') or a list of texts")
    return tuple(v.strip() for v in value if v.strip())


def record_id(row: dict[str, object]) -> str | None:
    """``pmid:N`` (as MEDLINE documents are named), else ``doi:D``, else None."""
    pmid = str(row.get("pmid") or "").strip()
    if pmid:
        return f"pmid:{pmid}"
    doi = str(row.get("doi") or "").strip()
    if doi:
        return f"doi:{doi}"
    return None


def record_document(
    rid: str,
    title: str,
    abstract: str,
    *,
    pmid: str | None = None,
    doi: str | None = None,
    types: tuple[str, ...] = (),
) -> TextDocument:
    """A record as a MEDLINE-like document: a Title section and an Abstract section (both
    already stripped of markup), with its publication types (``types``; one of them
    'Retracted Publication' marks it retracted, as in MEDLINE)."""
    sections = []
    if title:
        sections.append(Section("Title", [title]))
    if abstract:
        sections.append(Section("Abstract", [abstract]))
    return TextDocument(
        rid,
        title or None,
        sections,
        [],
        [],
        kind="medline",
        pmid=pmid,
        doi=doi,
        retracted=RETRACTED in types,
        publication_types=types,
    )


def iter_records(path: Path) -> Iterator[TextDocument]:
    """The documents of a JSON-lines file of records. The whole file is checked before the first
    document is given, so a bad line refuses the file (one error naming the line) and an ingest
    writes nothing."""
    text = read_text_file(path, max_bytes=MAX_RECORDS_BYTES, suffixes=RECORDS_SUFFIXES)
    documents: list[TextDocument] = []
    seen: set[str] = set()
    # JSON lines are split at line feeds only: U+2028, U+0085 and the like may sit in a string
    for number, line in enumerate(text.lstrip("\ufeff").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            raise InputError(f"{path} line {number}: not JSON") from None
        if not isinstance(row, dict):
            raise InputError(f"{path} line {number}: not a JSON object (a record is one object)")
        try:
            pmid, doi = _record_ids(row)
            types = publication_types(row)
        except ValueError as exc:
            raise InputError(f"{path} line {number}: {exc}") from None
        rid = f"pmid:{pmid}" if pmid else f"doi:{doi}" if doi else None
        if rid is None:
            raise InputError(f"{path} line {number}: a record needs a 'pmid' or a 'doi'")
        title, abstract = row.get("title") or "", row.get("abstract") or ""
        if not isinstance(title, str) or not isinstance(abstract, str):
            raise InputError(f"{path} line {number}: 'title' and 'abstract' must be text")
        if not title.strip() and not abstract.strip():
            raise InputError(f"{path} line {number}: {rid} has neither a title nor an abstract")
        if len(title) + len(abstract) > MAX_RECORD_CHARS:
            raise InputError(
                f"{path} line {number}: {rid}'s title and abstract hold "
                f"{len(title) + len(abstract):,} characters, over the {MAX_RECORD_CHARS:,} a "
                "record may (give a full paper as its own file)"
            )
        if rid in seen:
            continue  # the same record twice (mined corpora repeat records): read it once
        seen.add(rid)
        clean_title, clean_abstract = strip_markup(title).text, strip_markup(abstract).text
        documents.append(
            record_document(rid, clean_title, clean_abstract, pmid=pmid, doi=doi, types=types)
        )
    if not documents:
        raise InputError(f"{path}: no records (expected one JSON object per line)")
    yield from documents
