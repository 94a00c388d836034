"""Round 37 of the reader's rules: result forms from a newcomer's probe abstracts (own words)."""

from __future__ import annotations

import pytest

from exoatlas.read.msc_vesicles import msc_product_in

from .reading import folded, read_abstract, read_asserted


@pytest.mark.parametrize(
    "sentence",
    [
        "hUCMSC-Exos increased the number of surviving motor neurons.",
        "hUCMSC-Exos increased the number of surviving cortical neurons in the ventral horn.",
        "The number of surviving motor neurons was increased by hUCMSC-Exos.",
    ],
)
def test_surviving_neurons_with_a_modifier_are_counted(sentence: str) -> None:
    """'surviving' before a modified noun is parsed as a gerund taking the neurons as its
    object; the count had been read as an unnamed 'number'."""
    title = "Exosomes from umbilical cord MSCs (hUCMSC-Exos) in spinal cord injury"
    assert folded(read_abstract(title, sentence)) == {
        ("neuronal degeneration", "decrease", "protective")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "hUCMSC-Exos increased the number of surviving RGCs.",
        "hUCMSC-Exos preserved RGC numbers after optic nerve crush.",
        "hUCMSC-Exos increased RGC density.",
        "hUCMSC-Exos increased the number of surviving retinal ganglion cells.",
    ],
)
def test_retinal_ganglion_cells_kept_are_neurons_kept(sentence: str) -> None:
    title = "Exosomes from umbilical cord MSCs (hUCMSC-Exos) in optic nerve injury"
    assert folded(read_abstract(title, sentence)) == {
        ("neuronal degeneration", "decrease", "protective")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "hUCMSC-Exos improved trophoblast invasion.",
        "hUCMSC-Exos enhanced the invasion of trophoblasts.",
        "hUCMSC-Exos promoted trophoblast migration.",
    ],
)
def test_trophoblast_invasion_is_no_tumour_invasion(sentence: str) -> None:
    """A placenta's trophoblasts invading is what preeclampsia lacks; 'improved trophoblast
    invasion' had been read as a tumour's invasiveness lowered."""
    title = "Exosomes from umbilical cord MSCs (hUCMSC-Exos) in preeclampsia"
    found = folded(read_abstract(title, sentence))
    assert ("trophoblast cell migration", "increase", "regenerative") in found
    assert not any(label == "neoplasm invasiveness" for label, _, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "UC-MSC exosomes alleviated liver fibrosis in mice, which holds great promise in therapy.",
        "UC-MSC exosomes alleviated liver fibrosis, offering a potential new therapeutic target.",
        "UC-MSC exosomes alleviated liver fibrosis, suggesting they may serve as a therapy.",
        "UC-MSC exosomes alleviated liver fibrosis; they may serve as a therapy.",
    ],
)
def test_a_comment_after_the_change_does_not_hedge_it(sentence: str) -> None:
    """A hedge word in a which-, 'offering' or 'suggesting' clause after the stated change is
    the comment's own; the whole sentence had been flagged hedged (and the scorer dropped it)."""
    title = "Exosomes from umbilical cord MSCs (UC-MSC exosomes) in liver disease"
    assert ("fibrosis", "decrease", "protective") in folded(read_asserted(title, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "UC-MSC exosomes may alleviate liver fibrosis, which holds great potential in therapy.",
        "We suggest that UC-MSC exosomes alleviated liver fibrosis, which is new.",
    ],
)
def test_a_hedge_before_the_change_still_hedges_it(sentence: str) -> None:
    title = "Exosomes from umbilical cord MSCs (UC-MSC exosomes) in liver disease"
    assert ("fibrosis", "decrease", "protective") in folded(read_abstract(title, sentence))
    assert ("fibrosis", "decrease", "protective") not in folded(read_asserted(title, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "UC-MSC exosomes raised the share of anti-inflammatory macrophages (CD206+, M2).",
        "In macrophages, UC-MSC exosomes induced an anti-inflammatory M2 phenotype.",
        "UC-MSC exosomes induced an anti-inflammatory macrophage phenotype.",
    ],
)
def test_anti_inflammatory_macrophages_are_m2(sentence: str) -> None:
    """Three of 53 helpers' real abstracts name M2 macrophages by their anti-inflammatory
    phenotype (here in own words); it had been read as inflammation lowered (the other
    direction)."""
    title = "Exosomes from umbilical cord MSCs (UC-MSC exosomes) in NASH"
    assert folded(read_abstract(title, sentence)) == {
        ("macrophage polarization to m2", "increase", "regenerative")
    }


