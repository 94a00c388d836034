"""Phenotypes MSC-EV abstracts name beyond the development set: bone, cartilage, immune, glial,
metabolic and organ-function readouts, tumour size, valence inherited through GO, and benefits an
EV product is said to have shown. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from exoatlas.model import Entity
from exoatlas.vocab import read_tsv, rules

from .reading import folded, read_abstract

TITLE = "Marrow stromal cell exosomes in a rat model"
TUMOUR_TITLE = "Marrow stromal cell exosomes in a mouse colon carcinoma model"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In vitro, the exosomes from marrow MSCs promoted osteogenic differentiation.",
            ("osteoblast differentiation", "increase", "regenerative"),
        ),
        (
            "The marrow MSC exosomes raised RUNX2 and osteocalcin in the recipient cells.",
            ("osteoblast differentiation", "increase", "regenerative"),
        ),
        (
            "The marrow MSC exosomes restrained osteoclastogenesis in ovariectomised rats.",
            ("osteoclast differentiation", "decrease", "protective"),
        ),
        (
            "The marrow MSC exosomes raised the bone mineral density of the femur.",
            ("ossification", "increase", "regenerative"),
        ),
        (
            "The marrow MSC exosomes enhanced chondrogenic differentiation of progenitors.",
            ("cartilage development", "increase", "regenerative"),
        ),
        (
            "The marrow MSC exosomes slowed the degradation of cartilage matrix in the knee.",
            ("tissue injury", "decrease", "protective"),
        ),
        (
            "The marrow MSC exosomes accelerated re-epithelialization of the skin defects.",
            ("wound healing", "increase", "regenerative"),
        ),
        (
            "The marrow MSC exosomes curbed microglial activation in the cortex.",
            ("microglial cell activation", "decrease", "protective"),
        ),
        (
            "The marrow MSC exosomes lowered GFAP in the injured cord.",
            ("astrocyte activation", "decrease", "protective"),
        ),
        (
            "The marrow MSC exosomes dampened T cell proliferation in the spleen.",
            ("lymphocyte proliferation", "decrease", "protective"),
        ),
        (
            "The marrow MSC exosomes suppressed the proliferation of hepatic stellate cells.",
            ("hepatic stellate cell proliferation", "decrease", "protective"),
        ),
        (
            "The marrow MSC exosomes raised the share of Tregs among splenocytes.",
            ("regulatory T cell frequency", "increase", "regenerative"),
        ),
        (
            "The marrow MSC exosomes lowered serum creatinine in the treated rats.",
            ("organ dysfunction", "decrease", "protective"),
        ),
        (
            "The marrow MSC exosomes raised the left ventricular ejection fraction after ligation.",
            ("functional recovery", "increase", "regenerative"),
        ),
        (
            "The marrow MSC exosomes lessened hepatic steatosis in mice on a fatty diet.",
            ("lipid accumulation", "decrease", "protective"),
        ),
        (
            "The marrow MSC exosomes lowered fasting blood glucose in diabetic rats.",
            ("blood glucose", "decrease", "protective"),
        ),
        (
            "The marrow MSC exosomes lowered the mortality of the septic rats by half.",
            ("mortality", "decrease", "protective"),
        ),
        (
            "The marrow MSC exosomes lowered the scarring of the healed skin.",
            ("fibrosis", "decrease", "protective"),
        ),
        (
            "The marrow MSC exosomes promoted tube formation by endothelial cells.",
            ("tube formation", "increase", "regenerative"),
        ),
    ],
)
def test_a_phenotype_outside_the_development_set_is_read_with_its_role(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = read_abstract(TITLE, sentence)
    assert tuple(x.casefold() for x in expected) in folded(found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In the treated mice, the marrow MSC exosomes lowered tumour volume and weight.",
            ("tumor growth", "decrease", "anti_tumor"),
        ),
        (
            "The marrow MSC exosomes induced G1 arrest in the carcinoma cells.",
            ("cell cycle", "decrease", "anti_tumor"),
        ),
        (
            "The marrow MSC exosomes raised the stemness of the carcinoma cells.",
            ("cell stemness", "increase", "pro_tumor"),
        ),
    ],
)
def test_tumour_readouts_take_a_tumour_role(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in read_abstract(TUMOUR_TITLE, sentence)


def test_insulin_sensitivity_is_not_drug_resistance() -> None:
    found = read_abstract(
        TITLE, "The marrow MSC exosomes improved insulin sensitivity in obese rats."
    )
    assert ("response to insulin", "increase", "regenerative") in found
    assert not [f for f in found if "resistance" in f[0].casefold()], found


def test_a_benefit_the_vesicles_showed_names_what_it_lowers() -> None:
    found = read_abstract(
        TITLE, "The marrow MSC exosomes exhibited protective effects against acute kidney injury."
    )
    assert ("Acute Kidney Injury", "decrease", "protective") in found


def test_a_benefit_stated_in_the_present_is_background() -> None:
    found = read_abstract(
        TITLE, "Marrow MSCs and their exosomes exert protective effects against kidney injury."
    )
    assert not found


def test_a_hedged_benefit_is_not_a_finding() -> None:
    found = read_abstract(
        TITLE, "The marrow MSC exosomes may have had protective effects against kidney injury."
    )
    assert not found


def test_a_go_process_inherits_the_valence_of_its_nearest_ancestor() -> None:
    # keratinocyte migration is a cell migration (valence.tsv: beneficial)
    migration = rules.valence(
        Entity(curie="go:0051546", label="keratinocyte migration", kind="process")
    )
    assert migration is not None and migration.valence == "beneficial"
    # a hand row wins over inheritance: lymphocyte proliferation is not a good proliferation
    lymph = rules.valence(
        Entity(curie="go:0046651", label="lymphocyte proliferation", kind="process")
    )
    assert lymph is not None and lymph.valence == "harmful"
    # T cell proliferation inherits from it, not from cell population proliferation
    t_cells = rules.valence(
        Entity(curie="go:0042098", label="T cell proliferation", kind="process")
    )
    assert t_cells is not None and t_cells.valence == "harmful"


def test_inherited_valences_say_where_they_come_from() -> None:
    hand = {r["curie"] for r in read_tsv("valence.tsv")}
    rows = read_tsv("go_valence.tsv")
    assert rows
    for row in rows:
        assert row["curie"] not in hand, row["curie"]
        assert row["source"].strip() and row["from"], row["curie"]
        assert set(row["from"].split(";")) <= hand, row["curie"]
