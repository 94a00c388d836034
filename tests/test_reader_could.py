"""'Could' in a report of results is the past of 'can' ('we found that EVs could reduce X'); in
an interpretation or a prospect it is a hedge. Every sentence here is written for these tests."""

from __future__ import annotations

from exoatlas.ingest.text import Section, TextDocument
from exoatlas.read.reader import read_document

from .reading import read_abstract

TITLE = "Marrow stromal vesicles in a renal injury model"
# a result the abstract states plainly (an abstract with no result read is read by keywords)
PLAIN = "In rats, marrow MSC exosomes raised tubular cell proliferation."
APOPTOSIS = ("apoptotic process", "decrease", "protective")


def test_could_under_a_past_report_verb_is_a_result() -> None:
    found = read_abstract(TITLE, "We found that marrow MSC exosomes could lower apoptosis in mice.")
    assert APOPTOSIS in found, found


def test_could_under_an_interpretation_stays_a_hedge() -> None:
    found = read_abstract(
        TITLE, PLAIN, "These data suggest that marrow MSC exosomes could lower apoptosis in mice."
    )
    assert APOPTOSIS not in found, found


def test_could_with_the_measurement_behind_it_is_a_result() -> None:
    found = read_abstract(
        TITLE,
        "In rats, marrow MSC exosomes could lower apoptosis of tubular cells, as shown by "
        "TUNEL staining.",
    )
    assert APOPTOSIS in found, found


def _structured(section: str) -> list[tuple[str, str, str]]:
    sentence = "In rats, marrow MSC exosomes could lower apoptosis of tubular cells."
    doc = TextDocument(
        "pmid:9",
        TITLE,
        [Section("Title", [TITLE]), Section("Results", [PLAIN]), Section(section, [sentence])],
        [],
        [],
        kind="medline",
    )
    return [
        (
            r.finding.outcome.process.label if r.finding.outcome.process else "",
            r.finding.outcome.direction,
            r.finding.outcome.role,
        )
        # the rules' findings: the learned scorer is not trained on made-up two-sentence texts
        for r in read_document(doc, force=True, scored=False)
    ]


def test_could_in_a_results_section_is_a_result_and_in_conclusions_a_hedge() -> None:
    assert APOPTOSIS in _structured("Results")
    assert APOPTOSIS not in _structured("Conclusions")


def test_could_in_another_studys_report_stays_a_hedge() -> None:
    found = read_abstract(
        TITLE, PLAIN, "Earlier, Smith and colleagues found that MSC exosomes could lower apoptosis."
    )
    assert APOPTOSIS not in found, found
