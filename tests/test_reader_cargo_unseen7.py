"""Cargo forms a seventh-round set of unseen web abstracts showed the reader getting wrong, each
probed with sentences written for these tests (none is taken from an abstract): a miRNA that the
abstract's long RNA sponges, binds or targets in one sentence is no cargo where a later sentence
names it again with the vesicles ('a miR-Y inhibitor and the X exosomes both eased the injury');
a miRNA named second in an interaction or relationship with a long RNA is what that RNA acts on;
the parent MSCs named after a cargo verb ('X derived from human umbilical cord MSCs') are no
cargo; a protein called the vesicles' factor ('their exosomal factor, X', 'exosome-associated
factor X') is their cargo."""

from __future__ import annotations

import pytest

from exoatlas.read.acted import acted_on_mirnas, long_rnas
from exoatlas.read.cargo import carried_genes

from .reading import read_cargo


def test_a_mirna_the_long_rna_sponges_is_no_cargo_anywhere_in_the_abstract() -> None:
    labels = read_cargo(
        "Exosomal lncRNA MEG3 from marrow MSCs eases kidney injury",
        "The exosomes from marrow MSCs carried lncRNA MEG3 and lowered tubular cell apoptosis.",
        "MEG3 was able to sponge miR-214 in the tubular cells.",
        "Both a miR-214 inhibitor and the MEG3 exosomes reduced apoptosis in injured cells.",
    )
    assert "MEG3" in labels
    assert not any("214" in x for x in labels)


def test_a_mirna_that_is_the_target_gene_of_the_long_rna_is_no_cargo() -> None:
    labels = read_cargo(
        "Marrow MSC exosomes help osteoblasts",
        "Exosomes from marrow MSCs raised osteoblast proliferation in vitro.",
        "We found that miR-205-5p was the target gene of PVT1 in the osteoblasts.",
        "The exosomes lowered miR-205-5p and raised osteoblast migration.",
    )
    assert not any("205" in x for x in labels)


def test_the_second_of_an_interaction_with_a_long_rna_is_acted_on() -> None:
    sentences = [
        "Exosomal lncRNA GAS5 from adipose MSCs sped wound closure in diabetic rats.",
        "The interaction between GAS5 and miR-223 was confirmed with a reporter assay.",
    ]
    assert acted_on_mirnas(sentences) == {"miR-223"}
    # a miRNA named first acts on what follows it: the vesicles' own cargo
    assert acted_on_mirnas(["The interaction between miR-223 and NLRP3 was confirmed."]) == set()
    # a gene named first is no long RNA: nothing is read
    assert acted_on_mirnas(["The relationship between TRAF6 and miR-223 was studied."]) == set()


def test_the_mirna_after_a_long_rna_in_a_slash_axis_is_acted_on() -> None:
    # an lncRNA named by its gene symbol, first in an axis: the miRNA after it is its target
    found = acted_on_mirnas(["Vesicles eased the injury via the MEG3-AS1/miR-31-5p/SIRT1 axis."])
    assert found == {"miR-31"}
    # a protein first, or two miRNAs: nothing is read
    assert acted_on_mirnas(["Vesicles eased the injury via the TRAF6/miR-31 axis."]) == set()
    assert acted_on_mirnas(["The vesicles carried miR-23a/miR-27a."]) == set()


def test_long_rnas_named_so_or_by_a_non_coding_symbol() -> None:
    found = long_rnas(["Exosomal lncRNA Neat2 helped.", "KLF3-AS1 and LINC00473 rose; TNF fell."])
    assert {"neat2", "klf3-as1", "linc00473"} <= found
    assert "tnf" not in found


def test_the_parent_msc_are_no_cargo() -> None:
    labels = read_cargo(
        "Exosomal miR-21-5p shuttled from donor human umbilical cord mesenchymal stem cells "
        "can alleviate colitis in mice",
        "Vesicles released by these donor umbilical cord MSCs lowered colon inflammation in mice.",
    )
    assert not any("Stem Cell" in x for x in labels)
    assert any("21" in x for x in labels)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "We tested the EV fraction and its exosomal factor, hepatocyte growth factor (HGF).",
            ["HGF"],
        ),
        (
            "The secretome eased lung injury partly via exosome-associated factor TSG-6.",
            ["TNFAIP6"],
        ),
        ("Vesicle-bound IL-1Ra calmed the joints.", ["IL1RN"]),
    ],
)
def test_a_protein_called_the_vesicles_factor_is_cargo(sentence: str, expected: list[str]) -> None:
    assert [e.label for e in carried_genes(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the vesicles loaded with a protein, said the other way round
        ("Curcumin acts with exosome-loaded SIRT1 to calm the joints.", ["SIRT1"]),
        ("We grafted EV-loaded hydrogels into the defect.", []),
        # laboratory shorthand for the parent cells' overexpression, as si- and sh- for silencing
        ("Cells given BMSCs-oe-SIRT1-Exos lived longer.", ["SIRT1"]),
        ("The oe-HGF-MSCs released more vesicles.", ["HGF"]),
        # the noun of 'enriched in' after the vesicles, no verb of change between
        ("Proteomics of the vesicles revealed an enrichment of HGF and other factors.", ["HGF"]),
        ("The exosomes increased the enrichment of SIRT1 at the promoters.", []),
    ],
)
def test_loaded_overexpressed_and_enriched_cargo(sentence: str, expected: list[str]) -> None:
    assert [e.label for e in carried_genes(sentence)] == expected


def test_long_rna_names_and_every_pair_word_reach_the_acted_on_reading() -> None:
    # gene symbols of non-coding RNAs are long RNAs wherever the abstract names them, and a
    # 'relationship between X and miR-Y' is read as X acting on miR-Y as 'interaction' is
    assert {"klf3-as1", "linc00511", "xist"} <= long_rnas(
        ["Vesicles raised KLF3-AS1, LINC00511 and XIST in the recipient cells."]
    )
    told = "The long RNA GAS5 was high in the vesicles."
    for noun in ("interaction", "relationship"):
        found = acted_on_mirnas([told, f"The {noun} between GAS5 and miR-223 was confirmed."])
        assert found == {"miR-223"}, (noun, found)
