"""Forms helper L7's round on real abstracts nobody on the project had read showed giving a paper
findings of the wrong role, each probed with sentences written for these tests (none is taken
from an abstract): the spelled-out name of the anti-apoptotic protein Bcl-2 ('B-cell lymphoma 2')
read as the disease B-cell lymphoma, so a kidney-injury study got anti-tumour and pro-tumour
findings."""

from __future__ import annotations

import pytest

from .reading import folded, read_abstract


@pytest.mark.parametrize(
    "sentence",
    [
        "Vesicles of marrow MSCs lowered B-cell lymphoma 2-associated X protein in the injured "
        "tubules and raised B-cell lymphoma 2 there.",
        "Vesicles of marrow MSCs raised B-cell lymphoma 2 (Bcl-2) in hepatocytes after "
        "acetaminophen overdose.",
    ],
)
def test_a_protein_named_after_a_tumour_is_no_tumour(sentence: str) -> None:
    found = read_abstract("Marrow MSC vesicles after organ injury", sentence)
    roles = {role for _, _, role in found}
    assert not roles & {"anti_tumor", "pro_tumor"}, found


def test_the_tumour_itself_is_still_read() -> None:
    found = folded(
        read_abstract(
            "Marrow MSC vesicles in lymphoma",
            "Vesicles of marrow MSCs aggravated B-cell lymphoma in nude mice.",
        )
    )
    assert any(role == "pro_tumor" for _, _, role in found), found
