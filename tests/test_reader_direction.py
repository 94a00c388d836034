"""Effect direction and which statements are findings: coordinated verbs over a list, and
sentences that state no result of the EVs. Every sentence here is written for these tests."""

from __future__ import annotations

from .reading import read_abstract


def test_a_verb_coordinated_inside_a_list_governs_the_items_after_it() -> None:
    found = read_abstract(
        "Marrow stromal vesicles in hypoxic myoblasts",
        "In culture, MSC-derived exosomes reduced hypoxic damage as indicated by increased cell "
        "viability and reduced LDH and apoptosis.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found
    assert not [f for f in found if f[0] == "apoptotic process" and f[1] == "increase"], found


def test_an_adverb_between_but_and_the_verb_keeps_the_second_verb_in_charge() -> None:
    found = read_abstract(
        "Dental pulp stromal cell exosomes (DPSCs-ex) in hypoxic myoblasts",
        "Similarly, DPSCs-ex strongly reduced cell apoptosis and the expression of caspase-3, "
        "but markedly increased cell viability and the expression of Bcl-2 and Mcl-1 under "
        "hypoxia.",
    )
    assert ("cell survival", "increase", "regenerative") in found, found
    assert not [f for f in found if f[0] == "cell survival" and f[1] == "decrease"], found


def test_what_the_msc_cells_did_is_no_finding_of_their_vesicles() -> None:
    found = read_abstract(
        "Marrow stromal cells and their exosomes after infarction",
        "In infarcted mice, injection of marrow MSCs improved cardiac function and lowered "
        "fibrosis.",
        "In culture, exosomes from the MSCs reduced apoptosis of cardiomyocytes.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found
    assert not [f for f in found if f[0] != "apoptotic process"], found


def test_a_product_named_with_a_hyphenated_suffix_is_the_vesicles() -> None:
    found = read_abstract(
        "Exosomes of adipose stromal cells in hypoxic cardiomyocytes",
        "In culture, ADSCs-ex strongly reduced apoptosis of the hypoxic cardiomyocytes.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found
