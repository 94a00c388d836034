"""Roles that depend on whose cells change: in a fibrotic, synovial or vascular disease some cells
are the disease itself (myofibroblasts, hepatic stellate cells, fibrotic or keloid fibroblasts,
fibroblast-like synoviocytes), and their proliferation, migration and survival feed it as a
tumour's do, while in a wound a fibroblast that proliferates heals it. And a named disease other
than a tumour that the EVs lessen is relieved, not fought as a tumour, when the same sentence
also names a cancer; and a generic noun's examples ('the functions of the cells, including A and B')
are each what changed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .reading import folded, read_abstract

TITLE = "Exosomes of umbilical cord mesenchymal stromal cells in organ fibrosis"
GIVEN = "Exosomes of umbilical cord MSCs (UC-Exos) were collected by ultracentrifugation."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "UC-Exos inhibited the proliferation and migration of fibrotic skin fibroblasts and "
            "raised their apoptosis.",
            {
                ("cell population proliferation", "decrease", "protective"),
                ("cell migration", "decrease", "protective"),
                ("apoptotic process", "increase", "protective"),
            },
        ),
        (
            "The migration of activated hepatic stellate cells was blocked by UC-Exos.",
            {("cell migration", "decrease", "protective")},
        ),
        (
            "UC-Exos lowered the proliferation of myofibroblasts in the scarred lung.",
            {("cell population proliferation", "decrease", "protective")},
        ),
        (
            "UC-Exos induced apoptosis of fibroblast-like synoviocytes.",
            {("apoptotic process", "increase", "protective")},
        ),
        (
            "UC-Exos inhibited TGF-β1-induced proliferation of cardiac fibroblasts.",
            {("cell population proliferation", "decrease", "protective")},
        ),
    ],
)
def test_what_feeds_cells_that_are_the_disease_is_harm(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    found = folded(read_abstract(TITLE, GIVEN, sentence))
    assert expected <= found, found
    assert not {f for f in found if f[0] in {e[0] for e in expected} and f[2] == "pathogenic"}


def test_a_fibroblast_that_proliferates_in_a_wound_still_heals_it() -> None:
    found = folded(
        read_abstract(
            "Exosomes of umbilical cord mesenchymal stromal cells in skin wounds",
            GIVEN,
            "UC-Exos raised the proliferation and migration of wound-edge skin fibroblasts.",
        )
    )
    assert ("cell population proliferation", "increase", "regenerative") in found, found
    assert ("cell migration", "increase", "regenerative") in found, found


def test_a_tumour_cell_that_stops_proliferating_is_still_anti_tumour() -> None:
    found = folded(
        read_abstract(
            "Exosomes of umbilical cord mesenchymal stromal cells in liver cancer",
            GIVEN,
            "UC-Exos lowered the proliferation of hepatoma cells.",
        )
    )
    assert ("cell population proliferation", "decrease", "anti_tumor") in found, found


def test_a_disease_lessened_beside_a_named_cancer_is_relieved_not_fought() -> None:
    found = folded(
        read_abstract(
            "Exosomes of umbilical cord mesenchymal stromal cells across diseases",
            GIVEN,
            "UC-Exos relieved acute liver failure in mice, as they had relieved colitis and "
            "slowed breast cancer in earlier models.",
        )
    )
    roles = {role for process, _, role in found if process.casefold().startswith("liver failure")}
    assert roles == {"protective"}, found


@pytest.mark.parametrize(
    "sentence",
    [
        "UC-Exos improved the functions of hypoxic endothelial cells, including proliferation, "
        "migration and tube formation.",
        "UC-Exos enhanced the behaviours of cultured keratinocytes such as proliferation, "
        "migration and tube formation.",
    ],
)
def test_each_example_a_generic_noun_lists_is_read(sentence: str) -> None:
    found = folded(read_abstract(TITLE, GIVEN, sentence))
    assert {
        ("cell population proliferation", "increase", "regenerative"),
        ("cell migration", "increase", "regenerative"),
        ("tube formation", "increase", "regenerative"),
    } <= found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "UC-Exos raised ALP activity in the cultured osteoblasts.",
        "UC-Exos strengthened alizarin red staining of the differentiating preosteoblasts.",
        "UC-Exos increased the number of calcified nodules in the osteoblast cultures.",
    ],
)
def test_the_osteogenic_assays_read_as_osteoblast_differentiation(sentence: str) -> None:
    found = folded(read_abstract("Exosomes of umbilical cord MSCs in bone loss", GIVEN, sentence))
    assert ("osteoblast differentiation", "increase", "regenerative") in found, found


def test_serum_alkaline_phosphatase_is_no_osteogenic_assay() -> None:
    found = folded(
        read_abstract(
            "Exosomes of umbilical cord MSCs in liver injury",
            GIVEN,
            "UC-Exos lowered serum alkaline phosphatase activity in the injured mice.",
        )
    )
    assert not {f for f in found if f[0] == "osteoblast differentiation"}, found


@pytest.mark.parametrize(
    "sentence",
    [
        "UC-Exos lowered hepatocyte apoptosis and the proliferation of hepatic stellate cells.",
        "UC-Exos lowered the apoptosis of hepatocytes triggered by activated stellate cells.",
        "UC-Exos lowered the apoptosis of hepatocytes, which were co-cultured with myofibroblasts.",
    ],
)
def test_only_the_cells_whose_change_it_is_give_the_context(sentence: str) -> None:
    found = folded(read_abstract(TITLE, GIVEN, sentence))
    assert ("apoptotic process", "decrease", "protective") in found, found
    assert ("apoptotic process", "decrease", "pathogenic") not in found, found


def test_a_negation_stays_in_its_clause() -> None:
    found = folded(
        read_abstract(TITLE, GIVEN, "UC-Exos did not raise serum ALT but lowered hepatic fibrosis.")
    )
    assert ("fibrosis", "decrease", "protective") in found, found
