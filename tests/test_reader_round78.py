"""Seventy-eighth session: disease names the small parser misreads in a claim about MSC
vesicles (probe titles of common diseases, written for these tests, in the forms real titles
take), read again with each name held as one word (``read.reparse.held_reading``)."""

from __future__ import annotations

import pytest

from exoatlas.read.parsing import parse, parse_held
from exoatlas.read.phrases import is_value

from .reading import read_abstract


@pytest.mark.parametrize(
    ("title", "disease"),
    [
        # a rare '-pathy' taken for an adjective: nothing was read
        (
            "Umbilical cord MSC exosomes reduce cochlear synaptopathy after noise exposure",
            "Hearing Loss, Hidden",
        ),
        (
            "Extracellular vesicles of adipose-derived stem cells alleviate diabetic "
            "cardiomyopathy",
            "Diabetic Cardiomyopathies",
        ),
        # a name of three words split into two objects ('type', 'diabetes')
        (
            "Extracellular vesicles of adipose-derived stem cells alleviate type 1 diabetes",
            "Diabetes Mellitus, Type 1",
        ),
        # the disease made the verb's adverb
        (
            "Extracellular vesicles of adipose-derived stem cells alleviate autoimmune hepatitis",
            "Hepatitis, Autoimmune",
        ),
    ],
)
def test_a_disease_name_the_parser_misread_is_read_held_as_one_word(
    title: str, disease: str
) -> None:
    found = read_abstract(title, "We studied MSC-derived vesicles in a disease model.")
    assert (disease, "decrease", "protective") in found, found


def test_a_numbered_kind_of_disease_is_no_value() -> None:
    """'type 2 diabetes' is a disease a number names one kind of, not an amount ('from 40%',
    '250 U/L'), so 'protect against type 2 diabetes' protects against it (it read nothing)."""
    found = read_abstract(
        "MSC exosomes protect against type 2 diabetes in mice",
        "We studied MSC-derived vesicles in a disease model.",
    )
    assert ("Diabetes Mellitus, Type 2", "decrease", "protective") in found, found
    doc = parse(["Serum ALT fell from 250 U/L, and tumours regressed from grade 3 disease."])[0]
    unit = next(w for w in doc if w.text == "L")  # ('250' on 'U': a counted unit)
    graded = next(w for w in doc if w.text == "disease")
    assert is_value(unit)
    assert not is_value(graded)
    # (a number before the label counts it: 'reduced by 2 grades' is a size, not an agent)
    counted = parse(["Hepatic fibrosis was reduced by 2 grades."])[0]
    assert is_value(next(w for w in counted if w.text == "grades"))
    found = read_abstract(
        "MSC exosomes in liver fibrosis",
        "Mice with liver fibrosis received exosomes from bone marrow MSCs.",
        "Hepatic fibrosis was reduced by 2 grades.",
    )
    assert ("Fibrosis", "decrease", "protective") in found, found


def test_a_held_name_keeps_its_text_and_offsets() -> None:
    """The held parse gives every word back as written, at its offset in the sentence; the
    name is one noun, the verb's object."""
    text = "MSC exosomes reduce cochlear synaptopathy after noise exposure in guinea pigs."
    start = text.index("cochlear")
    end = start + len("cochlear synaptopathy")
    doc = parse_held(text, [(start, end)])
    assert doc is not None
    assert all(text[w.idx : w.idx + len(w.text)] == w.text for w in doc)
    name = next(w for w in doc if w.idx == start)
    assert name.text == "cochlear synaptopathy"
    assert name.tag_.startswith("NN")
    assert name.head.lower_ == "reduce"
    assert [w.text for w in doc][-3:] == ["guinea", "pigs", "."]


def test_a_sentence_read_at_first_is_not_parsed_again() -> None:
    """The held reading only adds to a claim that read nothing: a plain one reads as before,
    once."""
    found = read_abstract(
        "MSC exosomes attenuate colitis in mice",
        "We studied MSC-derived vesicles in a disease model.",
    )
    assert found.count(("Colitis", "decrease", "protective")) == 1, found


