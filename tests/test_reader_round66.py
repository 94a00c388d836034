"""Sixty-sixth session: comparison groups named by 'in comparison with' / 'compared with'
phrases (leads W5 and W6 of the round-65 newcomer review), each shown with sentences written for
these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from .reading import folded, read_abstract

_COLITIS = "Umbilical cord MSC-EVs in colitis"
_DSS = "EVs were isolated from umbilical cord MSCs (MSC-EVs). Mice received DSS."
_TUMOUR = "Tumour growth and marrow MSC exosomes in mice"
_EXO = "Exosomes were isolated from bone marrow MSCs (MSC-Exo)."


def _found(title: str, *sentences: str) -> set[tuple[str, ...]]:
    return folded(read_abstract(title, *sentences))


def _roles(title: str, *sentences: str) -> set[str]:
    return {role for *_, role in _found(title, *sentences)}


@pytest.mark.parametrize(
    "sentence",
    [
        "In comparison with the DSS + MSC-EV group, the DSS group showed more colonic apoptosis.",
        "In comparison with the MSC-EV group, the vehicle group had more colonic apoptosis.",
    ],
)
def test_in_comparison_with_names_the_group_set_against(sentence: str) -> None:
    """'In comparison with the EV group, the model group showed more X': the EVs' group is the
    one set against, so the EVs' group had less X. Only 'compared with/to' was taken so; the
    'in' phrase was read as the group holding the result, and X as raised by the EVs."""
    found = _found(_COLITIS, _DSS, sentence)
    assert ("apoptotic process", "decrease", "protective") in found
    assert "pathogenic" not in {role for *_, role in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "Compared with the control group, the DSS + MSC-EV group showed more colonic apoptosis.",
        "The DSS + MSC-EV group showed more colonic apoptosis compared with the control group.",
        "Relative to the sham group, the DSS + MSC-EV group showed more colonic apoptosis.",
    ],
)
def test_a_harm_over_a_healthy_or_bare_control_is_not_read(sentence: str) -> None:
    """A treated disease still has more harm than healthy animals, and a bare 'control group'
    may be them: set against it by a 'compared with' phrase (not only a 'than' phrase), the EVs'
    group having more harm says nothing of what the EVs changed."""
    assert "pathogenic" not in _roles(_COLITIS, _DSS, sentence)


def test_a_gain_over_a_bare_control_is_read() -> None:
    """Guard: the baseline check drops harms only; less harm than a control is a gain."""
    sentence = (
        "Compared with the control group, the DSS + MSC-EV group showed less colonic apoptosis."
    )
    assert ("apoptotic process", "decrease", "protective") in _found(_COLITIS, _DSS, sentence)


def test_a_comparison_with_the_disease_group_is_no_baseline() -> None:
    """Guard: set against the disease alone ('the DSS group'), more harm in the EVs' group is
    what the EVs did."""
    sentence = "Compared with the DSS group, the DSS + MSC-EV group showed more colonic apoptosis."
    assert ("apoptotic process", "increase", "pathogenic") in _found(_COLITIS, _DSS, sentence)


def test_in_a_tumour_study_the_control_group_is_the_untreated_tumour() -> None:
    """Guard: in a tumour study the control group is the vehicle-treated tumour, so more
    growth in the EVs' group than in it is what the EVs did."""
    sentence = "Compared with the control group, the MSC-Exo group showed more tumour growth."
    assert ("tumor growth", "increase", "pro_tumor") in _found(_TUMOUR, _EXO, sentence)
