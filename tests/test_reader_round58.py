"""Fifty-eighth session: faults left by the fifty-seventh session's lists; each shown with
sentences written for these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from .reading import folded, read_abstract, read_records, topic_findings

_TUMOUR_TITLE = "Bone marrow stromal cell exosomes carrying miR-7 slow gastric tumour growth"


def test_a_bare_measure_joined_to_a_tumour_measure_is_no_effect_of_its_own() -> None:
    """('reduced tumor volume and weight' read 'weight' as an unnamed effect beside tumour
    growth: two findings for one result)"""
    for sentence in (
        "In xenograft-bearing mice the BMSC exosomes lowered tumour volume and weight.",
        "In xenograft-bearing mice the BMSC exosomes lowered tumour weight and size.",
        "In xenograft-bearing mice the BMSC exosomes lowered the weight and volume of tumours.",
    ):
        found = folded(read_abstract(_TUMOUR_TITLE, sentence))
        labels = {label for label, *_ in found}
        assert not labels & {"weight", "size", "volume"}, sentence
        assert any(role == "anti_tumor" and d == "decrease" for _, d, role in found), sentence


def test_a_measure_with_its_own_modifier_is_still_read() -> None:
    """guard: a joined measure naming its own thing ('blood flow and the capillary density')
    is not taken for the first one's."""
    found = folded(
        read_abstract(
            "Adipose stem cell vesicles ease hind-limb ischaemia",
            "The ADSC vesicles raised limb blood flow and the capillary density in mice.",
        )
    )
    assert ("angiogenesis", "increase", "regenerative") in found
    assert ("blood circulation", "increase", "regenerative") in found


def _deep_cargo(title: str, *sentences: str) -> set[str]:
    """The cargo the deep reader's findings carry (not the keyword window's, which takes any
    miRNA a sentence names)."""
    return {
        e.label
        for r in read_records(title, *sentences)
        if "deep:" in r.evidence.extractor
        for e in r.finding.cargo
    }


def test_a_class_of_mirnas_raised_in_the_vesicles_names_the_next_sentences_mirnas_as_cargo() -> (
    None
):
    """('N miRNAs were upregulated in hypoxic ADSC-exos. Among them, miR-A and miR-B ...': the
    two named were not taken for the vesicles' cargo unless the first sentence said
    'sequencing')"""
    cargo = _deep_cargo(
        "Hypoxic adipose stem cell exosomes speed diabetic wound healing",
        "We saw that 140 miRNAs were upregulated in the hypoxic ADSC-exos over normoxic ones.",
        "Among them, miR-210-3p and miR-92a-3p were tied to wound repair.",
        "The hypoxic ADSC-exos accelerated wound closure in diabetic mice.",
    )
    assert {"hsa-miR-210-3p", "hsa-miR-92a-3p"} <= cargo


def test_mirnas_raised_in_treated_recipients_are_not_cargo() -> None:
    """guard: a class raised in cells, skin or wounds the vesicles treated is the recipients'
    ('upregulated in fibroblasts treated with ADSC-exos', 'in the skin of exosome-injected
    mice', 'in wounds receiving exosomes')."""
    for first in (
        "We saw that 14 miRNAs were upregulated in fibroblasts treated with ADSC-exos.",
        "We saw that 30 miRNAs were upregulated in the skin of exosome-injected mice.",
        "We saw that 30 miRNAs were upregulated in fibroblasts after exosome treatment.",
        "We saw that 30 miRNAs were downregulated in wounds receiving exosomes.",
    ):
        cargo = _deep_cargo(
            "Adipose stem cell exosomes speed diabetic wound healing",
            first,
            "Among them, miR-210-3p and miR-92a-3p were tied to wound repair.",
            "The ADSC-exos accelerated wound closure in diabetic mice.",
        )
        assert not {"hsa-miR-210-3p", "hsa-miR-92a-3p"} & cargo, first


def test_members_set_against_each_other_by_whereas_stay_cargo() -> None:
    """('Up-regulated miR-A whereas down-regulated miR-B ...' after a sentence naming the EVs'
    changed miRNAs as a class: a 'whereas' inside the sentence was taken for a contrast with
    the class, and neither was cargo)"""
    cargo = _deep_cargo(
        "Hypoxic adipose stem cell exosomes speed diabetic wound healing",
        "We saw that 140 miRNAs were upregulated in the hypoxic ADSC-exos over normoxic ones.",
        "Up-regulated miR-210-3p whereas down-regulated miR-146-a were tied to repair.",
        "The hypoxic ADSC-exos accelerated wound closure in diabetic mice.",
    )
    assert {"hsa-miR-210-3p", "hsa-mir-146a"} <= cargo


