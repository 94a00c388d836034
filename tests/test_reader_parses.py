"""Result sentences the small parser misreads (lists of verb phrases, 'we found that X ...',
intransitive changes, verbs tagged as nouns). Every sentence here is written for these tests."""

from __future__ import annotations

from exoatlas.ingest.text import Section, TextDocument
from exoatlas.read.pipeline import read_loaded

from .reading import read_abstract


def test_a_list_of_verb_phrases_keeps_each_verbs_object() -> None:
    found = read_abstract(
        "Marrow stromal vesicles in a stroke model",
        "In rats, hBMSC-EVs relieved the cerebral injury of the animals, suppressed M1 "
        "polarization, inflammation and oxidative stress.",
    )
    processes = {(f[0], f[1]) for f in found}
    assert ("inflammatory response", "decrease") in processes, found


def test_what_was_found_is_the_agent_of_the_verbs_after_it() -> None:
    found = read_abstract(
        "Marrow stromal vesicles and macrophages",
        "We found that exosomes of marrow MSCs, at either dose, raised M2 macrophage "
        "polarization and lowered M1 macrophage polarization in culture.",
    )
    labels = {(f[0], f[1]) for f in found}
    assert ("macrophage polarization to M2", "increase") in labels, found
    assert ("macrophage polarization to M1", "decrease") in labels, found


def test_an_intransitive_change_after_the_evs_were_given() -> None:
    found = read_abstract(
        "Marrow stromal vesicles in hypoxic cardiomyocytes",
        "Among starved heart muscle cells, cell death declined once MSC-derived exosomes "
        "were added to the medium.",
    )
    assert ("cell death", "decrease", "protective") in found


def test_an_intransitive_change_without_the_evs_is_no_finding() -> None:
    found = read_abstract(
        "Marrow stromal vesicles in hypoxic cardiomyocytes",
        "In hypoxic cardiomyocytes treated with MSC-derived exosomes, cell death declined "
        "when the knockdown was applied.",
    )
    assert ("cell death", "decrease", "protective") not in found


def test_a_change_as_the_purpose_of_a_prospect_is_hedged() -> None:
    found = read_abstract(
        "Marrow stromal vesicles in renal injury",
        "In mice, MSC-derived exosomes reduced apoptosis. Such EVs might be a useful vehicle to "
        "relieve fibrosis.",
    )
    assert ("apoptotic process", "decrease", "protective") in found
    assert not [f for f in found if f[0] == "Fibrosis"], found


def test_a_condition_before_the_cells_does_not_become_the_verb() -> None:
    found = read_abstract("Hypoxia preconditioned MSC exosomes attenuate renal fibrosis in mice")
    assert ("Fibrosis", "decrease", "protective") in found, found


def test_the_evs_of_an_abstract_about_msc_evs_are_mscs_without_a_named_source() -> None:
    doc = TextDocument(
        "pmid:9",
        "Small vesicles lessen renal fibrosis",
        [
            Section("Title", ["Small vesicles lessen renal fibrosis"]),
            Section(
                "Abstract",
                ["We gave mice MSC-derived exosomes (MEx). In vivo, MEx reduced renal fibrosis."],
            ),
        ],
        [],
        [],
        kind="medline",
    )
    records = read_loaded(doc).records
    assert records and all(r.finding.msc_source is not None for r in records)
