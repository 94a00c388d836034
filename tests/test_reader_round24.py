"""Round-24 reader rules, from our own probe sentences after helper D24 (cancer and immunity):
a ratio of two cells or markers ('the Th17/Treg ratio') moves as its numerator does. Before the
rule, 'reduced the Th17/Treg ratio' was read as fewer regulatory T cells, a harm; the marker
ratios beside it (Bax/Bcl-2, LC3-II/LC3-I) are guards, read so before and after."""

from __future__ import annotations

import pytest

from .reading import folded, triples_at

TITLE = "Bone marrow MSC exosomes in mice with immune thrombocytopenia"
GIVEN = "Mice with immune thrombocytopenia received exosomes of bone marrow mesenchymal stem cells."
AT = '"Abstract", sentence 2'


def test_a_ratio_is_never_read_as_its_denominator() -> None:
    found = folded(triples_at(AT, TITLE, GIVEN, "The exosomes reduced the Th17/Treg ratio."))
    assert not any("regulatory T cell" in label for label, _, _ in found), found
    assert not any(role == "pathogenic" for _, _, role in found), found


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # a marker ratio reads out the numerator's process (autophagy has no role of its own)
        (
            "The exosomes reduced the Bax/Bcl-2 ratio in the spleen.",
            ("apoptotic process", "decrease"),
        ),
        (
            "The exosomes increased the LC3-II/LC3-I ratio in the spleen.",
            ("autophagy", "increase"),
        ),
    ],
)
def test_a_marker_ratio_reads_out_its_numerator(result: str, expected: tuple[str, str]) -> None:
    found = folded(triples_at(AT, TITLE, GIVEN, result))
    assert expected in {(label, direction) for label, direction, _ in found}, found
