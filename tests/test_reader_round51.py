"""Fifty-first session: shapes of result sentences a coverage probe of made-up abstracts found
read nothing or the wrong way, each shown with sentences written for these tests (never a
record's own words)."""

from __future__ import annotations

import pytest

from .reading import read_abstract

TITLE = "Bone marrow MSC exosomes in a mouse model of injury"
GIVEN = "Injured mice were given exosomes of bone marrow MSCs (BM-Exos) by tail vein."


def _read(sentence: str) -> list[tuple[str, str, str]]:
    return read_abstract(TITLE, GIVEN, sentence)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Fibrosis decreased.", ("Fibrosis", "decrease", "protective")),
        (
            "Hepatocyte apoptosis declined markedly.",
            ("apoptotic process", "decrease", "protective"),
        ),
        (
            "Cardiac function improved at 4 weeks.",
            ("functional recovery", "increase", "regenerative"),
        ),
        (
            "Apoptosis decreased in the hippocampus.",
            ("apoptotic process", "decrease", "protective"),
        ),
        ("Fibrosis decreased by 40%.", ("Fibrosis", "decrease", "protective")),
    ],
)
def test_an_intransitive_change_with_no_agent_after_the_evs_are_given(
    sentence: str, found: tuple[str, str, str]
) -> None:
    """(read nothing: only an intransitive change whose adjunct named the EVs was read, while
    the same change said in the passive, 'fibrosis was attenuated', was credited to them)"""
    assert found in _read(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Apoptosis decreased in the sham group.",  # another group
        "Apoptosis decreased in DKD mice.",  # a symbol: most often a model or a group
    ],
)
def test_an_intransitive_change_in_another_group_is_not_the_evs(sentence: str) -> None:
    assert _read(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Apoptosis increased after ischaemia.",  # what the injury did
        "Apoptosis rose in the model and decreased in the treated arm.",  # groups set against
    ],
)
def test_an_intransitive_rise_said_of_the_injury_or_its_group_is_not_the_evs(
    sentence: str,
) -> None:
    assert ("apoptotic process", "increase", "pathogenic") not in _read(sentence)


def test_a_model_group_s_symbol_in_the_adjunct_does_not_make_the_change_the_evs() -> None:
    read = _read("Creatinine levels increased in CKD and decreased in CKD plus BM-Exos.")
    assert ("organ dysfunction", "increase", "pathogenic") not in read, read


@pytest.mark.parametrize("verb", ["revealed", "indicated"])
def test_an_assay_that_revealed_fewer_cells_in_the_ev_group(verb: str) -> None:
    read = _read(f"TUNEL staining {verb} fewer apoptotic cells in the BM-Exos group.")
    assert ("apoptotic process", "decrease", "protective") in read, read


def test_a_blot_that_indicated_a_change() -> None:
    read = _read("Western blotting indicated decreased expression of cleaved caspase-3.")
    assert ("apoptotic process", "decrease", "protective") in read, read


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("BM-Exos reduced hepatocyte necrosis.", ("necrotic cell death", "decrease", "protective")),
        ("BM-Exos reduced insulitis.", ("inflammatory response", "decrease", "protective")),
        (
            "BM-Exos reduced Kupffer cell activation.",
            ("macrophage activation", "decrease", "protective"),
        ),
        (
            "BM-Exos lowered intestinal permeability.",
            ("bicellular tight junction assembly", "increase", "regenerative"),
        ),
        (
            "BM-Exos raised the glomerular filtration rate.",
            ("glomerular filtration", "increase", "regenerative"),
        ),
        (
            "Capillary and arteriole densities were higher in BM-Exos-treated limbs.",
            ("angiogenesis", "increase", "regenerative"),
        ),
        ("BM-Exos doubled fibroblast migration.", ("cell migration", "increase", "regenerative")),
        ("BM-Exos halved the infarct size.", ("tissue injury", "decrease", "protective")),
    ],
)
def test_outcome_words_the_probe_found_unread(sentence: str, found: tuple[str, str, str]) -> None:
    assert found in _read(sentence)