def test_a_sentence_opening_with_a_contrast_places_its_mirna_elsewhere() -> None:
    """guard: 'In contrast, miR-X ...' after the class is set against it, not its member."""
    cargo = _deep_cargo(
        "Hypoxic adipose stem cell exosomes speed diabetic wound healing",
        "We saw that 140 miRNAs were upregulated in the hypoxic ADSC-exos over normoxic ones.",
        "In contrast, miR-210-3p was tied to poor repair.",
        "The hypoxic ADSC-exos accelerated wound closure in diabetic mice.",
    )
    assert "hsa-miR-210-3p" not in cargo


def test_a_paralogue_letter_after_a_hyphen_is_the_mirna() -> None:
    """('miR-146-a' was an ungrounded name)"""
    from exoatlas.ground import ground_mention

    found = ground_mention("miR-146-a", ("mirna",)).best
    assert found is not None and found.label == "hsa-mir-146a"
    assert ground_mention("miR-155-ko", ("mirna",)).best is None


_GASTRIC_TITLE = "Bone marrow stromal cell exosomes in gastric cancer"


@pytest.mark.parametrize(
    "sentence",
    [
        # ('decreased E-cadherin' read no finding: the parser took 'E', '-' and 'cadherin' for
        # three objects)
        "In the gastric cancer cells the BMSC exosomes decreased E-cadherin.",
        # (the epithelial markers lowered, named as a class, read no finding)
        "In gastric cancer cells the BMSC exosomes lowered the epithelial markers.",
    ],
)
def test_an_epithelial_marker_lowered_reads_as_emt(sentence: str) -> None:
    """A one-letter gene prefix keeps the gene one noun ('E-cadherin'), and the epithelial
    markers named as a class are read as E-cadherin is."""
    found = folded(read_abstract(_GASTRIC_TITLE, sentence))
    assert ("epithelial to mesenchymal transition", "increase", "pro_tumor") in found


def test_the_mscs_own_mesenchymal_markers_are_no_emt() -> None:
    """guard: 'mesenchymal markers' in an MSC-EV abstract mostly names the MSCs' identity
    markers (CD73, CD90, CD105), no transition of anyone's."""
    found = read_abstract(
        "Young marrow stromal cell exosomes rejuvenate aged MSCs",
        "The young MSC exosomes kept up the expression of mesenchymal markers CD73, CD90 and CD105"
        " in aged MSCs.",
    )
    assert not any(label == "epithelial to mesenchymal transition" for label, *_ in found)


def test_a_protein_delivered_by_the_vesicles_as_a_noun_phrase_is_cargo() -> None:
    """('X delivery by MSC-derived EVs', 'EV-mediated X delivery': the protein was not read as
    the vesicles' cargo)"""
    from exoatlas.read.cargo import carried_genes

    for sentence in (
        "TRAIL delivery by bone marrow MSC-derived vesicles kills lung cancer cells",
        "EV-mediated TRAIL delivery could get round this resistance.",
    ):
        assert [e.label for e in carried_genes(sentence)] == ["TNFSF10"], sentence
    for sentence in (
        "Free VEGF delivery in the absence of EVs was poor in diabetic wounds.",
        "VEGF delivery with or without MSC exosomes was compared.",
        "The EVs restored BDNF transport in synaptic vesicles of injured neurons.",
    ):
        assert carried_genes(sentence) == [], sentence


def test_the_vesicles_tropism_is_no_effect_and_no_tumour() -> None:
    """('taxol-loaded MSC EVs express enhanced SDF-1-mediated tumour tropism' read as tumours
    raised, pro-tumour; without 'SDF-1-mediated', as GO's plant tropism)"""
    for title in (
        "Taxol-loaded stromal cell vesicles show enhanced SDF-1-mediated tumour tropism",
        "Taxol-loaded stromal cell vesicles show enhanced tumour tropism",
    ):
        found = read_abstract(
            title,
            "The taxol-loaded MSC vesicles were given to mice bearing lung tumours.",
            "The taxol-loaded MSC vesicles shrank the lung tumours.",
        )
        assert not any(role == "pro_tumor" or label == "tropism" for label, _, role in found)
        assert any(role == "anti_tumor" for *_, role in found), title