def test_anti_inflammatory_effects_stay_inflammation() -> None:
    title = "Exosomes from umbilical cord MSCs (UC-MSC exosomes) in NASH"
    found = folded(read_abstract(title, "UC-MSC exosomes had anti-inflammatory effects."))
    assert found == {("inflammatory response", "decrease", "protective")}


_GIVEN = "We used mesenchymal stem cell-derived extracellular vesicles (MSC-EVs)."


@pytest.mark.parametrize(
    "sentence",
    [
        "The coassembly significantly reduced renal fibrosis.",
        "The Pc/C5A coassembly reduced renal fibrosis.",
        "Meanwhile, the coassembly reduced renal fibrosis.",
        "Moreover, the hybrid reduced renal fibrosis.",
    ],
)
def test_a_coassembly_of_the_vesicles_is_read_as_them(sentence: str) -> None:
    """A coassembly of MSC-EVs with a dye, named 'the coassembly' in its results, read nothing:
    the small parser takes the rare noun (ending in -ly) for an adverb, and the re-parse as
    'They' had trimmed it as one, or stopped at a linking adverb before it."""
    title = "Mesenchymal stem cell extracellular vesicles for kidney injury"
    assert folded(read_abstract(title, _GIVEN, sentence)) == {
        ("fibrosis", "decrease", "protective")
    }


def test_a_linking_adverb_before_other_cells_gives_them_no_finding() -> None:
    title = "Mesenchymal stem cell extracellular vesicles for kidney injury"
    assert read_abstract(title, _GIVEN, "Moreover, the fibroblasts reduced renal fibrosis.") == []


# A newcomer's review of this round's rules (own-words probes): what each guard keeps out.


@pytest.mark.parametrize(
    "sentence",
    [
        "Exosomes from macrophages were co-incubated with BMSCs",
        "EVs of neutrophils were pre-incubated with hUCMSCs",
    ],
)
def test_vesicles_co_incubated_with_mscs_stay_others(sentence: str) -> None:
    """The hyphen that marks 'cancer-educated MSCs' as the MSCs' own modifier had also let
    'co-incubated with BMSCs' (other cells' vesicles given to MSCs) pass as MSC vesicles."""
    assert not msc_product_in(sentence)


def test_vesicles_of_tumour_cell_educated_mscs_are_the_mscs_own() -> None:
    assert msc_product_in("Exosomes from tumor cell-educated MSCs")


@pytest.mark.parametrize(
    "sentence",
    [
        "The NLRP3 inflammasome complex promoted pyroptosis.",
        "Moreover, the NLRP3 inflammasome complex promoted pyroptosis.",
        "Meanwhile, the TLR4/MD2 complex increased inflammation.",
        "The NLRP3 inflammasome assembly increased pyroptosis.",
    ],
)
def test_a_protein_complex_is_not_the_vesicles(sentence: str) -> None:
    title = "Mesenchymal stem cell extracellular vesicles for kidney injury"
    assert read_abstract(title, _GIVEN, sentence) == []


def test_an_anti_inflammatory_phenotype_of_other_cells_is_not_m2() -> None:
    title = "Exosomes from bone marrow MSCs (BMSC-Exos) in lung injury"
    found = folded(
        read_abstract(title, "BMSC-Exos induced an anti-inflammatory phenotype in dendritic cells.")
    )
    assert not any(label == "macrophage polarization to m2" for label, _, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "hUCMSC-Exos enhanced the invasion of HTR-8/SVneo trophoblast cells.",
        "hUCMSC-Exos increased the invasive capacity of trophoblast cells.",
    ],
)
def test_trophoblast_invasion_written_after_the_invasion(sentence: str) -> None:
    title = "Exosomes from umbilical cord MSCs (hUCMSC-Exos) in preeclampsia"
    assert folded(read_abstract(title, sentence)) == {
        ("trophoblast cell migration", "increase", "regenerative")
    }


def test_marker_positive_rgcs_are_counted() -> None:
    title = "Exosomes from umbilical cord MSCs (hUCMSC-Exos) in optic nerve injury"
    found = folded(read_abstract(title, "hUCMSC-Exos increased the number of Brn3a+ RGCs."))
    assert found == {("neuronal degeneration", "decrease", "protective")}


def test_a_count_of_arg1_positive_macrophages_is_not_inflammation() -> None:
    title = "Exosomes from bone marrow MSCs (BMSC-Exos) in lung injury"
    found = folded(
        read_abstract(title, "BMSC-Exos increased the number of Arg1-positive macrophages.")
    )
    assert not any(label == "inflammatory response" for label, _, _ in found)
