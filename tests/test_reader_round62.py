"""Sixty-second session: faults found in a wave-7 helper's mechanistic cardiac record (vesicles
of MSCs engineered to carry a miRNA); each shown with sentences written for these tests (never a
record's own words)."""

from __future__ import annotations

import pytest

from .reading import folded, read_abstract

_ENGINEERED = "Exosomes from miR-126-overexpressing marrow MSCs shield the heart from reperfusion"


@pytest.mark.parametrize(
    "sentence",
    [
        "MI mice presented higher caspase-3 levels and lower miR-126 levels, together with "
        "increased cardiomyocyte apoptosis.",
        "The MI mice displayed lower miR-126 levels and higher VEGF levels, along with more "
        "cardiomyocyte apoptosis.",
        "I/R-injured rats showed lower miR-126 and higher cardiomyocyte apoptosis.",
    ],
)
def test_what_the_untreated_model_animals_showed_is_no_vesicle_finding(sentence: str) -> None:
    """('I/R rats presented lower miR-X and more apoptosis', in an abstract whose title names
    miR-X as the vesicles' engineering: the miRNA level is the disease's own, and was read as
    the vesicles' cargo changing apoptosis, one way or the other)"""
    found = folded(read_abstract(_ENGINEERED, sentence))
    assert not any(process == "apoptotic process" for process, *_ in found)


@pytest.mark.parametrize(
    "sentences",
    [
        # (the animals' own clause names the vesicles: theirs)
        # (read by the keyword window only: without the vesicle exclusion, nothing)
        ("MI rats showed reduced cardiomyocyte apoptosis following MSC-exosome treatment.",),
    ],
)
def test_animals_given_the_vesicles_still_state_the_vesicles_effect(
    sentences: tuple[str, ...],
) -> None:
    """(guard: model animals whose clause names the EVs say what the EVs did)"""
    found = folded(read_abstract("Marrow MSC exosomes in the infarcted heart", *sentences))
    assert ("apoptotic process", "decrease", "protective") in found


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "MI rats displayed better cardiac function, and capillary density increased.",
            ("angiogenesis", "increase", "regenerative"),
        ),
        (
            "Infarcted rats showed better cardiac function; fibrosis was also attenuated.",
            ("fibrosis", "decrease", "protective"),
        ),
    ],
)
def test_a_clause_joined_after_the_model_animals_is_read_again(
    second: str, expected: tuple[str, str, str]
) -> None:
    """(guard from the newcomer review: the untreated-model rule reaches the end of the animals'
    own clause, not a result joined after it)"""
    first = "MSC exosomes reduced infarct size in MI rats."
    found = folded(read_abstract("Marrow MSC exosomes in the infarcted heart", first, second))
    assert expected in found


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC exosomes shuttled miR-126 to cardiomyocytes, thereby leading to suppressed "
        "myocardial remodeling and suppressed cell apoptosis.",
        "The MSC exosomes carried miR-126 into cardiomyocytes, leading to inhibited myocardial "
        "remodeling and inhibited cardiomyocyte apoptosis.",
    ],
)
def test_two_lowered_objects_hung_on_the_last_noun_are_each_lowered(sentence: str) -> None:
    """('leading to suppressed X and suppressed Y': the parse hangs both participles on Y; the
    first, with X its object, was taken for Y's lowered state, so the second raised Y; or X and
    Y were read as one phrase naming only one of them)"""
    found = folded(read_abstract("Marrow MSC exosomes in the infarcted heart", sentence))
    assert ("apoptotic process", "decrease", "protective") in found
    assert ("ventricular remodeling", "decrease", "protective") in found
    assert ("apoptotic process", "increase", "pathogenic") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The MSC exosomes lessened left ventricular remodeling in the infarcted rats.",
        "Infarcted rats injected with MSC exosomes had less myocardial remodeling.",
    ],
)
def test_cardiac_remodelling_is_a_harm_the_vesicles_lessen(sentence: str) -> None:
    """('a reduction in myocardial remodeling' read nothing: adverse remodelling of the heart is
    the harm the LV diameters already measure)"""
    found = folded(read_abstract("Marrow MSC exosomes in the infarcted heart", sentence))
    assert ("ventricular remodeling", "decrease", "protective") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC exosomes promoted reverse cardiac remodeling in infarcted rats.",
        "Reverse LV remodeling was enhanced by MSC exosomes.",
    ],
)
def test_reverse_remodelling_is_the_heart_recovering(sentence: str) -> None:
    """(newcomer review: 'reverse cardiac remodeling' raised was read as harmful remodelling
    raised; reverse remodelling is the recovery from it)"""
    found = folded(read_abstract("Marrow MSC exosomes in the infarcted heart", sentence))
    assert not any(role == "pathogenic" for *_, role in found)
    assert ("ventricular remodeling", "decrease", "protective") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC exosomes reduced the expression of cardiac remodeling-related genes.",
        "MSC exosomes lowered the levels of myocardial remodeling-associated proteins.",
    ],
)
def test_a_remodelling_gene_panel_is_no_ventricular_remodelling(sentence: str) -> None:
    """(guard from the newcomer review: a panel of genes is not the remodelling itself)"""
    found = folded(read_abstract("Marrow MSC exosomes in the infarcted heart", sentence))
    assert not any(process == "ventricular remodeling" for process, *_ in found)


def test_bare_ischaemia_reperfusion_is_the_injury_a_title_protects_against() -> None:
    """(a title's vesicles shielding the heart against ischemia/reperfusion, with no 'injury':
    grounded nothing, and the title gave no finding)"""
    found = folded(
        read_abstract("Marrow MSC exosomes shield rat kidneys against ischemia/reperfusion")
    )
    assert ("reperfusion injury", "decrease", "protective") in found


def test_ischaemia_reperfusion_as_a_time_phrase_adds_no_finding() -> None:
    """(guard: 'after ischemia/reperfusion' says when, not what the vesicles changed)"""
    found = folded(
        read_abstract(
            "Marrow MSC exosomes in the kidney",
            "MSC exosomes were given to rats two hours after ischemia/reperfusion.",
        )
    )
    assert not any(process == "reperfusion injury" for process, *_ in found)