def test_a_held_reading_follows_a_linking_adverb_before_the_vesicles() -> None:
    """'Moreover, MSC-Exos improved type 1 diabetes': the vesicles' name after a linking adverb
    is written 'they' in the first reparse; the held reading still knows the sentence names
    them (it read nothing before)."""
    found = read_abstract(
        "MSC vesicles in a disease model",
        "We isolated exosomes from mesenchymal stem cells.",
        "Moreover, MSC-Exos significantly improved type 1 diabetes in mice.",
    )
    assert ("Diabetes Mellitus, Type 1", "decrease", "protective") in found, found


@pytest.mark.parametrize(
    ("title", "disease"),
    [
        (
            "MSC exosomes inhibit proliferative vitreoretinopathy in rabbits",
            "Vitreoretinopathy, Proliferative",
        ),
        ("MSC exosomes alleviate osteogenesis imperfecta in mice", "Osteogenesis Imperfecta"),
        ("MSC exosomes reduce proliferative diabetic retinopathy in rats", "Diabetic Retinopathy"),
    ],
)
def test_a_disease_named_with_a_good_process_word_is_the_disease(title: str, disease: str) -> None:
    """A disease whose name holds the word of a good process ('proliferative', 'osteogenesis')
    is the disease lowered, protective; it was read as that good lowered, a harm. A plain
    process is still read as one."""
    found = read_abstract(title, "We studied MSC-derived vesicles in a disease model.")
    assert (disease, "decrease", "protective") in found, found
    plain = read_abstract(
        "MSC exosomes inhibit fibroblast proliferation in rabbits",
        "We studied MSC-derived vesicles in a disease model.",
    )
    assert all(role != "protective" or label != disease for label, _, role in plain), plain
    assert any(label == "cell population proliferation" for label, _, _ in plain), plain


def test_the_sentences_own_parse_is_held_when_its_reparse_reads_nothing() -> None:
    """'MSC exosomes alleviated type 2 diabetes in db/db mice': the reparse with the name
    written 'They' reads nothing, and the name there looks whole; the sentence's own parse,
    where the parser split it, is held and read (nothing was read before)."""
    found = read_abstract(
        "MSC vesicles in a disease model",
        "We isolated exosomes from MSCs.",
        "MSC exosomes alleviated type 2 diabetes in db/db mice.",
    )
    assert ("Diabetes Mellitus, Type 2", "decrease", "protective") in found, found


def test_no_held_reading_for_other_cells_vesicles() -> None:
    """Vesicles of tumour cells are not the MSCs': a sentence naming only them is not read
    again with its disease names held (the reader takes some tumour sources for the product)."""
    found = read_abstract(
        "MSC vesicles in a disease model",
        "We isolated exosomes from MSCs.",
        "Exosomes from lung adenocarcinoma cells alleviated type 1 diabetes in mice.",
    )
    assert not [f for f in found if "Diabetes" in f[0]], found


@pytest.mark.parametrize(
    ("title", "disease"),
    [
        ("MSC exosomes reduce memory disorder in aged mice", "Memory Disorders"),
        (
            "MSC exosomes alleviate haemophagocytic lymphohistiocytosis in mice",
            "Lymphohistiocytosis, Hemophagocytic",
        ),
        (
            "MSC exosomes reduce severe proliferative diabetic retinopathy in rats",
            "Diabetic Retinopathy",
        ),
    ],
)
def test_a_disease_named_whole_in_its_singular_or_after_two_modifiers(
    title: str, disease: str
) -> None:
    """The label's words are compared loosely (singular, British spellings), and one or two
    first modifiers may stand before the name."""
    found = read_abstract(title, "We studied MSC-derived vesicles in a disease model.")
    assert (disease, "decrease", "protective") in found, found
