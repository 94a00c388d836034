"""Documents read in batches (their trigger sentences parsed together) give what each read alone
gives, in the same order, and an unreadable document still stops the stream where it is. Every
abstract here is written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exoatlas.errors import InputError
from exoatlas.ingest.text import Section, TextDocument
from exoatlas.read.pipeline import ReadDocument, read_all, read_loaded

_ABSTRACTS = [
    (
        "Bone marrow MSC exosomes in myocardial infarction",
        "In rats, BMSC-Exos reduced apoptosis and fibrosis and improved cardiac function. "
        "They promoted angiogenesis via miR-21 by targeting PTEN.",
    ),
    ("Tomato ripening under drought", "Drought reduced fruit size in two tomato cultivars."),
    (
        "Umbilical cord MSC-derived extracellular vesicles in colitis",
        "hUCMSC-EVs suppressed inflammation and oxidative stress in mice with colitis. "
        "In vitro, the vesicles increased the proliferation of intestinal epithelial cells.",
    ),
    (
        "Adipose MSC exosomes and skin wounds",
        "ADSC-Exos accelerated wound healing and reduced scar formation in mice.",
    ),
]


def _documents() -> list[TextDocument]:
    return [
        TextDocument(
            f"pmid:{number}",
            title,
            [Section("Title", [title]), Section("Abstract", [text])],
            [],
            [],
            kind="medline",
        )
        for number, (title, text) in enumerate(_ABSTRACTS, start=1)
    ]


def _lines(documents: list[ReadDocument]) -> list[tuple[str, bool, list[str]]]:
    return [
        (
            d.document.id,
            d.about_msc_ev,
            [r.finding.model_dump_json() + r.evidence.model_dump_json() for r in d.records],
        )
        for d in documents
    ]


def test_batched_reading_gives_what_reading_one_by_one_gives() -> None:
    alone = _lines([read_loaded(d) for d in _documents()])
    assert any(records for _, _, records in alone)
    for batch, hold in ((32, 16_384), (2, 16_384), (32, 3), (1, 1)):
        assert _lines(list(read_all(_documents(), batch=batch, hold=hold))) == alone


def test_an_unreadable_document_is_raised_after_the_ones_before_it() -> None:
    def loaded() -> Iterator[TextDocument]:
        yield from _documents()[:3]
        raise InputError("record 4: malformed")

    read: list[str] = []
    with pytest.raises(InputError, match="record 4"):
        for document in read_all(loaded()):
            read.append(document.document.id)
    assert read == ["pmid:1", "pmid:2", "pmid:3"]
