"""Fifty-eighth session: faults left by the fifty-seventh session's lists; each shown with
sentences written for these tests (never a record's own words)."""

from __future__ import annotations

from .reading import folded, read_abstract

_TUMOUR_TITLE = "Bone marrow stromal cell exosomes carrying miR-7 slow gastric tumour growth"


def test_a_bare_measure_joined_to_a_tumour_measure_is_no_effect_of_its_own() -> None:
    """('reduced tumor volume and weight' read 'weight' as an unnamed effect beside tumour
    growth: two findings for one result)"""
    for sentence in (
        "In xenograft-bearing mice the BMSC exosomes lowered tumour volume and weight.",
        "In xenograft-bearing mice the BMSC exosomes lowered tumour weight and size.",
        "In xenograft-bearing mice the BMSC exosomes lowered the weight and volume of tumours.",
    ):
        found = folded(read_abstract(_TUMOUR_TITLE, sentence))
        labels = {label for label, *_ in found}
        assert not labels & {"weight", "size", "volume"}, sentence
        assert any(role == "anti_tumor" and d == "decrease" for _, d, role in found), sentence


def test_a_measure_with_its_own_modifier_is_still_read() -> None:
    """guard: a joined measure naming its own thing ('blood flow and the capillary density')
    is not taken for the first one's."""
    found = folded(
        read_abstract(
            "Adipose stem cell vesicles ease hind-limb ischaemia",
            "The ADSC vesicles raised limb blood flow and the capillary density in mice.",
        )
    )
    assert ("angiogenesis", "increase", "regenerative") in found
    assert ("blood circulation", "increase", "regenerative") in found
