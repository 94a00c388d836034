"""Round-25 reader rules, from our own probe sentences after helpers A26 (lung, kidney, liver,
gut, immunity), B26 (bone, wounds, cancer) and C26 (unusual writing): an engineered product named
with what it carries before a title's verb ('MSC exosomes overexpressing miR-X alleviate Y'),
which gave a relevant paper no finding; cytotoxicity in a tumour study; a condition's cause
written without its hyphen ('in COVID-19 induced ARDS') or with it in a verbless title ('MSC
exosomes in cisplatin-induced apoptosis'), which were read as the vesicles raising the harm; and a
second verb the parser hung on the first verb's list of objects."""

from __future__ import annotations

import pytest

from .reading import folded, read_abstract

ABSTRACT = "Mice were given exosomes of mesenchymal stem cells."


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the parser makes the verb the complement of the participle, the cargo its subject
        # (no finding before the rule)
        (
            "Bone mesenchymal stem cells-derived exosomes overexpressing microRNA-26a-5p mitigate "
            "intervertebral disc degeneration via down-regulation of PTGS2",
            ("intervertebral disc degeneration", "decrease", "protective"),
        ),
        # guards, read so before and after
        (
            "Umbilical cord MSC exosomes enriched in miR-126 promote angiogenesis in diabetic "
            "wounds",
            ("angiogenesis", "increase", "regenerative"),
        ),
        (
            "Human adipose MSC-derived exosomes overexpressing miR-99 attenuate cartilage "
            "degeneration in osteoarthritis",
            ("tissue injury", "decrease", "protective"),
        ),
        (
            "Human bone marrow MSC-derived exosomes overexpressing miR-99 alleviate "
            "osteoarthritis via down-regulation of MMP13",
            ("osteoarthritis", "decrease", "protective"),
        ),
        (
            "MSC exosomes loaded with curcumin inhibit glioma growth",
            ("tumor growth", "decrease", "anti_tumor"),
        ),
    ],
)
def test_a_title_naming_what_the_vesicles_carry_still_reads_their_effect(
    title: str, expected: tuple[str, str, str]
) -> None:
    found = folded(read_abstract(title, ABSTRACT))
    assert expected in found, found


def test_a_loss_arm_named_before_the_verb_stays_unread() -> None:
    # a guard, unread before and after: 'lacking X' names an arm that lost something
    title = "MSC exosomes lacking miR-21 aggravate cartilage degeneration"
    assert read_abstract(title, ABSTRACT) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The taxol-loaded exosomes induced cytotoxicity in lung cancer cells.",
        "The paclitaxel-loaded exosomes enhanced the killing of pancreatic cancer cells.",
    ],
)
def test_cytotoxicity_in_a_tumour_study_is_killing_of_its_cells(sentence: str) -> None:
    title = "Drug-loaded exosomes of mesenchymal stem cells against cancer"
    found = folded(read_abstract(title, "Tumour cells were given exosomes of MSCs.", sentence))
    assert ("cell killing", "increase", "anti_tumor") in found, found


def test_a_drugs_cytotoxicity_outside_a_tumour_is_still_injury() -> None:
    title = "Exosomes of mesenchymal stem cells in cisplatin nephrotoxicity"
    found = folded(
        read_abstract(title, ABSTRACT, "The exosomes reduced cisplatin cytotoxicity in tubules.")
    )
    assert ("tissue injury", "decrease", "protective") in found, found
    assert not any(label == "cell killing" for label, _, _ in found), found


@pytest.mark.parametrize(
    "title",
    [
        "Exosomes derived from MSCs in bleomycin induced pulmonary fibrosis",
        "Mesenchymal stromal cells and their extracellular vesicles in COVID-19 induced ARDS: "
        "a pilot trial",
        "Role of MSC exosomes in cisplatin-induced apoptosis of tubular cells",
    ],
)
def test_a_conditions_cause_in_a_verbless_title_is_no_rise_by_the_vesicles(title: str) -> None:
    found = read_abstract(title, ABSTRACT)
    assert not any(role == "pathogenic" for _, _, role in found), found
    assert not any(direction == "increase" for _, direction, _ in found), found


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a guard: the vesicles' own compound is their change, read so before and after
        (
            "MSC exosome-induced proliferation of fibroblasts",
            ("cell population proliferation", "increase", "regenerative"),
        ),
        # the cause's short form after the participle (read as a rise of ALI before)
        (
            "MSC exosomes attenuate LPS induced ALI in mice",
            ("acute lung injury", "decrease", "protective"),
        ),
    ],
)
def test_the_vesicles_own_compound_and_a_lowered_cause_read(
    title: str, expected: tuple[str, str, str]
) -> None:
    found = folded(read_abstract(title, ABSTRACT))
    assert expected in found, found


def test_a_second_verb_hung_on_the_first_verbs_objects_is_read() -> None:
    title = (
        "MSC-derived exosomes promote the growth, migration, and invasion and inhibit apoptosis "
        "of gastric cancer cells"
    )
    found = folded(read_abstract(title, "Gastric cancer cells were given exosomes of MSCs."))
    assert ("apoptotic process", "decrease", "pro_tumor") in found, found
    assert ("cell migration", "increase", "pro_tumor") in found, found
