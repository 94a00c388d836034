"""One finding per EV preparation: the preconditioning or engineering of the product that does a
change, coordinated products, comparators and subjects that refer back. Every sentence here is
written for these tests."""

from __future__ import annotations

from exoatlas.ingest.text import Section, TextDocument
from exoatlas.read.pipeline import read_loaded
from exoatlas.read.preparations import DocumentPreparations


def _read(title: str, *sentences: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(process label, direction, preconditioning and engineering labels) of each finding."""
    doc = TextDocument(
        "pmid:9",
        title,
        [Section("Title", [title]), Section("Abstract", [" ".join(sentences)])],
        [],
        [],
        kind="medline",
    )
    out = []
    for r in read_loaded(doc).records:
        f = r.finding
        steps = tuple(e.label for e in (*f.preconditioning, *f.engineering))
        out.append(
            (f.outcome.process.label if f.outcome.process else "", f.outcome.direction, steps)
        )
    return out


def test_a_conditioned_product_carries_its_step() -> None:
    found = _read(
        "Marrow stromal vesicles in renal injury",
        "In rats, exosomes from hypoxia-preconditioned marrow MSCs reduced apoptosis.",
    )
    assert ("apoptotic process", "decrease", ("hypoxia preconditioning",)) in found, found


def test_coordinated_products_give_one_finding_each() -> None:
    found = _read(
        "Primed adipose stromal vesicles in a liver injury model",
        "We collected exosomes (Exo) and quercetin-primed exosomes (Q-ADSC-Exo) from adipose MSCs.",
        "In mice, both Exo and Q-ADSC-Exo lowered apoptosis of hepatocytes.",
        "Both treatments also reduced fibrosis in mice.",
    )
    apoptosis = [f for f in found if f[0] == "apoptotic process"]
    assert {f[2] for f in apoptosis} == {(), ("quercetin preconditioning",)}, found
    fibrosis = [f for f in found if f[0] == "Fibrosis"]
    assert {f[2] for f in fibrosis} == {(), ("quercetin preconditioning",)}, found


def test_a_comparator_is_not_the_agent() -> None:
    found = _read(
        "Engineered marrow stromal vesicles in stroke",
        "In rats, compared with native MSC-EVs, BDNF-overexpressing MSC-EVs reduced apoptosis.",
    )
    apoptosis = [f for f in found if f[0] == "apoptotic process"]
    assert [f[2] for f in apoptosis] == [("BDNF overexpression",)], found


def test_a_compact_name_takes_the_step_its_prefix_abbreviates() -> None:
    prep = DocumentPreparations(
        "Marrow MSCs were primed with melatonin before exosomes were collected. "
        "Mel-Exo and Exo were given to mice."
    )
    names = {
        p.name: [e.label for e in p.preconditioning]
        for p in prep.in_sentence("Mel-Exo and Exo were given to mice.")
    }
    assert names == {"Mel-Exo": ["melatonin preconditioning"], "Exo": []}, names


def test_a_passive_change_in_the_group_given_a_product_is_that_products() -> None:
    found = _read(
        "Primed marrow stromal vesicles in a memory model",
        "Compared with the group given native MSC-EVs, in the group given EVs of "
        "hypoxia-preconditioned MSCs, apoptosis was further reduced in mice.",
    )
    apoptosis = [f for f in found if f[0] == "apoptotic process"]
    assert [f[2] for f in apoptosis] == [("hypoxia preconditioning",)], found


def test_a_change_more_evident_with_another_preparation_is_that_ones_too() -> None:
    found = _read(
        "Primed marrow stromal vesicles in biliary injury",
        "In cultured cholangiocytes, MSC-EVs lowered apoptosis, which was more evident in "
        "cells given EVs of melatonin-primed MSCs.",
    )
    apoptosis = [f for f in found if f[0] == "apoptotic process"]
    assert {f[2] for f in apoptosis} == {(), ("melatonin preconditioning",)}, found


def test_a_preparation_said_not_to_act_is_not_the_agent() -> None:
    found = _read(
        "Engineered marrow stromal vesicles in stroke",
        "In rats, EVs from BDNF-overexpressing MSCs, but not EVs from native MSCs, reduced "
        "apoptosis.",
    )
    apoptosis = [f for f in found if f[0] == "apoptotic process"]
    assert [f[2] for f in apoptosis] == [("BDNF overexpression",)], found
