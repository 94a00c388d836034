"""Sentence splitting, text structure and reference lists on small hand-made inputs."""

from __future__ import annotations

from pathlib import Path

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


# -- tables in markdown and JATS are read like the seeds' tab-separated tables -------------------

TAB_TABLE = [
    "Table 1. Effects of vesicles in invented studies",
    "MSC source\tCargo\tDisease\tEffect\tRef",
    "Bone marrow\tmiR-21\tglioma\tsuppressed proliferation of tumour cells\t[3]",
    "Umbilical cord\tmiR-126\tmyocardial infarction\tpromoted angiogenesis\t[4]",
]
PIPE_TABLE = [
    "Table 1. Effects of vesicles in invented studies",
    "",
    "| MSC source | Cargo | Disease | Effect | Ref |",
    "|---|:---|---|---|---:|",
    "| Bone marrow | miR-21 | glioma | suppressed proliferation of tumour cells | [3] |",
    "| **Umbilical cord** | miR-126 | myocardial infarction | promoted angiogenesis | [4] |",
]


def _findings(doc: object) -> list[tuple[str, str, str, str]]:
    from exoatlas.read.tables import read_tables

    return [
        (
            r.evidence.locator,
            r.finding.outcome.process.label if r.finding.outcome.process else "",
            r.finding.outcome.direction,
            ",".join(e.label for e in r.finding.cargo),
        )
        for r in read_tables(doc)  # type: ignore[arg-type]
    ]


def test_pipe_table_rows_are_the_tab_rows_and_read_alike() -> None:
    prose = ["# Invented review", "Vesicles were studied.", ""]
    tab = parse_text("\n".join(prose + TAB_TABLE), "tab")
    pipe = parse_text("\n".join(prose + PIPE_TABLE), "pipe")
    assert pipe.table_lines == tab.table_lines
    assert not any("|" in p for s in pipe.sections for p in s.paragraphs)
    found = _findings(pipe)
    assert found == _findings(tab)
    assert [f[0] for f in found] == ["Table 1, row 1", "Table 1, row 2"]
    assert found[0][2] == "decrease" and found[1][2] == "increase"


def test_pipe_cells_and_what_is_no_table() -> None:
    from exoatlas.ingest.text import pipe_cells, pipe_tables_to_tabs

    assert pipe_cells(r"| a | **b** | c \| d |") == ["a", "b", "c | d"]
    lines = ["A | B", "--- | ---", "c | d", "", "x | y", "plain", "---", "| one |"]
    assert pipe_tables_to_tabs(lines) == ["A\tB", "c\td", "", "x | y", "plain", "---", "| one |"]


JATS = """<?xml version="1.0"?>
<article><front><article-meta><article-id pub-id-type="pmid">123</article-id>
<title-group><article-title>Invented vesicle review</article-title></title-group>
<abstract><p>Vesicles were studied.</p></abstract></article-meta></front>
<body><sec><title>Intro</title><p>Some words.</p></sec>
<table-wrap id="t1"><label>Table 1</label><caption><title>Effects of vesicles</title></caption>
<table><thead><tr><th>MSC source</th><th>Cargo</th><th>Disease</th><th>Effect</th><th>Ref</th></tr>
</thead><tbody>
<tr><td colspan="5">Inhibiting effect</td></tr>
<tr><td>Bone marrow</td><td><italic>miR-21</italic></td><td>glioma</td>
<td>suppressed proliferation of tumour cells</td><td>[3]</td></tr>
<tr><td>Umbilical cord</td><td>miR-126</td><td>myocardial infarction</td>
<td>promoted angiogenesis</td><td>[4]</td></tr>
</tbody></table></table-wrap></body></article>
"""


def test_jats_tables_are_read_like_tab_tables(tmp_path: Path) -> None:
    from exoatlas.ingest.jats import read_jats

    path = tmp_path / "paper.nxml"
    path.write_text(JATS)
    doc = read_jats(path)
    assert doc.table_lines[0] == CAPTION_MARK + "Table 1 Effects of vesicles"
    assert doc.table_lines[2] == "Inhibiting effect\t\t\t\t"
    tab = parse_text("\n".join(["# Invented review", *TAB_TABLE]), "tab")
    jats = _findings(doc)
    assert jats == _findings(tab)
    path.write_text(JATS.replace('colspan="5"', 'colspan="' + "9" * 5000 + '"'))
    assert read_jats(path).table_lines[2] == "Inhibiting effect"  # an absurd span: one cell