def test_tumour_necrosis_factor_is_no_necrosis() -> None:
    read = _read("BM-Exos lowered tumour necrosis factor release by macrophages.")
    assert all("necro" not in process for process, _, _ in read), read


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a verb that presupposes a good or a harm gives a process of no valence its role
        (
            "BM-Exos improved collagen synthesis.",
            ("collagen biosynthetic process", "increase", "regenerative"),
        ),
        (
            "BM-Exos attenuated collagen synthesis in fibroblasts.",
            ("collagen biosynthetic process", "decrease", "protective"),
        ),
    ],
)
def test_a_presupposing_verb_gives_a_process_of_no_valence_its_role(
    sentence: str, found: tuple[str, str, str]
) -> None:
    assert found in _read(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "BM-Exos improved the collagen synthesis induced by TGF-β1.",
        "BM-Exos improved the TGF-β1-induced collagen synthesis.",
        "BM-Exos improved the excessive collagen synthesis.",
    ],
)
def test_restoring_a_raised_state_does_not_raise_it(sentence: str) -> None:
    found = ("collagen biosynthetic process", "increase", "regenerative")
    assert found not in _read(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["BM-Exos improved the polarization of microglia.", "BM-Exos attenuated autophagy."],
)
def test_a_process_the_vocabulary_calls_neutral_keeps_no_role_whatever_the_verb(
    sentence: str,
) -> None:
    """(which way microglia turned is not said; autophagy helps or harms by context: its
    curated neutral valence stands)"""
    read = _read(sentence)
    assert all(role in ("unknown", "neutral") for _, _, role in read), read


@pytest.mark.parametrize(
    "sentence",
    [
        "Lung fibrosis was induced by bleomycin and BM-Exos were injected via the tail vein.",
        "Apoptosis was induced by H2O2 and BM-Exos were added to the medium.",
        "Alkali burns were induced in the corneas, and drops holding BM-Exos were applied.",
        "To induce fibrosis, the mice received bleomycin and BM-Exos.",
    ],
)
def test_a_sentence_making_the_model_and_giving_the_evs_is_no_harm_of_theirs(
    sentence: str,
) -> None:
    """(read the harm raised by the EVs, pathogenic: the parser joined the EVs to the
    stimulus's 'by' phrase, or the passive had no agent and the EVs came in the next clause)"""
    assert all(role != "pathogenic" for _, _, role in _read(sentence)), _read(sentence)


def test_a_harm_the_evs_induced_in_tumour_cells_stays_theirs() -> None:
    read = read_abstract(
        "Bone marrow MSC exosomes in glioma",
        "Glioma cells were given exosomes of bone marrow MSCs (BM-Exos).",
        "Apoptosis was induced by BM-Exos in the glioma cells.",
    )
    assert ("apoptotic process", "increase", "anti_tumor") in read, read


@pytest.mark.parametrize(
    "sentence",
    [
        "Apoptosis decreased in knockdown cells.",
        "Apoptosis decreased in mock-transfected cells.",
        "Fibrosis decreased in age-matched littermates.",
        "Hepatocyte apoptosis declined in all animals over time.",
        "ALT levels then declined at day 7.",
    ],
)
def test_an_intransitive_change_in_a_control_arm_or_the_model_s_course_is_not_the_evs(
    sentence: str,
) -> None:
    """(a newcomer review's probes: another arm, a control or the disease's own course)"""
    assert _read(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "BM-Exos rescued hepatic gluconeogenesis.",  # an excess in diabetes
        "BM-Exos restored collagen synthesis to normal levels.",
        "BM-Exos promoted osteogenic but suppressed adipogenic differentiation of the cells.",
        "Encapsulation raised the intestinal permeability of the exosomes.",
    ],
)
def test_restored_excesses_and_what_permeates_read_no_rise(sentence: str) -> None:
    read = _read(sentence)
    assert all(direction != "increase" or role == "unknown" for _, direction, role in read), read
    assert all(role != "pathogenic" for _, _, role in read), read


def test_a_high_filtration_rate_lowered_is_no_lost_function() -> None:
    read = _read("BM-Exos reduced the high glomerular filtration rate of early nephropathy.")
    assert ("glomerular filtration", "decrease", "pathogenic") not in read, read
