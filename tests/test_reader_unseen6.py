"""Title forms a sixth round of real records nobody on the project had read showed the reader
missing (a paper whose only claim is its title, or whose abstract was cut short, then gave no
role), each probed with titles written for these tests (none is taken from a record): the EVs
set beside a therapy across a title's colon however the parse hangs it, on either side of the
colon, or 'as' a therapy in a title with no verb; the disease behind 'the treatment of'; and an
'on X' phrase the parse hung on the EVs' own modifier ('effects of EVs derived from MSCs on X')."""

from __future__ import annotations

import pytest

from .reading import folded, read_abstract


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Adipose Stromal Cell-Derived Small Extracellular Vesicles: A New Cell-Free Remedy for "
            "Sepsis",
            ("sepsis", "decrease", "protective"),
        ),
        (
            "Marrow MSC-Derived Exosomes as a Novel Cell-Free Strategy for the Treatment of Kidney "
            "Fibrosis",
            ("fibrosis", "decrease", "protective"),
        ),
        (
            "Gingival MSC exosomes as a fresh option against pulmonary fibrosis",
            ("fibrosis", "decrease", "protective"),
        ),
        (
            "A New Therapy for Glioma: MSCs Releasing Exosomes Loaded with a Tumour-Suppressive "
            "miRNA",
            ("glioma", "decrease", "anti_tumor"),
        ),
        (
            "Therapeutic effects of small extracellular vesicles derived from umbilical cord MSCs "
            "on renal injury",
            ("wounds and injuries", "decrease", "protective"),
        ),
    ],
)
def test_a_title_claim_without_a_verb(title: str, expected: tuple[str, str, str]) -> None:
    assert expected in folded(read_abstract(title)), read_abstract(title)


@pytest.mark.parametrize(
    "title",
    [
        # a hedged therapy proposes, it does not claim
        "Adipose Stromal Cell-Derived Small Extracellular Vesicles: A Potential Remedy for Sepsis",
        # a verb makes it a sentence about what was tried, not the title's claim
        "Exosomes from MSCs were tested as a treatment for renal fibrosis",
    ],
)
def test_no_title_claim_when_hedged_or_tried(title: str) -> None:
    found = folded(read_abstract(title))
    assert not any(f[2] == "protective" for f in found), found


def test_other_vesicles_beside_a_therapy_are_no_msc_claim() -> None:
    found = folded(
        read_abstract(
            "Keratinocyte Line-Derived Vesicles as a New Treatment for Skin Fibrosis",
            "Bone marrow MSC-derived exosomes were kept as a comparison group.",
        )
    )
    assert ("fibrosis", "decrease", "protective") not in found, found


def test_a_drug_toxicity_to_an_organ_is_its_injury() -> None:
    found = folded(
        read_abstract(
            "Cord MSC exosomes and kidney harm",
            "Cord MSC exosomes given before cisplatin lowered its nephrotoxicity in rats.",
        )
    )
    assert ("tissue injury", "decrease", "protective") in found, found


@pytest.mark.parametrize("amount", ["Compelling", "Increasing", "Emerging", "Multiple"])
def test_the_fields_findings_under_other_words_are_background(amount: str) -> None:
    found = folded(
        read_abstract(
            "Bone marrow MSC exosomes and myeloma",
            f"{amount} studies have shown that bone marrow MSC exosomes raise myeloma cell "
            "proliferation.",
            "We then grew myeloma cells in medium alone.",
        )
    )
    assert not any(f[0] == "cell population proliferation" for f in found), found


def test_an_immunomodulatory_role_is_a_benefit_outside_a_tumour() -> None:
    title = "A strong immunomodulatory role of placental MSC exosomes in preventing aGVHD"
    found = folded(read_abstract(title))
    assert ("inflammatory response", "decrease", "protective") in found, found
    assert ("inflammatory response", "increase", "pathogenic") not in found, found


def test_a_transplant_disease_written_short_is_grounded() -> None:
    found = folded(
        read_abstract(
            "Cord MSC exosomes and transplantation",
            "Cord MSC exosomes alleviated cGVHD in transplanted mice.",
        )
    )
    assert ("graft vs host disease", "decrease", "protective") in found, found
