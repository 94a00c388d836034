"""Sixty-sixth session: comparison groups named by 'in comparison with' / 'compared with'
phrases (leads W5 and W6 of the round-65 newcomer review), each shown with sentences written for
these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from .reading import read_folded, read_roles

_COLITIS = "Umbilical cord MSC-EVs in colitis"
_DSS = "EVs were isolated from umbilical cord MSCs (MSC-EVs). Mice received DSS."
_TUMOUR = "Tumour growth and marrow MSC exosomes in mice"
_EXO = "We took exosomes from marrow MSCs (MSC-Exo)."


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
    found = read_folded(_COLITIS, _DSS, sentence)
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
    assert "pathogenic" not in read_roles(_COLITIS, _DSS, sentence)


def test_a_gain_over_a_bare_control_is_read() -> None:
    """Guard: the baseline check drops harms only; less harm than a control is a gain."""
    sentence = (
        "Compared with the control group, the DSS + MSC-EV group showed less colonic apoptosis."
    )
    assert ("apoptotic process", "decrease", "protective") in read_folded(_COLITIS, _DSS, sentence)


def test_a_comparison_with_the_disease_group_is_no_baseline() -> None:
    """Guard: set against the disease alone ('the DSS group'), more harm in the EVs' group is
    what the EVs did."""
    sentence = "Compared with the DSS group, the DSS + MSC-EV group showed more colonic apoptosis."
    assert ("apoptotic process", "increase", "pathogenic") in read_folded(_COLITIS, _DSS, sentence)


def test_in_a_tumour_study_the_control_group_is_the_untreated_tumour() -> None:
    """Guard: in a tumour study the control group is the vehicle-treated tumour, so more
    growth in the EVs' group than in it is what the EVs did."""
    sentence = "Compared with the control group, the MSC-Exo group showed more tumour growth."
    assert ("tumor growth", "increase", "pro_tumor") in read_folded(_TUMOUR, _EXO, sentence)


# --- lexical misses found by a helper's probes of the gold rows the reader did not read ---------

_KIDNEY = "Marrow MSC exosomes in kidney disease"
_BMSC = "We took exosomes from marrow MSCs (BMSC-Exos). Mice underwent ureteral obstruction."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("BMSC-Exos constrained renal fibrosis.", ("fibrosis", "decrease", "protective")),
        ("BMSC-Exos corrected renal fibrosis.", ("fibrosis", "decrease", "protective")),
        ("BMSC-Exos exaggerated renal fibrosis.", ("fibrosis", "increase", "pathogenic")),
        (
            "BMSC-Exos reinstated renal function.",
            ("functional recovery", "increase", "regenerative"),
        ),
    ],
)
def test_verbs_the_polarity_lexicon_lacked(sentence: str, expected: tuple[str, ...]) -> None:
    assert expected in read_folded(_KIDNEY, _BMSC, sentence)


def test_a_change_from_one_value_to_another_in_the_ev_group() -> None:
    """'fell from 250 U/L to 90 U/L in the EV group': a 'from' phrase holding a counted unit is
    the value the change started at, not a harm kept off, so the change is read."""
    sentence = "Serum ALT decreased from 250 U/L to 90 U/L in the BMSC-Exos group."
    found = read_folded(
        "Marrow MSC exosomes in liver fibrosis", _EXO.replace("MSC-Exo", "BMSC-Exos"), sentence
    )
    assert ("organ dysfunction", "decrease", "protective") in found


_T_CELLS = "MSC vesicles and T cells"
_EVS = "We took vesicles from marrow MSCs (MSC-EVs)."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "MSC-EVs induced apoptosis of stimulated CD3+ T cells.",
            ("apoptotic process", "increase", "protective"),
        ),
        (
            "MSC-EVs increased the proliferation of regulatory T cells.",
            ("regulatory t cell frequency", "increase", "regenerative"),
        ),
        (
            "MSC-EVs reduced the Th17/Treg ratio.",
            ("t-helper 17 cell differentiation", "decrease", "protective"),
        ),
        (
            "MSC-EVs lowered the percentage of Th1 cells.",
            ("t-helper 1 cell differentiation", "decrease", "protective"),
        ),
    ],
)
def test_t_cell_subsets_outside_a_tumour(sentence: str, expected: tuple[str, ...]) -> None:
    """Stimulated T cells and helper subsets are the immune attack the EVs calm: their death is
    no harm, and regulatory T cells proliferating are more of them (both were read
    as pathogenic), a ratio goes as its first cells do."""
    found = read_folded(_T_CELLS, _EVS, sentence)
    assert expected in found
    assert "pathogenic" not in {role for *_, role in found}


