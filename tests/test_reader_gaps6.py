"""Gaps a review left in the reader, each checked on real abstracts nobody on the project had read
and probed here with sentences written for these tests (none is taken from an abstract)."""

from __future__ import annotations

import pytest

from exoatlas.read.abbrev import find_abbreviations
from exoatlas.read.parsing import parse
from exoatlas.read.reader import read_document
from exoatlas.read.sensitize import sensitivity_frames

from .reading import _document, folded, read_abstract


def _sources(title: str, *sentences: str) -> set[str]:
    doc = _document(title, sentences)
    return {
        r.finding.msc_source.label
        for r in read_document(doc, force=True, scored=False)
        if r.finding.msc_source is not None and r.evidence.text in sentences
    }


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        # the vesicles named first, their parent cells last: the commonest order of a product name
        (
            "we purified extracellular vesicles shed by BMSCs (BMSC-EVs) from",
            "BMSC-EVs",
            "extracellular vesicles shed by BMSCs",
        ),
        (
            "exosomes of hypoxia-primed stromal cells (Hyp-Exos) were",
            "Hyp-Exos",
            "exosomes of hypoxia-primed stromal cells",
        ),
    ],
)
def test_product_named_cells_last(text: str, short: str, long: str) -> None:
    assert find_abbreviations(text).get(short) == long


@pytest.mark.parametrize(
    ("definition", "use", "source"),
    [
        (
            "Extracellular vesicles of human adipose MSCs (haMSC-EVs) were collected.",
            "The haMSC-EVs lowered apoptosis of podocytes in diabetic rats.",
            "adipose tissue MSC",
        ),
        (
            "Adipose tissue mesenchymal stem cells (AMSCs) were grown and their exosomes purified.",
            "AMSC exosomes lowered fibrosis of the kidney in mice.",
            "adipose tissue MSC",
        ),
        (  # the table's own reading stays when the text defines the letters as the table does
            "Amniotic membrane MSCs (hAMSCs) were grown and their exosomes purified.",
            "hAMSC exosomes lowered fibrosis of the kidney in mice.",
            "amniotic MSC",
        ),
    ],
)
def test_abstract_defines_its_source(definition: str, use: str, source: str) -> None:
    assert _sources("Stem cell vesicles in injury", definition, use) == {source}


@pytest.mark.parametrize(
    ("sentence", "unexpected"),
    [
        # a safety result in a tumour model: no pro-tumour finding
        (
            "The cord MSC vesicles did not increase the growth of lung cancer xenografts.",
            "pro_tumor",
        ),
        ("Vesicles of marrow MSCs did not promote invasion of the glioma cells.", "pro_tumor"),
        # and no benefit either when the EVs failed to lower a harm
        ("The marrow MSC exosomes did not lower scarring of the injured kidney.", "protective"),
    ],
)
def test_negated_change_is_no_change(sentence: str, unexpected: str) -> None:
    doc = _document("Stromal cell vesicles and disease", (sentence,))
    read = [r for r in read_document(doc, force=True, scored=False) if r.evidence.text == sentence]
    assert read, "the negated change is still read"
    for r in read:
        assert r.evidence.negated
        assert r.finding.outcome.role != unexpected
        assert (r.finding.outcome.direction, r.finding.outcome.role) == ("unknown", "neutral")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Exosomes of marrow MSCs sensitized the glioma cells to temozolomide.",
            ("drug resistance, neoplasm", "decrease", "anti_tumor"),
        ),
        (
            "Cord MSC vesicles rendered the ovarian cancer cells sensitive to carboplatin.",
            ("drug resistance, neoplasm", "decrease", "anti_tumor"),
        ),
        (
            "Vesicles of adipose MSCs made the colon cancer cells resistant to oxaliplatin.",
            ("drug resistance, neoplasm", "increase", "pro_tumor"),
        ),
    ],
)
def test_drug_response_changed_by_the_verb(sentence: str, expected: tuple[str, str, str]) -> None:
    # a parsed finding beside it, so the keyword fallback does not answer for the frame
    found = read_abstract(
        "Stromal cell vesicles and a tumour",
        sentence,
        "Exosomes of marrow MSCs lowered the proliferation of the tumour cells.",
    )
    assert expected in folded(found), found


def test_no_drug_response_outside_tumours() -> None:
    (doc,) = parse(["Vesicles of adipose MSCs rendered the cultured cells sensitive to cisplatin."])
    assert sensitivity_frames(doc, (), tumour=False) == []
    assert sensitivity_frames(doc, (), tumour=True), "the frame itself reads the sentence"
    (doc,) = parse(["Vesicles of adipose MSCs rendered the fat cells sensitive to insulin."])
    assert sensitivity_frames(doc, (), tumour=True) == [], "insulin is no drug the cells resist"


def test_named_measure_states_no_change() -> None:
    """The keyword fallback: a flipped measure named alone ('escape latency' names memory, lower
    latency is better memory) says nothing of which way it went."""
    found = folded(
        read_abstract(
            "Stromal cell vesicles in aged rats",
            "Aged rats were given vesicles of marrow MSCs.",
            "Escape latency in the water maze was recorded in rats given the MSC exosomes.",
        )
    )
    assert ("learning or memory", "decrease", "pathogenic") not in found, found


def test_comparator_inside_the_group_phrase_is_not_the_evs() -> None:
    """'higher in PBS-treated than in EV-treated rats' names the vehicle group as the one with
    more: the comparator phrase hung inside it does not make it the EVs' group."""
    found = folded(
        read_abstract(
            "Stromal cell vesicles in kidney injury",
            "Urea nitrogen was higher in saline-treated than in vesicle-treated mice.",
        )
    )
    assert not any(role == "pathogenic" for _, _, role in found), found
