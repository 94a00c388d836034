"""Problems a newcomer's review of the sixth session's rules found, each with sentences written
for these tests: a list of examples inside a participle, an apposition that renames, a second
clause's group after an observation passive, the recipients' genes read as the vesicles' cargo,
and a marker panel that hid a real cargo."""

from __future__ import annotations

import pytest

from exoatlas.read.cargo import carried_genes

from .reading import folded, read_abstract

TITLE = "Exosomes of umbilical cord mesenchymal stromal cells in vascular injury"
GIVEN = "Exosomes of umbilical cord MSCs (UC-Exos) were given by tail vein injection."


def test_examples_inside_a_participle_are_not_what_changed() -> None:
    found = folded(
        read_abstract(
            TITLE,
            GIVEN,
            "UC-Exos enhanced the functions of endothelial cells exposed to insults such as "
            "high glucose, inflammation and hypoxia.",
        )
    )
    assert not [f for f in found if f[2] == "pathogenic"], found


def test_an_apposition_with_an_article_renames_and_is_no_list_item() -> None:
    found = folded(
        read_abstract(
            TITLE, GIVEN, "UC-Exos raised angiogenesis, a source of scarring, and vessel density."
        )
    )
    assert not [f for f in found if f[0].casefold().startswith("fibrosis")], found


def test_a_later_clause_group_is_not_the_comparatives_holder() -> None:
    found = folded(
        read_abstract(
            TITLE,
            GIVEN,
            "Less fibrosis was observed in the sham group, and more in the UC-Exos group.",
        )
    )
    assert ("fibrosis", "decrease", "protective") not in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Rats that received the EVs showed higher levels of HGF in plasma.",
        "Monocytes that took up the exosomes expressed higher levels of IL-10.",
    ],
)
def test_what_recipients_of_the_vesicles_express_is_not_cargo(sentence: str) -> None:
    assert carried_genes(sentence) == [], sentence


def test_a_routine_marker_beside_a_cargo_hides_only_itself() -> None:
    assert [e.label for e in carried_genes("The EVs expressed PD-L1 and CD63.")] == ["CD274"]
    assert carried_genes("The EVs expressed CD9, CD81 and CD90.") == []


@pytest.mark.parametrize(
    ("sentence", "unexpected"),
    [
        (
            "UC-Exos rendered the hepatoma cells no longer sensitive to sorafenib.",
            ("drug resistance, neoplasm", "decrease", "anti_tumor"),
        ),
        (
            "UC-Exos made the hepatoma cells resistant to apoptosis.",
            ("drug resistance, neoplasm", "increase", "pro_tumor"),
        ),
    ],
)
def test_a_state_turned_or_not_about_a_drug_is_no_drug_sensitisation(
    sentence: str, unexpected: tuple[str, str, str]
) -> None:
    found = folded(
        read_abstract("Exosomes of umbilical cord MSCs in liver cancer", GIVEN, sentence)
    )
    assert unexpected not in found, found
