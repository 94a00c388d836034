"""MEDLINE records -> documents: which elements each field comes from, and its white space."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import pytest

from exoatlas.errors import InputError
from exoatlas.ingest.medline import iter_medline

_RECORD = """<PubmedArticle>
  <MedlineCitation>
    <PMID Version="1">{pmid}</PMID>
    <Article>
      <ELocationID EIdType="pii">S0006</ELocationID>
      <ELocationID EIdType="doi">10.1/eloc</ELocationID>
      <ArticleTitle>{title}</ArticleTitle>
      <Abstract>{abstract}</Abstract>
      <PublicationTypeList>{types}</PublicationTypeList>
    </Article>
    <CommentsCorrectionsList>{comments}</CommentsCorrectionsList>
  </MedlineCitation>
  <PubmedData>
    <ArticleIdList>{ids}</ArticleIdList>
    <ReferenceList><Reference><Citation>Cited paper.</Citation><ArticleIdList>
      <ArticleId IdType="doi">10.1/cited</ArticleId></ArticleIdList></Reference></ReferenceList>
  </PubmedData>
</PubmedArticle>"""


def _record(pmid: str, **fields: str) -> str:
    values = {"title": "", "abstract": "", "types": "", "comments": "", "ids": "", **fields}
    return _RECORD.format(pmid=pmid, **values)


def _read(tmp_path: Path, *records: str) -> list[object]:
    path = tmp_path / "records.xml"
    path.write_text(
        f'<?xml version="1.0"?>\n<PubmedArticleSet>{"".join(records)}</PubmedArticleSet>',
        encoding="utf-8",
    )
    return list(iter_medline(path))


def test_fields_come_from_their_own_elements(tmp_path: Path) -> None:
    abstract = (
        '<AbstractText Label="Background">MSC <i>exosomes</i> <sup>2</sup>\n   help.</AbstractText>'
        '<AbstractText Label="Background">Second   paragraph.</AbstractText>'
        '<AbstractText Label="METHODS"><![CDATA[Rats  &  mice]]> &amp; cells</AbstractText>'
        "<AbstractText> </AbstractText>"
    )
    ids = '<ArticleId IdType="pubmed">1</ArticleId><ArticleId IdType="doi">10.1/own</ArticleId>'
    [document] = _read(
        tmp_path,
        _record(" 1 ", title="\tExosomes\xa0from\u2009MSCs ", abstract=abstract, ids=ids),
    )
    assert document.id == "pmid:1" and document.pmid == "1"  # type: ignore[attr-defined]
    assert document.title == "Exosomes from MSCs"  # type: ignore[attr-defined]
    assert [(s.title, s.paragraphs) for s in document.sections] == [  # type: ignore[attr-defined]
        ("Title", ["Exosomes from MSCs"]),
        ("Background", ["MSC exosomes 2 help.", "Second paragraph."]),
        ("Methods", ["Rats & mice & cells"]),
    ]
    assert document.doi == "10.1/own"  # type: ignore[attr-defined]
    assert not document.retracted  # type: ignore[attr-defined]


def test_doi_falls_back_to_the_location_id_and_no_pmid_no_document(tmp_path: Path) -> None:
    empty_doi = '<ArticleId IdType="doi"> </ArticleId><ArticleId IdType="doi">10.1/x</ArticleId>'
    records = _read(tmp_path, _record("2", ids=empty_doi), _record(" ", title="No PMID"))
    assert [d.doi for d in records] == ["10.1/eloc"]  # type: ignore[attr-defined]


def test_retracted_by_publication_type_or_notice(tmp_path: Path) -> None:
    notice = '<CommentsCorrections RefType="RetractionIn"><PMID>9</PMID></CommentsCorrections>'
    comment = '<CommentsCorrections RefType="CommentIn"><PMID>8</PMID></CommentsCorrections>'
    records = _read(
        tmp_path,
        _record("3", types="<PublicationType>Retracted\xa0 Publication</PublicationType>"),
        _record("4", types="<PublicationType>Retraction of Publication</PublicationType>"),
        _record("5", comments=comment + notice),
        _record("6", comments=comment),
        _record("7", types="<PublicationType>Retracted <b>Publication</b></PublicationType>"),
    )
    assert [d.retracted for d in records] == [True, False, True, False, True]  # type: ignore[attr-defined]


def test_publication_types_are_kept_as_written(tmp_path: Path) -> None:
    types = (
        "<PublicationType>Journal Article</PublicationType>"
        "<PublicationType> Review\n</PublicationType>"
    )
    [review, plain] = _read(tmp_path, _record("10", types=types), _record("11"))
    assert review.publication_types == ("Journal Article", "Review")  # type: ignore[attr-defined]
    assert plain.publication_types == ()  # type: ignore[attr-defined]
    assert not review.retracted  # type: ignore[attr-defined]


def test_every_white_space_but_the_space_is_unprintable() -> None:
    """What lets a text with no unprintable character, no double space and no space at either
    end skip the split-and-join that collapses its white space."""
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert " " in spaces and len(spaces) > 20
    assert [c for c in spaces if c.isprintable()] == [" "]


def test_a_damaged_gzip_file_is_one_input_error(tmp_path: Path) -> None:
    packed = gzip.compress(
        f"<PubmedArticleSet>{_record('1', title='MSC exosomes') * 50}</PubmedArticleSet>".encode()
    )
    damaged = {
        "truncated": packed[: len(packed) // 2],
        "bad data": packed[:20] + bytes([packed[20] ^ 0xFF]) + packed[21:],
        "bad checksum": packed[:-8] + b"\0\0\0\0" + packed[-4:],
        "not gzip": b"<PubmedArticleSet/>",
        "trailing junk": packed + b"junk",
    }
    for name, data in damaged.items():
        path = tmp_path / f"{name}.xml.gz"
        path.write_bytes(data)
        with pytest.raises(InputError, match="truncated or corrupt file"):
            list(iter_medline(path))
