"""Sixty-eighth session: unmodified MSC vesicles holding a comparative whose 'than' (or opening
'compared with') phrase names a modified preparation (a lead of the round-67 review), shown with
sentences written for these tests (never a record's own words)."""

from __future__ import annotations

import pytest

from .reading import read_folded, read_roles

_TITLE = "Marrow MSC exosomes in cartilage injury"
_BOTH = (
    "We took exosomes from marrow MSCs (BM-Exos) and from MSCs overexpressing miR-140 "
    "(miR-140-Exos) and gave them to rats with cartilage injury."
)


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        (
            "The BM-Exos group showed lower chondrocyte proliferation than the miR-140-Exos group.",
            ("cell population proliferation", "increase", "regenerative"),
        ),
        (
            "Compared with the miR-140-Exos group, the BM-Exos group showed lower chondrocyte "
            "proliferation.",
            ("cell population proliferation", "increase", "regenerative"),
        ),
        (
            "Chondrocyte apoptosis was higher in the BM-Exos group than in the miR-140-Exos group.",
            ("apoptotic process", "decrease", "protective"),
        ),
    ],
)
def test_native_vesicles_doing_worse_than_the_engineered_ones(
    sentence: str, change: tuple[str, str, str]
) -> None:
    """'The BM-Exos group showed lower X than the miR-140-Exos group' compares the engineered
    vesicles with the native ones: the engineered preparation did better, not the native one
    harm. It read as the native vesicles lowering proliferation or raising apoptosis
    (pathogenic): 'lower' is itself a trigger word, and the verb's reading hid the comparison's."""
    read = read_folded(_TITLE, _BOTH, sentence)
    assert change in read
    assert "pathogenic" not in {role for *_, role in read}


def test_a_modified_preparation_named_in_its_own_words() -> None:
    given = (
        "We took exosomes from marrow MSCs (BM-Exos) and gave them to rats with cartilage injury."
    )
    sentence = (
        "The BM-Exos group showed lower chondrocyte proliferation than the group given "
        "exosomes from hypoxia-primed MSCs."
    )
    assert ("cell population proliferation", "increase", "regenerative") in read_folded(
        _TITLE, given, sentence
    )


@pytest.mark.parametrize(
    ("given", "sentence", "change"),
    [
        # held by the modified preparation: its own result, as written
        (
            _BOTH,
            "The miR-140-Exos group showed lower chondrocyte apoptosis than the BM-Exos group.",
            ("apoptotic process", "decrease", "protective"),
        ),
        (
            _BOTH,
            "The BM-Exos group showed higher chondrocyte proliferation than the miR-140-Exos "
            "group.",
            ("cell population proliferation", "increase", "regenerative"),
        ),
        # vesicles of a diseased donor's MSCs: the harm is the study's result
        (
            "We took exosomes from MSCs of diabetic donors (D-Exos) and of healthy donors "
            "(N-Exos) and gave them to rats with cartilage injury.",
            "The D-Exos group showed lower chondrocyte proliferation than the N-Exos group.",
            ("cell population proliferation", "decrease", "pathogenic"),
        ),
    ],
)
def test_comparisons_that_stay_as_written(
    given: str, sentence: str, change: tuple[str, str, str]
) -> None:
    """Guards: a comparison held by the modified or a diseased donor's preparation is that
    preparation's own result, and a gain of the native vesicles stays theirs."""
    assert change in read_folded(_TITLE, given, sentence)


@pytest.mark.parametrize(
    ("title", "given", "sentence"),
    [
        # two sources, neither modified: nothing says which one the study is about
        (
            _TITLE,
            "We took exosomes from marrow MSCs (BM-Exos) and from cord MSCs (UC-Exos) and gave "
            "them to rats with cartilage injury.",
            "The BM-Exos group showed lower chondrocyte proliferation than the UC-Exos group.",
        ),
        # a group given no vesicles
        (
            _TITLE,
            _BOTH,
            "The BM-Exos group showed lower chondrocyte proliferation than the PBS group.",
        ),
        # in a tumour, less proliferation is the vesicles' own anti-tumour result
        (
            "Marrow MSC exosomes and gastric tumours in mice",
            "We took exosomes from marrow MSCs (BM-Exos) and from MSCs overexpressing miR-140 "
            "(miR-140-Exos) and gave them to mice bearing gastric tumours.",
            "The BM-Exos group showed lower tumour cell proliferation than the miR-140-Exos group.",
        ),
    ],
)
def test_no_gain_is_given_to_a_preparation_that_is_not_a_modified_one(
    title: str, given: str, sentence: str
) -> None:
    """Guards: the turn needs a modified MSC preparation in the 'than' phrase, and no tumour."""
    read = read_folded(title, given, sentence)
    assert ("cell population proliferation", "increase", "regenerative") not in read
    assert "pro_tumor" not in read_roles(title, given, sentence)