def test_a_measure_the_vesicles_themselves_show_is_their_property() -> None:
    """('EVs from hypoxia-treated MSCs displayed a larger size' read as 'size' raised,
    regenerative; it also kept the keyword window from a later sentence)"""
    records = read_records(
        "Hypoxic marrow stromal cell vesicles in kidney injury",
        "Vesicles isolated from hypoxia-treated MSCs displayed a larger size than normoxic ones.",
        "The hypoxic MSC vesicles lowered apoptosis of tubular cells.",
    )
    found = {(r.finding.outcome.process.label, r.finding.outcome.role) for r in records}
    assert ("size", "regenerative") not in found
    assert ("apoptotic process", "protective") in found


def test_a_measure_of_vesicle_treated_tumours_is_still_an_effect() -> None:
    """guard: 'the EV-treated tumours displayed a smaller size' is the tumours' size (the
    subject's own noun decides, not a vesicle word in its modifier)."""
    found = folded(
        read_abstract(
            _TUMOUR_TITLE, "The EV-treated tumours displayed a smaller size than controls."
        )
    )
    assert ("size", "decrease", "anti_tumor") in found


def test_a_smaller_lesion_measure_in_treated_animals_is_still_an_effect() -> None:
    """guard: the animals' measure ('rats given the EVs showed a smaller infarct size') is the
    effect, not the vesicles' property."""
    found = folded(
        read_abstract(
            "Hypoxic marrow stromal cell vesicles in stroke",
            "Rats given hypoxic MSC exosomes showed a smaller infarct size.",
        )
    )
    assert any(d == "decrease" and role == "protective" for _, d, role in found)


def test_effects_the_vesicles_revealed_are_theirs() -> None:
    """('the hypoxic MSC exosomes revealed significant protective effects in injured tubular
    cells' read no finding: 'reveal' was no verb that shows an effect)"""
    found = folded(
        read_abstract(
            "Hypoxic marrow stromal cell vesicles in kidney injury",
            "The hypoxic MSC vesicles revealed marked protective effects in injured tubular cells.",
        )
    )
    assert ("tissue injury", "decrease", "protective") in found


def test_these_parent_cells_are_not_their_vesicles() -> None:
    """('these BMSCs demonstrated increased adipogenesis' read as the vesicles raising fat cell
    differentiation, pathogenic: 'these' was taken for a reference to the EVs)"""
    found = read_abstract(
        "Marrow stromal cell exosomes in age-related bone loss",
        "BMSC exosomes were collected from young and aged rats.",
        "These BMSCs showed raised adipogenesis and lowered osteogenesis.",
        "The young BMSC exosomes raised osteogenesis of the aged BMSCs.",
    )
    assert not any(role == "pathogenic" for *_, role in found)
    assert any(role == "regenerative" for *_, role in found)


def test_an_msc_word_as_a_modifier_still_refers_to_the_vesicles() -> None:
    """guard: 'These MSC products', 'This MSC therapy' after the vesicles were given are the
    vesicles (only a phrase whose noun is the cells refers to the cells)."""
    for subject in ("These MSC products", "This MSC therapy"):
        found = folded(
            read_abstract(
                "Marrow stromal cell exosomes in myocardial infarction",
                "Exosomes from marrow MSCs were injected into rats after coronary ligation.",
                f"{subject} reduced fibrosis and apoptosis.",
            )
        )
        assert ("apoptotic process", "decrease", "protective") in found, subject


def test_these_treated_cells_or_animals_still_show_the_vesicles_effect() -> None:
    """guard: recipients a treatment sentence named ('These cells showed reduced apoptosis'
    after HK-2 cells were given the EVs) carry the vesicles' effect."""
    found = folded(
        read_abstract(
            "Marrow stromal cell exosomes in kidney injury",
            "HK-2 cells were treated with MSC exosomes.",
            "These cells showed reduced apoptosis.",
        )
    )
    assert ("apoptotic process", "decrease", "protective") in found


def test_a_reviews_we_discussed_sentence_names_its_msc_topic() -> None:
    """(a review of EVs in fatty liver disease whose one MSC sentence was 'We also discussed
    studies on MSC EVs ... preventing liver fibrosis' was read as about nothing)"""
    found = topic_findings(
        "Vesicles in the course of fatty liver disease: an update",
        "Fatty liver disease spans simple steatosis to cirrhosis.",
        "In this review, we summarised what fat cell and liver cell vesicles do in the disease.",
        "We also discussed earlier work on MSC EVs, which drew notice for their effects on"
        " preventing liver fibrosis.",
    )
    assert any(d == "decrease" and role == "protective" for _, d, role in found)
