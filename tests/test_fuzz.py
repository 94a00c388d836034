"""Fuzzing every reader with hypothesis (``make test-slow``): whatever bytes arrive, a reader
returns what it read or raises ``InputError`` — never another exception, never a hang.

Inputs are built near the formats (MEDLINE and JATS skeletons, PDFs with a text layer, study
tables with known column names) and then mutated — truncated, bytes flipped, entities declared —
so that both the happy paths and the refusals are exercised. Each reader gets ``EXAMPLES``
examples (``$EXOATLAS_FUZZ_EXAMPLES`` lowers it for a quick look).
"""

from __future__ import annotations

import gzip
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exoatlas.errors import InputError
from exoatlas.ingest.datasets import read_biodistribution, read_loading
from exoatlas.ingest.sizes import read_size_export
from exoatlas.ingest.trials import read_trial_table
from exoatlas.read.pipeline import read_path, read_text

from .test_reader import pdf_with_text

pytestmark = pytest.mark.slow

EXAMPLES = int(os.environ.get("EXOATLAS_FUZZ_EXAMPLES", "10000"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same examples on every run: a failure here is reproducible
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
WORDS = [
    "exosomes",
    "derived",
    "from",
    "bone",
    "marrow",
    "mesenchymal",
    "stem",
    "cells",
    "MSC-EVs",
    "umbilical",
    "cord",
    "adipose",
    "miR-21",
    "miR-146b-5p",
    "let-7",
    "PTEN",
    "p53",
    "glioma",
    "breast",
    "cancer",
    "osteosarcoma",
    "suppressed",
    "promoted",
    "proliferation",
    "apoptosis",
    "invasion",
    "in",
    "vitro",
    "in",
    "vivo",
    "mice",
    "rats",
    "nude",
    "xenograft",
    "[12]",
    "(n",
    "=",
    "5)",
    "increased",
    "decreased",
    "did",
    "not",
    "inhibit;",
    "however,",
    "whereas.",
    "Table",
    "1",
    "Fig.",
    "2A",
    "&",
    "<",
    ">",
    '"',
    "'",
    "%",
]
words = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=40).map(" ".join)
prose = st.lists(words, min_size=1, max_size=6).map(". ".join)


def mutate(data: bytes, draw: st.DrawFn) -> bytes:
    """Maybe truncate, maybe overwrite a few bytes, maybe prepend an entity declaration."""
    if data and draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    for _ in range(draw(st.integers(0, 3))):
        if data:
            at = draw(st.integers(0, len(data) - 1))
            data = data[:at] + draw(st.binary(min_size=1, max_size=4)) + data[at + 1 :]
    if draw(st.integers(0, 9)) == 0:
        data = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "&e;&e;">]>' + data
    return data


@st.composite
def medline_files(draw: st.DrawFn) -> tuple[str, bytes]:
    articles = "".join(
        f"<PubmedArticle><MedlineCitation><PMID>{draw(st.integers(0, 10**9))}</PMID><Article>"
        f"<ArticleTitle>{escape(draw(words))}</ArticleTitle><Abstract>"
        + "".join(
            f'<AbstractText Label="{escape(draw(st.sampled_from(["BACKGROUND", "RESULTS", ""])))}">'
            f"{escape(draw(prose))}</AbstractText>"
            for _ in range(draw(st.integers(0, 3)))
        )
        + "</Abstract></Article></MedlineCitation></PubmedArticle>"
        for _ in range(draw(st.integers(0, 4)))
    )
    data = f'<?xml version="1.0"?><PubmedArticleSet>{articles}</PubmedArticleSet>'.encode()
    data = mutate(data, draw)
    if draw(st.booleans()):
        packed = gzip.compress(data)
        return "f.xml.gz", mutate(packed, draw) if draw(st.booleans()) else packed
    return "f.xml", data


@st.composite
def jats_files(draw: st.DrawFn) -> tuple[str, bytes]:
    sections = "".join(
        f"<sec><title>{escape(draw(words))}</title>"
        + "".join(f"<p>{escape(draw(prose))}</p>" for _ in range(draw(st.integers(0, 3))))
        + "</sec>"
        for _ in range(draw(st.integers(0, 3)))
    )
    refs = "".join(
        f'<ref id="r{i}"><label>{i}</label><mixed-citation>{escape(draw(words))}'
        "</mixed-citation></ref>"
        for i in range(draw(st.integers(0, 3)))
    )
    data = (
        '<?xml version="1.0"?><article><front><article-meta><title-group><article-title>'
        f"{escape(draw(words))}</article-title></title-group></article-meta></front>"
        f"<body>{sections}</body><back><ref-list>{refs}</ref-list></back></article>"
    ).encode()
    return "f.nxml", mutate(data, draw)