def test_the_state_of_cells_whose_process_is_named_is_no_change() -> None:
    """'the apoptosis of activated CD4 T cells': 'activated' says which cells died, not that the
    EVs raised anything (read as an unnamed 'CD4 T cells' raised, pathogenic)."""
    sentence = (
        "In colitis mice, MSC-Exo induced the apoptosis of activated CD4 T cells and increased "
        "the proliferation of regulatory T cells."
    )
    found = read_folded("MSC exosomes in colitis", _EXO, sentence)
    assert "pathogenic" not in {role for *_, role in found}
    assert ("regulatory t cell frequency", "increase", "regenerative") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Dendritic cells conditioned with MSC-EVs showed a reduced capacity to activate "
            "T cells.",
            ("t cell activation", "decrease", "protective"),
        ),
        (
            "Macrophages treated with MSC-EVs showed an enhanced capacity to engulf "
            "apoptotic cells.",
            ("phagocytosis", "increase", "regenerative"),
        ),
    ],
)
def test_an_ability_lessened_or_raised(sentence: str, expected: tuple[str, ...]) -> None:
    """'a reduced capacity to activate T cells' lowers the activation (it was read raised); the
    dying cells a phagocyte engulfs are no apoptosis raised."""
    found = read_folded("MSC vesicles and immune cells", _EVS, sentence)
    assert expected in found
    assert "pathogenic" not in {role for *_, role in found}


def test_an_improvement_in_a_skin_sign_lowers_it() -> None:
    sentence = "Four sessions of ASC-Exo treatment led to clear improvement in facial redness."
    found = read_folded(
        "Adipose MSC exosomes in rosacea",
        "We took exosomes from adipose MSCs (ASC-Exos).",
        sentence,
    )
    assert ("facial redness", "decrease", "protective") in found


def test_a_first_clause_change_is_not_given_to_the_evs_of_the_next() -> None:
    """'X rose with the disease, and the levels in the exosome group fell': the keyword window
    gave the first clause's rise to the EVs (pathogenic)."""
    sentence = (
        "The histological score and serum amylase rose with severity of pancreatitis, and the "
        "levels in the exosome group were all significantly decreased."
    )
    found = read_folded(
        "MSC exosomes in pancreatitis",
        "We took exosomes from marrow MSCs (BMSC-Exos).",
        sentence,
    )
    assert "pathogenic" not in {role for *_, role in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "BMSC-Exos reduced the apoptosis of CD4+ T cells and CD8+ T cells in the spleen of "
        "septic mice.",
        "Irradiation increased oxidative stress, and BMSC-Exos protected CD4+ T lymphocytes "
        "from radiation-induced apoptosis.",
    ],
)
def test_t_cells_named_by_a_marker_alone_may_be_lost_to_the_disease(sentence: str) -> None:
    """Guard (the session's review): in sepsis or after radiation losing T cells is the harm, so
    a marker alone does not make them the disease's cells; and a first clause's change does not
    keep the window from the EVs' clause that names its own process."""
    found = read_folded(_KIDNEY, "We took exosomes from marrow MSCs (BMSC-Exos).", sentence)
    assert ("apoptotic process", "decrease", "protective") in found


def test_a_weaker_lowering_is_no_rise() -> None:
    """Guard (the session's review): 'a reduced capacity to inhibit X' says one batch of EVs
    lowers X less than another, not that X rose."""
    sentence = (
        "Compared with BMSC-Exos from young donors, BMSC-Exos from aged donors showed a reduced "
        "capacity to inhibit T cell proliferation."
    )
    found = read_folded(_KIDNEY, "We took exosomes from marrow MSCs (BMSC-Exos).", sentence)
    assert "pathogenic" not in {role for *_, role in found}
