"""Vesicles of another source acting on MSCs: a sentence whose vesicles come from tumour cells,
a cancer cell line, milk or serum and whose MSCs are the vesicles' recipients ('of BMSCs',
'BMSCs treated with ...') states no effect of MSC-derived vesicles (gold/GUIDE.md), so an
abstract about such vesicles gets no finding with an MSC source; an MSC-EV abstract that names
tumour cells as the recipients of its vesicles keeps its findings. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from exoatlas.read.statement import about_other_vesicles

from .reading import read_abstract


@pytest.mark.parametrize(
    "sentence",
    [
        "Myeloma-derived exosomes lowered the osteogenic differentiation of marrow MSCs.",
        "Osteosarcoma cell-derived exosomes raised the proliferation of BMSCs in vitro.",
        "BMSCs treated with breast cancer cell-derived exosomes formed less mineralised matrix.",
        "Milk-derived exosomes raised the osteogenic differentiation of BMSCs.",
        "Serum exosomes of young rats restored the osteogenesis of aged BMSCs.",
        "OPM2 cell-derived exosomes raised the proliferation of MSCs.",
        "Exosomes from U266 cells raised the migration of BMSCs.",
        "BMSCs exposed to exosomes released by myeloma cells migrated more.",
        "Leukaemia-derived extracellular vesicles lowered the adipogenesis of MSCs.",
    ],
)
def test_vesicles_of_another_source_acting_on_mscs(sentence: str) -> None:
    assert about_other_vesicles(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "MSC-derived exosomes lowered the proliferation of breast cancer cells.",
        "Unlike tumour-derived exosomes, BMSC-derived exosomes lowered renal fibrosis in mice.",
        "Exosomes from marrow MSCs blocked the uptake of tumour exosomes by macrophages.",
        "BMSC-Exos lowered the invasion of osteosarcoma cells.",
        "Exosomes from MSC-1 cells lowered the apoptosis of HK-2 cells.",
    ],
)
def test_msc_vesicles_beside_other_cells_are_kept(sentence: str) -> None:
    assert not about_other_vesicles(sentence), sentence


def test_an_abstract_on_tumour_vesicles_acting_on_mscs_has_no_finding() -> None:
    found = read_abstract(
        "Myeloma-derived exosomes curb bone formation by marrow stromal cells",
        "Marrow stromal cells (BMSCs) support the growth of myeloma.",
        "Earlier reports found that BMSC-derived exosomes raise the survival of myeloma cells.",
        "Here, myeloma cell-derived exosomes lowered the osteogenic differentiation of BMSCs "
        "and raised their IL-6 release.",
    )
    assert not found, found


def test_an_msc_vesicle_abstract_on_tumour_cells_keeps_its_findings() -> None:
    found = read_abstract(
        "Marrow MSC exosomes curb breast cancer growth",
        "In mice, BMSC-derived exosomes lowered the proliferation of breast cancer cells.",
    )
    assert found, found


def test_the_bare_vesicles_of_an_abstract_titled_on_other_vesicles_are_those() -> None:
    found = read_abstract(
        "Myeloma-derived exosomes lower the osteogenesis of marrow MSCs",
        "Myeloma cells were grown and their exosomes were purified.",
        "In culture, the exosomes raised the IL-6 release of BMSCs and lowered their "
        "mineralisation.",
    )
    assert not found, found
    found = read_abstract(
        "Marrow MSC exosomes and tumour-derived exosomes in bone repair",
        "In rats, BMSC-derived exosomes raised bone formation.",
    )
    assert found, found
