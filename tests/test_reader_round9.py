"""Round-9 reader rules (integrator): each case was read wrong before the rule it tests."""

from __future__ import annotations

import pytest

from .reading import read_abstract


@pytest.mark.parametrize(
    "cancer",
    ["glioblastoma", "neuroblastoma", "medulloblastoma", "mesothelioma", "hepatoma", "astrocytoma"],
)
def test_a_cancer_named_only_in_the_title_makes_the_cell_line_a_tumour(cancer: str) -> None:
    # the results sentence names only a cell line; the title names the cancer
    found = read_abstract(
        f"Effects of exosomes from mesenchymal stem cells on {cancer} cells",
        "Exosomes from umbilical cord MSCs inhibited the proliferation of XY-12 cells "
        "and induced their apoptosis.",
    )
    assert found, cancer
    assert {role for _, _, role in found} == {"anti_tumor"}, (cancer, found)


def test_metastasis_in_the_title_is_a_tumour_study() -> None:
    found = read_abstract(
        "Bone marrow stromal cell vesicles and lung metastasis",
        "BMSC-derived exosomes promoted the migration of the XY-12 cells.",
    )
    assert {role for _, _, role in found} == {"pro_tumor"}, found


def test_a_malignant_word_alone_is_no_tumour() -> None:
    # 'malignant' before a word that is no neoplasm names no tumour study
    found = read_abstract(
        "Mesenchymal stem cell exosomes in malignant hypertension",
        "MSC-EVs reduced apoptosis of renal tubular cells.",
    )
    assert {role for _, _, role in found} == {"protective"}, found
