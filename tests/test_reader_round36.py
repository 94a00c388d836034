"""Round-36 reader rules: stimuli the round-35 joining missed (three words, a short form in
brackets), as our own probe sentences."""

from __future__ import annotations

import pytest

from exoatlas.read.repair import prepared

from .reading import folded, read_abstract


@pytest.mark.parametrize(
    ("sentence", "phenotype"),
    [
        # a stimulus of three words
        ("ADSC exosomes attenuated high fat diet induced steatosis in mice.", "lipid accumulation"),
        (
            "BMSC-Exos attenuated unilateral ureteral obstruction induced renal fibrosis.",
            "fibrosis",
        ),
        # a stimulus with its short form in brackets
        (
            "hucMSC-EVs alleviated hypoxia/reoxygenation (H/R) induced cardiomyocyte apoptosis.",
            "apoptotic process",
        ),
        (
            "MSC-EVs reduced lipopolysaccharide (LPS) induced apoptosis of HK-2 cells.",
            "apoptotic process",
        ),
    ],
)
def test_a_longer_stimulus_before_induced_is_the_model(sentence: str, phenotype: str) -> None:
    """Read with 'induced' a second verb of the EVs, the phenotype rose (pathogenic) as well as,
    or instead of, falling."""
    found = folded(read_abstract("Vesicles from MSCs in a disease model", sentence))
    assert (phenotype, "decrease", "protective") in found
    assert not any(direction == "increase" for _, direction, _ in found)


@pytest.mark.parametrize(
    ("sentence", "joined"),
    [
        ("EVs attenuated high fat diet induced obesity", "high fat diet-induced obesity"),
        # the short form blanked after the participle, the text's length kept
        ("EVs reduced ischemia/reperfusion (I/R) induced injury", "ischemia/reperfusion-induced "),
        ("The inhibition of LPS induced inflammation by EVs", "LPS-induced"),
    ],
)
def test_a_longer_stimulus_is_joined_same_length(sentence: str, joined: str) -> None:
    assert joined in prepared(sentence)
    assert len(prepared(sentence)) == len(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a preposition or conjunction opens another phrase: the verb is real
        "Inhibition of EV release induced apoptosis in the stromal cells",
        "The EVs reduced fibrosis and cells induced apoptosis",
        "Blocking uptake by the cells induced apoptosis",
    ],
)
def test_a_phrase_before_induced_is_not_a_stimulus(sentence: str) -> None:
    assert "-induced" not in prepared(sentence)
