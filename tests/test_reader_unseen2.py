"""Forms a second red-team round on real abstracts nobody on the project had read showed the
reader misreading, each probed with sentences written for these tests (none is taken from an
abstract): a cell line whose name ends in T ('HaCaT cell proliferation') read as T cell
proliferation. (The round also met a gene whose long name holds a tumour word, MALT1, making a
chemotherapy side-effect study a tumour study: not fixed, see the README.)"""

from __future__ import annotations

import pytest

from .reading import folded, read_abstract


@pytest.mark.parametrize(
    ("title", "sentences", "expected", "unexpected"),
    [
        (
            "Cord MSC vesicles and skin repair",
            ("Exosomes of cord MSCs raised HaCaT cell proliferation after scratch injury.",),
            ("cell population proliferation", "increase", "regenerative"),
            ("lymphocyte proliferation", "increase", "pathogenic"),
        ),
        (
            "Cord MSC vesicles and colitis",
            ("Exosomes of cord MSCs lowered T cell proliferation in colitic mice.",),
            ("lymphocyte proliferation", "decrease", "protective"),
            None,
        ),
    ],
)
def test_unseen_forms(
    title: str,
    sentences: tuple[str, ...],
    expected: tuple[str, str, str],
    unexpected: tuple[str, str, str] | None,
) -> None:
    found = folded(read_abstract(title, *sentences))
    assert expected in found, found
    if unexpected is not None:
        assert unexpected not in found, found
