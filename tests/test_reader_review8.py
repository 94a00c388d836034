"""Review items of the eighth session: rules of the round that misfired on ordinary sentences
(each sentence written for the test; each test fails on the round's merged code)."""

from __future__ import annotations

from exoatlas.read.abstract_facts import vesicle_cargo

from .reading import _document, folded, kept_by_triage, read_abstract

TITLE = "Bone marrow MSC exosomes in kidney injury"


def test_vesicles_free_of_a_contaminant_keep_their_effect() -> None:
    # 'devoid of' / 'lacking' mark a loss-of-function arm only before a gene or RNA name
    for sentence in (
        "The MSC exosomes, devoid of endotoxin, reduced tubular apoptosis and fibrosis.",
        "MSC exosomes lacking apoptotic bodies reduced tubular apoptosis and fibrosis.",
    ):
        found = folded(read_abstract(TITLE, sentence))
        assert ("apoptotic process", "decrease", "protective") in found, sentence


def test_vesicles_lacking_a_gene_are_still_an_arm() -> None:
    found = read_abstract(
        TITLE,
        "MSC exosomes lacking TSG-6 increased tubular apoptosis compared with control exosomes.",
    )
    assert ("apoptotic process", "increase", "pathogenic") not in found


def test_a_role_title_claims_nothing() -> None:
    title = "Role of adipose MSC vesicles in the treatment of renal fibrosis"
    use = "Use of adipose MSC vesicles in the treatment of renal fibrosis"
    assert read_abstract(use) == [("Fibrosis", "decrease", "protective")]
    assert all(direction != "decrease" for _, direction, _ in read_abstract(title))


def test_recipient_msc_educated_by_tumour_exosomes_is_no_source() -> None:
    assert not kept_by_triage(
        "Exosomes from glioma cells educate rat bone marrow mesenchymal stem cells "
        "to a tumour-supportive state."
    )


def _cargo(*sentences: str) -> list[str]:
    doc = _document("Dental pulp MSC exosomes in periodontitis", sentences)
    return [e.label for e in vesicle_cargo(doc)]


def test_the_class_members_are_not_miRNAs_placed_elsewhere() -> None:
    class_sentence = (
        "Small RNA sequencing found many miRNAs enriched in the dental pulp MSC exosomes."
    )
    assert "hsa-mir-146a" in _cargo(class_sentence, "miR-146a and miR-21 were the most abundant.")
    acting = "Among them, miR-146a lowered apoptosis of periodontal ligament cells."
    assert "hsa-mir-146a" in _cargo(class_sentence, acting)
    elsewhere = "In contrast, miR-155 was raised in gingival fibroblasts from the untreated rats."
    assert "hsa-mir-155" not in _cargo(class_sentence, elsewhere)
    negated = ("The MSC exosomes did not contain miRNAs.", "miR-21 of the rats was lower.")
    assert "hsa-mir-21" not in _cargo(*negated)
