"""Cargo forms a sixth-round set of unseen web abstracts showed the reader missing, each probed
with sentences written for these tests (none is taken from an abstract): a gene the vesicles
bring said as a plain passive with its auxiliary ('X is secreted in EVs'), and the vesicles as
the subject that expresses a gene or shows an amount of it ('the exosomes expressed the X
receptor (XR)', 'EVs from primed MSCs showed higher levels of factors such as X and Y'); a
miRNA's other arm written alone after a slash ('miR-X-3p/5p'); and, for precision, a miRNA
that something targets, binds or adsorbs ('by targeting miR-Y', 'miR-Y was a target of X') is
no cargo. Triage: vesicles named with a cargo phrase before their parent MSCs ('exosomes enriched
with miR-X were secreted by MSCs') are the MSCs' vesicles."""

from __future__ import annotations

import pytest

from exoatlas.read.cargo import carried_genes
from exoatlas.read.mentions import find_mentions
from exoatlas.read.rnanames import carried_rnas

from .reading import kept_by_triage


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
        ("The vesicles expressed CD9, CD81 and CD90 on their surface.", []),  # a marker panel
    ],
)
def test_gene_cargo_frames_round6(sentence: str, expected: list[str]) -> None:
    assert [e.label for e in carried_genes(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an arm alone after a slash is the first name's other arm, not a miRNA of its own
        ("The vesicles passed miR-214-3p/5p to the neurons.", ["miR-214-3p", "miR-214-5p"]),
        ("The vesicles passed miR-30c-5p/3p to the neurons.", ["miR-30c-5p", "miR-30c-3p"]),
        ("The vesicles passed miR-23a/27a to the neurons.", ["miR-23a", "miR-27a"]),
    ],
)
def test_mirna_arms_after_a_slash(sentence: str, expected: list[str]) -> None:
    found = carried_rnas(sentence, find_mentions(sentence))
    assert [e.text for e in found] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a miRNA that something targets, binds or adsorbs is acted on, not carried
        ("The EVs holding NEAT1 eased the scar by targeting miR-221 in fibroblasts.", []),
        ("We found that miR-221 was a direct target of NEAT1 in the vesicles.", []),
        ("Exosomal NEAT1 worked through miR-221 adsorption in the fibroblasts.", []),
        ("NEAT1 in the exosomes bound miR-221 and raised SIRT1.", []),
        # a miRNA that targets a gene is still the cargo
        ("Exosomal miR-221 targeting PTEN eased the scar.", ["miR-221"]),
        ("PTEN was a target of the exosomal miR-221.", ["miR-221"]),
    ],
)
def test_mirna_acted_on_is_no_cargo(sentence: str, expected: list[str]) -> None:
    found = carried_rnas(sentence, find_mentions(sentence))
    assert [e.text for e in found] == expected


def test_vesicles_named_with_their_cargo_before_the_parent_cells() -> None:
    # a cargo phrase between the vesicles and 'secreted by MSCs' still names the MSCs' vesicles
    assert kept_by_triage(
        "We saw that exosomes enriched with miR-146b were secreted by BMSCs after hypoxia "
        "and lowered neuron death."
    )
    assert kept_by_triage("Vesicles carrying HGF were released by the umbilical cord MSCs.")
    # not the vesicles of other cells, nor vesicles the MSCs take up
    assert not kept_by_triage(
        "Exosomes carrying miR-21 from glioma cells were taken up by MSCs and raised migration."
    )
    assert not kept_by_triage("Exosomes containing miR-155 were released by macrophages.")
