"""Round-35 reader rules, from a helper-set title read the wrong way round, rewritten as our own
probe sentences."""

from __future__ import annotations

import pytest

from exoatlas.read.repair import prepared

from .reading import folded, read_abstract


@pytest.mark.parametrize(
    ("title", "disease"),
    [
        # a title's stimulus written with a slash and without its hyphen, in title case
        (
            "Umbilical Cord MSC-Derived Exosomes Attenuate Hypoxia/Reoxygenation Induced "
            "Myocardial Injury in Rats",
            "wounds and injuries",  # (the vocabulary's injury: no myocardial injury of its own)
        ),
        (
            "Adipose Stem Cell Exosomes Alleviate Ischemia/Reperfusion Induced Acute Kidney "
            "Injury in Mice",
            "acute kidney injury",
        ),
        ("Bone Marrow MSC Exosomes Mitigate LPS Induced Acute Lung Injury", "acute lung injury"),
    ],
)
def test_a_title_s_unhyphenated_stimulus_is_the_model_not_a_second_verb(
    title: str, disease: str
) -> None:
    """'EVs Ameliorate I/R Induced AKI': read with 'Induced' a verb of the EVs, the title said the
    injury rose (pathogenic) as well as fell."""
    found = folded(read_abstract(title, "Injury was scored in each group."))
    assert (disease, "decrease", "protective") in found
    assert not any(d == disease and direction == "increase" for d, direction, _ in found)


@pytest.mark.parametrize(
    ("sentence", "joined"),
    [
        ("MSC-EVs attenuated I/R induced apoptosis in rats", "I/R-induced"),
        ("EVs reduced hypoxia/reoxygenation induced injury", "hypoxia/reoxygenation-induced"),
        ("Exosomes Ameliorate Cisplatin Induced Nephrotoxicity", "cisplatin-induced"),
    ],
)
def test_a_slashed_stimulus_before_induced_is_joined(sentence: str, joined: str) -> None:
    assert joined in prepared(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a real verb: the EVs' own (the parent cells' slash list, 'and/or')
        "Exosomes from BMSCs/ADSCs induced apoptosis of the tumour cells",
        "The EVs reduced and/or induced apoptosis depending on the dose",
        # no lowering verb or phrase before the stimulus
        "Treatment with I/R induced apoptosis in controls",
    ],
)
def test_a_real_induced_verb_stays_a_verb(sentence: str) -> None:
    assert "-induced" not in prepared(sentence)
