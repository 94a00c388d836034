"""Cargo forms an eighth-round probe set showed the reader missing: made-up abstracts crossing
cargo names (miRNAs in every spelling, lncRNAs, circRNAs, proteins by symbol and by long name,
mRNAs) with the constructions that say the vesicles carry them, checked on unseen web abstracts.
Each form is probed here with sentences written for these tests (none is taken from an abstract):
the active past of a cargo verb ('the EVs shuttled X'), 'X was highly expressed in the EVs', a
superlative of amount ('X was the most abundant protein in the EVs'), a long '-derived' product
name after 'X in', a symbol defined in brackets after its long form (read as the long form when the
symbol names two genes), 'X mRNA' as the thing named, 'microRNA-N-enriched', the miRNAs a sentence
names right after one that names the vesicles' miRNAs as a class, and 'X modified EVs' with a
space. What the recipients hold stays out."""

from __future__ import annotations

from exoatlas.read.cargo import carried_genes

from .reading import read_cargo


def _genes(sentence: str) -> list[str]:
    return [e.label for e in carried_genes(sentence)]


def test_the_active_past_of_shuttling_names_cargo() -> None:
    assert _genes("The marrow MSC vesicles shuttled TSG-6 into injured hepatocytes.") == ["TNFAIP6"]


def test_highly_expressed_in_the_vesicles_is_cargo_but_not_in_their_recipients() -> None:
    assert _genes("HSP70 was abundantly expressed in the marrow MSC exosomes.") == ["HSPA1A"]
    assert _genes("IL-6 was highly expressed in macrophages treated with the exosomes.") == []


def test_a_superlative_of_amount_in_the_vesicles_is_cargo() -> None:
    found = _genes(
        "Mass spectrometry showed PD-L1 was the most abundant protein in the ADSC vesicles."
    )
    assert found == ["CD274"]


def test_a_long_derived_product_name_after_in() -> None:
    found = _genes(
        "VEGF in human placenta mesenchymal stem cell-derived exosomes eases limb ischemia"
    )
    assert found == ["VEGFA"]


def test_a_symbol_defined_in_brackets_before_the_frame() -> None:
    found = _genes(
        "Milk fat globule-EGF factor 8 (MFG-E8) was enriched in the dental pulp MSC EVs."
    )
    assert found == ["MFGE8"]


def test_a_symbol_naming_two_genes_is_read_by_its_long_form() -> None:
    # 'Ang-1' alone names two genes; the sentence says which by the long form before it
    found = _genes(
        "MVs from marrow MSCs also carried a large amount of angiopoietin-1 (Ang-1) mRNA."
    )
    assert found == ["ANGPT1"]
    found = _genes("Angiopoietin-1 (Ang-1) was abundant in the marrow MSC exosomes.")
    assert found == ["ANGPT1"]


def test_a_gene_named_with_mrna_before_the_frame() -> None:
    assert _genes("KGF mRNA was abundant in the cord MSC exosomes.") == ["FGF7"]


def test_microrna_spelled_out_before_a_hyphenated_modifier() -> None:
    labels = read_cargo(
        "Adipose MSC exosomes help ischemic limbs",
        "The microRNA-210-enriched exosomes from adipose MSCs raised endothelial tube formation.",
    )
    assert any("210" in x for x in labels)


def test_the_mirnas_named_after_a_sentence_on_the_vesicles_mirna_class() -> None:
    labels = read_cargo(
        "Dental pulp MSC exosomes ease periodontitis",
        "Exosomes from dental pulp MSCs reduced alveolar bone loss in rats.",
        "Small RNA sequencing found many miRNAs enriched in the dental pulp MSC exosomes.",
        "miR-1246 and miR-30c were predicted to act on SMAD7.",
    )
    assert any("1246" in x for x in labels) and any("30c" in x for x in labels)
    # a class of miRNAs the recipients hold: the miRNA named next is theirs
    labels = read_cargo(
        "Dental pulp MSC exosomes ease periodontitis",
        "Exosomes from dental pulp MSCs reduced alveolar bone loss in rats.",
        "Small RNA sequencing profiled miRNAs in gingival fibroblasts treated with the exosomes.",
        "miR-155 was lower in the treated fibroblasts.",
    )
    assert not any("155" in x for x in labels)


def test_a_gene_modified_vesicle_written_with_a_space() -> None:
    assert _genes("SIRT1 engineered exosomes from adipose MSCs lowered apoptosis.") == ["SIRT1"]
    # the parent cells engineered with a gene: the annotators' engineering, not cargo
    assert _genes("Exosomes from SIRT1 engineered adipose MSCs lowered apoptosis.") == []
