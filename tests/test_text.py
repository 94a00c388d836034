"""Sentence splitting, text structure and reference lists on small hand-made inputs."""

from __future__ import annotations

from exoatlas.ingest.references import citation_numbers, parse_fields, parse_reference_list
from exoatlas.ingest.text import CAPTION_MARK, parse_text
from exoatlas.read.locate import section_sentences, sentence_at
from exoatlas.read.sentences import split_sentences


def test_splitter_survives_abbreviations_citations_and_numbers() -> None:
    text = (
        "Smith et al. showed that exosomes (e.g. CD63+ vesicles) were isolated at 100,000 ×g "
        "for 70 min [12]. Sizes were 30.5 nm on average, i.e. small. J. Doe agreed [13, 14]. "
        "miR-21 rose. The end"
    )
    assert split_sentences(text) == [
        "Smith et al. showed that exosomes (e.g. CD63+ vesicles) were isolated at 100,000 ×g "
        "for 70 min [12].",
        "Sizes were 30.5 nm on average, i.e. small.",
        "J. Doe agreed [13, 14].",
        "miR-21 rose.",
        "The end",
    ]


def test_citation_after_etc_stays_in_the_sentence() -> None:
    assert split_sentences("Found in urine, blood, milk, etc. [16,17]. Next one.") == [
        "Found in urine, blood, milk, etc. [16,17].",
        "Next one.",
    ]


def test_empty_and_whitespace() -> None:
    assert split_sentences("") == [] and split_sentences("  \n ") == []


def test_text_structure_joins_broken_paragraphs_and_keeps_tables_apart() -> None:
    text = "\n".join(
        [
            "# Title of paper",
            "## Kidney disease",
            "Exosomes reduced apoptosis in",
            "",
            "Condition\tSource\tRef",
            "AKI\tUC-MSC\t[9]",
            "Note: AKI acute kidney injury",
            "",
            "rats [9]. They also lowered fibrosis.",
            "## Table 2 Something",
            "### Lung",
            "Second section sentence.",
            "## References",
            "- 1. Smith AB, Lee C. A paper title. J Name. 2020;1:2–3.",
            "- Jones D. Another paper. Other J. 2019;4:5.",
        ]
    )
    doc = parse_text(text, "t")
    kidney = doc.section("Kidney disease")
    assert kidney is not None
    assert section_sentences(kidney) == (
        "Exosomes reduced apoptosis in rats [9].",
        "They also lowered fibrosis.",
    )
    assert sentence_at(doc, 'section "Lung", sentence 1') == "Second section sentence."
    assert sentence_at(doc, 'section "Lung", sentence 2') is None
    assert sentence_at(doc, "Table 1, row 1") is None
    # table rows stay out of the prose; a caption is kept, marked, so tables can be numbered
    assert doc.table_lines == [
        "Condition\tSource\tRef",
        "AKI\tUC-MSC\t[9]",
        "Note: AKI acute kidney injury",
        f"{CAPTION_MARK}Table 2 Something",
    ]
    assert [(r.number, r.printed_number, r.first_author, r.year) for r in doc.references] == [
        (1, 1, "Smith", 2020),
        (2, None, "Jones", 2019),
    ]


def test_reference_fields_vancouver_and_mdpi() -> None:
    assert parse_fields(
        "Le Blanc K, Ringden O. Mesenchymal stem cells: properties. Curr Opin "
        "Immunol. 2006;18:586–91."
    ) == ("Le Blanc", "Mesenchymal stem cells: properties", "Curr Opin Immunol", 2006)
    first, title, journal, year = parse_fields(
        "Hass, R.; von der Ohe, J. Impact of the Tumor Microenvironment. Cancers 2020, 12, 3716. "
        "[Google Scholar] [CrossRef]"
    )
    assert (first, title, journal, year) == (
        "Hass",
        "Impact of the Tumor Microenvironment",
        "Cancers",
        2020,
    )


def test_reference_list_continuation_and_garbage() -> None:
    refs = parse_reference_list(
        [
            "- Smith A. Title one. J. 2001;1:1.",
            "continued text here",
            "\t",
            "[image: x]",
            "- 3. Brown B. T. J. 2003;3:3.",
        ]
    )
    assert [r.number for r in refs] == [1, 3]
    assert "continued text here" in refs[0].text


def test_citation_numbers() -> None:
    assert citation_numbers("x [1] y [2, 3] z [154–156] w [7-8]") == [1, 2, 3, 154, 155, 156, 7, 8]
    assert citation_numbers("no markers, [abc] or (12)") == []
