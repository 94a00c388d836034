"""Standard readouts of MSC-EV animal studies the vocabulary lacked, and one parse of a pair of
kidney markers, found by a probe battery across topics (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .reading import folded, read_abstract, read_asserted

TITLE = "Exosomes of umbilical cord mesenchymal stromal cells in organ injury"
GIVEN = "Exosomes of umbilical cord MSCs (UC-Exos) were given by tail vein injection."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "UC-Exos lowered serum creatinine and blood urea nitrogen in the nephrectomized rats.",
            ("organ dysfunction", "decrease", "protective"),
        ),
        (
            "UC-Exos reduced the urinary NGAL and KIM-1 concentrations of the septic mice.",
            ("tissue injury", "decrease", "protective"),
        ),
        (
            "UC-Exos decreased Evans blue extravasation in the injured cortex.",
            ("endothelial permeability", "decrease", "protective"),
        ),
        (
            "UC-Exos suppressed ADAMTS5 and MMP13 in chondrocytes exposed to IL-1β.",
            ("cartilage development", "increase", "regenerative"),
        ),
        (
            "UC-Exos raised the sciatic function index eight weeks after nerve crush.",
            ("functional recovery", "increase", "regenerative"),
        ),
        (
            "UC-Exos reduced the urinary albumin-to-creatinine ratio of the db/db mice.",
            ("organ dysfunction", "decrease", "protective"),
        ),
        (
            "UC-Exos lowered plasma lipase and amylase after the caerulein injections.",
            ("tissue injury", "decrease", "protective"),
        ),
        (
            "UC-Exos restored the hepatic GSH and SOD levels.",
            ("response to oxidative stress", "decrease", "protective"),
        ),
    ],
)
def test_a_standard_readout_is_read_as_what_it_measures(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = folded(read_abstract(TITLE, GIVEN, sentence))
    assert expected in found, found


def test_a_second_comparative_in_a_coordination_keeps_its_own_direction() -> None:
    found = folded(
        read_abstract(
            TITLE,
            GIVEN,
            "Against the vehicle group, the UC-Exos group showed lower neutrophil infiltration "
            "and higher cell viability.",
        )
    )
    assert ("cell survival", "increase", "regenerative") in found, found
    assert ("cell survival", "decrease", "pathogenic") not in found, found


def test_could_with_an_adverb_of_measured_size_reports_a_result() -> None:
    sentences = (
        "Knees with cartilage defects received UC-Exos or saline.",
        "UC-Exos could significantly raise the proliferation of the chondrocytes.",
        "These data indicate that UC-Exos could significantly reduce fibrosis in patients.",
    )
    found = read_asserted("Exosomes of umbilical cord MSCs in cartilage defects", GIVEN, *sentences)
    assert ("cell population proliferation", "increase", "regenerative") in found, found
    assert not [f for f in found if f[0] == "fibrosis"], found


def test_a_comparative_observed_in_the_evs_group_is_the_evs_effect() -> None:
    found = folded(
        read_abstract(
            TITLE,
            GIVEN,
            "Less tubular apoptosis was noted in the UC-Exos group than in the vehicle group.",
            "More apoptosis was noted in the vehicle group than in the UC-Exos group.",
        )
    )
    assert ("apoptotic process", "decrease", "protective") in found, found
    assert ("apoptotic process", "increase", "pathogenic") not in found, found
