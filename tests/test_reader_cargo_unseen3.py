"""Cargo forms a sixth-round set of unseen web abstracts showed the reader missing, each probed
with sentences written for these tests (none is taken from an abstract): a gene the vesicles
bring said as a plain passive with its auxiliary ('X is secreted in EVs'), and the vesicles as
the subject that expresses a gene or shows an amount of it ('the exosomes expressed the X
receptor (XR)', 'EVs from primed MSCs showed higher levels of factors such as X and Y')."""

from __future__ import annotations

import pytest

from exoatlas.read.cargo import carried_genes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plain passive with its auxiliary, an adverb between
        ("We show that TSG-6 is released in the EVs of the stromal cells.", ["TNFAIP6"]),
        ("Nearly all HGF was mainly secreted into exosomes by the cells.", ["HGF"]),
        ("VEGF was delivered via the sEVs to the wound.", ["VEGFA"]),
        # the vesicles as the subject that expresses a gene or shows an amount of it
        ("The vesicles expressed the VEGF receptor 2 (VEGFR2) on their surface.", ["KDR"]),
        ("EVs from primed BMSCs showed higher levels of HGF than naive ones.", ["HGF"]),
        ("Exosomes expressed high levels of HGF and IGF-1.", ["HGF", "IGF1"]),
        (
            "EVs from hypoxic MSCs displayed increased expression of growth factors, "
            "such as HGF and VEGF.",
            ["HGF", "VEGFA"],
        ),
        # no cargo: what other cells released, a group, recipients given the vesicles, markers
        ("IL-6 was released by macrophages exposed to exosomes.", []),
        ("IL-10 was secreted in the exosome group.", []),
        ("Rats given EVs showed higher levels of IL-10 in serum.", []),
        ("Cells treated with exosomes expressed higher levels of BCL2.", []),
        ("The exosomes expressed CD63, CD81 and TSG101.", []),
    ],
)
def test_gene_cargo_frames_round6(sentence: str, expected: list[str]) -> None:
    assert [e.label for e in carried_genes(sentence)] == expected
