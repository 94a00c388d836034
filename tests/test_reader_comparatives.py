"""Results stated as a difference between groups, in the forms a results paragraph uses and the
small parser misreads (own sentences): an effect the vocabulary does not name, a comparative
tagged as a noun, a subject parsed as a clause, a comparative word inside the object's name."""

from __future__ import annotations

import pytest

from .reading import folded, parsed_finding, read_abstract

TITLE = "Vesicles of umbilical cord mesenchymal stromal cells in obstructive kidney disease"
GIVEN = (
    "Obstructed rats were given small vesicles of umbilical cord MSCs (UC-MSC-EVs) or a vehicle."
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the object is an effect only its head noun's valence names ('deposition': harmful)
        (
            "UC-MSC-EV-treated rats showed less collagen deposition in the cortex.",
            ("collagen deposition", "decrease", "protective"),
        ),
        (
            "Collagen deposition was markedly lower in the UC-MSC-EV group than in the "
            "vehicle group.",
            ("collagen deposition", "decrease", "protective"),
        ),
        # 'milder' tagged as a noun, predicated of the process or modifying it
        (
            "Interstitial fibrosis was milder in rats that received UC-MSC-EVs.",
            ("fibrosis", "decrease", "protective"),
        ),
        (
            "Compared with the vehicle, UC-MSC-EV-treated rats showed milder tubular fibrosis.",
            ("fibrosis", "decrease", "protective"),
        ),
        (
            "The UC-MSC-EV-treated rats had milder fibrosis of the medulla.",
            ("fibrosis", "decrease", "protective"),
        ),
        # 'Rats given X had ...' parsed with 'given X' as a clause subject
        (
            "Rats given UC-MSC-EVs had fewer apoptotic epithelial cells at day seven.",
            ("apoptotic process", "decrease", "protective"),
        ),
    ],
)
def test_a_group_difference_in_the_forms_results_use(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = read_abstract(TITLE, GIVEN, sentence)
    assert expected in folded(found), found


def test_the_comparative_is_not_part_of_the_effect_name() -> None:
    found = read_abstract(TITLE, GIVEN, "UC-MSC-EV-treated rats showed less matrix deposition.")
    labels = {label.casefold() for label, _, _ in found}
    assert "matrix deposition" in labels, found
    assert not any(label.startswith("less") for label in labels), found


def test_a_comparator_group_as_subject_gives_the_evs_no_harm() -> None:
    found = read_abstract(
        TITLE, GIVEN, "The vehicle group showed more collagen deposition than the UC-MSC-EV group."
    )
    assert not [f for f in found if f[1] == "increase"], found


# -- a change said of the comparison group, then of the EVs' group -----------------------------

MODEL = "Vesicles of umbilical cord mesenchymal stromal cells protect the obstructed kidney"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Blood urea nitrogen rose sharply in the obstruction group but fell after UC-MSC-EV "
            "infusion.",
            ("organ dysfunction", "decrease", "protective"),
        ),
        (
            "Levels of TNF-alpha were raised in the vehicle group and lowered in the UC-MSC-EV "
            "group.",
            ("inflammatory response", "decrease", "protective"),
        ),
        (
            "Tubular injury was worsened in the cisplatin group and relieved by UC-MSC-EVs.",
            ("wounds and injuries", "decrease", "protective"),
        ),
    ],
)
def test_the_evs_half_of_a_coordinated_comparison_is_read(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = read_abstract(MODEL, GIVEN, sentence)
    assert expected in folded(found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Blood urea nitrogen rose sharply in the obstruction group but fell after UC-MSC-EV "
        "infusion.",
        "Tubular apoptosis was strongly increased in the cisplatin group, which the UC-MSC-EVs "
        "prevented.",
        "Interstitial fibrosis was increased in sham-operated control rats as well.",
        "Collagen deposition was increased in vehicle rats but not in rats given UC-MSC-EVs.",
        "Tubular apoptosis rose markedly in the cisplatin group, which was reversed by UC-MSC-EVs.",
    ],
)
def test_a_rise_in_the_comparison_group_is_no_harm_of_the_evs(sentence: str) -> None:
    found = read_abstract(MODEL, GIVEN, parsed_finding("UC-MSC-EVs"), sentence)
    assert not [f for f in found if f[2] == "pathogenic"], found


def test_a_comparative_on_a_compound_modifier_qualifies_the_whole_noun() -> None:
    found = read_abstract(
        "Vesicles of umbilical cord mesenchymal stromal cells in skin wounds",
        "Wounded rats were given small vesicles of umbilical cord MSCs (UC-MSC-EVs).",
        parsed_finding("UC-MSC-EVs"),
        "Dosing with UC-MSC-EVs resulted in faster wound closure.",
    )
    assert ("wound healing", "increase", "regenerative") in folded(found), found


def test_a_closing_adjunct_the_parser_hangs_on_a_contrast_clause_is_said_of_both() -> None:
    found = read_abstract(
        MODEL,
        GIVEN,
        parsed_finding("UC-MSC-EVs"),
        "Renal MDA levels fell, while catalase activity rose, after UC-MSC-EV infusion.",
    )
    assert ("response to oxidative stress", "decrease", "protective") in folded(found), found
