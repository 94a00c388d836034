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
        "Vesicles of marrow MSCs lowered B-cell lymphoma 2-associated X protein and apoptosis "
        "in the injured tubules.",
        "Vesicles of marrow MSCs raised B-cell lymphoma 2 (Bcl-2) and lowered apoptosis in "
        "hepatocytes after acetaminophen overdose.",
    ],
)
def test_a_protein_named_after_a_tumour_is_no_tumour(sentence: str) -> None:
    found = read_abstract("Marrow MSC vesicles after organ injury", sentence)
    roles = {role for _, _, role in found}
    assert not roles & {"anti_tumor", "pro_tumor"}, found
    # the sentence's own effect is still read, in its organ's context
    assert ("apoptotic process", "decrease", "protective") in found, found


def test_the_tumour_itself_is_still_read() -> None:
    found = folded(
        read_abstract(
            "Marrow MSC vesicles in lymphoma",
            "Vesicles of marrow MSCs aggravated B-cell lymphoma in nude mice.",
        )
    )
    assert any(role == "pro_tumor" for _, _, role in found), found


def test_a_title_claim_whose_target_the_parse_hung_on_the_source_cells() -> None:
    """'Protective function of exosomes from adipose MSCs in kidney injury': the parser hangs the
    'in' phrase on the MSCs, the title's claim is still about the injury."""
    found = folded(
        read_abstract(
            "Protective effects of vesicles from placental mesenchymal stromal cells in acute "
            "lung injury",
            "The vesicles were given through the trachea.",
        )
    )
    assert any(role == "protective" and d == "decrease" for _, d, role in found), found


@pytest.mark.parametrize(
    "title",
    [
        "Marrow Stromal Cell Exosomes Promote the Growth, Migration, and Invasion and Inhibit "
        "Apoptosis of Gastric Cancer Cells",
        "Marrow stromal cell exosomes promote the growth, migration, and invasion and inhibit "
        "apoptosis of gastric cancer cells",
    ],
)
def test_a_trigger_verb_the_parse_made_one_of_the_objects(title: str) -> None:
    """'Promote A, B, and C and inhibit D': the parser makes 'inhibit' (or D) one more conjunct
    of the first verb's objects; D is still lowered, never raised."""
    found = folded(read_abstract(title, "The vesicles were added to the cells."))
    assert ("apoptotic process", "increase", "anti_tumor") not in found, found
    assert ("neoplasm invasiveness", "increase", "pro_tumor") in found, found


@pytest.mark.parametrize(
    "arm",
    [
        "Relative to sh-NC-EVs, sh-HIF1A-EVs raised apoptosis of the hypoxic cardiomyocytes.",
        "By contrast, inhibition of miR-155 in the vesicles raised apoptosis and inflammation.",
    ],
)
def test_a_loss_of_function_arm_is_no_harm_of_the_vesicles(arm: str) -> None:
    """A loss-of-function arm ('sh-X-EVs raised apoptosis compared with sh-NC-EVs') shows what
    the EVs lose without X, not a harm they cause: no pathogenic finding."""
    found = read_abstract(
        "Vesicles of marrow MSCs in myocardial infarction",
        "The vesicles lowered apoptosis of hypoxic cardiomyocytes.",
        arm,
    )
    assert not any(role == "pathogenic" for _, _, role in found), found
    assert ("apoptotic process", "decrease", "protective") in found, found


@pytest.mark.parametrize(
    "product", ["SIRT1-Exos", "Shh-EVs", "SHP2-exosomes", "Six1-EVs", "Similar exosomes"]
)
def test_a_gene_or_word_starting_si_or_sh_is_no_loss_of_function_arm(product: str) -> None:
    """Only the lower-case silencing prefixes ('si-X', 'shNC', 'siRNA') open an arm: a gene named
    on the vesicles ('SIRT1-Exos') or a word ('similar') leaves them the study's EVs."""
    found = read_abstract(
        "Marrow MSC vesicles in kidney injury",
        f"Vesicles of marrow MSCs were given. {product} reduced apoptosis in injured mice.",
    )
    assert ("apoptotic process", "decrease", "protective") in found, found


def test_tumour_immunosuppression_feeds_the_tumour() -> None:
    """In a tumour study, immunosuppression of the tumour microenvironment is the fall of the
    immune response to the tumour (pro-tumour); elsewhere it is still less inflammation."""
    found = read_abstract(
        "Adipose stem cell vesicles and breast cancer",
        "Vesicles of adipose MSCs promoted tumour microenvironment immunosuppression in mice "
        "bearing breast tumours.",
    )
    assert {role for _, _, role in found} == {"pro_tumor"}, found
    found = read_abstract(
        "Adipose stem cell vesicles and colitis",
        "Vesicles of adipose MSCs exerted immunosuppressive effects on T cells in colitic mice.",
    )
    assert ("inflammatory response", "decrease", "protective") in found, found