@st.composite
def text_files(draw: st.DrawFn) -> tuple[str, bytes]:
    lines = draw(
        st.lists(
            st.one_of(
                prose,
                words.map(lambda w: "# " + w),
                words.map(lambda w: "| " + w.replace(" ", " | ") + " |"),
                st.sampled_from(["References", "1. Smith J. Exosomes. Nature 2020;1:2."]),
            ),
            max_size=12,
        )
    )
    data = "\n".join(lines).encode("utf-8")
    name = draw(st.sampled_from(["f.txt", "f.md"]))
    return name, mutate(data, draw) if draw(st.integers(0, 3)) == 0 else data


@st.composite
def pdf_files(draw: st.DrawFn) -> tuple[str, bytes]:
    text = draw(st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=200))
    data = pdf_with_text(text.replace("\\", "").replace("(", "").replace(")", ""))
    return "f.pdf", mutate(data, draw) if draw(st.booleans()) else data


COLUMNS = [
    "MSC source",
    "Source",
    "Tumor",
    "Tumour type",
    "Disease",
    "Cargo",
    "miRNA",
    "Effect",
    "Outcome",
    "Model",
    "Target",
    "Pathway",
    "Notes",
    "Drug",
    "Loading method",
    "Loading capacity",
    "Efficiency",
    "Organ",
    "Route",
    "Dose",
    "Time",
    "Size (nm)",
    "Concentration",
    "Percentage",
    "NCT number",
    "Phase",
    "Status",
    "Condition",
    "Intervention",
]


@st.composite
def tables(draw: st.DrawFn, suffix: str) -> tuple[str, bytes]:
    delimiter = draw(st.sampled_from([",", "\t", ";"]))
    header = draw(st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=8, unique=True))
    cells = st.one_of(st.sampled_from(WORDS), st.text(max_size=15), st.floats().map(str))
    rows = [header] + [
        [draw(cells) for _ in range(draw(st.integers(0, len(header) + 1)))]
        for _ in range(draw(st.integers(0, 6)))
    ]
    data = "\n".join(delimiter.join(row) for row in rows).encode()
    return f"f{suffix}", mutate(data, draw) if draw(st.integers(0, 3)) == 0 else data


def survives(reader: Callable[[Path], Any], name: str, data: bytes) -> None:
    """The reader returns (consumed fully) or raises InputError; anything else fails the test."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            result = reader(path)
            if hasattr(result, "__next__"):
                list(result)
        except InputError as exc:
            assert str(exc).strip() and "\n" not in str(exc).strip()


@FUZZ
@given(medline_files())
def test_medline_reader(file: tuple[str, bytes]) -> None:
    survives(read_path, *file)


@FUZZ
@given(jats_files())
def test_jats_reader(file: tuple[str, bytes]) -> None:
    survives(read_path, *file)


@FUZZ
@given(text_files())
def test_text_and_markdown_reader(file: tuple[str, bytes]) -> None:
    survives(read_path, *file)


@FUZZ
@given(pdf_files())
def test_pdf_reader(file: tuple[str, bytes]) -> None:
    survives(read_path, *file)


@FUZZ
@given(st.one_of(tables(".csv"), tables(".tsv")))
def test_study_table_reader(file: tuple[str, bytes]) -> None:
    survives(read_path, *file)


@FUZZ
@given(st.one_of(tables(".csv"), tables(".tsv")))
def test_trial_and_dataset_readers(file: tuple[str, bytes]) -> None:
    for reader in (
        lambda p: read_trial_table(p, "fuzz"),
        read_loading,
        read_biodistribution,
        read_size_export,
    ):
        survives(reader, *file)


@FUZZ
@given(st.one_of(prose, st.text(max_size=300)))
def test_text_given_in_memory(text: str) -> None:
    try:
        read_text(text)
    except InputError as exc:
        assert str(exc).strip()


@FUZZ
@given(st.sampled_from([".txt", ".xml", ".nxml", ".pdf", ".csv", ".xml.gz"]), st.binary())
def test_any_bytes_under_any_name(suffix: str, data: bytes) -> None:
    survives(read_path, "f" + suffix, data)
